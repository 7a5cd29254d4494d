import { execFile, spawnSync } from 'node:child_process';
import path from 'node:path';
import { GitError } from '../../errors/index.js';
import type { ConfigDocument } from '../validate/types.js';
import { fileSelection, type LeftOutReason, type SelectionSettings } from './select.js';

/** Runs git in `cwd`; the environment git gave the hook (GIT_INDEX_FILE for `commit <paths>`, GIT_DIR) is inherited. */
export function git(cwd: string, args: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new GitError(args, stderr.toString() || error.message));
      else resolve(stdout);
    });
  });
}

/**
 * Runs a short local git command to completion. Synchronous on purpose: the hooks start several
 * of these on every commit and tool call, and a blocking spawn costs the Node process less than
 * an asynchronous one with its pipes and streams (3 spawns: 30 ms less CPU here).
 */
function gitNow(cwd: string, args: string[], input?: string): Buffer {
  const result = spawnSync('git', args, { cwd, input, maxBuffer: 1024 * 1024 * 1024 });
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
  const entries = new Map<string, string>();
  for (const record of splitZ(listing)) {
    const tab = record.indexOf('\t');
    const [mode, second, third] = record.slice(0, tab).split(' ');
    const oid = ref === null ? second : third;
    const stage = ref === null ? third : '0';
    // Symlinks (120000) and submodules (160000) hold a target, not a file; conflict stages are not content yet.
    if ((mode === '100644' || mode === '100755') && stage === '0' && oid) entries.set(record.slice(tab + 1), oid);
  }
  return entries;
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
  const oids = [...new Set(sides.flat().map((e) => e.oid))];
  const blobs = readBlobs(root, oids);
  const byOid = new Map(oids.map((oid, i) => [oid, blobs[i] as Buffer]));
  return sides.map((side) => side.map((e) => ({ path: e.path, bytes: byOid.get(e.oid) as Buffer })));
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
  const out = gitNow(root, ['cat-file', '--batch'], `${oids.join('\n')}\n`);
  const blobs: Buffer[] = [];
  let offset = 0;
  for (const oid of oids) {
    const newline = out.indexOf(10, offset);
    const header = out.subarray(offset, newline).toString().split(' ');
    if (header[1] !== 'blob') throw new GitError(['cat-file'], `object ${oid} is ${header[1] ?? 'missing'}`);
    const size = Number(header[2]);
    blobs.push(out.subarray(newline + 1, newline + 1 + size));
    offset = newline + 1 + size + 1;
  }
  return blobs;
}

function splitZ(out: Buffer): string[] {
  return out
    .toString('utf8')
    .split('\0')
    .filter((s) => s !== '');
}
