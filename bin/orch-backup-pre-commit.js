'use strict';
// The pre-commit hook's Node half, started by hooks/pre-commit once configs are staged (not a
// command of its own: package.json does not list it). CommonJS, with the bundle's compiled code
// kept between runs: see code-cache.js.
const path = require('node:path');
const { cacheDirFromEnv, loadBundle } = require('./code-cache.js');

loadBundle(path.join(__dirname, '..', 'dist', 'hook', 'index.js'), cacheDirFromEnv(process.env));
