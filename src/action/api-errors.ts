import { statusOf } from './github.js';

type ApiRefusal = 'rate-limit' | 'secondary-rate-limit' | 'fork-token' | 'missing-permission' | 'not-found';

/** What a 403/404/429 from GitHub means, and what to do about it. */
export interface ExplainedRefusal {
  kind: ApiRefusal;
  message: string;
}

function header(error: unknown, name: string): string | undefined {
  const headers = (error as { response?: { headers?: Record<string, string | number | undefined> } }).response?.headers;
  const value = headers?.[name];
  return value === undefined ? undefined : String(value);
}

/**
 * Tells apart the refusals that look alike (all 403): a rate limit (x-ratelimit-remaining: 0 or
 * GitHub's "secondary rate limit" message), the read-only token of a pull request from a fork,
 * and a workflow that did not grant the permission. `permission` is what the call needed, e.g.
 * `pull-requests: write`. Undefined for other errors.
 */
export function explainRefusal(
  error: unknown,
  what: string,
  permission: string,
  fork: boolean,
): ExplainedRefusal | undefined {
  const status = statusOf(error);
  if (status !== 403 && status !== 404 && status !== 429) return undefined;
  const message = error instanceof Error ? error.message : String(error);
  if (/secondary rate limit/i.test(message)) {
    const after = header(error, 'retry-after');
    return {
      kind: 'secondary-rate-limit',
      message: `Could not ${what}: GitHub's secondary rate limit (too many requests at once${after ? `; retry after ${after} s` : ''}). Re-run the job later, and avoid many jobs writing at the same moment.`,
    };
  }
  if (header(error, 'x-ratelimit-remaining') === '0') {
    const reset = Number(header(error, 'x-ratelimit-reset'));
    const when = Number.isFinite(reset) && reset > 0 ? ` at ${new Date(reset * 1000).toISOString()}` : '';
    return {
      kind: 'rate-limit',
      message: `Could not ${what}: the token's API rate limit is used up (it resets${when || ' within the hour'}). Re-run the job after that, or use a token with its own limit (a GitHub App token).`,
    };
  }
  if (fork) {
    return {
      kind: 'fork-token',
      message: `Could not ${what}: pull requests from forks get a read-only token under pull_request. The report is in the job summary; to comment on fork pull requests, add the workflow_run workflow (docs/ACTION.md, "Pull requests from forks").`,
    };
  }
  if (status === 404)
    return {
      kind: 'not-found',
      message: `Could not ${what}: GitHub answered 404 (${message}). The token may not see this repository or the pull request is gone.`,
    };
  return {
    kind: 'missing-permission',
    message: `Could not ${what}: the token lacks \`${permission}\` (${message}). Add \`${permission}\` under \`permissions:\` in the workflow (job or top level).`,
  };
}
