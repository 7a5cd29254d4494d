import { ExitCode, OrchBackupError, describeErrno, truncate } from './base.js';

/** Why a restore target cannot take its file; checked for every target before anything moves. */
export type ObstacleReason =
  | 'mount-point'
  | 'other-file-system'
  | 'not-writable'
  | 'directory-in-place-of-file'
  | 'file-in-place-of-directory'
  | 'symlinked-directory'
  | 'not-a-regular-file'
  | 'owned-path'
  | 'unsafe-path';

const OBSTACLE_TEXT: Record<ObstacleReason, string> = {
  'mount-point':
    'is a mount point (a bind-mounted file or a file system mounted there), so nothing can be moved in or out of it: unmount it first',
  'other-file-system': 'is on another file system than the config dir, so files cannot be moved into it atomically',
  'not-writable': 'is not writable',
  'directory-in-place-of-file': 'is a directory where the backup has a file: move it away first',
  'file-in-place-of-directory': 'is a file where the backup has a directory: move it away first',
  'symlinked-directory':
    'is a symlink to a directory: restore never writes through a symlink, replace it with a real directory first',
  'not-a-regular-file': 'is not a regular file (a FIFO, socket or device): move it away first',
  'owned-path': "belongs to the tool itself (its settings, store or restore scratch), never to a backup's content",
  'unsafe-path': 'is not a safe relative path (absolute, "..", or an empty segment)',
};

/** A restore target that cannot take its file; the restore is refused before anything moves. */
export class RestoreObstacleError extends OrchBackupError {
  readonly code = 'RESTORE_OBSTACLE';
  constructor(
    readonly backupName: string,
    readonly path: string,
    readonly reason: ObstacleReason,
    readonly errno?: string,
  ) {
    const text =
      reason === 'not-writable' && errno ? `is not writable (${describeErrno(errno)})` : OBSTACLE_TEXT[reason];
    super(`refusing to restore ${JSON.stringify(backupName)}: ${JSON.stringify(path)} ${text}; nothing was changed`);
  }

  override toJSON(): { code: string; message: string; path: string; reason: ObstacleReason } {
    return { ...super.toJSON(), path: this.path, reason: this.reason };
  }
}

/** A move failed midway (after every check passed) and everything already moved was put back. */
export class RestoreMoveFailedError extends OrchBackupError {
  readonly code = 'RESTORE_MOVE_FAILED';
  constructor(
    readonly backupName: string,
    readonly path: string,
    readonly errno: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(
      `restoring ${JSON.stringify(backupName)} failed while moving ${JSON.stringify(path)} (${describeErrno(errno)}); ` +
        'every file already moved was put back: the config is exactly as it was',
      options,
    );
  }
}

export interface RecoveryAttempt {
  direction: 'finish' | 'rollback';
  path: string;
  errno: string | undefined;
}

/**
 * An interrupted restore that could neither be finished nor rolled back: the config is mixed,
 * and the journal and the files set aside are kept so that `orch-backup recover` can end it.
 */
export class RestoreStuckError extends OrchBackupError {
  readonly code = 'RESTORE_INTERRUPTED';
  constructor(
    readonly backupName: string,
    readonly configDir: string,
    readonly stagingDir: string,
    readonly attempts: readonly RecoveryAttempt[],
  ) {
    const tried = attempts
      .map(
        (a) =>
          `${a.direction === 'finish' ? 'finishing' : 'rolling back'} failed at ${JSON.stringify(a.path)} (${describeErrno(a.errno)})`,
      )
      .join('; ');
    super(
      `the restore of ${JSON.stringify(backupName)} into ${configDir} is unfinished: ${tried}. ` +
        `The config is mixed; both versions are kept in ${stagingDir}. Fix the cause, then run ` +
        '`orch-backup recover --rollback` (back to the config before the restore) or `orch-backup recover --finish` (complete the restore)',
    );
  }
}

/** A restore journal this store did not write (planted or edited): it is never executed. */
export class JournalRejectedError extends OrchBackupError {
  readonly code = 'JOURNAL_REJECTED';
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly movedTo: string | null,
  ) {
    super(
      `ignored the restore journal ${file}: ${problem}; nothing in it was executed` +
        (movedTo ? ` (kept as ${movedTo} for inspection)` : ''),
    );
  }
}

/** The key that authenticates restore journals is not private to the user running the tool. */
export class JournalKeyError extends OrchBackupError {
  readonly code = 'JOURNAL_KEY_UNTRUSTED';
  constructor(
    readonly file: string,
    readonly problem: string,
    /** Set when the key is another user's: their journals can be neither checked nor dropped by this one. */
    readonly ownerUid?: number,
  ) {
    super(
      `cannot trust ${file}: ${problem}; remove it if you did not create it (a new one is made by the next restore)`,
    );
  }
}

/**
 * A restore journal signed with another user's key: this user can neither check nor execute it,
 * and does not drop it either (it may be that user's interrupted restore).
 */
export class JournalOfOtherUserError extends OrchBackupError {
  readonly code = 'RESTORE_INTERRUPTED_OTHER_USER';
  constructor(
    readonly file: string,
    readonly keyFile: string,
    readonly ownerUid: number,
  ) {
    super(
      `a restore journal ${file} is signed with the key of uid ${ownerUid}, so only that user can end it: ` +
        `run \`orch-backup recover\` as uid ${ownerUid}; if nobody knows that user, remove ${file} and ${keyFile}`,
    );
  }
}

/** Why a path named to `restore <name> [path…]` cannot be restored. */
export type RestorePathReason = 'outside-config-dir' | 'owned-path' | 'not-found';

/** A path named for a partial restore that is outside the config dir, the tool's own, or on neither side. */
export class RestorePathError extends OrchBackupError {
  readonly code = 'RESTORE_PATH';
  override readonly exitCode = ExitCode.usage;
  constructor(
    readonly backupName: string,
    readonly path: string,
    readonly reason: RestorePathReason,
    /** For `not-found`: the known paths closest to `path`, best first (at most a few). */
    readonly suggestions: readonly string[] = [],
  ) {
    const shown = JSON.stringify(truncate(path, 80));
    const text: Record<RestorePathReason, string> = {
      'outside-config-dir': `cannot restore ${shown}: paths are relative to the config dir and may not leave it`,
      'owned-path': `cannot restore ${shown}: it belongs to the tool itself (its settings, store or restore scratch), not to the config`,
      'not-found': `neither backup ${JSON.stringify(backupName)} nor the config has ${shown}${didYouMean(suggestions)}`,
    };
    super(text[reason]);
  }
}

function didYouMean(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return '';
  const quoted = suggestions.map((s) => JSON.stringify(s));
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
  return ` (did you mean ${list}?)`;
}

/** What a format-1 journal's restore had done to the config, judged from the files it names. */
export type LegacyJournalState = 'untouched' | 'finished' | 'mixed';

/**
 * A restore journal an older version wrote (format 1): unsigned, so never executed, and set aside.
 * The message says what it was doing and which ordinary restore ends it.
 */
export class LegacyJournalError extends OrchBackupError {
  readonly code = 'JOURNAL_OLD_FORMAT';
  constructor(
    readonly file: string,
    readonly movedTo: string | null,
    readonly purpose: 'restore' | 'rollback',
    readonly state: LegacyJournalState,
    readonly configDir: string,
    readonly stagingDir: string,
    /** The restore that completes it (`orch-backup restore <finishWith>`), when the store has that backup. */
    readonly finishWith: string | null,
    /** The restore that goes back to before it, when the store has that backup. */
    readonly goBackWith: string | null,
    readonly missing: readonly string[],
  ) {
    const what =
      purpose === 'rollback'
        ? `a rollback to ${JSON.stringify(finishWith ?? missing[0])}`
        : `a restore of ${JSON.stringify(finishWith ?? missing[0])}`;
    const where = `in ${configDir}`;
    const state_ =
      state === 'finished'
        ? `${what} had completed ${where}: every file it names is as the backup has it, so nothing is left to do`
        : state === 'untouched'
          ? `${what} had not changed any file ${where} yet: the config is as it was`
          : `${what} stopped half way ${where}: the config is partly old, partly new. ` +
            [
              finishWith && `To complete it: orch-backup restore ${finishWith}`,
              goBackWith && `to go back to the config before it: orch-backup restore ${goBackWith}`,
              !finishWith &&
                !goBackWith &&
                'neither backup it names is in this store: check the config by hand (orch-backup validate)',
            ]
              .filter(Boolean)
              .join('; ');
    super(
      `a restore journal ${file} from an older version (format 1, unsigned) was not executed` +
        `${movedTo ? ` and was set aside as ${movedTo}` : ''}: ${state_}` +
        `${missing.length > 0 && state === 'mixed' && (finishWith || goBackWith) ? ` (${missing.map((m) => JSON.stringify(m)).join(', ')} is no longer in the store)` : ''}` +
        `. Its staged copies, if any, are in ${stagingDir}: nothing there is needed, delete it (rm -r ${JSON.stringify(stagingDir)})`,
    );
  }
}
