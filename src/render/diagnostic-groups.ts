import type { Diagnostic } from '../core/validate/types.js';

/** One line of a findings list: a finding, and the ones folded into its line. */
export interface DiagnosticGroup {
  first: Diagnostic;
  /** More findings with the same code, file and subject: further references to one unknown agent. */
  more: Diagnostic[];
  /** Subjects of further notes of the same code, when there are too many to list one a line. */
  alike: string[];
}

const SHOW_LINES = 12;
const SHOW_ALIKE = 20;

/**
 * Findings as readers want them: one line per thing (an unknown agent referenced 11 times is
 * one line naming its 11 lines), and a long run of notes of one kind as one line. The findings
 * themselves stay one per place, for the JSON output and for judging a change.
 */
export function groupDiagnostics(items: readonly Diagnostic[], foldNotesAbove = 5): DiagnosticGroup[] {
  const groups: DiagnosticGroup[] = [];
  const bySubject = new Map<string, DiagnosticGroup>();
  for (const d of items) {
    const key = d.subject === undefined ? undefined : [d.severity, d.code, d.file ?? '', d.subject].join('\0');
    const group = key === undefined ? undefined : bySubject.get(key);
    if (group) group.more.push(d);
    else {
      const created: DiagnosticGroup = { first: d, more: [], alike: [] };
      groups.push(created);
      if (key !== undefined) bySubject.set(key, created);
    }
  }
  const notesPerCode = new Map<string, DiagnosticGroup[]>();
  for (const g of groups) {
    if (g.first.severity !== 'info' || g.first.subject === undefined) continue;
    const list = notesPerCode.get(g.first.code) ?? [];
    list.push(g);
    notesPerCode.set(g.first.code, list);
  }
  const folded = new Set<DiagnosticGroup>();
  for (const list of notesPerCode.values()) {
    if (list.length <= foldNotesAbove) continue;
    const [head, ...rest] = list as [DiagnosticGroup, ...DiagnosticGroup[]];
    head.alike = rest.map((g) => g.first.subject as string);
    for (const g of rest) folded.add(g);
  }
  return groups.filter((g) => !folded.has(g));
}

/** What follows a group's message: " (+10 more: lines 92, 104, …)", " (and 30 more like it: a, b, …)". */
export function groupNote(group: DiagnosticGroup): string {
  if (group.more.length > 0) {
    const lines = group.more.filter((d) => d.line !== undefined).map((d) => d.line);
    const shown = lines.slice(0, SHOW_LINES).join(', ') + (lines.length > SHOW_LINES ? ', …' : '');
    return ` (+${group.more.length} more${lines.length > 0 ? `: line${lines.length > 1 ? 's' : ''} ${shown}` : ''})`;
  }
  if (group.alike.length > 0) {
    const shown = group.alike.slice(0, SHOW_ALIKE).join(', ') + (group.alike.length > SHOW_ALIKE ? ', …' : '');
    return ` (and ${group.alike.length} more like it: ${shown})`;
  }
  return '';
}
