import { distance } from 'fastest-levenshtein';

/**
 * The known names closest to a mistyped one, best first: within a few edits (about a third of
 * the name), or containing it / contained in it ("0120" finds "backup-20240120-103045").
 * At most `max`, so a store of thousands of backups never floods an error line.
 */
export function closestNames(name: string, known: Iterable<string>, max = 3): string[] {
  const limit = Math.max(2, Math.floor(name.length / 3));
  const lower = name.toLowerCase();
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of known) {
    if (candidate === name) continue;
    const other = candidate.toLowerCase();
    if (lower.length >= 3 && (other.includes(lower) || lower.includes(other))) {
      scored.push({ candidate, score: Math.abs(other.length - lower.length) / 100 });
      continue;
    }
    if (Math.abs(candidate.length - name.length) > limit) continue;
    const d = distance(lower, other);
    if (d <= limit) scored.push({ candidate, score: d });
  }
  return scored
    .sort((a, b) => a.score - b.score || (a.candidate < b.candidate ? -1 : 1))
    .slice(0, max)
    .map((s) => s.candidate);
}
