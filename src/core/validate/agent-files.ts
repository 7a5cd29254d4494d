import type { AgentDefinition, AgentDefinitionSet } from '../agents/types.js';
import { at, type ParsedDocument } from './document.js';
import type { TeamAgent } from './structure.js';
import type { Diagnostic } from './types.js';

/**
 * What the agent definition files say about the teams: a team agent without a file cannot be
 * loaded by Claude Code; a file no team or workflow names is probably left over; a file whose
 * front matter is broken, or two files defining one name, make loading unpredictable.
 */
export function checkAgentFiles(
  agents: AgentDefinitionSet,
  teams: { doc: ParsedDocument; agents: readonly TeamAgent[] } | undefined,
  referenced: ReadonlySet<string>,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  if (!agents.exists) {
    if (teams)
      diagnostics.push({
        severity: 'info',
        code: 'no-agents-dir',
        message: `no agents directory at ${agents.dir} (relative to the config dir): agent definition files were not checked`,
      });
    return diagnostics;
  }
  for (const p of agents.problems) {
    const code = p.kind === 'unreadable' ? 'agent-file-unreadable' : 'agent-front-matter';
    diagnostics.push({
      severity: 'warning',
      code,
      file: p.file,
      ...(p.line ? { line: p.line, column: p.column ?? 1 } : {}),
      subject: stemOf(p.file),
      message: p.message,
    });
  }
  const byName = new Map<string, AgentDefinition>();
  for (const def of agents.definitions) {
    const first = byName.get(def.name);
    if (!first) byName.set(def.name, def);
    else
      diagnostics.push({
        ...place(def),
        severity: 'warning',
        code: 'duplicate-agent-file',
        subject: def.name,
        message: `Agent '${def.name}' is also defined by ${first.file}: Claude Code loads only one of them`,
      });
  }
  if (!teams) return diagnostics;
  for (const agent of teams.agents) {
    if (byName.has(agent.name)) continue;
    const role = agent.role === 'orchestrator' ? `orchestrator of team '${agent.team}'` : `team '${agent.team}'`;
    diagnostics.push({
      ...at(
        teams.doc,
        agent.pointer,
        'warning',
        'missing-agent-file',
        `Agent '${agent.name}' (${role}) has no definition file in ${agents.dir}: Claude Code cannot load it`,
      ),
      subject: agent.name,
    });
  }
  const inTeams = new Set(teams.agents.map((a) => a.name));
  for (const def of byName.values()) {
    if (inTeams.has(def.name) || referenced.has(def.name)) continue;
    diagnostics.push({
      ...place(def),
      severity: 'info',
      code: 'unused-agent-file',
      subject: def.name,
      message: `Agent '${def.name}' has a definition file but no team or workflow uses it`,
    });
  }
  return diagnostics;
}

function place(def: AgentDefinition): Pick<Diagnostic, 'file' | 'line' | 'column'> {
  return { file: def.file, ...(def.line ? { line: def.line, column: 1 } : {}) };
}

function stemOf(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.md$/i, '');
}
