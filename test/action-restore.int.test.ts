// Restore through a pull request, run again and again: the compiled action end to end
// (see test/helpers/action-harness.ts).
import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers/sandbox.js';
import {
  REPO,
  eventPayload,
  expectNoViolations,
  git,
  newRun,
  prPayload,
  runAction,
  runnable,
  useActionHarness,
  world,
  type World,
} from './helpers/action-harness.js';

useActionHarness();

/** A backup of main's v1 configs, then main moved to v2: there is something to restore. */
async function backedUp(): Promise<{ w: World; name: string }> {
  const w = await world();
  git(w.workspace, 'checkout', '-q', 'main');
  const backup = await runAction(w, 'push', eventPayload('push'));
  expect(backup.code, backup.stdout).toBe(0);
  await cp(path.join(FIXTURES, 'v2'), path.join(w.workspace, '.claude/orchestration'), { recursive: true });
  git(w.workspace, 'add', '-A');
  git(w.workspace, 'commit', '-qm', 'v2');
  git(w.workspace, 'branch', '-q', 'release');
  return { w, name: backup.outputs['backup-name'] as string };
}

describe.skipIf(!runnable)('restore through a pull request', () => {
  it('a re-run attempt updates the same branch and pull request; labels, draft, reviewers and base branch are applied', async () => {
    const { w, name } = await backedUp();
    const inputs = {
      backup: name,
      labels: 'config, restore',
      draft: 'true',
      reviewers: 'alice',
      'base-branch': 'release',
    };
    const run = newRun(w);
    // Attempt 1 fails half-way: the branch is pushed, the pull request is refused.
    w.api.forbidPullRequestCreation = true;
    const failed = await runAction(w, 'workflow_dispatch', eventPayload('workflow_dispatch'), inputs, undefined, {
      run,
    });
    expect(failed.code).toBe(1);
    const branch = `orch-backup/restore-${name}`;
    const failedSha = (await w.api.refs()).find((r) => r.ref === `refs/heads/${branch}`)?.sha;
    expect(failedSha).toBeDefined();
    // Each attempt starts from a fresh checkout.
    const fresh = (): void => {
      git(w.workspace, 'checkout', '-q', '--', '.');
      git(w.workspace, 'clean', '-qfd');
    };
    fresh();
    w.api.forbidPullRequestCreation = false;
    const first = await runAction(w, 'workflow_dispatch', eventPayload('workflow_dispatch'), inputs, undefined, {
      run: newRun(w, run),
    });
    expect(first.code, first.stdout).toBe(0);
    expect(first.stdout).toContain(`Moved the existing branch ${branch}`);
    const firstSha = (await w.api.refs()).find((r) => r.ref === `refs/heads/${branch}`)?.sha;
    fresh();
    const again = await runAction(w, 'workflow_dispatch', eventPayload('workflow_dispatch'), inputs, undefined, {
      run: newRun(w, newRun(w, run)),
    });
    expect(again.code, again.stdout).toBe(0);
    expect(again.stdout).toMatch(/Updated https:\/\/github\.com\/.*\/pull\/\d+/);

    const restorePrs = w.api.pullRequests().filter((p) => p.head === branch);
    expect(restorePrs).toHaveLength(1);
    const pr = restorePrs[0]!;
    expect(first.outputs['pull-request-number']).toBe(String(pr.number));
    expect(again.outputs['pull-request-number']).toBe(String(pr.number));
    expect(pr).toMatchObject({ base: 'release', draft: true, labels: ['config', 'restore'], reviewers: ['alice'] });
    const refs = (await w.api.refs()).filter((r) => r.ref.startsWith('refs/heads/orch-backup/'));
    expect(refs.map((r) => r.ref)).toEqual([`refs/heads/${branch}`]);
    expect(refs[0]?.sha).not.toBe(firstSha);
    const files = await w.api.filesAt(branch);
    expect(files['.claude/orchestration/teams.json']).toBe(
      await import('node:fs/promises').then((fs) => fs.readFile(path.join(FIXTURES, 'v1/teams.json'), 'utf8')),
    );
    expectNoViolations(w.api);
  }, 120_000);

  it("restore by name never picks a fork's artifact of the same name", async () => {
    const { w, name } = await backedUp();
    // Newer, same name, uploaded by a run of a fork's pull request: not a backup of this repository.
    const forked = w.api.addArtifact({
      name,
      zip: Buffer.from('not what you think'),
      runId: 4_000_000_777,
      fromFork: true,
    });
    const restored = await runAction(w, 'workflow_dispatch', eventPayload('workflow_dispatch'), { backup: name });
    expect(restored.code, restored.stdout).toBe(0);
    expect(restored.stdout).toContain(`Skipping artifact ${forked.id}`);
    expect(w.api.requests.some((r) => r.path.includes(`/actions/artifacts/${forked.id}/`))).toBe(false);
    expectNoViolations(w.api);
  });

  it("the comment's restore command names its run, and a restore with that run-id takes that run's artifact though a newer run uploaded the same name", async () => {
    const w = await world();
    const config = path.join(w.workspace, '.claude/orchestration');
    const headTeams = await readFile(path.join(config, 'teams.json'), 'utf8');
    // One fixed name for every upload, as an artifact-name input makes it.
    const name = 'orch-backup-configs';
    const pr = await runAction(w, 'pull_request', prPayload(w, 'opened'), { 'artifact-name': name });
    expect(pr.code, pr.stdout).toBe(0);
    const comment = w.api.commentsOn(w.pr)[0]?.body ?? '';
    expect(comment).toContain(
      `gh workflow run restore.yml --repo ${REPO.owner}/${REPO.repo} -f backup=${name} -f run-id=${pr.runId}`,
    );
    expect(comment).toContain(`gh run download ${pr.runId} --repo ${REPO.owner}/${REPO.repo} --name ${name}`);

    // A newer run (a push to main, with main's v1 configs) uploads the same name.
    git(w.workspace, 'checkout', '-q', 'main');
    const newer = await runAction(w, 'push', eventPayload('push'), { 'artifact-name': name });
    expect(newer.code, newer.stdout).toBe(0);
    expect(newer.outputs.uploaded).toBe('true');
    const ids = (runId: number): number[] => w.api.artifacts.list({ runId, name }).map((a) => a.id);
    const [prArtifact] = ids(pr.runId);
    const [newerArtifact] = ids(newer.runId);
    expect(prArtifact).toBeDefined();
    expect(newerArtifact).toBeDefined();

    // By name alone the newest wins: main's own configs, nothing to restore.
    const byName = await runAction(w, 'workflow_dispatch', eventPayload('workflow_dispatch'), {
      backup: name,
      'restore-to': 'workspace',
    });
    expect(byName.code, byName.stdout).toBe(0);
    expect(byName.outputs.changed).toBe('false');

    // With the comment's run id: the pull request's head, though it is older.
    const byRun = await runAction(w, 'workflow_dispatch', eventPayload('workflow_dispatch'), {
      backup: name,
      'run-id': String(pr.runId),
      'restore-to': 'workspace',
    });
    expect(byRun.code, byRun.stdout).toBe(0);
    expect(byRun.outputs.changed).toBe('true');
    expect(byRun.summary).toContain(`uploaded by workflow run \`${pr.runId}\``);
    expect(await readFile(path.join(config, 'teams.json'), 'utf8')).toBe(headTeams);
    const downloads = (id: number | undefined): number =>
      w.api.requests.filter((r) => r.path.includes(`/actions/artifacts/${id}/zip`)).length;
    expect(downloads(prArtifact)).toBe(1);
    expect(downloads(newerArtifact)).toBe(1);
    expectNoViolations(w.api);
  });

  it('GHES: restore fails up front with one line that says what to do instead, and changes nothing', async () => {
    const { w, name } = await backedUp();
    const before = git(w.workspace, 'status', '--porcelain');
    const requests = w.api.requests.length;
    const restored = await runAction(
      w,
      'workflow_dispatch',
      eventPayload('workflow_dispatch'),
      { backup: name },
      undefined,
      { env: { GITHUB_SERVER_URL: 'https://ghes.example.com' } },
    );
    expect(restored.code).toBe(1);
    const errors = restored.stdout.split('\n').filter((line) => line.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(
      `backup artifact "${name}" cannot be downloaded from https://ghes.example.com, a GitHub Enterprise Server`,
    );
    expect(errors[0]).toContain('orch-backup import backup.tar.gz, then orch-backup restore');
    // No artifact listed or downloaded, no branch, no pull request, the workspace as it was.
    expect(w.api.requests.slice(requests).filter((r) => r.path.includes('/actions/'))).toEqual([]);
    expect((await w.api.refs()).filter((r) => r.ref.startsWith('refs/heads/orch-backup/'))).toEqual([]);
    expect(git(w.workspace, 'status', '--porcelain')).toBe(before);
    expectNoViolations(w.api);
  });
});
