// Scheduled and push backups, and what happens where artifacts do not exist (GHES): the compiled
// action end to end (see test/helpers/action-harness.ts).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  eventPayload,
  expectNoViolations,
  git,
  newRun,
  prPayload,
  runAction,
  runnable,
  store,
  useActionHarness,
  workflowRunPayload,
  world,
} from './helpers/action-harness.js';

useActionHarness();

describe.skipIf(!runnable)('backups', () => {
  it('a schedule run with the same content as the last backup uploads nothing; force-upload and a change do', async () => {
    const w = await world();
    git(w.workspace, 'checkout', '-q', 'main');
    const first = await runAction(w, 'schedule', eventPayload('push'));
    expect(first.code, first.stdout).toBe(0);
    expect(first.outputs.uploaded).toBe('true');
    const same = await runAction(w, 'schedule', eventPayload('push'));
    expect(same.code, same.stdout).toBe(0);
    expect(same.outputs).toMatchObject({ uploaded: 'false', 'backup-name': first.outputs['backup-name'] });
    expect(same.summary).toMatch(/equal the last backup, orch-backup-.*: nothing uploaded/);
    expect(store.list({ runId: same.runId })).toEqual([]);

    const forced = await runAction(w, 'schedule', eventPayload('push'), { 'force-upload': 'true' });
    expect(forced.outputs.uploaded).toBe('true');
    expect(store.list({ runId: forced.runId })).toHaveLength(1);

    await writeFile(
      path.join(w.workspace, '.claude/orchestration/settings.json'),
      JSON.stringify({ version: '9.9.9' }, null, 2),
    );
    const changed = await runAction(w, 'push', eventPayload('push'));
    expect(changed.outputs.uploaded).toBe('true');
    expect(store.list({ runId: changed.runId })).toHaveLength(1);
    expectNoViolations(w.api);
  });

  it('GHES: artifact steps are skipped with one warning; checks and comments work', async () => {
    const w = await world();
    const ghes = { GITHUB_SERVER_URL: 'https://ghes.example.com' };
    const pr = await runAction(w, 'pull_request', prPayload(w, 'opened'), {}, undefined, { env: ghes });
    expect(pr.code, pr.stdout).toBe(0);
    expect(pr.stdout.match(/::warning::Artifacts are not available on GitHub Enterprise Server/g)).toHaveLength(1);
    expect(w.api.commentsOn(w.pr)).toHaveLength(1);
    expect(store.list({ runId: pr.runId })).toEqual([]);
    git(w.workspace, 'checkout', '-q', 'main');
    const backup = await runAction(w, 'schedule', eventPayload('push'), {}, undefined, { env: ghes });
    expect(backup.code, backup.stdout).toBe(0);
    expect(backup.outputs.uploaded).toBe('false');
    expect(backup.stdout.match(/::warning::Artifacts are not available on GitHub Enterprise Server/g)).toHaveLength(1);
  });

  it("GHES: the fork recipe's comment run writes nothing (no report can exist there) and says why", async () => {
    const w = await world();
    const ghes = { GITHUB_SERVER_URL: 'https://ghes.example.com' };
    const comment = await runAction(w, 'workflow_run', workflowRunPayload(w, newRun(w)), {}, undefined, { env: ghes });
    expect(comment.code, comment.stdout).toBe(0);
    expect(comment.stdout).toMatch(
      /::warning::Nothing to comment: artifacts are not available on GitHub Enterprise Server/,
    );
    expect(w.api.commentsOn(w.pr)).toEqual([]);
    expect(w.api.requests.filter((r) => r.path.includes('/actions/'))).toEqual([]);
    expectNoViolations(w.api);
  });
});
