import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { context, getOctokit } from '@actions/github';
import { exportBackup } from '../core/archive/export.js';
import { createBackup } from '../core/create/create.js';
import { loadSettings, SETTINGS_FILE, type Settings } from '../core/config/settings.js';
import type { ConfigDocument } from '../core/validate/types.js';
import type { ArtifactInfo } from '../render/markdown.js';
import { uploadBackup } from './artifacts.js';
import type { Octokit, Repo } from './github.js';
import type { ActionInputs } from './inputs.js';

/** What every mode needs, resolved once from the runner's environment and the inputs. */
export interface Runtime {
  inputs: ActionInputs;
  workspace: string;
  configDir: string;
  settings: Settings;
  repo: Repo;
  octokit: Octokit;
  runId: number;
  runAttempt: number;
  runUrl: string;
  /** A scratch directory: backups made here never touch the workspace. */
  scratch: string;
}

export async function createRuntime(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<Runtime> {
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const configDir = path.resolve(workspace, inputs.configDir);
  const { settings } = await loadSettings(path.join(configDir, SETTINGS_FILE));
  const repo = context.repo;
  const runUrl = `${context.serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${context.runId}`;
  return {
    inputs,
    workspace,
    configDir,
    settings,
    repo,
    octokit: getOctokit(inputs.token, { baseUrl: context.apiUrl }),
    runId: context.runId,
    runAttempt: context.runAttempt,
    runUrl,
    scratch: await mkdtemp(path.join(env.RUNNER_TEMP ?? tmpdir(), 'orch-backup-')),
  };
}

/** `orch-backup-pr12-<run id>-<attempt>`: unique per run attempt, as GitHub requires of artifact names. */
export function artifactName(rt: Runtime, label: string): string {
  return rt.inputs.artifactName || `orch-backup-${label}-${rt.runId}-${rt.runAttempt}`;
}

/**
 * Backs the documents up into a scratch store, exports the backup (the same tar.gz as
 * `orch-backup export`) and uploads it as the artifact.
 */
export async function snapshotAndUpload(rt: Runtime, docs: ConfigDocument[], name: string, description: string): Promise<{ info: ArtifactInfo; manifest: Awaited<ReturnType<typeof createBackup>>['manifest'] }> {
  const store = path.join(rt.scratch, 'store');
  const backup = await createBackup({
    configDir: rt.configDir,
    backupDir: store,
    settings: rt.settings,
    documents: docs,
    name,
    trigger: 'ci',
    description,
    tags: ['ci'],
    allowInvalid: true,
  });
  const archive = path.join(rt.scratch, 'upload', `${name}.tar.gz`);
  await mkdir(path.dirname(archive), { recursive: true });
  await exportBackup({ backupDir: store, name, output: archive });
  const uploaded = await uploadBackup(name, archive, rt.inputs.retentionDays, rt.runUrl);
  core.info(`Uploaded backup artifact ${name} (id ${uploaded.id})`);
  const info: ArtifactInfo = { name, id: uploaded.id, url: uploaded.url, runId: String(rt.runId), ...(rt.inputs.retentionDays ? { retentionDays: rt.inputs.retentionDays } : {}) };
  return { info, manifest: backup.manifest };
}
