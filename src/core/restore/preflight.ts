import { constants, type Stats } from 'node:fs';
import { access, lstat } from 'node:fs/promises';
import path from 'node:path';
import { errnoOf } from '../../errors/index.js';
import { RestoreObstacleError, type ObstacleReason } from '../../errors/restore.js';
import { ownedPathProblem, type OwnedPaths } from '../config/owned-paths.js';
import { readMountPoints } from './mounts.js';

export interface TargetCheck {
  backup: string;
  /** The config dir, resolved (no symlink in it). */
  configRoot: string;
  stagingDir: string;
  /** Paths the restore puts a file at, and paths it removes, relative to the config dir. */
  writes: readonly string[];
  removes: readonly string[];
  owned: OwnedPaths;
}

/**
 * Checks, before anything moves, that every target can take its file by a rename from the
 * staging dir: confined to the config dir and not the tool's own, no symlinked directory on its
 * way, the right kind of entry, no mount point, the same file system as the staging dir, a
 * writable parent. Throws the first obstacle; returns the directories the restore will create
 * (so that a rollback can remove them again), parents first.
 */
export async function checkTargets(check: TargetCheck): Promise<string[]> {
  const refuse = (rel: string, reason: ObstacleReason, errno?: string): never => {
    throw new RestoreObstacleError(check.backup, rel, reason, errno);
  };
  for (const rel of [...check.writes, ...check.removes]) {
    const problem = ownedPathProblem(rel, check.owned);
    if (problem) refuse(rel, problem);
  }
  const root = await lstatOrNull(check.configRoot);
  // A config dir that is gone is made anew, files and all: nothing in it can be in the way.
  if (!root) return [];
  const mounts = await readMountPoints();
  const infos = new Map<string, Stats | null>();
  const info = async (rel: string): Promise<Stats | null> => {
    if (!infos.has(rel)) infos.set(rel, await lstatOrNull(path.join(check.configRoot, ...rel.split('/'))));
    return infos.get(rel) ?? null;
  };
  const crossing = (rel: string, stats: Stats): ObstacleReason | null =>
    mounts?.has(path.join(check.configRoot, ...rel.split('/')))
      ? 'mount-point'
      : stats.dev !== root.dev
        ? 'other-file-system'
        : null;
  const writable = new Map<string, Promise<string | undefined>>();
  const canWrite = (rel: string): Promise<string | undefined> => {
    let done = writable.get(rel);
    if (!done) {
      const dir = rel === '' ? check.configRoot : path.join(check.configRoot, ...rel.split('/'));
      writable.set(
        rel,
        (done = access(dir, constants.W_OK | constants.X_OK).then(
          () => undefined,
          (error: unknown) => errnoOf(error) ?? 'EACCES',
        )),
      );
    }
    return done;
  };

  if (mounts?.has(check.stagingDir)) refuse(path.basename(check.stagingDir), 'mount-point');
  const rootErrno = await canWrite('');
  if (rootErrno) refuse('.', 'not-writable', rootErrno);
  const created = new Set<string>();
  const writes = new Set(check.writes);
  for (const rel of [...check.writes, ...check.removes]) {
    const segments = rel.split('/');
    let parent = '';
    let missingFrom = -1;
    for (let i = 0; i < segments.length - 1; i++) {
      const dir = segments.slice(0, i + 1).join('/');
      const stats = await info(dir);
      if (!stats) {
        missingFrom = i;
        break;
      }
      if (stats.isSymbolicLink()) refuse(dir, 'symlinked-directory');
      if (!stats.isDirectory()) refuse(dir, 'file-in-place-of-directory');
      const mounted = crossing(dir, stats);
      if (mounted) refuse(dir, mounted);
      parent = dir;
    }
    // The nearest existing directory takes the new entry (or the first directory made for it).
    const errno = await canWrite(parent);
    if (errno) refuse(parent === '' ? '.' : parent, 'not-writable', errno);
    if (missingFrom >= 0) {
      if (writes.has(rel))
        for (let i = missingFrom; i < segments.length - 1; i++) created.add(segments.slice(0, i + 1).join('/'));
      continue;
    }
    const stats = await info(rel);
    if (!stats || stats.isSymbolicLink()) continue; // a symlink itself is replaced, never followed
    if (stats.isDirectory()) refuse(rel, 'directory-in-place-of-file');
    if (!stats.isFile()) refuse(rel, 'not-a-regular-file');
    const mounted = crossing(rel, stats);
    if (mounted) refuse(rel, mounted);
  }
  return [...created].sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1));
}

/**
 * Throws unless no directory on the way to each path (inside the config dir) is a symlink: a
 * recovery re-checks this, as the tree may have changed since the restore was planned.
 */
export async function assertNoSymlinkedDirectory(
  backup: string,
  configRoot: string,
  paths: readonly string[],
): Promise<void> {
  const seen = new Set<string>();
  for (const rel of paths) {
    const segments = rel.split('/');
    for (let i = 0; i < segments.length - 1; i++) {
      const dir = segments.slice(0, i + 1).join('/');
      if (seen.has(dir)) continue;
      seen.add(dir);
      const stats = await lstatOrNull(path.join(configRoot, ...dir.split('/')));
      if (!stats) break;
      if (stats.isSymbolicLink()) throw new RestoreObstacleError(backup, dir, 'symlinked-directory');
    }
  }
}

async function lstatOrNull(file: string): Promise<Stats | null> {
  try {
    return await lstat(file);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT' || errnoOf(error) === 'ENOTDIR') return null;
    throw error;
  }
}
