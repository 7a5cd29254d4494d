#!/usr/bin/env node
'use strict';
// The CLI runs from its ncc bundle (dist/cli, built by scripts/build.mjs and shipped in the
// package), CommonJS like this file (bin/package.json): Node starts a CommonJS entry ~20 ms
// sooner than an ES module, and code-cache.js keeps the bundle's compiled code between runs.
const path = require('node:path');
const { cacheDirFromEnv, loadBundle } = require('./code-cache.js');

const { run } = loadBundle(path.join(__dirname, '..', 'dist', 'cli', 'index.js'), cacheDirFromEnv(process.env));
run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stdinIsTTY: Boolean(process.stdin.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then((code) => {
  process.exitCode = code;
});
