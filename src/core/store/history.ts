import { open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { errnoOf } from '../../errors/index.js';

const HISTORY_FILE = 'history.jsonl';

export type Operation = 'create' | 'restore' | 'delete' | 'import' | 'export' | 'verify' | 'tag';

export interface HistoryEntry {
  time: string;
  operation: Operation;
  backup: string | null;
  outcome: 'success' | 'failure';
  trigger?: string;
  detail?: string;
  error?: { code: string; message: string };
}

/**
 * Appends one line with a single O_APPEND write, so concurrent writers never interleave
 * inside a line. History is a record, not a dependency: callers may ignore its failure.
 */
export async function appendHistory(backupDir: string, entry: Omit<HistoryEntry, 'time'> & { time?: string }): Promise<void> {
  const line = `${JSON.stringify({ time: entry.time ?? new Date().toISOString(), ...entry })}\n`;
  const handle = await open(path.join(backupDir, HISTORY_FILE), 'a', 0o644);
  try {
    await handle.write(line);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Reads the log, skipping a torn last line left by a crash. */
export async function readHistory(backupDir: string): Promise<HistoryEntry[]> {
  let text: string;
  try {
    text = await readFile(path.join(backupDir, HISTORY_FILE), 'utf8');
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return [];
    throw error;
  }
  const entries: HistoryEntry[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      entries.push(JSON.parse(line) as HistoryEntry);
    } catch {
      // A partial line from an interrupted append: the operation itself is judged by the store.
    }
  }
  return entries;
}
