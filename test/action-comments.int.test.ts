// Whose comments the action touches, when it stays quiet, and how it tells GitHub's refusals
// apart: the compiled action end to end (see test/helpers/action-harness.ts).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { getOctokit } from '@actions/github';
import { describe, expect, it } from 'vitest';
import {
  REPO,
  TOKEN,
  expectNoViolations,
  forkPayload,
  git,
  prPayload,
  runAction,
  runnable,
  useActionHarness,
  world,
  type World,
} from './helpers/action-harness.js';

useActionHarness();

const MARKER = '<!-- orchestration-backup:default -->';

async function commentAs(w: World, token: string, body: string): Promise<number> {
  const octokit = getOctokit(token, { baseUrl: w.api.url });
  return (await octokit.rest.issues.createComment({ ...REPO, issue_number: w.pr, body })).data.id;
}

describe.skipIf(!runnable)('the sticky comment belongs to the token that writes it', () => {
  it("another user's comment quoting the marker is neither edited nor deleted; the action keeps its own", async () => {
    const w = await world();
    w.api.addToken('ghp_alice', 'alice');
    const quoting = await commentAs(w, 'ghp_alice', `> copied from the bot:\n> ${MARKER}\nlooks wrong to me`);
    const first = await runAction(w, 'pull_request', prPayload(w, 'opened'));
    expect(first.code, first.stdout).toBe(0);
    const reply = await commentAs(w, 'ghp_alice', `replying to ${MARKER}`);
    const second = await runAction(w, 'pull_request', prPayload(w, 'synchronize'));
    expect(second.code, second.stdout).toBe(0);

    const comments = w.api.commentsOn(w.pr);
    expect(comments.map((c) => [c.id, c.login])).toEqual([
      [quoting, 'alice'],
      [Number(first.outputs['comment-id']), 'github-actions[bot]'],
      [reply, 'alice'],
    ]);
    expect(comments[0]?.body).toContain('looks wrong to me');
    expect(comments[2]?.body).toBe(`replying to ${MARKER}`);
    expect(second.outputs['comment-id']).toBe(first.outputs['comment-id']);
    // The identity came from GraphQL's viewer, checked against GitHub's GraphQL schema.
    expect(w.api.requests.some((r) => r.operationId === 'graphql' && r.status === 200)).toBe(true);
    expectNoViolations(w.api);
  });

  it("a GitHub App's token writes as <app>[bot] and leaves github-actions[bot]'s comment alone", async () => {
    const w = await world();
    w.api.addToken('ghs_appinstallation', 'config-bot[bot]', 'installation');
    const old = await commentAs(w, TOKEN, `earlier report\n${MARKER}`);
    const result = await runAction(w, 'pull_request', prPayload(w, 'opened'), {
      'github-token': 'ghs_appinstallation',
    });
    expect(result.code, result.stdout).toBe(0);
    const comments = w.api.commentsOn(w.pr);
    expect(comments.map((c) => c.login)).toEqual(['github-actions[bot]', 'config-bot[bot]']);
    expect(comments[0]?.id).toBe(old);
    expect(comments[0]?.body).toBe(`earlier report\n${MARKER}`);
    expectNoViolations(w.api);
  });

  it('a run for an older head leaves the newer comment alone and says so', async () => {
    const w = await world();
    const fresh = await runAction(w, 'pull_request', prPayload(w, 'opened'));
    const freshBody = w.api.commentsOn(w.pr)[0]?.body;
    // The pull request moves on while a slow run of the old head is still going.
    const oldHead = w.headSha;
    await writeFile(
      path.join(w.workspace, '.claude/orchestration/settings.json'),
      JSON.stringify({ version: '3.0.0' }, null, 2),
    );
    git(w.workspace, 'commit', '-qam', 'newer push');
    w.headSha = oldHead;
    const stale = await runAction(w, 'pull_request', prPayload(w, 'synchronize'));
    expect(stale.code, stale.stdout).toBe(0);
    expect(stale.stdout).toMatch(
      /::notice::The pull request's head is now [0-9a-f]{7}, newer than [0-9a-f]{7} checked here/,
    );
    expect(stale.summary).toMatch(/the comment was left for the run of the newer commit/);
    expect(stale.outputs['comment-id']).toBeUndefined();
    expect(w.api.commentsOn(w.pr).map((c) => c.body)).toEqual([freshBody]);
    expect(fresh.outputs['comment-id']).toBeDefined();
    expectNoViolations(w.api);
  });

  it('comment: new minimizes the earlier report as outdated (GraphQL minimizeComment)', async () => {
    const w = await world();
    w.api.addToken('ghp_alice', 'alice');
    const foreign = await commentAs(w, 'ghp_alice', `mine\n${MARKER}`);
    await runAction(w, 'pull_request', prPayload(w, 'opened'), { comment: 'new' });
    const second = await runAction(w, 'pull_request', prPayload(w, 'synchronize'), { comment: 'new' });
    expect(second.code, second.stdout).toBe(0);
    const comments = w.api.commentsOn(w.pr);
    expect(comments).toHaveLength(3);
    expect(comments.map((c) => c.minimized)).toEqual([undefined, 'outdated', undefined]);
    expect(comments[0]?.id).toBe(foreign);
    expectNoViolations(w.api);
  });

  it('without GraphQL: the identity comes from GET /user (a PAT) or defaults to github-actions[bot]; the old report gets an Outdated banner', async () => {
    const w = await world();
    w.api.graphqlUnavailable = true;
    w.api.addToken('ghp_ci', 'ci-user');
    await runAction(w, 'pull_request', prPayload(w, 'opened'), { comment: 'new', 'github-token': 'ghp_ci' });
    await runAction(w, 'pull_request', prPayload(w, 'synchronize'), { comment: 'new', 'github-token': 'ghp_ci' });
    const byPat = w.api.commentsOn(w.pr);
    expect(byPat.map((c) => c.login)).toEqual(['ci-user', 'ci-user']);
    expect(byPat[0]?.body).toMatch(
      /^> \[!NOTE\]\n> Outdated: a newer report is \[here\]\(https:\/\/github\.com\/.*#issuecomment-\d+\)/,
    );
    expect(byPat[1]?.body).not.toMatch(/Outdated/);
    expect(w.api.requests.filter((r) => r.operationId === 'users/get-authenticated').map((r) => r.status)).toEqual([
      200, 200,
    ]);

    // GITHUB_TOKEN cannot call GET /user (403): github-actions[bot] is assumed, and ci-user's comments stay as they are.
    const before = w.api.commentsOn(w.pr).map((c) => c.body);
    const bot = await runAction(w, 'pull_request', prPayload(w, 'synchronize'));
    expect(bot.code, bot.stdout).toBe(0);
    expect(
      w.api
        .commentsOn(w.pr)
        .slice(0, 2)
        .map((c) => c.body),
    ).toEqual(before);
    expect(w.api.commentsOn(w.pr)[2]?.login).toBe('github-actions[bot]');
    expectNoViolations(w.api);
  });
});

describe.skipIf(!runnable)('refusals are told apart, with the fix for each', () => {
  it('same repository without pull-requests: write → names the permission', async () => {
    const w = await world();
    w.api.readOnlyToken = true;
    const result = await runAction(w, 'pull_request', prPayload(w, 'opened'));
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toMatch(
      /::warning::Could not write the pull request comment: the token lacks `pull-requests: write`.*under `permissions:`/,
    );
    expect(result.summary).toContain('pull-requests: write');
  });

  it('a fork pull request → points at the workflow_run recipe', async () => {
    const w = await world();
    w.api.readOnlyToken = true;
    const result = await runAction(w, 'pull_request', forkPayload(w));
    expect(result.stdout).toMatch(
      /::warning::Could not write the pull request comment: pull requests from forks get a read-only token.*workflow_run/,
    );
  });

  it('a used-up rate limit and a secondary rate limit are named as such, not as permissions', async () => {
    const w = await world();
    const reset = String(Math.floor(Date.now() / 1000) + 3000);
    w.api.fail('issues/list-comments', 403, 'API rate limit exceeded for installation ID 1.', {
      'x-ratelimit-remaining': '0',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-reset': reset,
    });
    const primary = await runAction(w, 'pull_request', prPayload(w, 'opened'));
    expect(primary.code, primary.stdout).toBe(0);
    expect(primary.stdout).toMatch(
      /::warning::Could not write the pull request comment: the token's API rate limit is used up \(it resets at \d{4}-/,
    );
    w.api.fail(
      'issues/list-comments',
      403,
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      { 'retry-after': '600' },
    );
    const secondary = await runAction(w, 'pull_request', prPayload(w, 'opened'));
    expect(secondary.stdout).toMatch(
      /::warning::Could not write the pull request comment: GitHub's secondary rate limit .*retry after 600 s/,
    );
    expect(w.api.commentsOn(w.pr)).toHaveLength(0);
  });

  it('a transient 502 is retried and the comment is written', async () => {
    const w = await world();
    w.api.fail('issues/create-comment', 502, 'Server Error');
    const result = await runAction(w, 'pull_request', prPayload(w, 'opened'));
    expect(result.code, result.stdout).toBe(0);
    expect(w.api.commentsOn(w.pr)).toHaveLength(1);
    expect(w.api.requests.filter((r) => r.operationId === 'issues/create-comment').map((r) => r.status)).toEqual([
      502, 201,
    ]);
    expectNoViolations(w.api);
  });
});
