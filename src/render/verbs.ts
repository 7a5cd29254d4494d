import type { HistoryEntry } from '../core/store/history.js';
import type { TagResult } from '../core/store/tags.js';
import { formatTime, heading, plural, type RenderContext } from './format.js';

export function renderHistory(entries: readonly HistoryEntry[], total: number, ctx: RenderContext): string {
  const { colors: c } = ctx;
  const lines = [heading('Backup History')];
  if (total === 0) return `${lines[0]}\nNo operations recorded yet.\n`;
  lines.push(
    entries.length < total
      ? `Newest ${entries.length} of ${plural(total, 'entry', 'entries')}:`
      : `${plural(total, 'entry', 'entries')}, newest first:`,
    '',
  );
  const width = Math.max(...entries.map((e) => e.operation.length));
  for (const e of entries) {
    const mark = e.outcome === 'success' ? c.green('✅') : c.red('❌');
    const trigger = e.trigger && e.trigger !== 'manual' ? ` (${e.trigger})` : '';
    const detail = e.error ? ` — ${e.error.message}` : e.detail ? ` — ${e.detail}` : '';
    lines.push(`  ${formatTime(e.time)}  ${mark} ${e.operation.padEnd(width)}  ${e.backup ?? '-'}${trigger}${detail}`);
  }
  return `${lines.join('\n')}\n`;
}

export function renderTags(result: TagResult, ctx: RenderContext): string {
  const shown = result.tags.length > 0 ? result.tags.join(', ') : '(none)';
  if (!result.changed)
    return `Backup ${ctx.colors.bold(result.name)} already has these tags: ${shown}. Nothing changed.\n`;
  return `${ctx.colors.green('✅')} Tags of ${ctx.colors.bold(result.name)}: ${shown} (manifest re-sealed, checksum verified)\n`;
}
