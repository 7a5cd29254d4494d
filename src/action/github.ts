import * as core from '@actions/core';
import type { getOctokit } from '@actions/github';
import { GitHubPermissionError } from '../errors/index.js';

export type Octokit = ReturnType<typeof getOctokit>;

export interface Repo {
  owner: string;
  repo: string;
}

/** The HTTP status of an Octokit RequestError, if it is one. */
export function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : undefined;
}

export interface CommentResult {
  id: number;
  url: string;
}

/**
 * One comment per PR and marker, edited in place. Comments carrying the marker beyond the
 * first (left by two runs racing) are deleted. With `body` null, an existing comment is left
 * alone and none is created.
 */
export async function upsertStickyComment(
  octokit: Octokit,
  repo: Repo,
  issueNumber: number,
  marker: string,
  body: string,
  mode: 'update' | 'new',
  onlyIfExists: boolean,
): Promise<CommentResult | undefined> {
  if (mode === 'new') {
    if (onlyIfExists) return undefined;
    const { data } = await octokit.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
    return { id: data.id, url: data.html_url };
  }
  const existing = (await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 })).filter((c) =>
    c.body?.includes(marker),
  );
  const [keep, ...duplicates] = existing.sort((a, b) => a.id - b.id);
  for (const duplicate of duplicates) {
    await octokit.rest.issues.deleteComment({ ...repo, comment_id: duplicate.id });
    core.info(`Deleted duplicate comment ${duplicate.id} (left by a concurrent run)`);
  }
  if (keep) {
    const { data } = await octokit.rest.issues.updateComment({ ...repo, comment_id: keep.id, body });
    return { id: data.id, url: data.html_url };
  }
  if (onlyIfExists) return undefined;
  const { data } = await octokit.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
  return { id: data.id, url: data.html_url };
}

export interface RestoreCommit {
  baseBranch: string;
  branch: string;
  message: string;
  /** Repo-relative path → content; `null` deletes the file. */
  changes: Map<string, Buffer | null>;
  title: string;
  body: string;
}

/** Branch + one commit (Git Data API) + pull request, all through the API: no git push needed. */
export async function openRestorePullRequest(octokit: Octokit, repo: Repo, commit: RestoreCommit): Promise<{ url: string; number: number }> {
  const { data: baseRef } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${commit.baseBranch}` });
  const { data: baseCommit } = await octokit.rest.git.getCommit({ ...repo, commit_sha: baseRef.object.sha });
  const tree: { path: string; mode: '100644'; type: 'blob'; sha: string | null }[] = [];
  for (const [path, content] of commit.changes) {
    if (content === null) {
      tree.push({ path, mode: '100644', type: 'blob', sha: null });
      continue;
    }
    const { data: blob } = await octokit.rest.git.createBlob({ ...repo, content: content.toString('base64'), encoding: 'base64' });
    tree.push({ path, mode: '100644', type: 'blob', sha: blob.sha });
  }
  const { data: newTree } = await octokit.rest.git.createTree({ ...repo, base_tree: baseCommit.tree.sha, tree });
  const { data: newCommit } = await octokit.rest.git.createCommit({ ...repo, message: commit.message, tree: newTree.sha, parents: [baseCommit.sha] });
  await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${commit.branch}`, sha: newCommit.sha });
  try {
    const { data: pr } = await octokit.rest.pulls.create({ ...repo, title: commit.title, body: commit.body, head: commit.branch, base: commit.baseBranch });
    return { url: pr.html_url, number: pr.number };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (statusOf(error) === 403 && /not permitted to create or approve pull requests/i.test(message)) {
      throw new GitHubPermissionError(commit.branch);
    }
    throw error;
  }
}
