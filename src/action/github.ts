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
  return typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number'
    ? error.status
    : undefined;
}

export interface CommentResult {
  id: number;
  url: string;
}

export interface RestoreCommit {
  baseBranch: string;
  branch: string;
  message: string;
  /** Repo-relative path → content; `null` deletes the file. */
  changes: Map<string, Buffer | null>;
  title: string;
  body: string;
  labels: string[];
  draft: boolean;
  /** Logins, and `org/team` slugs for team reviewers. */
  reviewers: string[];
}

/**
 * Branch + one commit (Git Data API) + pull request, all through the API: no git push needed.
 * Idempotent: the branch is named after the backup, so a re-run (another attempt of the same run,
 * or a later run for the same backup) moves the existing branch to a fresh commit on the base's
 * tip and updates the open pull request instead of failing on "Reference already exists".
 */
export async function openRestorePullRequest(
  octokit: Octokit,
  repo: Repo,
  commit: RestoreCommit,
): Promise<{ url: string; number: number; updated: boolean }> {
  const { data: baseRef } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${commit.baseBranch}` });
  const { data: baseCommit } = await octokit.rest.git.getCommit({ ...repo, commit_sha: baseRef.object.sha });
  const tree: { path: string; mode: '100644'; type: 'blob'; sha: string | null }[] = [];
  for (const [path, content] of commit.changes) {
    if (content === null) {
      tree.push({ path, mode: '100644', type: 'blob', sha: null });
      continue;
    }
    const { data: blob } = await octokit.rest.git.createBlob({
      ...repo,
      content: content.toString('base64'),
      encoding: 'base64',
    });
    tree.push({ path, mode: '100644', type: 'blob', sha: blob.sha });
  }
  const { data: newTree } = await octokit.rest.git.createTree({ ...repo, base_tree: baseCommit.tree.sha, tree });
  const { data: newCommit } = await octokit.rest.git.createCommit({
    ...repo,
    message: commit.message,
    tree: newTree.sha,
    parents: [baseCommit.sha],
  });
  const existingBranch = await octokit.rest.git.getRef({ ...repo, ref: `heads/${commit.branch}` }).then(
    () => true,
    (error: unknown) => {
      if (statusOf(error) === 404) return false;
      throw error;
    },
  );
  if (existingBranch) {
    // The branch only ever holds this action's one commit: replacing it loses nothing.
    await octokit.rest.git.updateRef({ ...repo, ref: `heads/${commit.branch}`, sha: newCommit.sha, force: true });
    core.info(`Moved the existing branch ${commit.branch} to ${newCommit.sha.slice(0, 7)}`);
  } else {
    await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${commit.branch}`, sha: newCommit.sha });
  }
  const [open] = await octokit.rest.pulls
    .list({ ...repo, state: 'open', head: `${repo.owner}:${commit.branch}`, base: commit.baseBranch, per_page: 1 })
    .then((r) => r.data);
  let pr: { html_url: string; number: number };
  if (open) {
    pr = (
      await octokit.rest.pulls.update({ ...repo, pull_number: open.number, title: commit.title, body: commit.body })
    ).data;
    core.info(`Updated the open restore pull request #${pr.number}`);
  } else {
    try {
      pr = (
        await octokit.rest.pulls.create({
          ...repo,
          title: commit.title,
          body: commit.body,
          head: commit.branch,
          base: commit.baseBranch,
          draft: commit.draft,
        })
      ).data;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (statusOf(error) === 403 && /not permitted to create or approve pull requests/i.test(message)) {
        throw new GitHubPermissionError(commit.branch);
      }
      throw error;
    }
  }
  if (commit.labels.length)
    await octokit.rest.issues.addLabels({ ...repo, issue_number: pr.number, labels: commit.labels });
  const users = commit.reviewers.filter((r) => !r.includes('/'));
  const teams = commit.reviewers.filter((r) => r.includes('/')).map((r) => r.split('/')[1] as string);
  if (users.length || teams.length) {
    try {
      await octokit.rest.pulls.requestReviewers({
        ...repo,
        pull_number: pr.number,
        reviewers: users,
        team_reviewers: teams,
      });
    } catch (error) {
      // A reviewer who cannot review (no access, the PR's author) is not worth failing a restore for.
      core.warning(`Could not request reviews from ${commit.reviewers.join(', ')}: ${(error as Error).message}`);
    }
  }
  return { url: pr.html_url, number: pr.number, updated: Boolean(open) };
}
