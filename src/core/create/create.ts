import { lstat, rename } from 'node:fs/promises';
import path from 'node:path';
import {
  BackupDamagedError,
  BackupExistsError,
  EmptyConfigError,
  InvalidJsonError,
  OperationInterruptedError,
  OrchBackupError,
  StoreWriteError,
  errnoOf,
} from '../../errors/index.js';
import { interruptible } from '../util/interrupt.js';
import type { ProgressReporter } from '../util/progress.js';
import { noFaults, type Faults } from '../util/faults.js';
import { removeTree } from '../util/fs.js';
import { removeUnreferencedPacks } from '../store/pack.js';
import { appendHistory } from '../store/history.js';
import type { Manifest, Trigger } from '../store/manifest.js';
import { assertNewName, newestNames, timestampName, uniqueName } from '../store/names.js';
import { hashConfigDir, hashDocuments, type ContentFeed, type HashedSource } from './hash-source.js';
import { sameContent } from '../config/snapshot.js';
import type { ConfigDocument } from '../validate/types.js';
import { DEFAULT_SETTINGS, type Settings } from '../config/settings.js';
import { TRASH_PREFIX, backupNames, confirmManifest, loadManifestsOf, lockStore } from '../store/store.js';
import { resolveConfigRoot, type SkippedEntry } from '../config/scan.js';
import { ownedPathProblem, ownedPaths } from '../config/owned-paths.js';
import type { ValidationReport } from '../validate/index.js';
import { verifyBackup } from '../inspect/verify.js';
import { PackStager, isPackedSize, writeBackup } from './write-backup.js';

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
  /** The settings file in use: never backed up, even when an include pattern names it. */
  settingsFile?: string | null;
  /** Make no backup when the content equals the newest one. */
  skipIfUnchanged?: boolean;
  /**
   * Make no backup when a recent backup already holds exactly this content (the pre-commit hook,
   * when a commit is replayed): one of the newest 50 backups by the time in their
   * generated names, or any backup with a name of its own. Older ones are not compared, so the
   * check costs the same in a store of thousands of backups.
   */
  skipIfStored?: boolean;
  /**
   * Delete packs no backup references (left by a crashed packed create) first; default true.
   * That needs every backup's manifest: the hooks, which create on every commit or config edit,
   * pass false and read only the recent ones, leaving the sweep to `create` and `clean`.
   */
  sweepPacks?: boolean;
  /** Back up these documents instead of reading the config dir (e.g. blobs from git's HEAD). */
  documents?: readonly ConfigDocument[];
  /**
   * With `documents`: their validation report, when the caller has just validated them with the
   * same settings (the pre-commit hook's judgement of HEAD). Create records it (and refuses on
   * its syntax errors unless `allowInvalid`) instead of validating the documents again.
   */
  documentsValidation?: ValidationReport;
  /** Back up files that are not valid JSON instead of refusing (safety backups need this). */
  allowInvalid?: boolean;
  now?: Date;
  lockTimeoutMs?: number;
  /** Test-only crash injection (`create:*` steps). */
  faults?: Faults;
  /** Stops the create at its next step once aborted (Ctrl-C); what it wrote is removed. */
  signal?: AbortSignal;
  /** Told each file read (step `reading`) and checked (`verifying`). */
  onProgress?: ProgressReporter;
}

export type CreateBackupResult =
  | {
      created: true;
      name: string;
      path: string;
      manifest: Manifest;
      skipped: SkippedEntry[];
      validation: ValidationReport;
      warnings: string[];
    }
  | {
      created: false;
      unchangedSince: string;
      path: string;
      manifest: Manifest;
      skipped: SkippedEntry[];
      validation: ValidationReport;
    };

/**
 * Snapshots the config dir into a new backup: built in a staging directory, fsynced,
 * renamed into place (so it appears whole or not at all), then re-read and verified.
 */
export async function createBackup(options: CreateBackupOptions): Promise<CreateBackupResult> {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  if (options.name !== undefined) assertNewName(options.name);
  // Before the lock: locking creates the backup dir, which must not conjure up a missing config dir.
  if (!options.documents) await resolveConfigRoot(options.configDir);
  const lock = await lockStore(options.backupDir, 'create', options.lockTimeoutMs ?? settings.lockTimeoutMs);
  try {
    return await createBackupLocked(options);
  } finally {
    await lock.release();
  }
}

/** How many of the newest backups a new one may share content with (packs, hard links). */
const SHARE_WITH_NEWEST = 3;
/** How many of the newest backups skipIfStored compares with (and, without the sweep, all that is read). */
const STORED_WINDOW = 50;

/** `createBackup` for a caller that already holds the store lock (restore's safety backup). */
export async function createBackupLocked(options: CreateBackupOptions): Promise<CreateBackupResult> {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const faults = interruptible(options.faults ?? noFaults, options.signal, 'create');
  if (options.name !== undefined) assertNewName(options.name);
  // Checksums only for the backups create relies on: the newest few (content to share, the
  // unchanged check) and, for skipIfStored, the one whose content matches; checking every
  // manifest of a large store cost more than the rest of an incremental create (the hooks
  // create with skipIfStored on every commit and every config edit).
  // One listing, taken under the lock, serves the reads below and the choice of the new name.
  const names = await backupNames(options.backupDir);
  const recent = new Set(newestNames(names, STORED_WINDOW));
  const sweep = options.sweepPacks !== false;
  const all = loadManifestsOf(options.backupDir, sweep ? names : [...recent], { checksums: false });
  const parsed = all.filter((m) => m.manifest && m.problems.length === 0);
  const intact = parsed.slice(0, SHARE_WITH_NEWEST).filter(confirmManifest);
  if (sweep) await removeUnreferencedPacks(options.backupDir, all);
  let stager: PackStager | undefined;
  const feed: ContentFeed = async (totalSize) => {
    if (!isPackedSize(totalSize, settings)) return undefined;
    const opened = await PackStager.open({
      backupDir: options.backupDir,
      label: `create-${process.pid}`,
      level: settings.compressionLevel,
      previous: intact,
      faults,
    });
    stager = opened;
    return (file, bytes) => opened.offer(file.sha256, bytes);
  };
  let snapshot: HashedSource;
  let validation: ValidationReport;
  try {
    // Documents from elsewhere (git's HEAD) are held to the same rule as the scan: never the tool's own files.
    const owned = ownedPaths({
      configDir: options.configDir,
      backupDir: options.backupDir,
      settingsFile: options.settingsFile ?? null,
    });
    snapshot = options.documents
      ? await hashDocuments(
          options.documents.filter((d) => ownedPathProblem(d.path, owned) === null),
          settings,
          feed,
          options.documentsValidation,
        )
      : await hashConfigDir(
          {
            configDir: options.configDir,
            backupDir: options.backupDir,
            settings,
            settingsFile: options.settingsFile ?? null,
            ...pick(options, ['onProgress']),
          },
          feed,
        );
    if (snapshot.files.length === 0) throw new EmptyConfigError(options.configDir, settings.include);
    faults.reached('create:hashed');
    validation = snapshot.validation;
    const syntax = validation.diagnostics.find((d) => d.code === 'json-syntax' || d.code === 'encoding');
    if (syntax && !options.allowInvalid)
      throw new InvalidJsonError(
        syntax.file ?? '?',
        syntax.line ?? 1,
        syntax.column ?? 1,
        syntax.message.replace(/^invalid JSON: /, ''),
      );
  } catch (error) {
    await stager?.discard().catch(() => undefined);
    if (error instanceof OperationInterruptedError && stager)
      throw new OperationInterruptedError(error.operation, 'partial-removed');
    throw error;
  }

  let name: string | undefined;
  try {
    if (options.skipIfUnchanged || options.skipIfStored) {
      const candidates = options.skipIfStored ? parsed.filter((m) => recent.has(m.name)) : intact.slice(0, 1);
      const same = candidates.find(
        (m) => m.manifest && sameContent(m.manifest.files, snapshot.files) && confirmManifest(m),
      );
      if (same?.manifest) {
        await stager?.discard();
        return {
          created: false,
          unchangedSince: same.name,
          path: same.dir,
          manifest: same.manifest,
          skipped: snapshot.skipped,
          validation,
        };
      }
    }
    name = await chooseName(options, names);
    const finalDir = path.join(options.backupDir, name);
    const input = {
      backupDir: options.backupDir,
      name,
      files: snapshot.files,
      read: snapshot.read,
      validation,
      settings,
      previous: intact,
      ...pick(options, ['description', 'trigger', 'tags', 'now']),
      faults,
    };
    let manifest = await writeBackup({ ...input, ...(stager ? { stager } : {}) });
    faults.reached('create:published');
    // The content written now is read back and checked; packs shared with earlier backups were
    // checked when they were written (and `verify` checks every byte): here only their length.
    const shared = new Set(intact.flatMap((m) => m.manifest?.packs ?? []));
    let check = await verifyBackup(options.backupDir, name, { trustedPacks: shared, ...pick(options, ['onProgress']) });
    if (!check.ok && intact[0]) {
      // A shared copy may have rotted in an earlier backup: write every file anew once.
      await discard(options.backupDir, name);
      manifest = await writeBackup({ ...input, previous: [] });
      check = await verifyBackup(options.backupDir, name);
    }
    if (!check.ok) {
      await discard(options.backupDir, name);
      throw new BackupDamagedError(
        name,
        check.problems.map((p) => p.message),
      );
    }
    faults.reached('create:verified');
    // The backup is published and verified: from here on nothing may report it as not made.
    const unrecorded = await appendHistory(options.backupDir, {
      operation: 'create',
      backup: name,
      outcome: 'success',
      trigger: manifest.trigger,
    });
    return {
      created: true,
      name,
      path: finalDir,
      manifest,
      skipped: snapshot.skipped,
      validation,
      warnings: unrecorded ? [unrecorded] : [],
    };
  } catch (error) {
    await stager?.discard().catch(() => undefined);
    let failure =
      error instanceof OrchBackupError
        ? error
        : new StoreWriteError(options.backupDir, errnoOf(error), { cause: error });
    if (failure instanceof OperationInterruptedError && name !== undefined) {
      // Stopped after writing began: the staging dir is gone (writeBackup removes it); a published but unverified backup goes too.
      await discard(options.backupDir, name);
      failure = new OperationInterruptedError(failure.operation, 'partial-removed');
    }
    await appendHistory(options.backupDir, {
      operation: 'create',
      backup: options.name ?? null,
      outcome: 'failure',
      error: failure.toJSON(),
    });
    throw failure;
  }
}

async function chooseName(options: CreateBackupOptions, names: readonly string[]): Promise<string> {
  const existing = new Set(names);
  if (options.name !== undefined) {
    const taken =
      existing.has(options.name) ||
      (await lstat(path.join(options.backupDir, options.name)).then(
        () => true,
        () => false,
      ));
    if (taken) throw new BackupExistsError(options.name);
    return options.name;
  }
  return uniqueName(timestampName(options.now ?? new Date(), options.namePrefix ?? 'backup'), (n) => existing.has(n));
}

async function discard(backupDir: string, name: string): Promise<void> {
  const trash = path.join(backupDir, `${TRASH_PREFIX}${name}-${process.pid}`);
  await rename(path.join(backupDir, name), trash).catch(() => undefined);
  await removeTree(trash);
}

function pick<T extends object, K extends keyof T>(object: T, keys: readonly K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(keys.filter((k) => object[k] !== undefined).map((k) => [k, object[k]])) as Partial<
    Pick<T, K>
  >;
}
