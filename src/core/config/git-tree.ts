import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GitError } from '../../errors/index.js';
import { childProcess } from '../util/builtins.js';
import type { ConfigDocument } from '../validate/types.js';
import { parseBatch, parseListing } from './git-objects.js';
import { fileSelection, type LeftOutReason, type SelectionSettings } from './select.js';

/** Runs git in `cwd`; the environment git gave the hook (GIT_INDEX_FILE for `commit <paths>`, GIT_DIR) is inherited. */
export function git(cwd: string, args: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    childProcess().execFile(
      'git',
      args,
      { cwd, encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new GitError(args, stderr.toString() || error.message));
        else resolve(stdout);
      },
    );
  });
}

/**
 * Runs a short local git command to completion. Synchronous on purpose: the hooks start several
 * of these on every commit and tool call, and a blocking spawn costs the Node process less than
 * an asynchronous one with its pipes and streams (3 spawns: 30 ms less CPU here).
 */
function gitNow(cwd: string, args: string[], input?: string): Buffer {
  const result = childProcess().spawnSync('git', args, { cwd, input, maxBuffer: 1024 * 1024 * 1024 });
  if (result.error) throw new GitError(args, result.error.message);
  if (result.status !== 0) throw new GitError(args, result.stderr.toString() || `exit ${result.status}`);
  return result.stdout;
}

export async function repoRoot(cwd: string): Promise<string> {
  return (await git(cwd, ['rev-parse', '--show-toplevel'])).toString().trim();
}

export interface ConfigScope {
  /** Config dir relative to the repo root, `/`-separated, '' for the root itself. */
  configDir: string;
  /** Backup dir relative to the repo root, or null when it is outside the repository. */
  backupDir: string | null;
  /** The include/exclude/runtime-state rules, compiled once: why a config-relative path is left out, or null. */
  leftOut: (rel: string) => LeftOutReason | null;
}

export function scopeFor(
  root: string,
  configDir: string,
  backupDir: string,
  selection: SelectionSettings,
): ConfigScope {
  const rel = (p: string): string | null => {
    const r = path.relative(root, p).split(path.sep).join('/');
    return r.startsWith('..') || path.isAbsolute(r) ? null : r;
  };
  const config = rel(configDir);
  if (config === null)
    throw new GitError(['rev-parse'], `the config dir ${configDir} is outside the repository ${root}`);
  return {
    configDir: config,
    backupDir: rel(backupDir),
    leftOut: fileSelection(selection),
  };
}

/** Regular files under `pathspecs` in the index (`ref` null) or a commit: repo path → blob id. */
export async function listEntries(root: string, pathspecs: string[], ref: string | null): Promise<Map<string, string>> {
  const listing =
    ref === null
      ? gitNow(root, ['ls-files', '-s', '-z', '--', ...pathspecs])
      : gitNow(root, ['ls-tree', '-r', '-z', ref, '--', ...pathspecs]);
  return parseListing(listing, ref === null);
}

/** The entries that are config files of `scope`, as config-dir-relative paths (same rules as a disk backup). */
export function configEntries(entries: Map<string, string>, scope: ConfigScope): { path: string; oid: string }[] {
  const { leftOut } = scope;
  const prefix = scope.configDir === '' ? '' : `${scope.configDir}/`;
  const out: { path: string; oid: string }[] = [];
  for (const [repoPath, oid] of entries) {
    if (!repoPath.startsWith(prefix)) continue;
    if (scope.backupDir && (repoPath === scope.backupDir || repoPath.startsWith(`${scope.backupDir}/`))) continue;
    const rel = repoPath.slice(prefix.length);
    if (leftOut(rel) === null) out.push({ path: rel, oid });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Config documents for listed entries, every blob read through one `git cat-file` process. */
export async function documentsOf(
  root: string,
  ...sides: { path: string; oid: string }[][]
): Promise<ConfigDocument[][]> {
  return documentsWith(root, new Map(), sides);
}

/** `documentsOf`, with the blobs in `known` (by id) taken from there instead of from git. */
export function documentsWith(
  root: string,
  known: ReadonlyMap<string, Buffer>,
  sides: readonly (readonly { path: string; oid: string }[])[],
): ConfigDocument[][] {
  const missing = [...new Set(sides.flat().map((e) => e.oid))].filter((oid) => !known.has(oid));
  const blobs = readBlobs(root, missing);
  const byOid = new Map([...known, ...missing.map((oid, i): [string, Buffer] => [oid, blobs[i] as Buffer])]);
  return sides.map((side) => side.map((e) => ({ path: e.path, bytes: byOid.get(e.oid) as Buffer })));
}

/**
 * The blobs among `entries` (repo path → id) whose work-tree file holds exactly that content,
 * read from the disk: a few reads cost less than git's object store, and the hash proves the
 * bytes are the blob's (a file edited since `git add`, or rewritten by a filter, is left to git).
 */
export function workTreeBlobs(
  root: string,
  entries: Iterable<readonly [string, string]>,
  skip: ReadonlySet<string>,
): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  for (const [repoPath, oid] of entries) {
    if (skip.has(oid) || found.has(oid)) continue;
    let bytes: Buffer;
    try {
      bytes = readFileSync(path.join(root, repoPath));
    } catch {
      continue;
    }
    // Git names a blob by the hash of "blob <size>\0" and its bytes: SHA-1, or SHA-256 in repositories that use it.
    const hash = createHash(oid.length === 64 ? 'sha256' : 'sha1');
    if (hash.update(`blob ${bytes.length}\0`).update(bytes).digest('hex') === oid) found.set(oid, bytes);
  }
  return found;
}

/** The config documents as recorded in the index (`ref` = null) or in a commit. */
export async function readTreeDocuments(
  root: string,
  scope: ConfigScope,
  ref: string | null,
): Promise<ConfigDocument[]> {
  const entries = await listEntries(root, [scope.configDir === '' ? '.' : scope.configDir], ref);
  const [docs] = await documentsOf(root, configEntries(entries, scope));
  return docs ?? [];
}

/** Reads many blobs through one `git cat-file --batch` process. */
function readBlobs(root: string, oids: string[]): Buffer[] {
  if (oids.length === 0) return [];
  const objects = parseBatch(gitNow(root, ['cat-file', '--batch'], `${oids.join('\n')}\n`));
  return oids.map((oid) => {
    const object = objects.get(oid);
    if (Buffer.isBuffer(object)) return object;
    throw new GitError(['cat-file'], `object ${oid} is ${object?.notBlob ?? 'missing'}`);
  });
}
