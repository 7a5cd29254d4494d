import { readHistory, type HistoryEntry } from '../store/history.js';

/** The store's operation log newest first, at most `limit` entries (all when omitted). */
export async function recentHistory(
  backupDir: string,
  limit?: number,
): Promise<{ entries: HistoryEntry[]; total: number }> {
  const all = await readHistory(backupDir);
  // Appended in time order; reversing keeps same-millisecond entries in their real order too.
  const newestFirst = all.reverse();
  return { entries: limit === undefined ? newestFirst : newestFirst.slice(0, limit), total: newestFirst.length };
}
