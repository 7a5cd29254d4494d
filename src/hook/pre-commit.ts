/**
 * The pre-commit hook's Node half, started by hooks/pre-commit once configs are staged. It skips
 * the CLI's argument parser: every millisecond here is added to someone's `git commit`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { hookRunCommand } from '../cli/hook-run.js';
import { resolveGlobalOptions } from '../cli/options.js';
import { journalPath } from '../core/restore/journal-path.js';
import { OrchBackupError, describeError } from '../errors/index.js';
import { redactString } from '../core/diff/secret-keys.js';
import { HOOK_REMEDIES } from '../cli/remedy.js';

const say = (text: string): void => void process.stderr.write(text);

function flag(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

try {
  const cwd = process.cwd();
  const configDir = flag('--config-dir');
  const backupDir = flag('--backup-dir');
  const opts = await resolveGlobalOptions(
    { ...(configDir ? { configDir } : {}), ...(backupDir ? { backupDir } : {}) },
    { cwd, env: process.env, stdoutIsTTY: false, stdinIsTTY: false },
  );
  if (existsSync(journalPath(opts.backupDir))) {
    const { recoverInterruptedRestore } = await import('../core/restore/restore.js');
    await recoverInterruptedRestore({ backupDir: opts.backupDir, lockTimeoutMs: opts.lockTimeoutMs });
  }
  // hooks/pre-commit starts this at the top of the work tree, where `.git` is: unless the
  // environment points git elsewhere, that is the root, without asking git.
  const root =
    !process.env.GIT_DIR && !process.env.GIT_WORK_TREE && existsSync(path.join(cwd, '.git')) ? cwd : undefined;
  process.exitCode = (await hookRunCommand(opts, cwd, say, root)).exitCode;
} catch (error) {
  const reason =
    error instanceof OrchBackupError
      ? describeError(error, HOOK_REMEDIES)
      : redactString(String((error as Error).message ?? error));
  say(
    `orch-backup: commit blocked: the pre-commit hook failed: ${reason}; bypass (not recommended): git commit --no-verify\n`,
  );
  process.exitCode = 1;
}
