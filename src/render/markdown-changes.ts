/**
 * Markdown for the content of a semantic diff: per-file change tables, file lists and the
 * migration patches. Every value passes through the redaction of `core/diff/redact` first and
 * through `markdown-text` last, so neither secrets nor markup reach the page.
 */
import { REDACTED, isSecretEntity, redactAt, redactPatch, redactPointer } from '../core/diff/redact.js';
import { summarizeChanges } from '../core/diff/summary.js';
import type { Change, FileDiff, FileStatus, VersionChange } from '../core/diff/types.js';
import { pluralKind } from '../core/diff/words.js';
import {
  cellCode,
  codeSpan,
  details,
  fenced,
  htmlText,
  inert,
  plural,
  safeJson,
  shorten,
  shortenMiddle,
} from './markdown-text.js';
import { heldBy, isEntityReorder } from './change-groups.js';

/** How much of each config-derived string is shown; the report sizes it per medium. */
export interface Shown {
  secretKeys: readonly string[];
  valueLength: number;
  idLength: number;
  pointerLength: number;
  textLength: number;
}

export interface ChangeRow {
  icon: string;
  what: string;
  change: string;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function valueText(pointer: string, value: unknown, shown: Shown): string {
  const safe = redactAt(pointer, value, shown.secretKeys);
  if (safe === REDACTED) return REDACTED;
  return cellCode(shorten(JSON.stringify(safe) ?? String(safe), shown.valueLength));
}

/** An entity id, hidden when its collection sits under a secret key. */
function idText(id: unknown, pointer: string, shown: Shown): string {
  if (isSecretEntity(pointer, shown.secretKeys)) return REDACTED;
  return cellCode(shorten(String(id), shown.idLength));
}

function pointerText(pointer: string, shown: Shown): string {
  const visible = redactPointer(pointer, shown.secretKeys);
  return visible === '' ? '(document)' : cellCode(shortenMiddle(visible, shown.pointerLength));
}

function kindText(kind: string | null): string {
  return inert(kind ?? 'Entry');
}

function plainChange(change: Change, shown: Shown): string {
  const before = (): string => valueText(change.pointer, change.from, shown);
  const after = (): string => valueText(change.pointer, change.to, shown);
  if (change.change === 'reordered') return `reordered: ${before()} → ${after()}`;
  if (change.from === undefined) return `added: ${after()}`;
  if (change.to === undefined) return `removed (was ${before()})`;
  return `${before()} → ${after()}`;
}

/** One row per entity change, each followed by the field changes it holds; then loose fields. */
export function changeRows(file: FileDiff, shown: Shown): ChangeRow[] {
  const rows: ChangeRow[] = [];
  const owned = new Set<Change>();
  const entity = (change: Change, id: unknown = change.id): string =>
    `${kindText(change.kind)} ${idText(id, change.pointer, shown)}`;
  for (const change of file.changes) {
    if (owned.has(change)) continue;
    switch (change.change) {
      case 'added':
        rows.push({ icon: '➕', what: entity(change), change: 'added' });
        break;
      case 'removed':
        rows.push({ icon: '➖', what: entity(change), change: 'removed' });
        break;
      case 'renamed':
        rows.push({
          icon: '✏️',
          what: entity(change, change.from),
          change: `renamed to ${idText(change.to, change.pointer, shown)}`,
        });
        break;
      case 'modified':
        rows.push({ icon: '🔧', what: entity(change), change: 'modified' });
        for (const held of file.changes.filter((other) => heldBy(change, other))) {
          owned.add(held);
          rows.push({ icon: '', what: `↳ ${pointerText(held.pointer, shown)}`, change: plainChange(held, shown) });
        }
        break;
      default:
        if (isEntityReorder(change)) {
          rows.push({
            icon: '↕️',
            what: `${inert(capitalized(pluralKind(change.kind as string)))} in ${pointerText(change.pointer, shown)}`,
            change: 'reordered',
          });
        } else rows.push({ icon: '🔹', what: pointerText(change.pointer, shown), change: plainChange(change, shown) });
    }
  }
  return rows;
}

function versionText(version: VersionChange): string {
  return `${codeSpan(version.from ?? 'none')} → ${codeSpan(version.to ?? 'none')}`;
}

/** `#### 📝 `teams.json` · 1 team modified, 11 agents renamed · version `1` → `2` ⚠️ major version change` */
export function fileHeading(file: FileDiff, shown: Shown): string {
  const { from, to, majorChange } = file.version;
  const version =
    from !== to && from !== null && to !== null
      ? ` · version ${versionText(file.version)}${majorChange ? ' ⚠️ **major version change**' : ''}`
      : '';
  return `#### 📝 ${codeSpan(shortenMiddle(file.path, shown.textLength))} · ${inert(summarizeChanges(file))}${version}`;
}

/** The rows as a table, the first `cap` of them, then a row saying how many were left out. */
export function changeTable(rows: readonly ChangeRow[], cap: number): string {
  if (rows.length === 0) return '';
  if (cap <= 0) return `_${plural(rows.length, 'change')} not shown._`;
  const lines = ['| | Entity | Change |', '|:-:|---|---|'];
  for (const row of rows.slice(0, cap)) lines.push(`| ${row.icon} | ${row.what} | ${row.change} |`);
  if (rows.length > cap) lines.push(`| | … | _${plural(rows.length - cap, 'more change')} not shown_ |`);
  return lines.join('\n');
}

/**
 * The file's RFC 6902 migration, collapsed, one operation per line, secrets as `•••`.
 * Null when there is nothing to show (added, removed, unparseable or unchanged files).
 */
export function patchBlock(file: FileDiff, shown: Shown): string | null {
  if (file.patch === null || file.patch.length === 0) return null;
  const operations = redactPatch(file.patch, file.changes, shown.secretKeys).map((op) => `  ${safeJson(op)}`);
  const summary = `<code>${htmlText(shortenMiddle(file.path, shown.textLength))}</code> · ${plural(file.patch.length, 'operation')}`;
  return details(summary, fenced(`[\n${operations.join(',\n')}\n]`, 'json'));
}

function pathList(files: readonly FileDiff[], cap: number, shown: Shown): string {
  const names = files.slice(0, cap).map((f) => codeSpan(shortenMiddle(f.path, shown.textLength)));
  if (files.length > cap)
    names.push(
      `${cap > 0 ? 'and ' : ''}${plural(files.length - cap, cap > 0 ? 'more' : 'file', cap > 0 ? 'more' : 'files')}`,
    );
  return names.join(', ');
}

/** Bullets for the files that are not a change table: added, removed, not comparable, unchanged. */
export function fileListLines(files: readonly FileDiff[], cap: number, shown: Shown): string[] {
  const of = (status: FileStatus): FileDiff[] => files.filter((f) => f.status === status);
  const lines: string[] = [];
  const added = of('added');
  const removed = of('removed');
  const broken = of('unparseable');
  const unchanged = of('unchanged');
  if (added.length > 0) lines.push(`- ➕ **Added:** ${pathList(added, cap, shown)}`);
  if (removed.length > 0) lines.push(`- ➖ **Removed:** ${pathList(removed, cap, shown)}`);
  for (const file of broken.slice(0, cap)) {
    const problem = inert(shorten(file.problem ?? 'cannot be compared', shown.textLength));
    lines.push(`- ⚠️ **Not comparable:** ${codeSpan(shortenMiddle(file.path, shown.textLength))}: ${problem}`);
  }
  if (broken.length > cap)
    lines.push(`- ⚠️ **Not comparable:** ${plural(broken.length - cap, cap > 0 ? 'more file' : 'file')}`);
  if (unchanged.length > 0) {
    const reformatted = unchanged.filter((f) => f.formattingOnly).length;
    const note = reformatted > 0 ? ` (${reformatted} reformatted only)` : '';
    lines.push(`- ✅ **Unchanged:** ${pathList(unchanged, cap, shown)}${note}`);
  }
  return lines;
}
