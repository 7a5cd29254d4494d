#!/usr/bin/env node
// The CLI runs from its ncc bundle (dist/cli, built by scripts/build.mjs and shipped in the
// package): one file plus a few lazily loaded chunks start faster than ~55 modules under lib/
// and node_modules/. Node's compile cache (Node ≥ 22.1; a no-op before) keeps the bundle's
// compiled code between runs, so it is enabled before the bundle is imported.
import module from 'node:module';

module.enableCompileCache?.();
const { run } = await import('../dist/cli/index.js');

const code = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stdinIsTTY: Boolean(process.stdin.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
process.exitCode = code;
