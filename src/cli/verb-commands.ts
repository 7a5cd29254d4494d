import { readBackupFile } from '../core/inspect/cat.js';
import { assertValidName } from '../core/store/names.js';
import { recentHistory } from '../core/inspect/history.js';
import { changeTags } from '../core/store/tags.js';
import { ExitCode } from '../errors/index.js';
import { parseLimit } from './limit.js';
import { renderHistory, renderTags } from '../render/verbs.js';
import type { CommandOutput } from './commands.js';
import type { GlobalOptions } from './options.js';

/** `cat <name> <path>`: the stored bytes on stdout, unchanged; with --json, the file's entry and its text. */
export async function catCommand(opts: GlobalOptions, name: string, filePath: string): Promise<CommandOutput> {
  assertValidName(name);
  const { file, bytes } = await readBackupFile(opts.backupDir, name, filePath);
  return {
    human: '',
    bytes,
    json: { name, path: file.path, size: file.size, sha256: file.sha256, content: bytes.toString('utf8') },
    exitCode: ExitCode.ok,
  };
}

export async function historyCommand(opts: GlobalOptions, flags: { limit?: string }): Promise<CommandOutput> {
  const { entries, total } = await recentHistory(opts.backupDir, parseLimit(flags.limit));
  return { human: renderHistory(entries, total, opts.render), json: { entries, total }, exitCode: ExitCode.ok };
}

export async function tagCommand(
  opts: GlobalOptions,
  name: string,
  flags: { add?: string[]; remove?: string[] },
): Promise<CommandOutput> {
  assertValidName(name);
  const result = await changeTags({
    backupDir: opts.backupDir,
    name,
    add: flags.add ?? [],
    remove: flags.remove ?? [],
    lockTimeoutMs: opts.lockTimeoutMs,
  });
  return { human: renderTags(result, opts.render), json: result, exitCode: ExitCode.ok };
}
