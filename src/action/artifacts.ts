import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import { ArtifactExpiredError, ArtifactNotFoundError } from '../errors/index.js';
import { statusOf, type Octokit, type Repo } from './github.js';

export interface UploadedArtifact {
  id: number;
  name: string;
  url: string;
}

/** Uploads the exported tar.gz as the artifact's only file, so `orch-backup import` reads it after download. */
export async function uploadBackup(name: string, archive: string, retentionDays: number | undefined, runUrl: string): Promise<UploadedArtifact> {
  const client = new DefaultArtifactClient();
  const result = await client.uploadArtifact(name, [archive], path.dirname(archive), retentionDays ? { retentionDays } : {});
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

/** The newest artifact with this name (in one run, or in the whole repository). */
export async function findArtifact(octokit: Octokit, repo: Repo, name: string, runId: number | undefined): Promise<FoundArtifact> {
  const artifacts = runId
    ? (await octokit.rest.actions.listWorkflowRunArtifacts({ ...repo, run_id: runId, name, per_page: 100 })).data.artifacts
    : (await octokit.rest.actions.listArtifactsForRepo({ ...repo, name, per_page: 100 })).data.artifacts;
  const matching = artifacts.filter((a) => a.name === name).sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? ''));
  const usable = matching.find((a) => !a.expired) ?? matching[0];
  if (!usable) {
    throw new ArtifactNotFoundError(name, 'missing', runId);
  }
  return { id: usable.id, name, runId: usable.workflow_run?.id ?? runId ?? 0, expired: usable.expired, expiresAt: usable.expires_at ?? null };
}

/** Downloads through the REST API (a 302 to the blob); returns the tar.gz it holds. */
export async function downloadBackup(artifact: FoundArtifact, repo: Repo, token: string, into: string): Promise<string> {
  const expired = (): ArtifactExpiredError =>
    new ArtifactExpiredError(artifact.name, artifact.expiresAt);
  if (artifact.expired) throw expired();
  try {
    await new DefaultArtifactClient().downloadArtifact(artifact.id, {
      path: into,
      findBy: { token, workflowRunId: artifact.runId, repositoryOwner: repo.owner, repositoryName: repo.repo },
    });
  } catch (error) {
    if (statusOf(error) === 410 || /expired|410/i.test(String((error as Error).message))) throw expired();
    throw error;
  }
  const archive = (await readdir(into)).find((f) => f.endsWith('.tar.gz'));
  if (!archive) throw new ArtifactNotFoundError(artifact.name, 'no-archive');
  return path.join(into, archive);
}
