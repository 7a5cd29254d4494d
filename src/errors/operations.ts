import type { JsonPatchOperation } from '../core/diff/types.js';
import { ExitCode, OrchBackupError } from './base.js';

// Errors of restore, export/import, git and patches.

/** Restoring this backup would put configs in place that do not validate. */
export class RestoreRefusedError extends OrchBackupError {
  readonly code = 'RESTORE_REFUSED';
  constructor(
    readonly backupName: string,
    readonly reason: 'invalid-content',
    readonly validationErrors: number,
  ) {
    super(`refusing to restore ${JSON.stringify(backupName)}: its content has ${validationErrors} validation error(s)`);
  }
}

/** The config changed between planning and applying a restore; nothing was restored. */
export class ConfigChangedError extends OrchBackupError {
  readonly code = 'CONFIG_CHANGED';
  constructor(readonly files: string[]) {
    super(
      `the config changed while the restore was being planned (${files.slice(0, 3).join(', ')}); nothing was restored: run the restore again`,
    );
  }
}

/** A restore was applied, its result did not validate, and the config was put back as it was. */
export class RestoreRolledBackError extends OrchBackupError {
  readonly code = 'RESTORE_ROLLED_BACK';
  constructor(
    readonly backupName: string,
    readonly validationErrors: number,
  ) {
    super(
      `the configs restored from ${JSON.stringify(backupName)} did not validate (${validationErrors} error(s)), so they were rolled back`,
    );
  }
}

/** An interrupted restore cannot be finished: a file it had staged is gone. */
export class RestoreRecoveryError extends OrchBackupError {
  readonly code = 'RESTORE_UNRECOVERABLE';
  constructor(readonly file: string) {
    super(`cannot finish the interrupted restore: staged copy of ${file} is gone`);
  }
}

/** Why an archive was refused; stable, for `--json` and scripts. */
export type ArchiveProblem =
  | 'unreadable'
  | 'not-gzip'
  | 'corrupt'
  | 'truncated'
  | 'not-a-tar'
  | 'too-large'
  | 'too-many-entries'
  | 'absolute-path'
  | 'traversal'
  | 'unsafe-path'
  | 'link'
  | 'special-file'
  | 'unsupported-entry'
  | 'duplicate'
  | 'path-conflict'
  | 'outside-top-level'
  | 'invalid-json'
  | 'future-date';

/** An archive that cannot be imported as it is; nothing was written into the store. */
export class ArchiveRejectedError extends OrchBackupError {
  readonly code = 'ARCHIVE_REJECTED';
  constructor(
    readonly archive: string,
    readonly reason: ArchiveProblem,
    readonly detail: string,
    readonly entry?: string,
  ) {
    super(`cannot import ${archive}: ${detail}; nothing was imported`);
  }
}

/** The export target exists; an export never overwrites a file. */
export class OutputExistsError extends OrchBackupError {
  readonly code = 'OUTPUT_EXISTS';
  constructor(readonly file: string) {
    super(`${file} already exists; an export never overwrites a file: remove it or choose another output path`);
  }
}

/** A git command the hook or the Action runs failed. */
export class GitError extends OrchBackupError {
  readonly code = 'GIT_FAILED';
  constructor(
    readonly args: readonly string[],
    readonly stderr: string,
  ) {
    super(`git ${args[0] ?? ''} failed: ${stderr.trim().split('\n')[0] || 'unknown error'}`);
  }
}

/** A patch operation that does not apply to the document it was given. */
export class PatchApplyError extends OrchBackupError {
  readonly code = 'PATCH_NOT_APPLICABLE';
  constructor(
    readonly operation: JsonPatchOperation,
    readonly reason: string,
  ) {
    super(`${operation.op} ${operation.path}: ${reason}`);
  }

  /** The operation without its value: config content (a secret, maybe) never goes into `--json` errors or the log. */
  override data(): Record<string, unknown> {
    const { op, path } = this.operation;
    return {
      operation: { op, path, ...('from' in this.operation ? { from: this.operation.from } : {}) },
      reason: this.reason,
    };
  }
}

/** A reference to rewrite no longer holds what the judgement saw: the file changed in between. */
export class FixConflictError extends OrchBackupError {
  readonly code = 'FIX_CONFLICT';
  constructor(
    readonly file: string,
    readonly pointer: string,
  ) {
    super(
      `${file} changed while it was being fixed (${pointer} no longer holds the old id); nothing was written to it`,
    );
  }
}

/** What an operation stopped by the user left: the state is always a whole one. */
export type InterruptedState = 'nothing-changed' | 'rolled-back' | 'partial-removed';

/** An operation stopped on request (Ctrl-C, an aborted signal) at a point where it could stop cleanly. */
export class OperationInterruptedError extends OrchBackupError {
  readonly code = 'INTERRUPTED';
  override readonly exitCode = ExitCode.interrupted;
  constructor(
    readonly operation: string,
    readonly state: InterruptedState,
  ) {
    const text: Record<InterruptedState, string> = {
      'nothing-changed': 'nothing was changed',
      'rolled-back': 'the restore was rolled back; the config is as before',
      'partial-removed': 'the partial backup was removed',
    };
    super(`${operation} interrupted: ${text[state]}`);
  }
}
