import { describe, expect, it } from 'vitest';
import { readInputs, resolveMode } from '../src/action/inputs.js';
import { failureOf } from '../src/action/main.js';
import { ACTION_REMEDIES } from '../src/action/remedy.js';
import type { ValidationReport } from '../src/core/validate/types.js';
import { ArtifactNotFoundError, ConfigDirNotFoundError, UsageError, describeError } from '../src/errors/index.js';

/** Inputs as the runner gives them (unset inputs read as ''), and the warnings the parser emits. */
function inputs(values: Record<string, string>, eventName = 'push') {
  const warnings: string[] = [];
  const parsed = readInputs(eventName, {
    getInput: (name) => values[name] ?? '',
    warning: (m) => void warnings.push(m),
  });
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
      failOn: 'new-error',
      backup: '',
      runId: undefined,
      restoreTo: 'pull-request',
      baseBranch: '',
      labels: [],
      draft: false,
      reviewers: [],
      forceUpload: false,
      workingDirectory: '',
    });
  });

  it('trims, parses numbers, and clamps retention-days to 1-400 with a warning', () => {
    const { parsed, warnings } = inputs({
      'retention-days': ' 365 ',
      'run-id': '42',
      'config-dir': ' cfg ',
      labels: 'a, b\nc',
    });
    expect(parsed).toMatchObject({ retentionDays: 365, runId: 42, configDir: 'cfg', labels: ['a', 'b', 'c'] });
    expect(warnings).toEqual([]);
    expect(inputs({ 'retention-days': '500' }).warnings).toEqual(['retention-days 500 is outside 1-400; using 400']);
    expect(inputs({ 'retention-days': '0' }).parsed.retentionDays).toBe(1);
  });

  it.each([
    [{ mode: 'deploy' }, /input mode must be one of auto, pr, backup, restore, list, comment, got "deploy"/],
    [{ 'fail-on': 'sometimes' }, /input fail-on must be one of new-error, new-warning, error, warning, never/],
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
    expect(describeError(new ConfigDirNotFoundError('/w/cfg', 'missing'), ACTION_REMEDIES)).toBe(
      'config directory not found: /w/cfg: set the config-dir input',
    );
    expect(describeError(new ArtifactNotFoundError('b', 'missing', 7), ACTION_REMEDIES)).toMatch(
      /in run 7: run this action with mode list/,
    );
    expect(describeError(new ArtifactNotFoundError('b', 'no-archive'), ACTION_REMEDIES)).not.toMatch(/mode list/);
    for (const remedy of Object.values(ACTION_REMEDIES))
      if (typeof remedy === 'string') expect(remedy).not.toMatch(/--[a-z]/);
  });
});

// The sticky comment (ownership, freshness, duplicates, minimizing) is tested end to end in
// action-comments.int.test.ts against the GitHub double, which knows comment authors.
