import { ConfigDirNotFoundError } from '../../errors/index.js';
import { readAgentDefinitions } from '../agents/index.js';
import type { Settings } from '../config/settings.js';
import { readSnapshot } from '../config/snapshot.js';
import { readBackupFiles } from '../inspect/backup-files.js';
import { loadAllManifests } from '../store/store.js';
import { judgeChange } from '../judge/judge.js';
import { WORK_TREE, type Judgement } from '../judge/types.js';
import { takePreEditBackup, type ToolUse } from './state.js';

export interface JudgeAfterEditOptions extends ToolUse {
  configDir: string;
  backupDir: string;
  settings: Settings;
}

export type AfterEditOutcome =
  | { status: 'judged'; backup: string; judgement: Judgement; broken: boolean }
  /** No backup of the state before the edit (the hook was installed mid-session, or the store is empty). */
  | { status: 'no-before-state' };

/**
 * PostToolUse on a config edit: the config as it is now, judged against the backup PreToolUse
 * made (or found) for the same tool use; without one, against the newest backup.
 */
export async function judgeAfterEdit(options: JudgeAfterEditOptions): Promise<AfterEditOutcome> {
  const backup = (await takePreEditBackup(options.backupDir, options)) ?? (await newestBackup(options.backupDir));
  if (!backup) return { status: 'no-before-state' };
  const [stored, current] = await Promise.all([
    readBackupFiles(options.backupDir, backup),
    // The tool may have removed the whole config dir: that state has no files, not an error.
    readSnapshot({ configDir: options.configDir, backupDir: options.backupDir, settings: options.settings }).catch(
      (error: unknown) => {
        if (error instanceof ConfigDirNotFoundError) return { files: [] };
        throw error;
      },
    ),
  ]);
  const before = stored.files;
  const after = current.files.map((f) => ({ path: f.path, bytes: f.bytes }));
  // The agent definition files are not part of a backup: both sides are checked against them as
  // they are now, so only the config edit makes a difference.
  const agents = await readAgentDefinitions({ configDir: options.configDir, agentsDir: options.settings.agentsDir });
  const judgement = await judgeChange(
    { label: backup, documents: before, exists: true, agents, agentsFrom: WORK_TREE },
    { label: 'current', documents: after, exists: after.length > 0, agents, agentsFrom: WORK_TREE },
    { settings: options.settings },
  );
  return {
    status: 'judged',
    backup,
    judgement,
    broken: judgement.verdict === 'fail' || judgement.new.some((d) => BREAKING_WARNINGS.has(d.code)),
  };
}

/** Warnings Claude must repair too: a team member Claude Code cannot load. */
const BREAKING_WARNINGS: ReadonlySet<string> = new Set(['missing-agent-file']);

async function newestBackup(backupDir: string): Promise<string | undefined> {
  const all = await loadAllManifests(backupDir, { checksums: false });
  return all.find((m) => m.manifest && m.problems.length === 0)?.name;
}
