/**
 * Claude Code's PreToolUse/PostToolUse hook (see `orch-backup claude install`). It runs before and
 * after every Write, Edit and Bash call Claude makes, so it decides from the payload with
 * node:fs and node:path alone and exits; only a call that touches the config loads the rest.
 *
 * Exit codes follow Claude Code's contract: 0 lets the tool run (PostToolUse feedback goes to
 * stdout as `{"decision":"block","reason":…}`), 2 blocks the tool (only when the settings ask
 * us to fail closed), anything else is a non-blocking error whose stderr the user sees.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { editTarget, parsePayload } from '../core/claude/target.js';

function flag(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

const payload = parsePayload(readStdin());
const projectDir = path.resolve(process.env.CLAUDE_PROJECT_DIR || payload?.cwd || process.cwd());
const cwd = path.resolve(projectDir, payload?.cwd ?? '.');
const configDir = path.resolve(
  projectDir,
  flag('--config-dir') ?? process.env.ORCH_BACKUP_CONFIG_DIR ?? '.claude/orchestration',
);
const backupDirFlag = flag('--backup-dir') ?? process.env.ORCH_BACKUP_DIR;
const backupDir = backupDirFlag ? path.resolve(projectDir, backupDirFlag) : path.join(configDir, '.backups');
const target = payload && editTarget(payload, { configDir, backupDir, cwd, projectDir });

if (target && payload) {
  const { runClaudeHook } = await import('./claude-run.js');
  process.exitCode = await runClaudeHook({
    payload,
    target,
    projectDir,
    configDir,
    backupDir,
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
  });
} else if (!payload) {
  process.stderr.write('orch-backup: the Claude Code hook got no JSON payload on stdin; nothing was checked\n');
  process.exitCode = 1;
}

function readStdin(): string {
  try {
    return readFileSync(0, 'utf8');
  } catch {
    return '';
  }
}
