import { whenInvalidJsonArchive, whenMissingConfigDir, type NoConfigDirError, type RestoreRefusedError, type Remedies } from '../errors/index.js';

/** The remedies in the CLI's terms: its flags, environment variables and commands. */
export const CLI_REMEDIES: Remedies = {
  CONFIRMATION_REQUIRED: 'run it in a terminal, or pass --yes',
  STORE_BUSY: 'try again when it finishes, or raise --lock-timeout',
  CONFIG_DIR_NOT_FOUND: whenMissingConfigDir('pass --config-dir or set ORCH_BACKUP_CONFIG_DIR'),
  INVALID_JSON: 'fix it, or pass --allow-invalid to back it up as it is',
  BACKUP_NOT_FOUND: 'see: orch-backup list',
  RESTORE_REFUSED: (error) => `see: orch-backup validate --backup ${(error as RestoreRefusedError).backupName}; pass --force to restore it anyway`,
  ARCHIVE_REJECTED: whenInvalidJsonArchive('pass --allow-invalid to import it as it is'),
  POLICY_EMPTY: 'give at least one --keep-* option, or set "retention" in the settings',
  FIX_CONFLICT: 'run the command again',
  UNKNOWN_REVISION: 'see: orch-backup list, or git log',
  NO_CONFIG_DIR: (error) => ((error as NoConfigDirError).source.kind === 'search' ? 'run in the project, or pass --config-dir' : undefined),
};

/** The pre-commit hook's remedies: the person at `git commit` has no flags to pass. */
export const HOOK_REMEDIES: Remedies = {
  STORE_BUSY: 'commit again when it finishes',
  CONFIG_DIR_NOT_FOUND: whenMissingConfigDir('reinstall the hook with: orch-backup --config-dir <dir> hook install'),
};
