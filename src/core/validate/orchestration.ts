import type { AgentDefinitionSet } from '../agents/types.js';
import { checkAgentFiles } from './agent-files.js';
import { at, type ParsedDocument } from './document.js';
import { isObject } from './json-tree.js';
import { closestName, collectReferences } from './references.js';
import { checkFullAuto, checkTeams, checkWorkflows } from './structure.js';
import type { Diagnostic } from './types.js';

/** The only documents the orchestration checks read. */
export const ORCHESTRATION_FILES: ReadonlySet<string> = new Set(['teams.json', 'workflows.json', 'settings.json']);

export interface OrchestrationOptions {
  referenceKeys: readonly string[];
  /** The agent definition files; without them agents are known from teams.json alone. */
  agents?: AgentDefinitionSet | undefined;
}

/**
 * Built-in orchestration checks: the structure of teams.json/workflows.json, `full_auto`, agent
 * references and, when given, the agent definition files.
 */
export function checkOrchestration(docs: ParsedDocument[], options: OrchestrationOptions): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const teams = docs.find((d) => d.path === 'teams.json');
  const workflows = docs.find((d) => d.path === 'workflows.json');
  const settings = docs.find((d) => d.path === 'settings.json');

  const teamInfo = teams ? checkTeams(teams, diagnostics) : undefined;
  if (workflows) checkWorkflows(workflows, diagnostics);
  for (const doc of [settings, workflows, teams]) if (doc) checkFullAuto(doc, diagnostics);
  if (settings && isObject(settings.value) && settings.value.version === undefined) {
    diagnostics.push(
      at(
        settings,
        '',
        'info',
        'no-version',
        'settings.json has no "version": the configuration version is taken from the other files',
      ),
    );
  }

  const files = options.agents;
  if (!teams || !teamInfo) {
    if (files) for (const d of checkAgentFiles(files, undefined, new Set())) diagnostics.push(d);
    if (workflows)
      diagnostics.push({
        severity: 'info',
        code: 'no-teams',
        file: 'workflows.json',
        message: 'no teams.json: agent references were not checked',
      });
    return diagnostics;
  }
  const known = new Set(teamInfo.agents.map((a) => a.name));
  const withFiles = files?.exists === true;
  if (withFiles) for (const def of files.definitions) known.add(def.name);
  const where = withFiles ? `teams.json or ${files.dir}` : 'teams.json';
  const suggestions = new Map<string, string | undefined>();
  const referenced = new Set<string>();
  const keys = new Set(options.referenceKeys);
  for (const doc of [teams, workflows]) {
    if (!doc) continue;
    // One finding per reference, each at its own place: a judge of a change tells a new
    // reference from an old one by where it is, and an editor jumps to each.
    collectReferences(doc.value, '', keys, (name, pointer) => {
      if (doc === teams && /^\/teams\/[^/]+\/members\/\d+\/agent$/.test(pointer)) return;
      referenced.add(name);
      if (known.has(name)) return;
      if (!suggestions.has(name)) suggestions.set(name, closestName(name, known));
      const suggestion = suggestions.get(name);
      const hint = suggestion ? ` (did you mean '${suggestion}'?)` : '';
      diagnostics.push({
        ...at(doc, pointer, 'warning', 'unknown-agent', `Agent '${name}' is not defined in ${where}${hint}`),
        subject: name,
      });
    });
  }
  if (files)
    for (const d of checkAgentFiles(files, { doc: teams, agents: teamInfo.agents }, referenced)) diagnostics.push(d);
  const inTeams = new Set(teamInfo.agents.map((a) => a.name)).size;
  const fileCount = withFiles ? `, ${files.definitions.length} agent definition files in ${files.dir}` : '';
  diagnostics.push({
    severity: 'info',
    code: 'inventory',
    file: 'teams.json',
    message: `${count(teamInfo.teamCount, 'team')}, ${count(inTeams, 'agent')} defined${fileCount}`,
  });
  return diagnostics;
}

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
