import { link, lstat, mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { BackupDamagedError, BackupExistsError, EmptyConfigError, InvalidJsonError, OrchBackupError, StoreWriteError, errnoOf } from '../errors.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { noFaults, type Faults } from './faults.js';
import { mapLimit, removeTree, writeNewFile } from './fsutil.js';
import { appendHistory } from './history.js';
import { FILES_DIR, FORMAT_VERSION, MANIFEST_FILE, sealManifest, serializeManifest, type Manifest, type ManifestFile, type Trigger } from './manifest.js';
import { assertValidName, timestampName, uniqueName } from './names.js';
import { readSnapshot, sameContent, sha256Hex, type SnapshotFile } from './snapshot.js';
import type { ConfigDocument } from './validate/types.js';
import { DEFAULT_SETTINGS, type Settings } from './settings.js';
import { STAGING_PREFIX, TRASH_PREFIX, backupNames, loadAllManifests, lockStore, publishStaged, type LoadedManifest } from './store.js';
import { resolveConfigRoot, type SkippedEntry } from './scan.js';
import { validateDocuments, type ValidationReport } from './validate/index.js';
import { configurationVersion, fileVersion } from './version.js';
import { verifyBackup } from './verify.js';

const gzip = promisify(gzipCallback);

export interface CreateBackupOptions {
  configDir: string;
  backupDir: string;
  name?: string;
  /** Prefix of generated names (`backup` → `backup-YYYYMMDD-HHMMSS`). */
  namePrefix?: string;
  description?: string;
  trigger?: Trigger;
  tags?: string[];
  settings?: Settings;
  /** Make no backup when the content equals the newest one. */
  skipIfUnchanged?: boolean;
  /** Make no backup when any backup already holds exactly this content (the hook, during rebases). */
  skipIfStored?: boolean;
  /** Back up these documents instead of reading the config dir (e.g. blobs from git's HEAD). */
  documents?: readonly ConfigDocument[];
  /** Back up files that are not valid JSON instead of refusing (safety backups need this). */
  allowInvalid?: boolean;
  now?: Date;
  lockTimeoutMs?: number;
  /** Test-only crash injection (`create:*` steps). */
  faults?: Faults;
}

export type CreateBackupResult =
  | { created: true; name: string; path: string; manifest: Manifest; skipped: SkippedEntry[]; validation: ValidationReport }
  | { created: false; unchangedSince: string; path: string; manifest: Manifest; skipped: SkippedEntry[]; validation: ValidationReport };

/**
 * Snapshots the config dir into a new backup: built in a staging directory, fsynced,
 * renamed into place (so it appears whole or not at all), then re-read and verified.
 */
export async function createBackup(options: CreateBackupOptions): Promise<CreateBackupResult> {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  if (options.name !== undefined) assertValidName(options.name);
  // Before the lock: locking creates the backup dir, which must not conjure up a missing config dir.
  if (!options.documents) await resolveConfigRoot(options.configDir);
  const lock = await lockStore(options.backupDir, 'create', options.lockTimeoutMs ?? settings.lockTimeoutMs);
  try {
    return await createBackupLocked(options);
  } finally {
    await lock.release();
  }
}

/** `createBackup` for a caller that already holds the store lock (restore's safety backup). */
export async function createBackupLocked(options: CreateBackupOptions): Promise<CreateBackupResult> {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  if (options.name !== undefined) assertValidName(options.name);
  const snapshot = options.documents
    ? { files: options.documents.map((d) => toSnapshotFile(d)), skipped: [] }
    : await readSnapshot({ configDir: options.configDir, backupDir: options.backupDir, settings });
  if (snapshot.files.length === 0) throw new EmptyConfigError(options.configDir, settings.include);
  const validation = await validateDocuments(snapshot.files, { settings });
  const syntax = validation.diagnostics.find((d) => d.code === 'json-syntax' || d.code === 'encoding');
  if (syntax && !options.allowInvalid) throw new InvalidJsonError(syntax.file ?? '?', syntax.line ?? 1, syntax.column ?? 1, syntax.message.replace(/^invalid JSON: /, ''));

  try {
    const intact = (await loadAllManifests(options.backupDir)).filter((m) => m.manifest && m.problems.length === 0);
    if (options.skipIfUnchanged || options.skipIfStored) {
      const candidates = options.skipIfStored ? intact : intact.slice(0, 1);
      const same = candidates.find((m) => m.manifest && sameContent(m.manifest.files, snapshot.files));
      if (same?.manifest) {
        return { created: false, unchangedSince: same.name, path: same.dir, manifest: same.manifest, skipped: snapshot.skipped, validation };
      }
    }
    const name = await chooseName(options);
    const finalDir = path.join(options.backupDir, name);
    let manifest = await writeBackup(options, settings, name, snapshot.files, validation, intact[0]);
    (options.faults ?? noFaults).reached('create:published');
    let check = await verifyBackup(options.backupDir, name);
    if (!check.ok && intact[0]) {
      // A shared copy may have rotted in the previous backup: write every file anew once.
      await discard(options.backupDir, name);
      manifest = await writeBackup(options, settings, name, snapshot.files, validation, undefined);
      check = await verifyBackup(options.backupDir, name);
    }
    if (!check.ok) {
      await discard(options.backupDir, name);
      throw new BackupDamagedError(name, check.problems.map((p) => p.message));
    }
    (options.faults ?? noFaults).reached('create:verified');
    await appendHistory(options.backupDir, { operation: 'create', backup: name, outcome: 'success', trigger: manifest.trigger });
    return { created: true, name, path: finalDir, manifest, skipped: snapshot.skipped, validation };
  } catch (error) {
    const failure = error instanceof OrchBackupError ? error : new StoreWriteError(options.backupDir, errnoOf(error), { cause: error });
    await appendHistory(options.backupDir, { operation: 'create', backup: options.name ?? null, outcome: 'failure', error: failure.toJSON() }).catch(() => undefined);
    throw failure;
  }
}

async function chooseName(options: CreateBackupOptions): Promise<string> {
  const existing = new Set(await backupNames(options.backupDir));
  if (options.name !== undefined) {
    const taken = existing.has(options.name) || (await lstat(path.join(options.backupDir, options.name)).then(() => true, () => false));
    if (taken) throw new BackupExistsError(options.name);
    return options.name;
  }
  return uniqueName(timestampName(options.now ?? new Date(), options.namePrefix ?? 'backup'), (n) => existing.has(n));
}

async function writeBackup(
  options: CreateBackupOptions,
  settings: Settings,
  name: string,
  files: SnapshotFile[],
  validation: ValidationReport,
  previous: LoadedManifest | undefined,
): Promise<Manifest> {
  const staging = path.join(options.backupDir, `${STAGING_PREFIX}${name}-${process.pid}`);
  const totalSize = files.reduce((sum, f) => sum + f.size, 0);
  const compress = totalSize > settings.compressAbove;
  const reusable = reusableCopies(previous, compress);
  try {
    await mkdir(staging);
    const dirs = new Set<string>([staging, path.join(staging, FILES_DIR)]);
    for (const file of files) dirs.add(path.join(staging, FILES_DIR, path.dirname(file.path)));
    for (const dir of [...dirs].sort()) await mkdir(dir, { recursive: true });

    const entries = await mapLimit(files, 8, async (file): Promise<ManifestFile> => {
      const stored = `${FILES_DIR}/${file.path}${compress ? '.gz' : ''}`;
      const target = path.join(staging, ...stored.split('/'));
      const version = fileVersion(file.bytes);
      const entry = { path: file.path, size: file.size, sha256: file.sha256, ...(version ? { version } : {}), stored };
      const same = reusable.get(file.sha256);
      if (same && (await link(same.path, target).then(() => true, () => false))) return { ...entry, storedSize: same.storedSize };
      const data = compress ? await gzip(file.bytes, { level: settings.compressionLevel }) : file.bytes;
      await writeNewFile(target, data, 0o444);
      (options.faults ?? noFaults).reached('create:staged-file');
      return { ...entry, storedSize: data.length };
    });
    const manifest = sealManifest({
      formatVersion: FORMAT_VERSION,
      name,
      createdAt: (options.now ?? new Date()).toISOString(),
      description: options.description ?? null,
      trigger: options.trigger ?? 'manual',
      tags: [...new Set(options.tags ?? [])],
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
      configVersion: configurationVersion(entries),
      compression: compress ? 'gzip' : 'none',
      files: entries,
      fileCount: entries.length,
      totalSize,
      storedSize: entries.reduce((sum, f) => sum + f.storedSize, 0),
      validation: { status: validation.status, errors: validation.summary.errors, warnings: validation.summary.warnings },
    });
    await writeNewFile(path.join(staging, MANIFEST_FILE), serializeManifest(manifest), 0o444);
    (options.faults ?? noFaults).reached('create:manifest-written');
    await publishStaged(options.backupDir, staging, name, dirs);
    return manifest;
  } catch (error) {
    await removeTree(staging).catch(() => undefined);
    if (error instanceof OrchBackupError) throw error;
    throw new StoreWriteError(path.join(options.backupDir, name), errnoOf(error), { cause: error });
  }
}

/**
 * Stored copies of the newest backup, by content, that the new backup can share as hard links
 * (as rsnapshot does): unchanged files then cost no time and no space. Copies are read-only, a
 * backup's deletion only drops a link, and verify still checks every file of every backup.
 */
function reusableCopies(previous: LoadedManifest | undefined, compress: boolean): Map<string, { path: string; storedSize: number }> {
  const copies = new Map<string, { path: string; storedSize: number }>();
  if (!previous?.manifest) return copies;
  for (const file of previous.manifest.files) {
    if (file.stored.endsWith('.gz') !== compress) continue;
    copies.set(file.sha256, { path: path.join(previous.dir, ...file.stored.split('/')), storedSize: file.storedSize });
  }
  return copies;
}

async function discard(backupDir: string, name: string): Promise<void> {
  const trash = path.join(backupDir, `${TRASH_PREFIX}${name}-${process.pid}`);
  await rename(path.join(backupDir, name), trash).catch(() => undefined);
  await removeTree(trash);
}

function toSnapshotFile(doc: ConfigDocument): SnapshotFile {
  const bytes = Buffer.from(doc.bytes.buffer, doc.bytes.byteOffset, doc.bytes.byteLength);
  return { path: doc.path, bytes, size: bytes.length, sha256: sha256Hex(bytes) };
}
