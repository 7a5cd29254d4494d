import { UsageError } from '../errors/index.js';

/** The two commits a check compares, and the pull request it may comment on. */
export interface CheckedChange {
  event: string;
  /** Absent for a merge group: there is no pull request to comment on. */
  number?: number;
  base: { sha: string; ref: string };
  head: { sha: string; ref: string };
  /** The head lives in another repository: the token is read-only under pull_request. */
  fromFork: boolean;
  /** The workspace holds the base, not the head (pull_request_target). */
  headNotCheckedOut: boolean;
}

interface PullRequestPayload {
  number: number;
  base: { sha: string; ref: string; repo?: { full_name?: string } };
  head: { sha: string; ref: string; repo?: { full_name?: string } | null };
}

/**
 * The change a `pr`-mode run checks, from the event's payload: a pull request
 * (pull_request, pull_request_target, pull_request_review) or a merge queue's merge group,
 * whose head is the would-be merge commit and whose base is the target branch's tip.
 */
export function checkedChange(eventName: string, payload: Record<string, unknown>): CheckedChange {
  if (eventName === 'merge_group') {
    const group = payload.merge_group as
      | { head_sha: string; head_ref: string; base_sha: string; base_ref: string }
      | undefined;
    if (!group) throw new UsageError('the merge_group event has no merge_group in its payload');
    const short = (ref: string) => ref.replace(/^refs\/heads\//, '');
    return {
      event: eventName,
      base: { sha: group.base_sha, ref: short(group.base_ref) },
      head: { sha: group.head_sha, ref: short(group.head_ref) },
      fromFork: false,
      headNotCheckedOut: false,
    };
  }
  const pr = payload.pull_request as PullRequestPayload | undefined;
  if (!pr)
    throw new UsageError(
      `pr mode needs a pull_request, pull_request_target, pull_request_review or merge_group event; ${JSON.stringify(eventName)} has no pull request`,
    );
  const baseRepo = pr.base.repo?.full_name;
  const headRepo = pr.head.repo?.full_name;
  return {
    event: eventName,
    number: pr.number,
    base: { sha: pr.base.sha, ref: pr.base.ref },
    head: { sha: pr.head.sha, ref: pr.head.ref },
    // A deleted fork leaves the head without a repository: still a fork's pull request.
    fromFork: pr.head.repo === null || (headRepo !== undefined && baseRepo !== undefined && headRepo !== baseRepo),
    headNotCheckedOut: eventName === 'pull_request_target',
  };
}

/** What a workflow_run event says about the run that triggered it (GitHub's word, not the run's). */
export interface TriggeringRun {
  id: number;
  attempt: number;
  event: string;
  conclusion: string | null;
  headSha: string;
  /** owner/name of the repository the head commit is in (a fork's for fork pull requests). */
  headRepository: string;
  /** Pull requests GitHub links to the run; empty for pull requests from forks. */
  pullRequests: number[];
}

export function triggeringRun(payload: Record<string, unknown>): TriggeringRun {
  const run = payload.workflow_run as
    | {
        id: number;
        run_attempt?: number;
        event: string;
        conclusion: string | null;
        head_sha: string;
        head_repository?: { full_name?: string };
        pull_requests?: { number: number }[];
      }
    | undefined;
  if (!run) throw new UsageError('comment mode runs on workflow_run events; this payload has no workflow_run');
  return {
    id: run.id,
    attempt: run.run_attempt ?? 1,
    event: run.event,
    conclusion: run.conclusion,
    headSha: run.head_sha,
    headRepository: run.head_repository?.full_name ?? '',
    pullRequests: (run.pull_requests ?? []).map((p) => p.number),
  };
}
