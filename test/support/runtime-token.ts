// ACTIONS_RUNTIME_TOKEN and the rest of a job's environment, as the runner provides them.
// @actions/artifact decodes the token without verifying it (jwt-decode) and reads the backend ids from
// its `scp` claim: the space-separated scope `Actions.Results:<workflowRunBackendId>:<workflowJobRunBackendId>`.
// The artifact service double does verify it (HS256 with a per-process secret), as the real service does.
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { RunAttempt } from './artifact-store.js';

const SECRET = randomBytes(32);
const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

export interface RuntimeClaims {
  scp: string;
  iss: string;
  aud: string;
  nbf: number;
  exp: number;
  [claim: string]: unknown;
}

/** A new run attempt with fresh backend ids, like the ones the runner's token carries. */
export function newRunAttempt(init: Partial<RunAttempt> & { runId: number }): RunAttempt {
  return {
    runAttempt: 1,
    workflowRunBackendId: randomUUID(),
    workflowJobRunBackendId: randomUUID(),
    headBranch: 'main',
    headSha: '0'.repeat(40),
    ...init,
  };
}

export function runtimeToken(run: RunAttempt, opts: { ttlSeconds?: number; extraScopes?: string[] } = {}): string {
  const now = Math.floor(Date.now() / 1000);
  const claims: RuntimeClaims = {
    // The real token carries other scopes too; the client must pick the Actions.Results one out.
    scp: [
      'Actions.GenericRead:00000000-0000-0000-0000-000000000000',
      `Actions.Results:${run.workflowRunBackendId}:${run.workflowJobRunBackendId}`,
      ...(opts.extraScopes ?? []),
    ].join(' '),
    iss: 'vstoken.actions.githubusercontent.com',
    aud: 'vstoken.actions.githubusercontent.com',
    nbf: now - 60,
    exp: now + (opts.ttlSeconds ?? 6 * 3600),
  };
  const head = `${b64url(JSON.stringify({ typ: 'JWT', alg: 'HS256' }))}.${b64url(JSON.stringify(claims))}`;
  return `${head}.${b64url(createHmac('sha256', SECRET).update(head).digest())}`;
}

/** The claims of a token this module issued and that is currently valid; undefined otherwise. */
export function verifyRuntimeToken(token: string): RuntimeClaims | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const expected = createHmac('sha256', SECRET).update(`${parts[0]}.${parts[1]}`).digest();
  const given = Buffer.from(parts[2]!, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  const claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString()) as RuntimeClaims;
  const now = Date.now() / 1000;
  return claims.nbf <= now && now < claims.exp ? claims : undefined;
}

/** The `Actions.Results` backend ids a token grants, as @actions/artifact's getBackendIdsFromToken reads them. */
export function resultsScope(
  claims: RuntimeClaims,
): { workflowRunBackendId: string; workflowJobRunBackendId: string } | undefined {
  for (const scope of claims.scp.split(' ')) {
    const [kind, run, job, ...rest] = scope.split(':');
    if (kind === 'Actions.Results' && run && job && rest.length === 0)
      return { workflowRunBackendId: run, workflowJobRunBackendId: job };
  }
  return undefined;
}

export interface ActionsEnvOptions {
  run: RunAttempt;
  /** The artifact service double's base URL (ACTIONS_RESULTS_URL). */
  resultsUrl: string;
  /** The GitHub API double's base URL (GITHUB_API_URL). */
  apiUrl: string;
  repository: string;
  workspace: string;
  token?: string;
  retentionDays?: number;
  eventName?: string;
  ref?: string;
}

/**
 * The variables a job step sees that @actions/artifact, @actions/github and @actions/core read.
 * GITHUB_SERVER_URL stays https://github.com: the artifact client refuses any other host as GHES.
 * @actions/github reads GITHUB_API_URL and the context variables when it is first imported, so
 * these must be in process.env before that import (or passed to a child process).
 */
export function actionsEnv(o: ActionsEnvOptions): Record<string, string> {
  const [owner] = o.repository.split('/');
  return {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    ACTIONS_RUNTIME_TOKEN: o.token ?? runtimeToken(o.run),
    ACTIONS_RESULTS_URL: o.resultsUrl.endsWith('/') ? o.resultsUrl : `${o.resultsUrl}/`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: o.apiUrl,
    GITHUB_GRAPHQL_URL: `${o.apiUrl}/graphql`,
    GITHUB_REPOSITORY: o.repository,
    GITHUB_REPOSITORY_OWNER: owner ?? '',
    GITHUB_RUN_ID: String(o.run.runId),
    GITHUB_RUN_ATTEMPT: String(o.run.runAttempt),
    GITHUB_RUN_NUMBER: '1',
    GITHUB_WORKFLOW: 'backup',
    GITHUB_JOB: 'backup',
    GITHUB_ACTOR: 'octocat',
    GITHUB_EVENT_NAME: o.eventName ?? 'push',
    GITHUB_SHA: o.run.headSha,
    GITHUB_REF: o.ref ?? `refs/heads/${o.run.headBranch}`,
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_RETENTION_DAYS: String(o.retentionDays ?? 90),
    RUNNER_TEMP: o.workspace,
    ...OUTSIDE_TRAFFIC_GUARD,
  };
}

/**
 * A dead loopback proxy for everything but loopback: a request that escaped the doubles (a base URL
 * fixed before GITHUB_API_URL was set, a host the doubles do not cover) fails at once with
 * ECONNREFUSED instead of leaving the machine. @actions/http-client and undici-based octokit honour
 * it and bypass loopback themselves; the Azure SDK needs NO_PROXY for Azurite.
 */
export const OUTSIDE_TRAFFIC_GUARD: Record<string, string> = {
  https_proxy: 'http://127.0.0.1:9',
  HTTPS_PROXY: 'http://127.0.0.1:9',
  http_proxy: 'http://127.0.0.1:9',
  HTTP_PROXY: 'http://127.0.0.1:9',
  no_proxy: '127.0.0.1,localhost',
  NO_PROXY: '127.0.0.1,localhost',
};
