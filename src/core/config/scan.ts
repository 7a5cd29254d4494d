import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigDirNotFoundError, errnoOf } from '../../errors/index.js';
import { DEFAULT_OWNED, ownedPathProblem, type OwnedPaths } from './owned-paths.js';
import { LEFT_OUT_WORDS, fileSelection, type LeftOutReason, type SelectionSettings } from './select.js';

interface ScannedFile {
  /** Path relative to the config dir, with `/` separators. */
  path: string;
  absolutePath: string;
}

export interface SkippedEntry {
  path: string;
  /** In words, for people. */
  reason: string;
  /**
   * Stable for scripts: a pattern left it out (`runtime-state`, `excluded`, `hidden`,
   * `not-included`), or it could not be backed up (`owned`: the tool's own file, `symlink`,
   * `special`: a FIFO, socket or device).
   */
  category: LeftOutReason | 'owned' | 'symlink' | 'special';
}

/** Entries that are a problem to report (a symlink not followed, a device), not a choice the settings made. */
export function isSkipProblem(entry: SkippedEntry): boolean {
  return entry.category === 'owned' || entry.category === 'symlink' || entry.category === 'special';
}

export interface ScanResult {
  root: string;
  files: ScannedFile[];
  skipped: SkippedEntry[];
}

export interface ScanOptions {
  configDir: string;
  /** Never descended into, wherever it is. */
  backupDir: string;
  settings: SelectionSettings;
  /** The tool's own files and dirs (settings, store, restore scratch): never backed up. */
  owned?: OwnedPaths;
}

const NEVER_DESCEND = new Set(['.git', 'node_modules']);

/**
 * Lists the config files to back up. Symlinks are followed only when they resolve to a
 * file inside the config dir: a backup must never pull in (or later overwrite) files
 * elsewhere on the machine. FIFOs and devices are skipped because opening them can block.
 */
export async function scanConfigDir(options: ScanOptions): Promise<ScanResult> {
  const root = await resolveConfigRoot(options.configDir);
  const backupReal = await realpath(options.backupDir).catch(() => path.resolve(options.backupDir));
  const leftOut = fileSelection(options.settings);
  const wanted = (rel: string): boolean => leftOut(rel) === null;
  const owned = options.owned ?? DEFAULT_OWNED;

  const files: ScannedFile[] = [];
  const skipped: SkippedEntry[] = [];

  const walk = async (dir: string, relDir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      const abs = path.join(dir, entry.name);
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      if (ownedPathProblem(rel, owned) === 'owned-path') {
        if (!entry.isDirectory() && wanted(rel))
          skipped.push({ path: rel, reason: "the tool's own file, never backed up", category: 'owned' });
        continue;
      }
      if (entry.isDirectory()) {
        if (NEVER_DESCEND.has(entry.name) || abs === backupReal || abs === options.backupDir) continue;
        await walk(abs, rel);
      } else if (entry.isFile()) {
        const why = leftOut(rel);
        if (why === null) files.push({ path: rel, absolutePath: abs });
        else skipped.push({ path: rel, reason: LEFT_OUT_WORDS[why], category: why });
      } else if (entry.isSymbolicLink()) {
        const problem = await symlinkProblem(abs, root);
        if (problem === 'directory') {
          if (wanted(`${rel}/x.json`) || wanted(rel))
            skipped.push({ path: rel, reason: 'symlinked directory, not followed', category: 'symlink' });
        } else if (wanted(rel)) {
          if (problem) skipped.push({ path: rel, reason: problem, category: 'symlink' });
          else files.push({ path: rel, absolutePath: abs });
        }
      } else if (wanted(rel)) {
        skipped.push({ path: rel, reason: 'not a regular file', category: 'special' });
      }
    }
  };
  await walk(root, '');
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { root, files, skipped };
}

export async function resolveConfigRoot(configDir: string): Promise<string> {
  try {
    const info = await stat(configDir);
    if (!info.isDirectory()) throw new ConfigDirNotFoundError(configDir, 'not-a-directory');
    return await realpath(configDir);
  } catch (error) {
    if (error instanceof ConfigDirNotFoundError) throw error;
    if (errnoOf(error) === 'ENOENT' || errnoOf(error) === 'ENOTDIR')
      throw new ConfigDirNotFoundError(configDir, 'missing');
    throw error;
  }
}

async function symlinkProblem(link: string, root: string): Promise<string | null | 'directory'> {
  let target: string;
  try {
    target = await realpath(link);
  } catch {
    return 'broken symlink';
  }
  if (target !== root && !target.startsWith(root + path.sep))
    return 'symlink points outside the config dir, not followed';
  const info = await lstat(target);
  if (info.isDirectory()) return 'directory';
  return info.isFile() ? null : 'symlink to something that is not a regular file';
}
