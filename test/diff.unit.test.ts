import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applyJsonPatch,
  DEFAULT_IDENTITY_FIELDS,
  DEFAULT_SECRET_KEYS,
  diffSnapshots,
  isSecretKey,
  migrationPath,
  redact,
  semanticChanges,
  summarizeChanges,
  type Change,
  type DiffResult,
  type FileDiff,
} from '../src/core/diff/index.js';
import type { ConfigDocument } from '../src/core/validate/types.js';
import { renderDiff } from '../src/render/diff.js';
import { plainContext } from '../src/render/format.js';
import { FIXTURES } from './helpers/sandbox.js';

function loadSnapshot(dir: string): ConfigDocument[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ path: name, bytes: new Uint8Array(readFileSync(path.join(dir, name))) }));
}

function doc(file: string, value: unknown): ConfigDocument {
  return { path: file, bytes: new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`) };
}

function fileOf(result: DiffResult, file: string): FileDiff {
  const found = result.files.find((f) => f.path === file);
  if (!found) throw new Error(`no ${file} in the result`);
  return found;
}

function changesOf(from: unknown, to: unknown, rootKey: string | null = null): Change[] {
  return semanticChanges(from, to, {
    identityFields: DEFAULT_IDENTITY_FIELDS,
    secretKeys: DEFAULT_SECRET_KEYS,
    rootKey,
  });
}

const plain = plainContext(new Date('2024-01-20T10:45:00Z'));

/** v1 → v2 of the team fixture: agent renames in teams.json. */
const AGENT_RENAMES: [string, string, string][] = [
  ['/teams/build/members/0', 'lead-dev', 'build-lead'],
  ['/teams/build/members/1', 'web-dev', 'build-web'],
  ['/teams/build/members/2', 'ui-dev', 'build-ui'],
  ['/teams/build/members/3', 'tester', 'build-test'],
  ['/teams/product/members/1', 'analyst', 'product-analyst'],
  ['/teams/ops/members/0', 'pipeline-dev', 'ops-pipeline'],
  ['/teams/ops/members/1', 'release-dev', 'ops-release'],
];
const REVIEW_RULES: [string, string[], string[]][] = [
  ['code', ['lead-dev'], ['build-lead']],
  ['design', ['ui-dev', 'lead-dev'], ['build-ui', 'build-lead']],
  ['tests', ['tester'], ['build-test']],
];
const REVIEW_TYPES = ['code_review', 'security_review'];

describe('diffSnapshots on the team fixture', () => {
  const v1 = loadSnapshot(path.join(FIXTURES, 'v1'));
  const v2 = loadSnapshot(path.join(FIXTURES, 'v2'));

  it('v1 → v2: seven agent renames, the review rules naming them, two review entries, team-state.json added, settings.json unchanged', () => {
    const result = diffSnapshots(v1, v2, { fromLabel: 'v1', toLabel: 'v2' });
    expect(result.from).toBe('v1');
    expect(result.to).toBe('v2');
    expect(result.files.map((f) => [f.path, f.status])).toEqual([
      ['settings.json', 'unchanged'],
      ['team-state.json', 'added'],
      ['teams.json', 'modified'],
      ['workflows.json', 'modified'],
    ]);
    expect(fileOf(result, 'settings.json')).toMatchObject({ changes: [], patch: [] });
    expect(fileOf(result, 'team-state.json')).toMatchObject({ changes: [], patch: null });

    const teams = fileOf(result, 'teams.json').changes;
    const renames = teams.filter((c) => c.change === 'renamed');
    expect(renames).toEqual(
      AGENT_RENAMES.map(([pointer, from, to]) => ({ kind: 'Agent', id: to, change: 'renamed', pointer, from, to })),
    );
    expect(teams.filter((c) => c.change !== 'renamed')).toEqual([
      { kind: 'Team', id: 'build', change: 'modified', pointer: '/teams/build' },
      ...REVIEW_RULES.map(([rule, from, to]) => ({
        kind: 'Team',
        id: 'build',
        change: 'value',
        pointer: `/teams/build/workflows/review_requirements/${rule}`,
        from,
        to,
      })),
    ]);

    expect(fileOf(result, 'workflows.json').changes).toEqual(
      REVIEW_TYPES.flatMap((type) => [
        { kind: 'Type', id: type, change: 'modified', pointer: `/workflows/review/types/${type}` },
        {
          kind: 'Type',
          id: type,
          change: 'value',
          pointer: `/workflows/review/types/${type}/reviewers`,
          from: ['lead-dev'],
          to: ['build-lead'],
        },
      ]),
    );
    expect(result.versions).toEqual({ from: '1.0', to: '1.0', majorChange: false });
    expect(summarizeChanges(result.files)).toBe('+1 file, 1 team modified, 2 types modified, 7 agents renamed');
  });

  it('v1 → v2 renders the renames, the reference changes and the file statuses', () => {
    const text = renderDiff(diffSnapshots(v1, v2, { fromLabel: 'v1', toLabel: 'v2' }), plain, { mode: 'diff' });
    for (const [, from, to] of AGENT_RENAMES) expect(text).toContain(`→ Agent '${from}' renamed to '${to}'`);
    expect(text).toContain(
      '/teams/build/workflows/review_requirements/design: ["ui-dev","lead-dev"] → ["build-ui","build-lead"]',
    );
    expect(text).toContain("~ Type 'code_review' modified");
    expect(text).toContain('/workflows/review/types/security_review/reviewers: ["lead-dev"] → ["build-lead"]');
    expect(text).toMatch(/Added Files:\n {2}➕ team-state\.json/);
    expect(text).toMatch(/Unchanged Files:\n {2}✅ settings\.json/);
    expect(text).toContain('🏷️  Version: 1.0 → 1.0 (unchanged)');
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      'Summary: 4 files (1 added, 2 modified, 1 unchanged); +1 file, 1 team modified, 2 types modified, 7 agents renamed',
    );
  });

  it('v2 → v1 is the mirror image', () => {
    const result = diffSnapshots(v2, v1);
    expect(result.files.map((f) => [f.path, f.status])).toEqual([
      ['settings.json', 'unchanged'],
      ['team-state.json', 'removed'],
      ['teams.json', 'modified'],
      ['workflows.json', 'modified'],
    ]);
    const teams = fileOf(result, 'teams.json').changes;
    expect(teams.filter((c) => c.change === 'renamed')).toEqual(
      AGENT_RENAMES.map(([pointer, from, to]) => ({
        kind: 'Agent',
        id: from,
        change: 'renamed',
        pointer,
        from: to,
        to: from,
      })),
    );
    expect(teams.filter((c) => c.change === 'value').map((c) => [c.pointer, c.from, c.to])).toEqual(
      REVIEW_RULES.map(([rule, from, to]) => [`/teams/build/workflows/review_requirements/${rule}`, to, from]),
    );
    expect(
      fileOf(result, 'workflows.json')
        .changes.filter((c) => c.change === 'value')
        .map((c) => [c.pointer, c.from, c.to]),
    ).toEqual(REVIEW_TYPES.map((type) => [`/workflows/review/types/${type}/reviewers`, ['build-lead'], ['lead-dev']]));
    expect(fileOf(result, 'team-state.json').version).toEqual({ from: '1.0', to: null, majorChange: false });
  });

  it('identical snapshots have no changes', () => {
    const result = diffSnapshots(v2, loadSnapshot(path.join(FIXTURES, 'v2')));
    expect(result.files.every((f) => f.status === 'unchanged' && f.changes.length === 0 && f.patch?.length === 0)).toBe(
      true,
    );
    expect(summarizeChanges(result.files)).toBe('no changes');
    expect(renderDiff(result, plain, { mode: 'diff' })).toContain('✅ No differences (4 files compared)');
    expect(renderDiff(result, plain, { mode: 'restore' })).toBe(
      'No changes to apply: the configuration already matches.\n',
    );
  });

  it('restore wording on the fixture (current v2, backup v1)', () => {
    const text = renderDiff(diffSnapshots(v2, v1, { fromLabel: 'current', toLabel: 'backup-v1' }), plain, {
      mode: 'restore',
    });
    expect(text).toBe(
      [
        'Changes to be applied:',
        '  team-state.json:',
        '    - File will be removed',
        '',
        '  teams.json:',
        '    - 7 agents will be renamed:',
        '        build-lead → lead-dev',
        '        build-web → web-dev',
        '        build-ui → ui-dev',
        '        build-test → tester',
        '        product-analyst → analyst',
        '        ops-pipeline → pipeline-dev',
        '        ops-release → release-dev',
        "    - Team 'build' will be modified",
        '',
        '  workflows.json:',
        '    - 2 types will be modified',
        '',
      ].join('\n'),
    );
  });

  it('the JSON shape is the --json contract', () => {
    const json = JSON.parse(JSON.stringify(diffSnapshots(v1, v2, { fromLabel: 'v1', toLabel: 'v2' }))) as Record<
      string,
      unknown
    >;
    expect(Object.keys(json).sort()).toEqual(['files', 'from', 'migrationPath', 'to', 'versions']);
    const files = json.files as Record<string, unknown>[];
    for (const file of files)
      expect(Object.keys(file)).toEqual(expect.arrayContaining(['path', 'status', 'changes', 'patch', 'version']));
    const change = (files.find((f) => f.path === 'teams.json')?.changes as Record<string, unknown>[])[0];
    expect(Object.keys(change ?? {}).sort()).toEqual(['change', 'from', 'id', 'kind', 'pointer', 'to']);
    expect(json.migrationPath).toEqual([
      {
        from: 'v1',
        to: 'v2',
        version: { from: '1.0', to: '1.0' },
        summary: '1.0 → 1.0: +1 file, 1 team modified, 2 types modified, 7 agents renamed',
      },
    ]);
  });
});

describe('entities in keyed maps', () => {
  const base = {
    teams: {
      engineering: { lead: 'a', size: 3 },
      product: { lead: 'b', size: 2 },
      support: { lead: 'c', size: 1 },
    },
  };

  it('reports teams added, removed, modified and renamed', () => {
    const next = {
      teams: {
        engineering: { lead: 'a', size: 4 },
        platform: { lead: 'b', size: 2 },
        'new-team': { lead: 'd', size: 1 },
      },
    };
    expect(changesOf(base, next)).toEqual([
      { kind: 'Team', id: 'engineering', change: 'modified', pointer: '/teams/engineering' },
      { kind: 'Team', id: 'engineering', change: 'value', pointer: '/teams/engineering/size', from: 3, to: 4 },
      { kind: 'Team', id: 'support', change: 'removed', pointer: '/teams/support' },
      { kind: 'Team', id: 'platform', change: 'renamed', pointer: '/teams/platform', from: 'product', to: 'platform' },
      { kind: 'Team', id: 'new-team', change: 'added', pointer: '/teams/new-team' },
    ]);
  });

  it('a renamed entity that repeats its key in an identity field is still a rename', () => {
    const from = { workflows: { sprint: { id: 'sprint', days: 10 }, epic: { id: 'epic', days: 30 } } };
    const to = { workflows: { iteration: { id: 'iteration', days: 10 }, epic: { id: 'epic', days: 30 } } };
    expect(changesOf(from, to)).toEqual([
      {
        kind: 'Workflow',
        id: 'iteration',
        change: 'renamed',
        pointer: '/workflows/iteration',
        from: 'sprint',
        to: 'iteration',
      },
    ]);
  });

  it('derives kind words from the container key', () => {
    const from = { delegation_rules: { ui: { to: 'x' } }, ceremonies: { standup: { at: 9 } } };
    const to = { delegation_rules: { ui: { to: 'y' } }, ceremonies: {} };
    const changes = changesOf(from, to);
    expect(changes.map((c) => `${c.kind}:${c.id}:${c.change}`)).toEqual([
      'Delegation rule:ui:modified',
      'Delegation rule:ui:value',
      'Ceremony:standup:removed',
    ]);
    expect(
      summarizeChanges({
        path: 'x.json',
        status: 'modified',
        changes,
        patch: [],
        version: { from: null, to: null, majorChange: false },
      }),
    ).toBe('-1 ceremony, 1 delegation rule modified');
  });

  it('the root object is sections, not a collection; a root array takes its kind from the file name', () => {
    const sections = diffSnapshots(
      [doc('teams.json', { teams: { a: { m: 1 } } })],
      [doc('teams.json', { teams: { a: { m: 2 } } })],
    );
    expect(fileOf(sections, 'teams.json').changes.map((c) => `${c.kind}:${c.id}:${c.change}`)).toEqual([
      'Team:a:modified',
      'Team:a:value',
    ]);
    const list = diffSnapshots(
      [doc('agents.json', [{ id: 'a', m: 1 }])],
      [
        doc('agents.json', [
          { id: 'a', m: 1 },
          { id: 'b', m: 2 },
        ]),
      ],
    );
    expect(fileOf(list, 'agents.json').changes).toEqual([{ kind: 'Agent', id: 'b', change: 'added', pointer: '/1' }]);
  });

  it('a map whose values are not all objects is plain fields', () => {
    expect(changesOf({ settings: { max: 5, mode: 'auto' } }, { settings: { max: 6, mode: 'auto' } })).toEqual([
      { kind: null, id: null, change: 'value', pointer: '/settings/max', from: 5, to: 6 },
    ]);
  });
});

describe('entities in arrays with an identity field', () => {
  const team = (members: unknown[]) => ({ teams: { engineering: { lead: 'x', members } } });
  const lead = { agent: 'tech-lead', capacity: 1, skills: ['review'] };
  const dev = { agent: 'dev', capacity: 3, skills: ['code'] };
  const old = { agent: 'old-agent', capacity: 1, skills: [] };

  it('reports agents added, removed, modified and renamed, nested inside teams, and not the team', () => {
    const changes = changesOf(
      team([lead, dev, old]),
      team([
        { ...lead, agent: 'engineering-lead' },
        { ...dev, capacity: 4 },
        { agent: 'new-agent', capacity: 1, skills: ['x'] },
      ]),
    );
    expect(changes).toEqual([
      {
        kind: 'Agent',
        id: 'engineering-lead',
        change: 'renamed',
        pointer: '/teams/engineering/members/0',
        from: 'tech-lead',
        to: 'engineering-lead',
      },
      { kind: 'Agent', id: 'dev', change: 'modified', pointer: '/teams/engineering/members/1' },
      { kind: 'Agent', id: 'dev', change: 'value', pointer: '/teams/engineering/members/1/capacity', from: 3, to: 4 },
      { kind: 'Agent', id: 'new-agent', change: 'added', pointer: '/teams/engineering/members/2' },
      { kind: 'Agent', id: 'old-agent', change: 'removed', pointer: '/teams/engineering/members/2' },
    ]);
  });

  it('a pure reorder of identified items is one reordered change', () => {
    const changes = changesOf(team([lead, dev, old]), team([old, lead, dev]));
    expect(changes).toEqual([
      {
        kind: 'Agent',
        id: null,
        change: 'reordered',
        pointer: '/teams/engineering/members',
        from: ['tech-lead', 'dev', 'old-agent'],
        to: ['old-agent', 'tech-lead', 'dev'],
      },
    ]);
    expect(
      summarizeChanges({
        path: 'teams.json',
        status: 'modified',
        changes,
        patch: [],
        version: { from: null, to: null, majorChange: false },
      }),
    ).toBe('agents reordered');
  });

  it('insertions and removals alone are not reorders', () => {
    const changes = changesOf(team([lead, dev, old]), team([{ agent: 'first', capacity: 1, skills: [] }, lead, old]));
    expect(changes.map((c) => c.change).sort()).toEqual(['added', 'removed']);
  });

  it('a pure reorder of a plain array is one reordered change of its entity', () => {
    const changes = changesOf(team([lead]), team([{ ...lead, skills: ['review'] }]));
    expect(changes).toEqual([]);
    const reordered = changesOf(
      team([{ ...lead, skills: ['a', 'b', 'c'] }]),
      team([{ ...lead, skills: ['c', 'a', 'b'] }]),
    );
    expect(reordered).toEqual([
      { kind: 'Agent', id: 'tech-lead', change: 'modified', pointer: '/teams/engineering/members/0' },
      {
        kind: 'Agent',
        id: 'tech-lead',
        change: 'reordered',
        pointer: '/teams/engineering/members/0/skills',
        from: ['a', 'b', 'c'],
        to: ['c', 'a', 'b'],
      },
    ]);
  });

  it('arrays of objects without identity are compared by position when the length is kept', () => {
    expect(changesOf({ phases: [{ step: 1 }, { step: 2 }] }, { phases: [{ step: 1 }, { step: 3 }] })).toEqual([
      { kind: null, id: null, change: 'value', pointer: '/phases/1/step', from: 2, to: 3 },
    ]);
  });

  it('takes the kind from a telling identity field, else from the array key', () => {
    const changes = changesOf(
      { phases: [{ name: 'plan', days: 1 }], available_commands: [{ command: '/a', x: 1 }] },
      { phases: [{ name: 'plan', days: 2 }], available_commands: [] },
    );
    expect(changes.map((c) => `${c.kind}:${c.id}:${c.change}`)).toEqual([
      'Phase:plan:modified',
      'Phase:plan:value',
      'Command:/a:removed',
    ]);
  });
});

describe('plain fields', () => {
  it('lists a change by pointer, escaping / and ~ in keys', () => {
    expect(changesOf({ 'a/b': { '~x': 1, keep: true } }, { 'a/b': { '~x': 2, keep: true, added: null } })).toEqual([
      { kind: null, id: null, change: 'value', pointer: '/a~1b/~0x', from: 1, to: 2 },
      { kind: null, id: null, change: 'value', pointer: '/a~1b/added', to: null },
    ]);
    const removed = changesOf({ gone: 'x', kept: 1 }, { kept: 1 });
    expect(removed).toEqual([{ kind: null, id: null, change: 'value', pointer: '/gone', from: 'x' }]);
    expect('to' in (removed[0] as Change)).toBe(false);
  });

  it('renders value lines with old → new, absent sides and long values truncated', () => {
    const long = 'x'.repeat(200);
    const result = diffSnapshots(
      [doc('settings.json', { mode: 'auto', note: 'short', gone: 1 })],
      [doc('settings.json', { mode: 'manual', note: long, extra: true })],
    );
    const text = renderDiff(result, plain, { mode: 'diff' });
    expect(text).toContain('/mode: "auto" → "manual"');
    expect(text).toContain('/gone: 1 → (absent)');
    expect(text).toContain('/extra: (absent) → true');
    expect(text).toContain(`/note: "short" → "${'x'.repeat(58)}…`);
    expect(text).not.toContain(long);
  });
});

describe('versions', () => {
  const snapshot = (version: string, teams: string[]) => [
    doc('settings.json', { version, mode: 'auto' }),
    doc('teams.json', { version, teams: Object.fromEntries(teams.map((t) => [t, { lead: t }])) }),
  ];

  it('a minor bump is not flagged', () => {
    const result = diffSnapshots(snapshot('1.1.0', ['a']), snapshot('1.2.0', ['a']));
    expect(result.versions).toEqual({ from: '1.1.0', to: '1.2.0', majorChange: false });
    expect(fileOf(result, 'teams.json').version).toEqual({ from: '1.1.0', to: '1.2.0', majorChange: false });
    expect(renderDiff(result, plain, { mode: 'diff' })).toContain('🏷️  Version: 1.1.0 → 1.2.0\n');
  });

  it('a major bump is flagged', () => {
    const result = diffSnapshots(snapshot('1.2.0', ['a']), snapshot('2.0.0', ['a']));
    expect(result.versions).toEqual({ from: '1.2.0', to: '2.0.0', majorChange: true });
    expect(fileOf(result, 'settings.json').version.majorChange).toBe(true);
    const text = renderDiff(result, plain, { mode: 'diff' });
    expect(text).toContain('🏷️  Version: 1.2.0 → 2.0.0 ⚠️  major version change');
    expect(text).toContain('settings.json: version changed (version 1.2.0 → 2.0.0, major version change)');
    expect(renderDiff(result, plain, { mode: 'restore' })).toContain(
      '🏷️  Version: 1.2.0 → 2.0.0 (major version change)',
    );
  });

  it('without settings.json the most common file version is the configuration version', () => {
    const result = diffSnapshots(
      [doc('a.json', { version: '1.0' }), doc('b.json', { version: '1.0' }), doc('c.json', { version: '3.0' })],
      [doc('a.json', { version: '2.0' }), doc('b.json', { version: '2.0' }), doc('c.json', { version: '3.0' })],
    );
    expect(result.versions).toEqual({ from: '1.0', to: '2.0', majorChange: true });
  });
});

describe('secrets', () => {
  const SECRET = 'sk-live-4f9a8b7c6d5e';
  const OTHER = 'hunter2-password-value';
  const before = {
    api_key: SECRET,
    integrations: { github: { token: 'ghp_old', url: 'https://a' } },
    credentials: { [SECRET]: { user: 'x' } },
    teams: { ops: { lead: 'a', members: [{ agent: 'bot', password: OTHER, capacity: 1 }] } },
  };
  const after = {
    api_key: `${SECRET}-rotated`,
    integrations: { github: { token: SECRET, url: 'https://b' } },
    credentials: { [SECRET]: { user: 'y' }, other: { user: OTHER } },
    teams: {
      ops: { lead: 'a', members: [{ agent: 'bot', password: `${OTHER}!`, capacity: 2 }] },
      vault: { apiKey: SECRET },
    },
  };

  it('matches keys case-insensitively, ignoring separators', () => {
    for (const key of [
      'api_key',
      'API-Key',
      'apiKey',
      'github_token',
      'Password',
      'client_secret',
      'credentials',
      'privateKey',
    ])
      expect(isSecretKey(key), key).toBe(true);
    for (const key of [
      'agent',
      'keys',
      'api',
      'lead',
      'max_tokens_per_session',
      'maxTokens',
      'token_count',
      'secretary',
      'address',
      'status',
    ])
      expect(isSecretKey(key), key).toBe(false);
    // Plurals and the families real configs use: headers, webhooks, database URLs.
    for (const key of [
      'tokens',
      'passwords',
      'api_keys',
      'apiKeys',
      'private_keys',
      'Authorization',
      'bearer',
      'webhook_url',
      'slackWebhookUrl',
      'dsn',
      'SENTRY_DSN',
      'connection_string',
      'credentials',
      'secrets',
    ]) {
      expect(isSecretKey(key), key).toBe(true);
    }
    for (const key of ['githubAPIToken', 'dbpassword', 'SLACK_WEBHOOK_SECRET', 'access-token'])
      expect(isSecretKey(key), key).toBe(true);
    expect(isSecretKey('session', ['SESSION'])).toBe(true);
    expect(redact({ a: 1, nested: [{ Token: 'x', b: 2 }], credential: { deep: 'y' } })).toEqual({
      a: 1,
      nested: [{ Token: '•••', b: 2 }],
      credential: '•••',
    });
  });

  it('never shows a secret value in rendered output, in either mode, while the patch keeps it', () => {
    const result = diffSnapshots([doc('settings.json', before)], [doc('settings.json', after)], {
      fromLabel: 'a',
      toLabel: 'b',
    });
    for (const mode of ['diff', 'restore'] as const) {
      const text = renderDiff(result, plain, { mode });
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain('ghp_old');
      expect(text).not.toContain(OTHER);
    }
    const text = renderDiff(result, plain, { mode: 'diff' });
    expect(text).toContain('/api_key: ••• → •••');
    expect(text).toContain('/integrations/github/url: "https://a" → "https://b"');
    expect(text).toContain("+ Credential '•••' added");
    const json = JSON.stringify(result.files[0]?.changes);
    expect(json).not.toContain('ghp_old');
    expect(json).not.toContain(OTHER);
    const patched = applyJsonPatch(before, result.files[0]?.patch ?? []);
    expect(patched).toEqual(after);
    expect(JSON.stringify(result.files[0]?.patch)).toContain(SECRET);
  });

  it('honours a custom secret list', () => {
    const result = diffSnapshots([doc('s.json', { session: 'abc123' })], [doc('s.json', { session: 'def456' })], {
      secretKeys: ['session'],
    });
    const text = renderDiff(result, plain, { mode: 'diff', secretKeys: ['session'] });
    expect(text).toContain('/session: ••• → •••');
    expect(text).not.toMatch(/abc123|def456/);
  });
});

describe('restore mode', () => {
  it('reads like the documented restore report', () => {
    const current = [
      doc('teams.json', {
        teams: {
          core: { lead: 'a', members: [{ agent: 'a', capacity: 1 }] },
          'new-team': { lead: 'n', members: [] },
        },
      }),
      doc('workflows.json', { workflows: { sprint: { days: 10 }, epic: { days: 30 }, review: { days: 1 } } }),
    ];
    const backup = [
      doc('teams.json', {
        teams: {
          core: {
            lead: 'a',
            members: [
              { agent: 'a', capacity: 1 },
              { agent: 'old-agent', capacity: 1 },
            ],
          },
        },
      }),
      doc('workflows.json', { workflows: { sprint: { days: 14 }, epic: { days: 20 }, legacy: { days: 5 } } }),
    ];
    const text = renderDiff(
      diffSnapshots(current, backup, { fromLabel: 'current', toLabel: 'backup-20240119-150230' }),
      plain,
      { mode: 'restore' },
    );
    expect(text).toBe(
      [
        'Changes to be applied:',
        '  teams.json:',
        "    - Team 'new-team' will be removed",
        "    - Agent 'old-agent' will be restored",
        '',
        '  workflows.json:',
        "    - Workflow 'review' will be removed",
        "    - Workflow 'legacy' will be restored",
        '    - 2 workflows will be modified',
        '',
      ].join('\n'),
    );
  });

  it('names renames and files, and counts long lists', () => {
    const members = (prefix: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({ agent: `${prefix}${i}`, capacity: i }));
    const current = [doc('teams.json', { teams: { t: { members: members('new-', 7) } } }), doc('extra.json', {})];
    const backup = [doc('teams.json', { teams: { t: { members: members('old-', 7) } } }), doc('gone.json', {})];
    const text = renderDiff(diffSnapshots(current, backup), plain, { mode: 'restore' });
    expect(text).toContain('  extra.json:\n    - File will be removed');
    expect(text).toContain('  gone.json:\n    - File will be restored');
    expect(text).toContain('    - 7 agents will be renamed');
    const few = renderDiff(
      diffSnapshots(
        [doc('teams.json', { teams: { t: { members: members('new-', 1) } } })],
        [doc('teams.json', { teams: { t: { members: members('old-', 1) } } })],
      ),
      plain,
      { mode: 'restore' },
    );
    expect(few).toContain("    - Agent 'new-0' will be renamed to 'old-0'");
  });
});

describe('files that are not JSON', () => {
  const broken: ConfigDocument = { path: 'teams.json', bytes: new TextEncoder().encode('{"teams": {,}') };

  it('do not throw: the file is unparseable with an explanation and no patch', () => {
    const result = diffSnapshots([doc('teams.json', { teams: {} })], [broken], {
      fromLabel: 'backup-1',
      toLabel: 'current',
    });
    const file = fileOf(result, 'teams.json');
    expect(file.status).toBe('unparseable');
    expect(file.patch).toBeNull();
    expect(file.changes).toEqual([]);
    expect(file.problem).toMatch(
      /^not valid JSON \(in current: .*line 1, column \d+\), so it cannot be compared semantically/,
    );
    expect(renderDiff(result, plain, { mode: 'diff' })).toMatch(
      /Not Comparable:\n {2}⚠️ {2}teams\.json: not valid JSON/,
    );
    expect(renderDiff(result, plain, { mode: 'restore' })).toContain(
      '    - File will be replaced as a whole (not valid JSON',
    );
    expect(summarizeChanges(result.files)).toBe('1 file not comparable');
  });

  it('identical broken bytes are unchanged; reformatting alone is unchanged too', () => {
    expect(fileOf(diffSnapshots([broken], [{ ...broken }]), 'teams.json').status).toBe('unchanged');
    const compact: ConfigDocument = { path: 'a.json', bytes: new TextEncoder().encode('{"a":1,"b":[1,2]}') };
    const file = fileOf(diffSnapshots([compact], [doc('a.json', { b: [1, 2], a: 1 })]), 'a.json');
    expect(file).toMatchObject({ status: 'unchanged', formattingOnly: true, changes: [], patch: [] });
  });
});

describe('summaries and migration path', () => {
  const snapshot = (version: string, teams: string[], workflows: Record<string, number>): ConfigDocument[] => [
    doc('settings.json', { version }),
    doc('teams.json', { version, teams: Object.fromEntries(teams.map((t) => [t, { lead: `${t}-lead` }])) }),
    doc('workflows.json', {
      version,
      workflows: Object.fromEntries(Object.entries(workflows).map(([w, days]) => [w, { days }])),
    }),
  ];

  it('one line per step of a chain of backups', () => {
    const steps = [
      {
        name: 'backup-1',
        createdAt: '2024-01-15T09:30:12Z',
        configVersion: '1.1.0',
        files: snapshot('1.1.0', ['a'], { sprint: 10, epic: 30 }),
      },
      {
        name: 'backup-2',
        createdAt: '2024-01-19T15:02:30Z',
        configVersion: '1.2.0',
        files: snapshot('1.2.0', ['a', 'b'], { sprint: 14, epic: 20 }),
      },
      {
        name: 'backup-3',
        createdAt: '2024-01-20T10:30:45Z',
        configVersion: '2.0.0',
        files: snapshot('2.0.0', ['b'], { sprint: 14, epic: 20 }),
      },
    ];
    expect(migrationPath(steps)).toEqual([
      {
        from: 'backup-1',
        to: 'backup-2',
        version: { from: '1.1.0', to: '1.2.0' },
        summary: '1.1.0 → 1.2.0: +1 team, 2 workflows modified',
      },
      { from: 'backup-2', to: 'backup-3', version: { from: '1.2.0', to: '2.0.0' }, summary: '1.2.0 → 2.0.0: -1 team' },
    ]);
    expect(migrationPath(steps.slice(0, 1))).toEqual([]);
  });
});

describe('applyJsonPatch', () => {
  it('applies RFC 6902 operations without touching its input', () => {
    const document = { a: [1, 2, 3], 'x/y': { '~': 1 } };
    const result = applyJsonPatch(document, [
      { op: 'move', from: '/a/0', path: '/a/-' },
      { op: 'copy', from: '/x~1y', path: '/copy' },
      { op: 'replace', path: '/x~1y/~0', value: 2 },
      { op: 'test', path: '/a', value: [2, 3, 1] },
      { op: 'remove', path: '/a/1' },
      { op: 'add', path: '/a/0', value: 0 },
    ]);
    expect(result).toEqual({ a: [0, 2, 1], 'x/y': { '~': 2 }, copy: { '~': 1 } });
    expect(document).toEqual({ a: [1, 2, 3], 'x/y': { '~': 1 } });
  });

  it('refuses operations that do not apply', () => {
    const document = { a: [1], o: { k: 1 }, n: 1 };
    for (const op of [
      { op: 'remove', path: '/missing' },
      { op: 'replace', path: '/a/1', value: 0 },
      { op: 'add', path: '/a/2', value: 0 },
      { op: 'add', path: '/a/01', value: 0 },
      { op: 'add', path: '/n/x', value: 0 },
      { op: 'move', from: '/o', path: '/o/inner' },
      { op: 'test', path: '/n', value: 2 },
      { op: 'remove', path: '/o/toString' },
    ] as const) {
      expect(() => applyJsonPatch(document, [op]), JSON.stringify(op)).toThrow();
    }
  });
});

describe('rendering untrusted names', () => {
  it('escapes control characters in keys and ids', () => {
    const result = diffSnapshots(
      [doc('t.json', { teams: {}, x: 1 })],
      [doc('t.json', { teams: { '\u001b[31mred': { a: 1 } }, x: 1 })],
    );
    const text = renderDiff(result, plain, { mode: 'diff' });
    expect(text).not.toContain('\u001b');
    expect(text).toContain("+ Team '\\u001b[31mred' added");
  });
});

it('entities whose identity field holds an object with its own toString key do not crash the diff', () => {
  const from = { teams: { a: { id: { toString: { x: 1 } }, n: 1 }, toString: { id: 'toString' } } };
  const to = { teams: { b: { id: { toString: { x: 1 } }, n: 1 }, valueOf: { id: 'valueOf' } } };
  const result = diffSnapshots(
    [{ path: 't.json', bytes: Buffer.from(JSON.stringify(from)) }],
    [{ path: 't.json', bytes: Buffer.from(JSON.stringify(to)) }],
  );
  const changes = result.files[0]?.changes ?? [];
  expect(changes.map((c) => [c.change, c.id])).toEqual(expect.arrayContaining([['renamed', 'b']]));
  expect(applyJsonPatch(structuredClone(from), result.files[0]?.patch ?? [])).toEqual(to);
});
