import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { type RecoveryAttempt, RestoreMoveFailedError, RestoreStuckError } from '../../errors/restore.js';
import { OperationInterruptedError } from '../../errors/index.js';
import type { Faults } from '../util/faults.js';
import { progressCounter, type ProgressReporter } from '../util/progress.js';
import { fsyncDir, mapLimit, removeTree, writeNewFile } from '../util/fs.js';
import {
  journalKey,
  loadJournal,
  removeJournal,
  stagingDirOf,
  writeJournal,
  type JournalOperation,
  type RestoreJournal,
} from './journal.js';
import { MoveFailure, directoryMaker, moveForward, rollBack } from './moves.js';

interface TargetFile {
  path: string;
  bytes: Uint8Array;
}

export interface TransactionInput {
  backupDir: string;
  /** The config dir, resolved. */
  configRoot: string;
  backup: string;
  safetyBackup: string | null;
  /** Files to put in place, with the SHA-256 each path has now (absent: null). */
  target: readonly (TargetFile & { before: string | null })[];
  /** Files to remove, with their SHA-256 now. */
  remove: readonly { path: string; before: string }[];
  /** Directories the target needs that do not exist yet (parents first). */
  createdDirs: readonly string[];
  faults: Faults;
  onProgress?: ProgressReporter;
}

/** A transaction whose files are in place but not yet committed: the originals are still kept. */
export interface AppliedTransaction {
  journal: RestoreJournal;
  key: Buffer;
}

/**
 * Stages the target beside the config, then moves it into place through a signed journal. A move
 * that fails midway is undone at once (`RestoreMoveFailedError`); when even that fails the journal
 * stays for `recover` (`RestoreStuckError`). Returns before the commit so the caller can validate.
 */
export async function applyTransaction(input: TransactionInput): Promise<AppliedTransaction> {
  const key = (await journalKey(input.backupDir, true, input.faults)) as Buffer;
  const stagingDir = stagingDirOf(input.configRoot);
  const operations: JournalOperation[] = [
    ...input.target.map((f) => ({
      path: f.path,
      before: f.before,
      after: createHash('sha256').update(f.bytes).digest('hex'),
    })),
    ...input.remove.map((f) => ({ path: f.path, before: f.before, after: null })),
  ];
  let journal: RestoreJournal = {
    version: 2,
    backup: input.backup,
    safetyBackup: input.safetyBackup,
    configDir: input.configRoot,
    stagingDir,
    phase: 'staging',
    operations,
    createdDirs: [...input.createdDirs],
    startedAt: new Date().toISOString(),
  };
  await removeTree(stagingDir);
  journal = await writeJournal(input.backupDir, key, journal, input.faults);
  try {
    return await stageAndMove(input, key, journal);
  } catch (error) {
    if (!(error instanceof OperationInterruptedError)) throw error;
    // Stopped on request: staged copies and the journal go; files already moved are put back first.
    const current = await loadJournal(input.backupDir).catch(() => undefined);
    const latest = current && 'journal' in current ? current.journal : journal;
    if (latest.phase === 'staging') {
      await removeJournal(input.backupDir, latest);
      throw error;
    }
    await rollBackTransaction(input.backupDir, { journal: latest, key }, input.faults);
    throw new OperationInterruptedError('restore', 'rolled-back');
  }
}

async function stageAndMove(
  input: TransactionInput,
  key: Buffer,
  started: RestoreJournal,
): Promise<AppliedTransaction> {
  let journal = started;
  const { stagingDir } = journal;
  input.faults.reached('restore:journal-written');

  const newDir = path.join(stagingDir, 'new');
  await mkdir(newDir, { recursive: true });
  const dirs = directoryMaker();
  // Several writes (and their fsyncs) in flight let the file system commit them together.
  const tick = progressCounter(input.onProgress, 'staging', input.target.length);
  await mapLimit(input.target, 8, async (file) => {
    const staged = path.join(newDir, ...file.path.split('/'));
    await dirs.ensure(path.dirname(staged));
    await writeNewFile(staged, file.bytes);
    tick();
    input.faults.reached('restore:staged-file');
  });
  await fsyncTree(
    newDir,
    input.target.map((f) => f.path),
  );
  journal = await writeJournal(input.backupDir, key, { ...journal, phase: 'applying' }, input.faults);
  input.faults.reached('restore:applying');
  try {
    await moveForward(journal, input.faults);
  } catch (error) {
    if (!(error instanceof MoveFailure)) throw error;
    if (error.cause instanceof OperationInterruptedError) throw error.cause;
    await undoFailedMove({ journal, key }, input.backupDir, error, input.faults);
  }
  journal = await writeJournal(input.backupDir, key, { ...journal, phase: 'applied' }, input.faults);
  input.faults.reached('restore:applied');
  return { journal, key };
}

/** Drops the originals kept aside: from here on the restore is final (the safety backup remains). */
export async function commitTransaction(backupDir: string, applied: AppliedTransaction): Promise<void> {
  await removeJournal(backupDir, applied.journal);
}

/** Puts the config back as it was before the transaction (validation failed after the move). */
export async function rollBackTransaction(
  backupDir: string,
  applied: AppliedTransaction,
  faults: Faults,
): Promise<void> {
  await rollBackAndClose(backupDir, applied, faults, []);
}

/** The move forward failed part way: back to the config as it was, then the failure is reported. */
async function undoFailedMove(
  applied: AppliedTransaction,
  backupDir: string,
  failure: MoveFailure,
  faults: Faults,
): Promise<never> {
  const finish: RecoveryAttempt = { direction: 'finish', path: failure.path, errno: failure.errno };
  await rollBackAndClose(backupDir, applied, faults, [finish]);
  throw new RestoreMoveFailedError(applied.journal.backup, failure.path, failure.errno, { cause: failure });
}

/**
 * Moves the originals back and drops the journal. A move back that fails leaves the config mixed:
 * the restore is stuck, reported with the attempts that failed before (`failed`) and this one.
 */
async function rollBackAndClose(
  backupDir: string,
  applied: AppliedTransaction,
  faults: Faults,
  failed: RecoveryAttempt[],
): Promise<void> {
  const journal = await writeJournal(backupDir, applied.key, { ...applied.journal, phase: 'rolling-back' }, faults);
  try {
    await rollBack(journal, faults);
  } catch (error) {
    if (!(error instanceof MoveFailure)) throw error;
    throw new RestoreStuckError(journal.backup, journal.configDir, journal.stagingDir, [
      ...failed,
      { direction: 'rollback', path: error.path, errno: error.errno },
    ]);
  }
  await removeJournal(backupDir, journal);
}

async function fsyncTree(root: string, files: readonly string[]): Promise<void> {
  const dirs = new Set<string>([root]);
  for (const f of files) {
    let dir = path.dirname(path.join(root, ...f.split('/')));
    while (dir.startsWith(root) && !dirs.has(dir)) {
      dirs.add(dir);
      dir = path.dirname(dir);
    }
  }
  await mapLimit([...dirs], 8, (dir) => fsyncDir(dir));
}
