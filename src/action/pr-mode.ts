import path from 'node:path';
import * as core from '@actions/core';
import { context } from '@actions/github';
import { readAgentDefinitions } from '../core/agents/index.js';
import { diffSnapshots } from '../core/diff/index.js';
import { scopeFor } from '../core/config/git-tree.js';
import { readSnapshot } from '../core/config/snapshot.js';
import { ConfigDirNotFoundError } from '../errors/index.js';
import { judgeChange } from '../core/judge/judge.js';
import { WORK_TREE } from '../core/judge/types.js';
import type { Finding, Judgement } from '../core/judge/types.js';
import type { ConfigDocument, ValidationReport } from '../core/validate/types.js';
import {
  renderNoChangesComment,
  renderPrComment,
  renderPrSummary,
  type ArtifactInfo,
  type PrReport,
} from '../render/markdown.js';
import { ArtifactNameTakenError } from './artifacts.js';
import { configsAt } from './base-configs.js';
import { postComment, prReportFile } from './comment-post.js';
import { checkedChange } from './events.js';
import { artifactName, snapshotAndUpload, type Runtime } from './runtime.js';

export interface ModeResult {
  outputs: Record<string, string>;
  summary: string;
  validation?: ValidationReport;
  /** The verdict on a pull request's change (pr mode); `fail-on` new-error/new-warning read it. */
  judgement?: Judgement;
}

/** Head from the workspace, base from git; validate, diff, upload, comment, summarise. */
export async function prMode(rt: Runtime): Promise<ModeResult> {
  const pr = checkedChange(context.eventName, context.payload);
  const backupDir = `${rt.configDir}/.backups`;
  const scope = scopeFor(rt.workspace, rt.configDir, backupDir, rt.settings);
  // Under pull_request_target the workspace is the base branch: the head is read at its commit.
  // Each side's agent definition files from its own commit; the head's from the workspace when
  // it is checked out. A side git cannot give (only the API could read it) borrows the other's.
  const { agentsDir } = rt.settings;
  const withAgents = { configDir: rt.configDir, agentsDir };
  const headSide = pr.headNotCheckedOut
    ? await configsAt(rt.workspace, scope, pr.head.sha, rt.octokit, rt.repo, withAgents)
    : { documents: await headConfigs(rt, backupDir), agents: await readAgentDefinitions(withAgents) };
  const baseSide = await configsAt(rt.workspace, scope, pr.base.sha, rt.octokit, rt.repo, withAgents);
  const [head, base] = [headSide.documents, baseSide.documents];
  const [headAgents, baseAgents] = [headSide.agents, baseSide.agents];

  // Under pull_request_target the job holds a write token while the head may come from a fork:
  // its JSON Schemas are never compiled there (ajv makes code of them); the base branch's are.
  const baseBytes = new Map(base.map((d) => [d.path, d.bytes]));
  const trustedSchemas = pr.headNotCheckedOut
    ? { paths: new Set(baseBytes.keys()), read: async (p: string) => baseBytes.get(p) }
    : undefined;
  const headFrom = pr.headNotCheckedOut ? `git ${pr.head.sha.slice(0, 12)}` : WORK_TREE;
  const baseFrom = `git ${pr.base.sha.slice(0, 12)}`;
  const agentSides = {
    base: baseAgents
      ? { agents: baseAgents, agentsFrom: baseFrom }
      : { agents: headAgents, agentsFrom: headAgents && headFrom },
    head: headAgents
      ? { agents: headAgents, agentsFrom: headFrom }
      : { agents: baseAgents, agentsFrom: baseAgents && baseFrom },
  };

  const diff = diffSnapshots(base, head, {
    fromLabel: `base (${pr.base.ref})`,
    toLabel: `head (${pr.head.ref})`,
    secretKeys: rt.settings.secretKeys,
  });
  const judgement = await judgeChange(
    { label: `base (${pr.base.ref})`, documents: base, exists: base.length > 0, ...agentSides.base },
    { label: `head (${pr.head.ref})`, documents: head, exists: head.length > 0, ...agentSides.head },
    {
      settings: rt.settings,
      diff,
      strict: rt.inputs.failOn === 'new-warning',
      ...(trustedSchemas ? { trustedSchemas } : {}),
    },
  );
  const validation = judgement.reports.after;
  annotateJudgement(judgement, scope.configDir);
  const changed = diff.files.some((f) => f.status !== 'unchanged');

  let artifact: ArtifactInfo | undefined;
  // A merge group is checked only: its pull requests were reported on already.
  if (changed && head.length > 0 && pr.number !== undefined) {
    const name = artifactName(rt, `pr${pr.number}`);
    try {
      const report = prReportFile(pr, rt.inputs.commentHeader, scope.configDir, rt.runId);
      artifact = (await snapshotAndUpload(rt, head, name, `PR #${pr.number} head ${pr.head.sha.slice(0, 7)}`, report))
        .info;
    } catch (error) {
      if (error instanceof ArtifactNameTakenError) throw error;
      core.warning(`Could not upload the backup artifact: ${(error as Error).message}`);
    }
  }
  const report: PrReport = {
    header: rt.inputs.commentHeader,
    repository: `${rt.repo.owner}/${rt.repo.repo}`,
    baseRef: pr.base.ref,
    headRef: pr.head.ref,
    baseSha: pr.base.sha,
    headSha: pr.head.sha,
    configDir: scope.configDir,
    diff,
    validation,
    ...(artifact ? { artifact } : {}),
    runUrl: rt.runUrl,
    restoreWorkflow: 'restore.yml',
    secretKeys: rt.settings.secretKeys,
    judgement,
  };
  const outputs: Record<string, string> = {
    valid: String(validation.valid),
    changed: String(changed),
    verdict: judgement.verdict,
  };
  if (artifact)
    Object.assign(outputs, {
      'backup-name': artifact.name,
      'artifact-id': String(artifact.id),
      'artifact-url': artifact.url ?? '',
    });

  let note = '';
  if (rt.inputs.comment !== 'off' && pr.number !== undefined) {
    const body = changed ? renderPrComment(report) : renderNoChangesComment(rt.inputs.commentHeader, rt.runUrl);
    note = await postComment(rt, outputs, {
      issueNumber: pr.number,
      body,
      changed,
      headSha: pr.head.sha,
      fromFork: pr.fromFork,
    });
  }
  return { outputs, summary: renderPrSummary(report) + note, validation, judgement };
}

async function headConfigs(rt: Runtime, backupDir: string): Promise<ConfigDocument[]> {
  try {
    return (await readSnapshot({ configDir: rt.configDir, backupDir, settings: rt.settings })).files;
  } catch (error) {
    if (error instanceof ConfigDirNotFoundError) return [];
    throw error;
  }
}

/** Errors and warnings as annotations on the PR's files, at their line and column. */
export function annotate(validation: ValidationReport, configDirRel: string): void {
  emitAnnotations(validation.diagnostics, configDirRel);
}

/** GitHub shows at most this many annotations of each kind per step. */
const ANNOTATIONS_PER_KIND = 10;

/** New findings first, then the ones already there; at most 10 errors and 10 warnings, and a notice for the rest. */
function annotateJudgement(judgement: Judgement, configDirRel: string): void {
  emitAnnotations([...judgement.new, ...judgement.existing], configDirRel, new Set(judgement.new));
}

function emitAnnotations(findings: readonly Finding[], configDirRel: string, fresh?: ReadonlySet<Finding>): void {
  const shown = { error: 0, warning: 0 };
  let more = 0;
  for (const d of findings) {
    if (d.severity === 'info') continue;
    if (shown[d.severity] >= ANNOTATIONS_PER_KIND) {
      more++;
      continue;
    }
    shown[d.severity]++;
    const properties = {
      title: `orch-backup: ${d.code}${fresh && !fresh.has(d) ? ' (already in the base)' : ''}`,
      // Agent definition files are outside the config dir (`../agents/x.md`).
      ...(d.file ? { file: path.posix.normalize(configDirRel ? `${configDirRel}/${d.file}` : d.file) } : {}),
      ...(d.line ? { startLine: d.line } : {}),
      ...(d.column ? { startColumn: d.column } : {}),
    };
    if (d.severity === 'error') core.error(d.message, properties);
    else core.warning(d.message, properties);
  }
  if (more > 0) core.notice(`${more} more in the job summary`, { title: 'orch-backup' });
}
