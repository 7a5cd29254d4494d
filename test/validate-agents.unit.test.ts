import { describe, expect, it } from 'vitest';
import type { AgentDefinitionSet } from '../src/core/agents/index.js';
import { DEFAULT_SETTINGS } from '../src/core/config/settings.js';
import { validateDocuments, type Diagnostic } from '../src/core/validate/index.js';
import { groupDiagnostics, groupNote } from '../src/render/diagnostic-groups.js';
import { plainContext } from '../src/render/format.js';
import { renderValidation } from '../src/render/text.js';

const doc = (path: string, value: unknown) => ({ path, bytes: Buffer.from(`${JSON.stringify(value, null, 2)}\n`) });
const teams = (value: unknown) => doc('teams.json', { version: '1.0', teams: value });
const workflows = (value: unknown) => doc('workflows.json', { version: '1.0', workflows: value });
const files = (...entries: [name: string, file: string][]): AgentDefinitionSet => ({
  dir: '../agents',
  exists: true,
  definitions: entries.map(([name, file]) => ({ name, file: `../agents/${file}` })),
  problems: [],
});
const only = (diagnostics: Diagnostic[], code: string) => diagnostics.filter((d) => d.code === code);

const TEAM = { core: { name: 'Core', orchestrator: 'core-lead', members: [{ agent: 'coder' }, { agent: 'tester' }] } };

describe('agents known from definition files', () => {
  it('takes the agents as data: an agent with only a definition file is defined', async () => {
    const docs = [teams(TEAM), workflows({ ship: { phases: [{ reviewers: ['engineering-manager', 'coder'] }] } })];
    const agents = files(
      ['core-lead', 'core-lead.md'],
      ['coder', 'coder.md'],
      ['tester', 'nested/tester.md'],
      ['engineering-manager', 'engineering-manager.md'],
    );
    const report = await validateDocuments(docs, { agents });
    expect(report.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    // Without the files the same reference is unknown, as teams.json alone does not define it.
    const alone = await validateDocuments(docs);
    expect(only(alone.diagnostics, 'unknown-agent')).toEqual([
      expect.objectContaining({
        subject: 'engineering-manager',
        message: "Agent 'engineering-manager' is not defined in teams.json",
      }),
    ]);
  });

  it('warns about each team agent without a definition file, orchestrators included', async () => {
    const report = await validateDocuments([teams(TEAM)], { agents: files(['coder', 'coder.md']) });
    expect(only(report.diagnostics, 'missing-agent-file')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: 'teams.json',
        pointer: '/teams/core/orchestrator',
        line: 6,
        subject: 'core-lead',
        message:
          "Agent 'core-lead' (orchestrator of team 'core') has no definition file in ../agents: Claude Code cannot load it",
      }),
      expect.objectContaining({
        severity: 'warning',
        file: 'teams.json',
        pointer: '/teams/core/members/1/agent',
        subject: 'tester',
        message: expect.stringContaining("(team 'core')"),
      }),
    ]);
  });

  it('notes each definition file no team or workflow uses, and two files defining one name', async () => {
    const agents = files(
      ['core-lead', 'lead.md'],
      ['coder', 'coder.md'],
      ['tester', 'tester.md'],
      ['spare', 'spare.md'],
      ['coder', 'old/coder.md'],
    );
    const report = await validateDocuments([teams(TEAM)], { agents });
    expect(only(report.diagnostics, 'unused-agent-file')).toEqual([
      expect.objectContaining({ severity: 'info', file: '../agents/spare.md', subject: 'spare' }),
    ]);
    expect(only(report.diagnostics, 'duplicate-agent-file')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: '../agents/old/coder.md',
        subject: 'coder',
        message: "Agent 'coder' is also defined by ../agents/coder.md: Claude Code loads only one of them",
      }),
    ]);
  });

  it('reports broken front matter at its file and line', async () => {
    const agents: AgentDefinitionSet = {
      ...files(['coder', 'coder.md']),
      problems: [
        {
          kind: 'front-matter',
          file: '../agents/coder.md',
          line: 3,
          column: 7,
          message: 'front matter is not valid YAML: x',
        },
      ],
    };
    const report = await validateDocuments([teams(TEAM)], { agents });
    expect(only(report.diagnostics, 'agent-front-matter')).toEqual([
      {
        severity: 'warning',
        code: 'agent-front-matter',
        file: '../agents/coder.md',
        line: 3,
        column: 7,
        subject: 'coder',
        message: 'front matter is not valid YAML: x',
      },
    ]);
  });

  it('without an agents dir checks no files and says so once', async () => {
    const report = await validateDocuments([teams(TEAM), workflows({ w: { phases: [{ agents: ['ghost'] }] } })], {
      agents: { dir: '../agents', exists: false, definitions: [], problems: [] },
    });
    expect(only(report.diagnostics, 'no-agents-dir')).toEqual([
      {
        severity: 'info',
        code: 'no-agents-dir',
        message:
          'no agents directory at ../agents (relative to the config dir): agent definition files were not checked',
      },
    ]);
    expect(only(report.diagnostics, 'missing-agent-file')).toEqual([]);
    expect(only(report.diagnostics, 'unknown-agent').map((d) => d.message)).toEqual([
      "Agent 'ghost' is not defined in teams.json",
    ]);
  });
});

describe('agent references', () => {
  it('finds agents under approvers, approval, required_roles, primary and secondary, and skips "all"', async () => {
    const report = await validateDocuments(
      [
        teams(TEAM),
        workflows({
          epic: { phases: [{ required_roles: ['all', 'r1'], approvers: ['a1', 'coder'] }] },
          task: {
            types: { bug: {} },
            delegation_rules: { ui: { primary: 'p1', secondary: 's1', review: 'coder', approval: 'ap1' } },
          },
        }),
      ],
      { agents: files(['core-lead', 'l.md'], ['coder', 'c.md'], ['tester', 't.md']) },
    );
    expect(only(report.diagnostics, 'unknown-agent').map((d) => `${d.subject} ${d.pointer}`)).toEqual([
      'r1 /workflows/epic/phases/0/required_roles/1',
      'a1 /workflows/epic/phases/0/approvers/0',
      'p1 /workflows/task/delegation_rules/ui/primary',
      's1 /workflows/task/delegation_rules/ui/secondary',
      'ap1 /workflows/task/delegation_rules/ui/approval',
    ]);
    expect(DEFAULT_SETTINGS.referenceKeys).toEqual(
      expect.arrayContaining([
        'approvers',
        'required_roles',
        'primary',
        'secondary',
        'reviewers',
        'review_requirements',
      ]),
    );
  });

  it('reports each reference at its own line, and suggests a known name close to an unknown one', async () => {
    const report = await validateDocuments(
      [
        teams({ product: { name: 'Product', members: [{ agent: 'product-manager' }] } }),
        workflows({
          plan: { phases: [{ approvers: ['product-manger'] }, { reviewers: ['product-manger', 'stranger'] }] },
        }),
      ],
      { agents: files(['product-manager', 'product-manager.md']) },
    );
    const unknown = only(report.diagnostics, 'unknown-agent');
    expect(unknown.map((d) => [d.subject, d.line, d.message])).toEqual([
      [
        'product-manger',
        8,
        "Agent 'product-manger' is not defined in teams.json or ../agents (did you mean 'product-manager'?)",
      ],
      [
        'product-manger',
        13,
        "Agent 'product-manger' is not defined in teams.json or ../agents (did you mean 'product-manager'?)",
      ],
      ['stranger', 14, "Agent 'stranger' is not defined in teams.json or ../agents"],
    ]);
  });
});

describe('structure', () => {
  it('a team without members is an error, without a name a warning', async () => {
    const report = await validateDocuments([
      teams({ ops: { orchestrator: 'ops-lead' }, web: { name: 'Web', members: [] } }),
    ]);
    expect(report.diagnostics.filter((d) => d.severity !== 'info')).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'team-without-members',
        file: 'teams.json',
        pointer: '/teams/ops',
        line: 4,
        subject: 'ops',
        message: `Team 'ops' has no "members" list`,
      }),
      expect.objectContaining({
        severity: 'warning',
        code: 'team-without-name',
        pointer: '/teams/ops',
        subject: 'ops',
        message: `Team 'ops' has no "name"`,
      }),
    ]);
    expect(report.status).toBe('invalid');
  });

  it('a missing or empty workflows map is an error; a workflow without phases or types a warning', async () => {
    const missing = await validateDocuments([doc('workflows.json', { version: '1.0' })]);
    expect(only(missing.diagnostics, 'no-workflows')).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'workflows.json',
        message: 'workflows.json has no "workflows" map',
      }),
    ]);
    const empty = await validateDocuments([workflows({})]);
    expect(only(empty.diagnostics, 'no-workflows')).toEqual([
      expect.objectContaining({ severity: 'error', pointer: '/workflows', line: 3 }),
    ]);
    const steps = await validateDocuments([
      workflows({ a: { phases: [] }, b: { types: {} }, c: { description: 'nothing' } }),
    ]);
    expect(steps.diagnostics.filter((d) => d.severity !== 'info')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'workflow-without-phases',
        pointer: '/workflows/c',
        subject: 'c',
        message: `Workflow 'c' has neither "phases" nor "types": it defines no steps`,
      }),
    ]);
  });

  it('full_auto switched on is a warning wherever it is; listed or switched off it is not', async () => {
    const on = await validateDocuments([
      doc('settings.json', { version: '1', orchestration_mode: { enabled: true, default_mode: 'full_auto' } }),
      workflows({
        w: { phases: [], mode: 'full_auto' },
        v: { phases: [], full_auto: true },
        u: { phases: [], modes: [{ name: 'full_auto', enabled: true }] },
      }),
    ]);
    expect(only(on.diagnostics, 'full-auto').map((d) => `${d.file} ${d.pointer} ${d.severity}`)).toEqual([
      'settings.json /orchestration_mode/default_mode warning',
      'workflows.json /workflows/w/mode warning',
      'workflows.json /workflows/v/full_auto warning',
      'workflows.json /workflows/u/modes/0 warning',
    ]);
    expect(only(on.diagnostics, 'full-auto')[0]?.message).toBe(
      'full_auto mode is switched on: it spawns agents without asking for consent',
    );
    const off = await validateDocuments([
      doc('settings.json', {
        version: '1',
        orchestration_mode: {
          enabled: false,
          default_mode: 'full_auto',
          available_modes: [{ name: 'full_auto', auto_spawn: true }],
        },
        other: { full_auto: false, mode: 'semi_auto', profile: { full_auto: { enabled: false } } },
      }),
    ]);
    expect(only(off.diagnostics, 'full-auto')).toEqual([]);
  });
});

describe('rendering many findings', () => {
  it('shows one line per unknown agent with the lines of its other references, and folds long runs of notes', async () => {
    const report = await validateDocuments(
      [
        teams({ t: { name: 'T', members: [{ agent: 'a' }] } }),
        workflows({ w: { phases: [{ agents: ['ghost'] }, { agents: ['ghost'] }, { agents: ['ghost'] }] } }),
      ],
      {
        agents: files(
          ['a', 'a.md'],
          ...Array.from({ length: 8 }, (_, i): [string, string] => [`spare-${i}`, `spare-${i}.md`]),
        ),
      },
    );
    expect(report.summary.warnings).toBe(3);
    const text = renderValidation(report, 'Config: x', plainContext());
    expect(text).toContain(
      "⚠️  Warnings (3):\n  workflows.json:8:13  Agent 'ghost' is not defined in teams.json or ../agents (+2 more: lines 13, 18)\n\n",
    );
    expect(text).toContain(
      "  ../agents/spare-0.md  Agent 'spare-0' has a definition file but no team or workflow uses it (and 7 more like it: spare-1, spare-2, spare-3, spare-4, spare-5, spare-6, spare-7)\n",
    );
  });

  it('never groups findings without a subject, and keeps a few notes one a line', () => {
    const d = (line: number, subject?: string): Diagnostic => ({
      severity: 'info',
      code: 'c',
      file: 'f',
      line,
      message: 'm',
      ...(subject ? { subject } : {}),
    });
    expect(groupDiagnostics([d(1), d(2)]).map(groupNote)).toEqual(['', '']);
    expect(groupDiagnostics([d(1, 'x'), d(2, 'y'), d(3, 'z')]).length).toBe(3);
  });
});
