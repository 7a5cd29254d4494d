// Runs the compiled action (dist/index.js) as the runner runs it: Node 24, INPUT_* variables,
// a real event payload, GITHUB_OUTPUT/GITHUB_STEP_SUMMARY files, a real git workspace, and local
// stand-ins for api.github.com (checked against GitHub's OpenAPI description) and the artifact
// service (Twirp + Azurite), driven by the unmodified @actions/* clients inside the bundle.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, afterEach, beforeAll, expect, vi } from 'vitest';
import { FIXTURES, ROOT, runProcess } from './sandbox.js';
import { consistentV2 } from './team-fixture.js';

export { consistentV2 };
import { ArtifactServiceDouble } from '../support/artifact-service.js';
import { ArtifactStore } from '../support/artifact-store.js';
import { NODE24, azuriteAvailable, startAzurite, type Azurite } from '../support/azurite.js';
import { GitHubApiDouble } from '../support/github-api.js';
import { actionsEnv } from '../support/runtime-token.js';

export const DIST = path.join(ROOT, 'dist/index.js');
export const REPO = { owner: 'octo-org', repo: 'orchestration-config' };
export const TOKEN = 'ghs_actiontesttoken';
export const webhooks = createRequire(import.meta.url)('@octokit/webhooks-examples') as {
  name: string;
  examples: Record<string, unknown>[];
}[];
export const runnable = existsSync(DIST) && existsSync(NODE24) && azuriteAvailable();

let azurite: Azurite;
export let service: ArtifactServiceDouble;
export const store = new ArtifactStore();
let runIds = 5_000_000_000;
const cleanups: (() => Promise<unknown>)[] = [];

/** Starts Azurite and the artifact service for the calling test file, and cleans up after each test. */
export function useActionHarness(): void {
  // Each run of the action is a Node 24 process, and its Octokit spaces writes 1 s apart as
  // GitHub asks (throttling plugin): a test of several runs takes tens of seconds, more on a busy machine.
  vi.setConfig({ testTimeout: 180_000, hookTimeout: 90_000 });
  beforeAll(async () => {
    if (!runnable) return;
    azurite = await startAzurite({ timeoutMs: 60_000 });
    service = await new ArtifactServiceDouble({ store, blobEndpoint: azurite.blobEndpoint }).start();
  });
  afterAll(async () => {
    await service?.stop();
    await azurite?.stop();
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
}

export const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, {
    cwd,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@t',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@t',
    },
  })
    .toString()
    .trim();

export interface World {
  workspace: string;
  api: GitHubApiDouble;
  baseSha: string;
  headSha: string;
  pr: number;
}

/**
 * A repository whose main has the v1 configs and whose feature branch has `head` applied on top.
 * `shallow`: the workspace is a depth-1 clone of it, as actions/checkout makes by default, whose
 * origin can serve the base commit (`fetchable`) or is gone (`no-origin`: only the API can).
 */
/** The ids v2 renames in teams.json but still names in workflows.json. */
export async function world(
  head: (config: string) => Promise<void> = consistentV2,
  shallow?: 'fetchable' | 'no-origin',
): Promise<World> {
  const workspace = await mkdtemp(path.join(tmpdir(), 'orch-action-'));
  cleanups.push(() => rm(workspace, { recursive: true, force: true }));
  const config = path.join(workspace, '.claude/orchestration');
  git(workspace, 'init', '-q', '-b', 'main');
  await cp(path.join(FIXTURES, 'v1'), config, { recursive: true });
  await writeFile(path.join(workspace, 'README.md'), '# team config\n');
  git(workspace, 'add', '-A');
  git(workspace, 'commit', '-qm', 'base');
  const baseSha = git(workspace, 'rev-parse', 'HEAD');
  git(workspace, 'checkout', '-qb', 'feature');
  await head(config);
  git(workspace, 'add', '-A');
  git(workspace, 'commit', '-qm', 'head', '--allow-empty');
  const headSha = git(workspace, 'rev-parse', 'HEAD');
  const api = await new GitHubApiDouble({ ...REPO, repoPath: workspace, artifacts: store, token: TOKEN }).start();
  cleanups.push(() => api.stop());
  api.runs = new Set();
  const pr = api.createPullRequest({ head: 'feature', title: 'Change the teams' }).number;
  if (!shallow) return { workspace, api, baseSha, headSha, pr };
  const clone = `${workspace}-checkout`;
  cleanups.push(() => rm(clone, { recursive: true, force: true }));
  git(tmpdir(), 'clone', '-q', '--depth=1', '--branch', 'feature', `file://${workspace}`, clone);
  if (shallow === 'no-origin') git(clone, 'remote', 'remove', 'origin');
  return { workspace: clone, api, baseSha, headSha, pr };
}

/** A webhook example's repository object, renamed to the test repository (REPO). */
function asOurRepository<T extends { owner: object }>(repository: T) {
  return {
    ...repository,
    name: REPO.repo,
    full_name: `${REPO.owner}/${REPO.repo}`,
    owner: { ...repository.owner, login: REPO.owner },
  };
}

export function prPayload(w: World, action: 'opened' | 'synchronize'): Record<string, unknown> {
  const example = structuredClone(
    webhooks.find((e) => e.name === 'pull_request')?.examples.find((e) => e.action === action),
  ) as Record<string, any>;
  example.number = w.pr;
  example.pull_request.number = w.pr;
  example.pull_request.base = { ...example.pull_request.base, sha: w.baseSha, ref: 'main' };
  example.pull_request.head = { ...example.pull_request.head, sha: w.headSha, ref: 'feature' };
  example.repository = asOurRepository(example.repository);
  return example;
}

/** pull_request opened from a fork: the head repository is forker's copy of REPO. */
export function forkPayload(w: World): Record<string, unknown> {
  const payload = prPayload(w, 'opened') as { pull_request: { head: { repo: Record<string, unknown> } } };
  payload.pull_request.head.repo = { ...payload.pull_request.head.repo, full_name: `forker/${REPO.repo}` };
  return payload;
}

/** merge_group checks_requested for the world's feature head against main. */
export function mergeGroupPayload(w: World): Record<string, unknown> {
  const example = structuredClone(webhooks.find((e) => e.name === 'merge_group')?.examples[0]) as Record<string, any>;
  example.merge_group = {
    ...example.merge_group,
    head_sha: w.headSha,
    base_sha: w.baseSha,
    head_ref: `refs/heads/gh-readonly-queue/main/pr-${w.pr}-${w.baseSha}`,
    base_ref: 'refs/heads/main',
  };
  example.repository = asOurRepository(example.repository);
  return example;
}

/**
 * workflow_run completed for an earlier pull_request run. GitHub lists the pull request in
 * `pull_requests` only when its head is in this repository; `fork` names the fork's owner.
 */
export function workflowRunPayload(
  w: World,
  triggering: Run,
  opts: { fork?: string; conclusion?: string; headSha?: string } = {},
): Record<string, unknown> {
  const example = structuredClone(
    webhooks.find((e) => e.name === 'workflow_run')?.examples.find((e) => e.action === 'completed'),
  ) as Record<string, any>;
  const repository = asOurRepository(example.repository);
  const headRepository = opts.fork
    ? {
        ...repository,
        full_name: `${opts.fork}/${REPO.repo}`,
        owner: { ...repository.owner, login: opts.fork },
        fork: true,
      }
    : repository;
  example.workflow_run = {
    ...example.workflow_run,
    id: triggering.runId,
    run_attempt: triggering.runAttempt,
    event: 'pull_request',
    status: 'completed',
    conclusion: opts.conclusion ?? 'success',
    head_sha: opts.headSha ?? w.headSha,
    head_branch: 'feature',
    pull_requests: opts.fork
      ? []
      : [
          {
            id: 1,
            number: w.pr,
            url: `https://api.github.com/repos/${REPO.owner}/${REPO.repo}/pulls/${w.pr}`,
            head: { ref: 'feature', sha: w.headSha, repo: { id: 1, name: REPO.repo, url: '' } },
            base: { ref: 'main', sha: w.baseSha, repo: { id: 1, name: REPO.repo, url: '' } },
          },
        ],
    repository,
    head_repository: headRepository,
  };
  example.repository = repository;
  return example;
}

export function eventPayload(
  name: 'push' | 'workflow_dispatch',
  patch: Record<string, unknown> = {},
): Record<string, unknown> {
  const example = structuredClone(webhooks.find((e) => e.name === name)?.examples[0]) as Record<string, any>;
  return {
    ...example,
    repository: { ...example.repository, name: REPO.repo, full_name: `${REPO.owner}/${REPO.repo}` },
    ...patch,
  };
}

/** The defaults the runner applies from action.yml (it does not leave that to the action). */
export async function defaultInputs(): Promise<Record<string, string>> {
  const action = parseYaml(await readFile(path.join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  return Object.fromEntries(
    Object.entries(action.inputs).map(([k, v]) => [k, v.default === '${{ github.token }}' ? TOKEN : (v.default ?? '')]),
  );
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  runId: number;
}

export type Run = ReturnType<ArtifactServiceDouble['newRun']>;

/** A fresh run attempt; `attemptOf` re-runs an earlier one (same run id, next attempt). */
export function newRun(w: World, attemptOf?: Run): Run {
  if (attemptOf)
    return service.newRun({
      runId: attemptOf.runId,
      runAttempt: attemptOf.runAttempt + 1,
      headBranch: attemptOf.headBranch,
      headSha: attemptOf.headSha,
    });
  const run = service.newRun({ runId: ++runIds, headBranch: 'feature', headSha: w.headSha });
  // The world's repository lists only its own runs' artifacts, though the service is shared.
  w.api.runs?.add(run.runId);
  return run;
}

/** Another job (or step) of the same run attempt: same backend run id, its own job id and token. */
export function sameRunOtherJob(run: Run): Run {
  return service.newRun({ ...run, workflowJobRunBackendId: randomUUID() });
}

export interface RunOptions {
  /** Run in this run attempt (another step, job or attempt of an earlier run) instead of a new run. */
  run?: Run;
  /** GITHUB_WORKSPACE and the step's working directory, when the checkout is not the workspace itself. */
  workspace?: string;
  env?: Record<string, string>;
}

export async function runAction(
  w: World,
  event: string,
  payload: Record<string, unknown>,
  inputs: Record<string, string> = {},
  ref = 'refs/heads/main',
  opts: RunOptions = {},
): Promise<ActionRun> {
  const run = opts.run ?? newRun(w);
  const runId = run.runId;
  const files = await mkdtemp(path.join(tmpdir(), 'orch-action-run-'));
  cleanups.push(() => rm(files, { recursive: true, force: true }));
  const [eventPath, outputPath, summaryPath] = ['event.json', 'output.txt', 'summary.md'].map((f) =>
    path.join(files, f),
  ) as [string, string, string];
  await writeFile(eventPath, JSON.stringify(payload));
  await writeFile(outputPath, '');
  await writeFile(summaryPath, '');
  const env: Record<string, string> = {
    ...actionsEnv({
      run,
      resultsUrl: service.url,
      apiUrl: w.api.url,
      repository: `${REPO.owner}/${REPO.repo}`,
      workspace: opts.workspace ?? w.workspace,
      eventName: event,
      ref,
    }),
    RUNNER_TEMP: files,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/root',
    ...opts.env,
  };
  for (const [name, value] of Object.entries({ ...(await defaultInputs()), ...inputs }))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const result = await runProcess(NODE24, [DIST], { cwd: opts.workspace ?? w.workspace, env, timeoutMs: 120_000 });
  return {
    code: result.code,
    stdout: result.stdout + result.stderr,
    outputs: parseOutputs(await readFile(outputPath, 'utf8')),
    summary: await readFile(summaryPath, 'utf8'),
    runId,
  };
}

export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^(.+?)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(pattern)) outputs[m[1] as string] = m[3] as string;
  return outputs;
}

export function expectNoViolations(api: GitHubApiDouble): void {
  expect(api.violations(), JSON.stringify(api.violations(), null, 2)).toEqual([]);
  expect(service.violations()).toEqual([]);
}
