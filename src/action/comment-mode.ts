import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { context } from '@actions/github';
import { importArchive } from '../core/archive/import.js';
import { scopeFor } from '../core/config/git-tree.js';
import { diffSnapshots } from '../core/diff/index.js';
import { readBackupFiles } from '../core/inspect/backup-files.js';
import { validateDocuments } from '../core/validate/index.js';
import { OrchBackupError } from '../errors/index.js';
import { renderNoChangesComment, renderPrComment, renderPrSummary, type PrReport } from '../render/markdown.js';
import { downloadBackup, onGhes } from './artifacts.js';
import { configsAt } from './base-configs.js';
import { postComment, REPORT_FILE, type ReportFile } from './comment-post.js';
import { triggeringRun, type TriggeringRun } from './events.js';
import { annotate, type ModeResult } from './pr-mode.js';
import { instanceSlug, type Runtime } from './runtime.js';

/** The report does not belong to the run that triggered this one: nothing is posted. */
class ReportMismatchError extends OrchBackupError {
  readonly code = 'REPORT_MISMATCH';
}

const MAX_REPORT_BYTES = 64 * 1024;

/**
 * The privileged half of the fork recipe, on `workflow_run`: the pull_request run (read-only
 * token, maybe a fork's code) uploaded the head's configs and a small report; this run, which
 * holds a write token, downloads them as data, checks that they belong to the pull request and
 * head commit GitHub names in the workflow_run payload, recomputes the check against the base
 * (only the base's schemas are compiled, as under pull_request_target) and writes the comment.
 * Nothing from the pull request is executed, and its rendered text is never trusted.
 */
export async function commentMode(rt: Runtime): Promise<ModeResult> {
  const run = triggeringRun(context.payload);
  if (run.event !== 'pull_request' && run.event !== 'pull_request_review') {
    const summary = `Nothing to comment: run ${run.id} was triggered by ${run.event}, not by a pull request.`;
    core.info(summary);
    return { outputs: {}, summary };
  }
  // No artifacts on GHES, so the run uploaded no report: that must not read as "no change" below.
  if (onGhes(context.serverUrl)) {
    const summary = `Nothing to comment: artifacts are not available on GitHub Enterprise Server, so run ${run.id} could upload no report for this recipe (the pull_request run comments itself on pull requests from this repository)`;
    core.warning(summary);
    return { outputs: {}, summary };
  }
  const slug = instanceSlug(rt);
  const wanted = rt.inputs.artifactName
    ? (name: string) => name === rt.inputs.artifactName
    : (name: string) => new RegExp(`^orch-backup-pr\\d+-${slug}-${run.id}-${run.attempt}$`).test(name);
  const listed = await rt.octokit.paginate(rt.octokit.rest.actions.listWorkflowRunArtifacts, {
    ...rt.repo,
    run_id: run.id,
    per_page: 100,
  });
  const artifact = listed.find((a) => wanted(a.name) && !a.expired);
  if (!artifact) return noReport(rt, run);

  const into = path.join(rt.scratch, 'report');
  await mkdir(into, { recursive: true });
  const archive = await downloadBackup(
    { id: artifact.id, name: artifact.name, runId: run.id, expired: false, expiresAt: artifact.expires_at ?? null },
    rt.repo,
    rt.inputs.token,
    into,
  );
  const report = await readReport(path.join(into, REPORT_FILE));
  const pr = await verifiedPullRequest(rt, run, report);
  if (!pr) {
    const summary = `Run ${run.id} checked ${run.headSha.slice(0, 7)}, but pull request #${report.pullRequest} has moved on: the comment is left for the newer run.`;
    core.notice(summary);
    return { outputs: {}, summary };
  }

  const backupDir = `${rt.configDir}/.backups`;
  const scope = scopeFor(rt.workspace, rt.configDir, backupDir, rt.settings);
  if (report.configDir !== scope.configDir) {
    throw new ReportMismatchError(
      `the report of run ${run.id} is about config dir ${JSON.stringify(report.configDir)}, this job's config-dir is ${JSON.stringify(scope.configDir)}: give both workflows the same config-dir`,
    );
  }
  const store = path.join(rt.scratch, 'store');
  const imported = await importArchive({ backupDir: store, file: archive, settings: rt.settings, allowInvalid: true });
  const head = (await readBackupFiles(store, imported.name)).files;
  const base = (await configsAt(rt.workspace, scope, pr.baseSha, rt.octokit, rt.repo)).documents;
  // The head is a fork's data: only the base's schemas are compiled (ajv turns schemas into code).
  const baseBytes = new Map(base.map((d) => [d.path, d.bytes]));
  const validation = await validateDocuments(head, {
    settings: rt.settings,
    trustedSchemas: { paths: new Set(baseBytes.keys()), read: async (p: string) => baseBytes.get(p) },
  });
  annotate(validation, scope.configDir);
  const diff = diffSnapshots(base, head, {
    fromLabel: `base (${pr.baseRef})`,
    toLabel: `head (${pr.headRef})`,
    secretKeys: rt.settings.secretKeys,
  });
  const changed = diff.files.some((f) => f.status !== 'unchanged');
  const runUrl = `${context.serverUrl}/${rt.repo.owner}/${rt.repo.repo}/actions/runs/${run.id}`;
  const prReport: PrReport = {
    header: rt.inputs.commentHeader,
    repository: `${rt.repo.owner}/${rt.repo.repo}`,
    baseRef: pr.baseRef,
    headRef: pr.headRef,
    baseSha: pr.baseSha,
    headSha: run.headSha,
    configDir: scope.configDir,
    diff,
    validation,
    artifact: {
      name: artifact.name,
      id: artifact.id,
      url: `${runUrl}/artifacts/${artifact.id}`,
      runId: String(run.id),
    },
    runUrl,
    restoreWorkflow: 'restore.yml',
    secretKeys: rt.settings.secretKeys,
  };
  const outputs: Record<string, string> = {
    valid: String(validation.valid),
    changed: String(changed),
    'backup-name': artifact.name,
    'pull-request-number': String(pr.number),
  };
  let note = '';
  if (rt.inputs.comment !== 'off') {
    const body = changed ? renderPrComment(prReport) : renderNoChangesComment(rt.inputs.commentHeader, runUrl);
    note = await postComment(rt, outputs, {
      issueNumber: pr.number,
      body,
      changed,
      headSha: run.headSha,
      fromFork: false,
    });
  }
  // The pull_request run's own check carries fail-on; this job only reports.
  return { outputs, summary: renderPrSummary(prReport) + note };
}

async function readReport(file: string): Promise<ReportFile> {
  const size = await stat(file).then(
    (s) => s.size,
    () => -1,
  );
  if (size < 0)
    throw new ReportMismatchError(`the artifact holds no ${REPORT_FILE}: it was not uploaded by this action's pr mode`);
  if (size > MAX_REPORT_BYTES)
    throw new ReportMismatchError(`${REPORT_FILE} is ${size} bytes, more than a report can be`);
  let data: Partial<ReportFile>;
  try {
    data = JSON.parse(await readFile(file, 'utf8')) as Partial<ReportFile>;
  } catch {
    throw new ReportMismatchError(`${REPORT_FILE} is not JSON`);
  }
  const ok =
    data.format === 1 &&
    Number.isSafeInteger(data.pullRequest) &&
    (data.pullRequest ?? 0) > 0 &&
    typeof data.headSha === 'string' &&
    /^[0-9a-f]{40}$/.test(data.headSha) &&
    typeof data.configDir === 'string';
  if (!ok) throw new ReportMismatchError(`${REPORT_FILE} is not a report this version of the action understands`);
  return data as ReportFile;
}

interface VerifiedPullRequest {
  number: number;
  baseSha: string;
  baseRef: string;
  headRef: string;
}

/**
 * The pull request the report names, if GitHub agrees that the triggering run built its head:
 * the run's head SHA (from the payload, not the report) must be the report's and the pull
 * request's, from the same repository. Undefined when the pull request has moved on since.
 */
async function verifiedPullRequest(
  rt: Runtime,
  run: TriggeringRun,
  report: ReportFile,
): Promise<VerifiedPullRequest | undefined> {
  const mismatch = (why: string) =>
    new ReportMismatchError(`the report in run ${run.id} does not belong to it (${why}): nothing was posted`);
  if (report.headSha !== run.headSha)
    throw mismatch(`it is about ${report.headSha.slice(0, 7)}, the run built ${run.headSha.slice(0, 7)}`);
  // Same-repository pull requests are linked to the run by GitHub; forks' are not (the list is empty).
  if (run.pullRequests.length > 0 && !run.pullRequests.includes(report.pullRequest))
    throw mismatch(`it names #${report.pullRequest}, the run belongs to #${run.pullRequests.join(', #')}`);
  const { data: pr } = await rt.octokit.rest.pulls.get({ ...rt.repo, pull_number: report.pullRequest });
  if (pr.head.repo?.full_name && run.headRepository && pr.head.repo.full_name !== run.headRepository) {
    throw mismatch(`#${pr.number} comes from ${pr.head.repo.full_name}, the run from ${run.headRepository}`);
  }
  if (pr.head.sha !== run.headSha) return undefined;
  return { number: pr.number, baseSha: pr.base.sha, baseRef: pr.base.ref, headRef: pr.head.ref };
}

/**
 * No report artifact: the pull_request run found no change (it uploads nothing then) or failed
 * before uploading. Only a successful run of a pull request GitHub links to it lets an earlier
 * comment be corrected to "no changes"; otherwise nothing is written.
 */
async function noReport(rt: Runtime, run: TriggeringRun): Promise<ModeResult> {
  const number = run.pullRequests.length === 1 ? run.pullRequests[0] : undefined;
  if (run.conclusion !== 'success' || number === undefined || rt.inputs.comment === 'off') {
    const summary = `Run ${run.id} (${run.conclusion ?? 'not finished'}) uploaded no report for this instance (${instanceSlug(rt)}): nothing to comment.`;
    core.info(summary);
    return { outputs: {}, summary };
  }
  const outputs: Record<string, string> = { changed: 'false', 'pull-request-number': String(number) };
  const runUrl = `${context.serverUrl}/${rt.repo.owner}/${rt.repo.repo}/actions/runs/${run.id}`;
  const note = await postComment(rt, outputs, {
    issueNumber: number,
    body: renderNoChangesComment(rt.inputs.commentHeader, runUrl),
    changed: false,
    headSha: run.headSha,
    fromFork: false,
  });
  return { outputs, summary: `Run ${run.id} found no configuration change.${note}` };
}
