import type { ChangeType, FileDiff } from './types.js';
import { countKind, pluralKind } from './words.js';
import { FORMATTING_ONLY } from './formatting.js';
import { lineCounts } from './text.js';

/** Order in which phrases appear: "+1 team, -1 agent, 2 workflows modified, 11 agents renamed". */
const PHRASE_ORDER: readonly ChangeType[] = ['added', 'removed', 'modified', 'renamed', 'reordered'];

function phraseFor(change: ChangeType, count: number, kind: string): string {
  switch (change) {
    case 'added':
      return `+${countKind(count, kind)}`;
    case 'removed':
      return `-${countKind(count, kind)}`;
    case 'reordered':
      // The count is of arrays, not of items: "agents reordered", "agents reordered (2 lists)".
      return `${pluralKind(kind)} reordered${count > 1 ? ` (${count} lists)` : ''}`;
    default:
      return `${countKind(count, kind)} ${change}`;
  }
}

/**
 * Compact phrase for one file's changes or a whole comparison: "+1 team, 2 workflows modified,
 * 11 agents renamed". Fields outside any entity count as "fields changed"; fields inside an
 * entity are already told by that entity's "modified". A file's top-level `version` is told
 * apart from other fields (callers show versions on their own), as "version changed" only when
 * nothing else changed. "no changes" when there is nothing.
 */
export function summarizeChanges(files: FileDiff | readonly FileDiff[]): string {
  const list: readonly FileDiff[] = Array.isArray(files) ? files : [files as FileDiff];
  const counts = new Map<ChangeType, Map<string, number>>(PHRASE_ORDER.map((c) => [c, new Map()]));
  let fields = 0;
  let versionChanged = false;
  const fileCounts = { added: 0, removed: 0, unparseable: 0, formatting: 0, text: 0, binary: 0 };
  const lines = { added: 0, removed: 0 };
  for (const file of list) {
    if (file.status === 'added' || file.status === 'removed' || file.status === 'unparseable')
      fileCounts[file.status]++;
    if (file.status === 'unchanged' && file.formattingOnly) fileCounts.formatting++;
    if (file.status === 'modified' && file.kind !== undefined) {
      if (file.unifiedDiff === undefined) fileCounts.binary++;
      else {
        fileCounts.text++;
        const counted = lineCounts(file.unifiedDiff);
        lines.added += counted.added;
        lines.removed += counted.removed;
      }
    }
    for (const change of file.changes) {
      const isEntityChange =
        change.change !== 'value' && change.kind !== null && (change.change !== 'reordered' || change.id === null);
      if (isEntityChange) {
        const byKind = counts.get(change.change) as Map<string, number>;
        byKind.set(change.kind as string, (byKind.get(change.kind as string) ?? 0) + 1);
      } else if (change.kind === null && change.pointer === '/version') versionChanged = true;
      else if (change.kind === null) fields++;
    }
  }
  const phrases: string[] = [];
  if (fileCounts.added > 0) phrases.push(`+${countKind(fileCounts.added, 'file')}`);
  if (fileCounts.removed > 0) phrases.push(`-${countKind(fileCounts.removed, 'file')}`);
  for (const change of PHRASE_ORDER) {
    for (const [kind, count] of counts.get(change) ?? []) phrases.push(phraseFor(change, count, kind));
  }
  if (fields > 0) phrases.push(`${countKind(fields, 'field')} changed`);
  if (fileCounts.text > 0)
    phrases.push(
      `${list.length === 1 ? 'text' : countKind(fileCounts.text, 'text file')} changed (+${lines.added} -${lines.removed} lines)`,
    );
  if (fileCounts.binary > 0) phrases.push(`${countKind(fileCounts.binary, 'file')} changed (not text)`);
  if (fileCounts.formatting > 0)
    phrases.push(
      list.length === 1 ? FORMATTING_ONLY : `${countKind(fileCounts.formatting, 'file')} ${FORMATTING_ONLY}`,
    );
  if (fileCounts.unparseable > 0) phrases.push(`${countKind(fileCounts.unparseable, 'file')} not comparable`);
  if (phrases.length === 0 && versionChanged) phrases.push('version changed');
  return phrases.length > 0 ? phrases.join(', ') : 'no changes';
}
