import { lstatSync, readFileSync, readdirSync, renameSync, statSync } from 'node:fs';
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  BackupDirError,
  BackupExistsError,
  BackupNotFoundError,
  StoreWriteError,
  errnoOf,
} from '../../errors/index.js';
import { fsyncDir, fsyncDirSync, mapLimit, removeTree, writeNewFile } from '../util/fs.js';
import { acquireLock, type StoreLock } from './lock.js';
import {
  CHECKSUM_MISMATCH,
  MANIFEST_FILE,
  PACKED_MANIFEST_FILE,
  manifestChecksum,
  parseManifest,
  type Manifest,
} from './manifest.js';
import { isValidName } from './names.js';
import { closestNames } from '../util/suggest.js';
import { zlib } from '../util/builtins.js';

/**
 * Written when a store is created, as Python's venv does: the backups stay out of git in any
 * repository, without a line in its .gitignore. Delete it to commit them deliberately.
 */
const STORE_GITIGNORE = '.gitignore';
const STORE_GITIGNORE_TEXT =
  '# Written by orch-backup when it created this backup store: backups stay out of git.\n*\n';

/** Temporary entries in the backup dir: never listed, removed by the next writer. */
export const STAGING_PREFIX = '.staging-';
export const TRASH_PREFIX = '.trash-';

/**
 * Makes sure the backup dir exists and is a directory. With `create: false` a missing dir
 * is fine (an empty store); a file in its place is always an error.
 */
export async function ensureBackupDir(backupDir: string, create: boolean): Promise<boolean> {
  // Synchronous checks: every command (and hook) starts here, and thread-pool round trips cost more than these calls.
  try {
    const info = lstatSync(backupDir);
    if (info.isSymbolicLink()) {
      if (!statSync(backupDir).isDirectory())
        throw new BackupDirError(backupDir, 'is a symlink to something that is not a directory');
    } else if (!info.isDirectory())
      throw new BackupDirError(backupDir, 'is a file, not a directory: move it away or pass --backup-dir');
    // An empty directory someone made for the store gets its first write too.
    if (create && readdirSync(backupDir).length === 0) await writeStoreGitignore(backupDir);
    return true;
  } catch (error) {
    if (error instanceof BackupDirError) throw error;
    if (errnoOf(error) === 'ENOTDIR')
      throw new BackupDirError(backupDir, 'is inside something that is not a directory');
    if (errnoOf(error) !== 'ENOENT') throw error;
  }
  if (!create) return false;
  try {
    await mkdir(backupDir, { recursive: true });
    await writeStoreGitignore(backupDir);
  } catch (error) {
    if (errnoOf(error) === 'ENOTDIR' || errnoOf(error) === 'EEXIST')
      throw new BackupDirError(backupDir, 'cannot be created: a parent is a file');
    throw new StoreWriteError(backupDir, errnoOf(error), { cause: error });
  }
  return true;
}

async function writeStoreGitignore(backupDir: string): Promise<void> {
  try {
    await writeFile(path.join(backupDir, STORE_GITIGNORE), STORE_GITIGNORE_TEXT, { flag: 'wx' });
  } catch (error) {
    if (errnoOf(error) === 'EEXIST') return; // a concurrent writer made it
    if (
      errnoOf(error) === 'EACCES' ||
      errnoOf(error) === 'EROFS' ||
      errnoOf(error) === 'EPERM' ||
      errnoOf(error) === 'ENOSPC'
    )
      throw new StoreWriteError(backupDir, errnoOf(error), { cause: error });
    throw error;
  }
}

/** Creates the dir if needed, locks the store and removes what interrupted writers left. */
export async function lockStore(backupDir: string, command: string, timeoutMs: number): Promise<StoreLock> {
  await ensureBackupDir(backupDir, true);
  let lock: StoreLock;
  try {
    lock = await acquireLock(backupDir, { command, timeoutMs });
  } catch (error) {
    const code = errnoOf(error);
    if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM' || code === 'ENOSPC')
      throw new StoreWriteError(backupDir, code, { cause: error });
    throw error;
  }
  await removeLeftovers(backupDir);
  return lock;
}

let stagedFiles = 0;

/**
 * A new path in the store for a file written aside before it goes into place: a staging name,
 * which the next writer to take the store lock removes if a crash left it there.
 */
export function stagingPath(backupDir: string, label: string): string {
  stagedFiles += 1;
  return path.join(backupDir, `${STAGING_PREFIX}${label}-${process.pid}-${Date.now().toString(36)}-${stagedFiles}`);
}

/**
 * Replaces `target` atomically by a file written whole under a staging name in the store first
 * (a crash leaves the old version or the new one, and at most a copy the next writer to take the
 * lock removes). The caller holds the store lock. `beforeRename` is a test-only fault step.
 */
export async function replaceViaStaging(
  backupDir: string,
  label: string,
  target: string,
  body: string | Uint8Array,
  mode: number,
  beforeRename: () => void = () => undefined,
): Promise<void> {
  const temporary = stagingPath(backupDir, label);
  await writeNewFile(temporary, body, mode);
  beforeRename();
  try {
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await fsyncDir(path.dirname(target));
}

async function removeLeftovers(backupDir: string): Promise<void> {
  for (const entry of readdirSync(backupDir)) {
    if (entry.startsWith(STAGING_PREFIX) || entry.startsWith(TRASH_PREFIX))
      await removeTree(path.join(backupDir, entry));
  }
}

/** Names of the entries that may be backups (valid names, directories or not). */
export async function backupNames(backupDir: string): Promise<string[]> {
  try {
    return readdirSync(backupDir).filter(isValidName).sort();
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return [];
    if (errnoOf(error) === 'ENOTDIR')
      throw new BackupDirError(backupDir, 'is a file, not a directory: move it away or pass --backup-dir');
    throw error;
  }
}

export interface LoadedManifest {
  name: string;
  dir: string;
  manifest?: Manifest;
  problems: string[];
  /** Loaded with `checksums: false`: `confirmManifest` has not checked it yet. */
  checksumUnchecked?: boolean;
}

/** Reads one backup's manifest without checking its files (that is `verifyBackup`). */
export async function loadManifest(backupDir: string, name: string): Promise<LoadedManifest> {
  return loadManifestNow(backupDir, name);
}

/**
 * Synchronous on purpose: listing 1,000 backups is 1,000 small reads, and going through the
 * thread pool for each cost more than the reads themselves.
 */
function loadManifestNow(backupDir: string, name: string, checksum = true): LoadedManifest {
  const dir = path.join(backupDir, name);
  const info = lstatSync(dir, { throwIfNoEntry: false });
  if (!info) throw new BackupNotFoundError(name, backupDir, similarBackupNames(backupDir, name));
  if (!info.isDirectory()) return { name, dir, problems: ['the backup is not a directory'] };
  let text: string;
  try {
    text = readManifestText(dir);
  } catch (error) {
    const code = errnoOf(error);
    return {
      name,
      dir,
      problems: [
        code === 'ENOENT'
          ? 'manifest.json is missing'
          : code?.startsWith('Z_')
            ? 'manifest.json.gz is corrupt'
            : `manifest.json is unreadable (${code})`,
      ],
    };
  }
  const { manifest, problems } = parseManifest(text, name, { checksum });
  if (!manifest) return { name, dir, problems };
  return checksum ? { name, dir, manifest, problems } : { name, dir, manifest, problems, checksumUnchecked: true };
}

/** Backups named like a mistyped `name`, for the "did you mean" of a not-found error. */
function similarBackupNames(backupDir: string, name: string): string[] {
  try {
    return closestNames(name, readdirSync(backupDir).filter(isValidName));
  } catch {
    return [];
  }
}

/**
 * Checks the checksum of a manifest loaded with `checksums: false`, adding the problem when it
 * does not match. True when the backup's manifest is intact.
 */
export function confirmManifest(entry: LoadedManifest): boolean {
  if (entry.manifest && entry.checksumUnchecked) {
    entry.checksumUnchecked = false;
    if (manifestChecksum(entry.manifest) !== entry.manifest.checksum) entry.problems.push(CHECKSUM_MISMATCH);
  }
  return !!entry.manifest && entry.problems.length === 0;
}

/** A loose backup's `manifest.json`, else a packed backup's `manifest.json.gz`. */
function readManifestText(dir: string): string {
  try {
    return readFileSync(path.join(dir, MANIFEST_FILE), 'utf8');
  } catch (error) {
    if (errnoOf(error) !== 'ENOENT') throw error;
  }
  return zlib()
    .gunzipSync(readFileSync(path.join(dir, PACKED_MANIFEST_FILE)))
    .toString('utf8');
}

/**
 * All backups' manifests, newest first; equal times are ordered by name, the last name counting
 * as newer. With `checksums: false` the (costly) manifest checksums are left for
 * `confirmManifest` to check on the entries a caller actually relies on.
 */
export async function loadAllManifests(
  backupDir: string,
  options: { checksums?: boolean } = {},
): Promise<LoadedManifest[]> {
  return loadManifestsOf(backupDir, await backupNames(backupDir), options);
}

/** `loadAllManifests` for the given backup names only (a listing the caller already has). */
export function loadManifestsOf(
  backupDir: string,
  names: readonly string[],
  options: { checksums?: boolean } = {},
): LoadedManifest[] {
  const loaded = names.flatMap((name): LoadedManifest[] => {
    try {
      return [loadManifestNow(backupDir, name, options.checksums !== false)];
    } catch (error) {
      // Gone since the directory was read: a concurrent clean removed it, which is no damage.
      if (error instanceof BackupNotFoundError) return [];
      return [{ name, dir: path.join(backupDir, name), problems: [String((error as Error).message)] }];
    }
  });
  return loaded.sort(newestFirst);
}

function newestFirst(a: LoadedManifest, b: LoadedManifest): number {
  const ta = a.manifest ? Date.parse(a.manifest.createdAt) : -Infinity;
  const tb = b.manifest ? Date.parse(b.manifest.createdAt) : -Infinity;
  if (ta !== tb) return tb - ta;
  return a.name < b.name ? 1 : a.name > b.name ? -1 : 0;
}

const FEW_DIRS = 4;

/**
 * Makes a fully written staging directory the backup `name`: its directories are fsynced, it is
 * renamed into place (atomic, and never over an existing backup), then the store is fsynced.
 */
export async function publishStaged(
  backupDir: string,
  staging: string,
  name: string,
  dirs: Iterable<string>,
): Promise<string> {
  // The order among them does not matter, only that all are done before the rename. A few (a
  // small loose backup, made on every hook commit) are synced directly: the thread pool's round
  // trips cost more than the calls; many go through it several at a time.
  const unique = [...new Set(dirs)];
  if (unique.length <= FEW_DIRS) for (const dir of unique) fsyncDirSync(dir);
  else await mapLimit(unique, 8, (dir) => fsyncDir(dir));
  const finalDir = path.join(backupDir, name);
  try {
    renameSync(staging, finalDir);
  } catch (error) {
    if (['EEXIST', 'ENOTEMPTY', 'EISDIR', 'ENOTDIR'].includes(errnoOf(error) ?? '')) throw new BackupExistsError(name);
    throw error;
  }
  fsyncDirSync(backupDir);
  return finalDir;
}
