/**
 * The verdict on one edit Claude made: which findings the edit introduced, compared with the
 * config as it was before the tool ran. Kept to one function with plain inputs so that a fuller
 * change judgement can take its place without touching the hook around it.
 */
import { visit } from 'jsonc-parser';
import type { ConfigDocument, Diagnostic, ValidationReport } from '../validate/index.js';

export interface EditSide {
  validation: ValidationReport;
  documents: readonly ConfigDocument[];
}

/** A line where a name the edit removed from teams.json is still used. */
export interface Leftover {
  file: string;
  line: number;
}

export interface RenameLeftovers {
  from: string;
  /** The agent that took its place in teams.json, when the edit added exactly one per removal. */
  to?: string;
  leftovers: Leftover[];
}

export interface EditJudgement {
  /** `broken`: the edit introduced an error or a reference to an agent that is not defined. */
  verdict: 'ok' | 'broken';
  introduced: Diagnostic[];
  /** Problems the edit removed. */
  fixed: Diagnostic[];
  /** Agents the edit removed or renamed in teams.json while references to them remain. */
  renames: RenameLeftovers[];
}

/**
 * Findings are compared by rule, file, subject and place, never by line (lines move with every
 * edit). With a subject the message is left out: it may name a suggestion that changes when
 * other agents do ("did you mean …").
 */
function findingKey(d: Diagnostic): string {
  return [d.code, d.file ?? '', d.subject ?? '', d.pointer ?? '', d.subject === undefined ? d.message : ''].join('\u0000');
}

export function agentNamed(d: Diagnostic): string {
  return d.subject ?? /^Agent '(.*?)' is not defined/.exec(d.message)?.[1] ?? d.message;
}

/** What Claude must repair: errors, references to undefined agents, members Claude Code cannot load. */
const BREAKING_WARNINGS = new Set(['unknown-agent', 'missing-agent-file']);
const breaks = (d: Diagnostic): boolean => d.severity === 'error' || BREAKING_WARNINGS.has(d.code);

export function judgeEdit(before: EditSide, after: EditSide): EditJudgement {
  const beforeKeys = new Set(before.validation.diagnostics.map(findingKey));
  const afterKeys = new Set(after.validation.diagnostics.map(findingKey));
  const introduced = after.validation.diagnostics.filter((d) => breaks(d) && !beforeKeys.has(findingKey(d)));
  const fixed = before.validation.diagnostics.filter((d) => breaks(d) && !afterKeys.has(findingKey(d)));

  const defined = { before: definedAgents(before.documents), after: definedAgents(after.documents) };
  const removed = [...defined.before].filter((a) => !defined.after.has(a));
  const added = [...defined.after].filter((a) => !defined.before.has(a));
  const dangling = new Set(introduced.filter((d) => d.code === 'unknown-agent').map(agentNamed));
  const renames = removed
    .filter((name) => dangling.has(name))
    .map((name) => {
      // Pairs by position: a rename keeps the agent's place in teams.json.
      const to = removed.length === added.length ? added[removed.indexOf(name)] : undefined;
      return { from: name, ...(to !== undefined ? { to } : {}), leftovers: occurrences(after.documents, name) };
    });
  return { verdict: introduced.length > 0 ? 'broken' : 'ok', introduced, fixed, renames };
}

/** Agent ids defined in teams.json: team orchestrators and members' `agent`. */
export function definedAgents(documents: readonly ConfigDocument[]): Set<string> {
  const agents = new Set<string>();
  const teams = documents.find((d) => d.path === 'teams.json');
  if (!teams) return agents;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(teams.bytes).toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    return agents;
  }
  const all = (value as { teams?: unknown })?.teams;
  if (typeof all !== 'object' || all === null) return agents;
  for (const team of Object.values(all as Record<string, unknown>)) {
    if (typeof team !== 'object' || team === null) continue;
    const { orchestrator, members } = team as { orchestrator?: unknown; members?: unknown };
    if (typeof orchestrator === 'string') agents.add(orchestrator);
    if (Array.isArray(members)) for (const m of members) if (typeof (m as { agent?: unknown })?.agent === 'string') agents.add((m as { agent: string }).agent);
  }
  return agents;
}

/** Every line (1-based) of the orchestration files holding `name` as a string value. */
function occurrences(documents: readonly ConfigDocument[], name: string): Leftover[] {
  const found: Leftover[] = [];
  for (const doc of documents) {
    if (doc.path !== 'teams.json' && doc.path !== 'workflows.json') continue;
    visit(Buffer.from(doc.bytes).toString('utf8'), {
      onLiteralValue: (value: unknown, _offset: number, _length: number, line: number) => {
        if (value === name) found.push({ file: doc.path, line: line + 1 });
      },
    });
  }
  return found;
}
