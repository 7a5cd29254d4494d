/**
 * Every failure the tool reports on purpose is one of these classes. Each carries a
 * stable `code` (for `--json` and scripts), the exit code the CLI uses, and the data
 * that explains it, so the edges never have to parse a message.
 */

export const ExitCode = {
  ok: 0,
  failed: 1,
  usage: 2,
  busy: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export abstract class OrchBackupError extends Error {
  abstract readonly code: string;
  readonly exitCode: ExitCode = ExitCode.failed;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }

  toJSON(): { code: string; message: string } {
    return { code: this.code, message: this.message };
  }
}

export class UsageError extends OrchBackupError {
  readonly code = 'USAGE';
  override readonly exitCode = ExitCode.usage;
}

export class InvalidNameError extends OrchBackupError {
  readonly code = 'INVALID_NAME';
  override readonly exitCode = ExitCode.usage;
  constructor(
    readonly backupName: string,
    readonly reason: string,
  ) {
    super(`invalid backup name ${JSON.stringify(truncate(backupName, 60))}: ${reason}`);
  }
}

export class ConfirmationRequiredError extends OrchBackupError {
  readonly code = 'CONFIRMATION_REQUIRED';
  override readonly exitCode = ExitCode.usage;
  constructor(readonly action: string) {
    super(`${action} needs confirmation: run it in a terminal, or pass --yes`);
  }
}

export class SettingsError extends OrchBackupError {
  readonly code = 'SETTINGS_INVALID';
  override readonly exitCode = ExitCode.usage;
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`invalid settings in ${file}: ${problem}`);
  }
}

export class StoreBusyError extends OrchBackupError {
  readonly code = 'STORE_BUSY';
  override readonly exitCode = ExitCode.busy;
  constructor(
    readonly lockPath: string,
    readonly holder: { pid?: number; hostname?: string; command?: string; acquiredAt?: string },
    readonly waitedMs: number,
  ) {
    const who = holder.pid ? `process ${holder.pid}${holder.command ? ` (${holder.command})` : ''}` : 'another process';
    super(
      `store is busy: ${who} holds ${lockPath}; waited ${(waitedMs / 1000).toFixed(1)} s. ` +
        `Try again when it finishes (or raise --lock-timeout)`,
    );
  }
}

export class ConfigDirNotFoundError extends OrchBackupError {
  readonly code = 'CONFIG_DIR_NOT_FOUND';
  constructor(
    readonly configDir: string,
    readonly reason: 'missing' | 'not-a-directory',
  ) {
    super(
      reason === 'missing'
        ? `config directory not found: ${configDir} (pass --config-dir or set ORCH_BACKUP_CONFIG_DIR)`
        : `config path is not a directory: ${configDir}`,
    );
  }
}

export class EmptyConfigError extends OrchBackupError {
  readonly code = 'CONFIG_EMPTY';
  constructor(
    readonly configDir: string,
    readonly include: readonly string[],
  ) {
    super(`no configuration files in ${configDir} (looked for ${include.join(', ')}); nothing to back up`);
  }
}

export class ConfigChangedDuringBackupError extends OrchBackupError {
  readonly code = 'CONFIG_CHANGED_DURING_BACKUP';
  constructor(readonly file: string) {
    super(`${file} changed while it was being backed up; nothing was stored: run the backup again`);
  }
}

export class FileUnreadableError extends OrchBackupError {
  readonly code = 'FILE_UNREADABLE';
  constructor(
    readonly file: string,
    readonly errno: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(`cannot read ${file}${errno ? ` (${errno})` : ''}: check its permissions`, options);
  }
}

export class InvalidJsonError extends OrchBackupError {
  readonly code = 'INVALID_JSON';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}:${column}: invalid JSON: ${problem} (fix it, or pass --allow-invalid to back it up as it is)`);
  }
}

export class BackupExistsError extends OrchBackupError {
  readonly code = 'BACKUP_EXISTS';
  constructor(readonly backupName: string) {
    super(`backup ${JSON.stringify(backupName)} already exists; backups are never overwritten: choose another name`);
  }
}

export class BackupNotFoundError extends OrchBackupError {
  readonly code = 'BACKUP_NOT_FOUND';
  constructor(
    readonly backupName: string,
    readonly backupDir: string,
    /** Existing backups with similar names, best first (at most a few). */
    readonly suggestions: readonly string[] = [],
  ) {
    super(
      suggestions.length > 0
        ? `no backup named ${JSON.stringify(backupName)} in ${backupDir}${didYouMean(suggestions)}`
        : `no backup named ${JSON.stringify(backupName)} in ${backupDir} (see: orch-backup list)`,
    );
  }
}

export class BackupDirError extends OrchBackupError {
  readonly code = 'BACKUP_DIR_INVALID';
  constructor(
    readonly backupDir: string,
    readonly problem: string,
  ) {
    super(`backup directory ${backupDir} ${problem}`);
  }
}

export class ManifestError extends OrchBackupError {
  readonly code = 'MANIFEST_INVALID';
  constructor(
    readonly backupName: string,
    readonly problem: string,
  ) {
    super(`backup ${JSON.stringify(backupName)} has an unusable manifest: ${problem}`);
  }
}

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

export function describeErrno(errno: string | undefined): string {
  switch (errno) {
    case 'ENOSPC':
      return 'no space left on device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EROFS':
      return 'read-only file system';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EFBIG':
      return 'file too large for this file system or limit';
    default:
      return errno ? `write failed (${errno})` : 'write failed';
  }
}

export function errnoOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
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
        (suggestions.length > 0 ? didYouMean(suggestions) : ` (it has ${fileCount} file${fileCount === 1 ? '' : 's'}; see: orch-backup show ${backupName})`),
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
    super(`clean would delete ${what.join(' and ')}; nothing was deleted: check the policy with --dry-run, confirm in a terminal, or pass --force`);
  }
}

/** ` (did you mean "a" or "b"?)`, or '' when there is nothing close. */
function didYouMean(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return '';
  const quoted = suggestions.map((s) => JSON.stringify(s));
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
  return ` (did you mean ${list}?)`;
}
