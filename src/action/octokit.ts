import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Octokit } from './github.js';

/** Waits longer than this are not worth holding a runner for: the call fails with the reset time instead. */
const MAX_WAIT_SECONDS = 60;

/**
 * An Octokit that retries transient failures (5xx, network errors; the retry plugin leaves
 * 4xx alone) and follows GitHub's rate-limit guidance (throttling plugin: one write at a time,
 * waits for `retry-after`/`x-ratelimit-reset` when the wait is short, gives up when it is not).
 */
export function createOctokit(token: string, baseUrl: string): Octokit {
  const handler =
    (kind: string) =>
    (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      if (retryCount >= 2 || retryAfter > MAX_WAIT_SECONDS) return false;
      core.warning(`GitHub ${kind} rate limit on ${options.method} ${options.url}: retrying in ${retryAfter} s`);
      return true;
    };
  return getOctokit(
    token,
    { baseUrl, throttle: { onRateLimit: handler('primary'), onSecondaryRateLimit: handler('secondary') } },
    retry,
    throttling,
  ) as unknown as Octokit;
}
