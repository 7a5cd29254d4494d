/**
 * Markdown about backups themselves: how to restore one, the job summary of backup mode, and the
 * list of backup artifacts of list mode. Manifest fields (names, paths, descriptions, tags) are
 * config-derived text and go through `markdown-text` like everything else.
 */
import type { Manifest } from '../core/store/manifest.js';
import type { ValidationReport } from '../core/validate/types.js';
import { formatSize, formatTime } from './format.js';
import type { Shown } from './markdown-changes.js';
import type { ArtifactInfo, ListedArtifact } from './markdown.js';
import { SUMMARY_LIMIT, joinBlocks, measureBytes, validationSection, validationStatus } from './markdown-report.js';
import {
  cellCode,
  codeSpan,
  details,
  fenced,
  inert,
  link,
  plural,
  shellWord,
  shorten,
  shortenMiddle,
} from './markdown-text.js';

export interface RestoreSteps {
  /** Artifact to download. */
  artifact: string;
  /** Backup inside it (its archive is `<backup>.tar.gz`). */
  backup: string;
  runId?: string | null;
  /** `owner/repo`; without it `gh` uses the repository of the current directory. */
  repository?: string;
  restoreWorkflow?: string;
  title?: string;
}

const SUMMARY_SHOWN: Shown = { secretKeys: [], valueLength: 200, idLength: 200, pointerLength: 300, textLength: 1000 };

/** "♻️ How to restore": the dispatch workflow (a restore pull request) and the CLI. */
export function restoreInstructions(steps: RestoreSteps): string {
  const repo = steps.repository ? ` --repo ${shellWord(steps.repository)}` : '';
  const parts: string[] = [];
  if (steps.restoreWorkflow) {
    parts.push(
      'Open a restore pull request with the restore workflow:',
      // The run id pins the artifact: a name alone could also match another run's upload.
      fenced(
        `gh workflow run ${shellWord(steps.restoreWorkflow)}${repo} -f ${shellWord(`backup=${steps.artifact}`)}${steps.runId ? ` -f ${shellWord(`run-id=${steps.runId}`)}` : ''}`,
        'sh',
      ),
    );
  }
  const run = steps.runId ? ` ${shellWord(steps.runId)}` : '';
  const download = `gh run download${run}${repo} --name ${shellWord(steps.artifact)}`;
  parts.push(
    steps.restoreWorkflow ? 'Or restore it locally with the CLI:' : 'Restore it locally with the CLI:',
    fenced(
      [
        download,
        `orch-backup import ${shellWord(`${steps.backup}.tar.gz`)}`,
        `orch-backup restore ${shellWord(steps.backup)}`,
      ].join('\n'),
      'sh',
    ),
  );
  return details(steps.title ?? '♻️ How to restore this backup', parts.join('\n\n'));
}

/** "[`name`](url) (id 7, kept 30 days, run `123`)" */
export function artifactText(artifact: ArtifactInfo): string {
  const facts = [
    artifact.id !== undefined ? `id ${artifact.id}` : null,
    artifact.retentionDays !== undefined ? `kept ${plural(artifact.retentionDays, 'day')}` : null,
    `run ${codeSpan(artifact.runId)}`,
  ].filter((f): f is string => f !== null);
  return `${link(codeSpan(shorten(artifact.name, 200)), artifact.url)} (${facts.join(', ')})`;
}

function manifestFacts(manifest: Manifest, artifact: ArtifactInfo | undefined, validation: ValidationReport): string {
  const checksum = manifest.checksum.replace(/^sha256:/, '');
  const lines = [
    `- 🗂️ **Backup:** ${codeSpan(manifest.name)} · created ${inert(formatTime(manifest.createdAt))} · trigger ${codeSpan(manifest.trigger)}`,
    `- 🏷️ **Version:** ${codeSpan(manifest.configVersion ?? 'none')}`,
    `- 📁 **Files:** ${plural(manifest.files.length, 'file')} (${formatSize(manifest.totalSize)}) · checksum ${codeSpan(`sha256:${shorten(checksum, 16)}`)}`,
    `- 📋 **Validation:** ${validationStatus(validation)}`,
    artifact
      ? `- 📦 **Artifact:** ${artifactText(artifact)}`
      : '- ⚠️ **Artifact:** not uploaded, so this backup is not kept',
  ];
  if (manifest.description) lines.push(`- 📝 **Description:** ${inert(shorten(manifest.description, 1000))}`);
  if (manifest.tags.length > 0)
    lines.push(
      `- 🔖 **Tags:** ${manifest.tags
        .slice(0, 50)
        .map((t) => codeSpan(shorten(t, 100)))
        .join(', ')}`,
    );
  return lines.join('\n');
}

function fileTable(manifest: Manifest, cap: number): string {
  const lines = ['| File | Size | Version | SHA-256 |', '|---|--:|---|---|'];
  for (const file of manifest.files.slice(0, cap)) {
    lines.push(
      `| ${cellCode(shortenMiddle(file.path, 300))} | ${formatSize(file.size)} | ${file.version ? cellCode(shorten(file.version, 40)) : ''} | ${cellCode(file.sha256.slice(0, 12))} |`,
    );
  }
  if (manifest.files.length > cap)
    lines.push(`| _${plural(manifest.files.length - cap, 'more file')} not shown_ | | | |`);
  return details(`📁 ${plural(manifest.files.length, 'file')}`, lines.join('\n'));
}

/** The job summary of backup mode: what was saved, whether it is valid, how to restore it. */
export function renderBackupSummary(
  manifest: Manifest,
  artifact: ArtifactInfo | undefined,
  validation: ValidationReport,
): string {
  for (const cap of [Infinity, 1000, 100, 10, 0]) {
    const text = joinBlocks([
      '## 📦 Orchestration config backup',
      manifestFacts(manifest, artifact, validation),
      validationSection(validation, cap, SUMMARY_SHOWN, false),
      fileTable(manifest, cap),
      artifact && restoreInstructions({ artifact: artifact.name, backup: manifest.name, runId: artifact.runId }),
    ]);
    if (measureBytes(text) < SUMMARY_LIMIT) return text;
  }
  return joinBlocks([
    '## 📦 Orchestration config backup',
    `Backup ${codeSpan(manifest.name)} (details left out: too large for a job summary).`,
  ]);
}

function artifactRow(artifact: ListedArtifact): string {
  const run = artifact.runId === null ? '' : cellCode(String(artifact.runId));
  const created = inert(`${formatTime(artifact.createdAt).slice(0, 16)} UTC`);
  return `| ${link(cellCode(shorten(artifact.name, 200)), artifact.url)} | ${created} | ${inert(artifact.expiresAt.slice(0, 10))} | ${formatSize(artifact.sizeInBytes)} | ${run} |`;
}

/** The job summary of list mode: the repository's backup artifacts, newest first. */
export function renderArtifactList(artifacts: ListedArtifact[], repository: string): string {
  const title = `## 📦 Orchestration config backups in ${codeSpan(repository)}`;
  if (artifacts.length === 0) {
    return joinBlocks([
      title,
      'No backup artifacts found. Artifacts are deleted when their retention period ends; a push or a scheduled run of this action makes a new one.',
    ]);
  }
  const newestFirst = [...artifacts].sort((a, b) =>
    a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0,
  );
  const newest = newestFirst[0] as ListedArtifact;
  const howTo = restoreInstructions({
    artifact: newest.name,
    backup: newest.name,
    runId: newest.runId === null ? null : String(newest.runId),
    repository,
    title: '♻️ How to restore one (the newest, for example)',
  });
  for (const cap of [Infinity, 1000, 100, 10, 1]) {
    const rows = newestFirst.slice(0, cap).map(artifactRow);
    if (newestFirst.length > cap)
      rows.push(`| _${plural(newestFirst.length - cap, 'older backup')} not shown_ | | | | |`);
    const table = ['| Backup | Created | Expires | Size | Run |', '|---|---|---|--:|---|', ...rows].join('\n');
    const text = joinBlocks([
      title,
      `${plural(artifacts.length, 'backup artifact')}, newest first. To restore one, run this action in \`restore\` mode with its name as \`backup\`.`,
      table,
      howTo,
    ]);
    if (measureBytes(text) < SUMMARY_LIMIT) return text;
  }
  return joinBlocks([
    title,
    `${plural(artifacts.length, 'backup artifact')} (list left out: too large for a job summary).`,
  ]);
}
