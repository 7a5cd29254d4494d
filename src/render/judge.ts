/** Terminal text for `validate --since` and `--fix`: the verdict first, then what is new. */
import type { FixPlan, FixResult } from '../core/judge/fix.js';
import type { Finding, Judgement, Rename } from '../core/judge/types.js';
import { plural, type RenderContext } from './format.js';
import { renameSentence, renamesWithLeftovers, verdictHeadline } from './verdict.js';

// Ids, keys and messages come from the documents: control characters must not reach the terminal.
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function where(f: { file?: string | undefined; line?: number | undefined; column?: number | undefined }): string {
  if (!f.file) return '(config)';
  return printable(f.line ? `${f.file}:${f.line}:${f.column ?? 1}` : f.file);
}

const SHOWN_PLACES = 3;

export interface JudgementTextOptions {
  /** The command that rewrites the leftover references, or null when `--fix` is running. */
  fixCommand: string | null;
  /** "backup-2024… → current in .claude/orchestration" */
  compared: string;
  /** List findings that were already there (the CLI does; the hook keeps its output short). */
  existing?: boolean;
}

export function renderJudgement(j: Judgement, ctx: RenderContext, options: JudgementTextOptions): string {
  const { colors: c } = ctx;
  const head = verdictHeadline(j);
  const color = head.icon === '❌' ? c.red : head.icon === '⚠️' ? c.yellow : c.green;
  const lines = [color(`${head.icon} ${head.text}`), `🔍 Compared: ${printable(options.compared)}`, ''];
  const icon = (f: Finding): string =>
    f.severity === 'error' ? c.red('❌') : f.severity === 'warning' ? c.yellow('⚠️ ') : 'ℹ️ ';
  const list = (title: string, items: readonly Finding[], mark: (f: Finding) => string): void => {
    if (items.length === 0) return;
    lines.push(`${title} (${items.length}):`);
    for (const f of items) lines.push(`  ${mark(f)} ${where(f)}  ${printable(f.message)}`);
    lines.push('');
  };
  list('New problems', j.new, icon);
  const leftovers = renamesWithLeftovers(j);
  const block = renderLeftovers(j.renames, options.fixCommand);
  if (block) lines.push(block);
  const clean = j.renames.length - leftovers.length;
  if (clean > 0) lines.push(`${plural(clean, 'other rename')} left no reference behind.`, '');
  list('Fixed by this change', j.fixed, () => c.green('✅'));
  if (options.existing !== false) list('Already there before', j.existing, icon);
  lines.push(
    `Verdict: ${j.verdict === 'pass' ? c.green('PASS') : c.red('FAIL')}${j.strict ? ' (strict: new warnings fail too)' : ''}`,
  );
  return `${lines.join('\n')}\n`;
}

/** "Renamed, with references left behind:" and one line per rename, then the fix command; '' when none. */
export function renderLeftovers(renames: readonly Rename[], fixCommand: string | null): string {
  const leftovers = renames.filter((r) => r.remaining.length > 0);
  if (leftovers.length === 0) return '';
  const lines = ['Renamed, with references left behind:'];
  for (const r of leftovers) {
    const places = r.remaining.slice(0, SHOWN_PLACES).map(where).join(', ');
    const more = r.remaining.length > SHOWN_PLACES ? `, +${r.remaining.length - SHOWN_PLACES} more` : '';
    lines.push(`  ${printable(renameSentence(r))}: ${places}${more}`);
  }
  if (fixCommand) lines.push(`  Fix them all: ${printable(fixCommand)}`);
  return `${lines.join('\n')}\n`;
}

/** `--fix --dry-run`: the RFC 6902 patch per file and each line as it is and would be. */
export function renderFixPlan(plan: FixPlan, ctx: RenderContext, dryRun: boolean): string {
  const { colors: c } = ctx;
  if (plan.references === 0) return 'Nothing to fix: no rename left a reference behind.\n';
  const lines = [
    `🔧 ${dryRun ? 'Would rewrite' : 'Rewriting'} ${plural(plan.references, 'leftover reference')} in ${plural(plan.files.length, 'file')}:`,
    '',
  ];
  for (const f of plan.files) {
    lines.push(`${printable(f.file)}:`);
    for (const l of f.lines) {
      lines.push(c.red(`  - ${String(l.line).padStart(4)} | ${printable(l.before)}`));
      lines.push(c.green(`  + ${String(l.line).padStart(4)} | ${printable(l.after)}`));
    }
    lines.push(
      '',
      `  RFC 6902 patch for ${printable(f.file)}:`,
      ...JSON.stringify(f.patch, null, 2)
        .split('\n')
        .map((l) => `  ${printable(l)}`),
      '',
    );
  }
  if (dryRun) lines.push('Dry run: nothing was changed.');
  return `${lines.join('\n')}\n`;
}

export function renderFixResult(result: FixResult): string {
  return `🛟 Safety backup: ${printable(result.safetyBackup)}\n✍️  Rewrote ${result.files.map(printable).join(', ')}\n\n`;
}
