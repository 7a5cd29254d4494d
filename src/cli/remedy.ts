import type { RestorePathError } from '../errors/restore.js';
import {
  whenInvalidJsonArchive,
  whenMissingConfigDir,
  type BackupNotFoundError,
  type FileNotInBackupError,
  type NoConfigDirError,
  type RestoreRefusedError,
  type Remedies,
} from '../errors/index.js';

/** The remedies in the CLI's terms: its flags, environment variables and commands. */
export const CLI_REMEDIES: Remedies = {
  CONFIRMATION_REQUIRED: 'run it in a terminal, or pass --yes',
  STORE_BUSY: 'try again when it finishes, or raise --lock-timeout; if that process is gone: orch-backup unlock',
  LOCK_HELD: 'pass --force only if you know it is gone',
  CONFIG_DIR_NOT_FOUND: whenMissingConfigDir('pass --config-dir or set ORCH_BACKUP_CONFIG_DIR'),
  INVALID_JSON: 'fix it, or pass --allow-invalid to back it up as it is',
  BACKUP_NOT_FOUND: (error) =>
    (error as BackupNotFoundError).suggestions.length > 0 ? undefined : 'see: orch-backup list',
  FILE_NOT_IN_BACKUP: (error) =>
    (error as FileNotInBackupError).suggestions.length > 0
      ? undefined
      : `see: orch-backup show ${(error as FileNotInBackupError).backupName}`,
  CLEAN_NEEDS_FORCE: 'check the policy with --dry-run, confirm in a terminal, or pass --force',
  RESTORE_REFUSED: (error) =>
    `see: orch-backup validate --backup ${(error as RestoreRefusedError).backupName}; pass --force to restore it anyway`,
  ARCHIVE_REJECTED: whenInvalidJsonArchive('pass --allow-invalid to import it as it is'),
  POLICY_EMPTY: 'give at least one --keep-* option, or set "retention" in the settings',
  FIX_CONFLICT: 'run the command again',
  UNKNOWN_REVISION: 'see: orch-backup list, or git log',
  RESTORE_PATH: (error) => {
    const e = error as RestorePathError;
    return e.reason === 'not-found' && e.suggestions.length === 0 ? `see: orch-backup show ${e.backupName}` : undefined;
  },
  NO_CONFIG_DIR: (error) =>
    (error as NoConfigDirError).source.kind === 'search' ? 'run in the project, or pass --config-dir' : undefined,
};

/** The pre-commit hook's remedies: the person at `git commit` has no flags to pass. */
export const HOOK_REMEDIES: Remedies = {
  STORE_BUSY: 'commit again when it finishes',
  CONFIG_DIR_NOT_FOUND: whenMissingConfigDir('reinstall the hook with: orch-backup --config-dir <dir> hook install'),
};
