import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { importArchive } from '../core/archive/import.js';
import { readBackupFiles } from '../core/inspect/backup-files.js';
import type { ConfigDocument } from '../core/validate/types.js';
import { artifactsUnavailable, downloadBackup } from './artifacts.js';
import { instanceSlug, type Runtime } from './runtime.js';

export interface LastBackup {
  name: string;
  runId: number;
}

/**
 * The newest unexpired backup-mode artifact of this instance (default names only) from this
 * repository's own runs, if its content equals `docs`. Lets a daily schedule skip uploading the
 * same configs again. Any trouble reading it means "not known equal": the upload goes ahead.
 */
export async function unchangedSinceLastBackup(
  rt: Runtime,
  docs: readonly ConfigDocument[],
): Promise<LastBackup | undefined> {
  if (rt.inputs.artifactName) return undefined;
  const pattern = new RegExp(`^orch-backup-(?:[0-9a-f]{7}|snapshot)-${instanceSlug(rt)}-\\d+-\\d+$`);
  try {
    const all = await rt.octokit.paginate(rt.octokit.rest.actions.listArtifactsForRepo, { ...rt.repo, per_page: 100 });
    const last = all
      .filter(
        (a) =>
          !a.expired && pattern.test(a.name) && a.workflow_run?.head_repository_id === a.workflow_run?.repository_id,
      )
      .sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? ''))[0];
    if (!last?.workflow_run?.id) return undefined;
    const into = path.join(rt.scratch, 'last-backup');
    await mkdir(into, { recursive: true });
    const archive = await downloadBackup(
      { id: last.id, name: last.name, runId: last.workflow_run.id, expired: false, expiresAt: last.expires_at ?? null },
      rt.repo,
      rt.inputs.token,
      into,
    );
    const store = path.join(rt.scratch, 'last-store');
    const imported = await importArchive({
      backupDir: store,
      file: archive,
      settings: rt.settings,
      allowInvalid: true,
    });
    const previous = (await readBackupFiles(store, imported.name)).files;
    return fingerprint(previous) === fingerprint(docs) ? { name: last.name, runId: last.workflow_run.id } : undefined;
  } catch (error) {
    if (!artifactsUnavailable(error))
      core.info(`Could not compare with the last backup (${(error as Error).message}); uploading`);
    return undefined;
  }
}

function fingerprint(docs: readonly ConfigDocument[]): string {
  const hash = createHash('sha256');
  for (const d of [...docs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash.update(`${d.path}\0${d.bytes.length}\0`).update(d.bytes);
  }
  return hash.digest('hex');
}
