import { chmod, cp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fastJsonPatch from 'fast-json-patch';
import { afterEach, describe, expect, it } from 'vitest';
import { sealManifest, serializeManifest } from '../src/core/store/manifest.js';
import { tamper } from './helpers/damage.js';
import { BIN, FIXTURES, runCli, runProcess, sandbox, type Sandbox } from './helpers/sandbox.js';

let box: Sandbox;
afterEach(async () => box?.cleanup());

async function v1AndV2Backups(): Promise<void> {
  box = await sandbox(path.join(FIXTURES, 'v1'));
  expect((await runCli(['-c', box.configDir, 'create', 'v1'])).code).toBe(0);
  await cp(path.join(FIXTURES, 'v2'), box.configDir, { recursive: true });
  expect((await runCli(['-c', box.configDir, 'create', 'v2'])).code).toBe(0);
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
    expect(Object.keys(json)).toEqual(['from', 'to', 'files', 'versions', 'migrationPath', 'renames']);
    expect(json.files.map((f: { path: string; status: string }) => [f.path, f.status])).toEqual([
      ['settings.json', 'unchanged'],
      ['team-state.json', 'added'],
      ['teams.json', 'modified'],
      ['workflows.json', 'modified'],
    ]);
    for (const change of json.files[2].changes)
      expect(Object.keys(change)).toEqual(expect.arrayContaining(['kind', 'id', 'change', 'pointer']));
    const patches = JSON.parse((await runCli(['-c', box.configDir, 'diff', 'v1', 'v2', '--patch'])).stdout);
    // The added file is one whole-document operation, applied to no document at all.
    expect(Object.keys(patches)).toEqual(['team-state.json', 'teams.json', 'workflows.json']);
    for (const file of ['team-state.json', 'teams.json', 'workflows.json']) {
      const a = file === 'team-state.json' ? null : JSON.parse(await readFile(path.join(FIXTURES, 'v1', file), 'utf8'));
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
      // One minute apart, whatever the clock did: the path is walked in creation order.
      const manifestFile = path.join(box.backupDir, name, 'manifest.json');
      const { checksum: _old, ...manifest } = JSON.parse(await readFile(manifestFile, 'utf8'));
      const createdAt = new Date(Date.parse('2024-01-01T00:00:00Z') + Number(name.slice(1)) * 60_000).toISOString();
      await chmod(manifestFile, 0o644);
      await writeFile(manifestFile, serializeManifest(sealManifest({ ...manifest, createdAt })));
    };
    await step('s1', '1.1.0', async () => undefined);
    await step('s2', '1.2.0', async () =>
      cp(path.join(FIXTURES, 'v2/teams.json'), path.join(box.configDir, 'teams.json')),
    );
    await step('s3', '2.0.0', async () =>
      cp(path.join(FIXTURES, 'v2/team-state.json'), path.join(box.configDir, 'team-state.json')),
    );
    const json = JSON.parse((await runCli(['-c', box.configDir, '--json', 'diff', 's1', 's3'])).stdout);
    expect(json.migrationPath.map((s: { from: string; to: string }) => `${s.from}→${s.to}`)).toEqual([
      's1→s2',
      's2→s3',
    ]);
    expect(json.migrationPath[0].summary).toMatch(/^1\.1\.0 → 1\.2\.0: .*7 agents renamed/);
    expect(json.migrationPath[1].summary).toMatch(/^1\.2\.0 → 2\.0\.0: \+1 file/);
    expect(json.versions).toMatchObject({ from: '1.1.0', to: '2.0.0', majorChange: true });
    const human = await runCli(['-c', box.configDir, 'diff', 's1', 's3']);
    expect(human.stdout).toMatch(/1\.1\.0 → 2\.0\.0.*major/);
  });

  it('never shows secret values in human output, --json or --patch (piped or not); --show-secrets asks for them', async () => {
    box = await sandbox(null);
    const { mkdir } = await import('node:fs/promises');
    await mkdir(box.configDir, { recursive: true });
    const doc = (token: string): string =>
      JSON.stringify({ version: '1.0', integrations: { github: { api_token: token, url: 'https://x' } } });
    await writeFile(path.join(box.configDir, 'settings.json'), doc('tok-old-1111'));
    await runCli(['-c', box.configDir, 'create', 'before']);
    await writeFile(path.join(box.configDir, 'settings.json'), doc('tok-new-2222'));
    const human = await runCli(['-c', box.configDir, 'diff', 'before']);
    const json = await runCli(['-c', box.configDir, '--json', 'diff', 'before']);
    // A pipe is no safer than a terminal: a CI step's output goes to its log.
    const piped = await runCli(['-c', box.configDir, 'diff', 'before', '--patch']);
    const terminal = await runProcess('script', [
      '-qec',
      `"${process.execPath}" "${BIN}" -c "${box.configDir}" diff before --patch`,
      '/dev/null',
    ]);
    for (const out of [human.stdout, json.stdout, piped.stdout, piped.stderr, terminal.stdout]) {
      expect(out).not.toMatch(/tok-old-1111|tok-new-2222/);
      expect(out).toContain('•••');
    }
    expect(piped.stderr).toContain('secret values in the patch are shown as •••; add --show-secrets');
    const real = await runCli(['-c', box.configDir, 'diff', 'before', '--patch', '--show-secrets']);
    expect(JSON.parse(real.stdout)['settings.json']).toEqual([
      { op: 'replace', path: '/integrations/github/api_token', value: 'tok-new-2222' },
    ]);
    expect(real.stderr).toBe('');
  });

  it('reads only the files that differ: a damaged unchanged copy is left to verify, a damaged changed one is refused', async () => {
    await v1AndV2Backups();
    const before = await runCli(['-c', box.configDir, '--json', 'diff', 'v1', 'v2']);
    expect(before.code, before.stderr).toBe(0);
    // settings.json is the same in v1 and v2: its hashes match, so diff has no reason to read it.
    await tamper(box.backupDir, 'v1', 'settings.json');
    const after = await runCli(['-c', box.configDir, '--json', 'diff', 'v1', 'v2']);
    expect(after.code, after.stderr).toBe(0);
    expect(after.stdout).toBe(before.stdout);
    const verify = await runCli(['-c', box.configDir, 'verify', 'v1']);
    expect(verify.code).toBe(1);
    expect(`${verify.stdout}${verify.stderr}`).toMatch(/settings\.json: content changed/);
    // teams.json differs, so diff reads it, and reading checks it.
    await tamper(box.backupDir, 'v1', 'teams.json');
    const refused = await runCli(['-c', box.configDir, 'diff', 'v1', 'v2']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^orch-backup: backup "v1" is damaged: teams\.json/);
  });

  it('names the current config unambiguously: @current always, and no new backup may be called current', async () => {
    await v1AndV2Backups();
    const created = await runCli(['-c', box.configDir, '--json', 'create', 'current']);
    expect(created.code).toBe(2);
    expect(JSON.parse(created.stderr).error).toMatchObject({
      code: 'INVALID_NAME',
      message: expect.stringContaining('reserved'),
    });
    const byDefault = await runCli(['-c', box.configDir, '--json', 'diff', 'v1']);
    const spelled = await runCli(['-c', box.configDir, '--json', 'diff', 'v1', '@current']);
    const shorthand = await runCli(['-c', box.configDir, '--json', 'diff', 'v1', 'current']);
    expect(JSON.parse(byDefault.stdout).to).toBe('current');
    expect(spelled.stdout).toBe(byDefault.stdout);
    expect(shorthand.stdout).toBe(byDefault.stdout);
  });

  it('a backup named current made before the name was reserved stays readable; @current still means the config', async () => {
    await v1AndV2Backups();
    // As an older version stored it: the v1 backup under the name `current`, its manifest resealed.
    await rename(path.join(box.backupDir, 'v1'), path.join(box.backupDir, 'current'));
    const manifestFile = path.join(box.backupDir, 'current', 'manifest.json');
    const { checksum: _old, ...manifest } = JSON.parse(await readFile(manifestFile, 'utf8'));
    await chmod(manifestFile, 0o644);
    await writeFile(manifestFile, serializeManifest(sealManifest({ ...manifest, name: 'current' })));
    const backup = JSON.parse((await runCli(['-c', box.configDir, '--json', 'diff', 'v2', 'current'])).stdout);
    const config = JSON.parse((await runCli(['-c', box.configDir, '--json', 'diff', 'v2', '@current'])).stdout);
    expect(backup.files.filter((f: { status: string }) => f.status !== 'unchanged').length).toBeGreaterThan(0);
    expect(config.files.every((f: { status: string }) => f.status === 'unchanged')).toBe(true);
  });

  it('an unknown backup is a one-line error', async () => {
    box = await sandbox();
    const result = await runCli(['-c', box.configDir, 'diff', 'nope']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^orch-backup: no backup named "nope"/);
  });
});
