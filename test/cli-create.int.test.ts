import { createHash } from 'node:crypto';
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeBinaries, runCli, sandbox, type Sandbox } from './helpers/sandbox.js';
import { packedLocation, storedManifest } from './helpers/store.js';

let box: Sandbox;
afterEach(async () => box?.cleanup());

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

describe.each(nodeBinaries())('create on $label', ({ bin }) => {
  it('prints the create report and writes a verified backup with manifest and file copies', async () => {
    box = await sandbox();
    const result = await runCli(['--config-dir', box.configDir, 'create', '-m', 'Before workflow update'], {
      node: bin,
      cwd: box.dir,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const name = /📦 Backup: (backup-\d{8}-\d{6})/.exec(result.stdout)?.[1];
    expect(name).toBeDefined();
    expect(result.stdout).toContain('Configuration Backup Created\n============================\n');
    expect(result.stdout).toContain(`📁 Location: .claude/orchestration/.backups/${name}/`);
    expect(result.stdout).toMatch(/ {2}✅ teams\.json \(2\.6 KB\)/);
    expect(result.stdout).toMatch(
      / {2}- Total Size: 7\.1 KB\n {2}- Files: 4\n {2}- Version: 1\.0\n {2}- Checksum: [0-9a-f]{8}\.\.\./,
    );
    expect(result.stdout).toContain('✅ Backup completed successfully!');

    const dir = path.join(box.backupDir, name as string);
    const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({
      formatVersion: 1,
      name,
      description: 'Before workflow update',
      trigger: 'manual',
      compression: 'none',
      configVersion: '1.0',
      fileCount: 4,
    });
    for (const file of manifest.files) {
      const copy = await readFile(path.join(dir, file.stored));
      const original = await readFile(path.join(box.configDir, file.path));
      expect(copy.equals(original)).toBe(true);
      expect(file.sha256).toBe(sha256(original));
    }
    const history = (await readFile(path.join(box.backupDir, 'history.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(history).toEqual([expect.objectContaining({ operation: 'create', backup: name, outcome: 'success' })]);
  });
});

describe('create', () => {
  it('prints the JSON contract with --json and nothing else on stdout', async () => {
    box = await sandbox();
    const result = await runCli([
      '-c',
      box.configDir,
      '--json',
      'create',
      'named-one',
      '--tag',
      'keep',
      '--tag',
      'release',
    ]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ name: 'named-one', configVersion: '1.0', compressed: false, created: true });
    expect(json.path).toBe(path.join(box.backupDir, 'named-one'));
    expect(json.files.map((f: { path: string }) => f.path)).toEqual([
      'settings.json',
      'team-state.json',
      'teams.json',
      'workflows.json',
    ]);
    expect(json.totalSize).toBe(json.files.reduce((s: number, f: { size: number }) => s + f.size, 0));
    expect(json.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    const manifest = JSON.parse(await readFile(path.join(box.backupDir, 'named-one/manifest.json'), 'utf8'));
    expect(manifest.tags).toEqual(['keep', 'release']);
  });

  it('gives two backups made in the same second distinct names', async () => {
    box = await sandbox();
    const runs = await Promise.all([1, 2, 3].map(() => runCli(['-c', box.configDir, '--json', 'create'])));
    const names = runs.map((r) => JSON.parse(r.stdout).name as string);
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0]);
    expect(new Set(names).size).toBe(3);
    expect((await readdir(box.backupDir)).filter((e) => e.startsWith('backup-')).sort()).toEqual([...names].sort());
  });

  it('--skip-if-unchanged makes no backup when the content equals the newest one, and one when it changed', async () => {
    box = await sandbox();
    await runCli(['-c', box.configDir, 'create', 'first']);
    const same = await runCli(['-c', box.configDir, 'create', '--skip-if-unchanged']);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('Nothing changed since first');
    expect((await readdir(box.backupDir)).filter((e) => !e.startsWith('.') && e !== 'history.jsonl')).toEqual([
      'first',
    ]);

    await writeFile(path.join(box.configDir, 'settings.json'), '{"version":"1.1"}\n');
    const changed = await runCli(['-c', box.configDir, '--json', 'create', '--skip-if-unchanged']);
    expect(JSON.parse(changed.stdout)).toMatchObject({ created: true, configVersion: '1.1' });
  });

  it('packs and gzip-compresses a backup over 1 MiB, and verifies it', async () => {
    box = await sandbox();
    const big = {
      version: '1.0',
      blob: Array.from({ length: 40000 }, (_, i) => ({ id: `item-${i}`, note: 'x'.repeat(20) })),
    };
    await writeFile(path.join(box.configDir, 'big.json'), JSON.stringify(big, null, 2));
    const result = await runCli(['-c', box.configDir, '--json', 'create', 'big']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).compressed).toBe(true);
    const manifest = await storedManifest(box.backupDir, 'big');
    expect(manifest.formatVersion).toBe(2);
    const { pack, entry } = await packedLocation(box.backupDir, 'big', 'big.json');
    expect(entry.storedSize).toBeLessThan(entry.size / 5);
    // The documented by-hand recipe: cut the member out of the pack, gunzip, take the file's slice.
    const member = (await readFile(pack)).subarray(entry.offset, entry.offset + entry.storedSize);
    const restored = gunzipSync(member).subarray(entry.start, entry.start + entry.size);
    expect(restored.equals(await readFile(path.join(box.configDir, 'big.json')))).toBe(true);
    expect((await runCli(['-c', box.configDir, 'verify', 'big'])).code).toBe(0);
  });

  it('backs up nested config files of any kind and skips the backup dir, dotfiles and runtime state, saying why', async () => {
    box = await sandbox();
    const { mkdir } = await import('node:fs/promises');
    await mkdir(path.join(box.configDir, 'teams/extra dir'), { recursive: true });
    await writeFile(path.join(box.configDir, 'teams/extra dir/more.json'), '{"version":"1.0"}');
    await writeFile(path.join(box.configDir, 'notes.md'), '# not config');
    await writeFile(path.join(box.configDir, '.orch-backup.json'), '{}');
    await writeFile(path.join(box.configDir, '.DS_Store'), 'x');
    await writeFile(path.join(box.configDir, 'run.lock'), '123');
    await runCli(['-c', box.configDir, 'create', 'one']);
    const result = await runCli(['-c', box.configDir, '--json', 'create', 'two']);
    const json = JSON.parse(result.stdout);
    const paths = json.files.map((f: { path: string }) => f.path);
    expect(paths).toContain('teams/extra dir/more.json');
    expect(paths).toContain('notes.md');
    expect(paths.some((p: string) => p.includes('.backups') || p.startsWith('.') || p.endsWith('.lock'))).toBe(false);
    expect(json.skipped).toEqual(
      expect.arrayContaining([
        { path: '.DS_Store', reason: 'hidden file, not matched by include', category: 'hidden' },
        { path: 'run.lock', reason: 'runtime state (setting runtimeState)', category: 'runtime-state' },
      ]),
    );
  });

  it('makes backup copies read-only so a stray edit cannot silently change them', async () => {
    box = await sandbox();
    await runCli(['-c', box.configDir, 'create', 'ro']);
    const info = await stat(path.join(box.backupDir, 'ro/files/teams.json'));
    expect(info.mode & 0o222).toBe(0);
  });

  it('shares unchanged files with the newest backup as hard links; deleting one backup leaves the other whole', async () => {
    box = await sandbox();
    await runCli(['-c', box.configDir, 'create', 'first']);
    await writeFile(path.join(box.configDir, 'team-state.json'), '{"version":"1.1"}\n');
    await runCli(['-c', box.configDir, 'create', 'second']);
    const copy = async (name: string, file: string) => stat(path.join(box.backupDir, name, 'files', file));
    expect((await copy('second', 'teams.json')).ino).toBe((await copy('first', 'teams.json')).ino);
    expect((await copy('second', 'team-state.json')).ino).not.toBe((await copy('first', 'team-state.json')).ino);
    const listed = JSON.parse((await runCli(['-c', box.configDir, '--json', 'list'])).stdout);
    const sum = listed.backups.reduce((total: number, b: { storedSize: number }) => total + b.storedSize, 0);
    expect(listed.storage.bytes).toBeLessThan(sum * 0.75);
    expect((await runCli(['-c', box.configDir, '--yes', 'clean', '--force', '--keep-last', '1'])).code).toBe(0);
    expect((await runCli(['-c', box.configDir, 'verify', 'second'])).code).toBe(0);
    expect((await copy('second', 'teams.json')).nlink).toBe(1);
  });
});
