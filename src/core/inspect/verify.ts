import { type Dirent, readdirSync } from 'node:fs';
import { lstat, stat } from 'node:fs/promises';
import path from 'node:path';
import { BackupNotFoundError } from '../../errors/index.js';
import { storedContentReader, storedCopyProblem } from '../store/backup-reader.js';
import { appendHistory } from '../store/history.js';
import { isPackedEntry, manifestFileName, type Manifest, type ManifestFile } from '../store/manifest.js';
import { packPath } from '../store/pack.js';
import { sha256Hex } from '../config/snapshot.js';
import { backupNames, loadManifest } from '../store/store.js';
import { mapLimit } from '../util/fs.js';
import { progressCounter, type ProgressReporter } from '../util/progress.js';

type ProblemKind = 'manifest' | 'missing' | 'altered' | 'unreadable' | 'extra' | 'not-a-directory';

export interface VerifyProblem {
  kind: ProblemKind;
  path?: string;
  message: string;
}

export interface VerifyResult {
  name: string;
  ok: boolean;
  problems: VerifyProblem[];
  manifest?: Manifest;
}

export interface VerifyOptions {
  record?: boolean;
  /**
   * Packs whose content is taken as checked (create, for the packs a new backup shares with
   * earlier ones, which were verified when they were written): only their presence and length
   * are checked. `verify` itself never passes this.
   */
  trustedPacks?: ReadonlySet<string>;
  /** Told each checked file (step `verifying`). */
  onProgress?: ProgressReporter;
}

/** Recomputes every checksum of one backup and reports each difference from its manifest. */
export async function verifyBackup(
  backupDir: string,
  name: string,
  options: VerifyOptions = {},
): Promise<VerifyResult> {
  const loaded = await loadManifest(backupDir, name);
  const problems: VerifyProblem[] = loaded.problems.map((message) => ({
    kind: message.includes('not a directory') ? 'not-a-directory' : 'manifest',
    message,
  }));
  const manifest = loaded.manifest;
  if (manifest) {
    const content = storedContentReader(backupDir, loaded.dir, manifest);
    const trusted = options.trustedPacks ?? new Set<string>();
    const packSizes = new Map<string, Promise<number>>();
    const read = async (file: ManifestFile): Promise<Buffer | undefined> => {
      const pack = isPackedEntry(file) ? manifest.packs?.[file.pack] : undefined;
      if (!pack || !trusted.has(pack) || !isPackedEntry(file)) return content(file);
      let size = packSizes.get(pack);
      if (!size) packSizes.set(pack, (size = stat(packPath(backupDir, pack)).then((s) => s.size)));
      if ((await size) < file.offset + file.storedSize)
        throw Object.assign(new Error('pack too short'), { code: 'ETRUNCATED' });
      return undefined;
    };
    // Files sharing a pack member are checked together, members several at a time, so each
    // member is inflated once and the thread pool inflates several at once.
    const groups = new Map<string, ManifestFile[]>();
    for (const file of manifest.files) {
      const key = isPackedEntry(file) ? `${file.pack}:${file.offset}` : file.path;
      const group = groups.get(key);
      if (group) group.push(file);
      else groups.set(key, [file]);
    }
    const tick = progressCounter(options.onProgress, 'verifying', manifest.files.length);
    const checked = await mapLimit([...groups.values()], 4, async (files) => {
      const found: VerifyProblem[] = [];
      for (const file of files) {
        const problem = await checkFile(read, manifest, file);
        tick();
        if (problem) found.push(problem);
      }
      return found;
    });
    const byPath = new Map(checked.flat().map((p) => [p.path, p]));
    for (const file of manifest.files) {
      const problem = byPath.get(file.path);
      if (problem) problems.push(problem);
    }
    problems.push(...(await extraFiles(loaded.dir, manifest)));
  }
  const result: VerifyResult = manifest
    ? { name, ok: problems.length === 0, problems, manifest }
    : { name, ok: problems.length === 0, problems };
  if (options.record) {
    await appendHistory(backupDir, {
      operation: 'verify',
      backup: name,
      outcome: result.ok ? 'success' : 'failure',
      ...(result.ok ? {} : { detail: problems.map((p) => p.message).join('; ') }),
    });
  }
  return result;
}

/** Verifies the named backups, or all of them. */
export async function verifyBackups(
  backupDir: string,
  names?: readonly string[],
  options: Pick<VerifyOptions, 'record' | 'onProgress'> = {},
): Promise<VerifyResult[]> {
  const all = !names || names.length === 0;
  const targets = all ? await backupNames(backupDir) : names;
  const results: VerifyResult[] = [];
  for (const name of targets) {
    // Verifying the whole store takes no lock: a backup a concurrent clean removed after the
    // listing is gone, not damaged. Names asked for explicitly are still reported as missing.
    const result = await verifyBackup(backupDir, name, options).catch((error: unknown) => {
      if (all && error instanceof BackupNotFoundError) return null;
      throw error;
    });
    if (!result) continue;
    if (
      all &&
      !result.ok &&
      !(await lstat(path.join(backupDir, name)).then(
        () => true,
        () => false,
      ))
    )
      continue;
    results.push(result);
  }
  return results;
}

async function checkFile(
  read: (file: ManifestFile) => Promise<Buffer | undefined>,
  manifest: Manifest,
  file: ManifestFile,
): Promise<VerifyProblem | undefined> {
  let content: Buffer | undefined;
  try {
    content = await read(file);
    if (content === undefined) return undefined;
  } catch (error) {
    return { ...storedCopyProblem(manifest, file, error), path: file.path };
  }
  const digest = sha256Hex(content);
  if (digest !== file.sha256 || content.length !== file.size) {
    return {
      kind: 'altered',
      path: file.path,
      message: `${file.path}: content changed (sha256 ${digest.slice(0, 12)}…, expected ${file.sha256.slice(0, 12)}…)`,
    };
  }
  return undefined;
}

/** Files in a backup's directory that its manifest does not list. */
export async function extraFiles(dir: string, manifest: Manifest): Promise<VerifyProblem[]> {
  const expected = new Set([manifestFileName(manifest), ...manifest.files.flatMap((f) => f.stored ?? [])]);
  const found: VerifyProblem[] = [];
  const walk = async (abs: string, rel: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(path.join(abs, entry.name), relPath);
      else if (!expected.has(relPath))
        found.push({ kind: 'extra', path: relPath, message: `${relPath}: not listed in the manifest` });
    }
  };
  await walk(dir, '');
  return found;
}
