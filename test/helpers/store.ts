import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect } from 'vitest';
import { type Manifest, type ManifestFile, manifestChecksum } from '../../src/core/store/manifest.js';
import { runCli, sandbox, type Sandbox } from './sandbox.js';

/** A backup's manifest as stored: `manifest.json`, or a packed backup's `manifest.json.gz`. */
export async function storedManifest(backupDir: string, name: string): Promise<Manifest> {
  const dir = path.join(backupDir, name);
  const plain = await readFile(path.join(dir, 'manifest.json'), 'utf8').catch(() => undefined);
  if (plain !== undefined) return JSON.parse(plain) as Manifest;
  return JSON.parse(gunzipSync(await readFile(path.join(dir, 'manifest.json.gz'))).toString('utf8')) as Manifest;
}

/** Where a packed backup keeps one file: the pack file and the gzip member holding it. */
export async function packedLocation(
  backupDir: string,
  name: string,
  file: string,
): Promise<{ pack: string; entry: ManifestFile & { offset: number; start: number } }> {
  const manifest = await storedManifest(backupDir, name);
  const entry = manifest.files.find((f) => f.path === file);
  if (!entry || entry.pack === undefined || !manifest.packs)
    throw new Error(`${file} is not a packed entry of ${name}`);
  const id = manifest.packs[entry.pack] as string;
  return {
    pack: path.join(backupDir, '.packs', `${id}.pack`),
    entry: entry as ManifestFile & { offset: number; start: number },
  };
}

/** Re-dates loose backup `name`: createdAt is sealed by the manifest checksum, so it is re-sealed. Ages without waiting. */
export async function redate(backupDir: string, name: string, createdAt: string): Promise<void> {
  const file = path.join(backupDir, name, 'manifest.json');
  const manifest = JSON.parse(await readFile(file, 'utf8')) as Manifest;
  manifest.createdAt = createdAt;
  manifest.checksum = manifestChecksum(manifest);
  await chmod(file, 0o644);
  await writeFile(file, JSON.stringify(manifest, null, 2));
}

/**
 * The two sides of a diff: a sandbox whose store holds backup `before` of the files `files('old')`
 * and backup `after` of `files('new')`, which its config then holds.
 */
export async function beforeAndAfter(files: (side: 'old' | 'new') => Record<string, string>): Promise<Sandbox> {
  const box = await sandbox(null);
  try {
    await mkdir(box.configDir, { recursive: true });
    for (const [side, name] of [
      ['old', 'before'],
      ['new', 'after'],
    ] as const) {
      for (const [file, text] of Object.entries(files(side))) await writeFile(path.join(box.configDir, file), text);
      const created = await runCli(['-c', box.configDir, 'create', name, '-q']);
      expect(created.code, created.stderr).toBe(0);
    }
    return box;
  } catch (error) {
    await box.cleanup();
    throw error;
  }
}
