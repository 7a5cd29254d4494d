// The compiled action end to end: see test/helpers/action-harness.ts for how it is run.
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers/sandbox.js';
import {
  REPO,
  TOKEN,
  consistentV2,
  eventPayload,
  expectNoViolations,
  git,
  prPayload,
  runAction,
  runnable,
  store,
  useActionHarness,
  world,
} from './helpers/action-harness.js';

useActionHarness();

describe.skipIf(!runnable)('the action, run as GitHub runs it', () => {
  it('pr opened → one sticky comment with the semantic diff and one artifact; synchronize edits the same comment', async () => {
    const w = await world();
    const first = await runAction(w, 'pull_request', prPayload(w, 'opened'));
    expect(first.code, first.stdout).toBe(0);
    expect(first.outputs).toMatchObject({
      valid: 'true',
      changed: 'true',
      'backup-name': `orch-backup-pr${w.pr}-claude-orchestration-${first.runId}-1`,
    });
    const comments = w.api.commentsOn(w.pr);
    expect(comments).toHaveLength(1);
    expect(first.outputs['comment-id']).toBe(String(comments[0]?.id));
    const body = comments[0]?.body ?? '';
    expect(body).toContain('build-lead');
    expect(body).toMatch(/<!-- orchestration-backup:default -->\s*$/);
    expect(body.length).toBeLessThan(65_536);
    expect(store.list({ runId: first.runId }).map((a) => a.name)).toEqual([first.outputs['backup-name']]);
    expect(first.summary).toContain('build-lead');
    expect(first.outputs['artifact-url']).toBe(
      `https://github.com/${REPO.owner}/${REPO.repo}/actions/runs/${first.runId}/artifacts/${first.outputs['artifact-id']}`,
    );

    await writeFile(
      path.join(w.workspace, '.claude/orchestration/settings.json'),
      JSON.stringify({ version: '2.0.0', changed: true }, null, 2),
    );
    git(w.workspace, 'commit', '-qam', 'more');
    w.headSha = git(w.workspace, 'rev-parse', 'HEAD');
    const second = await runAction(w, 'pull_request', prPayload(w, 'synchronize'));
    expect(second.code, second.stdout).toBe(0);
    const after = w.api.commentsOn(w.pr);
    expect(after).toHaveLength(1);
    expect(after[0]?.id).toBe(comments[0]?.id);
    expect(after[0]?.body).not.toBe(body);
    expect(after[0]?.body).toMatch(/2\.0\.0/);
    expectNoViolations(w.api);
  });

  it('a PR that renames agents and leaves references behind fails (fail-on: new-error): verdict first, new annotations first, the rest in the summary', async () => {
    const w = await world(async (c) => cp(path.join(FIXTURES, 'v2'), c, { recursive: true }));
    const result = await runAction(w, 'pull_request', prPayload(w, 'opened'));
    expect(result.code).toBe(1);
    expect(result.outputs.verdict).toBe('fail');
    const body = w.api.commentsOn(w.pr)[0]?.body ?? '';
    expect(body.split('\n')[0]).toBe('## ❌ This change breaks 5 agent references (15 places)');
    expect(body).toContain('orch-backup validate --since origin/main --fix');
    expect(body).toMatch(/<details><summary>Already there before this change \(5\)<\/summary>/);
    const annotations = result.stdout.split('\n').filter((l) => /^::(error|warning|notice) /.test(l));
    expect(annotations.slice(0, 10).every((l) => l.startsWith('::error title=orch-backup%3A '))).toBe(true);
    expect(
      annotations.filter((l) => l.startsWith('::warning ')).every((l) => l.includes('(already in the base)')),
    ).toBe(true);
    expect(annotations.filter((l) => l.startsWith('::error ')).length).toBe(10);
    expect(annotations.at(-1)).toMatch(/^::notice title=orch-backup::5 more in the job summary$/);
    expect(result.stdout).toContain('::error::This change breaks 5 agent references (15 places) (fail-on: new-error');
    const never = await runAction(w, 'pull_request', prPayload(w, 'opened'), { 'fail-on': 'never' });
    expect(never.code).toBe(0);
  });

  it('invalid config → exit 1, annotations at file and line, the comment lists the errors', async () => {
    const w = await world(async (c) =>
      writeFile(path.join(c, 'teams.json'), '{\n  "version": "1.0",\n  "teams": {\n}\n'),
    );
    const result = await runAction(w, 'pull_request', prPayload(w, 'opened'));
    expect(result.code).toBe(1);
    // The runner's command syntax escapes ':' in property values as %3A.
    expect(result.stdout).toMatch(
      /::error title=orch-backup%3A json-syntax,file=\.claude\/orchestration\/teams\.json,line=5,col=1::invalid JSON/,
    );
    expect(result.outputs.valid).toBe('false');
    expect(w.api.commentsOn(w.pr)[0]?.body).toMatch(/teams\.json:5:1/);
    expectNoViolations(w.api);
  });

  it('a read-only token (fork PR) → a warning, the job summary, and success', async () => {
    const w = await world();
    w.api.readOnlyToken = true;
    const payload = prPayload(w, 'opened') as { pull_request: { head: { repo: Record<string, unknown> } } };
    payload.pull_request.head.repo = { ...payload.pull_request.head.repo, full_name: `forker/${REPO.repo}` };
    const result = await runAction(w, 'pull_request', payload);
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toMatch(
      /::warning::Could not write the pull request comment: pull requests from forks get a read-only token/,
    );
    expect(result.summary).toContain('build-lead');
    expect(w.api.commentsOn(w.pr)).toHaveLength(0);
  });

  it('no config change → no comment; an earlier comment becomes "no configuration changes"; duplicates are cleaned up', async () => {
    const w = await world(async (c) => writeFile(path.join(c, '..', '..', 'README.md'), '# changed readme only\n'));
    const quiet = await runAction(w, 'pull_request', prPayload(w, 'opened'));
    expect(quiet.code, quiet.stdout).toBe(0);
    expect(quiet.outputs.changed).toBe('false');
    expect(w.api.commentsOn(w.pr)).toHaveLength(0);

    const { getOctokit } = await import('@actions/github');
    const octokit = getOctokit(TOKEN, { baseUrl: w.api.url });
    for (const text of ['old report', 'racing report'])
      await octokit.rest.issues.createComment({
        ...REPO,
        issue_number: w.pr,
        body: `${text}\n<!-- orchestration-backup:default -->`,
      });
    const corrected = await runAction(w, 'pull_request', prPayload(w, 'synchronize'));
    expect(corrected.code).toBe(0);
    const comments = w.api.commentsOn(w.pr);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toMatch(/no longer changes the orchestration configuration/);
    expect(comments[0]?.body).toMatch(/<!-- orchestration-backup:default -->\s*$/);
  });

  it('a huge change → a comment under 65,536 characters that says where the rest is', async () => {
    const w = await world(async (c) => {
      await consistentV2(c);
      const teams = JSON.parse(await readFile(path.join(FIXTURES, 'v2/teams.json'), 'utf8'));
      teams.teams.huge = {
        name: 'Huge',
        members: Array.from({ length: 3000 }, (_, i) => ({ agent: `agent-${i}-${'x'.repeat(30)}`, role: `role ${i}` })),
      };
      await writeFile(path.join(c, 'teams.json'), JSON.stringify(teams, null, 2));
    });
    const result = await runAction(w, 'pull_request', prPayload(w, 'opened'));
    expect(result.code, result.stdout).toBe(0);
    const body = w.api.commentsOn(w.pr)[0]?.body ?? '';
    expect(body.length).toBeLessThan(65_536);
    expect(body).toMatch(/job summary/);
    expect(body).toMatch(/<!-- orchestration-backup:default -->\s*$/);
  });

  it("backup, list, then restore through a pull request with exactly the backup's files", async () => {
    const w = await world();
    git(w.workspace, 'checkout', '-q', 'main');
    const backup = await runAction(w, 'push', eventPayload('push'), { mode: 'auto' });
    expect(backup.code, backup.stdout).toBe(0);
    const name = backup.outputs['backup-name'] as string;
    expect(name).toMatch(/^orch-backup-[0-9a-f]{7}-claude-orchestration-\d+-1$/);

    const listed = await runAction(w, 'workflow_dispatch', eventPayload('workflow_dispatch', { inputs: {} }));
    expect(listed.code, listed.stdout).toBe(0);
    expect(listed.summary).toContain(name);

    await cp(path.join(FIXTURES, 'v2'), path.join(w.workspace, '.claude/orchestration'), { recursive: true });
    git(w.workspace, 'add', '-A');
    git(w.workspace, 'commit', '-qm', 'move to v2');
    const restored = await runAction(
      w,
      'workflow_dispatch',
      eventPayload('workflow_dispatch', { inputs: { backup: name } }),
      { backup: name },
    );
    expect(restored.code, restored.stdout).toBe(0);
    const prs = w.api.pullRequests().filter((p) => p.head.startsWith('orch-backup/'));
    expect(prs).toHaveLength(1);
    expect(restored.outputs['pull-request-url']).toBe(
      `https://github.com/${REPO.owner}/${REPO.repo}/pull/${prs[0]?.number}`,
    );
    const branchFiles = await w.api.filesAt(`orch-backup/restore-${name}`);
    for (const file of ['settings.json', 'teams.json', 'workflows.json']) {
      expect(branchFiles[`.claude/orchestration/${file}`], file).toBe(
        await readFile(path.join(FIXTURES, 'v1', file), 'utf8'),
      );
    }
    expect(branchFiles['.claude/orchestration/team-state.json']).toBeUndefined();
    expect(w.api.requests.some((r) => r.path.includes('/actions/artifacts/') && r.status === 302)).toBe(true);
    expectNoViolations(w.api);
  });

  it('an expired backup and a repository that forbids Actions PRs fail with the reason', async () => {
    const w = await world();
    git(w.workspace, 'checkout', '-q', 'main');
    const backup = await runAction(w, 'push', eventPayload('push'));
    const name = backup.outputs['backup-name'] as string;
    await cp(path.join(FIXTURES, 'v2'), path.join(w.workspace, '.claude/orchestration'), { recursive: true });
    git(w.workspace, 'add', '-A');
    git(w.workspace, 'commit', '-qm', 'v2');

    w.api.forbidPullRequestCreation = true;
    const forbidden = await runAction(w, 'workflow_dispatch', eventPayload('workflow_dispatch'), { backup: name });
    expect(forbidden.code).toBe(1);
    expect(forbidden.stdout).toMatch(
      /::error::GitHub Actions may not create pull requests in this repository.*Allow GitHub Actions to create and approve pull requests/,
    );

    w.api.expire(Number(backup.outputs['artifact-id']));
    const expired = await runAction(w, 'workflow_dispatch', eventPayload('workflow_dispatch'), { backup: name });
    expect(expired.code).toBe(1);
    expect(expired.stdout).toMatch(/::error::backup artifact "orch-backup-.*" has expired/);
  });
});
