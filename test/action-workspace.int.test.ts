// Where the repository is and what the action does when it cannot read the base: the compiled
// action end to end (see test/helpers/action-harness.ts).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  expectNoViolations,
  git,
  prPayload,
  runAction,
  runnable,
  useActionHarness,
  world,
} from './helpers/action-harness.js';

useActionHarness();
const made: string[] = [];
afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!runnable)('the repository inside the workspace', () => {
  it('actions/checkout with path: the root is found with git, by working-directory or from config-dir', async () => {
    const w = await world();
    // GITHUB_WORKSPACE holds the clone in a subdirectory, as `with: { path: repo }` makes it.
    const outer = await mkdtemp(path.join(tmpdir(), 'orch-outer-'));
    made.push(outer);
    git(outer, 'clone', '-q', '--branch', 'feature', `file://${w.workspace}`, 'repo');
    const viaInput = await runAction(
      w,
      'pull_request',
      prPayload(w, 'opened'),
      { 'working-directory': 'repo' },
      undefined,
      { workspace: outer },
    );
    expect(viaInput.code, viaInput.stdout).toBe(0);
    expect(w.api.commentsOn(w.pr)[0]?.body).toMatch(/Agent `lead-dev` \| renamed to `build-lead`/);
    const viaConfigDir = await runAction(
      w,
      'pull_request',
      prPayload(w, 'opened'),
      { 'config-dir': 'repo/.claude/orchestration', 'comment-header': 'second' },
      undefined,
      { workspace: outer },
    );
    expect(viaConfigDir.code, viaConfigDir.stdout).toBe(0);
    expect(viaConfigDir.stdout).toMatch(
      /Repository root: .*\/repo \(found with git from repo\/\.claude\/orchestration\)/,
    );
    expect(w.api.commentsOn(w.pr)[1]?.body).toMatch(/Agent `lead-dev` \| renamed to `build-lead`/);
    // The contents API was never asked for a path below the wrong root.
    expect(w.api.requests.filter((r) => r.path.includes('/contents/'))).toEqual([]);
    expectNoViolations(w.api);
  });

  it('a base commit neither git nor the API can read fails the step instead of reporting every file as added', async () => {
    const w = await world(undefined, 'no-origin');
    const payload = prPayload(w, 'opened') as { pull_request: { base: { sha: string } } };
    payload.pull_request.base.sha = 'f'.repeat(40);
    const result = await runAction(w, 'pull_request', payload);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /::error::cannot read commit ffffffffffff: it is not in the local clone, could not be fetched, and the API does not know it/,
    );
    expect(w.api.commentsOn(w.pr)).toEqual([]);
  });
});
