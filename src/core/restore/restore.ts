import { constants } from 'node:fs';
import { access, realpath } from 'node:fs/promises';
import path from 'node:path';
import {
  ConfigChangedError,
  ConfigDirNotFoundError,
  OperationInterruptedError,
  OrchBackupError,
  RestoreRefusedError,
  StoreWriteError,
  errnoOf,
} from '../../errors/index.js';
import { createBackupLocked } from '../create/create.js';
import { noFaults, type Faults } from '../util/faults.js';
import { interruptible } from '../util/interrupt.js';
import type { ProgressReporter } from '../util/progress.js';
import { appendHistory } from '../store/history.js';
import { loadJournal, removeJournal, stagingDirOf } from './journal.js';
import { applyTransaction, commitTransaction, rollBackTransaction } from './transaction.js';
import { checkTargets } from './preflight.js';
import { ownedPathProblem, ownedPaths, type OwnedPaths } from '../config/owned-paths.js';
import { selectRestorePaths } from './select-paths.js';
import { RestoreObstacleError } from '../../errors/restore.js';
import type { Manifest } from '../store/manifest.js';
import { readBackupFiles } from '../inspect/backup-files.js';
import { readSnapshot, sameContent, type SnapshotFile } from '../config/snapshot.js';
import { DEFAULT_SETTINGS, type Settings } from '../config/settings.js';
import { lockStore } from '../store/store.js';
import { fileSelection, type LeftOutReason } from '../config/select.js';
import { isFormattingOnly } from '../diff/formatting.js';
import { validateConfig, validateDocuments, type ConfigDocument, type ValidationReport } from '../validate/index.js';

export { recoverInterruptedRestore, type RecoveryReport } from './recover.js';

export interface RestorePlan {
  backup: string;
  manifest: Manifest;
  backupFiles: ConfigDocument[];
  /** The config as planned against, each file with its SHA-256 (computed once, when read). */
  currentFiles: SnapshotFile[];
  overwrite: string[];
  /** Of `overwrite`: JSON files whose content is the same, only their formatting differs. */
  formattingOnly: string[];
  add: string[];
  remove: string[];
  /** Files only in the current config that `keepExtra` leaves alone. */
  keep: string[];
  unchanged: string[];
  /**
   * Files of the backup the settings now leave out (runtime state, excluded, not included):
   * neither written nor removed, whatever the backup holds.
   */
  leftAlone: { path: string; reason: LeftOutReason }[];
  identical: boolean;
  /**
   * What the config will be after the restore was validated as: the backup's content, or for a
   * partial restore the whole config with the named files taken from the backup.
   */
  validation: ValidationReport;
  /** A partial restore: the config paths it touches (every other file stays as it is); null for a full restore. */
  paths: string[] | null;
}

export interface RestoreOptions {
  configDir: string;
  backupDir: string;
  settings?: Settings;
  /** The settings file in use: a backup may never restore it. */
  settingsFile?: string | null;
  /** Keep config files the backup does not have instead of removing them. */
  keepExtra?: boolean;
  /**
   * Restore only these paths (relative to the config dir: files, folders or globs). A named path
   * the backup lacks but the config has is removed; no other file is touched.
   */
  paths?: readonly string[];
  /** Restore even if the backup's content does not validate, and keep it if validation fails after. */
  force?: boolean;
  lockTimeoutMs?: number;
  now?: Date;
  faults?: Faults;
  /** Told each file staged (step `staging`) and, for the safety backup, each file read and checked. */
  onProgress?: ProgressReporter;
  /** Stops the restore at its next step once aborted (Ctrl-C): before the move nothing changes, after it the restore is rolled back. */
  signal?: AbortSignal;
}

export interface RestoreResult {
  restored: string;
  identical: boolean;
  safetyBackup: string | null;
  changed: string[];
  added: string[];
  removed: string[];
  validation: ValidationReport;
  rolledBack: boolean;
}

/** Works out what restoring `name` would change, after checking the backup's checksums and content. */
export async function planRestore(name: string, options: RestoreOptions): Promise<RestorePlan> {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const { manifest, files: stored } = await readBackupFiles(options.backupDir, name);
  // A backup (an imported one, or one stored by an older version) may name the tool's own files.
  const owned = ownedPaths({
    configDir: options.configDir,
    backupDir: options.backupDir,
    settingsFile: options.settingsFile ?? null,
  });
  for (const file of manifest.files) {
    const problem = ownedPathProblem(file.path, owned);
    if (problem) throw new RestoreObstacleError(name, file.path, problem);
  }
  // Runtime state an older backup holds (or anything the settings now leave out) is not the
  // backup's to rewind: the config a restore writes is exactly what a backup now would hold.
  const leftOut = fileSelection(settings);
  const leftAlone = stored.flatMap((f) => {
    const reason = leftOut(f.path);
    return reason === null ? [] : [{ path: f.path, reason }];
  });
  const backupFiles = stored.filter((f) => leftOut(f.path) === null);
  const currentFiles = await readCurrent(options, settings);
  if (options.paths && options.paths.length > 0) {
    return planPartialRestore(name, manifest, backupFiles, currentFiles, options.paths, owned, settings);
  }
  const inBackup = new Set(backupFiles.map((f) => f.path));
  const extra = currentFiles.map((f) => f.path).filter((p) => !inBackup.has(p));
  return {
    ...movesOf(name, manifest, backupFiles, currentFiles, options.keepExtra ? [] : extra),
    keep: options.keepExtra ? extra : [],
    leftAlone,
    validation: await validateDocuments(backupFiles, { settings }),
    paths: null,
  };
}

/**
 * Only the named paths: the backup's copies of them go in, those it lacks are removed, and the
 * config as it will be (the other files as they are now) is what gets validated. Paths the
 * settings leave out (runtime state) are neither backup nor config here, as in a full restore.
 */
async function planPartialRestore(
  name: string,
  manifest: Manifest,
  allBackupFiles: ConfigDocument[],
  currentFiles: SnapshotFile[],
  requested: readonly string[],
  owned: OwnedPaths,
  settings: Settings,
): Promise<RestorePlan> {
  const paths = selectRestorePaths(
    name,
    requested,
    { backup: allBackupFiles.map((f) => f.path), current: currentFiles.map((f) => f.path) },
    owned,
  );
  const selected = new Set(paths);
  const backupFiles = allBackupFiles.filter((f) => selected.has(f.path));
  const inBackup = new Set(backupFiles.map((f) => f.path));
  const remove = currentFiles.map((f) => f.path).filter((p) => selected.has(p) && !inBackup.has(p));
  const after = [...currentFiles.filter((f) => !selected.has(f.path)), ...backupFiles];
  return {
    ...movesOf(name, manifest, backupFiles, currentFiles, remove),
    keep: [],
    leftAlone: [],
    validation: await validateDocuments(after, { settings }),
    paths,
  };
}

/** The part of a plan a full and a partial restore share: putting `backupFiles` in place over `currentFiles`, removing `remove`. */
function movesOf(
  name: string,
  manifest: Manifest,
  backupFiles: ConfigDocument[],
  currentFiles: SnapshotFile[],
  remove: string[],
): Omit<RestorePlan, 'keep' | 'leftAlone' | 'validation' | 'paths'> {
  const { overwrite, add, unchanged } = compareFiles(manifest, new Set(backupFiles.map((f) => f.path)), currentFiles);
  return {
    backup: name,
    manifest,
    backupFiles,
    currentFiles,
    overwrite,
    formattingOnly: formattingOnlyOf(overwrite, currentFiles, backupFiles),
    add,
    remove,
    unchanged,
    identical: overwrite.length + add.length + remove.length === 0,
  };
}

/** The manifest's files among `restored`, each to be added, overwritten or already as the backup has it. */
function compareFiles(
  manifest: Manifest,
  restored: ReadonlySet<string>,
  currentFiles: readonly SnapshotFile[],
): { overwrite: string[]; add: string[]; unchanged: string[] } {
  const current = new Map(currentFiles.map((f) => [f.path, f.sha256]));
  const overwrite: string[] = [];
  const add: string[] = [];
  const unchanged: string[] = [];
  for (const file of manifest.files) {
    if (!restored.has(file.path)) continue;
    const now = current.get(file.path);
    if (now === undefined) add.push(file.path);
    else if (now === file.sha256) unchanged.push(file.path);
    else overwrite.push(file.path);
  }
  return { overwrite, add, unchanged };
}

/** Of the files to overwrite: JSON whose content is the same, only formatted differently. */
function formattingOnlyOf(
  overwrite: readonly string[],
  currentFiles: readonly SnapshotFile[],
  backupFiles: readonly ConfigDocument[],
): string[] {
  const currentBytes = new Map(currentFiles.map((f) => [f.path, f.bytes]));
  const backupBytes = new Map(backupFiles.map((f) => [f.path, f.bytes]));
  return overwrite.filter((p) =>
    isFormattingOnly(p, currentBytes.get(p) as Uint8Array, backupBytes.get(p) as Uint8Array),
  );
}

/**
 * Applies a plan: every target checked first, a verified safety backup of the current state,
 * then a journaled move into place that keeps the originals until validation passes (else they
 * are put back) and can be undone at any point.
 */
export async function restoreBackup(plan: RestorePlan, options: RestoreOptions): Promise<RestoreResult> {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const faults = interruptible(options.faults ?? noFaults, options.signal, 'restore');
  const base = { restored: plan.backup, changed: plan.overwrite, added: plan.add, removed: plan.remove };
  if (plan.validation.summary.errors > 0 && !options.force) {
    throw new RestoreRefusedError(plan.backup, 'invalid-content', plan.validation.summary.errors);
  }
  if (plan.identical)
    return { ...base, identical: true, safetyBackup: null, validation: plan.validation, rolledBack: false };

  const unchanged = new Set(plan.unchanged);
  const lock = await lockStore(options.backupDir, 'restore', options.lockTimeoutMs ?? settings.lockTimeoutMs);
  try {
    const now = await readCurrent(options, settings);
    if (!sameContent(now, plan.currentFiles)) {
      throw new ConfigChangedError(changedPaths(now, plan.currentFiles));
    }
    const configRoot = await resolvedConfigDir(options.configDir);
    const target = plan.backupFiles.filter((f) => !unchanged.has(f.path));
    const before = new Map(now.map((f) => [f.path, f.sha256]));
    const createdDirs = await checkTargets({
      backup: plan.backup,
      configRoot,
      stagingDir: stagingDirOf(configRoot),
      writes: target.map((f) => f.path),
      removes: plan.remove,
      owned: ownedPaths({
        configDir: configRoot,
        backupDir: options.backupDir,
        settingsFile: options.settingsFile ?? null,
      }),
    });
    const safetyBackup = now.length === 0 ? null : await makeSafetyBackup(plan, options, settings, faults);
    faults.reached('restore:safety-backup');
    const applied = await applyTransaction({
      backupDir: options.backupDir,
      configRoot,
      backup: plan.backup,
      safetyBackup,
      target: target.map((f) => ({ ...f, before: before.get(f.path) ?? null })),
      remove: plan.remove.map((p) => ({ path: p, before: before.get(p) as string })),
      createdDirs,
      faults,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    }).catch(async (error: unknown) => discardFailedStaging(options, error));
    // The config now holds exactly the bytes validated in the plan, unless files were kept
    // beside them: only then can the result differ from what was already checked.
    const validation =
      plan.keep.length === 0
        ? plan.validation
        : await validateConfig({ configDir: options.configDir, backupDir: options.backupDir, settings });
    const rolledBack = validation.summary.errors > 0 && !options.force;
    if (rolledBack) await rollBackTransaction(options.backupDir, applied, faults);
    else await commitTransaction(options.backupDir, applied);
    await appendHistory(options.backupDir, {
      operation: 'restore',
      backup: plan.backup,
      outcome: rolledBack ? 'failure' : 'success',
      detail: rolledBack
        ? `restored config did not validate; rolled back to ${safetyBackup ?? 'the previous (empty) state'}`
        : `safety backup ${safetyBackup ?? 'none (config was empty)'}`,
    });
    return { ...base, identical: false, safetyBackup, validation, rolledBack };
  } catch (caught) {
    // Stopped while the safety backup was made or the files were staged: the config was never touched.
    const error =
      caught instanceof OperationInterruptedError && caught.state !== 'rolled-back'
        ? new OperationInterruptedError('restore', 'nothing-changed')
        : caught;
    await appendHistory(options.backupDir, {
      operation: 'restore',
      backup: plan.backup,
      outcome: 'failure',
      error:
        error instanceof OrchBackupError
          ? error.toJSON()
          : { code: errnoOf(error) ?? 'INTERNAL', message: String(error) },
    }).catch(() => undefined);
    throw error;
  } finally {
    await lock.release();
  }
}

/**
 * A restore that failed while staging (disk full, read-only config dir) has changed nothing:
 * its journal and staged copies are removed now rather than by the next command, and the
 * error says why in words (a recursive mkdir on a read-only file system reports ENOENT).
 */
async function discardFailedStaging(options: RestoreOptions, error: unknown): Promise<never> {
  if (error instanceof OrchBackupError) throw error;
  const loaded = await loadJournal(options.backupDir).catch(() => undefined);
  if (!loaded || !('journal' in loaded) || loaded.journal.phase !== 'staging') throw error;
  await removeJournal(options.backupDir, loaded.journal).catch(() => undefined);
  let code = errnoOf(error);
  if (code === 'ENOENT')
    code = await access(options.configDir, constants.W_OK).then(
      () => code,
      (e: unknown) => errnoOf(e) ?? code,
    );
  throw new StoreWriteError(options.configDir, code, { cause: error });
}

async function makeSafetyBackup(
  plan: RestorePlan,
  options: RestoreOptions,
  settings: Settings,
  faults: Faults,
): Promise<string> {
  const safety = await createBackupLocked({
    faults,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    configDir: options.configDir,
    backupDir: options.backupDir,
    settings,
    settingsFile: options.settingsFile ?? null,
    namePrefix: 'backup-pre-restore',
    trigger: 'pre-restore',
    description: `Before restoring ${plan.backup}`,
    allowInvalid: true,
    ...(options.now ? { now: options.now } : {}),
  });
  if (!safety.created) throw new Error('safety backup was not created');
  return safety.name;
}

/** The config dir with every symlink resolved; a missing one by its nearest existing parent. */
async function resolvedConfigDir(configDir: string): Promise<string> {
  const absolute = path.resolve(configDir);
  try {
    return await realpath(absolute);
  } catch {
    const parent = await resolvedConfigDir(path.dirname(absolute)).catch(() => path.dirname(absolute));
    return path.join(parent, path.basename(absolute));
  }
}

async function readCurrent(options: RestoreOptions, settings: Settings): Promise<SnapshotFile[]> {
  try {
    return (
      await readSnapshot({
        configDir: options.configDir,
        backupDir: options.backupDir,
        settings,
        settingsFile: options.settingsFile ?? null,
      })
    ).files;
  } catch (error) {
    if (error instanceof ConfigDirNotFoundError && error.reason === 'missing') return [];
    throw error;
  }
}

function changedPaths(a: SnapshotFile[], b: SnapshotFile[]): string[] {
  const before = new Map(b.map((f) => [f.path, f.sha256]));
  const after = new Map(a.map((f) => [f.path, f.sha256]));
  return [...new Set([...before.keys(), ...after.keys()])].filter((p) => before.get(p) !== after.get(p));
}
