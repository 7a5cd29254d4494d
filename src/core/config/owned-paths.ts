import { realpathSync } from 'node:fs';
import path from 'node:path';
import { isSafeRelativePath } from '../store/manifest.js';
import { SETTINGS_FILE } from './settings.js';

/** Inside the config dir, so every move into place is a rename on the same file system. */
export const RESTORE_STAGING_DIR = '.orch-backup-restore';
/** Where the store lives unless `--backup-dir` says otherwise. */
const DEFAULT_STORE_DIR = '.backups';

/**
 * The places inside a config dir that belong to the tool, as `/`-separated paths relative to
 * the config dir: a backup's content may never name them, so that no backup, archive or
 * journal can switch the settings (redaction) or replace a stored backup.
 */
export interface OwnedPaths {
  reserved: readonly string[];
}

/** The names the tool always owns at the top of a config dir, wherever its store really is. */
export const DEFAULT_OWNED: OwnedPaths = { reserved: [SETTINGS_FILE, RESTORE_STAGING_DIR, DEFAULT_STORE_DIR] };

/** The default names plus the actual store and settings file, when they lie inside the config dir. */
export function ownedPaths(options: {
  configDir?: string;
  backupDir?: string;
  settingsFile?: string | null;
}): OwnedPaths {
  const reserved = new Set(DEFAULT_OWNED.reserved);
  if (options.configDir !== undefined) {
    const roots = variants(options.configDir);
    for (const owned of [options.backupDir, options.settingsFile]) {
      if (!owned) continue;
      for (const root of roots) {
        for (const target of variants(owned)) {
          const rel = path.relative(root, target);
          if (rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel)) reserved.add(rel.split(path.sep).join('/'));
        }
      }
    }
  }
  return { reserved: [...reserved] };
}

/**
 * Why `rel` may not be a path of a backup's content, or null when it may. Compared without
 * case: on a case-insensitive file system `.Orch-Backup.json` is the settings file.
 */
export function ownedPathProblem(rel: string, owned: OwnedPaths = DEFAULT_OWNED): 'unsafe-path' | 'owned-path' | null {
  if (!isSafeRelativePath(rel)) return 'unsafe-path';
  const lower = rel.toLowerCase();
  for (const reserved of owned.reserved) {
    const r = reserved.toLowerCase();
    if (lower === r || lower.startsWith(`${r}/`)) return 'owned-path';
  }
  return null;
}

/** The path as given and as resolved (the store is often reached through a symlink). */
function variants(p: string): string[] {
  const absolute = path.resolve(p);
  try {
    const real = realpathSync.native(absolute);
    return real === absolute ? [absolute] : [absolute, real];
  } catch {
    return [absolute];
  }
}
