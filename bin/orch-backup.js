#!/usr/bin/env node
// The CLI runs from its ncc bundle (dist/cli, built by scripts/build.mjs and shipped in the
// package): one file plus a few lazily loaded chunks start faster than ~55 modules under lib/
// and node_modules/.
import { run } from '../dist/cli/index.js';

const code = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stdinIsTTY: Boolean(process.stdin.isTTY),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
process.exitCode = code;
