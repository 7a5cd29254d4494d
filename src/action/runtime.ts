import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, realpath, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { context } from '@actions/github';
import { exportBackup } from '../core/archive/export.js';
import { git } from '../core/config/git-tree.js';
import { createBackup } from '../core/create/create.js';
import { loadSettings, SETTINGS_FILE, type Settings } from '../core/config/settings.js';
import type { ConfigDocument } from '../core/validate/types.js';
import type { ArtifactInfo } from '../render/markdown.js';
import { uploadBackup } from './artifacts.js';
import type { Octokit, Repo } from './github.js';
import type { ActionInputs } from './inputs.js';
import { createOctokit } from './octokit.js';

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
  const from = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd(), inputs.workingDirectory || '.');
  // actions/checkout with `path:` puts the repository below GITHUB_WORKSPACE: git knows where.
  const found = await repositoryRoot(path.resolve(from, inputs.configDir));
  const workspace = found?.root ?? from;
  const configDir = found?.configDir ?? path.resolve(from, inputs.configDir);
  if (workspace !== from)
    core.info(`Repository root: ${workspace} (found with git from ${path.relative(from, configDir) || '.'})`);
  const { settings } = await loadSettings(path.join(configDir, SETTINGS_FILE));
  const repo = context.repo;
  const runUrl = `${context.serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${context.runId}`;
  return {
    inputs,
    workspace,
    configDir,
    settings,
    repo,
    octokit: createOctokit(inputs.token, context.apiUrl),
    runId: context.runId,
    runAttempt: context.runAttempt,
    runUrl,
    scratch: await mkdtemp(path.join(env.RUNNER_TEMP ?? tmpdir(), 'orch-backup-')),
  };
}

/**
 * The top of the git work tree holding `dir` (or its nearest existing parent), and `dir` spelled
 * from the same real path (git answers with symlinks resolved); undefined outside git.
 */
async function repositoryRoot(dir: string): Promise<{ root: string; configDir: string } | undefined> {
  let at = dir;
  while (!existsSync(at) && path.dirname(at) !== at) at = path.dirname(at);
  let top: string;
  try {
    top = (await git(at, ['rev-parse', '--show-toplevel'])).toString().trim();
  } catch {
    return undefined;
  }
  if (!top) return undefined;
  const realAt = await realpath(at);
  return { root: path.resolve(top), configDir: path.join(realAt, path.relative(at, dir)) };
}

/**
 * `orch-backup-pr12-<instance>-<run id>-<attempt>`: GitHub requires names unique per run attempt,
 * and several instances (one per config dir or comment header, or matrix jobs over them) upload in
 * one run, so the instance is part of the name.
 */
export function artifactName(rt: Runtime, label: string): string {
  return rt.inputs.artifactName || `orch-backup-${label}-${instanceSlug(rt)}-${rt.runId}-${rt.runAttempt}`;
}

/** The comment header, else the config dir (relative to the repository), as letters, digits and dashes. */
export function instanceSlug(rt: Pick<Runtime, 'inputs' | 'workspace' | 'configDir'>): string {
  const source =
    rt.inputs.commentHeader.trim() || path.relative(rt.workspace, rt.configDir).split(path.sep).join('/') || 'root';
  const slug = source
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return slug || 'instance';
}

/**
 * Backs the documents up into a scratch store, exports the backup (the same tar.gz as
 * `orch-backup export`) and uploads it as the artifact.
 */
export async function snapshotAndUpload(
  rt: Runtime,
  docs: ConfigDocument[],
  name: string,
  description: string,
  extra: Record<string, string> = {},
): Promise<{ info: ArtifactInfo | undefined; manifest: Awaited<ReturnType<typeof createBackup>>['manifest'] }> {
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
  const extraFiles = await Promise.all(
    Object.entries(extra).map(async ([file, text]) => {
      const at = path.join(path.dirname(archive), file);
      await writeFile(at, text);
      return at;
    }),
  );
  const uploaded = await uploadBackup(name, archive, rt.inputs.retentionDays, rt.runUrl, {
    defaulted: !rt.inputs.artifactName,
    extra: extraFiles,
  });
  if (!uploaded) return { info: undefined, manifest: backup.manifest };
  core.info(`Uploaded backup artifact ${name} (id ${uploaded.id})`);
  const info: ArtifactInfo = {
    name,
    id: uploaded.id,
    url: uploaded.url,
    runId: String(rt.runId),
    ...(rt.inputs.retentionDays ? { retentionDays: rt.inputs.retentionDays } : {}),
  };
  return { info, manifest: backup.manifest };
}
