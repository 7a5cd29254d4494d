import { describe, expect, it } from 'vitest';
import { upsertStickyComment, type Octokit } from '../src/action/github.js';
import { readInputs, resolveMode } from '../src/action/inputs.js';
import { failureOf } from '../src/action/main.js';
import { ACTION_REMEDIES } from '../src/action/remedy.js';
import type { ValidationReport } from '../src/core/validate/types.js';
import { ArtifactNotFoundError, ConfigDirNotFoundError, UsageError, describeError } from '../src/errors/index.js';

/** Inputs as the runner gives them (unset inputs read as ''), and the warnings the parser emits. */
function inputs(values: Record<string, string>, eventName = 'push') {
  const warnings: string[] = [];
  const parsed = readInputs(eventName, { getInput: (name) => values[name] ?? '', warning: (m) => void warnings.push(m) });
  return { parsed, warnings };
}

describe('action inputs', () => {
  it('defaults every input the way action.yml documents it', () => {
    expect(inputs({}).parsed).toEqual({
      mode: 'backup',
      configDir: '.claude/orchestration',
      token: '',
      comment: 'update',
      commentHeader: '',
      retentionDays: undefined,
      artifactName: '',
      failOn: 'error',
      backup: '',
      runId: undefined,
      restoreTo: 'pull-request',
    });
  });

  it('trims, parses numbers, and clamps retention-days to 1-90 with a warning', () => {
    const { parsed, warnings } = inputs({ 'retention-days': ' 365 ', 'run-id': '42', 'config-dir': ' cfg ' });
    expect(parsed).toMatchObject({ retentionDays: 90, runId: 42, configDir: 'cfg' });
    expect(warnings).toEqual(['retention-days 365 is outside 1-90; using 90']);
    expect(inputs({ 'retention-days': '0' }).parsed.retentionDays).toBe(1);
  });

  it.each([
    [{ mode: 'deploy' }, /input mode must be one of auto, pr, backup, restore, list, got "deploy"/],
    [{ 'fail-on': 'sometimes' }, /input fail-on must be one of error, warning, never/],
    [{ 'retention-days': '7.5' }, /retention-days must be a whole number/],
    [{ 'run-id': '12a' }, /run-id must be a workflow run id/],
    [{ mode: 'restore' }, /restore mode needs the backup input/],
  ])('refuses %j as a usage error', (values, message) => {
    expect(() => inputs(values)).toThrow(UsageError);
    expect(() => inputs(values)).toThrow(message);
  });
});

describe('action mode choice', () => {
  it.each([
    ['pull_request', '', 'pr'],
    ['pull_request_target', '', 'pr'],
    ['push', '', 'backup'],
    ['schedule', '', 'backup'],
    ['workflow_dispatch', '', 'list'],
    ['workflow_dispatch', 'orch-backup-pr3-1-1', 'restore'],
  ])('auto on %s (backup %j) is %s', (event, backup, mode) => {
    expect(resolveMode('auto', event, backup)).toBe(mode);
  });

  it('an explicit mode wins; auto on an unknown event is a usage error naming the input', () => {
    expect(resolveMode('list', 'pull_request', '')).toBe('list');
    expect(() => resolveMode('auto', 'issues', '')).toThrow(/set the mode input/);
  });
});

describe('action failure decision', () => {
  const report = (errors: number, warnings: number): ValidationReport => ({
    status: errors ? 'invalid' : warnings ? 'needs-attention' : 'valid',
    valid: errors === 0,
    files: [],
    diagnostics: [],
    summary: { errors, warnings, info: 0 },
  });

  it.each([
    [0, 0, 'error', undefined],
    [0, 3, 'error', undefined],
    [2, 0, 'error', /2 validation error\(s\)/],
    [0, 3, 'warning', /3 validation warning\(s\).*fail-on: warning/],
    [2, 3, 'warning', /2 validation error\(s\)/],
    [2, 3, 'never', undefined],
  ] as const)('%i error(s), %i warning(s), fail-on %s', (errors, warnings, failOn, expected) => {
    const failure = failureOf({ validation: report(errors, warnings) }, failOn);
    if (expected === undefined) expect(failure).toBeUndefined();
    else expect(failure).toMatch(expected);
  });

  it('words remedies as inputs and modes, never as CLI flags', () => {
    expect(describeError(new ConfigDirNotFoundError('/w/cfg', 'missing'), ACTION_REMEDIES)).toBe('config directory not found: /w/cfg: set the config-dir input');
    expect(describeError(new ArtifactNotFoundError('b', 'missing', 7), ACTION_REMEDIES)).toMatch(/in run 7: run this action with mode list/);
    expect(describeError(new ArtifactNotFoundError('b', 'no-archive'), ACTION_REMEDIES)).not.toMatch(/mode list/);
    for (const remedy of Object.values(ACTION_REMEDIES)) if (typeof remedy === 'string') expect(remedy).not.toMatch(/--[a-z]/);
  });
});

/** An in-memory issue with the few comment endpoints upsertStickyComment uses. */
function commentsApi(initial: { id: number; body: string }[]) {
  const comments = [...initial];
  const calls: string[] = [];
  let next = 100;
  const octokit = {
    paginate: async (_route: unknown, _params: unknown) => comments.map((c) => ({ ...c })),
    rest: {
      issues: {
        listComments: {},
        createComment: async ({ body }: { body: string }) => {
          const id = next++;
          comments.push({ id, body });
          calls.push(`create ${id}`);
          return { data: { id, html_url: `https://x/c/${id}` } };
        },
        updateComment: async ({ comment_id, body }: { comment_id: number; body: string }) => {
          const at = comments.findIndex((c) => c.id === comment_id);
          comments[at] = { id: comment_id, body };
          calls.push(`update ${comment_id}`);
          return { data: { id: comment_id, html_url: `https://x/c/${comment_id}` } };
        },
        deleteComment: async ({ comment_id }: { comment_id: number }) => {
          comments.splice(comments.findIndex((c) => c.id === comment_id), 1);
          calls.push(`delete ${comment_id}`);
          return { data: undefined };
        },
      },
    },
  };
  return { octokit: octokit as unknown as Octokit, comments, calls };
}

describe('the sticky pull request comment', () => {
  const repo = { owner: 'o', repo: 'r' };
  const marker = '<!-- orch-backup -->';

  it('edits the oldest comment with the marker in place and deletes the duplicates a race left', async () => {
    const api = commentsApi([
      { id: 5, body: 'unrelated' },
      { id: 9, body: `${marker} second` },
      { id: 7, body: `${marker} first` },
    ]);
    const result = await upsertStickyComment(api.octokit, repo, 1, marker, `${marker} new`, 'update', false);
    expect(result).toEqual({ id: 7, url: 'https://x/c/7' });
    expect(api.calls).toEqual(['delete 9', 'update 7']);
    expect(api.comments).toEqual([
      { id: 5, body: 'unrelated' },
      { id: 7, body: `${marker} new` },
    ]);
  });

  it('creates one when none has the marker, unless only an existing one may be edited', async () => {
    const none = commentsApi([{ id: 5, body: 'unrelated' }]);
    expect(await upsertStickyComment(none.octokit, repo, 1, marker, 'body', 'update', true)).toBeUndefined();
    expect(none.calls).toEqual([]);
    expect(await upsertStickyComment(none.octokit, repo, 1, marker, 'body', 'update', false)).toEqual({ id: 100, url: 'https://x/c/100' });
  });

  it('comment: new always adds a comment and leaves the old ones', async () => {
    const api = commentsApi([{ id: 7, body: `${marker} old` }]);
    await upsertStickyComment(api.octokit, repo, 1, marker, `${marker} again`, 'new', false);
    expect(api.calls).toEqual(['create 100']);
    expect(api.comments).toHaveLength(2);
  });
});
