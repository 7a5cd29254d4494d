import { planRestore, restoreBackup } from '../core/restore/restore.js';
import { recoverInterruptedRestore } from '../core/restore/recover.js';
import { assertValidName } from '../core/store/names.js';
import { ConfirmationRequiredError, ExitCode, UsageError } from '../errors/index.js';
import { renderRecovery, renderRestorePlan, renderRestoreResult } from '../render/restore.js';
import type { CommandOutput } from './commands.js';
import type { GlobalOptions } from './options.js';
import { confirm } from './prompt.js';
import { describeChanges } from './changes.js';
import { stoppableByCtrlC } from './interrupt.js';
import { rawStderr, withProgress } from './progress.js';

export interface RestoreFlags {
  dryRun?: boolean;
  keepExtra?: boolean;
  force?: boolean;
  /** Restore only these paths (`restore <name> [path…]`). */
  paths?: string[];
}

export async function restoreCommand(
  opts: GlobalOptions,
  name: string,
  flags: RestoreFlags,
  say: (text: string) => void,
): Promise<CommandOutput> {
  assertValidName(name);
  const options = {
    configDir: opts.configDir,
    backupDir: opts.backupDir,
    settings: opts.settings,
    settingsFile: opts.settingsPath,
    lockTimeoutMs: opts.lockTimeoutMs,
    keepExtra: flags.keepExtra ?? false,
    force: flags.force ?? false,
    faults: opts.faults,
    ...(flags.paths && flags.paths.length > 0 ? { paths: flags.paths } : {}),
  };
  const plan = await planRestore(name, options);
  // A partial restore is described as the whole config after it: the other files stay as they are.
  const selected = new Set(plan.paths ?? []);
  const after = plan.paths
    ? [...plan.currentFiles.filter((f) => !selected.has(f.path)), ...plan.backupFiles]
    : plan.backupFiles;
  const planText = renderRestorePlan(
    plan,
    await describeChanges(plan.currentFiles, { manifest: plan.manifest, files: after }, opts),
    opts.render,
  );
  const planJson = {
    restored: name,
    paths: plan.paths,
    dryRun: flags.dryRun ?? false,
    identical: plan.identical,
    changed: plan.overwrite,
    added: plan.add,
    removed: plan.remove,
    kept: plan.keep,
    formattingOnly: plan.formattingOnly,
    leftAlone: plan.leftAlone,
    validation: plan.validation,
  };

  if (plan.identical || flags.dryRun) {
    const note = flags.dryRun && !plan.identical ? 'Dry run: nothing was changed.\n' : '';
    return {
      human: planText + note,
      json: { ...planJson, safetyBackup: null, rolledBack: false },
      exitCode: ExitCode.ok,
    };
  }
  if (!opts.yes) {
    if (!opts.interactive) throw new ConfirmationRequiredError('restore');
    if (!opts.json) say(planText);
    if (!(await confirm('Proceed with restore?'))) {
      return {
        human: 'Restore cancelled; nothing was changed.\n',
        json: { ...planJson, cancelled: true },
        exitCode: ExitCode.usage,
      };
    }
  }
  const result = await stoppableByCtrlC((signal) =>
    withProgress(opts, rawStderr, (onProgress) => restoreBackup(plan, { ...options, signal, onProgress })),
  );
  return {
    human: (opts.yes ? planText : '') + renderRestoreResult(result, opts.render),
    json: {
      restored: result.restored,
      paths: plan.paths,
      safetyBackup: result.safetyBackup,
      changed: result.changed,
      added: result.added,
      removed: result.removed,
      validation: result.validation,
      rolledBack: result.rolledBack,
    },
    exitCode: result.rolledBack ? ExitCode.failed : ExitCode.ok,
  };
}

export interface RecoverFlags {
  rollback?: boolean;
  finish?: boolean;
}

/** `orch-backup recover [--rollback|--finish]`: ends an interrupted restore the way the user chose. */
export async function recoverCommand(opts: GlobalOptions, flags: RecoverFlags): Promise<CommandOutput> {
  if (flags.rollback && flags.finish) throw new UsageError('choose one of --rollback and --finish');
  const choice = flags.rollback ? 'rollback' : flags.finish ? 'finish' : 'auto';
  const report = await recoverInterruptedRestore({
    backupDir: opts.backupDir,
    lockTimeoutMs: opts.lockTimeoutMs,
    faults: opts.faults,
    choice,
  });
  if (!report)
    return { human: 'No interrupted restore: nothing to do.\n', json: { recovered: false }, exitCode: ExitCode.ok };
  return {
    human: renderRecovery(report).replace(/^orch-backup: /, ''),
    json: {
      recovered: report.outcome !== 'rejected',
      outcome: report.outcome,
      backup: report.backup || null,
      safetyBackup: report.safetyBackup,
      ...(report.rejected ? { rejected: report.rejected.toJSON() } : {}),
    },
    exitCode: ExitCode.ok,
  };
}
