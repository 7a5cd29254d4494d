import { ExitCode, OrchBackupError, describeErrno, truncate } from './base.js';

// Errors of the backup store: its lock, its backups and writes into it.

export interface LockHolder {
  pid?: number;
  hostname?: string;
  command?: string;
  acquiredAt?: string;
}

/** `process 123 on host "ci-7" (create, since 2026-01-02T03:04:05Z)`: who holds a lock, for messages. */
export function describeLockHolder(holder: LockHolder): string {
  if (typeof holder.pid !== 'number') return 'an unknown process';
  const cut = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max)}…` : text);
  const details = [holder.command, holder.acquiredAt ? `since ${holder.acquiredAt}` : undefined]
    .filter(Boolean)
    .join(', ');
  return `process ${holder.pid} on host ${JSON.stringify(cut(String(holder.hostname ?? 'unknown'), 60))}${details ? ` (${cut(details, 80)})` : ''}`;
}

/** `unlock` found a lock whose holder may still be running. */
export class LockHeldError extends OrchBackupError {
  readonly code = 'LOCK_HELD';
  override readonly exitCode = ExitCode.busy;
  constructor(
    readonly lockPath: string,
    readonly holder: LockHolder,
    readonly reason: string,
  ) {
    super(
      `${lockPath} is held by ${describeLockHolder(holder)}, which may still be running (${reason}); nothing was removed`,
    );
  }
}

/** Another process holds the store lock for longer than the lock timeout. */
export class StoreBusyError extends OrchBackupError {
  readonly code = 'STORE_BUSY';
  override readonly exitCode = ExitCode.busy;
  constructor(
    readonly lockPath: string,
    readonly holder: LockHolder,
    readonly waitedMs: number,
  ) {
    super(`store is busy: ${describeLockHolder(holder)} holds ${lockPath}; waited ${(waitedMs / 1000).toFixed(1)} s`);
  }
}

/** A backup of that name exists; backups are never overwritten. */
export class BackupExistsError extends OrchBackupError {
  readonly code = 'BACKUP_EXISTS';
  constructor(readonly backupName: string) {
    super(`backup ${JSON.stringify(backupName)} already exists; backups are never overwritten: choose another name`);
  }
}

/** No backup of that name in the store. */
export class BackupNotFoundError extends OrchBackupError {
  readonly code = 'BACKUP_NOT_FOUND';
  constructor(
    readonly backupName: string,
    readonly backupDir: string,
    /** Existing backups with similar names, best first (at most a few). */
    readonly suggestions: readonly string[] = [],
  ) {
    super(`no backup named ${JSON.stringify(backupName)} in ${backupDir}${didYouMean(suggestions)}`);
  }
}

/** `cat <name> <path>`: the backup has no file at that path. */
export class FileNotInBackupError extends OrchBackupError {
  readonly code = 'FILE_NOT_IN_BACKUP';
  constructor(
    readonly backupName: string,
    readonly path: string,
    readonly fileCount: number,
    /** The backup's paths closest to `path`, best first (at most a few). */
    readonly suggestions: readonly string[] = [],
  ) {
    super(
      `backup ${JSON.stringify(backupName)} has no file ${JSON.stringify(truncate(path, 80))}` +
        (suggestions.length > 0 ? didYouMean(suggestions) : ` (it has ${fileCount} file${fileCount === 1 ? '' : 's'})`),
    );
  }
}

/** A clean would delete every manual backup, or every backup but the newest, and nobody confirmed it. */
export class DangerousCleanError extends OrchBackupError {
  readonly code = 'CLEAN_NEEDS_FORCE';
  override readonly exitCode = ExitCode.usage;
  constructor(
    /** How many manual backups it would delete: all of them. */
    readonly allManual: number | undefined,
    /** How many it would delete, keeping only the newest. */
    readonly allButNewest: number | undefined,
  ) {
    const what = [
      allManual !== undefined ? `every manual backup (${allManual})` : '',
      allButNewest !== undefined ? `every backup but the newest (${allButNewest})` : '',
    ].filter(Boolean);
    super(`clean would delete ${what.join(' and ')}; nothing was deleted`);
  }
}

/** ` (did you mean "a" or "b"?)`, or '' when there is nothing close. */
function didYouMean(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return '';
  const quoted = suggestions.map((s) => JSON.stringify(s));
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
  return ` (did you mean ${list}?)`;
}

/** The backup directory is not usable (not a directory, unreadable, not writable). */
export class BackupDirError extends OrchBackupError {
  readonly code = 'BACKUP_DIR_INVALID';
  constructor(
    readonly backupDir: string,
    readonly problem: string,
  ) {
    super(`backup directory ${backupDir} ${problem}`);
  }
}

/** A backup's manifest is missing, unparsable, or fails its checksum. */
export class ManifestError extends OrchBackupError {
  readonly code = 'MANIFEST_INVALID';
  constructor(
    readonly backupName: string,
    readonly problem: string,
  ) {
    super(`backup ${JSON.stringify(backupName)} has an unusable manifest: ${problem}`);
  }
}

/** A backup's stored copies do not match their checksums, or are missing. */
export class BackupDamagedError extends OrchBackupError {
  readonly code = 'BACKUP_DAMAGED';
  constructor(
    readonly backupName: string,
    readonly problems: readonly string[],
  ) {
    super(
      `backup ${JSON.stringify(backupName)} is damaged: ${problems.slice(0, 3).join('; ')}` +
        (problems.length > 3 ? ` (+${problems.length - 3} more)` : ''),
    );
  }
}

/** A write into the store failed (disk full, read-only, permissions); nothing was kept. */
export class StoreWriteError extends OrchBackupError {
  readonly code = 'STORE_WRITE_FAILED';
  constructor(
    readonly target: string,
    readonly errno: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(`${describeErrno(errno)} while writing ${target}; nothing was saved and the config is untouched`, options);
  }
}
