/**
 * Lays out a diff report (validation, change tables, file lists, migration patches) between a
 * fixed top and bottom, and makes it fit a size limit by leaving out detail in a fixed order:
 * patches first (each one that does not fit), then change rows beyond N per file, then files
 * beyond N, then diagnostics and file names beyond N. Every candidate is measured whole, so the
 * result is under the limit by construction, with every fence and `<details>` closed.
 */
import type { DiffResult, FileDiff } from '../core/diff/types.js';
import type { Diagnostic, Severity, ValidationReport } from '../core/validate/types.js';
import {
  changeRows,
  changeTable,
  fileHeading,
  fileListLines,
  patchBlock,
  type ChangeRow,
  type Shown,
} from './markdown-changes.js';
import { groupDiagnostics, groupNote } from './diagnostic-groups.js';
import { codeSpan, details, inert, plural, shorten, shortenMiddle } from './markdown-text.js';

export interface Detail {
  /** Change rows shown per file. */
  rows: number;
  /** Modified files whose tables are shown. */
  files: number;
  patches: boolean;
  /** Diagnostics listed per severity. */
  diagnostics: number;
  /** Paths named per list of added, removed, unchanged files. */
  listed: number;
}

export interface Medium {
  limit: number;
  /** Characters for a comment, UTF-8 bytes for a job summary. */
  measure: (text: string) => number;
  shown: Shown;
  start: Detail;
  /** List `info` diagnostics too (the summary does; the comment stays short). */
  info: boolean;
  /** Said when anything was left out, with where to find it. */
  truncatedNote: string;
}

export interface Frame {
  top: readonly string[];
  bottom: readonly string[];
  /** Last blocks, kept even by the last-resort report (the comment's marker lives here). */
  closing: readonly string[];
  /** Replaces the validation section (a judged change lists new, fixed and existing findings), at most `cap` per group. */
  findings?: { render: (cap: number) => string | null; size: number };
}

/** GitHub's hard limit for a comment body (and a pull request body), in characters. */
export const COMMENT_LIMIT = 65_536;
/** The runner's limit for one step's job summary, in bytes. */
export const SUMMARY_LIMIT = 1024 * 1024;

export const measureChars = (text: string): number => text.length;
export const measureBytes = (text: string): number => Buffer.byteLength(text, 'utf8');

const SEPARATOR = '\n\n';
/** More warnings than this are collapsed. */
const COLLAPSE_WARNINGS_AT = 5;

function* degrade(start: Detail): Generator<Detail> {
  let detail = start;
  yield detail;
  yield (detail = { ...detail, patches: false });
  for (const rows of [50, 20, 10, 5, 3, 1, 0]) if (rows < detail.rows) yield (detail = { ...detail, rows });
  for (const files of [50, 20, 10, 5, 3, 1, 0]) if (files < detail.files) yield (detail = { ...detail, files });
  for (const count of [20, 10, 5, 3, 1, 0]) {
    if (count < detail.diagnostics || count < detail.listed)
      yield (detail = {
        ...detail,
        diagnostics: Math.min(count, detail.diagnostics),
        listed: Math.min(count, detail.listed),
      });
  }
}

function location(d: Diagnostic, shown: Shown): string {
  if (!d.file) return '(config)';
  const file = shortenMiddle(d.file, shown.textLength);
  return d.line ? `${file}:${d.line}:${d.column ?? 1}` : file;
}

function diagnosticLines(items: readonly Diagnostic[], cap: number, shown: Shown): string[] {
  const groups = groupDiagnostics(items);
  const lines = groups
    .slice(0, cap)
    .map(
      (g) =>
        `- ${codeSpan(location(g.first, shown))} ${inert(shorten(g.first.message + groupNote(g), shown.textLength))}`,
    );
  const hidden = groups.slice(cap).reduce((n, g) => n + 1 + g.more.length + g.alike.length, 0);
  if (hidden > 0)
    lines.push(`- _${plural(hidden, cap > 0 ? 'more' : 'problem', cap > 0 ? 'more' : 'problems')} not shown_`);
  return lines;
}

/** "✅ valid", "⚠️ 3 warnings", "❌ 2 errors, 3 warnings" */
export function validationStatus(report: ValidationReport): string {
  const { errors, warnings } = report.summary;
  if (errors > 0) return `❌ ${plural(errors, 'error')}${warnings > 0 ? `, ${plural(warnings, 'warning')}` : ''}`;
  if (warnings > 0) return `⚠️ ${plural(warnings, 'warning')}`;
  return '✅ valid';
}

const SEVERITY_TITLES: Record<Severity, [string, string, string]> = {
  error: ['❌', 'error', 'errors'],
  warning: ['⚠️', 'warning', 'warnings'],
  info: ['ℹ️', 'note', 'notes'],
};

/** Errors listed, warnings too (collapsed when many), notes only when asked for; null when clean. */
export function validationSection(report: ValidationReport, cap: number, shown: Shown, info: boolean): string | null {
  const parts: string[] = [];
  for (const severity of ['error', 'warning', 'info'] as const) {
    if (severity === 'info' && !info) continue;
    const items = report.diagnostics.filter((d) => d.severity === severity);
    if (items.length === 0) continue;
    const [icon, one, many] = SEVERITY_TITLES[severity];
    const title = `${icon} ${plural(items.length, one, many)}`;
    const list = diagnosticLines(items, cap, shown).join('\n');
    // Errors are what the reviewer must act on: always in sight.
    if (severity === 'error' || (severity === 'warning' && items.length <= COLLAPSE_WARNINGS_AT))
      parts.push(`**${title}**\n\n${list}`);
    else parts.push(details(title, list));
  }
  return parts.length > 0 ? `### 📋 Validation\n\n${parts.join(SEPARATOR)}` : null;
}

interface Prepared {
  modified: FileDiff[];
  rows: Map<FileDiff, ChangeRow[]>;
  headings: Map<FileDiff, string>;
  /** Rendered on first use: a report that never gets room for patches never pays for them. */
  patch: (file: FileDiff) => string | null;
}

function changesSection(prepared: Prepared, detail: Detail, medium: Medium): string | null {
  const { modified, rows } = prepared;
  if (modified.length === 0) return null;
  const blocks = ['### 🔍 Changes'];
  for (const file of modified.slice(0, detail.files)) {
    const table = changeTable(rows.get(file) ?? [], detail.rows);
    const heading = prepared.headings.get(file) as string;
    blocks.push(table === '' ? heading : `${heading}\n\n${table}`);
  }
  if (modified.length > detail.files)
    blocks.push(
      `_${plural(modified.length - detail.files, detail.files > 0 ? 'more modified file' : 'modified file')} not shown._`,
    );
  return blocks.join(SEPARATOR);
}

function filesSection(diff: DiffResult, detail: Detail, medium: Medium): string | null {
  const lines = fileListLines(diff.files, detail.listed, medium.shown);
  return lines.length > 0 ? `### 📁 Files\n\n${lines.join('\n')}` : null;
}

/** Patches in file order while they fit what is left; each left out is named instead. */
function migrationSection(
  prepared: Prepared,
  detail: Detail,
  room: number,
  medium: Medium,
): { text: string | null; complete: boolean } {
  const withPatch = prepared.modified.filter((f) => f.patch !== null && f.patch.length > 0);
  if (withPatch.length === 0) return { text: null, complete: true };
  const title = '### 🧬 Migration (RFC 6902 JSON Patch)';
  if (!detail.patches)
    return { text: `${title}\n\n_${plural(withPatch.length, 'patch', 'patches')} left out here._`, complete: false };
  const blocks = [title];
  let left = room - medium.measure(title);
  let complete = true;
  for (const file of withPatch) {
    const block = prepared.patch(file) as string;
    const cost = medium.measure(block) + SEPARATOR.length;
    if (cost <= left) {
      blocks.push(block);
      left -= cost;
      continue;
    }
    complete = false;
    const note = `_Patch for ${codeSpan(shortenMiddle(file.path, medium.shown.textLength))} (${plural(file.patch?.length ?? 0, 'operation')}) left out here._`;
    blocks.push(note);
    left -= medium.measure(note) + SEPARATOR.length;
  }
  return { text: blocks.join(SEPARATOR), complete };
}

function compose(
  frame: Frame,
  diff: DiffResult,
  validation: ValidationReport,
  prepared: Prepared,
  detail: Detail,
  medium: Medium,
): string {
  const changes = changesSection(prepared, detail, medium);
  const findings = frame.findings
    ? frame.findings.render(detail.diagnostics)
    : validationSection(validation, detail.diagnostics, medium.shown, medium.info);
  const body = [findings, changes, filesSection(diff, detail, medium)].filter((b): b is string => b !== null);
  const count = <T>(items: readonly T[], test: (item: T) => boolean): number => items.filter(test).length;
  const severities: readonly Severity[] = medium.info ? ['error', 'warning', 'info'] : ['error', 'warning'];
  const cut =
    prepared.modified.length > detail.files ||
    prepared.modified.some((f) => (prepared.rows.get(f)?.length ?? 0) > detail.rows) ||
    (frame.findings
      ? frame.findings.size > detail.diagnostics
      : severities.some((s) => count(validation.diagnostics, (d) => d.severity === s) > detail.diagnostics)) ||
    (['added', 'removed', 'unchanged', 'unparseable'] as const).some(
      (s) => count(diff.files, (f) => f.status === s) > detail.listed,
    );
  const fixed = [...frame.top, ...body, ...frame.bottom, medium.truncatedNote, ...frame.closing];
  const room = medium.limit - 1 - medium.measure(fixed.join(SEPARATOR)) - SEPARATOR.length;
  const migration = migrationSection(prepared, detail, room, medium);
  const note = cut || !migration.complete ? [medium.truncatedNote] : [];
  const blocks = [
    ...frame.top,
    ...body,
    ...(migration.text === null ? [] : [migration.text]),
    ...frame.bottom,
    ...note,
    ...frame.closing,
  ];
  return blocks.join(SEPARATOR);
}

/** The richest rendering of the report that is under `medium.limit`. */
export function fitReport(frame: Frame, diff: DiffResult, validation: ValidationReport, medium: Medium): string {
  const modified = diff.files.filter((f) => f.status === 'modified');
  const patches = new Map<FileDiff, string | null>();
  const prepared: Prepared = {
    modified,
    rows: new Map(modified.map((f) => [f, changeRows(f, medium.shown)])),
    headings: new Map(modified.map((f) => [f, fileHeading(f, medium.shown)])),
    patch: (file) => {
      if (!patches.has(file)) patches.set(file, patchBlock(file, medium.shown));
      return patches.get(file) ?? null;
    },
  };
  for (const detail of degrade(medium.start)) {
    const text = compose(frame, diff, validation, prepared, detail, medium);
    if (medium.measure(text) < medium.limit) return text;
  }
  return lastResort(frame, medium);
}

/** When even the barest report is too big (only for tiny limits): title, note, closing; else closing alone. */
function lastResort(frame: Frame, medium: Medium): string {
  for (const blocks of [
    [...frame.top.slice(0, 1), medium.truncatedNote, ...frame.closing],
    [medium.truncatedNote, ...frame.closing],
    [...frame.closing],
  ]) {
    const text = blocks.join(SEPARATOR);
    if (medium.measure(text) < medium.limit) return text;
  }
  throw new RangeError(`a limit of ${medium.limit} is too small for any report`);
}

export function joinBlocks(blocks: readonly (string | null | undefined | false)[]): string {
  return blocks.filter((b): b is string => typeof b === 'string' && b !== '').join(SEPARATOR);
}
