import { at, type ParsedDocument } from './document.js';
import { isObject, ptr, type Json } from './json-tree.js';
import type { Diagnostic } from './types.js';

/** An agent a team names, as its orchestrator or as a member. */
export interface TeamAgent {
  name: string;
  team: string;
  role: 'orchestrator' | 'member';
  pointer: string;
}

/**
 * The structure of teams.json: a `teams` map whose teams have a name and a members list, each
 * member naming its agent once. Returns the agents the teams name (undefined when teams.json has
 * no usable `teams` map, so references cannot be checked against it).
 */
export function checkTeams(
  doc: ParsedDocument,
  diagnostics: Diagnostic[],
): { teamCount: number; agents: TeamAgent[] } | undefined {
  const root = doc.value;
  if (!isObject(root)) {
    diagnostics.push(at(doc, '', 'error', 'wrong-type', 'teams.json must be a JSON object'));
    return undefined;
  }
  if (!isObject(root.teams)) {
    diagnostics.push(
      at(
        doc,
        root.teams === undefined ? '' : '/teams',
        'error',
        'missing-field',
        root.teams === undefined ? 'teams.json has no "teams" object' : '"teams" must be an object keyed by team id',
      ),
    );
    return undefined;
  }
  const agents: TeamAgent[] = [];
  const members = new Map<string, string>();
  for (const [teamId, team] of Object.entries(root.teams)) {
    const teamPtr = ptr('teams', teamId);
    const about = (pointer: string, severity: Diagnostic['severity'], code: string, message: string): void =>
      void diagnostics.push({ ...at(doc, pointer, severity, code, message), subject: teamId });
    if (!isObject(team)) {
      about(teamPtr, 'error', 'wrong-type', `Team '${teamId}' must be an object`);
      continue;
    }
    if (typeof team.name !== 'string') about(teamPtr, 'warning', 'team-without-name', `Team '${teamId}' has no "name"`);
    if (typeof team.orchestrator === 'string')
      agents.push({ name: team.orchestrator, team: teamId, role: 'orchestrator', pointer: `${teamPtr}/orchestrator` });
    if (team.members === undefined) {
      about(teamPtr, 'error', 'team-without-members', `Team '${teamId}' has no "members" list`);
      continue;
    }
    if (!Array.isArray(team.members)) {
      about(`${teamPtr}/members`, 'error', 'wrong-type', `Team '${teamId}': "members" must be an array`);
      continue;
    }
    team.members.forEach((member, index) => {
      const memberPtr = `${teamPtr}/members/${index}`;
      if (!isObject(member) || typeof member.agent !== 'string' || member.agent.trim() === '') {
        about(memberPtr, 'error', 'missing-field', `Team '${teamId}' member ${index} has no "agent" id`);
        return;
      }
      const previous = members.get(member.agent);
      if (previous) {
        diagnostics.push({
          ...at(
            doc,
            `${memberPtr}/agent`,
            'error',
            'duplicate-agent',
            `Agent '${member.agent}' is defined twice: ${previous} and ${memberPtr}`,
          ),
          subject: member.agent,
        });
      }
      members.set(member.agent, memberPtr);
      agents.push({ name: member.agent, team: teamId, role: 'member', pointer: `${memberPtr}/agent` });
    });
  }
  return { teamCount: Object.keys(root.teams).length, agents };
}

/** workflows.json has a non-empty `workflows` map, and every workflow has phases or types. */
export function checkWorkflows(doc: ParsedDocument, diagnostics: Diagnostic[]): void {
  const root = doc.value;
  if (!isObject(root)) {
    diagnostics.push(at(doc, '', 'error', 'wrong-type', 'workflows.json must be a JSON object'));
    return;
  }
  if (root.workflows === undefined) {
    diagnostics.push(at(doc, '', 'error', 'no-workflows', 'workflows.json has no "workflows" map'));
    return;
  }
  if (!isObject(root.workflows)) {
    diagnostics.push(
      at(doc, '/workflows', 'error', 'wrong-type', '"workflows" must be an object keyed by workflow id'),
    );
    return;
  }
  const entries = Object.entries(root.workflows);
  if (entries.length === 0)
    diagnostics.push(
      at(doc, '/workflows', 'error', 'no-workflows', 'the "workflows" map is empty: no workflow is defined'),
    );
  for (const [id, workflow] of entries) {
    const pointer = ptr('workflows', id);
    if (!isObject(workflow))
      diagnostics.push({
        ...at(doc, pointer, 'error', 'wrong-type', `Workflow '${id}' must be an object`),
        subject: id,
      });
    else if (workflow.phases === undefined && workflow.types === undefined) {
      diagnostics.push({
        ...at(
          doc,
          pointer,
          'warning',
          'workflow-without-phases',
          `Workflow '${id}' has neither "phases" nor "types": it defines no steps`,
        ),
        subject: id,
      });
    }
  }
}

/**
 * `full_auto` switched on anywhere: as a mode (`default_mode: "full_auto"`), a flag
 * (`full_auto: true`) or an enabled mode entry (`{ name: "full_auto", enabled: true }`).
 * Objects with `enabled: false` are off, with everything under them.
 */
export function checkFullAuto(doc: ParsedDocument, diagnostics: Diagnostic[]): void {
  const found = (pointer: string): void =>
    void diagnostics.push({
      ...at(
        doc,
        pointer,
        'warning',
        'full-auto',
        'full_auto mode is switched on: it spawns agents without asking for consent',
      ),
      subject: pointer,
    });
  const visit = (value: Json, pointer: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${pointer}/${i}`));
      return;
    }
    if (!isObject(value) || value.enabled === false) return;
    if (value.name === 'full_auto' && value.enabled === true) found(pointer);
    for (const [key, child] of Object.entries(value)) {
      const childPtr = `${pointer}${ptr(key)}`;
      if (key === 'full_auto' && (child === true || (isObject(child) && child.enabled === true))) found(childPtr);
      else if (/(^|_)mode$/i.test(key) && child === 'full_auto') found(childPtr);
      else visit(child, childPtr);
    }
  };
  visit(doc.value, '');
}
