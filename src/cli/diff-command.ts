import { existsSync } from 'node:fs';
import path from 'node:path';
import { REDACTED } from '../core/diff/redact.js';
import { CURRENT, compareBackups, filePatches, redactPatches } from '../core/inspect/diff-backups.js';
import { assertValidName } from '../core/store/names.js';
import { ExitCode } from '../errors/index.js';
import type { DiffResult } from '../core/diff/types.js';
import { renderDiff } from '../render/diff.js';
import type { CommandOutput } from './commands.js';
import type { GlobalOptions } from './options.js';
import { readBackupFiles } from '../core/inspect/backup-files.js';
import { definedAgents } from '../core/judge/judge.js';
import { findLeftovers, renamesOf } from '../core/judge/leftovers.js';
import { readPoint } from '../core/judge/point.js';
import type { Rename } from '../core/judge/types.js';
import { renderLeftovers } from '../render/judge.js';
import { fixCommandFor } from './judge-command.js';

/**
 * `diff <a> [b]`: b defaults to the current config. `--patch` prints only the RFC 6902 patches,
 * secret values masked like everything else the tool prints (a CI step's pipe goes to a log too);
 * `--show-secrets` asks for the real values, for a patch meant to be applied.
 * A damaged backup is refused when its manifest or a file the diff reads fails its check; files
 * equal on both sides are not read, so `verify` remains the command that checks every copy.
 */
export async function diffCommand(
  opts: GlobalOptions,
  a: string,
  b: string | undefined,
  flags: { patch?: boolean; exitCode?: boolean; showSecrets?: boolean },
  say: (text: string) => void,
): Promise<CommandOutput> {
  const [from, to] = [side(a, opts.backupDir), side(b ?? CURRENT, opts.backupDir)];
  const result = await compareBackups(from, to, {
    configDir: opts.configDir,
    backupDir: opts.backupDir,
    settings: opts.settings,
  });
  if (flags.patch) {
    const patchOptions = { configDir: opts.configDir, backupDir: opts.backupDir, settings: opts.settings };
    const patches = await filePatches(
      flags.showSecrets ? result : redactPatches(result, opts.settings.secretKeys),
      to,
      flags.showSecrets ? patchOptions : { ...patchOptions, secretKeys: opts.settings.secretKeys },
    );
    const text = `${JSON.stringify(patches, null, 2)}\n`;
    if (!flags.showSecrets && !opts.json && text.includes(REDACTED)) {
      say('orch-backup: secret values in the patch are shown as •••; add --show-secrets for a patch to apply\n');
    }
    return { human: text, json: patches, exitCode: differenceExit(result, flags) };
  }
  const renames = await leftoversOf(result, to, opts);
  const leftovers = renderLeftovers(renames, to === CURRENT ? fixCommandFor(opts, a) : null);
  const exitCode = differenceExit(result, flags);
  // One form is printed: the other is not built (each walks every changed file's text).
  if (!opts.json)
    return {
      human:
        renderDiff(result, opts.render, { mode: 'diff', secretKeys: opts.settings.secretKeys }) +
        (leftovers ? `\n${leftovers}` : ''),
      json: null,
      exitCode,
    };
  return {
    human: '',
    json: {
      ...redactPatches(result, opts.settings.secretKeys),
      renames: renames.map((r) => ({
        kind: r.kind,
        from: r.from,
        to: r.to,
        file: r.file,
        remaining: r.remaining.map((x) => ({ file: x.file, line: x.line, column: x.column, pointer: x.pointer })),
      })),
    },
    exitCode,
  };
}

/** Renames of the diff with the references to the old ids the `to` side still holds (read only when something was renamed). */
async function leftoversOf(
  result: Awaited<ReturnType<typeof compareBackups>>,
  to: string,
  opts: GlobalOptions,
): Promise<Rename[]> {
  const renames = renamesOf(result);
  if (renames.length === 0) return [];
  const documents =
    to === CURRENT
      ? (await readPoint({ kind: 'dir', configDir: opts.configDir, backupDir: opts.backupDir }, opts.settings))
          .documents
      : (await readBackupFiles(opts.backupDir, to)).files;
  return findLeftovers(renames, documents, definedAgents(documents));
}

/**
 * `@current` is always the current config. Plain `current` is its shorthand, except in a store
 * that already holds a backup of that name (new backups cannot take it): then it is that backup.
 */
function side(name: string, backupDir: string): string {
  if (name === CURRENT) return CURRENT;
  if (name === 'current' && !existsSync(path.join(backupDir, name))) return CURRENT;
  assertValidName(name);
  return name;
}

/**
 * `--exit-code`, as in git diff: 1 when the sides differ at all, formatting-only changes
 * included (a restore would rewrite those bytes), 0 when they are byte-identical.
 */
function differenceExit(result: DiffResult, flags: { exitCode?: boolean }): ExitCode {
  if (!flags.exitCode) return ExitCode.ok;
  return result.files.some((f) => f.status !== 'unchanged' || f.formattingOnly) ? ExitCode.failed : ExitCode.ok;
}
