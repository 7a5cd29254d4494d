#!/usr/bin/env node
'use strict';
// Claude Code's PreToolUse/PostToolUse hook, as `orch-backup claude install` wires it. Its own
// entry rather than `orch-backup <command>`: it runs on every Write, Edit and Bash call, and the
// CLI's argument parser alone would cost more than the whole decision for a non-config file.
// CommonJS, with the bundle's compiled code kept between runs: see code-cache.js.
const path = require('node:path');
const { cacheDirFromEnv, loadBundle } = require('./code-cache.js');

loadBundle(path.join(__dirname, '..', 'dist', 'claude-hook', 'index.js'), cacheDirFromEnv(process.env));
