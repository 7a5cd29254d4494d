import { closeSync, fstatSync, fsyncSync, openSync, readSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { errnoOf } from '../../errors/index.js';
import { redact } from '../diff/redact.js';

const HISTORY_FILE = 'history.jsonl';

type Operation = 'create' | 'restore' | 'delete' | 'import' | 'export' | 'verify' | 'tag' | 'unlock';

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
 * inside a line. History is a record, not a dependency: this never throws. A failed append
 * comes back as a one-line warning for the caller to report beside the operation's outcome,
 * which it must not change (the backup exists whether or not the log says so).
 */
export async function appendHistory(
  backupDir: string,
  entry: Omit<HistoryEntry, 'time'> & { time?: string },
): Promise<string | undefined> {
  // Errors and details may quote what git or a file said: the log masks credentials as every output does.
  const line = `${JSON.stringify(redact({ time: entry.time ?? new Date().toISOString(), ...entry }))}\n`;
  const file = path.join(backupDir, HISTORY_FILE);
  // Synchronous: six small calls, each a round trip through the thread pool when asynchronous,
  // cost more than the work itself (every hook commit appends a line).
  try {
    const fd = openSync(file, 'a+', 0o644);
    try {
      // A crash may have left a torn last line without its newline: start a fresh line, or the
      // torn one would swallow this entry too.
      const { size } = fstatSync(fd);
      const last = Buffer.alloc(1);
      const torn = size > 0 && readSync(fd, last, 0, 1, size - 1) === 1 && last[0] !== 0x0a;
      writeSync(fd, torn ? `\n${line}` : line);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    return undefined;
  } catch (error) {
    return `the operation was not recorded in ${file} (${errnoOf(error) ?? (error as Error).message})`;
  }
}

/** Reads the log, skipping torn lines left by a crash but keeping an entry glued to one. */
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
    const entry = parseLine(line);
    if (entry) entries.push(entry);
  }
  return entries;
}

/**
 * One line, or (written by older versions, which appended straight after a torn line) a torn
 * prefix followed by a whole entry: the last `{"time":` that starts a parseable rest wins.
 */
function parseLine(line: string): HistoryEntry | undefined {
  for (let at = 0; at !== -1; at = line.indexOf('{"time":', at + 1)) {
    try {
      const value = JSON.parse(line.slice(at)) as unknown;
      // Lines an older version wrote were not masked: they are when read.
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) return redact(value) as HistoryEntry;
    } catch {
      // A partial entry from an interrupted append: the operation itself is judged by the store.
    }
  }
  return undefined;
}
