import { chmod, readFile, rm, truncate, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, sandbox, type Sandbox } from './helpers/sandbox.js';
import { editManifest, flipByte } from './helpers/damage.js';
import { packedLocation, redate } from './helpers/store.js';

let box: Sandbox;
afterEach(async () => box?.cleanup());

async function makeBackups(names: string[], options: { message?: string } = {}): Promise<void> {
  for (const name of names) {
    const result = await runCli([
      '-c',
      box.configDir,
      'create',
      name,
      ...(options.message ? ['-m', options.message] : []),
    ]);
    expect(result.code, result.stderr).toBe(0);
  }
}

const backdate = (name: string, iso: string): Promise<void> => redate(box.backupDir, name, iso);

describe('list', () => {
  it('lists newest first with age, size, files, version, description, compatibility and difference', async () => {
    box = await sandbox();
    await makeBackups(['older'], { message: 'Before version upgrade' });
    await writeFile(path.join(box.configDir, 'teams.json'), '{"version":"2.0","teams":{}}');
    await makeBackups(['newer'], { message: 'Daily backup' });
    const now = Date.now();
    await backdate('older', new Date(now - 5 * 86400_000).toISOString());
    await backdate('newer', new Date(now - 2 * 3600_000).toISOString());
    await writeFile(path.join(box.configDir, 'settings.json'), '{"version":"2.0"}');

    const result = await runCli(['-c', box.configDir, 'list']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Available Configuration Backups\n={32}\n\nRecent Backups:\n/);
    expect(result.stdout).toMatch(/ {2}1\. newer \(2 hours ago\)\n/);
    expect(result.stdout).toMatch(/ {2}2\. older \(5 days ago\)\n/);
    expect(result.stdout).toMatch(/Size: 4\.\d KB \| Files: 4 \| v1\.0\n {5}Description: Daily backup/);
    // What changed from each backup to the current config, entity by entity.
    expect(result.stdout).toContain(
      'Restore: ⚠️ major version 1.0 differs from current 2.0 | vs current: 7 fields changed',
    );
    expect(result.stdout).toContain('vs current: -3 teams, 10 fields changed');
    expect(result.stdout).toMatch(
      /Storage: \d+\.\d KB used \(2 backups\)\nRetention: Keeping last 10 \+ all within 7d \+ weekly for 1m \+ monthly for 1y\n$/,
    );

    const json = JSON.parse((await runCli(['-c', box.configDir, '--json', 'list'])).stdout);
    expect(json.backups.map((b: { name: string }) => b.name)).toEqual(['newer', 'older']);
    expect(json.backups[0]).toMatchObject({
      fileCount: 4,
      description: 'Daily backup',
      configVersion: '1.0',
      trigger: 'manual',
      tags: [],
      compressed: false,
      compatible: false,
    });
    expect(Object.keys(json.backups[0])).toEqual(
      expect.arrayContaining([
        'name',
        'createdAt',
        'totalSize',
        'fileCount',
        'description',
        'configVersion',
        'trigger',
        'tags',
        'compressed',
      ]),
    );
  });

  it('says "yesterday" and orders equal times by name, the last name counting as newer', async () => {
    box = await sandbox();
    await makeBackups(['alpha', 'beta']);
    const when = new Date(Date.now() - 26 * 3600_000).toISOString();
    await backdate('alpha', when);
    await backdate('beta', when);
    const result = await runCli(['-c', box.configDir, 'list']);
    expect(result.stdout).toMatch(/1\. beta \(yesterday\)[\s\S]*2\. alpha \(yesterday\)/);
  });

  it('still works when the config dir is gone, and on an empty store', async () => {
    box = await sandbox();
    const empty = await runCli(['-c', box.configDir, 'list']);
    expect(empty.code).toBe(0);
    expect(empty.stdout).toContain('No backups yet');
    await makeBackups(['only']);
    const store = box.backupDir;
    const elsewhere = path.join(box.dir, 'moved-store');
    await import('node:fs/promises').then((fs) => fs.rename(store, elsewhere));
    await rm(box.configDir, { recursive: true });
    const result = await runCli(['-c', box.configDir, '-b', elsewhere, 'list']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1. only');
    expect(result.stdout).not.toContain('Restore:');
  });
});

describe('show', () => {
  it('shows the manifest in human form and as JSON', async () => {
    box = await sandbox();
    await makeBackups(['shown'], { message: 'why not' });
    const human = await runCli(['-c', box.configDir, 'show', 'shown']);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(
      /^Backup: shown\n=+\nCreated: {5}\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC \(just now\)\nDescription: why not\n/,
    );
    expect(human.stdout).toMatch(/\n {2}teams\.json {10}2\.6 KB {2}v1\.0 {6}sha256:[0-9a-f]{12}\n/);
    const json = JSON.parse((await runCli(['-c', box.configDir, '--json', 'show', 'shown'])).stdout);
    expect(json.manifest.name).toBe('shown');
    expect(json.problems).toEqual([]);
  });

  it('refuses an unknown backup with exit 1', async () => {
    box = await sandbox();
    const result = await runCli(['-c', box.configDir, 'show', 'ghost']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no backup named "ghost"/);
  });
});

describe('verify names every kind of damage and exits 1', () => {
  const damage: [string, (dir: string) => Promise<void>, RegExp][] = [
    [
      'edited manifest',
      async (d) => editManifest(d, (m) => ({ ...m, description: 'forged' })),
      /manifest checksum mismatch/,
    ],
    [
      'truncated manifest',
      async (d) => truncateWritable(path.join(d, 'manifest.json'), 40),
      /manifest\.json is not valid JSON/,
    ],
    ['missing manifest', async (d) => unlink(path.join(d, 'manifest.json')), /manifest\.json is missing/],
    [
      'missing file',
      async (d) => unlink(path.join(d, 'files/teams.json')),
      /teams\.json: stored copy files\/teams\.json is missing/,
    ],
    [
      'extra file',
      async (d) => writeFile(path.join(d, 'files/intruder.json'), '{}'),
      /files\/intruder\.json: not listed in the manifest/,
    ],
    [
      'flipped byte',
      async (d) => flipByte(path.join(d, 'files/workflows.json'), { at: 100, inPlace: true }),
      /workflows\.json: content changed/,
    ],
    [
      'backup replaced by a file',
      async (d) => rm(d, { recursive: true }).then(() => writeFile(d, 'x')),
      /not a directory/,
    ],
  ];

  it.each(damage)('%s', async (_label, harm, expected) => {
    box = await sandbox();
    await makeBackups(['intact']);
    // A content change, so the victim's workflows.json is its own file, not a link shared with intact.
    const workflows = path.join(box.configDir, 'workflows.json');
    await writeFile(workflows, (await readFile(workflows, 'utf8')).replace('"version": "1.0"', '"version": "1.1"'));
    await makeBackups(['victim']);
    await harm(path.join(box.backupDir, 'victim'));
    const result = await runCli(['-c', box.configDir, 'verify']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('✅ intact: 4 files OK');
    expect(result.stdout).toMatch(/❌ victim: damaged\n/);
    expect(result.stdout).toMatch(expected);
    const json = JSON.parse((await runCli(['-c', box.configDir, '--json', 'verify'])).stdout);
    expect(json.results.find((r: { name: string }) => r.name === 'intact')).toMatchObject({ ok: true, problems: [] });
    expect(json.results.find((r: { name: string }) => r.name === 'victim').ok).toBe(false);

    const listed = await runCli(['-c', box.configDir, 'list']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('. intact (just now)');
    // list reads manifests and sizes only; content damage (flipped byte, extra file) is verify's to find.
    if (!/extra file|flipped/.test(_label)) expect(listed.stdout).toMatch(/Damaged Backups[\s\S]*❌ victim/);
  });

  it('damage to a copy shared by hard link is reported in every backup that shares it', async () => {
    box = await sandbox();
    await makeBackups(['one', 'two']);
    await flipByte(path.join(box.backupDir, 'two/files/teams.json'), { at: 100, inPlace: true });
    const json = JSON.parse((await runCli(['-c', box.configDir, '--json', 'verify'])).stdout);
    expect(json.results.map((r: { name: string; ok: boolean }) => [r.name, r.ok])).toEqual([
      ['one', false],
      ['two', false],
    ]);
  });

  it('a new backup never inherits a rotted copy from the backup it shares files with', async () => {
    box = await sandbox();
    await makeBackups(['rotten']);
    await flipByte(path.join(box.backupDir, 'rotten/files/teams.json'), { at: 100, inPlace: true });
    await makeBackups(['fresh']);
    const json = JSON.parse((await runCli(['-c', box.configDir, '--json', 'verify'])).stdout);
    expect(json.results.map((r: { name: string; ok: boolean }) => [r.name, r.ok])).toEqual([
      ['fresh', true],
      ['rotten', false],
    ]);
  });

  it('a corrupt compressed copy is reported as corrupt', async () => {
    box = await sandbox();
    await writeFile(path.join(box.configDir, '.orch-backup.json'), JSON.stringify({ compressAbove: 0 }));
    await makeBackups(['gz']);
    const { pack, entry } = await packedLocation(box.backupDir, 'gz', 'teams.json');
    const bytes = await readFile(pack);
    bytes[entry.offset + 20] = (bytes[entry.offset + 20] as number) ^ 0xff;
    await chmod(pack, 0o644);
    await writeFile(pack, bytes);
    const result = await runCli(['-c', box.configDir, 'verify', 'gz']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/teams\.json: (stored copy .* is corrupt|content changed)/);
  });

  it('records each verification in the history log', async () => {
    box = await sandbox();
    await makeBackups(['logged']);
    await runCli(['-c', box.configDir, 'verify', 'logged']);
    const lines = (await readFile(path.join(box.backupDir, 'history.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.at(-1)).toMatchObject({ operation: 'verify', backup: 'logged', outcome: 'success' });
  });
});

async function truncateWritable(file: string, size: number): Promise<void> {
  await chmod(file, 0o644);
  await truncate(file, size);
}
