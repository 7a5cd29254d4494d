import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { judgeChange } from '../src/core/judge/judge.js';
import { diffSnapshots } from '../src/core/diff/index.js';
import { validateDocuments } from '../src/core/validate/index.js';
import type { ConfigDocument } from '../src/core/validate/types.js';
import { DEFAULT_SETTINGS } from '../src/core/config/settings.js';
import { PatchApplyError } from '../src/errors/index.js';
import { renderPrComment, renderPrSummary, renderRestoreBody } from '../src/render/markdown.js';
import { prReport } from './helpers/pr-report.js';
import { runCli, sandbox, type RunResult, type Sandbox } from './helpers/sandbox.js';

/*
 * Every output path of the built CLI (diff text, --json and --patch, validate and its judgement,
 * restore, list, show, history, errors) and the Markdown the action posts, fed a config that
 * holds a secret in each shape redaction must recognise: none of them may print it, and the
 * store's log may not hold it. Each secret carries one canary, so one search finds any of them.
 */

// Searched for as the bare word, so that a fragment (Node's parse errors quote about ten characters) counts too.
const MARK = 'CANARY';
const CANARY = `${MARK}${randomBytes(6).toString('hex')}`;
const secret = (form: string, side: string): string => `${CANARY}${form}${side}`;

let box: Sandbox;
afterEach(async () => box?.cleanup());

/** The same MCP-style config on two sides: every secret differs, and the `args` arrays shift. */
function config(side: 'old' | 'new'): unknown {
  const s = (form: string) => secret(form, side);
  return {
    version: side === 'old' ? '1.0.0' : '1.1.0',
    mcpServers: {
      search: {
        command: 'npx',
        // The new side gains a flag at the front: every index moves, as in a real edit.
        args: [
          ...(side === 'new' ? ['--verbose'] : []),
          '-y',
          '@example/search-mcp',
          '--api-key',
          s('argSep'),
          `--token=${s('argEq')}`,
          '--password',
          s('argPw'),
        ],
      },
      // Same length, structured items: the diff compares these position by position.
      tools: { args: ['--api-key', s('posArg'), { retries: side === 'old' ? 1 : 2 }] },
      db: {
        env: [
          { name: 'DB_PASSWORD', value: s('pair') },
          { name: 'PORT', value: '5432' },
        ],
      },
      shell: { command: `serve --api-key ${s('cmdSep')} --password=${s('cmdEq')}` },
    },
    mirror: `https://deploy:${s('userinfo')}@git.example.com/repo.git`,
    headers: { Authorization: `Bearer ${s('bearer')}` },
    // A map keyed by the tokens themselves: a changed key reads as a rename.
    api_tokens: { [s('mapKey')]: { scope: 'read' } },
  };
}

/** A schema that makes validation talk about the places holding secrets. */
const SCHEMA = {
  properties: {
    api_tokens: { additionalProperties: false },
    mcpServers: { properties: { search: { properties: { args: { items: { type: 'string', maxLength: 12 } } } } } },
  },
};

const all = (results: RunResult[]): string => results.map((r) => `${r.stdout}\n${r.stderr}`).join('\n');

describe('a canary secret in every shape never leaves the CLI', () => {
  it('diff (text, --json, --patch), validate, the judgement, restore, list, show, history', async () => {
    box = await sandbox(null);
    await mkdir(path.join(box.configDir, 'schemas'), { recursive: true });
    await writeFile(path.join(box.configDir, 'schemas/mcp.schema.json'), JSON.stringify(SCHEMA));
    const file = path.join(box.configDir, 'mcp.json');
    const cli = (...args: string[]) => runCli(['-c', box.configDir, ...args]);
    await writeFile(file, JSON.stringify(config('old'), null, 2));
    const runs: RunResult[] = [await cli('create', 'old', '--allow-invalid')];
    await writeFile(file, JSON.stringify(config('new'), null, 2));
    runs.push(await cli('--json', 'create', 'new', '--allow-invalid'));
    expect(runs.map((r) => r.code)).toEqual([0, 0]);

    runs.push(
      await cli('diff', 'old', 'new'),
      await cli('diff', 'old'),
      await cli('--json', 'diff', 'old', 'new'),
      await cli('--json', 'diff', 'old'),
      await cli('diff', 'old', 'new', '--patch'),
      await cli('--json', 'diff', 'old', 'new', '--patch'),
      await cli('diff', 'new', 'old', '--patch'),
      await cli('validate'),
      await cli('--json', 'validate'),
      await cli('validate', '--backup', 'old'),
      await cli('validate', '--since', 'old'),
      await cli('--json', 'validate', '--since', 'old'),
      await cli('validate', '--since', 'old', '--fix', '--dry-run'),
      await cli('--yes', 'restore', 'old', '--dry-run', '--force'),
      await cli('--json', '--yes', 'restore', 'old', '--dry-run', '--force'),
      await cli('--yes', 'restore', 'old', '--force'),
      await cli('diff', 'new'),
      await cli('list'),
      await cli('--json', 'list'),
      await cli('show', 'old'),
      await cli('history'),
      await cli('--json', 'history'),
    );
    const printed = all(runs);
    expect(printed).not.toContain(MARK);
    expect(await readFile(path.join(box.backupDir, 'history.jsonl'), 'utf8')).not.toContain(MARK);
    // The changes are still reported, masked, and the restore happened.
    expect(printed).toContain('•••');
    expect(await readFile(file, 'utf8')).toContain(secret('argSep', 'old'));

    // The secrets are really in what was compared: asked for explicitly, the patch holds them.
    const real = await cli('diff', 'old', 'new', '--patch', '--show-secrets');
    for (const form of ['argSep', 'argEq', 'argPw', 'pair', 'cmdSep', 'userinfo', 'bearer'])
      expect(real.stdout).toContain(secret(form, 'new'));
    const masked = await cli('diff', 'old', 'new', '--patch');
    expect(masked.stderr).toMatch(/shown as •••; add --show-secrets/);
  }, 300_000);

  it('error messages and --json error fields: settings and config files that are not JSON', async () => {
    box = await sandbox(null);
    await mkdir(box.configDir, { recursive: true });
    await writeFile(path.join(box.configDir, 'teams.json'), JSON.stringify({ teams: {} }));
    const cli = (...args: string[]) => runCli(['-c', box.configDir, ...args]);
    // Settings whose token is not quoted: Node's own message would quote the text around it.
    await writeFile(path.join(box.configDir, '.orch-backup.json'), `{"githubToken": ${secret('settings', 'x')}}`);
    const settings = [await cli('list'), await cli('--json', 'list')];
    expect(settings[0]?.code).not.toBe(0);
    expect(settings[0]?.stderr).toMatch(/not valid JSON/);
    await writeFile(path.join(box.configDir, '.orch-backup.json'), '{}');
    // A config file that is not JSON, a control character inside a secret string, and a DSN.
    await writeFile(
      path.join(box.configDir, 'mcp.json'),
      `{"api_key": ${secret('bare', 'x')}, "dsn": "postgres://u:${secret('dsn', 'x')}@db/x"}`,
    );
    await writeFile(path.join(box.configDir, 'ctl.json'), `{"password": "${secret('ctl', 'x')}\u0001"}`);
    const configs = [
      await cli('create'),
      await cli('--json', 'create'),
      await cli('validate'),
      await cli('--json', 'validate'),
      await cli('create', '--allow-invalid'),
      await cli('diff', '@current', '@current'),
    ];
    expect(configs[0]?.code).toBe(1);
    expect(configs[0]?.stderr).toMatch(/invalid JSON/);
    const printed = all([...settings, ...configs]);
    expect(printed).not.toContain(MARK);
    expect(await readFile(path.join(box.backupDir, 'history.jsonl'), 'utf8').catch(() => '')).not.toContain(MARK);
  }, 120_000);
});

describe('a canary secret in every shape never reaches the PR comment, the job summary, the restore body or an annotation', () => {
  const doc = (value: unknown): ConfigDocument => ({
    path: 'mcp.json',
    bytes: new TextEncoder().encode(JSON.stringify(value, null, 2)),
  });
  const schema: ConfigDocument = {
    path: 'schemas/mcp.schema.json',
    bytes: new TextEncoder().encode(JSON.stringify(SCHEMA)),
  };

  it('renders every change masked', async () => {
    const before = [doc(config('old')), schema];
    const after = [doc(config('new')), schema];
    const validation = await validateDocuments(after);
    const judgement = await judgeChange(
      { label: 'main', documents: before, exists: true },
      { label: 'feature', documents: after, exists: true },
      { settings: DEFAULT_SETTINGS },
    );
    const diff = diffSnapshots(before, after, { fromLabel: 'main', toLabel: 'feature' });
    const report = prReport({ diff, validation, judgement, secretKeys: DEFAULT_SETTINGS.secretKeys });
    const shown = [
      renderPrComment(report),
      renderPrSummary(report),
      renderRestoreBody({ backup: 'b', diff, validation, secretKeys: DEFAULT_SETTINGS.secretKeys }),
      // Annotations carry the findings' messages as they are.
      ...validation.diagnostics.map((d) => d.message),
      ...[...judgement.new, ...judgement.existing, ...judgement.fixed].map((d) => d.message),
      JSON.stringify(judgement.renames),
    ].join('\n');
    expect(validation.diagnostics.length).toBeGreaterThan(0);
    expect(shown).not.toContain(MARK);
    expect(shown).toContain('•••');
  });

  it('a patch that cannot be applied reports its operation without the value', () => {
    const error = new PatchApplyError(
      { op: 'replace', path: '/args/3', value: secret('patch', 'x') },
      'path does not exist',
    );
    expect(JSON.stringify(error.toJSON())).not.toContain(MARK);
    expect(error.toJSON()).toMatchObject({
      code: 'PATCH_NOT_APPLICABLE',
      operation: { op: 'replace', path: '/args/3' },
    });
  });
});
