import type { RestorePlan, RestoreResult, RecoveryReport } from '../core/restore/restore.js';
import { describeErrno } from '../errors/index.js';
import { heading, plural, type RenderContext } from './format.js';
import { location } from './text.js';
import { escapeControls } from './terminal.js';
import { FORMATTING_ONLY } from '../core/diff/formatting.js';
import { LEFT_OUT_WORDS } from '../core/config/select.js';

/** The plan, as shown before "Proceed with restore? [y/N]". */
export function renderRestorePlan(plan: RestorePlan, changes: string, ctx: RenderContext): string {
  const { colors: c } = ctx;
  const lines = [heading('Configuration Restore'), `🔄 Restoring from: ${c.bold(plan.backup)}`];
  if (plan.paths) lines.push(`📄 Only: ${plan.paths.map(escapeControls).join(', ')} (no other file is touched)`);
  lines.push('');
  if (plan.identical) {
    lines.push(
      plan.paths
        ? `✅ Nothing to restore: ${plural(plan.paths.length, 'file')} already match ${plan.backup}.`
        : `✅ Nothing to restore: the configuration already matches ${plan.backup}.`,
    );
    return `${lines.join('\n')}\n`;
  }
  lines.push(changes.trimEnd(), '');
  const fileLine = (label: string, files: string[]): string | undefined =>
    files.length ? `  ${label}: ${files.join(', ')}` : undefined;
  const formatting = new Set(plan.formattingOnly);
  const overwrite = plan.overwrite.map((p) => (formatting.has(p) ? `${p} (${FORMATTING_ONLY})` : p));
  const files = [
    fileLine('overwrite', overwrite),
    fileLine('add', plan.add),
    fileLine('remove', plan.remove),
    fileLine('keep (--keep-extra)', plan.keep),
    fileLine(
      'left alone',
      plan.leftAlone.map((f) => `${f.path} (${LEFT_OUT_WORDS[f.reason]})`),
    ),
  ].filter((l): l is string => l !== undefined);
  lines.push('Files:', ...files, `  unchanged: ${plan.unchanged.length}`, '');
  const { errors, warnings } = plan.validation.summary;
  if (errors > 0) {
    lines.push(
      c.red(
        plan.paths
          ? `❌ The config after this restore would have ${plural(errors, 'validation error')}:`
          : `❌ The backup's content has ${plural(errors, 'validation error')}:`,
      ),
    );
    for (const d of plan.validation.diagnostics.filter((x) => x.severity === 'error').slice(0, 10))
      lines.push(`  ${location(d)}  ${d.message}`);
    lines.push('');
  } else if (warnings > 0) {
    lines.push(
      plan.paths
        ? `📋 Validation of the config after this restore: ${plural(warnings, 'warning')}`
        : `📋 Backup validation: ${plural(warnings, 'warning')} (orch-backup validate --backup ${plan.backup})`,
      '',
    );
  }
  lines.push(
    c.yellow(
      plan.paths
        ? `⚠️  Warning: This will overwrite ${plural(plan.paths.length, 'file')} of the current configuration`
        : '⚠️  Warning: This will overwrite current configuration',
    ),
    '',
  );
  return `${lines.join('\n')}\n`;
}

export function renderRestoreResult(result: RestoreResult, ctx: RenderContext): string {
  const { colors: c } = ctx;
  if (result.identical) return '';
  const lines: string[] = [];
  const undo = result.safetyBackup
    ? `↩️  To undo: orch-backup restore ${result.safetyBackup}`
    : '↩️  The config was empty before; nothing to undo to';
  if (result.rolledBack) {
    lines.push(c.red('❌ The restored configuration did not validate, so it was rolled back:'));
    for (const d of result.validation.diagnostics.filter((x) => x.severity === 'error').slice(0, 10))
      lines.push(`  ${location(d)}  ${d.message}`);
    lines.push(
      `↩️  Rolled back to the safety backup: ${result.safetyBackup ?? '(empty config)'}`,
      '   Pass --force to keep an invalid restore.',
    );
    return `${lines.join('\n')}\n`;
  }
  lines.push(c.green('✅ Configuration restored successfully!'));
  const { errors, warnings } = result.validation.summary;
  lines.push(
    errors > 0
      ? c.red(`📋 Validation: ❌ ${plural(errors, 'error')} (kept because of --force)`)
      : warnings > 0
        ? `📋 Validation: ⚠️ ${plural(warnings, 'warning')} (run: orch-backup validate)`
        : '📋 Validation: All configurations valid',
  );
  if (result.safetyBackup) lines.push(`📦 Safety backup created: ${result.safetyBackup}`);
  lines.push(undo);
  return `${lines.join('\n')}\n`;
}

export function renderRecovery(report: RecoveryReport): string {
  if (report.outcome === 'rejected')
    return `orch-backup: warning: ${report.rejected?.message ?? 'ignored a restore journal this store did not write'}\n`;
  if (report.outcome === 'discarded') {
    return `orch-backup: an interrupted restore of ${report.backup} was rolled back before it changed anything: the config is as it was\n`;
  }
  const why = report.abandoned
    ? ` (${report.abandoned.direction === 'finish' ? 'finishing' : 'rolling back'} failed at ${JSON.stringify(report.abandoned.path)}: ${describeErrno(report.abandoned.errno)})`
    : '';
  if (report.outcome === 'rolled-back') {
    if (report.abandoned)
      return `orch-backup: an interrupted restore of ${report.backup} could not be finished${why}, so it was rolled back: the config is as it was before\n`;
    return report.wasRollingBack
      ? `orch-backup: an interrupted rollback was completed: the config is back to its state before the restore of ${report.backup}\n`
      : `orch-backup: an interrupted restore of ${report.backup} was rolled back: the config is as it was before\n`;
  }
  return `orch-backup: an interrupted restore of ${report.backup} was completed${why}: the config now matches ${report.backup}${report.safetyBackup ? ` (undo: orch-backup restore ${report.safetyBackup})` : ''}\n`;
}
