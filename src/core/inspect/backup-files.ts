import { BackupDamagedError } from '../../errors/index.js';
import { openBackup } from '../store/backup-reader.js';
import type { Manifest } from '../store/manifest.js';
import { extraFiles } from './verify.js';
import type { ConfigDocument } from '../validate/types.js';
import { validateDocuments, type ValidationReport } from '../validate/index.js';
import { DEFAULT_SETTINGS, type Settings } from '../config/settings.js';

/** A backup's files as they were backed up; refuses a backup whose manifest or content does not check out. */
export async function readBackupFiles(
  backupDir: string,
  name: string,
): Promise<{ manifest: Manifest; files: ConfigDocument[] }> {
  const backup = await openBackup(backupDir, name);
  const problems: string[] = [];
  const files: ConfigDocument[] = [];
  for (const file of backup.manifest.files) {
    try {
      files.push({ path: file.path, bytes: await backup.read(file) });
    } catch (error) {
      if (!(error instanceof BackupDamagedError)) throw error;
      problems.push(...error.problems);
    }
  }
  // Same verdict as `verify`: a backup with unlisted files is damaged, even if none is ever read.
  for (const extra of await extraFiles(backup.dir, backup.manifest)) problems.push(extra.message);
  if (problems.length > 0) throw new BackupDamagedError(name, problems);
  return { manifest: backup.manifest, files };
}

/** Validates a backup's content exactly as `validateConfig` validates the live config. */
export async function validateBackup(
  backupDir: string,
  name: string,
  settings: Settings = DEFAULT_SETTINGS,
): Promise<ValidationReport> {
  const { files } = await readBackupFiles(backupDir, name);
  return validateDocuments(files, { settings });
}
