// The action's inputs and checkout shapes, end to end (see test/helpers/action-harness.ts).
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers/sandbox.js';
import {
  consistentV2,
  eventPayload,
  expectNoViolations,
  git,
  prPayload,
  runAction,
  runnable,
  service,
  store,
  useActionHarness,
  world,
} from './helpers/action-harness.js';

useActionHarness();

describe.skipIf(!runnable)('action inputs and checkouts', () => {
  it('a shallow checkout: the base commit is fetched from origin, or read through the contents API', async () => {
    const fetchable = await world(undefined, 'fetchable');
    const fetched = await runAction(fetchable, 'pull_request', prPayload(fetchable, 'opened'));
    expect(fetched.code, fetched.stdout).toBe(0);
    expect(fetchable.api.commentsOn(fetchable.pr)[0]?.body).toContain('build-lead');
    expect(git(fetchable.workspace, 'cat-file', '-t', fetchable.baseSha)).toBe('commit');
    expect(fetchable.api.requests.filter((r) => r.path.includes('/contents/'))).toEqual([]);

    const apiOnly = await world(undefined, 'no-origin');
    const viaApi = await runAction(apiOnly, 'pull_request', prPayload(apiOnly, 'opened'));
    expect(viaApi.code, viaApi.stdout).toBe(0);
    expect(apiOnly.api.commentsOn(apiOnly.pr)[0]?.body).toMatch(/Agent `lead-dev` \| renamed to `build-lead`/);
    // Octokit sends the path with its slashes encoded (%2F), as GitHub accepts.
    const contents = apiOnly.api.requests.filter((r) =>
      decodeURIComponent(r.path).startsWith('/repos/octo-org/orchestration-config/contents/.claude/orchestration'),
    );
    expect(contents.map((r) => decodeURIComponent(r.path).split('?')[0])).toContain(
      '/repos/octo-org/orchestration-config/contents/.claude/orchestration/teams.json',
    );
    expectNoViolations(apiOnly.api);
  });

  it('pull_request_target: the workspace holds the base branch, the head is read at its commit, never checked out', async () => {
    const w = await world();
    git(w.workspace, 'checkout', '-q', 'main');
    const result = await runAction(w, 'pull_request_target', prPayload(w, 'opened'));
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs.changed).toBe('true');
    expect(w.api.commentsOn(w.pr)[0]?.body).toMatch(/Agent `lead-dev` \| renamed to `build-lead`/);
    expect(git(w.workspace, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('main');
    expect(git(w.workspace, 'status', '--porcelain')).toBe('');
  });

  it('pull_request_target never compiles a schema the pull request brings; pull_request does', async () => {
    // The head adds a schema that teams.json fails: a fork could put anything there.
    const w = await world(async (config) => {
      await consistentV2(config);
      const { mkdir } = await import('node:fs/promises');
      await mkdir(path.join(config, 'schemas'), { recursive: true });
      await writeFile(
        path.join(config, 'schemas/teams.schema.json'),
        JSON.stringify({ type: 'object', required: ['from-the-fork'] }),
      );
    });
    git(w.workspace, 'checkout', '-q', 'main');
    const target = await runAction(w, 'pull_request_target', prPayload(w, 'opened'));
    expect(target.code, target.stdout).toBe(0);
    expect(target.outputs.valid).toBe('true');
    expect(target.stdout).toMatch(
      /::warning title=orch-backup%3A schema-not-trusted,file=\.claude\/orchestration\/schemas\/teams\.schema\.json::this schema is new here and was not used/,
    );
    git(w.workspace, 'checkout', '-q', 'feature');
    const plain = await runAction(w, 'pull_request', prPayload(w, 'opened'));
    expect(plain.outputs.valid).toBe('false');
    expect(plain.stdout).toMatch(/from-the-fork/);
  });

  it('comment: off posts nothing, new posts each time, headers keep separate sticky comments', async () => {
    const w = await world();
    expect((await runAction(w, 'pull_request', prPayload(w, 'opened'), { comment: 'off' })).code).toBe(0);
    expect(w.api.commentsOn(w.pr)).toHaveLength(0);
    await runAction(w, 'pull_request', prPayload(w, 'opened'), { comment: 'new' });
    await runAction(w, 'pull_request', prPayload(w, 'opened'), { comment: 'new' });
    expect(w.api.commentsOn(w.pr)).toHaveLength(2);
    await runAction(w, 'pull_request', prPayload(w, 'opened'), { 'comment-header': 'staging' });
    await runAction(w, 'pull_request', prPayload(w, 'opened'), { 'comment-header': 'staging' });
    await runAction(w, 'pull_request', prPayload(w, 'opened'), { 'comment-header': 'production' });
    const bodies = w.api.commentsOn(w.pr).map((c) => c.body ?? '');
    expect(bodies.filter((b) => b.includes('<!-- orchestration-backup:staging -->'))).toHaveLength(1);
    expect(bodies.filter((b) => b.includes('<!-- orchestration-backup:production -->'))).toHaveLength(1);
  });

  it('retention-days sets the artifact expiry; out-of-range values are clamped with a warning', async () => {
    const w = await world();
    const short = await runAction(w, 'pull_request', prPayload(w, 'opened'), { 'retention-days': '3' });
    const record = store.list({ runId: short.runId })[0];
    const days = (Date.parse(String(record?.expiresAt)) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(2.9);
    expect(days).toBeLessThan(3.1);
    // Up to 400 is accepted (private repositories); the toolkit cuts it to the repository's maximum.
    const long = await runAction(w, 'pull_request', prPayload(w, 'opened'), { 'retention-days': '400' }, undefined, {
      env: { GITHUB_RETENTION_DAYS: '400' },
    });
    expect(long.code, long.stdout).toBe(0);
    const asked = service.calls.filter((c) => c.method === 'CreateArtifact').at(-1)?.request as {
      expires_at?: string;
      expiresAt?: string;
    };
    expect((Date.parse(String(asked.expires_at ?? asked.expiresAt)) - Date.now()) / 86_400_000).toBeGreaterThan(399);
    const capped = await runAction(w, 'pull_request', prPayload(w, 'opened'), { 'retention-days': '400' });
    expect(capped.stdout).toContain(
      'Retention days cannot be greater than the maximum allowed retention set within the repository. Using 90 instead.',
    );
    const clamped = await runAction(w, 'pull_request', prPayload(w, 'opened'), { 'retention-days': '1000' });
    expect(clamped.code).toBe(0);
    expect(clamped.stdout).toContain('::warning::retention-days 1000 is outside 1-400; using 400');
    const bad = await runAction(w, 'pull_request', prPayload(w, 'opened'), { 'retention-days': 'soon' });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/::error::input retention-days must be a whole number of days/);
  });

  it('fail-on: warning fails on warnings, never passes even errors', async () => {
    const warned = await world();
    expect((await runAction(warned, 'pull_request', prPayload(warned, 'opened'), { 'fail-on': 'warning' })).code).toBe(
      1,
    );
    const broken = await world(async (c) => writeFile(path.join(c, 'teams.json'), '{ broken'));
    const never = await runAction(broken, 'pull_request', prPayload(broken, 'opened'), { 'fail-on': 'never' });
    expect(never.code).toBe(0);
    expect(never.outputs.valid).toBe('false');
  });

  it('restore-to: workspace leaves the restored files for later steps and opens no PR', async () => {
    const w = await world();
    git(w.workspace, 'checkout', '-q', 'main');
    const backup = await runAction(w, 'push', eventPayload('push'));
    const name = backup.outputs['backup-name'] as string;
    await cp(path.join(FIXTURES, 'v2'), path.join(w.workspace, '.claude/orchestration'), { recursive: true });
    const restored = await runAction(w, 'workflow_dispatch', eventPayload('workflow_dispatch'), {
      backup: name,
      'restore-to': 'workspace',
    });
    expect(restored.code, restored.stdout).toBe(0);
    expect(restored.outputs.changed).toBe('true');
    expect(w.api.pullRequests().filter((p) => p.head.startsWith('orch-backup/'))).toEqual([]);
    for (const file of ['teams.json', 'workflows.json']) {
      expect(await readFile(path.join(w.workspace, '.claude/orchestration', file), 'utf8')).toBe(
        await readFile(path.join(FIXTURES, 'v1', file), 'utf8'),
      );
    }
  });

  it('bad inputs fail with one clear error', async () => {
    const w = await world();
    const mode = await runAction(w, 'pull_request', prPayload(w, 'opened'), { mode: 'explode' });
    expect(mode.code).toBe(1);
    expect(mode.stdout).toContain(
      '::error::input mode must be one of auto, pr, backup, restore, list, comment, got "explode"',
    );
    const restore = await runAction(w, 'workflow_dispatch', eventPayload('workflow_dispatch'), { mode: 'restore' });
    expect(restore.stdout).toMatch(/::error::restore mode needs the backup input/);
    const missing = await runAction(w, 'workflow_dispatch', eventPayload('workflow_dispatch'), {
      backup: 'orch-backup-nope-1-1',
    });
    expect(missing.stdout).toMatch(/::error::no backup artifact named "orch-backup-nope-1-1" in this repository/);
  });
});
