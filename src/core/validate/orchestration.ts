import { escapePointerSegment } from '../util/json.js';
import { at, type ParsedDocument } from './document.js';
import type { Diagnostic } from './types.js';

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ptr = (...segments: (string | number)[]): string => segments.map((s) => `/${escapePointerSegment(String(s))}`).join('');

interface AgentDefinition {
  name: string;
  pointer: string;
}

/** The only documents the orchestration checks read. */
export const ORCHESTRATION_FILES: ReadonlySet<string> = new Set(['teams.json', 'workflows.json', 'settings.json']);

/** Built-in orchestration checks: the structure of teams.json/workflows.json and agent references. */
export function checkOrchestration(docs: ParsedDocument[], referenceKeys: readonly string[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const teams = docs.find((d) => d.path === 'teams.json');
  const workflows = docs.find((d) => d.path === 'workflows.json');
  const settings = docs.find((d) => d.path === 'settings.json');

  let agents: Map<string, AgentDefinition> | undefined;
  if (teams) agents = checkTeams(teams, diagnostics);
  if (workflows) checkWorkflows(workflows, diagnostics);
  if (settings && isObject(settings.value) && settings.value.version === undefined) {
    diagnostics.push(at(settings, '', 'info', 'no-version', 'settings.json has no "version": the configuration version is taken from the other files'));
  }

  if (!agents) {
    if (workflows) diagnostics.push({ severity: 'info', code: 'no-teams', file: 'workflows.json', message: 'no teams.json: agent references were not checked' });
    return diagnostics;
  }
  const keys = new Set(referenceKeys);
  for (const doc of [teams, workflows]) {
    if (!doc) continue;
    const unknown = new Map<string, string[]>();
    collectReferences(doc.value, '', keys, (name, pointer) => {
      if (doc === teams && /^\/teams\/[^/]+\/members\/\d+\/agent$/.test(pointer)) return;
      if (agents.has(name)) return;
      const pointers = unknown.get(name);
      // Appending in place: copying the list per reference was quadratic in a name's references.
      if (pointers) pointers.push(pointer);
      else unknown.set(name, [pointer]);
    });
    for (const [name, pointers] of unknown) {
      const first = pointers[0] as string;
      const more = pointers.length > 1 ? `, +${pointers.length - 1} more` : '';
      diagnostics.push(at(doc, first, 'warning', 'unknown-agent', `Agent '${name}' is not defined in teams.json (referenced at ${first}${more})`));
    }
  }
  const teamCount = teams && isObject(teams.value) && isObject(teams.value.teams) ? Object.keys(teams.value.teams).length : 0;
  diagnostics.push({ severity: 'info', code: 'inventory', file: 'teams.json', message: `${teamCount} teams, ${agents.size} agents defined` });
  return diagnostics;
}

function checkTeams(doc: ParsedDocument, diagnostics: Diagnostic[]): Map<string, AgentDefinition> | undefined {
  const root = doc.value;
  if (!isObject(root)) {
    diagnostics.push(at(doc, '', 'error', 'wrong-type', 'teams.json must be a JSON object'));
    return undefined;
  }
  if (!isObject(root.teams)) {
    diagnostics.push(at(doc, root.teams === undefined ? '' : '/teams', 'error', 'missing-field', root.teams === undefined ? 'teams.json has no "teams" object' : '"teams" must be an object keyed by team id'));
    return undefined;
  }
  const agents = new Map<string, AgentDefinition>();
  for (const [teamId, team] of Object.entries(root.teams)) {
    const teamPtr = ptr('teams', teamId);
    if (!isObject(team)) {
      diagnostics.push(at(doc, teamPtr, 'error', 'wrong-type', `Team '${teamId}' must be an object`));
      continue;
    }
    if (typeof team.name !== 'string') diagnostics.push(at(doc, teamPtr, 'warning', 'missing-field', `Team '${teamId}' has no "name"`));
    if (typeof team.orchestrator === 'string') agents.set(team.orchestrator, { name: team.orchestrator, pointer: `${teamPtr}/orchestrator` });
    if (team.members === undefined) continue;
    if (!Array.isArray(team.members)) {
      diagnostics.push(at(doc, `${teamPtr}/members`, 'error', 'wrong-type', `Team '${teamId}': "members" must be an array`));
      continue;
    }
    team.members.forEach((member, index) => {
      const memberPtr = `${teamPtr}/members/${index}`;
      if (!isObject(member) || typeof member.agent !== 'string' || member.agent.trim() === '') {
        diagnostics.push(at(doc, memberPtr, 'error', 'missing-field', `Team '${teamId}' member ${index} has no "agent" id`));
        return;
      }
      const previous = agents.get(member.agent);
      if (previous && !previous.pointer.endsWith('/orchestrator')) {
        diagnostics.push(at(doc, `${memberPtr}/agent`, 'error', 'duplicate-agent', `Agent '${member.agent}' is defined twice: ${previous.pointer} and ${memberPtr}`));
      }
      agents.set(member.agent, { name: member.agent, pointer: `${memberPtr}/agent` });
    });
  }
  return agents;
}

function checkWorkflows(doc: ParsedDocument, diagnostics: Diagnostic[]): void {
  const root = doc.value;
  if (!isObject(root)) {
    diagnostics.push(at(doc, '', 'error', 'wrong-type', 'workflows.json must be a JSON object'));
    return;
  }
  if (!isObject(root.workflows)) {
    diagnostics.push(at(doc, root.workflows === undefined ? '' : '/workflows', 'error', 'missing-field', root.workflows === undefined ? 'workflows.json has no "workflows" object' : '"workflows" must be an object keyed by workflow id'));
    return;
  }
  for (const [id, workflow] of Object.entries(root.workflows)) {
    if (!isObject(workflow)) diagnostics.push(at(doc, ptr('workflows', id), 'error', 'wrong-type', `Workflow '${id}' must be an object`));
  }
}

const isReferenceValue = (v: Json): v is string | string[] => typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
/** `{ code: ["a"], design: ["b", "c"] }`: every value names agents. */
const isReferenceMap = (v: Json): v is Record<string, string | string[]> =>
  isObject(v) && Object.keys(v).length > 0 && Object.values(v).every(isReferenceValue);

/**
 * Calls `found` for every agent name under a reference key. The same key can also name an
 * entity (`workflows.review` is a workflow, `review: "lead"` a reviewer), so only strings,
 * lists of strings and pure maps of them count as references.
 */
function collectReferences(value: Json, pointer: string, keys: Set<string>, found: (name: string, pointer: string) => void): void {
  const emit = (v: string | string[], p: string): void => {
    if (typeof v === 'string') found(v, p);
    else v.forEach((name, i) => found(name, `${p}/${i}`));
  };
  if (Array.isArray(value)) {
    value.forEach((item, i) => collectReferences(item, `${pointer}/${i}`, keys, found));
    return;
  }
  if (!isObject(value)) return;
  for (const [key, child] of Object.entries(value)) {
    const childPointer = `${pointer}/${escapePointerSegment(key)}`;
    if (keys.has(key) && isReferenceValue(child)) emit(child, childPointer);
    else if (keys.has(key) && isReferenceMap(child)) {
      for (const [inner, v] of Object.entries(child)) emit(v, `${childPointer}/${escapePointerSegment(inner)}`);
    } else collectReferences(child, childPointer, keys, found);
  }
}
