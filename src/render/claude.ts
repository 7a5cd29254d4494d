import type { Judgement } from '../core/judge/types.js';
import type { Diagnostic } from '../core/validate/types.js';
import { location } from './text.js';
import { renamesWithLeftovers } from './verdict.js';

/**
 * The PostToolUse `reason` Claude reads when its edit broke the config: where, what, and how to
 * repair it. Problems that were there before the edit are left out, so Claude fixes its own.
 */
export function renderEditReason(judgement: Judgement, backup: string, tool: string): string {
  const lines = [
    `orch-backup: this ${tool} broke the orchestration config (compared with backup ${backup}, the config just before it).`,
  ];
  const renames = renamesWithLeftovers(judgement);
  const renamed = new Set(renames.map((r) => r.from));
  for (const r of renames) {
    const where = r.remaining.map((l) => `${l.file}:${l.line}`).join(', ');
    lines.push(
      `- ${r.kind} '${r.from}' was renamed to '${r.to}' in ${r.file}, but '${r.from}' still appears at ${where}. Replace '${r.from}' with '${r.to}' there.`,
    );
  }
  for (const d of judgement.new) {
    if (d.severity === 'info') continue;
    if (
      (d.code === 'unknown-agent' || d.code === 'renamed-reference') &&
      d.subject !== undefined &&
      renamed.has(d.subject)
    )
      continue;
    lines.push(`- ${location(d)}: ${d.message}${remedy(d)}`);
  }
  lines.push(
    `Fix: repair the edit as above, or let the tool do it: npx orch-backup validate --since ${backup} --fix --yes. To undo the edit: npx orch-backup restore ${backup}.`,
  );
  lines.push('Problems that were already there before this edit are not listed.');
  return lines.join('\n');
}

function remedy(d: Diagnostic): string {
  if (d.code === 'unknown-agent') return ': define the agent in teams.json or correct the name';
  if (d.code === 'json-syntax') return ': the file is no longer valid JSON';
  return '';
}
