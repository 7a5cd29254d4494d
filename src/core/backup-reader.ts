import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip as gunzipCallback } from 'node:zlib';
import { BackupDamagedError, ManifestError } from '../errors.js';
import type { Manifest, ManifestFile } from './manifest.js';
import { sha256Hex } from './snapshot.js';
import { loadManifest } from './store.js';

const gunzip = promisify(gunzipCallback);

/**
 * A backup opened for reading: its checked manifest, and each file's content on demand. Callers
 * that need a few files (diff, the hook) read only those instead of the whole backup.
 */
export interface BackupReader {
  name: string;
  dir: string;
  manifest: Manifest;
  /** The file's original bytes, checked against the manifest's size and SHA-256. */
  read(file: ManifestFile): Promise<Buffer>;
}

/** Opens a backup whose manifest checks out; reads no file content yet. */
export async function openBackup(backupDir: string, name: string): Promise<BackupReader> {
  const loaded = await loadManifest(backupDir, name);
  if (!loaded.manifest) throw new ManifestError(name, loaded.problems.join('; '));
  if (loaded.problems.length > 0) throw new BackupDamagedError(name, loaded.problems);
  const { dir, manifest } = loaded;
  return {
    name,
    dir,
    manifest,
    read: async (file) => {
      let bytes: Buffer;
      try {
        const raw = await readFile(path.join(dir, ...file.stored.split('/')));
        bytes = file.stored.endsWith('.gz') ? await gunzip(raw) : raw;
      } catch (error) {
        const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
        throw new BackupDamagedError(name, [`${file.path}: ${missing ? 'stored copy is missing' : 'stored copy is unreadable'}`]);
      }
      if (bytes.length !== file.size || sha256Hex(bytes) !== file.sha256) throw new BackupDamagedError(name, [`${file.path}: content changed`]);
      return bytes;
    },
  };
}
