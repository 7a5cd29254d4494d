import { ConfigDirNotFoundError, EmptyConfigError } from '../../errors/index.js';
import type { Settings } from '../config/settings.js';
import { createBackup } from '../create/create.js';
import { recordPreEditBackup, type ToolUse } from './state.js';
import type { EditTarget } from './target.js';

export interface BackupBeforeEditOptions extends ToolUse {
  configDir: string;
  backupDir: string;
  settings: Settings;
  lockTimeoutMs: number;
  target: EditTarget;
  now?: Date;
}

export type BeforeEditOutcome =
  | { status: 'backed-up'; backup: string; description: string }
  | { status: 'already-stored'; backup: string }
  | { status: 'no-config'; reason: 'missing' | 'empty' };

/**
 * PreToolUse on a config edit: a verified backup of the config as it is now (none when the newest
 * backup already holds exactly this content), remembered for the PostToolUse of the same tool use.
 */
export async function backupBeforeEdit(options: BackupBeforeEditOptions): Promise<BeforeEditOutcome> {
  const description = describeEdit(options.target);
  let result;
  try {
    result = await createBackup({
      configDir: options.configDir,
      backupDir: options.backupDir,
      settings: options.settings,
      lockTimeoutMs: options.lockTimeoutMs,
      trigger: 'claude-code',
      description,
      // A config that is already broken is exactly what must be kept before it changes again.
      allowInvalid: true,
      // The newest backup only: a store fills with one backup per edit, and checking every
      // manifest on each edit would make the hook slower the longer Claude works.
      skipIfUnchanged: true,
      // Read the recent backups only; `create` and `clean` delete orphaned packs.
      sweepPacks: false,
      ...(options.now ? { now: options.now } : {}),
    });
  } catch (error) {
    // Claude is about to create the first config file: there is nothing to back up yet.
    if (error instanceof ConfigDirNotFoundError) return { status: 'no-config', reason: 'missing' };
    if (error instanceof EmptyConfigError) return { status: 'no-config', reason: 'empty' };
    throw error;
  }
  const backup = result.created ? result.name : result.unchangedSince;
  await recordPreEditBackup(options.backupDir, options, backup, options.now);
  return result.created ? { status: 'backed-up', backup, description } : { status: 'already-stored', backup };
}

/** "before Claude Code Edit of teams.json" / "before Claude Code Bash: sed -i … teams.json". */
function describeEdit(target: EditTarget): string {
  if (target.kind === 'file') return `before Claude Code ${target.tool} of ${target.file}`;
  const command = target.command.replace(/\s+/g, ' ').trim();
  return `before Claude Code Bash: ${command.length > 120 ? `${command.slice(0, 119)}…` : command}`;
}
