import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip as gunzipCallback } from 'node:zlib';
import { BackupDamagedError, ManifestError } from '../errors.js';
import type { Manifest } from './manifest.js';
import { sha256Hex } from './snapshot.js';
import { loadManifest } from './store.js';
import { extraFiles } from './verify.js';
import type { ConfigDocument } from './validate/types.js';
import { validateDocuments, type ValidationReport } from './validate/index.js';
import { DEFAULT_SETTINGS, type Settings } from './settings.js';

const gunzip = promisify(gunzipCallback);

/** A backup's files as they were backed up; refuses a backup whose manifest or content does not check out. */
export async function readBackupFiles(backupDir: string, name: string): Promise<{ manifest: Manifest; files: ConfigDocument[] }> {
  const loaded = await loadManifest(backupDir, name);
  if (!loaded.manifest) throw new ManifestError(name, loaded.problems.join('; '));
  if (loaded.problems.length > 0) throw new BackupDamagedError(name, loaded.problems);
  const problems: string[] = [];
  const files: ConfigDocument[] = [];
  for (const file of loaded.manifest.files) {
    try {
      const raw = await readFile(path.join(loaded.dir, ...file.stored.split('/')));
      const bytes = file.stored.endsWith('.gz') ? await gunzip(raw) : raw;
      if (sha256Hex(bytes) !== file.sha256) problems.push(`${file.path}: content changed`);
      else files.push({ path: file.path, bytes });
    } catch (error) {
      problems.push(`${file.path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'stored copy is missing' : 'stored copy is unreadable'}`);
    }
  }
  // Same verdict as `verify`: a backup with unlisted files is damaged, even if none is ever read.
  for (const extra of await extraFiles(loaded.dir, loaded.manifest)) problems.push(extra.message);
  if (problems.length > 0) throw new BackupDamagedError(name, problems);
  return { manifest: loaded.manifest, files };
}

/** Validates a backup's content exactly as `validateConfig` validates the live config. */
export async function validateBackup(backupDir: string, name: string, settings: Settings = DEFAULT_SETTINGS): Promise<ValidationReport> {
  const { files } = await readBackupFiles(backupDir, name);
  return validateDocuments(files, { settings });
}
