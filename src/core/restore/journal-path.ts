import path from 'node:path';

const JOURNAL_FILE = '.restore-journal.json';

/**
 * Where a restore keeps its journal. Its own module because every command and hook checks for
 * an interrupted restore before anything else: the check must not load the journal code itself.
 */
export function journalPath(backupDir: string): string {
  return path.join(backupDir, JOURNAL_FILE);
}
