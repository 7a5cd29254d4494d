import { lstat } from 'node:fs/promises';
import path from 'node:path';
import {
  JournalOfOtherUserError,
  JournalRejectedError,
  LegacyJournalError,
  RestoreStuckError,
  type RecoveryAttempt,
} from '../../errors/restore.js';
import { inspectLegacyJournal } from './legacy-journal.js';
import { journalPath } from './journal-path.js';
import { appendHistory } from '../store/history.js';
import { lockStore } from '../store/store.js';
import { noFaults, type Faults } from '../util/faults.js';
import {
  JOURNAL_KEY_FILE,
  loadJournal,
  removeJournal,
  setJournalAside,
  writeJournal,
  type RestoreJournal,
} from './journal.js';
import { MoveFailure, moveForward, rollBack } from './moves.js';
import { assertNoSymlinkedDirectory } from './preflight.js';

/** `auto`: what every command does first; `finish` / `rollback`: what the user chose with `recover`. */
export type RecoverChoice = 'auto' | 'finish' | 'rollback';

export interface RecoveryReport {
  backup: string;
  safetyBackup: string | null;
  /**
   * `discarded`: stopped before it changed anything; `completed`: the config is the backup;
   * `rolled-back`: the config is as before the restore; `rejected`: a journal this store did
   * not write was set aside, not executed.
   */
  outcome: 'discarded' | 'completed' | 'rolled-back' | 'rejected';
  /** The journal was rolling back (a failed restore or a failed validation) when it stopped. */
  wasRollingBack: boolean;
  /** Set when `auto` could not go the first way (finish, or rollback when it was rolling back) and went the other. */
  abandoned?: RecoveryAttempt;
  rejected?: JournalRejectedError | LegacyJournalError;
}

/**
 * Ends a restore that a crash or a failure interrupted. Every command calls this first (`auto`),
 * so the config dir is never seen half restored: before anything moved the restore is dropped;
 * while moving it is finished, or rolled back when it cannot be finished; while rolling back it is
 * rolled back, or finished when it cannot be. When neither works it throws `RestoreStuckError`,
 * which names both ways out (`orch-backup recover --rollback|--finish`).
 */
export async function recoverInterruptedRestore(options: {
  backupDir: string;
  lockTimeoutMs: number;
  faults?: Faults;
  choice?: RecoverChoice;
}): Promise<RecoveryReport | null> {
  if (
    !(await lstat(journalPath(options.backupDir)).then(
      () => true,
      () => false,
    ))
  )
    return null;
  const faults = options.faults ?? noFaults;
  const choice = options.choice ?? 'auto';
  const lock = await lockStore(options.backupDir, 'recover', options.lockTimeoutMs);
  try {
    const loaded = await loadJournal(options.backupDir);
    if (!loaded) return null;
    if ('otherUser' in loaded)
      throw new JournalOfOtherUserError(
        journalPath(options.backupDir),
        path.join(options.backupDir, JOURNAL_KEY_FILE),
        loaded.otherUser,
      );
    if ('legacy' in loaded) {
      const rejected = await legacyJournal(options.backupDir, loaded.legacy);
      await recordRejection(options.backupDir, rejected);
      const legacy = rejected instanceof LegacyJournalError ? rejected : undefined;
      return {
        backup: legacy?.finishWith ?? '',
        safetyBackup: legacy?.goBackWith ?? null,
        outcome: 'rejected',
        wasRollingBack: false,
        rejected,
      };
    }
    if ('rejected' in loaded) {
      const movedTo = await setJournalAside(options.backupDir);
      const rejected = new JournalRejectedError(journalPath(options.backupDir), loaded.rejected, movedTo);
      await recordRejection(options.backupDir, rejected);
      return { backup: '', safetyBackup: null, outcome: 'rejected', wasRollingBack: false, rejected };
    }
    const { journal, key } = loaded;
    const base = {
      backup: journal.backup,
      safetyBackup: journal.safetyBackup,
      wasRollingBack: journal.phase === 'rolling-back',
    };
    // The tree may have changed since the journal was written: never move through a symlink.
    await assertNoSymlinkedDirectory(
      journal.backup,
      journal.configDir,
      journal.operations.map((op) => op.path),
    );
    const report = await settle(journal, key, choice, options.backupDir, faults);
    const outcome = { ...base, ...report };
    await appendHistory(options.backupDir, {
      operation: 'restore',
      backup: journal.backup,
      outcome: outcome.outcome === 'completed' && !outcome.wasRollingBack ? 'success' : 'failure',
      detail: `interrupted restore ${outcome.outcome === 'completed' ? 'completed' : outcome.outcome === 'discarded' ? 'dropped before it changed anything' : 'rolled back'} (${choice === 'auto' ? 'by the next command' : `recover --${choice}`})`,
    }).catch(() => undefined);
    return outcome;
  } finally {
    await lock.release();
  }
}

async function settle(
  journal: RestoreJournal,
  key: Buffer,
  choice: RecoverChoice,
  backupDir: string,
  faults: Faults,
): Promise<Pick<RecoveryReport, 'outcome' | 'abandoned'>> {
  // Before `applying` some staged copies may be incomplete and nothing has moved: drop it.
  if (journal.phase === 'staging') {
    await removeJournal(backupDir, journal);
    return { outcome: 'discarded' };
  }
  if (journal.phase === 'applied' && choice !== 'rollback') {
    await removeJournal(backupDir, journal);
    return { outcome: 'completed' };
  }
  const order: ('finish' | 'rollback')[] =
    choice === 'finish'
      ? ['finish']
      : choice === 'rollback'
        ? ['rollback']
        : journal.phase === 'applying'
          ? ['finish', 'rollback']
          : ['rollback', 'finish'];
  const attempts: RecoveryAttempt[] = [];
  for (const direction of order) {
    try {
      if (direction === 'finish') {
        const current = await writeJournal(backupDir, key, { ...journal, phase: 'applying' }, faults);
        await moveForward(current, faults);
        await removeJournal(backupDir, await writeJournal(backupDir, key, { ...journal, phase: 'applied' }, faults));
        return { outcome: 'completed', ...(attempts[0] ? { abandoned: attempts[0] } : {}) };
      }
      const current = await writeJournal(backupDir, key, { ...journal, phase: 'rolling-back' }, faults);
      await rollBack(current, faults);
      await removeJournal(backupDir, current);
      return { outcome: 'rolled-back', ...(attempts[0] ? { abandoned: attempts[0] } : {}) };
    } catch (error) {
      if (!(error instanceof MoveFailure)) throw error;
      attempts.push({ direction, path: error.path, errno: error.errno });
    }
  }
  throw new RestoreStuckError(journal.backup, journal.configDir, journal.stagingDir, attempts);
}

/** A refused journal goes in the history as a failed restore; the history never decides the outcome. */
async function recordRejection(backupDir: string, rejected: JournalRejectedError | LegacyJournalError): Promise<void> {
  await appendHistory(backupDir, {
    operation: 'restore',
    backup: null,
    outcome: 'failure',
    error: rejected.toJSON(),
  }).catch(() => undefined);
}

/**
 * A format-1 journal is set aside, never executed: it is unsigned, and it kept no originals to go
 * back with. What it names is checked (read only) so the warning can say which restore ends it.
 */
async function legacyJournal(backupDir: string, raw: unknown): Promise<LegacyJournalError | JournalRejectedError> {
  const findings = await inspectLegacyJournal(raw, backupDir);
  const movedTo = await setJournalAside(backupDir);
  if (!findings)
    return new JournalRejectedError(
      journalPath(backupDir),
      'it has format 1 (an older version) but is not shaped like one, or names paths outside the config dir',
      movedTo,
    );
  const { purpose, state, configDir, stagingDir, finishWith, goBackWith, missing } = findings;
  return new LegacyJournalError(
    journalPath(backupDir),
    movedTo,
    purpose,
    state,
    configDir,
    stagingDir,
    finishWith,
    goBackWith,
    missing,
  );
}
