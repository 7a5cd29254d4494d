import * as core from '@actions/core';
import { context } from '@actions/github';
import { OrchBackupError, describeError } from '../errors/index.js';
import { ACTION_REMEDIES } from './remedy.js';
import { readInputs, type FailOn } from './inputs.js';
import { commentMode } from './comment-mode.js';
import { backupMode, listMode, restoreMode } from './other-modes.js';
import { prMode, type ModeResult } from './pr-mode.js';
import { createRuntime } from './runtime.js';
import type { ValidationReport } from '../core/validate/types.js';

/** The action's edge: read inputs, run one mode, write outputs and the job summary. */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs(context.eventName);
    core.info(`orchestration-backup: ${inputs.mode} mode (${context.eventName} event)`);
    const rt = await createRuntime(inputs, process.env);
    const modes = { pr: prMode, backup: backupMode, list: listMode, restore: restoreMode, comment: commentMode } as const;
    const result: ModeResult = await modes[inputs.mode](rt);
    for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value);
    core.setOutput('summary', result.summary);
    await core.summary.addRaw(result.summary, true).write();
    const failure = result.validation && failureOf(result.validation, inputs.failOn);
    if (failure) core.setFailed(failure);
  } catch (error) {
    core.setFailed(error instanceof OrchBackupError ? describeError(error, ACTION_REMEDIES) : `${(error as Error).message ?? error}`);
    if (!(error instanceof OrchBackupError) && error instanceof Error && error.stack) core.debug(error.stack);
  }
}

/** Why the job fails for this validation under `fail-on`, or undefined when it passes. */
export function failureOf(validation: ValidationReport, failOn: FailOn): string | undefined {
  const { errors, warnings } = validation.summary;
  if (failOn === 'never') return undefined;
  if (errors > 0) return `${errors} validation error(s) in the orchestration configs (see the annotations)`;
  if (failOn === 'warning' && warnings > 0) return `${warnings} validation warning(s) in the orchestration configs (fail-on: warning)`;
  return undefined;
}

