import type { CleanPlan } from '../core/retention/clean.js';
import type { ExportBackupResult } from '../core/archive/export.js';
import type { Manifest } from '../core/store/manifest.js';
import type { ValidationReport } from '../core/validate/types.js';
import type { UnlockResult } from '../core/store/unlock.js';
import { describeLockHolder } from '../errors/index.js';
import { formatAge, formatSize, heading, plural, type RenderContext } from './format.js';

export function renderCleanPlan(plan: CleanPlan, policy: string, source: string, ctx: RenderContext): string {
  const { colors: c } = ctx;
  const age = (iso: string): string => formatAge(new Date(iso), ctx.now);
  const lines = [heading('Backup Cleanup'), `Policy (${source}): ${policy}`, ''];
  if (plan.keep.length + plan.remove.length === 0) lines.push('No backups.');
  if (plan.keep.length > 0) {
    lines.push(`Keeping ${plural(plan.keep.length, 'backup')}:`);
    const width = Math.max(...plan.keep.map((k) => k.backup.name.length));
    for (const k of plan.keep) {
      const automatic = k.backup.trigger === 'manual' ? '' : ` (${k.backup.trigger})`;
      lines.push(
        `  ✅ ${k.backup.name.padEnd(width)}  ${age(k.backup.createdAt).padEnd(14)}  ${k.reasons.join(', ')}${automatic}`,
      );
    }
    lines.push('');
  }
  if (plan.remove.length > 0) {
    lines.push(c.yellow(`Deleting ${plural(plan.remove.length, 'backup')} (${formatSize(plan.freeableBytes)}):`));
    for (const r of plan.remove)
      lines.push(
        `  🗑️  ${r.backup.name}  ${age(r.backup.createdAt)}${r.backup.trigger === 'manual' ? '' : `  (${r.backup.trigger})`}`,
      );
    lines.push('');
  } else if (plan.keep.length > 0) lines.push('Nothing to delete.', '');
  const { allManual, allButNewest, unmatchedTags } = plan.dangers;
  for (const tags of unmatchedTags)
    lines.push(c.yellow(`⚠️  No backup has tags [${tags.join(', ')}]: that rule keeps nothing.`));
  if (allManual !== undefined)
    lines.push(c.red(`⚠️  This deletes every manual backup (${allManual}); only automatic backups would remain.`));
  if (allButNewest !== undefined) lines.push(c.red(`⚠️  This deletes every backup but the newest (${allButNewest}).`));
  if (unmatchedTags.length > 0 || allManual !== undefined || allButNewest !== undefined) lines.push('');
  if (plan.damaged.length > 0)
    lines.push(c.red(`Damaged, not touched (see: orch-backup verify): ${plan.damaged.join(', ')}`), '');
  return `${lines.join('\n')}`;
}

export function renderCleanDone(
  deleted: string[],
  freedBytes: number,
  ctx: RenderContext,
  warnings: readonly string[] = [],
): string {
  const done = `${ctx.colors.green(`✅ Deleted ${plural(deleted.length, 'backup')} (${formatSize(freedBytes)} freed).`)}\n`;
  return done + warnings.map((w) => `${ctx.colors.yellow('⚠️')}  ${w}\n`).join('');
}

export function renderExport(name: string, result: ExportBackupResult, ctx: RenderContext): string {
  return [
    heading('Backup Exported'),
    `📦 Backup: ${name}`,
    `📁 Archive: ${ctx.displayPath(result.file)} (${formatSize(result.bytes)})`,
    `🔒 SHA-256: ${result.sha256}`,
    '',
    `Import it elsewhere with: orch-backup import ${ctx.displayPath(result.file)}`,
    '',
  ].join('\n');
}

export function renderImport(
  result: { name: string; path: string; manifest: Manifest; validation: ValidationReport; renamedFrom?: string },
  ctx: RenderContext,
): string {
  const m = result.manifest;
  const { warnings } = result.validation.summary;
  return [
    heading('Backup Imported'),
    `📦 Backup: ${result.name}${result.renamedFrom ? ` (was ${result.renamedFrom})` : ''}`,
    `📁 Location: ${ctx.displayPath(result.path)}/`,
    `   ${plural(m.files.length, 'file')}, ${formatSize(m.totalSize)}, v${m.configVersion ?? 'none'}, made ${formatAge(new Date(m.createdAt), ctx.now)} (${m.trigger})`,
    '   ✅ manifest and every checksum verified',
    warnings > 0
      ? `📋 Validation: ⚠️ ${plural(warnings, 'warning')} (orch-backup validate --backup ${result.name})`
      : '📋 Validation: All configurations valid',
    '',
  ].join('\n');
}

export function renderUnlock(result: UnlockResult, ctx: RenderContext): string {
  if (!result.removed) return 'No lock: the store is free.\n';
  const { lock } = result;
  const what = result.forced ? 'Removed the lock (forced)' : 'Removed the stale lock';
  return [
    `${ctx.colors.green('✅')} ${what} of ${describeLockHolder(lock.holder)}: ${lock.reason}.`,
    ...result.warnings.map((w) => `${ctx.colors.yellow('⚠️')}  ${w}`),
    '',
  ].join('\n');
}
