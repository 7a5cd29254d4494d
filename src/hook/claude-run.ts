import type { EditTarget, HookPayload } from '../core/claude/target.js';
import { loadSettings, SETTINGS_FILE, type Settings } from '../core/config/settings.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { journalPath } from '../core/restore/journal-path.js';
import { OrchBackupError, describeError } from '../errors/index.js';
import { redactString } from '../core/diff/secret-keys.js';

export interface ClaudeHookRun {
  payload: HookPayload;
  target: EditTarget;
  projectDir: string;
  configDir: string;
  backupDir: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** The part of the hook that runs once a tool call touches the config; returns the exit code. */
export async function runClaudeHook(run: ClaudeHookRun): Promise<number> {
  const event = run.payload.hook_event_name;
  let settings: Settings | undefined;
  try {
    const settingsFile = path.resolve(
      run.projectDir,
      process.env.ORCH_BACKUP_SETTINGS ?? path.join(run.configDir, SETTINGS_FILE),
    );
    settings = (await loadSettings(settingsFile)).settings;
    const lockTimeoutMs = process.env.ORCH_BACKUP_LOCK_TIMEOUT
      ? Number(process.env.ORCH_BACKUP_LOCK_TIMEOUT) * 1000
      : settings.lockTimeoutMs;
    if (existsSync(journalPath(run.backupDir))) {
      const { recoverInterruptedRestore } = await import('../core/restore/restore.js');
      await recoverInterruptedRestore({ backupDir: run.backupDir, lockTimeoutMs });
    }
    const use = {
      ...(run.payload.session_id ? { sessionId: run.payload.session_id } : {}),
      ...(run.payload.tool_use_id ? { toolUseId: run.payload.tool_use_id } : {}),
    };
    const common = { configDir: run.configDir, backupDir: run.backupDir, settings, ...use };
    // Each event loads only its own half: a backup needs no diff or judgement, and the other way round.
    if (event === 'PreToolUse') {
      const { backupBeforeEdit } = await import('../core/claude/before-edit.js');
      const outcome = await backupBeforeEdit({ ...common, lockTimeoutMs, target: run.target });
      // Exit 0's stdout is for Claude Code's transcript only; the backup is not news for Claude.
      if (outcome.status === 'backed-up')
        run.stdout(`orch-backup: 📦 backup ${outcome.backup}: ${outcome.description}\n`);
      return 0;
    }
    if (event === 'PostToolUse') {
      const [{ judgeAfterEdit }, { renderEditReason }] = await Promise.all([
        import('../core/claude/after-edit.js'),
        import('../render/claude.js'),
      ]);
      const outcome = await judgeAfterEdit(common);
      if (outcome.status === 'judged' && outcome.broken) {
        run.stdout(
          `${JSON.stringify({ decision: 'block', reason: renderEditReason(outcome.judgement, outcome.backup, run.target.tool) })}\n`,
        );
      }
      return 0;
    }
    return 0;
  } catch (error) {
    // Masked like every error line: a message may quote what git or a file said.
    const reason =
      error instanceof OrchBackupError
        ? describeError(error, {})
        : redactString(String((error as Error)?.message ?? error));
    if (event === 'PreToolUse' && settings?.claudeCode.failClosed) {
      run.stderr(
        `orch-backup: the ${run.target.tool} call was blocked because no backup of the config could be made first (claudeCode.failClosed is set): ${reason}\n`,
      );
      return 2;
    }
    const what =
      event === 'PreToolUse'
        ? `no backup was made before this ${run.target.tool}`
        : `this ${run.target.tool} was not checked`;
    run.stderr(`orch-backup: ${what} (the tool call goes on): ${reason}\n`);
    return 1;
  }
}
