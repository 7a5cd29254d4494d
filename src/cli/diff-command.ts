import { CURRENT, compareBackups, redactPatches } from '../core/inspect/diff-backups.js';
import { assertValidName } from '../core/store/names.js';
import { ExitCode } from '../errors/index.js';
import type { DiffResult } from '../core/diff/types.js';
import { renderDiff } from '../render/diff.js';
import type { CommandOutput } from './commands.js';
import type { GlobalOptions } from './options.js';

/**
 * `diff <a> [b]`: b defaults to the current config. `--patch` prints only the RFC 6902 patches;
 * their secret values are real only when stdout is a file or a pipe, never on a terminal.
 * A damaged backup is refused when its manifest or a file the diff reads fails its check; files
 * equal on both sides are not read, so `verify` remains the command that checks every copy.
 */
export async function diffCommand(opts: GlobalOptions, a: string, b: string | undefined, flags: { patch?: boolean; exitCode?: boolean }, stdoutIsTTY: boolean, say: (text: string) => void): Promise<CommandOutput> {
  const to = b ?? CURRENT;
  for (const name of [a, to]) if (name !== CURRENT) assertValidName(name);
  const result = await compareBackups(a, to, { configDir: opts.configDir, backupDir: opts.backupDir, settings: opts.settings });
  const shown = redactPatches(result, opts.settings.secretKeys);
  if (flags.patch) {
    const source = stdoutIsTTY ? shown : result;
    if (stdoutIsTTY) say('orch-backup: secret values in the patch are hidden on a terminal; redirect to a file or pipe to get them\n');
    const patches = Object.fromEntries(source.files.filter((f) => f.status === 'modified' && f.patch).map((f) => [f.path, f.patch]));
    const text = `${JSON.stringify(patches, null, 2)}\n`;
    return { human: text, json: patches, exitCode: differenceExit(result, flags) };
  }
  return { human: renderDiff(result, opts.render, { mode: 'diff', secretKeys: opts.settings.secretKeys }), json: shown, exitCode: differenceExit(result, flags) };
}

/**
 * `--exit-code`, as in git diff: 1 when the sides differ at all, formatting-only changes
 * included (a restore would rewrite those bytes), 0 when they are byte-identical.
 */
function differenceExit(result: DiffResult, flags: { exitCode?: boolean }): ExitCode {
  if (!flags.exitCode) return ExitCode.ok;
  return result.files.some((f) => f.status !== 'unchanged' || f.formattingOnly) ? ExitCode.failed : ExitCode.ok;
}
