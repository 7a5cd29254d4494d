import { chmod, cp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { FIXTURES, runCli, sandbox, type Sandbox } from './sandbox.js';

/** Rewrites a loose backup's manifest.json through `edit`, without resealing it (as an editor would). */
export async function editManifest(
  dir: string,
  edit: (m: Record<string, unknown>) => Record<string, unknown>,
): Promise<void> {
  const file = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(file, 'utf8'));
  await chmod(file, 0o644);
  await writeFile(file, JSON.stringify(edit(manifest), null, 2));
}

/**
 * Flips one bit of a file at byte `at`, as bit rot would. By default the file is unlinked and
 * rewritten, so a copy shared with another backup by hard link stays intact there; `inPlace`
 * damages every link to it, as rot on the disk would. The mtime moves as a write would move it.
 */
export async function flipByte(
  file: string,
  { at = 10, inPlace = false }: { at?: number; inPlace?: boolean } = {},
): Promise<void> {
  const bytes = await readFile(file);
  bytes[at] = (bytes[at] as number) ^ 0x01;
  if (inPlace) await chmod(file, 0o644);
  else await rm(file);
  await writeFile(file, bytes);
  await utimes(file, new Date(), new Date());
}

/** Replaces the stored copy of `file` in backup `name` with other bytes (unlinked first, like flipByte). */
export async function tamper(backupDir: string, name: string, file: string): Promise<void> {
  const manifest = JSON.parse(await readFile(path.join(backupDir, name, 'manifest.json'), 'utf8'));
  const entry = manifest.files.find((f: { path: string }) => f.path === file);
  const stored = path.join(backupDir, name, ...entry.stored.split('/'));
  const bytes = Buffer.from('{"tampered": true}\n');
  await rm(stored);
  await writeFile(stored, entry.stored.endsWith('.gz') ? gzipSync(bytes) : bytes);
}

/** A sandbox whose config is the v2 fixture, with a backup `v1` of the v1 fixture in its store. */
export async function v2WithV1Backup(): Promise<Sandbox> {
  const box = await sandbox(path.join(FIXTURES, 'v1'));
  const made = await runCli(['-c', box.configDir, 'create', 'v1', '-m', 'v1 state']);
  if (made.code !== 0) throw new Error(`create v1 failed: ${made.stderr}`);
  await rm(path.join(box.configDir, 'teams.json'));
  await cp(path.join(FIXTURES, 'v2'), box.configDir, { recursive: true });
  await chmod(box.configDir, 0o755);
  return box;
}
