import { readFileSync } from 'node:fs';
import { runPreCommit } from './pre-commit-run.js';

process.exitCode = await runPreCommit(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  readStdin: () => readFileSync(0),
  say: (text) => void process.stderr.write(text),
});
