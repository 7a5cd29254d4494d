import type { CreateBackupResult } from '../core/create/create.js';
import type { ListResult } from '../core/inspect/list.js';
import type { LoadedManifest } from '../core/store/store.js';
import type { Diagnostic, ValidationReport } from '../core/validate/types.js';
import type { VerifyResult } from '../core/inspect/verify.js';
import type { RetentionPolicy } from '../core/config/settings.js';
import { isSkipProblem, type SkippedEntry } from '../core/config/scan.js';
import { groupDiagnostics, groupNote } from './diagnostic-groups.js';
import { formatAge, formatSize, formatTime, heading, plural, type RenderContext } from './format.js';

export function renderCreate(result: CreateBackupResult, ctx: RenderContext): string {
  const { colors: c } = ctx;
  const m = result.manifest;
  if (!result.created) {
    return [
      heading('Configuration Backup Skipped'),
      `✅ Nothing changed since ${c.bold(result.unchangedSince)} (${formatAge(new Date(m.createdAt), ctx.now)}): no new backup was made.`,
      '',
    ].join('\n');
  }
  const lines = [
    heading('Configuration Backup Created'),
    `📦 Backup: ${c.bold(result.name)}`,
    `📁 Location: ${ctx.displayPath(result.path)}/`,
    '',
    'Files Backed Up:',
    ...m.files.map((f) => `  ✅ ${f.path} (${formatSize(f.size)})`),
    ...result.skipped.filter(isSkipProblem).map((s) => `  ${c.yellow('⚠️')}  ${s.path} skipped: ${s.reason}`),
    ...leftOutLines(result.skipped),
    '',
    'Manifest:',
    `  - Total Size: ${formatSize(m.totalSize)}`,
    `  - Files: ${m.files.length}`,
    `  - Version: ${m.configVersion ?? 'none'}`,
    `  - Checksum: ${m.checksum.replace(/^sha256:/, '').slice(0, 8)}...`,
  ];
  if (m.compression === 'gzip') lines.push(`  - Compressed: gzip (${formatSize(m.storedSize)} on disk)`);
  if (m.description) lines.push(`  - Description: ${m.description}`);
  if (m.tags.length > 0) lines.push(`  - Tags: ${m.tags.join(', ')}`);
  lines.push('', validationLine(result.validation, ctx), '', c.green('✅ Backup completed successfully!'));
  for (const warning of result.warnings) lines.push(`${c.yellow('⚠️')}  ${warning}`);
  lines.push('');
  return lines.join('\n');
}

/** Names shown per reason a file was left out; `create --json` lists them all. */
const LEFT_OUT_NAMES = 3;

/** "Left out: 2 runtime state (setting runtimeState): state/run.json, team.lock" — counts and a few names per reason. */
function leftOutLines(skipped: readonly SkippedEntry[]): string[] {
  const byReason = new Map<string, string[]>();
  for (const entry of skipped) {
    if (isSkipProblem(entry)) continue;
    byReason.set(entry.reason, [...(byReason.get(entry.reason) ?? []), entry.path]);
  }
  if (byReason.size === 0) return [];
  const lines = ['', 'Left Out (not backed up):'];
  for (const [reason, paths] of byReason) {
    const more = paths.length > LEFT_OUT_NAMES ? `, +${paths.length - LEFT_OUT_NAMES} more` : '';
    lines.push(`  ${paths.length} ${reason}: ${paths.slice(0, LEFT_OUT_NAMES).join(', ')}${more}`);
  }
  return lines;
}

function validationLine(report: ValidationReport, ctx: RenderContext): string {
  const { errors, warnings } = report.summary;
  if (errors > 0)
    return `📋 Validation: ${ctx.colors.red(`❌ ${plural(errors, 'error')}`)}, ${plural(warnings, 'warning')} (run: orch-backup validate)`;
  if (warnings > 0)
    return `📋 Validation: ${ctx.colors.yellow(`⚠️ ${plural(warnings, 'warning')}`)} (run: orch-backup validate)`;
  return '📋 Validation: All configurations valid';
}

export function renderList(result: ListResult, retention: RetentionPolicy, ctx: RenderContext): string {
  const { colors: c } = ctx;
  // The seed's underline is one character longer than the title; kept so scripts matching it still work.
  const lines = ['Available Configuration Backups', '='.repeat(32), ''];
  if (result.backups.length === 0) lines.push('No backups yet. Create one with: orch-backup create -m "why"');
  else lines.push('Recent Backups:');
  result.backups.forEach((b, i) => {
    const version = b.configVersion ? ` | v${b.configVersion.replace(/^v/, '')}` : '';
    lines.push(`  ${i + 1}. ${c.bold(b.name)} (${formatAge(new Date(b.createdAt), ctx.now)})`);
    lines.push(
      `     Created: ${formatTime(b.createdAt)} | Trigger: ${b.trigger}${b.tags.length ? ` | Tags: ${b.tags.join(', ')}` : ''}`,
    );
    lines.push(
      `     Size: ${formatSize(b.totalSize)} | Files: ${b.fileCount}${version}${b.compressed ? ' | compressed' : ''}`,
    );
    if (b.description) lines.push(`     Description: ${b.description}`);
    if (b.comparison) {
      const verdict = b.comparison.compatible
        ? c.green('✅ compatible')
        : c.yellow(`⚠️ ${b.comparison.reasons.join('; ')}`);
      lines.push(`     Restore: ${verdict} | vs current: ${b.comparison.summary}`);
    }
    lines.push('');
  });
  if (result.damaged.length > 0) {
    lines.push(c.red('Damaged Backups (not restorable; run orch-backup verify for details):'));
    for (const d of result.damaged) lines.push(`  ❌ ${d.name}: ${d.problems[0] ?? 'unknown problem'}`);
    lines.push('');
  }
  lines.push(`Storage: ${formatSize(result.storage.bytes)} used (${plural(result.storage.backups, 'backup')})`);
  lines.push(`Retention: ${describeRetention(retention)}`);
  return `${lines.join('\n')}\n`;
}

/** "Keeping last 10 + all within 7d + weekly for 1m + monthly for 1y" */
export function describeRetention(policy: RetentionPolicy): string {
  const parts: string[] = [];
  const count = (n: number | undefined, word: string): void => {
    if (n !== undefined && n !== 0) parts.push(`${n === -1 ? 'all' : `last ${n}`} ${word}`.trim());
  };
  count(policy.last, '');
  count(policy.hourly, 'hourly');
  count(policy.daily, 'daily');
  count(policy.weekly, 'weekly');
  count(policy.monthly, 'monthly');
  count(policy.yearly, 'yearly');
  if (policy.within) parts.push(`all within ${policy.within}`);
  const windows: [string | undefined, string][] = [
    [policy.withinHourly, 'hourly'],
    [policy.withinDaily, 'daily'],
    [policy.withinWeekly, 'weekly'],
    [policy.withinMonthly, 'monthly'],
    [policy.withinYearly, 'yearly'],
  ];
  for (const [duration, word] of windows) if (duration) parts.push(`${word} for ${duration}`);
  for (const tags of policy.tags ?? []) parts.push(`tagged ${tags.join('+')}`);
  return parts.length > 0 ? `Keeping ${parts.join(' + ')}` : 'none configured';
}

export function renderShow(loaded: LoadedManifest, ctx: RenderContext): string {
  const m = loaded.manifest;
  const lines = [heading(`Backup: ${loaded.name}`)];
  if (!m) return `${lines[0]}\n❌ ${loaded.problems.join('\n❌ ')}\n`;
  const field = (label: string, value: string): string => `${`${label}:`.padEnd(13)}${value}`;
  lines.push(
    field('Created', `${formatTime(m.createdAt)} (${formatAge(new Date(m.createdAt), ctx.now)})`),
    field('Description', m.description ?? '-'),
    field('Trigger', m.trigger),
    field('Tags', m.tags.length ? m.tags.join(', ') : '-'),
    field('Version', m.configVersion ?? 'none'),
    field(
      'Size',
      `${formatSize(m.totalSize)} in ${plural(m.files.length, 'file')}${m.compression === 'gzip' ? `, ${formatSize(m.storedSize)} stored (gzip)` : ''}`,
    ),
    field(
      'Validation',
      m.validation
        ? `${m.validation.status} (${plural(m.validation.errors, 'error')}, ${plural(m.validation.warnings, 'warning')})`
        : 'not recorded',
    ),
    field('Tool', `${m.tool.name} ${m.tool.version}`),
    field('Checksum', m.checksum),
    field('Location', `${ctx.displayPath(loaded.dir)}/`),
    '',
    'Files:',
  );
  const width = Math.max(...m.files.map((f) => f.path.length));
  for (const f of m.files) {
    lines.push(
      `  ${f.path.padEnd(width)}  ${formatSize(f.size).padStart(9)}  ${(f.version ? `v${f.version}` : '').padEnd(8)}  sha256:${f.sha256.slice(0, 12)}`,
    );
  }
  for (const problem of loaded.problems) lines.push(ctx.colors.red(`❌ ${problem}`));
  return `${lines.join('\n')}\n`;
}

export function renderVerify(results: VerifyResult[], ctx: RenderContext): string {
  const { colors: c } = ctx;
  const lines = [heading('Backup Verification'), ''];
  if (results.length === 0) lines.push('No backups to verify.');
  for (const r of results) {
    if (r.ok) lines.push(`  ✅ ${r.name}: ${plural(r.manifest?.files.length ?? 0, 'file')} OK`);
    else {
      lines.push(`  ${c.red('❌')} ${r.name}: damaged`);
      for (const p of r.problems) lines.push(`     - ${p.message}`);
    }
  }
  const damaged = results.filter((r) => !r.ok).length;
  lines.push(
    '',
    damaged === 0
      ? c.green(`✅ ${plural(results.length, 'backup')} verified, all intact`)
      : c.red(`❌ ${damaged} of ${plural(results.length, 'backup')} damaged`),
  );
  return `${lines.join('\n')}\n`;
}

export function renderValidation(report: ValidationReport, source: string, ctx: RenderContext): string {
  const { colors: c } = ctx;
  const lines = [heading('Configuration Validation'), `📁 ${source} (${plural(report.files.length, 'file')})`, ''];
  const group = (severity: Diagnostic['severity'], title: string): void => {
    const items = report.diagnostics.filter((d) => d.severity === severity);
    if (items.length === 0) return;
    lines.push(`${title} (${items.length}):`);
    for (const g of groupDiagnostics(items)) lines.push(`  ${location(g.first)}  ${g.first.message}${groupNote(g)}`);
    lines.push('');
  };
  group('error', c.red('❌ Errors'));
  group('warning', c.yellow('⚠️  Warnings'));
  group('info', 'ℹ️  Info');
  const { errors, warnings, info } = report.summary;
  lines.push(`Summary: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${info} info`);
  const status =
    report.status === 'invalid'
      ? c.red('❌ INVALID')
      : report.status === 'needs-attention'
        ? c.yellow('⚠️ NEEDS ATTENTION')
        : c.green('✅ VALID');
  lines.push(`Overall Status: ${status}`);
  return `${lines.join('\n')}\n`;
}

export function location(d: Pick<Diagnostic, 'file' | 'line' | 'column'>): string {
  if (!d.file) return '(config)';
  return d.line ? `${d.file}:${d.line}:${d.column ?? 1}` : d.file;
}
