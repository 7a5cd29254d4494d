/**
 * Which backup holds the config as it was when PreToolUse ran, kept for the PostToolUse call of
 * the same tool use: one small file per tool use in the store's `.claude-code/` folder (a name
 * starting with "." is never taken for a backup).
 */
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

const STATE_DIR = '.claude-code';
/** Tool uses whose PostToolUse never came (a killed session) leave a file; a day is plenty. */
const STALE_MS = 24 * 60 * 60 * 1000;

export interface ToolUse {
  sessionId?: string;
  toolUseId?: string;
}

function stateFile(backupDir: string, use: ToolUse): string {
  const safe = (s: string | undefined, fallback: string): string =>
    s ? s.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 100) : fallback;
  return path.join(backupDir, STATE_DIR, `${safe(use.sessionId, 'no-session')}--${safe(use.toolUseId, 'last')}.json`);
}

export async function recordPreEditBackup(
  backupDir: string,
  use: ToolUse,
  backup: string,
  now = new Date(),
): Promise<void> {
  const dir = path.join(backupDir, STATE_DIR);
  await mkdir(dir, { recursive: true });
  const file = stateFile(backupDir, use);
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify({ backup, at: now.toISOString() })}\n`);
  await rename(temp, file);
  await removeStale(dir, now).catch(() => undefined);
}

/** The backup PreToolUse recorded for this tool use (and forgets it), or undefined. */
export async function takePreEditBackup(backupDir: string, use: ToolUse): Promise<string | undefined> {
  const file = stateFile(backupDir, use);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  await rm(file, { force: true });
  try {
    const value = JSON.parse(text) as { backup?: unknown };
    return typeof value.backup === 'string' ? value.backup : undefined;
  } catch {
    return undefined;
  }
}

async function removeStale(dir: string, now: Date): Promise<void> {
  for (const name of await readdir(dir)) {
    const file = path.join(dir, name);
    const info = await stat(file).catch(() => undefined);
    if (info && now.getTime() - info.mtimeMs > STALE_MS) await rm(file, { force: true });
  }
}
