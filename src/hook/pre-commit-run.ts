/**
 * The pre-commit hook's Node half, started by hooks/pre-commit once configs are staged. It skips
 * the CLI's argument parser: every millisecond here is added to someone's `git commit`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { hookRunCommand } from '../cli/hook-run.js';
import { resolveGlobalOptions } from '../cli/options.js';
import { journalPath } from '../core/restore/journal-path.js';
import { parseStagedStream, type StagedListings } from '../core/hook/prefetch.js';
import { OrchBackupError, describeError } from '../errors/index.js';
import { redactString } from '../core/diff/secret-keys.js';
import { HOOK_REMEDIES } from '../cli/remedy.js';

export interface PreCommitIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Standard input, where the script pipes what it asked git (read only when `--listed` says so). */
  readStdin: () => Buffer;
  say: (text: string) => void;
}

/**
 * `--config-dir D [--backup-dir B] [--listed DIR]…`: judges the staged change and backs up HEAD's
 * configs. Returns the exit code for git (1 refuses the commit).
 */
export async function runPreCommit(args: readonly string[], io: PreCommitIo): Promise<number> {
  const { cwd, say } = io;
  const flag = (name: string): string | undefined => {
    const at = args.indexOf(name);
    return at === -1 ? undefined : args[at + 1];
  };
  try {
    const configDir = flag('--config-dir');
    const backupDir = flag('--backup-dir');
    const opts = await resolveGlobalOptions(
      { ...(configDir ? { configDir } : {}), ...(backupDir ? { backupDir } : {}) },
      { cwd, env: io.env, stdoutIsTTY: false, stdinIsTTY: false },
    );
    if (existsSync(journalPath(opts.backupDir))) {
      const { recoverInterruptedRestore } = await import('../core/restore/restore.js');
      await recoverInterruptedRestore({ backupDir: opts.backupDir, lockTimeoutMs: opts.lockTimeoutMs });
    }
    // hooks/pre-commit starts this at the top of the work tree, where `.git` is: unless the
    // environment points git elsewhere, that is the root, without asking git.
    const root = !io.env.GIT_DIR && !io.env.GIT_WORK_TREE && existsSync(path.join(cwd, '.git')) ? cwd : undefined;
    const listed = args.flatMap((a, i) => (args[i - 1] === '--listed' ? [a] : []));
    const prefetched = root && listed.length > 0 ? readListings(root, listed, io) : undefined;
    return (
      await hookRunCommand(opts, cwd, say, {
        ...(root ? { root } : {}),
        ...(prefetched ? { prefetched } : {}),
      })
    ).exitCode;
  } catch (error) {
    const reason =
      error instanceof OrchBackupError
        ? describeError(error, HOOK_REMEDIES)
        : redactString(String((error as Error).message ?? error));
    say(
      `orch-backup: commit blocked: the pre-commit hook failed: ${reason}; bypass (not recommended): git commit --no-verify\n`,
    );
    return 1;
  }
}

/** The script's answers from git, for `dirs` (relative to the top of the work tree); undefined when unreadable. */
function readListings(root: string, dirs: string[], io: PreCommitIo): StagedListings | undefined {
  const specs = dirs.map((d) => path.relative(root, path.resolve(root, d)).split(path.sep).join('/') || '.');
  try {
    return parseStagedStream(io.readStdin(), specs);
  } catch {
    return undefined;
  }
}
