import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { errnoOf } from '../../errors/index.js';
import type { LegacyJournalState } from '../../errors/restore.js';
import { ownedPathProblem, ownedPaths } from '../config/owned-paths.js';
import { openBackup } from '../store/backup-reader.js';
import { isValidName } from '../store/names.js';

/**
 * A restore journal as versions before signed journals wrote it (format 1). It is unsigned, so
 * anyone who can write into the store could have planted it, and it holds no originals (that
 * version overwrote files in place; the safety backup held the old state), so neither direction
 * can be run from it. What it names can still be checked, read only, to tell the user exactly
 * which ordinary, confirmed restore of a verified backup ends it.
 */
interface LegacyJournal {
  version: 1;
  /** `restore`: moving to `backup`; `rollback`: moving back to `backup`, the safety backup. */
  purpose: 'restore' | 'rollback';
  backup: string;
  safetyBackup: string | null;
  configDir: string;
  stagingDir: string;
  phase: 'staging' | 'applying' | 'applied';
  operations: { path: string; action: 'write' | 'remove'; sha256: string | null }[];
}

interface LegacyJournalFindings {
  purpose: 'restore' | 'rollback';
  configDir: string;
  stagingDir: string;
  phase: LegacyJournal['phase'];
  /** The backup that completes what it was doing, when the store has it. */
  finishWith: string | null;
  /** The backup holding the config as it was before, when the store has it (and it differs from `finishWith`). */
  goBackWith: string | null;
  /** Backups it names that the store no longer has. */
  missing: string[];
  state: LegacyJournalState;
}

export function isLegacyJournal(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && (raw as { version?: unknown }).version === 1;
}

/** What can be known from a format-1 journal without trusting it; null when it is not even shaped like one. */
export async function inspectLegacyJournal(raw: unknown, backupDir: string): Promise<LegacyJournalFindings | null> {
  const j = raw as Partial<LegacyJournal>;
  if (j.purpose !== 'restore' && j.purpose !== 'rollback') return null;
  if (typeof j.backup !== 'string' || !isValidName(j.backup)) return null;
  if (j.safetyBackup !== null && (typeof j.safetyBackup !== 'string' || !isValidName(j.safetyBackup))) return null;
  if (typeof j.configDir !== 'string' || !path.isAbsolute(j.configDir)) return null;
  if (j.phase !== 'staging' && j.phase !== 'applying' && j.phase !== 'applied') return null;
  if (!Array.isArray(j.operations)) return null;
  const owned = ownedPaths({ configDir: j.configDir, backupDir });
  const operations = j.operations.filter(
    (op): op is LegacyJournal['operations'][number] =>
      typeof op === 'object' &&
      op !== null &&
      typeof op.path === 'string' &&
      ownedPathProblem(op.path, owned) === null &&
      (op.action === 'remove' || (op.action === 'write' && typeof op.sha256 === 'string')),
  );
  if (operations.length !== j.operations.length) return null;

  // A rollback journal's `backup` is the safety backup: finishing it goes back to before.
  const target = j.backup;
  const before = j.purpose === 'rollback' ? null : j.safetyBackup;
  const [targetFiles, beforeFiles] = await Promise.all([
    manifestFiles(backupDir, target),
    before ? manifestFiles(backupDir, before) : Promise.resolve(undefined),
  ]);
  const now = new Map(
    await Promise.all(
      operations.map(
        async (op) => [op.path, await sha256Of(path.join(j.configDir as string, ...op.path.split('/')))] as const,
      ),
    ),
  );
  const done = operations.every((op) => now.get(op.path) === (op.action === 'write' ? op.sha256 : null));
  const untouched =
    beforeFiles !== undefined && operations.every((op) => now.get(op.path) === (beforeFiles.get(op.path) ?? null));
  return {
    purpose: j.purpose,
    configDir: j.configDir,
    stagingDir: path.join(j.configDir, '.orch-backup-restore'),
    phase: j.phase,
    finishWith: targetFiles ? target : null,
    goBackWith: beforeFiles && before ? before : null,
    missing: [...(targetFiles ? [] : [target]), ...(before && !beforeFiles ? [before] : [])],
    state: j.phase === 'staging' || (untouched && !done) ? 'untouched' : done ? 'finished' : 'mixed',
  };
}

/** The backup's files by path and SHA-256, from its checked manifest; undefined when it is gone or damaged. */
async function manifestFiles(backupDir: string, name: string): Promise<Map<string, string> | undefined> {
  try {
    const backup = await openBackup(backupDir, name);
    return new Map(backup.manifest.files.map((f) => [f.path, f.sha256]));
  } catch {
    return undefined;
  }
}

async function sha256Of(file: string): Promise<string | null> {
  try {
    return createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
  } catch (error) {
    if (errnoOf(error) === 'ENOENT' || errnoOf(error) === 'ENOTDIR') return null;
    return 'unreadable';
  }
}
