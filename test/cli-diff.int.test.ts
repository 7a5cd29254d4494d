import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import fastJsonPatch from 'fast-json-patch';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, FIXTURES, runCli, runProcess, sandbox, type Sandbox } from './helpers/sandbox.js';

let box: Sandbox;
afterEach(async () => box?.cleanup());

async function v1AndV2Backups(): Promise<void> {
  box = await sandbox(path.join(FIXTURES, 'v1'));
  expect((await runCli(['-c', box.configDir, 'create', 'v1'])).code).toBe(0);
  await cp(path.join(FIXTURES, 'v2'), box.configDir, { recursive: true });
  expect((await runCli(['-c', box.configDir, 'create', 'v2'])).code).toBe(0);
}

/**
 * Replaces one stored copy with other bytes, as damage would. Unlinked first: stored copies
 * shared with another backup as hard links must stay intact there.
 */
async function tamper(name: string, file: string): Promise<void> {
  const manifest = JSON.parse(await readFile(path.join(box.backupDir, name, 'manifest.json'), 'utf8'));
  const entry = manifest.files.find((f: { path: string }) => f.path === file);
  const stored = path.join(box.backupDir, name, ...entry.stored.split('/'));
  const bytes = Buffer.from('{"tampered": true}\n');
  await rm(stored);
  await writeFile(stored, entry.stored.endsWith('.gz') ? gzipSync(bytes) : bytes);
}

describe('diff', () => {
  it('names the fixture changes the way a reviewer thinks of them', async () => {
    await v1AndV2Backups();
    const result = await runCli(['-c', box.configDir, 'diff', 'v1', 'v2']);
    expect(result.code).toBe(0);
    const renames = [...result.stdout.matchAll(/Agent '([^']+)' renamed to '([^']+)'/g)].map((m) => `${m[1]}→${m[2]}`);
    expect(renames).toHaveLength(7);
    expect(renames).toContain('lead-dev→build-lead');
    expect(result.stdout).toMatch(/Added Files:\n {2}➕ team-state\.json/);
    expect(result.stdout).toMatch(/Unchanged Files:\n {2}✅ settings\.json/);
    expect(result.stdout).toContain('/teams/build/workflows/review_requirements/code: ["lead-dev"] → ["build-lead"]');
    expect(result.stdout).toContain('/workflows/review/types/code_review/reviewers: ["lead-dev"] → ["build-lead"]');
    expect(result.stdout).toContain('/workflows/review/types/security_review/reviewers: ["lead-dev"] → ["build-lead"]');
  });

  it('--json follows the contract and each patch turns a into b under an independent RFC 6902 implementation', async () => {
    await v1AndV2Backups();
    const json = JSON.parse((await runCli(['-c', box.configDir, '--json', 'diff', 'v1', 'v2'])).stdout);
    expect(Object.keys(json)).toEqual(['from', 'to', 'files', 'versions', 'migrationPath']);
    expect(json.files.map((f: { path: string; status: string }) => [f.path, f.status])).toEqual([
      ['settings.json', 'unchanged'],
      ['team-state.json', 'added'],
      ['teams.json', 'modified'],
      ['workflows.json', 'modified'],
    ]);
    for (const change of json.files[2].changes) expect(Object.keys(change)).toEqual(expect.arrayContaining(['kind', 'id', 'change', 'pointer']));
    const patches = JSON.parse((await runCli(['-c', box.configDir, 'diff', 'v1', 'v2', '--patch'])).stdout);
    expect(Object.keys(patches)).toEqual(['teams.json', 'workflows.json']);
    for (const file of ['teams.json', 'workflows.json']) {
      const a = JSON.parse(await readFile(path.join(FIXTURES, 'v1', file), 'utf8'));
      const b = JSON.parse(await readFile(path.join(FIXTURES, 'v2', file), 'utf8'));
      const applied = fastJsonPatch.applyPatch(a, patches[file], true, false).newDocument;
      expect(applied).toEqual(b);
    }
  });

  it('compares a backup with the current config by default', async () => {
    await v1AndV2Backups();
    await rm(path.join(box.configDir, 'team-state.json'));
    const json = JSON.parse((await runCli(['-c', box.configDir, '--json', 'diff', 'v2'])).stdout);
    expect(json.to).toBe('current');
    expect(json.files.find((f: { path: string }) => f.path === 'team-state.json').status).toBe('removed');
  });

  it('walks the migration path through the backups in between, with versions', async () => {
    box = await sandbox(path.join(FIXTURES, 'v1'));
    const settingsFile = path.join(box.configDir, 'settings.json');
    const settings = JSON.parse(await readFile(settingsFile, 'utf8'));
    const step = async (name: string, version: string, change: () => Promise<void>): Promise<void> => {
      await change();
      await writeFile(settingsFile, JSON.stringify({ ...settings, version }, null, 2));
      expect((await runCli(['-c', box.configDir, 'create', name])).code).toBe(0);
      await new Promise((r) => setTimeout(r, 15));
    };
    await step('s1', '1.1.0', async () => undefined);
    await step('s2', '1.2.0', async () => cp(path.join(FIXTURES, 'v2/teams.json'), path.join(box.configDir, 'teams.json')));
    await step('s3', '2.0.0', async () => cp(path.join(FIXTURES, 'v2/team-state.json'), path.join(box.configDir, 'team-state.json')));
    const json = JSON.parse((await runCli(['-c', box.configDir, '--json', 'diff', 's1', 's3'])).stdout);
    expect(json.migrationPath.map((s: { from: string; to: string }) => `${s.from}→${s.to}`)).toEqual(['s1→s2', 's2→s3']);
    expect(json.migrationPath[0].summary).toMatch(/^1\.1\.0 → 1\.2\.0: .*7 agents renamed/);
    expect(json.migrationPath[1].summary).toMatch(/^1\.2\.0 → 2\.0\.0: \+1 file/);
    expect(json.versions).toMatchObject({ from: '1.1.0', to: '2.0.0', majorChange: true });
    const human = await runCli(['-c', box.configDir, 'diff', 's1', 's3']);
    expect(human.stdout).toMatch(/1\.1\.0 → 2\.0\.0.*major/);
  });

  it('never shows secret values in human output or --json; --patch has them only when piped', async () => {
    box = await sandbox(null);
    const { mkdir } = await import('node:fs/promises');
    await mkdir(box.configDir, { recursive: true });
    const doc = (token: string): string => JSON.stringify({ version: '1.0', integrations: { github: { api_token: token, url: 'https://x' } } });
    await writeFile(path.join(box.configDir, 'settings.json'), doc('tok-old-1111'));
    await runCli(['-c', box.configDir, 'create', 'before']);
    await writeFile(path.join(box.configDir, 'settings.json'), doc('tok-new-2222'));
    const human = await runCli(['-c', box.configDir, 'diff', 'before']);
    const json = await runCli(['-c', box.configDir, '--json', 'diff', 'before']);
    for (const out of [human.stdout, json.stdout]) {
      expect(out).not.toMatch(/tok-old-1111|tok-new-2222/);
      expect(out).toContain('•••');
    }
    const piped = await runCli(['-c', box.configDir, 'diff', 'before', '--patch']);
    expect(piped.stdout).toContain('tok-new-2222');
    const terminal = await runProcess('script', ['-qec', `"${process.execPath}" "${BIN}" -c "${box.configDir}" diff before --patch`, '/dev/null']);
    expect(terminal.stdout).not.toContain('tok-new-2222');
    expect(terminal.stdout).toContain('secret values in the patch are hidden on a terminal');
  });

  it('reads only the files that differ: a damaged unchanged copy is left to verify, a damaged changed one is refused', async () => {
    await v1AndV2Backups();
    const before = await runCli(['-c', box.configDir, '--json', 'diff', 'v1', 'v2']);
    expect(before.code, before.stderr).toBe(0);
    // settings.json is the same in v1 and v2: its hashes match, so diff has no reason to read it.
    await tamper('v1', 'settings.json');
    const after = await runCli(['-c', box.configDir, '--json', 'diff', 'v1', 'v2']);
    expect(after.code, after.stderr).toBe(0);
    expect(after.stdout).toBe(before.stdout);
    const verify = await runCli(['-c', box.configDir, 'verify', 'v1']);
    expect(verify.code).toBe(1);
    expect(`${verify.stdout}${verify.stderr}`).toMatch(/settings\.json: content changed/);
    // teams.json differs, so diff reads it, and reading checks it.
    await tamper('v1', 'teams.json');
    const refused = await runCli(['-c', box.configDir, 'diff', 'v1', 'v2']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^orch-backup: backup "v1" is damaged: teams\.json/);
  });

  it('an unknown backup is a one-line error', async () => {
    box = await sandbox();
    const result = await runCli(['-c', box.configDir, 'diff', 'nope']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^orch-backup: no backup named "nope"/);
  });
});
