import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { FileUnreadableError, errnoOf } from '../../errors/index.js';
import { mapLimit } from '../util/fs.js';
import { scanConfigDir, type SkippedEntry } from './scan.js';
import type { SelectionSettings } from './select.js';
import { ownedPaths } from './owned-paths.js';

export interface SnapshotFile {
  path: string;
  bytes: Buffer;
  size: number;
  sha256: string;
}

export interface Snapshot {
  root: string;
  files: SnapshotFile[];
  skipped: SkippedEntry[];
}

export interface SnapshotOptions {
  configDir: string;
  backupDir: string;
  settings: SelectionSettings;
  /** The settings file in use, never read as config when it lies inside the config dir. */
  settingsFile?: string | null;
}

/**
 * A config being rewritten while it is read (a restore moves files in and out, an editor saves by
 * rename) can lose a file between the listing and the read: the whole read is taken again, up to
 * this many times, before such a file is an error.
 */
const READ_ATTEMPTS = 3;

/** Reads every config file once: its bytes, size and SHA-256. */
export async function readSnapshot(options: SnapshotOptions): Promise<Snapshot> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await readSnapshotOnce(options);
    } catch (error) {
      if (!(error instanceof FileUnreadableError && error.errno === 'ENOENT') || attempt >= READ_ATTEMPTS) throw error;
    }
  }
}

async function readSnapshotOnce(options: SnapshotOptions): Promise<Snapshot> {
  const scan = await scanConfigDir({
    configDir: options.configDir,
    backupDir: options.backupDir,
    settings: options.settings,
    owned: ownedPaths(options),
  });
  const files = await mapLimit(scan.files, 8, async (file) => {
    let bytes: Buffer;
    try {
      bytes = await readFile(file.absolutePath);
    } catch (error) {
      throw new FileUnreadableError(file.path, errnoOf(error), { cause: error });
    }
    return { path: file.path, bytes, size: bytes.length, sha256: sha256Hex(bytes) };
  });
  return { root: scan.root, files, skipped: scan.skipped };
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** True when two file lists hold the same paths with the same content. */
export function sameContent(
  a: readonly { path: string; sha256: string }[],
  b: readonly { path: string; sha256: string }[],
): boolean {
  if (a.length !== b.length) return false;
  const byPath = new Map(a.map((f) => [f.path, f.sha256]));
  return b.every((f) => byPath.get(f.path) === f.sha256);
}

export interface ContentDifference {
  added: string[];
  removed: string[];
  changed: string[];
}

/** Which files differ between `from` and `to` (by path and hash). */
export function contentDifference(
  from: readonly { path: string; sha256: string }[],
  to: readonly { path: string; sha256: string }[],
): ContentDifference {
  const before = new Map(from.map((f) => [f.path, f.sha256]));
  const after = new Map(to.map((f) => [f.path, f.sha256]));
  const added = [...after.keys()].filter((p) => !before.has(p));
  const removed = [...before.keys()].filter((p) => !after.has(p));
  const changed = [...after.keys()].filter((p) => before.has(p) && before.get(p) !== after.get(p));
  return { added, removed, changed };
}
