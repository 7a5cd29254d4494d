import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { context } from '@actions/github';
import { readAgentDefinitions } from '../core/agents/index.js';
import { importArchive } from '../core/archive/import.js';
import { ArtifactsUnavailableError, RestoreRolledBackError } from '../errors/index.js';
import { diffSnapshots } from '../core/diff/index.js';
import { scopeFor } from '../core/config/git-tree.js';
import { planRestore, restoreBackup } from '../core/restore/restore.js';
import { readSnapshot } from '../core/config/snapshot.js';
import { validateDocuments } from '../core/validate/index.js';
import { renderArtifactList, renderBackupSummary, renderRestoreBody, type ListedArtifact } from '../render/markdown.js';
import { downloadBackup, findArtifact, onGhes } from './artifacts.js';
import { unchangedSinceLastBackup } from './last-backup.js';
import { openRestorePullRequest } from './github.js';
import { annotate, type ModeResult } from './pr-mode.js';
import { artifactName, snapshotAndUpload, type Runtime } from './runtime.js';

async function defaultBranch(rt: Runtime): Promise<string> {
  return (await rt.octokit.rest.repos.get({ ...rt.repo })).data.default_branch;
}

/** Snapshot the current configs and upload them as an artifact. */
export async function backupMode(rt: Runtime): Promise<ModeResult> {
  const backupDir = path.join(rt.configDir, '.backups');
  const { files } = await readSnapshot({ configDir: rt.configDir, backupDir, settings: rt.settings });
  const agents = await readAgentDefinitions({ configDir: rt.configDir, agentsDir: rt.settings.agentsDir });
  const validation = await validateDocuments(files, { settings: rt.settings, agents });
  annotate(
    validation,
    scopeFor(rt.workspace, rt.configDir, backupDir, { include: [], exclude: [], runtimeState: [] }).configDir,
  );
  const label = context.sha ? context.sha.slice(0, 7) : 'snapshot';
  const same = rt.inputs.forceUpload ? undefined : await unchangedSinceLastBackup(rt, files);
  if (same) {
    const note = `The configs equal the last backup, ${same.name} (run ${same.runId}): nothing uploaded. Set force-upload: true to upload anyway.`;
    core.info(note);
    return {
      outputs: { valid: String(validation.valid), 'backup-name': same.name, uploaded: 'false' },
      summary: note,
      validation,
    };
  }
  const { info, manifest } = await snapshotAndUpload(
    rt,
    files,
    artifactName(rt, label),
    `${context.eventName} of ${context.ref || 'the workspace'} at ${label}`,
  );
  return {
    outputs: {
      valid: String(validation.valid),
      uploaded: String(Boolean(info)),
      ...(info ? { 'backup-name': info.name, 'artifact-id': String(info.id), 'artifact-url': info.url ?? '' } : {}),
    },
    summary: renderBackupSummary(manifest, info, validation),
    validation,
  };
}

/** The repository's backup artifacts that have not expired, newest first. */
export async function listMode(rt: Runtime): Promise<ModeResult> {
  const all = await rt.octokit.paginate(rt.octokit.rest.actions.listArtifactsForRepo, { ...rt.repo, per_page: 100 });
  const prefix = rt.inputs.artifactName || 'orch-backup-';
  const listed: ListedArtifact[] = all
    .filter((a) => !a.expired && a.name.startsWith(prefix))
    .sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? ''))
    .map((a) => ({
      name: a.name,
      id: a.id,
      sizeInBytes: a.size_in_bytes,
      createdAt: a.created_at ?? '',
      expiresAt: a.expires_at ?? '',
      runId: a.workflow_run?.id ?? null,
      url: a.workflow_run?.id
        ? `${context.serverUrl}/${rt.repo.owner}/${rt.repo.repo}/actions/runs/${a.workflow_run.id}/artifacts/${a.id}`
        : undefined,
    }))
    .map((a) => (a.url === undefined ? (({ url: _u, ...rest }) => rest)(a) : a) as ListedArtifact);
  return { outputs: {}, summary: renderArtifactList(listed, `${rt.repo.owner}/${rt.repo.repo}`) };
}

/**
 * Download, verify (import checks every checksum and validates), restore into the workspace
 * with the crash-safe core, then (restore-to: pull-request) commit the result through the API.
 */
export async function restoreMode(rt: Runtime): Promise<ModeResult> {
  // Refused before any API call: the REST API would still list artifacts there, but none can be downloaded.
  if (onGhes(context.serverUrl)) throw new ArtifactsUnavailableError(context.serverUrl, rt.inputs.backup);
  const found = await findArtifact(rt.octokit, rt.repo, rt.inputs.backup, rt.inputs.runId);
  const download = path.join(rt.scratch, 'download');
  await mkdir(download, { recursive: true });
  const archive = await downloadBackup(found, rt.repo, rt.inputs.token, download);
  const store = path.join(rt.scratch, 'store');
  const imported = await importArchive({ backupDir: store, file: archive, settings: rt.settings, allowInvalid: false });
  const options = {
    configDir: rt.configDir,
    backupDir: store,
    settings: rt.settings,
    lockTimeoutMs: rt.settings.lockTimeoutMs,
  };
  const plan = await planRestore(imported.name, options);
  const diff = diffSnapshots(plan.currentFiles, plan.backupFiles, {
    fromLabel: 'current',
    toLabel: imported.name,
    secretKeys: rt.settings.secretKeys,
  });
  const outputs: Record<string, string> = {
    valid: String(plan.validation.valid),
    changed: String(!plan.identical),
    'backup-name': imported.name,
  };
  // One branch per backup, the same in every run and attempt: a re-run updates it (and its PR).
  const branch = `orch-backup/restore-${imported.name}`;
  const report = {
    backup: imported.name,
    runId: String(found.runId),
    diff,
    validation: plan.validation,
    secretKeys: rt.settings.secretKeys,
  };
  if (plan.identical) {
    core.info(`The configs already match ${imported.name}: nothing to restore`);
    return { outputs, summary: renderRestoreBody(report), validation: plan.validation };
  }
  const result = await restoreBackup(plan, options);
  if (result.rolledBack) throw new RestoreRolledBackError(imported.name, result.validation.summary.errors);

  let body = renderRestoreBody({ ...report, safetyBackup: result.safetyBackup });
  if (rt.inputs.restoreTo === 'pull-request') {
    const configRel = path.relative(rt.workspace, rt.configDir).split(path.sep).join('/');
    const changes = new Map<string, Buffer | null>();
    for (const file of [...result.changed, ...result.added])
      changes.set(`${configRel}/${file}`, await readFile(path.join(rt.configDir, ...file.split('/'))));
    for (const file of result.removed) changes.set(`${configRel}/${file}`, null);
    body = renderRestoreBody({ ...report, safetyBackup: result.safetyBackup, branch });
    const pr = await openRestorePullRequest(rt.octokit, rt.repo, {
      baseBranch:
        rt.inputs.baseBranch ||
        (context.ref.startsWith('refs/heads/') ? context.ref.slice('refs/heads/'.length) : '') ||
        (await defaultBranch(rt)),
      labels: rt.inputs.labels,
      draft: rt.inputs.draft,
      reviewers: rt.inputs.reviewers,
      branch,
      message: `Restore orchestration configs from ${imported.name}\n\nRestored by orchestration-backup in ${rt.runUrl}`,
      changes,
      title: `Restore orchestration configs from ${imported.name}`,
      body,
    });
    outputs['pull-request-url'] = pr.url;
    outputs['pull-request-number'] = String(pr.number);
    core.info(`${pr.updated ? 'Updated' : 'Opened'} ${pr.url}`);
  }
  return { outputs, summary: body, validation: result.validation };
}
