import { createHash } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { exportBackup } from '../src/core/archive/export.js';
import { createBackup } from '../src/core/create/create.js';
import { sealManifest, serializeManifest } from '../src/core/store/manifest.js';

/**
 * The exact tar bytes inside the export of one fixed backup, and its gzip header. Exports are
 * deterministic, and people keep their hashes: a change here changes every export and must be
 * noted in docs/FORMAT.md. The deflate stream itself is left to zlib (Node versions may differ).
 */
const GOLDEN_TAR_SHA256 = 'a93c75a7f586bd59f82443bb914124e28700d7594379ce2db91ed84c3e0c003e';
/** Magic, deflate, no flags, mtime 0, maximum compression, OS "unknown". */
const GZIP_HEADER = '1f8b08000000000002ff';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** A loose backup whose every byte is fixed here: content, time, and the manifest fields other versions fill in. */
async function fixedBackup(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'orch-golden-'));
  dirs.push(dir);
  const backupDir = path.join(dir, 'store');
  const documents = [
    { path: 'settings.json', bytes: Buffer.from('{\n  "version": "1.2.0"\n}\n') },
    { path: 'teams.json', bytes: Buffer.from(`{"teams": {"core": {"members": ["${'a'.repeat(300)}"]}}}\n`) },
    { path: `nested/${'deep/'.repeat(25)}long-path-over-100-characters.json`, bytes: Buffer.from('{"long": true}\n') },
    { path: 'unicode-ünïcödé.json', bytes: Buffer.from('{"é": "ü"}\n') },
  ];
  await createBackup({
    configDir: path.join(dir, 'config'),
    backupDir,
    name: 'golden',
    documents,
    now: new Date('2024-05-06T07:08:09.123Z'),
  });
  const file = path.join(backupDir, 'golden', 'manifest.json');
  const { checksum: _checksum, ...manifest } = JSON.parse(await readFile(file, 'utf8'));
  const pinned = {
    ...manifest,
    tool: { name: 'orchestration-backup', version: '0.0.0' },
    validation: { status: 'valid', errors: 0, warnings: 0 },
  };
  await chmod(file, 0o644);
  await writeFile(file, serializeManifest(sealManifest(pinned)));
  return backupDir;
}

describe('export bytes', () => {
  it('are the pinned golden bytes for a fixed backup, and the same on every run', async () => {
    const backupDir = await fixedBackup();
    const out = path.dirname(backupDir);
    const first = await exportBackup({ backupDir, name: 'golden', output: path.join(out, 'a.tar.gz') });
    const second = await exportBackup({ backupDir, name: 'golden', output: path.join(out, 'b.tar.gz') });
    const bytes = await readFile(path.join(out, 'a.tar.gz'));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(first.sha256);
    expect(second.sha256).toBe(first.sha256);
    expect(bytes.subarray(0, 10).toString('hex')).toBe(GZIP_HEADER);
    expect(createHash('sha256').update(gunzipSync(bytes)).digest('hex')).toBe(GOLDEN_TAR_SHA256);
  });
});
