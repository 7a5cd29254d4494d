/**
 * Markdown for the GitHub Action: the sticky pull-request comment, job summaries and the body of
 * a restore pull request. Pure: text in, text out. Config-derived text is made inert (see
 * `inert`), secrets are shown as `•••`, and every output stays under its size limit.
 */
import { summarizeChanges } from '../core/diff/summary.js';
import type { DiffResult, VersionChange } from '../core/diff/types.js';
import type { ValidationReport } from '../core/validate/types.js';
import type { Shown } from './markdown-changes.js';
import {
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  fitReport,
  joinBlocks,
  measureBytes,
  measureChars,
  validationStatus,
  type Detail,
  type Frame,
  type Medium,
} from './markdown-report.js';
import { artifactText, restoreInstructions } from './markdown-store.js';
import { codeSpan, commentMarker, inert, link, plural, shorten, shortenMiddle } from './markdown-text.js';
import type { Judgement } from '../core/judge/types.js';
import { judgementSection, judgementSize, verdictLine } from './markdown-judge.js';

export { COMMENT_LIMIT, SUMMARY_LIMIT } from './markdown-report.js';
export { renderArtifactList, renderBackupSummary } from './markdown-store.js';
export { codeSpan, commentMarker, inert } from './markdown-text.js';

export interface ArtifactInfo {
  name: string;
  id?: number;
  url?: string;
  retentionDays?: number;
  runId: string;
}

export interface ListedArtifact {
  name: string;
  id: number;
  sizeInBytes: number;
  createdAt: string;
  expiresAt: string;
  runId: number | null;
  url?: string;
}

export interface PrReport {
  /** The comment-header input ('' for default); shown as a title suffix if non-empty. */
  header: string;
  /** owner/repo */
  repository: string;
  baseRef: string;
  headRef: string;
  baseSha: string;
  headSha: string;
  configDir: string;
  /** base → head */
  diff: DiffResult;
  /** Of head. */
  validation: ValidationReport;
  /** The uploaded head snapshot (absent when upload failed or was skipped). */
  artifact?: ArtifactInfo;
  /** Link to the workflow run (the job summary lives there). */
  runUrl: string;
  /** e.g. 'restore.yml', to mention in "how to restore". */
  restoreWorkflow?: string;
  secretKeys: readonly string[];
  /** The verdict on base → head; when present it leads the comment and replaces the plain validation list. */
  judgement?: Judgement;
  /** What the fix command's `--since` names (default `origin/<baseRef>`). */
  fixSince?: string;
}

export interface RestoreReport {
  backup: string;
  runId?: string;
  diff: DiffResult;
  validation: ValidationReport;
  safetyBackup?: string | null;
  branch?: string;
  secretKeys: readonly string[];
}

const COMMENT_SHOWN = { valueLength: 60, idLength: 80, pointerLength: 100, textLength: 300 };
const SUMMARY_SHOWN = { valueLength: 200, idLength: 200, pointerLength: 300, textLength: 1000 };
/** The comment stays a glance: at most this much even when more would fit. */
const COMMENT_START: Detail = { rows: 100, files: Infinity, patches: true, diagnostics: 30, listed: 50 };
const SUMMARY_START: Detail = {
  rows: Infinity,
  files: Infinity,
  patches: true,
  diagnostics: Infinity,
  listed: Infinity,
};

function shown(sizes: Omit<Shown, 'secretKeys'>, secretKeys: readonly string[]): Shown {
  return { ...sizes, secretKeys };
}

function title(text: string, header: string): string {
  return `## ${text}${header.trim() ? ` · ${inert(shorten(header.trim(), 100))}` : ''}`;
}

function changedCount(diff: DiffResult): number {
  return diff.files.filter((f) => f.status !== 'unchanged').length;
}

/** "**3 of 4 config files changed:** +1 file, 2 teams modified" */
function headline(diff: DiffResult, verb: string): string {
  const changed = changedCount(diff);
  if (changed === 0) return `✅ **No configuration changes** (${plural(diff.files.length, 'file')} compared).`;
  return `**${changed.toLocaleString('en-US')} of ${plural(diff.files.length, 'config file')} ${verb}:** ${inert(summarizeChanges(diff.files))}`;
}

function versionLine(versions: VersionChange): string | null {
  if (versions.from === null && versions.to === null) return null;
  if (versions.from === versions.to)
    return `- 🏷️ **Version:** ${codeSpan(shorten(versions.to ?? 'none', 40))} (unchanged)`;
  const major = versions.majorChange ? ' ⚠️ **major version change**' : '';
  return `- 🏷️ **Version:** ${codeSpan(shorten(versions.from ?? 'none', 40))} → ${codeSpan(shorten(versions.to ?? 'none', 40))}${major}`;
}

function majorWarning(versions: VersionChange): string | null {
  if (!versions.majorChange) return null;
  const change = `${codeSpan(shorten(versions.from ?? 'none', 40))} → ${codeSpan(shorten(versions.to ?? 'none', 40))}`;
  return `> [!WARNING]\n> **Major version change** ${change}: whatever reads these configs may need migrating too.`;
}

function ref(name: string, sha: string): string {
  return `${codeSpan(shorten(name, 100))} (${codeSpan(sha.slice(0, 7))})`;
}

function prTop(report: PrReport): string[] {
  const { diff } = report;
  const facts = [
    `- 🔀 **Compared:** ${ref(report.baseRef, report.baseSha)} → ${ref(report.headRef, report.headSha)} in ${codeSpan(shortenMiddle(report.configDir, 200))}`,
    versionLine(diff.versions),
    `- 📋 **Validation:** ${validationStatus(report.validation)}`,
    report.artifact
      ? `- 📦 **Backup:** ${link(codeSpan(shorten(report.artifact.name, 200)), report.artifact.url)} (how to restore it: below)`
      : '- ⚠️ **Backup:** no artifact was uploaded for this run',
  ].filter((line): line is string => line !== null);
  // The verdict is the first line a reviewer reads: whether this change breaks something.
  const top = report.judgement
    ? title(verdictLine(report.judgement), report.header)
    : title('🗂️ Orchestration config', report.header);
  const changes = report.judgement ? `🗂️ ${headline(diff, 'changed')}` : headline(diff, 'changed');
  return [top, changes, ...[majorWarning(diff.versions)].filter((w): w is string => w !== null), facts.join('\n')];
}

function backupSection(report: PrReport): string {
  const { artifact } = report;
  if (!artifact)
    return `### 📦 Backup\n\n⚠️ The head configuration was not uploaded as an artifact; see the ${link('workflow run', report.runUrl)}.`;
  const howTo = restoreInstructions({
    artifact: artifact.name,
    backup: artifact.name,
    runId: artifact.runId,
    repository: report.repository,
    restoreWorkflow: report.restoreWorkflow,
  });
  return `### 📦 Backup\n\nThe head configuration is saved as artifact ${artifactText(artifact)}.\n\n${howTo}`;
}

function footer(report: PrReport): string {
  return `<sub>${link('orchestration-backup', report.runUrl)} · ${codeSpan(shorten(report.repository, 140))} · ${codeSpan(report.baseSha.slice(0, 7))} → ${codeSpan(report.headSha.slice(0, 7))}</sub>`;
}

function note(text: string): string {
  return `> [!NOTE]\n> ${text}`;
}

function prFrame(report: PrReport, closing: string[], shownSizes: Omit<Shown, 'secretKeys'>): Frame {
  const frame: Frame = { top: prTop(report), bottom: [backupSection(report)], closing: [footer(report), ...closing] };
  const { judgement } = report;
  if (!judgement) return frame;
  const options = {
    shown: shown(shownSizes, report.secretKeys),
    fixSince: report.fixSince ?? `origin/${report.baseRef}`,
    configDir: report.configDir,
  };
  return {
    ...frame,
    findings: { render: (cap) => judgementSection(judgement, { ...options, cap }), size: judgementSize(judgement) },
  };
}

/** The sticky PR comment: always < `limit` characters, ends with the marker. */
export function renderPrComment(report: PrReport, limit: number = COMMENT_LIMIT): string {
  const where = `The full report is in the ${link('job summary', report.runUrl)}${report.artifact ? ' and the backup artifact' : ''}.`;
  const medium: Medium = {
    limit,
    measure: measureChars,
    shown: shown(COMMENT_SHOWN, report.secretKeys),
    start: COMMENT_START,
    info: false,
    truncatedNote: note(`Some details were left out to keep this comment under GitHub's size limit. ${where}`),
  };
  return fitReport(
    prFrame(report, [commentMarker(report.header)], COMMENT_SHOWN),
    report.diff,
    report.validation,
    medium,
  );
}

/** Same report for the job summary (fuller: every change, full migration patches), < `limit` bytes. */
export function renderPrSummary(report: PrReport, limit: number = SUMMARY_LIMIT): string {
  const where = report.artifact
    ? 'Download the backup artifact and compare it locally with `orch-backup diff` for the full report.'
    : 'Run `orch-backup diff` locally for the full report.';
  const medium: Medium = {
    limit,
    measure: measureBytes,
    shown: shown(SUMMARY_SHOWN, report.secretKeys),
    start: SUMMARY_START,
    info: true,
    truncatedNote: note(`Some details were left out to keep the job summary under its size limit. ${where}`),
  };
  return fitReport(prFrame(report, [], SUMMARY_SHOWN), report.diff, report.validation, medium);
}

/** What a previously posted sticky comment becomes when the PR no longer changes the configs. */
export function renderNoChangesComment(header: string, runUrl: string): string {
  return joinBlocks([
    title('🗂️ Orchestration config', header),
    '✅ This pull request no longer changes the orchestration configuration.',
    `<sub>Updated by ${link('orchestration-backup', runUrl)}</sub>`,
    commentMarker(header),
  ]);
}

function safetyLine(safetyBackup: string | null | undefined): string | null {
  if (safetyBackup === undefined) return null;
  if (safetyBackup === null)
    return '- 🛟 **Safety backup:** none needed, there was no configuration before the restore';
  return `- 🛟 **Safety backup of the configuration before the restore:** ${codeSpan(shorten(safetyBackup, 200))}`;
}

/**
 * Body of the restore pull request, and the job summary of restore mode: < `limit` in both
 * characters and UTF-8 bytes, so one text serves both.
 */
export function renderRestoreBody(report: RestoreReport, limit: number = COMMENT_LIMIT): string {
  const { diff } = report;
  const from = report.runId ? ` (uploaded by workflow run ${codeSpan(shorten(report.runId, 40))})` : '';
  const facts = [
    `- 🔀 **Compared:** ${codeSpan(shorten(diff.from, 100))} → ${codeSpan(shorten(diff.to, 100))}`,
    versionLine(diff.versions),
    `- 📋 **Validation of the restored configuration:** ${validationStatus(report.validation)}`,
    safetyLine(report.safetyBackup),
    report.branch ? `- 🌿 **Branch:** ${codeSpan(shorten(report.branch, 200))}` : null,
  ].filter((line): line is string => line !== null);
  const frame: Frame = {
    top: [
      `## ♻️ Restore orchestration config from ${codeSpan(shorten(report.backup, 200))}`,
      `This pull request restores the orchestration configuration saved in backup ${codeSpan(shorten(report.backup, 200))}${from}. Review the changes below before merging.`,
      headline(diff, 'change'),
      ...[majorWarning(diff.versions)].filter((w): w is string => w !== null),
      facts.join('\n'),
    ],
    bottom: ['↩️ To undo after merging, revert this pull request.'],
    closing: ['<sub>Opened by orchestration-backup</sub>'],
  };
  const medium: Medium = {
    limit,
    measure: measureBytes,
    shown: shown(SUMMARY_SHOWN, report.secretKeys),
    start: SUMMARY_START,
    info: false,
    truncatedNote: note(
      "Some details were left out to stay under GitHub's size limit. Compare the backup with the current configuration locally (`orch-backup diff`) for the full report.",
    ),
  };
  return fitReport(frame, diff, report.validation, medium);
}
