import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EXAMPLE, runCli, sandbox, type Sandbox, type RunResult } from './helpers/sandbox.js';
import { terminalColors, terminalSafe } from '../src/render/terminal.js';

/*
 * What the CLI prints: secrets in the shapes real configs hold them never appear; hostile
 * schemas give one-line schema errors instead of a crash or a hang; control characters from
 * content, keys and file names reach the terminal as visible escapes.
 */

let box: Sandbox;
afterEach(async () => box?.cleanup());

const secret = (label: string): string => `${label}-${randomBytes(8).toString('hex')}`;
const printed = (...results: RunResult[]): string => results.map((r) => r.stdout + r.stderr).join('\n');

/** An MCP-style settings file holding credentials the way real configs do, under keys and in values. */
function credentials(s: Record<string, string>): unknown {
  return {
    version: '1.0.0',
    tokens: { github: s.pluralToken },
    passwords: [s.pluralPassword],
    apiKeys: { openai: s.apiKeys },
    private_keys: { deploy: s.privateKeys },
    headers: { Authorization: `Bearer ${s.bearer}` },
    webhook_url: `https://hooks.example.com/services/${s.webhook}`,
    sentry: { dsn: `https://${s.dsn}@o1.ingest.example.io/2` },
    database: { connection_string: `Server=db;Password=${s.conn}` },
    mirror: `https://deploy:${s.userinfo}@git.example.com/repo.git`,
    mcpServers: {
      search: {
        command: 'npx',
        args: ['-y', '@example/search-mcp', '--api-key', s.argValue, `--token=${s.argEquals}`],
      },
      db: {
        env: [
          { name: 'DB_PASSWORD', value: s.envPair },
          { name: 'PORT', value: '5432' },
        ],
      },
    },
    api_tokens: { [s.mapKey]: { scope: 'read' } },
  };
}

const LABELS = [
  'pluralToken',
  'pluralPassword',
  'apiKeys',
  'privateKeys',
  'bearer',
  'webhook',
  'dsn',
  'conn',
  'userinfo',
  'argValue',
  'argEquals',
  'envPair',
  'mapKey',
];

describe('secrets in the shapes real configs hold them', () => {
  it('never appear in diff, restore --dry-run, validate, list or history, before or after a change', async () => {
    box = await sandbox(EXAMPLE);
    const before = Object.fromEntries(LABELS.map((l) => [l, secret(l)]));
    const after = Object.fromEntries(LABELS.map((l) => [l, secret(l)]));
    const file = path.join(box.configDir, 'mcp.json');
    await writeFile(file, JSON.stringify(credentials(before), null, 2));
    // A schema that rejects the map keyed by a token, so validation has to talk about it.
    await mkdir(path.join(box.configDir, 'schemas'), { recursive: true });
    await writeFile(
      path.join(box.configDir, 'schemas/mcp.schema.json'),
      JSON.stringify({ properties: { api_tokens: { additionalProperties: false } } }),
    );
    expect((await runCli(['-c', box.configDir, 'create', 'with-old-secrets'])).code).toBe(0);
    await writeFile(file, JSON.stringify(credentials(after), null, 2));

    const outputs = printed(
      await runCli(['-c', box.configDir, 'diff', 'with-old-secrets']),
      await runCli(['-c', box.configDir, '--yes', 'restore', 'with-old-secrets', '--dry-run']),
      await runCli(['-c', box.configDir, 'validate']),
      await runCli(['-c', box.configDir, 'validate', '--backup', 'with-old-secrets']),
      await runCli(['-c', box.configDir, '--json', 'validate']),
      await runCli(['-c', box.configDir, 'list']),
    );
    const history = await readFile(path.join(box.backupDir, 'history.jsonl'), 'utf8');
    for (const value of [...Object.values(before), ...Object.values(after)]) {
      expect(outputs, value).not.toContain(value);
      expect(history).not.toContain(value);
    }
    // The changes are still reported, masked.
    expect(outputs).toContain('•••');
    expect(outputs).toMatch(/\/api_tokens: unexpected property •••/);
  });
});

describe('hostile schemas', () => {
  it('a schema that refers to itself is a one-line schema error in validate, and create still works', async () => {
    box = await sandbox(EXAMPLE);
    await mkdir(path.join(box.configDir, 'schemas'), { recursive: true });
    await writeFile(path.join(box.configDir, 'schemas/teams.schema.json'), '{"$ref":"#"}');
    await writeFile(
      path.join(box.configDir, 'schemas/workflows.schema.json'),
      '{"definitions":{"a":{"$ref":"#/definitions/b"},"b":{"$ref":"#/definitions/a"}},"$ref":"#/definitions/a"}',
    );
    const result = await runCli(['-c', box.configDir, 'validate']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(
      'schemas/teams.schema.json  schema cannot be used: its $ref chain loops back to itself without descending into the data',
    );
    expect(result.stdout).toContain('schemas/workflows.schema.json  schema cannot be used: its $ref chain loops back');
    expect(result.stdout).not.toContain('INTERNAL');
    const created = await runCli(['-c', box.configDir, 'create', 'despite-schema']);
    expect(created.code, created.stderr).toBe(0);
    expect((await runCli(['-c', box.configDir, 'list'])).code).toBe(0);
  });

  it('a catastrophic-backtracking pattern cannot hang validation', async () => {
    box = await sandbox(EXAMPLE);
    await mkdir(path.join(box.configDir, 'schemas'), { recursive: true });
    await writeFile(
      path.join(box.configDir, 'schemas/probe.schema.json'),
      JSON.stringify({
        properties: { name: { pattern: '^(a+)+$' }, alt: { pattern: '^(a|aa)*$' } },
        patternProperties: { '^(x+x+)+y$': {} },
      }),
    );
    // JavaScript's engine would take longer than the age of the universe on these.
    await writeFile(
      path.join(box.configDir, 'probe.json'),
      JSON.stringify({ name: `${'a'.repeat(50_000)}!`, alt: `${'a'.repeat(50_000)}!`, [`${'x'.repeat(5_000)}`]: 1 }),
    );
    const result = await runCli(['-c', box.configDir, 'validate'], { timeoutMs: 60_000 });
    expect(result.signal).toBeNull();
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('/name: must match pattern "^(a+)+$"');
    expect(result.stdout).toContain('/alt: must match pattern "^(a|aa)*$"');
  });

  it('a pattern the linear-time engine cannot run (lookahead, backreference) is a schema error naming it', async () => {
    box = await sandbox(EXAMPLE);
    await mkdir(path.join(box.configDir, 'schemas'), { recursive: true });
    await writeFile(
      path.join(box.configDir, 'schemas/teams.schema.json'),
      JSON.stringify({ properties: { version: { pattern: '^(?=\\d)(\\d)\\1' } } }),
    );
    const result = await runCli(['-c', box.configDir, 'validate']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /schemas\/teams\.schema\.json {2}schema cannot be used: pattern "\^\(\?=\\\\d\)\(\\\\d\)\\\\1" is not supported by the linear-time regex engine/,
    );
  });
});

describe('control characters reach the terminal escaped', () => {
  it('keys, values, descriptions and file names with ESC sequences are printed as \\u001b', async () => {
    box = await sandbox(EXAMPLE);
    const clear = '\u001b[2J\u001b[H';
    const title = '\u001b]0;owned\u0007';
    const teams = JSON.parse(await readFile(path.join(box.configDir, 'teams.json'), 'utf8'));
    expect((await runCli(['-c', box.configDir, 'create', 'before', '-m', `msg ${title}`])).code).toBe(0);
    teams.teams[`eng${clear}`] = { name: `Team ${title}`, members: [{ agent: `x${clear}` }] };
    await writeFile(path.join(box.configDir, 'teams.json'), JSON.stringify(teams));
    await writeFile(path.join(box.configDir, `evil\u001b[31m\u202e.json`), '{"broken": ');
    const results = [
      await runCli(['-c', box.configDir, 'validate']),
      await runCli(['-c', box.configDir, 'diff', 'before']),
      await runCli(['-c', box.configDir, 'list']),
      await runCli(['-c', box.configDir, 'create', 'after', '--allow-invalid']),
      await runCli(['-c', box.configDir, '--yes', 'restore', 'before', '--dry-run']),
    ];
    for (const r of results) expect(r.signal).toBeNull();
    const all = printed(...results);
    expect(all).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(all).toContain('\\u001b[2J');
    expect(all).toContain('\\u001b]0;owned\\u0007');
    expect(all).toContain('evil\\u001b[31m\\u202e.json');
    // JSON output stays valid JSON with the same strings.
    const json = await runCli(['-c', box.configDir, '--json', 'validate']);
    const files = JSON.stringify(JSON.parse(json.stdout));
    expect(files).toContain('evil\\u001b[31m');
  });

  it('our own colours survive; colour codes inside content do not', () => {
    const c = terminalColors(true);
    const shown = terminalSafe(`${c.red('bad')} ${c.bold('name\u001b[8mhidden')} plain\u001b[2J`);
    expect(shown).toContain('\u001b[31mbad\u001b[39m');
    expect(shown).toContain('\u001b[1mname\\u001b[8mhidden\u001b[22m');
    expect(shown).toContain('plain\\u001b[2J');
  });
});
