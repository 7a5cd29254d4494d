import * as core from '@actions/core';
import { commentMarker } from '../render/markdown.js';
import { explainRefusal } from './api-errors.js';
import { writeStickyComment } from './comment-owner.js';
import type { CheckedChange } from './events.js';
import type { Runtime } from './runtime.js';

/** The file a pr-mode artifact carries so a workflow_run job can comment for it (see comment mode). */
export const REPORT_FILE = 'orch-backup-report.json';

export interface ReportFile {
  format: 1;
  pullRequest: number;
  headSha: string;
  baseSha: string;
  header: string;
  configDir: string;
  runId: number;
}

export function prReportFile(
  pr: CheckedChange,
  header: string,
  configDir: string,
  runId: number,
): Record<string, string> {
  const report: ReportFile = {
    format: 1,
    pullRequest: pr.number ?? 0,
    headSha: pr.head.sha,
    baseSha: pr.base.sha,
    header,
    configDir,
    runId,
  };
  return { [REPORT_FILE]: `${JSON.stringify(report, null, 2)}\n` };
}

export interface CommentPlan {
  issueNumber: number;
  body: string;
  changed: boolean;
  headSha: string;
  fromFork: boolean;
}

/**
 * Writes the sticky comment and says what happened: the comment's id and URL as outputs, or a
 * note for the job summary when the run was outdated or the token may not comment (the step
 * still succeeds then; the summary holds the report).
 */
export async function postComment(rt: Runtime, outputs: Record<string, string>, plan: CommentPlan): Promise<string> {
  try {
    // No change and no earlier comment: nothing to say. An earlier comment is corrected.
    const outcome = await writeStickyComment(rt.octokit, rt.repo, {
      issueNumber: plan.issueNumber,
      marker: commentMarker(rt.inputs.commentHeader),
      body: plan.body,
      mode: rt.inputs.comment === 'new' ? 'new' : 'update',
      onlyIfExists: !plan.changed,
      headSha: plan.headSha,
    });
    if (outcome.kind === 'written')
      Object.assign(outputs, { 'comment-id': String(outcome.comment.id), 'comment-url': outcome.comment.url });
    if (outcome.kind === 'outdated') {
      const note = `The pull request's head is now ${outcome.currentHead.slice(0, 7)}, newer than ${plan.headSha.slice(0, 7)} checked here: the comment was left for the run of the newer commit.`;
      core.notice(note);
      return `\n\n> [!NOTE]\n> ${note}\n`;
    }
    return '';
  } catch (error) {
    const refusal = explainRefusal(error, 'write the pull request comment', 'pull-requests: write', plan.fromFork);
    if (!refusal) throw error;
    core.warning(`${refusal.message} The report is in the job summary.`);
    return `\n\n> [!WARNING]\n> ${refusal.message}\n`;
  }
}
