import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import * as core from '@actions/core';
import { context } from '@actions/github';
import {
  ArtifactExpiredError,
  ArtifactNotFoundError,
  ArtifactsUnavailableError,
  OrchBackupError,
} from '../errors/index.js';
import { statusOf, type Octokit, type Repo } from './github.js';

/** The name is already used in this run attempt (GitHub answers 409): two steps or jobs chose it. */
export class ArtifactNameTakenError extends OrchBackupError {
  readonly code = 'ARTIFACT_NAME_TAKEN';
  constructor(
    readonly artifactName: string,
    readonly defaulted: boolean,
  ) {
    super(
      defaulted
        ? `artifact name ${JSON.stringify(artifactName)} is already taken in this workflow run: another step or job of this run uploaded it. Give each instance its own config-dir or comment-header (both go into the default name), or set the artifact-name input to a name unique per job and attempt`
        : `artifact name ${JSON.stringify(artifactName)} (the artifact-name input) is already taken in this workflow run: artifact names must be unique per run attempt; include the job, matrix values and \${{ github.run_attempt }} in artifact-name, or leave it empty for a unique default`,
    );
  }
}

/**
 * Whether the server is GitHub Enterprise Server, by the rule `@actions/artifact` applies (its
 * `isGhes`): any host but github.com, *.ghe.com and *.localhost.
 */
export function onGhes(serverUrl: string): boolean {
  const host = new URL(serverUrl || 'https://github.com').hostname.trimEnd().toLowerCase();
  return host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost');
}

let ghesWarned = false;
/**
 * The artifact service does not exist on GitHub Enterprise Server (the toolkit refuses it):
 * artifact steps are skipped there, with one warning per run rather than one per call.
 */
export function artifactsUnavailable(error: unknown): boolean {
  if (!(error instanceof ArtifactsUnavailableError) && (error as Error)?.name !== 'GHESNotSupportedError') return false;
  if (!ghesWarned) {
    ghesWarned = true;
    core.warning(
      'Artifacts are not available on GitHub Enterprise Server for this action (@actions/artifact v2+ supports github.com and GHE.com only): no backup artifact is uploaded or read; comments and checks work as usual',
    );
  }
  return true;
}

export interface UploadedArtifact {
  id: number;
  name: string;
  url: string;
}

/**
 * Uploads the exported tar.gz (plus `extra` files from the same directory, e.g. the PR report) so
 * `orch-backup import` reads the archive after download. Undefined on GHES (see artifactsUnavailable).
 */
export async function uploadBackup(
  name: string,
  archive: string,
  retentionDays: number | undefined,
  runUrl: string,
  opts: { defaulted: boolean; extra?: string[] },
): Promise<UploadedArtifact | undefined> {
  const client = new DefaultArtifactClient();
  let result;
  try {
    result = await client.uploadArtifact(
      name,
      [archive, ...(opts.extra ?? [])],
      path.dirname(archive),
      retentionDays ? { retentionDays } : {},
    );
  } catch (error) {
    if (artifactsUnavailable(error)) return undefined;
    if (/\(409\)/.test(String((error as Error).message))) throw new ArtifactNameTakenError(name, opts.defaulted);
    throw error;
  }
  if (result.id === undefined) throw new Error(`artifact ${name} was uploaded but GitHub returned no id`);
  return { id: result.id, name, url: `${runUrl}/artifacts/${result.id}` };
}

export interface FoundArtifact {
  id: number;
  name: string;
  runId: number;
  expired: boolean;
  expiresAt: string | null;
}

/**
 * The newest artifact with this name: in run `runId`, or else among the repository's runs whose
 * head is in this repository. A fork's pull_request run uploads artifacts here too and may pick
 * any name, so a name alone never selects one of those; naming the run does.
 */
export async function findArtifact(
  octokit: Octokit,
  repo: Repo,
  name: string,
  runId: number | undefined,
): Promise<FoundArtifact> {
  const artifacts = runId
    ? (await octokit.rest.actions.listWorkflowRunArtifacts({ ...repo, run_id: runId, name, per_page: 100 })).data
        .artifacts
    : (await octokit.rest.actions.listArtifactsForRepo({ ...repo, name, per_page: 100 })).data.artifacts.filter((a) => {
        const run = a.workflow_run;
        const own = !run || run.head_repository_id === undefined || run.head_repository_id === run.repository_id;
        if (!own)
          core.info(
            `Skipping artifact ${a.id} (${a.name}): uploaded by a run of a fork's pull request; pass run-id to restore it anyway`,
          );
        return own;
      });
  const matching = artifacts
    .filter((a) => a.name === name)
    .sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? ''));
  const usable = matching.find((a) => !a.expired) ?? matching[0];
  if (!usable) {
    throw new ArtifactNotFoundError(name, 'missing', runId);
  }
  return {
    id: usable.id,
    name,
    runId: usable.workflow_run?.id ?? runId ?? 0,
    expired: usable.expired,
    expiresAt: usable.expires_at ?? null,
  };
}

/** Downloads through the REST API (a 302 to the blob); returns the tar.gz it holds. */
export async function downloadBackup(
  artifact: FoundArtifact,
  repo: Repo,
  token: string,
  into: string,
): Promise<string> {
  const expired = (): ArtifactExpiredError => new ArtifactExpiredError(artifact.name, artifact.expiresAt);
  if (artifact.expired) throw expired();
  try {
    await new DefaultArtifactClient().downloadArtifact(artifact.id, {
      path: into,
      findBy: { token, workflowRunId: artifact.runId, repositoryOwner: repo.owner, repositoryName: repo.repo },
    });
  } catch (error) {
    if (statusOf(error) === 410 || /expired|410/i.test(String((error as Error).message))) throw expired();
    if ((error as Error)?.name === 'GHESNotSupportedError')
      throw new ArtifactsUnavailableError(context.serverUrl, artifact.name);
    throw error;
  }
  const archive = (await readdir(into)).find((f) => f.endsWith('.tar.gz'));
  if (!archive) throw new ArtifactNotFoundError(artifact.name, 'no-archive');
  return path.join(into, archive);
}
