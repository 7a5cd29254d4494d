import type { EditJudgement } from '../core/claude/judge-edit.js';
import { agentNamed } from '../core/claude/judge-edit.js';
import type { Diagnostic } from '../core/validate/types.js';
import { location } from './text.js';

/**
 * The PostToolUse `reason` Claude reads when its edit broke the config: where, what, and how to
 * repair it. Problems that were there before the edit are left out, so Claude fixes its own.
 */
export function renderEditReason(judgement: EditJudgement, backup: string, tool: string): string {
  const lines = [`orch-backup: this ${tool} broke the orchestration config (compared with backup ${backup}, the config just before it).`];
  const renamed = new Set(judgement.renames.map((r) => r.from));
  for (const r of judgement.renames) {
    const where = r.leftovers.map((l) => `${l.file}:${l.line}`).join(', ');
    lines.push(
      r.to
        ? `- Agent '${r.from}' was renamed to '${r.to}' in teams.json, but '${r.from}' still appears at ${where}. Replace '${r.from}' with '${r.to}' there.`
        : `- Agent '${r.from}' was removed from teams.json, but still appears at ${where}. Define it again or remove those references.`,
    );
  }
  for (const d of judgement.introduced) {
    if (d.code === 'unknown-agent' && renamed.has(agentNamed(d))) continue;
    lines.push(`- ${location(d)}: ${d.message}${remedy(d)}`);
  }
  lines.push(`Fix: repair the edit as above, or let the tool do it: npx orch-backup validate --since ${backup} --fix. To undo the edit: npx orch-backup restore ${backup}.`);
  lines.push('Problems that were already there before this edit are not listed.');
  return lines.join('\n');
}

function remedy(d: Diagnostic): string {
  if (d.code === 'unknown-agent') return ': define the agent in teams.json or correct the name';
  if (d.code === 'json-syntax') return ': the file is no longer valid JSON';
  return '';
}
