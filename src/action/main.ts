import * as core from '@actions/core';
import { context } from '@actions/github';
import { OrchBackupError, describeError } from '../errors/index.js';
import { redactString } from '../core/diff/secret-keys.js';
import { ACTION_REMEDIES } from './remedy.js';
import { readInputs, type FailOn } from './inputs.js';
import { commentMode } from './comment-mode.js';
import { backupMode, listMode, restoreMode } from './other-modes.js';
import { prMode, type ModeResult } from './pr-mode.js';
import { createRuntime } from './runtime.js';
import { verdictHeadline } from '../render/verdict.js';

/** The action's edge: read inputs, run one mode, write outputs and the job summary. */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs(context.eventName);
    core.info(`orchestration-backup: ${inputs.mode} mode (${context.eventName} event)`);
    const rt = await createRuntime(inputs, process.env);
    const modes = {
      pr: prMode,
      backup: backupMode,
      list: listMode,
      restore: restoreMode,
      comment: commentMode,
    } as const;
    const result: ModeResult = await modes[inputs.mode](rt);
    for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value);
    core.setOutput('summary', result.summary);
    await core.summary.addRaw(result.summary, true).write();
    const failure = failureOf(result, inputs.failOn);
    if (failure) core.setFailed(failure);
  } catch (error) {
    // A message may quote what git or the API said: credentials in it are masked like in any output.
    core.setFailed(
      error instanceof OrchBackupError
        ? describeError(error, ACTION_REMEDIES)
        : redactString(`${(error as Error).message ?? error}`),
    );
    if (!(error instanceof OrchBackupError) && error instanceof Error && error.stack) core.debug(error.stack);
  }
}

/** Why the job fails under `fail-on`, or undefined when it passes. */
export function failureOf(result: Pick<ModeResult, 'judgement' | 'validation'>, failOn: FailOn): string | undefined {
  if (failOn === 'never') return undefined;
  const { judgement, validation } = result;
  if (judgement && (failOn === 'new-error' || failOn === 'new-warning')) {
    if (judgement.verdict === 'pass') return undefined;
    const head = verdictHeadline(judgement);
    return `${head.text} (fail-on: ${failOn}; see the annotations and the job summary)`;
  }
  if (!validation) return undefined;
  const { errors, warnings } = validation.summary;
  // A reference the change broke is an error in the judgement even where validation calls it a warning.
  const brokenNow = judgement
    ? judgement.new.filter((d) => d.severity === 'error' && !validation.diagnostics.includes(d)).length
    : 0;
  if (errors + brokenNow > 0)
    return `${errors + brokenNow} validation error(s) in the orchestration configs (see the annotations)`;
  if ((failOn === 'warning' || failOn === 'new-warning') && warnings > 0)
    return `${warnings} validation warning(s) in the orchestration configs (fail-on: ${failOn})`;
  return undefined;
}
