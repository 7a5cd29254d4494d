import { ConfigDirNotFoundError } from '../errors.js';
import { diffSnapshots, migrationPath, redactAt, type DiffResult, type JsonPatchOperation } from './diff/index.js';
import { readBackupFiles } from './read-backup.js';
import { readSnapshot } from './snapshot.js';
import { DEFAULT_SETTINGS, type Settings } from './settings.js';
import { loadAllManifests } from './store.js';
import type { ConfigDocument } from './validate/types.js';

/** The name `diff` uses for the live config dir. */
export const CURRENT = 'current';

export interface CompareOptions {
  configDir: string;
  backupDir: string;
  settings?: Settings;
}

/**
 * Semantic diff between two backups, or a backup and the current config. Between two backups
 * the migration path walks every intact backup made between them, in time order.
 */
export async function compareBackups(from: string, to: string, options: CompareOptions): Promise<DiffResult> {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const diffOptions = { secretKeys: settings.secretKeys };
  const [a, b] = await Promise.all([load(from, options, settings), load(to, options, settings)]);
  const result = diffSnapshots(a, b, { ...diffOptions, fromLabel: from, toLabel: to });
  if (from === CURRENT || to === CURRENT) return result;

  const manifests = (await loadAllManifests(options.backupDir)).filter((m) => m.manifest && m.problems.length === 0);
  const time = (name: string): number => Date.parse(manifests.find((m) => m.name === name)?.manifest?.createdAt ?? '');
  const [start, end] = [time(from), time(to)];
  const between = manifests
    .filter((m) => m.name === from || m.name === to || (Date.parse(m.manifest?.createdAt ?? '') > Math.min(start, end) && Date.parse(m.manifest?.createdAt ?? '') < Math.max(start, end)))
    .sort((x, y) => Date.parse(x.manifest?.createdAt ?? '') - Date.parse(y.manifest?.createdAt ?? ''));
  if (start > end) between.reverse();
  const steps = await Promise.all(
    between.map(async (m) => ({ name: m.name, createdAt: m.manifest?.createdAt ?? '', configVersion: m.manifest?.configVersion ?? null, files: (await readBackupFiles(options.backupDir, m.name)).files })),
  );
  return { ...result, migrationPath: migrationPath(steps, diffOptions) };
}

async function load(name: string, options: CompareOptions, settings: Settings): Promise<ConfigDocument[]> {
  if (name !== CURRENT) return (await readBackupFiles(options.backupDir, name)).files;
  try {
    return (await readSnapshot({ configDir: options.configDir, backupDir: options.backupDir, settings })).files;
  } catch (error) {
    if (error instanceof ConfigDirNotFoundError && error.reason === 'missing') return [];
    throw error;
  }
}

/** The patches with values under secret keys masked: for anything a person or a log may see. */
export function redactPatches(result: DiffResult, secretKeys: readonly string[]): DiffResult {
  const mask = (op: JsonPatchOperation): JsonPatchOperation => ('value' in op ? { ...op, value: redactAt(op.path, op.value, secretKeys) } : op);
  return { ...result, files: result.files.map((f) => ({ ...f, patch: f.patch ? f.patch.map(mask) : null })) };
}
