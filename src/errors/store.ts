import { ExitCode, OrchBackupError, describeErrno } from './base.js';

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
  const details = [holder.command, holder.acquiredAt ? `since ${holder.acquiredAt}` : undefined].filter(Boolean).join(', ');
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
    super(`${lockPath} is held by ${describeLockHolder(holder)}, which may still be running (${reason}); nothing was removed. Pass --force only if you know it is gone`);
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
    super(`store is busy: ${describeLockHolder(holder)} holds ${lockPath}; waited ${(waitedMs / 1000).toFixed(1)} s; if that process is gone: orch-backup unlock`);
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
  ) {
    super(`no backup named ${JSON.stringify(backupName)} in ${backupDir}`);
  }
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
