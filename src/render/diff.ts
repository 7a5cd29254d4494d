import { DEFAULT_SECRET_KEYS, REDACTED, isSecretEntity, redactAt, redactPointer } from '../core/diff/redact.js';
import { summarizeChanges } from '../core/diff/summary.js';
import type { Change, ChangeType, DiffResult, FileDiff, FileStatus, VersionChange } from '../core/diff/types.js';
import { countKind, pluralKind } from '../core/diff/words.js';
import { heading, plural, type RenderContext } from './format.js';
import { heldBy, isEntityReorder, isPlain } from './change-groups.js';
import { FORMATTING_ONLY } from '../core/diff/formatting.js';
import { shownUnifiedDiff } from '../core/diff/text-redact.js';

export interface RenderDiffOptions {
  /** `diff`: everything, per file. `restore`: what applying the `to` side would do, seed wording. */
  mode: 'diff' | 'restore';
  secretKeys?: readonly string[];
  /** Longer values are cut with `…`. */
  maxValueLength?: number;
}

const DEFAULT_MAX_VALUE_LENGTH = 60;
/** In restore mode, more entities than this of one kind and change become a count. */
const MAX_NAMED_IN_RESTORE = 5;
/** Renames are always named (a count says nothing about what references break); longer lists end with "and N more". */
const MAX_RENAMES_LISTED = 15;

interface Shown {
  secretKeys: readonly string[];
  maxValueLength: number;
}

// Keys and ids come from the documents: control characters must not reach the terminal.
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function truncated(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, Math.max(1, max - 1)).join('')}…` : text;
}

function valueText(pointer: string, value: unknown, shown: Shown): string {
  if (value === undefined) return '(absent)';
  const safe = redactAt(pointer, value, shown.secretKeys);
  return safe === REDACTED ? REDACTED : truncated(JSON.stringify(safe), shown.maxValueLength);
}

/** An entity id, hidden when its collection sits under a secret key. */
function idText(id: unknown, pointer: string, shown: Shown): string {
  if (isSecretEntity(pointer, shown.secretKeys)) return REDACTED;
  return printable(truncated(String(id), shown.maxValueLength));
}

function pointerText(pointer: string, shown: Shown): string {
  return printable(redactPointer(pointer, shown.secretKeys)) || '(document)';
}

function entity(change: Change, shown: Shown, id: unknown = change.id): string {
  return `${change.kind} '${idText(id, change.pointer, shown)}'`;
}

function plainLine(change: Change, shown: Shown): string {
  const where = pointerText(change.pointer, shown);
  if (change.change === 'reordered')
    return `↕ ${where} reordered: ${valueText(change.pointer, change.from, shown)} → ${valueText(change.pointer, change.to, shown)}`;
  return `${where}: ${valueText(change.pointer, change.from, shown)} → ${valueText(change.pointer, change.to, shown)}`;
}

function versionText(version: VersionChange): string {
  return `${version.from ?? 'none'} → ${version.to ?? 'none'}`;
}

function diffFileLines(file: FileDiff, ctx: RenderContext, shown: Shown): string[] {
  const { colors: c } = ctx;
  const lines: string[] = [];
  const { from, to, majorChange } = file.version;
  const version =
    from !== to && from !== null && to !== null
      ? ` (version ${versionText(file.version)}${majorChange ? `, ${c.yellow('major version change')}` : ''})`
      : '';
  lines.push(`  📝 ${c.bold(printable(file.path))}: ${summarizeChanges(file)}${version}`);
  if (file.kind !== undefined) return [...lines, ...textDiffLines(file, ctx, shown)];
  const owned = new Set<Change>();
  for (const change of file.changes) {
    if (owned.has(change)) continue;
    switch (change.change) {
      case 'added':
        lines.push(`     ${c.green(`+ ${entity(change, shown)} added`)}`);
        break;
      case 'removed':
        lines.push(`     ${c.red(`- ${entity(change, shown)} removed`)}`);
        break;
      case 'renamed':
        lines.push(
          `     ${c.cyan(`→ ${entity(change, shown, change.from)} renamed to '${idText(change.to, change.pointer, shown)}'`)}`,
        );
        break;
      case 'modified': {
        lines.push(`     ${c.yellow(`~ ${entity(change, shown)} modified`)}`);
        for (const held of file.changes.filter((other) => heldBy(change, other))) {
          owned.add(held);
          lines.push(`         ${plainLine(held, shown)}`);
        }
        break;
      }
      default:
        if (isEntityReorder(change)) {
          lines.push(
            `     ↕ ${capitalized(pluralKind(change.kind as string))} reordered in ${pointerText(change.pointer, shown)}`,
          );
        } else lines.push(`     ${plainLine(change, shown)}`);
    }
  }
  return lines;
}

/** Most lines of one file's text diff shown in the terminal; `diff --json` has all of it. */
const MAX_TEXT_DIFF_LINES = 200;

/** A non-JSON file's unified diff, coloured like git's, secrets masked, control characters escaped. */
function textDiffLines(file: FileDiff, ctx: RenderContext, shown: Shown): string[] {
  const { colors: c } = ctx;
  if (file.unifiedDiff === undefined) return [`     ${file.problem ?? 'content differs'}`];
  const all = (shownUnifiedDiff(file, shown.secretKeys) as string).replace(/\n$/, '').split('\n');
  const colour = (line: string): string =>
    line.startsWith('+++') || line.startsWith('---')
      ? c.bold(line)
      : line.startsWith('@@')
        ? c.cyan(line)
        : line.startsWith('+')
          ? c.green(line)
          : line.startsWith('-')
            ? c.red(line)
            : line;
  const lines = all.slice(0, MAX_TEXT_DIFF_LINES).map((line) => `     ${colour(printable(line))}`);
  if (all.length > MAX_TEXT_DIFF_LINES)
    lines.push(`     … ${all.length - MAX_TEXT_DIFF_LINES} more lines (diff --json has them all)`);
  return lines;
}

function renderDiffMode(result: DiffResult, ctx: RenderContext, shown: Shown): string {
  const { colors: c } = ctx;
  const lines = [
    heading('Configuration Diff'),
    `🔍 Comparing: ${c.bold(printable(result.from))} → ${c.bold(printable(result.to))}`,
  ];
  const major = result.versions.majorChange
    ? ` ${c.yellow('⚠️  major version change')}`
    : result.versions.from === result.versions.to
      ? ' (unchanged)'
      : '';
  lines.push(`🏷️  Version: ${versionText(result.versions)}${major}`, '');
  const byStatus = (status: FileStatus): FileDiff[] => result.files.filter((f) => f.status === status);
  const section = (title: string, files: FileDiff[], line: (f: FileDiff) => string[]): void => {
    if (files.length === 0) return;
    lines.push(`${title}:`, ...files.flatMap(line), '');
  };
  section('Added Files', byStatus('added'), (f) => [`  ${c.green('➕')} ${printable(f.path)}`]);
  section('Removed Files', byStatus('removed'), (f) => [`  ${c.red('➖')} ${printable(f.path)}`]);
  section('Modified Files', byStatus('modified'), (f) => diffFileLines(f, ctx, shown));
  section('Not Comparable', byStatus('unparseable'), (f) => [
    `  ${c.yellow('⚠️')}  ${printable(f.path)}: ${f.problem ?? 'cannot be compared'}`,
  ]);
  // Same JSON, other bytes: a difference (a restore rewrites those bytes), though not of content.
  const formatting = byStatus('unchanged').filter((f) => f.formattingOnly);
  section('Formatting Only', formatting, (f) => [
    `  📝 ${printable(f.path)}: ${FORMATTING_ONLY} (same JSON content, different bytes)`,
  ]);
  section(
    'Unchanged Files',
    byStatus('unchanged').filter((f) => !f.formattingOnly),
    (f) => [`  ✅ ${printable(f.path)}`],
  );

  lines.push(...migrationPathLines(result, ctx));

  const counted: [string, number][] = [
    ['added', byStatus('added').length],
    ['removed', byStatus('removed').length],
    ['modified', byStatus('modified').length],
    ['not comparable', byStatus('unparseable').length],
    [FORMATTING_ONLY, formatting.length],
    ['unchanged', byStatus('unchanged').length - formatting.length],
  ];
  const counts = counted.filter(([, n]) => n > 0).map(([label, n]) => `${n} ${label}`);
  const differences = result.files.some((f) => f.status !== 'unchanged' || f.formattingOnly);
  lines.push(
    differences
      ? `Summary: ${plural(result.files.length, 'file')} (${counts.join(', ')}); ${summarizeChanges(result.files)}`
      : c.green(`✅ No differences (${plural(result.files.length, 'file')} compared)`),
  );
  return `${lines.join('\n')}\n`;
}

/**
 * The walk from one side to the other through every backup made between them, one step per
 * pair ("1.1.0 → 1.2.0: +1 team"). A single step repeats the summary below, so it is shown only
 * when backups lie between the sides.
 */
function migrationPathLines(result: DiffResult, ctx: RenderContext): string[] {
  if (result.migrationPath.length < 2) return [];
  const { colors: c } = ctx;
  const steps = result.migrationPath.map(
    (step, i) =>
      `  ${i + 1}. ${c.bold(printable(step.from))} → ${c.bold(printable(step.to))}: ${printable(step.summary)}`,
  );
  return [`Migration Path (${plural(result.migrationPath.length, 'step')}):`, ...steps, ''];
}

const RESTORE_VERB: Record<Exclude<ChangeType, 'value'>, string> = {
  removed: 'will be removed',
  added: 'will be restored',
  renamed: 'will be renamed',
  modified: 'will be modified',
  reordered: 'will be reordered',
};

function restoreFieldLine(change: Change, shown: Shown): string {
  const where = pointerText(change.pointer, shown);
  if (change.change === 'reordered') return `${where} will be reordered`;
  return `${where} will change: ${valueText(change.pointer, change.from, shown)} → ${valueText(change.pointer, change.to, shown)}`;
}

function restoreFileLines(file: FileDiff, shown: Shown): string[] {
  if (file.status === 'added') return ['    - File will be restored'];
  if (file.status === 'removed') return ['    - File will be removed'];
  if (file.status === 'unparseable')
    return [`    - File will be replaced as a whole (${file.problem ?? 'cannot be compared'})`];
  if (file.formattingOnly)
    return [`    - ${capitalized(FORMATTING_ONLY)}: same JSON content, the file's bytes will be rewritten`];
  if (file.kind !== undefined)
    return [`    - File will be replaced as a whole: ${file.binary ? 'not text' : summarizeChanges(file)}`];
  const lines: string[] = [];
  const groups = new Map<string, Change[]>();
  for (const change of file.changes.filter((ch) => !isPlain(ch) || ch.kind === null)) {
    const key = isPlain(change) ? 'field' : `${change.change}\u0000${change.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), change]);
  }
  const order = ['removed', 'added', 'renamed', 'modified', 'reordered', 'field'];
  const rank = (key: string): number => order.indexOf(key.split('\u0000')[0] as string);
  for (const [key, changes] of [...groups].sort(([a], [b]) => rank(a) - rank(b))) {
    const first = changes[0] as Change;
    if (key === 'field') {
      if (changes.length > MAX_NAMED_IN_RESTORE) lines.push(`    - ${countKind(changes.length, 'field')} will change`);
      else for (const change of changes) lines.push(`    - ${restoreFieldLine(change, shown)}`);
      continue;
    }
    const verb = RESTORE_VERB[first.change as Exclude<ChangeType, 'value'>];
    if (first.change === 'reordered') {
      for (const change of changes)
        lines.push(
          `    - ${capitalized(pluralKind(change.kind as string))} in ${pointerText(change.pointer, shown)} ${verb}`,
        );
    } else if (first.change === 'renamed' && changes.length > MAX_NAMED_IN_RESTORE) {
      lines.push(`    - ${countKind(changes.length, first.kind as string)} ${verb}:`);
      for (const change of changes.slice(0, MAX_RENAMES_LISTED))
        lines.push(
          `        ${idText(change.from, change.pointer, shown)} → ${idText(change.to, change.pointer, shown)}`,
        );
      if (changes.length > MAX_RENAMES_LISTED) lines.push(`        and ${changes.length - MAX_RENAMES_LISTED} more`);
    } else if (first.change === 'modified' ? changes.length > 1 : changes.length > MAX_NAMED_IN_RESTORE) {
      lines.push(`    - ${countKind(changes.length, first.kind as string)} ${verb}`);
    } else {
      for (const change of changes) {
        const rename = change.change === 'renamed' ? ` to '${idText(change.to, change.pointer, shown)}'` : '';
        lines.push(
          `    - ${entity(change, shown, change.change === 'renamed' ? change.from : change.id)} ${verb}${rename}`,
        );
      }
    }
  }
  return lines;
}

function renderRestoreMode(result: DiffResult, ctx: RenderContext, shown: Shown): string {
  const changed = result.files.filter((f) => f.status !== 'unchanged' || f.formattingOnly);
  if (changed.length === 0) return 'No changes to apply: the configuration already matches.\n';
  const blocks = changed.map((f) => [`  ${printable(f.path)}:`, ...restoreFileLines(f, shown)].join('\n'));
  const lines = ['Changes to be applied:', blocks.join('\n\n')];
  if (result.versions.from !== result.versions.to) {
    const major = result.versions.majorChange ? ` ${ctx.colors.yellow('(major version change)')}` : '';
    lines.push('', `🏷️  Version: ${versionText(result.versions)}${major}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Terminal text for a comparison. Values under secret keys are shown as `•••`; patches never. */
export function renderDiff(
  result: DiffResult,
  ctx: RenderContext,
  options: RenderDiffOptions = { mode: 'diff' },
): string {
  const shown: Shown = {
    secretKeys: options.secretKeys ?? DEFAULT_SECRET_KEYS,
    maxValueLength: options.maxValueLength ?? DEFAULT_MAX_VALUE_LENGTH,
  };
  return options.mode === 'restore' ? renderRestoreMode(result, ctx, shown) : renderDiffMode(result, ctx, shown);
}
