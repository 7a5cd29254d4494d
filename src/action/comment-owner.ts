import * as core from '@actions/core';
import { statusOf, type CommentResult, type Octokit, type Repo } from './github.js';
import { tokenLogin, writtenBy } from './identity.js';

export interface StickyRequest {
  issueNumber: number;
  marker: string;
  body: string;
  mode: 'update' | 'new';
  /** Only correct an existing comment; create none (a PR that stopped changing the configs). */
  onlyIfExists: boolean;
  /** The head commit this report is about: when the PR has moved on, nothing is written. */
  headSha?: string;
}

export type StickyOutcome =
  | { kind: 'written'; comment: CommentResult }
  | { kind: 'outdated'; currentHead: string }
  | { kind: 'nothing' };

/**
 * One comment per PR and marker, written by the token's own identity: comments by anyone else
 * that carry (or quote) the marker are never edited or deleted. Before writing, the PR's head is
 * compared with the report's, so a slow run for an older push cannot overwrite a newer report.
 * `new` posts a fresh comment and minimizes the earlier ones as outdated.
 */
export async function writeStickyComment(octokit: Octokit, repo: Repo, req: StickyRequest): Promise<StickyOutcome> {
  if (req.headSha) {
    const current = await currentHead(octokit, repo, req.issueNumber);
    if (current && current !== req.headSha) return { kind: 'outdated', currentHead: current };
  }
  if (req.onlyIfExists && req.mode === 'new') return { kind: 'nothing' };
  const login = await tokenLogin(octokit);
  const all = await octokit.paginate(octokit.rest.issues.listComments, {
    ...repo,
    issue_number: req.issueNumber,
    per_page: 100,
  });
  const own = all.filter((c) => c.body?.includes(req.marker) && writtenBy(c.user, login)).sort((a, b) => a.id - b.id);
  const foreign = all.filter((c) => c.body?.includes(req.marker) && !writtenBy(c.user, login)).length;
  if (foreign)
    core.info(
      `${foreign} comment(s) by others carry this action's marker; they are left alone (this token writes as ${login})`,
    );

  if (req.mode === 'new') {
    const { data } = await octokit.rest.issues.createComment({
      ...repo,
      issue_number: req.issueNumber,
      body: req.body,
    });
    for (const old of own) await markOutdated(octokit, repo, old, data.html_url);
    return { kind: 'written', comment: { id: data.id, url: data.html_url } };
  }
  const [keep, ...duplicates] = own;
  for (const duplicate of duplicates) {
    await octokit.rest.issues.deleteComment({ ...repo, comment_id: duplicate.id });
    core.info(`Deleted duplicate comment ${duplicate.id} (left by a concurrent run)`);
  }
  if (keep) {
    const { data } = await octokit.rest.issues.updateComment({ ...repo, comment_id: keep.id, body: req.body });
    return { kind: 'written', comment: { id: data.id, url: data.html_url } };
  }
  if (req.onlyIfExists) return { kind: 'nothing' };
  const { data } = await octokit.rest.issues.createComment({ ...repo, issue_number: req.issueNumber, body: req.body });
  return { kind: 'written', comment: { id: data.id, url: data.html_url } };
}

/** The PR's head commit now; undefined when the token may not read it (then the check is skipped). */
async function currentHead(octokit: Octokit, repo: Repo, number: number): Promise<string | undefined> {
  try {
    return (await octokit.rest.pulls.get({ ...repo, pull_number: number })).data.head.sha;
  } catch (error) {
    if (statusOf(error) === 404 || statusOf(error) === 403) {
      core.debug(`could not read pull request #${number} (${statusOf(error)}); writing without the freshness check`);
      return undefined;
    }
    throw error;
  }
}

const OUTDATED_BANNER = '> [!NOTE]\n> Outdated: a newer report is';

/**
 * Collapses an earlier comment as outdated (GraphQL minimizeComment, as dflook does). Where
 * GraphQL is unavailable (some GHES setups, fine-grained tokens) the body gets a banner instead.
 */
async function markOutdated(
  octokit: Octokit,
  repo: Repo,
  comment: { id: number; node_id: string; body?: string },
  newer: string,
): Promise<void> {
  try {
    await octokit.graphql(
      'mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } } }',
      { id: comment.node_id },
    );
    return;
  } catch (error) {
    core.debug(`minimizeComment failed for ${comment.id} (${(error as Error).message}); marking its body outdated`);
  }
  if (comment.body?.startsWith(OUTDATED_BANNER)) return;
  await octokit.rest.issues.updateComment({
    ...repo,
    comment_id: comment.id,
    body: `${OUTDATED_BANNER} [here](${newer}).\n\n${comment.body ?? ''}`,
  });
}
