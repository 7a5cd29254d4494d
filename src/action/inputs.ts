import * as core from '@actions/core';
import { UsageError } from '../errors/index.js';

export type Mode = 'pr' | 'backup' | 'restore' | 'list' | 'comment';
/** `new-*`: only what the pull request introduces; `error`/`warning`: anything in the head. */
export type FailOn = 'new-error' | 'new-warning' | 'error' | 'warning' | 'never';

/** Every input, parsed and checked once; the rest of the action never calls getInput. */
export interface ActionInputs {
  mode: Mode;
  configDir: string;
  token: string;
  comment: 'update' | 'new' | 'off';
  commentHeader: string;
  retentionDays: number | undefined;
  artifactName: string;
  failOn: FailOn;
  backup: string;
  runId: number | undefined;
  restoreTo: 'pull-request' | 'workspace';
  /** restore: the branch the restore pull request targets; '' means the dispatching branch. */
  baseBranch: string;
  labels: string[];
  draft: boolean;
  reviewers: string[];
  /** backup: upload even when the content equals the newest backup artifact. */
  forceUpload: boolean;
  /** The directory config-dir is relative to, inside the workspace ('' = the workspace). */
  workingDirectory: string;
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'merge_group']);
const BACKUP_EVENTS = new Set(['push', 'schedule']);

/** How the inputs are read: the runner's by default; tests pass their own. */
export interface InputSource {
  getInput: (name: string) => string;
  warning: (message: string) => void;
}

const RUNNER: InputSource = { getInput: (name) => core.getInput(name), warning: (message) => core.warning(message) };

export function readInputs(eventName: string, source: InputSource = RUNNER): ActionInputs {
  const input = (name: string): string => source.getInput(name).trim();
  const backup = input('backup');
  const mode = resolveMode(
    oneOf('mode', input('mode') || 'auto', ['auto', 'pr', 'backup', 'restore', 'list', 'comment']),
    eventName,
    backup,
  );
  const runId = input('run-id');
  if (runId && !/^\d+$/.test(runId))
    throw new UsageError(`input run-id must be a workflow run id (digits), got ${JSON.stringify(runId)}`);
  if (mode === 'restore' && !backup)
    throw new UsageError(
      'restore mode needs the backup input: the name of the backup artifact to restore (see the list mode)',
    );
  return {
    mode,
    configDir: input('config-dir') || '.claude/orchestration',
    token: input('github-token'),
    comment: oneOf('comment', input('comment') || 'update', ['update', 'new', 'off']),
    commentHeader: input('comment-header'),
    retentionDays: retention(input('retention-days'), source.warning),
    artifactName: input('artifact-name'),
    failOn: oneOf('fail-on', input('fail-on') || 'new-error', [
      'new-error',
      'new-warning',
      'error',
      'warning',
      'never',
    ]),
    backup,
    runId: runId ? Number(runId) : undefined,
    restoreTo: oneOf('restore-to', input('restore-to') || 'pull-request', ['pull-request', 'workspace']),
    baseBranch: input('base-branch'),
    labels: list(input('labels')),
    draft: oneOf('draft', input('draft') || 'false', ['true', 'false']) === 'true',
    reviewers: list(input('reviewers')),
    forceUpload: oneOf('force-upload', input('force-upload') || 'false', ['true', 'false']) === 'true',
    workingDirectory: input('working-directory'),
  };
}

export function resolveMode(mode: Mode | 'auto', eventName: string, backup: string): Mode {
  if (mode !== 'auto') return mode;
  if (PR_EVENTS.has(eventName)) return 'pr';
  if (BACKUP_EVENTS.has(eventName)) return 'backup';
  if (eventName === 'workflow_dispatch') return backup ? 'restore' : 'list';
  if (eventName === 'workflow_run') return 'comment';
  throw new UsageError(
    `mode auto does not know what to do on ${JSON.stringify(eventName)} events: set the mode input (pr, backup, restore, list or comment)`,
  );
}

/**
 * 1–400 days, GitHub's outer bounds (400 for private repositories); outside that it is clamped
 * with a warning. The artifact toolkit then cuts it to the repository's own maximum
 * (GITHUB_RETENTION_DAYS), which it knows and this action does not.
 */
function retention(value: string, warning: (message: string) => void): number | undefined {
  if (value === '') return undefined;
  const days = Number(value);
  if (!Number.isInteger(days))
    throw new UsageError(`input retention-days must be a whole number of days (1-400), got ${JSON.stringify(value)}`);
  const clamped = Math.min(400, Math.max(1, days));
  if (clamped !== days) warning(`retention-days ${days} is outside 1-400; using ${clamped}`);
  return clamped;
}

/** Comma- or newline-separated, as actions/labeler and peter-evans/create-pull-request take lists. */
function list(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`input ${name} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
}
