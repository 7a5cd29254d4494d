// Several instances in one run, re-runs, merge queues and the two-workflow recipe for forks:
// the compiled action end to end (see test/helpers/action-harness.ts).
import { cp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers/sandbox.js';
import {
  REPO,
  TOKEN,
  expectNoViolations,
  forkPayload,
  git,
  mergeGroupPayload,
  newRun,
  prPayload,
  runAction,
  runnable,
  sameRunOtherJob,
  store,
  useActionHarness,
  workflowRunPayload,
  world,
  type World,
} from './helpers/action-harness.js';

useActionHarness();

describe.skipIf(!runnable)('artifact names', () => {
  it('two instances and matrix jobs over config dirs in one run upload side by side; a re-run attempt gets its own names', async () => {
    const w = await world();
    await cp(path.join(FIXTURES, 'v2'), path.join(w.workspace, 'teams/platform'), { recursive: true });
    const run = newRun(w);
    const a = await runAction(w, 'pull_request', prPayload(w, 'opened'), {}, undefined, { run });
    const b = await runAction(w, 'pull_request', prPayload(w, 'opened'), { 'comment-header': 'staging' }, undefined, {
      run,
    });
    const c = await runAction(
      w,
      'pull_request',
      prPayload(w, 'opened'),
      { 'config-dir': 'teams/platform' },
      undefined,
      { run: sameRunOtherJob(run) },
    );
    for (const r of [a, b, c]) expect(r.code, r.stdout).toBe(0);
    expect(
      store
        .list({ runId: run.runId })
        .map((x) => x.name)
        .sort(),
    ).toEqual([
      `orch-backup-pr${w.pr}-claude-orchestration-${run.runId}-1`,
      `orch-backup-pr${w.pr}-staging-${run.runId}-1`,
      `orch-backup-pr${w.pr}-teams-platform-${run.runId}-1`,
    ]);
    const again = await runAction(w, 'pull_request', prPayload(w, 'opened'), {}, undefined, { run: newRun(w, run) });
    expect(again.code, again.stdout).toBe(0);
    expect(again.outputs['backup-name']).toBe(`orch-backup-pr${w.pr}-claude-orchestration-${run.runId}-2`);
    expectNoViolations(w.api);
  });

  it('a name taken in the run fails the step and names the input to change', async () => {
    const w = await world();
    const run = newRun(w);
    const first = await runAction(
      w,
      'pull_request',
      prPayload(w, 'opened'),
      { 'artifact-name': 'configs' },
      undefined,
      { run },
    );
    expect(first.code, first.stdout).toBe(0);
    const taken = await runAction(
      w,
      'pull_request',
      prPayload(w, 'opened'),
      { 'artifact-name': 'configs' },
      undefined,
      { run: sameRunOtherJob(run) },
    );
    expect(taken.code).toBe(1);
    expect(taken.stdout).toMatch(
      /::error::artifact name "configs" \(the artifact-name input\) is already taken in this workflow run/,
    );
    // Two jobs of one matrix checking the same dir under the same header: the default tells which inputs tell them apart.
    const twin = await runAction(w, 'pull_request', prPayload(w, 'opened'), {}, undefined, { run });
    const twin2 = await runAction(w, 'pull_request', prPayload(w, 'opened'), {}, undefined, {
      run: sameRunOtherJob(run),
    });
    expect(twin.code).toBe(0);
    expect(twin2.code).toBe(1);
    expect(twin2.stdout).toMatch(
      /::error::artifact name ".*" is already taken in this workflow run: .*own config-dir or comment-header/,
    );
  });
});

describe.skipIf(!runnable)('events', () => {
  it('merge_group checks the merge group head against its base: fails on errors, writes no comment and no artifact', async () => {
    const w = await world();
    const ok = await runAction(w, 'merge_group', mergeGroupPayload(w));
    expect(ok.code, ok.stdout).toBe(0);
    expect(ok.stdout).toContain('pr mode (merge_group event)');
    expect(ok.outputs).toMatchObject({ valid: 'true', changed: 'true' });
    expect(ok.summary).toContain('build-lead');
    const broken = await world(async (c) => writeFile(path.join(c, 'teams.json'), '{ broken'));
    const failed = await runAction(broken, 'merge_group', mergeGroupPayload(broken));
    expect(failed.code).toBe(1);
    for (const x of [w, broken]) {
      expect(x.api.commentsOn(x.pr)).toEqual([]);
      expect(x.api.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    }
    expect(store.list({ runId: ok.runId })).toEqual([]);
    expectNoViolations(w.api);
  });

  it('pull_request_review runs like pull_request', async () => {
    const w = await world();
    const result = await runAction(w, 'pull_request_review', prPayload(w, 'opened'));
    expect(result.code, result.stdout).toBe(0);
    expect(w.api.commentsOn(w.pr)).toHaveLength(1);
  });
});

describe.skipIf(!runnable)('pull requests from forks: pull_request uploads, workflow_run comments', () => {
  async function forkWorld(): Promise<World> {
    const w = await world();
    w.api.state.pulls.get(w.pr)!.fork = { owner: 'forker', sha: w.headSha };
    return w;
  }

  it('the privileged run posts the report for the PR and head GitHub names, from the base checkout', async () => {
    const w = await forkWorld();
    const prRun = newRun(w);
    w.api.readOnlyToken = true;
    const check = await runAction(w, 'pull_request', forkPayload(w), {}, undefined, { run: prRun });
    expect(check.code, check.stdout).toBe(0);
    expect(w.api.commentsOn(w.pr)).toEqual([]);

    w.api.readOnlyToken = false;
    git(w.workspace, 'checkout', '-q', 'main');
    const comment = await runAction(w, 'workflow_run', workflowRunPayload(w, prRun, { fork: 'forker' }));
    expect(comment.code, comment.stdout).toBe(0);
    expect(comment.stdout).toContain('comment mode (workflow_run event)');
    expect(comment.outputs).toMatchObject({
      'pull-request-number': String(w.pr),
      changed: 'true',
      'backup-name': check.outputs['backup-name'],
    });
    const [posted] = w.api.commentsOn(w.pr);
    expect(posted?.login).toBe('github-actions[bot]');
    expect(posted?.body).toMatch(/Agent `lead-dev` \| renamed to `build-lead`/);
    expect(posted?.body).toContain(`/actions/runs/${prRun.runId}`);
    // Nothing of the fork was checked out or written to the workspace.
    expect(git(w.workspace, 'status', '--porcelain')).toBe('');
    expect(git(w.workspace, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('main');

    // The same report again after the PR moved on: left alone, with a notice.
    w.api.state.pulls.get(w.pr)!.fork = { owner: 'forker', sha: w.baseSha };
    const late = await runAction(w, 'workflow_run', workflowRunPayload(w, prRun, { fork: 'forker' }));
    expect(late.code, late.stdout).toBe(0);
    expect(late.stdout).toMatch(/::notice::Run \d+ checked [0-9a-f]{7}, but pull request #\d+ has moved on/);
    expect(w.api.commentsOn(w.pr)).toHaveLength(1);
    expectNoViolations(w.api);
  });

  it('a report that is not about the triggering run is refused; a same-repo PR is matched against pull_requests', async () => {
    const w = await forkWorld();
    const prRun = newRun(w);
    await runAction(w, 'pull_request', forkPayload(w), { comment: 'off' }, undefined, { run: prRun });
    git(w.workspace, 'checkout', '-q', 'main');
    const forged = await runAction(
      w,
      'workflow_run',
      workflowRunPayload(w, prRun, { fork: 'forker', headSha: w.baseSha }),
    );
    expect(forged.code).toBe(1);
    expect(forged.stdout).toMatch(
      /::error::the report in run \d+ does not belong to it \(it is about [0-9a-f]{7}, the run built [0-9a-f]{7}\)/,
    );

    const other = w.api.createPullRequest({ head: 'feature', title: 'another' });
    const sameRepo = workflowRunPayload(w, prRun) as { workflow_run: { pull_requests: { number: number }[] } };
    sameRepo.workflow_run.pull_requests[0]!.number = other.number;
    const wrongPr = await runAction(w, 'workflow_run', sameRepo);
    expect(wrongPr.code).toBe(1);
    expect(wrongPr.stdout).toMatch(/does not belong to it \(it names #\d+, the run belongs to #\d+\)/);
    expect(w.api.commentsOn(w.pr)).toEqual([]);
    expect(w.api.commentsOn(other.number)).toEqual([]);
  });

  it('no report: a successful same-repo run corrects an earlier comment to "no changes"; otherwise nothing is written', async () => {
    const w = await world(async (c) => writeFile(path.join(c, '..', '..', 'README.md'), '# readme only\n'));
    const prRun = newRun(w);
    await runAction(w, 'pull_request', prPayload(w, 'opened'), {}, undefined, { run: prRun });
    const failed = await runAction(w, 'workflow_run', workflowRunPayload(w, prRun, { conclusion: 'failure' }));
    expect(failed.code, failed.stdout).toBe(0);
    expect(failed.summary).toMatch(/uploaded no report/);
    const quiet = await runAction(w, 'workflow_run', workflowRunPayload(w, prRun));
    expect(quiet.code, quiet.stdout).toBe(0);
    expect(w.api.commentsOn(w.pr)).toEqual([]);
    const { getOctokit } = await import('@actions/github');
    await getOctokit(TOKEN, { baseUrl: w.api.url }).rest.issues.createComment({
      ...REPO,
      issue_number: w.pr,
      body: 'an earlier report\n<!-- orchestration-backup:default -->',
    });
    const corrected = await runAction(w, 'workflow_run', workflowRunPayload(w, prRun));
    expect(corrected.code, corrected.stdout).toBe(0);
    expect(w.api.commentsOn(w.pr).map((c) => c.body)).toEqual([
      expect.stringMatching(/no longer changes the orchestration configuration/),
    ]);
    expectNoViolations(w.api);
  });
});
