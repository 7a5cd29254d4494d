import { chmod, readFile, readdir, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, sandbox, type Sandbox } from './helpers/sandbox.js';
import { packedLocation, storedManifest } from './helpers/store.js';

let box: Sandbox;
afterEach(async () => box?.cleanup());

async function packedBackups(names: string[]): Promise<void> {
  await writeFile(path.join(box.configDir, '.orch-backup.json'), JSON.stringify({ compressAbove: 0 }));
  for (const name of names) {
    await writeFile(path.join(box.configDir, 'changing.json'), JSON.stringify({ version: '1.0', which: name }));
    const made = await runCli(['-c', box.configDir, 'create', name]);
    expect(made.code, made.stderr).toBe(0);
  }
}

describe('packed create shares content with earlier backups', () => {
  it('stores only the changed file in a new pack and references the rest', async () => {
    box = await sandbox();
    await packedBackups(['p1', 'p2']);
    const [p1, p2] = [await storedManifest(box.backupDir, 'p1'), await storedManifest(box.backupDir, 'p2')];
    expect(p2.packs).toHaveLength(2);
    expect(p2.packs).toContain(p1.packs?.[0]);
    const own = p2.files.filter((f) => p2.packs?.[f.pack as number] !== p1.packs?.[0]).map((f) => f.path);
    expect(own).toEqual(['changing.json']);
  });

  it('a shared pack cut short is noticed by create, which then stores everything anew', async () => {
    box = await sandbox();
    await packedBackups(['p1']);
    const { pack } = await packedLocation(box.backupDir, 'p1', 'teams.json');
    await chmod(pack, 0o644);
    await truncate(pack, 40);
    await packedBackups(['p2']);
    expect((await runCli(['-c', box.configDir, 'verify', 'p2'])).code).toBe(0);
    expect((await runCli(['-c', box.configDir, 'verify', 'p1'])).code).toBe(1);
    expect((await storedManifest(box.backupDir, 'p2')).packs).toHaveLength(1);
  });

  it('shared content altered in place is left to verify: create checks only what it wrote', async () => {
    box = await sandbox();
    await packedBackups(['p1']);
    const { pack, entry } = await packedLocation(box.backupDir, 'p1', 'teams.json');
    const bytes = await readFile(pack);
    bytes[entry.offset + 30] = (bytes[entry.offset + 30] as number) ^ 0xff;
    await chmod(pack, 0o644);
    await writeFile(pack, bytes);
    await packedBackups(['p2']);
    const verify = await runCli(['-c', box.configDir, 'verify', 'p2']);
    expect(verify.code).toBe(1);
    expect(verify.stdout).toMatch(/teams\.json: (stored copy .* is corrupt|content changed)/);
  });

  it('does not share content through a manifest whose checksum fails', async () => {
    box = await sandbox();
    await packedBackups(['p1']);
    const file = path.join(box.backupDir, 'p1', 'manifest.json.gz');
    const manifest = JSON.parse(gunzipSync(await readFile(file)).toString('utf8'));
    manifest.description = 'edited without resealing';
    await chmod(file, 0o644);
    await writeFile(file, gzipSync(JSON.stringify(manifest)));
    await packedBackups(['p2']);
    const p2 = await storedManifest(box.backupDir, 'p2');
    expect(p2.packs).toHaveLength(1);
    expect(p2.packs).not.toContain(manifest.packs[0]);
    expect((await runCli(['-c', box.configDir, 'verify', 'p2'])).code).toBe(0);
    expect(await readdir(path.join(box.backupDir, '.packs'))).toHaveLength(2);
  });
});
