import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdits, planFix } from '../src/core/judge/fix.js';
import { judgeChange, labelFindings } from '../src/core/judge/judge.js';
import { judgementJson } from '../src/core/judge/json.js';
import type { ConfigAt } from '../src/core/judge/point.js';
import type { Diagnostic } from '../src/core/validate/types.js';
import { verdictHeadline } from '../src/render/verdict.js';

const FIXTURE = path.resolve(path.dirname(new URL(import.meta.url).pathname), 'fixtures/judge-rename');

function side(label: string, files: Record<string, string>): ConfigAt {
  return {
    label,
    exists: true,
    documents: Object.entries(files).map(([p, text]) => ({ path: p, bytes: Buffer.from(text, 'utf8') })),
  };
}

function fixtureSide(name: 'before' | 'after'): ConfigAt {
  return side(name, {
    'teams.json': readFileSync(path.join(FIXTURE, name, 'teams.json'), 'utf8'),
    'workflows.json': readFileSync(path.join(FIXTURE, name, 'workflows.json'), 'utf8'),
  });
}

const TEAMS = JSON.stringify(
  { teams: { core: { name: 'Core', members: [{ agent: 'lead' }, { agent: 'dev' }] } } },
  null,
  2,
);

describe('judgeChange', () => {
  it('moved lines and reordered arrays make no finding new', async () => {
    const before = side('before', {
      'teams.json': TEAMS,
      'workflows.json':
        '{\n  "workflows": {\n    "a": { "phases": [], "reviewers": ["ghost", "lead", "phantom"] }\n  }\n}\n',
    });
    const after = side('after', {
      'teams.json': TEAMS,
      'workflows.json':
        '{\n\n\n  "workflows": {\n    "z": { "phases": [], "agent": "dev" },\n    "a": {\n      "reviewers": [\n        "lead",\n        "phantom",\n        "ghost"\n      ],\n      "phases": []\n    }\n  }\n}\n',
    });
    const j = await judgeChange(before, after);
    expect(j.new).toEqual([]);
    expect(j.fixed).toEqual([]);
    expect(j.existing.map((d) => [d.subject, d.line])).toEqual([
      ['phantom', 9],
      ['ghost', 10],
    ]);
    expect(j.verdict).toBe('pass');
    expect(verdictHeadline(j).text).toBe('No new problems (2 were already there)');
  });

  it('a new reference to an agent defined nowhere is a new error; the old dangling one stays existing', async () => {
    const before = side('before', {
      'teams.json': TEAMS,
      'workflows.json': '{"workflows":{"a":{"phases":[],"reviewers":["ghost"]}}}',
    });
    const after = side('after', {
      'teams.json': TEAMS,
      'workflows.json': '{"workflows":{"a":{"phases":[],"reviewers":["ghost","nobody"]}}}',
    });
    const j = await judgeChange(before, after);
    expect(j.verdict).toBe('fail');
    expect(j.new).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'unknown-agent',
        subject: 'nobody',
        pointer: '/workflows/a/reviewers/1',
        line: 1,
        column: 53,
      }),
    ]);
    expect(j.existing).toEqual([expect.objectContaining({ severity: 'warning', subject: 'ghost' })]);
    expect(verdictHeadline(j).text).toBe('This change breaks 1 agent reference');
  });

  it('a second reference to an already dangling agent is new, the first one is not', async () => {
    const before = side('before', {
      'teams.json': TEAMS,
      'workflows.json': '{"workflows":{"a":{"phases":[],"reviewers":["ghost"]}}}',
    });
    const after = side('after', {
      'teams.json': TEAMS,
      'workflows.json': '{"workflows":{"a":{"phases":[],"reviewers":["ghost"]},"b":{"phases":[],"agent":"ghost"}}}',
    });
    const j = await judgeChange(before, after);
    expect(j.new.map((d) => d.pointer)).toEqual(['/workflows/b/agent']);
    expect(j.existing.map((d) => d.pointer)).toEqual(['/workflows/a/reviewers/0']);
  });

  it('what the change repairs is fixed, and the verdict says so', async () => {
    const before = side('before', {
      'teams.json': TEAMS,
      'workflows.json': '{"workflows":{"a":{"phases":[],"reviewers":["ghost","phantom"]}}}',
    });
    const after = side('after', {
      'teams.json': TEAMS,
      'workflows.json': '{"workflows":{"a":{"phases":[],"reviewers":["lead","phantom"]}}}',
    });
    const j = await judgeChange(before, after);
    expect(j.fixed.map((d) => d.subject)).toEqual(['ghost']);
    expect(j.existing.map((d) => d.subject)).toEqual(['phantom']);
    expect(verdictHeadline(j)).toEqual({ icon: '✅', text: 'No new problems; it fixes 1 (1 was already there)' });
  });

  it('deleting every config file is a new error', async () => {
    const before = side('HEAD', { 'teams.json': TEAMS, 'workflows.json': '{"workflows":{}}' });
    const j = await judgeChange(before, { label: 'current', documents: [], exists: false });
    expect(j.verdict).toBe('fail');
    expect(j.new).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'config-removed',
        message: expect.stringContaining(
          'all 2 config files that HEAD had are gone (the config directory is missing): teams.json, workflows.json',
        ),
      }),
    ]);
  });

  it('a config that did not exist before breaks nothing: its dangling references stay warnings', async () => {
    const j = await judgeChange(
      { label: 'HEAD', documents: [], exists: false },
      side('staged', { 'teams.json': TEAMS, 'workflows.json': '{"workflows":{"a":{"phases":[],"agent":"ghost"}}}' }),
    );
    expect(j.new).toEqual([expect.objectContaining({ severity: 'warning', subject: 'ghost' })]);
    expect(j.verdict).toBe('pass');
    expect(
      (
        await judgeChange(
          { label: 'HEAD', documents: [], exists: false },
          side('staged', {
            'teams.json': TEAMS,
            'workflows.json': '{"workflows":{"a":{"phases":[],"agent":"ghost"}}}',
          }),
          { strict: true },
        )
      ).verdict,
    ).toBe('fail');
  });

  it('follows renames to every leftover string, whatever its key, and reports each as a new error once', async () => {
    const j = await judgeChange(fixtureSide('before'), fixtureSide('after'));
    expect(j.verdict).toBe('fail');
    expect(
      j.renames.map((r) => [
        r.kind,
        r.from,
        r.to,
        r.file,
        r.remaining.map((x) => `${x.file}:${x.line}:${x.column} ${x.pointer}`),
      ]),
    ).toEqual([
      ['Agent', 'lead', 'team-lead', 'teams.json', ['workflows.json:10:43 /workflows/feature/phases/1/reviewers/0']],
      [
        'Agent',
        'dev',
        'developer',
        'teams.json',
        [
          'workflows.json:9:39 /workflows/feature/phases/0/agents/0',
          'workflows.json:12:34 /workflows/feature/delegation/primary',
        ],
      ],
    ]);
    // The text inside "notes" is no reference.
    expect(j.new.map((d) => [d.code, d.subject, d.line])).toEqual([
      ['unknown-agent', 'dev', 9],
      ['unknown-agent', 'lead', 10],
      ['unknown-agent', 'dev', 12],
    ]);
    expect(
      j.new.every(
        (d) =>
          d.severity === 'error' &&
          /^Agent '(dev|lead)' was renamed to '(developer|team-lead)' in teams\.json/.test(d.message),
      ),
    ).toBe(true);
    expect(j.existing.map((d) => d.subject)).toEqual(['ghost']);
    expect(verdictHeadline(j).text).toBe('This change breaks 2 agent references (3 places)');
  });

  it('a leftover under a key no reference rule knows is still a broken reference', async () => {
    const before = side('b', {
      'teams.json': TEAMS,
      'workflows.json': '{"workflows":{"a":{"phases":[],"owner":"lead"}}}',
    });
    const after = side('a', {
      'teams.json': TEAMS.replace('"lead"', '"team-lead"'),
      'workflows.json': '{"workflows":{"a":{"phases":[],"owner":"lead"}}}',
    });
    const j = await judgeChange(before, after);
    expect(j.new).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'renamed-reference',
        subject: 'lead',
        pointer: '/workflows/a/owner',
        line: 1,
        column: 40,
      }),
    ]);
    expect(j.verdict).toBe('fail');
  });

  it('has exactly the --json fields', async () => {
    const json = judgementJson(await judgeChange(fixtureSide('before'), fixtureSide('after')));
    expect(Object.keys(json)).toEqual(['since', 'verdict', 'new', 'fixed', 'existing', 'renames', 'agentsFrom']);
    expect(json.agentsFrom).toEqual({ before: null, after: null });
    expect(Object.keys(json.new[0] as object)).toEqual([
      'severity',
      'code',
      'message',
      'file',
      'line',
      'column',
      'pointer',
    ]);
    expect(Object.keys(json.renames[0] as object)).toEqual(['kind', 'from', 'to', 'file', 'remaining']);
    expect(Object.keys(json.renames[0]?.remaining[0] as object)).toEqual(['file', 'line', 'column', 'pointer']);
  });

  it('a renamed id still defined elsewhere leaves no leftovers', async () => {
    const before = side('b', {
      'teams.json': JSON.stringify({
        teams: {
          a: { name: 'A', members: [{ agent: 'x', r: 1 }] },
          b: { name: 'B', members: [{ agent: 'x2', r: 2 }] },
        },
      }),
    });
    const after = side('a', {
      'teams.json': JSON.stringify({
        teams: { a: { name: 'A', members: [{ agent: 'y', r: 1 }] }, b: { name: 'B', members: [{ agent: 'x', r: 2 }] } },
      }),
    });
    const j = await judgeChange(before, after);
    expect(j.renames.find((r) => r.from === 'x')?.remaining ?? []).toEqual([]);
  });
});

describe('labelFindings', () => {
  const d = (code: string, extra: Partial<Diagnostic> = {}): Diagnostic => ({
    severity: 'warning',
    code,
    message: code,
    file: 'w.json',
    ...extra,
  });
  it('matches by rule, file, subject and pointer without indices, never by line', () => {
    const before = [
      d('unknown-agent', { subject: 'a', pointer: '/x/0', line: 3 }),
      d('json-syntax', { line: 1 }),
      d('schema', { pointer: '/p' }),
    ];
    const after = [
      d('unknown-agent', { subject: 'a', pointer: '/x/4', line: 30 }),
      d('json-syntax', { line: 9 }),
      d('schema', { pointer: '/q' }),
    ];
    const labelled = labelFindings(before, after);
    expect(labelled.existing.map((x) => x.code)).toEqual(['unknown-agent', 'json-syntax']);
    expect(labelled.new.map((x) => x.pointer)).toEqual(['/q']);
    expect(labelled.fixed.map((x) => x.pointer)).toEqual(['/p']);
  });
});

describe('--fix edits', () => {
  async function fixed(beforeWorkflows: string, afterWorkflows: string): Promise<string> {
    const before = side('before', { 'teams.json': TEAMS, 'workflows.json': beforeWorkflows });
    const renamedTeams = TEAMS.replace('"lead"', '"team-lead"');
    const after = side('after', { 'teams.json': renamedTeams, 'workflows.json': afterWorkflows });
    const j = await judgeChange(before, after);
    const plan = planFix(j, after);
    const file = plan.files.find((f) => f.file === 'workflows.json');
    expect(file?.patch).toEqual(
      file?.edits.flatMap((e) => [
        { op: 'test', path: e.pointer, value: 'lead' },
        { op: 'replace', path: e.pointer, value: 'team-lead' },
      ]),
    );
    return applyEdits(afterWorkflows, file?.edits ?? [], 'workflows.json');
  }

  it('tabs: only the tokens change', async () => {
    const text = '{\n\t"workflows": {\n\t\t"a": {\t"reviewers": [\t"lead" ,\t"dev"\t],\n\t\t\t"review":"lead"}\n\t}\n}';
    expect(await fixed('{"workflows":{}}', text)).toBe(text.replaceAll('"lead"', '"team-lead"'));
  });

  it('CRLF line ends stay CRLF', async () => {
    const text =
      '{\r\n  "workflows": {\r\n    "a": { "reviewers": ["lead"] },\r\n    "b": { "agent": "lead" }\r\n  }\r\n}\r\n';
    const out = await fixed('{"workflows":{}}', text);
    expect(out).toBe(text.replaceAll('"lead"', '"team-lead"'));
    expect(out.match(/\r\n/g)).toHaveLength(6);
  });

  it('one-line JSON stays one line, escaped tokens are rewritten too, keys and text are not', async () => {
    const text = '{"workflows":{"lead":{"agent":"lead","note":"lead","reviewers":["dev","\\u006cead"]}}}';
    const out = await fixed('{"workflows":{}}', text);
    expect(out).toBe('{"workflows":{"lead":{"agent":"team-lead","note":"team-lead","reviewers":["dev","team-lead"]}}}');
  });

  it('refuses a token that no longer holds the old id', () => {
    expect(() =>
      applyEdits(
        '{"a":"x"}',
        [{ pointer: '/a', line: 1, column: 6, offset: 5, length: 3, from: 'lead', to: 'team-lead' }],
        'f.json',
      ),
    ).toThrow(/changed while it was being fixed/);
  });

  it('the plan shows each touched line as it is and as it will be', async () => {
    const j = await judgeChange(fixtureSide('before'), fixtureSide('after'));
    const plan = planFix(j, fixtureSide('after'));
    expect(plan.references).toBe(3);
    expect(plan.files[0]?.lines.map((l) => [l.line, l.after.trim()])).toEqual([
      [9, '{ "name": "build", "agents": ["developer", "qa"] },'],
      [10, '{ "name": "review", "reviewers": ["team-lead", "ghost"] }'],
      [12, '"delegation": { "primary": "developer", "secondary": "qa" },'],
    ]);
  });
});
