import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { ConfigChangedError, ConfigDirNotFoundError, OrchBackupError, RestoreRefusedError, StoreWriteError, errnoOf } from '../../errors/index.js';
import { createBackupLocked } from '../create/create.js';
import { noFaults, type Faults } from '../util/faults.js';
import { appendHistory } from '../store/history.js';
import { finishJournal, readJournal, removeJournal, transition } from './journal.js';
import type { Manifest } from '../store/manifest.js';
import { readBackupFiles } from '../inspect/backup-files.js';
import { readSnapshot, sameContent, type SnapshotFile } from '../config/snapshot.js';
import { DEFAULT_SETTINGS, type Settings } from '../config/settings.js';
import { lockStore } from '../store/store.js';
import { validateConfig, validateDocuments, type ConfigDocument, type ValidationReport } from '../validate/index.js';

export interface RestorePlan {
  backup: string;
  manifest: Manifest;
  backupFiles: ConfigDocument[];
  /** The config as planned against, each file with its SHA-256 (computed once, when read). */
  currentFiles: SnapshotFile[];
  overwrite: string[];
  add: string[];
  remove: string[];
  /** Files only in the current config that `keepExtra` leaves alone. */
  keep: string[];
  unchanged: string[];
  identical: boolean;
  validation: ValidationReport;
}

export interface RestoreOptions {
  configDir: string;
  backupDir: string;
  settings?: Settings;
  /** Keep config files the backup does not have instead of removing them. */
  keepExtra?: boolean;
  /** Restore even if the backup's content does not validate, and keep it if validation fails after. */
  force?: boolean;
  lockTimeoutMs?: number;
  now?: Date;
  faults?: Faults;
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
  const { manifest, files: backupFiles } = await readBackupFiles(options.backupDir, name);
  const validation = await validateDocuments(backupFiles, { settings });
  const currentFiles = await readCurrent(options, settings);
  const current = new Map(currentFiles.map((f) => [f.path, f.sha256]));
  const inBackup = new Set(backupFiles.map((f) => f.path));
  const overwrite: string[] = [];
  const add: string[] = [];
  const unchanged: string[] = [];
  for (const file of manifest.files) {
    const now = current.get(file.path);
    if (now === undefined) add.push(file.path);
    else if (now === file.sha256) unchanged.push(file.path);
    else overwrite.push(file.path);
  }
  const extra = currentFiles.map((f) => f.path).filter((p) => !inBackup.has(p));
  const remove = options.keepExtra ? [] : extra;
  const keep = options.keepExtra ? extra : [];
  return {
    backup: name,
    manifest,
    backupFiles,
    currentFiles,
    overwrite,
    add,
    remove,
    keep,
    unchanged,
    identical: overwrite.length + add.length + remove.length === 0,
    validation,
  };
}

/**
 * Applies a plan: a verified safety backup of the current state first, then a journaled move
 * into place, then validation with automatic rollback to the safety backup when it fails.
 */
export async function restoreBackup(plan: RestorePlan, options: RestoreOptions): Promise<RestoreResult> {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const faults = options.faults ?? noFaults;
  const base = { restored: plan.backup, changed: plan.overwrite, added: plan.add, removed: plan.remove };
  if (plan.validation.summary.errors > 0 && !options.force) {
    throw new RestoreRefusedError(plan.backup, 'invalid-content', plan.validation.summary.errors);
  }
  if (plan.identical) return { ...base, identical: true, safetyBackup: null, validation: plan.validation, rolledBack: false };

  const unchanged = new Set(plan.unchanged);
  const lock = await lockStore(options.backupDir, 'restore', options.lockTimeoutMs ?? settings.lockTimeoutMs);
  try {
    const now = await readCurrent(options, settings);
    if (!sameContent(now, plan.currentFiles)) {
      throw new ConfigChangedError(changedPaths(now, plan.currentFiles));
    }
    const safetyBackup = now.length === 0 ? null : await makeSafetyBackup(plan, options, settings);
    faults.reached('restore:safety-backup');
    await transition({
      backupDir: options.backupDir,
      configDir: options.configDir,
      purpose: 'restore',
      backup: plan.backup,
      safetyBackup,
      target: plan.backupFiles.filter((f) => !unchanged.has(f.path)),
      remove: plan.remove,
      faults,
    }).catch(async (error: unknown) => discardFailedStaging(options, error));
    // The config now holds exactly the bytes validated in the plan, unless files were kept
    // beside them: only then can the result differ from what was already checked.
    const validation = plan.keep.length === 0 ? plan.validation : await validateConfig({ configDir: options.configDir, backupDir: options.backupDir, settings });
    let rolledBack = false;
    if (validation.summary.errors > 0 && !options.force) {
      await rollBack(plan, options, safetyBackup, faults);
      rolledBack = true;
    }
    const journal = await readJournal(options.backupDir);
    if (journal) await removeJournal(options.backupDir, journal);
    await appendHistory(options.backupDir, {
      operation: 'restore',
      backup: plan.backup,
      outcome: rolledBack ? 'failure' : 'success',
      detail: rolledBack ? `restored config did not validate; rolled back to ${safetyBackup ?? 'the previous (empty) state'}` : `safety backup ${safetyBackup ?? 'none (config was empty)'}`,
    });
    return { ...base, identical: false, safetyBackup, validation, rolledBack };
  } catch (error) {
    await appendHistory(options.backupDir, {
      operation: 'restore',
      backup: plan.backup,
      outcome: 'failure',
      error: error instanceof OrchBackupError ? error.toJSON() : { code: errnoOf(error) ?? 'INTERNAL', message: String(error) },
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
  const journal = await readJournal(options.backupDir).catch(() => null);
  if (journal?.phase !== 'staging' || error instanceof OrchBackupError) throw error;
  await finishJournal(options.backupDir, journal, noFaults).catch(() => undefined);
  let code = errnoOf(error);
  if (code === 'ENOENT') code = await access(options.configDir, constants.W_OK).then(() => code, (e: unknown) => errnoOf(e) ?? code);
  throw new StoreWriteError(options.configDir, code, { cause: error });
}

async function makeSafetyBackup(plan: RestorePlan, options: RestoreOptions, settings: Settings): Promise<string> {
  const safety = await createBackupLocked({
    configDir: options.configDir,
    backupDir: options.backupDir,
    settings,
    namePrefix: 'backup-pre-restore',
    trigger: 'pre-restore',
    description: `Before restoring ${plan.backup}`,
    allowInvalid: true,
    ...(options.now ? { now: options.now } : {}),
  });
  if (!safety.created) throw new Error('safety backup was not created');
  return safety.name;
}

/** Puts back exactly what the safety backup holds (or nothing, if the config was empty). */
async function rollBack(plan: RestorePlan, options: RestoreOptions, safetyBackup: string | null, faults: Faults): Promise<void> {
  const previous = safetyBackup ? (await readBackupFiles(options.backupDir, safetyBackup)).files : [];
  const keepPaths = new Set(previous.map((f) => f.path));
  const introduced = [...plan.add, ...plan.overwrite].filter((p) => !keepPaths.has(p));
  await transition({
    backupDir: options.backupDir,
    configDir: options.configDir,
    purpose: 'rollback',
    backup: safetyBackup ?? plan.backup,
    safetyBackup,
    target: previous,
    remove: introduced,
    faults,
  });
}

export interface RecoveryReport {
  purpose: 'restore' | 'rollback';
  backup: string;
  safetyBackup: string | null;
  outcome: 'discarded' | 'completed';
}

/**
 * Finishes or undoes a restore that a crash interrupted. Every command calls this first, so
 * the config dir is never seen half restored. Only a process holding the lock may do it.
 */
export async function recoverInterruptedRestore(options: { backupDir: string; lockTimeoutMs: number; faults?: Faults }): Promise<RecoveryReport | null> {
  if (!(await readJournal(options.backupDir))) return null;
  const lock = await lockStore(options.backupDir, 'recover', options.lockTimeoutMs);
  try {
    const journal = await readJournal(options.backupDir);
    if (!journal) return null;
    const outcome = await finishJournal(options.backupDir, journal, options.faults ?? noFaults);
    await appendHistory(options.backupDir, {
      operation: 'restore',
      backup: journal.backup,
      outcome: outcome === 'completed' && journal.purpose === 'restore' ? 'success' : 'failure',
      detail: `interrupted ${journal.purpose} ${outcome === 'completed' ? 'completed' : 'rolled back before it changed anything'} by the next command`,
    }).catch(() => undefined);
    return { purpose: journal.purpose, backup: journal.backup, safetyBackup: journal.safetyBackup, outcome };
  } finally {
    await lock.release();
  }
}

async function readCurrent(options: RestoreOptions, settings: Settings): Promise<SnapshotFile[]> {
  try {
    return (await readSnapshot({ configDir: options.configDir, backupDir: options.backupDir, settings })).files;
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
