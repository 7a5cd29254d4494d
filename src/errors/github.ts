import { OrchBackupError } from './base.js';

// Errors only the GitHub Action meets: artifacts and repository permissions.

/** No backup artifact of that name, or the artifact holds no backup. */
export class ArtifactNotFoundError extends OrchBackupError {
  readonly code = 'ARTIFACT_NOT_FOUND';
  constructor(
    readonly artifactName: string,
    /** `missing`: no artifact has the name; `no-archive`: the artifact holds no backup. */
    readonly reason: 'missing' | 'no-archive',
    readonly runId?: number,
  ) {
    super(
      reason === 'missing'
        ? `no backup artifact named ${JSON.stringify(artifactName)}${runId ? ` in run ${runId}` : ' in this repository'}`
        : `artifact ${JSON.stringify(artifactName)} holds no .tar.gz backup: it was not made by orchestration-backup`,
    );
  }
}

/** The backup artifact has expired: GitHub no longer keeps its content. */
export class ArtifactExpiredError extends OrchBackupError {
  readonly code = 'ARTIFACT_EXPIRED';
  constructor(
    readonly artifactName: string,
    readonly expiresAt: string | null,
  ) {
    super(
      `backup artifact ${JSON.stringify(artifactName)} has expired${expiresAt ? ` (on ${expiresAt})` : ''}: GitHub no longer keeps its content`,
    );
  }
}

/**
 * The artifact service does not exist on this server (GitHub Enterprise Server): `@actions/artifact`
 * supports github.com and GHE.com only, so a backup artifact cannot be downloaded here.
 */
export class ArtifactsUnavailableError extends OrchBackupError {
  readonly code = 'ARTIFACTS_UNAVAILABLE';
  constructor(
    readonly serverUrl: string,
    readonly artifactName: string,
  ) {
    super(
      `backup artifact ${JSON.stringify(artifactName)} cannot be downloaded from ${serverUrl}, a GitHub Enterprise Server (@actions/artifact, which reads artifacts, supports github.com and GHE.com only)`,
    );
  }
}

/** The workflow's token may not open pull requests; the branch was pushed all the same. */
export class GitHubPermissionError extends OrchBackupError {
  readonly code = 'GITHUB_FORBIDDEN';
  constructor(readonly branch: string) {
    super(`GitHub Actions may not create pull requests in this repository (branch ${branch} was pushed)`);
  }
}
