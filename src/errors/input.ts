import { ExitCode, OrchBackupError, truncate } from './base.js';

// Errors in what the caller asked for: arguments, names, settings, the config dir and its files.

/** A request that cannot be carried out as given (a malformed argument, input or option). */
export class UsageError extends OrchBackupError {
  readonly code = 'USAGE';
  override readonly exitCode = ExitCode.usage;
}

/** A backup name that cannot be a directory in the store, or is reserved. */
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

/** A duration text that cannot be parsed. Exit code 2, like every usage error. */
export class DurationError extends UsageError {
  constructor(
    readonly input: string,
    readonly problem: string,
  ) {
    super(`invalid duration ${JSON.stringify(input)}: ${problem} (expected e.g. 7d, 1m, 1y2m3d4h)`);
  }
}

/** A destructive operation was asked for where nobody can confirm it. */
export class ConfirmationRequiredError extends OrchBackupError {
  readonly code = 'CONFIRMATION_REQUIRED';
  override readonly exitCode = ExitCode.usage;
  constructor(readonly action: string) {
    super(`${action} needs confirmation`);
  }
}

/** The settings file is not valid JSON or holds an unknown or mistyped setting. */
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

/** A retention policy that keeps nothing: applied, it would delete every backup. */
export class EmptyPolicyError extends OrchBackupError {
  readonly code = 'POLICY_EMPTY';
  override readonly exitCode = ExitCode.usage;
  constructor() {
    super('the retention policy is empty and would delete every backup');
  }
}

/** The config directory is missing, or is not a directory. */
export class ConfigDirNotFoundError extends OrchBackupError {
  readonly code = 'CONFIG_DIR_NOT_FOUND';
  constructor(
    readonly configDir: string,
    readonly reason: 'missing' | 'not-a-directory',
  ) {
    super(
      reason === 'missing'
        ? `config directory not found: ${configDir}`
        : `config path is not a directory: ${configDir}`,
    );
  }
}

/** The config directory holds no file the include patterns match. */
export class EmptyConfigError extends OrchBackupError {
  readonly code = 'CONFIG_EMPTY';
  constructor(
    readonly configDir: string,
    readonly include: readonly string[],
  ) {
    super(`no configuration files in ${configDir} (looked for ${include.join(', ')}); nothing to back up`);
  }
}

/** A file changed while it was read for a backup; nothing was stored. */
export class ConfigChangedDuringBackupError extends OrchBackupError {
  readonly code = 'CONFIG_CHANGED_DURING_BACKUP';
  constructor(readonly file: string) {
    super(`${file} changed while it was being backed up; nothing was stored: run the backup again`);
  }
}

/** A config file could not be read (permissions, or it vanished). */
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

/** A config file is not JSON; backing it up as it is takes an explicit choice (allow invalid). */
export class InvalidJsonError extends OrchBackupError {
  readonly code = 'INVALID_JSON';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}:${column}: invalid JSON: ${problem}`);
  }
}

/** `--since REF` names neither a backup nor (inside a git work tree) a revision. */
export class UnknownRevisionError extends OrchBackupError {
  readonly code = 'UNKNOWN_REVISION';
  override readonly exitCode = ExitCode.usage;
  constructor(
    readonly ref: string,
    readonly insideGit: boolean,
  ) {
    const shown = ref.length > 80 ? `${ref.slice(0, 80)}…` : ref;
    super(
      `${JSON.stringify(shown)} is neither a backup${insideGit ? ' nor a git revision' : ' (and this is not a git work tree, so it cannot be a revision)'}`,
    );
  }
}

/**
 * No config dir to work on, for a command that reads one: run from the wrong directory, or
 * given a path that does not exist. A usage error, so a cron job in the wrong place fails.
 */
export class NoConfigDirError extends OrchBackupError {
  readonly code = 'NO_CONFIG_DIR';
  override readonly exitCode = ExitCode.usage;
  constructor(
    readonly source:
      | { kind: 'search'; lookedFor: string; from: string; stoppedAt: string; stoppedKind: 'repository' | 'filesystem' }
      | { kind: 'given'; configDir: string; by: string },
  ) {
    super(
      source.kind === 'given'
        ? `config directory ${source.configDir} does not exist (given by ${source.by})`
        : `no ${source.lookedFor} found in ${source.from}${source.stoppedAt === source.from ? '' : ` or any parent up to ${source.stoppedAt}`} (${source.stoppedKind === 'repository' ? 'the repository root' : 'the file system root'})`,
    );
  }
}

/** `hook install` will not take over git's hooks from another hook manager or a hooks directory of the user's. */
export class HookConflictError extends OrchBackupError {
  readonly code = 'HOOK_CONFLICT';
  constructor(
    readonly hooksPath: string,
    /** The line that runs orch-backup's hook, for the user to add to their own pre-commit. */
    readonly line: string,
  ) {
    super(
      `not installed: git's core.hooksPath is already ${JSON.stringify(hooksPath)} (another hook manager or your own hooks), which husky would replace; add this line to the pre-commit hook there instead: ${line}`,
    );
  }
}
