import { whenMissingConfigDir, type ArtifactNotFoundError, type Remedies } from '../errors/index.js';

/** The remedies in the Action's terms: its inputs, modes and the repository's settings. */
export const ACTION_REMEDIES: Remedies = {
  STORE_BUSY: 'run the job again when the other one finishes',
  CONFIG_DIR_NOT_FOUND: whenMissingConfigDir('set the config-dir input'),
  INVALID_JSON: 'fix it in the repository',
  BACKUP_NOT_FOUND: 'run this action with mode list to see the available ones',
  RESTORE_REFUSED: 'choose a backup whose configs validate (mode list shows them)',
  ARTIFACT_NOT_FOUND: (error) =>
    (error as ArtifactNotFoundError).reason === 'missing'
      ? 'run this action with mode list to see the available ones'
      : undefined,
  ARTIFACT_EXPIRED: 'choose a newer backup (mode list)',
  ARTIFACTS_UNAVAILABLE:
    'on GitHub Enterprise Server keep backups with the CLI instead (orch-backup export <backup> -o backup.tar.gz; to restore, orch-backup import backup.tar.gz, then orch-backup restore <backup>)',
  GITHUB_FORBIDDEN:
    'enable "Allow GitHub Actions to create and approve pull requests" (Settings → Actions → General → Workflow permissions), or pass a PAT or GitHub App token as github-token',
};
