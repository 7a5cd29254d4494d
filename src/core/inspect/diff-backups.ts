import { ConfigDirNotFoundError } from '../../errors/index.js';
import { openBackup, type BackupReader } from '../store/backup-reader.js';
import {
  diffLazySnapshots,
  lazyMigrationStep,
  type DiffResult,
  type JsonPatchOperation,
  type LazySnapshot,
  type MigrationStep,
} from '../diff/index.js';
import { REDACTED, isSecretEntity, redactAt, redactPatch, redactPointer } from '../diff/redact.js';
import { parseDocument } from '../diff/snapshots.js';
import { mapLimit } from '../util/fs.js';
import { prepareTextSecrets, shownUnifiedDiff } from '../diff/text-redact.js';
import { readSnapshot } from '../config/snapshot.js';
import { DEFAULT_SETTINGS, type Settings } from '../config/settings.js';
import { backupNames } from '../store/store.js';
import { fileSelection } from '../config/select.js';

/**
 * How `compareBackups` names the live config dir. `@` cannot occur in a backup name, so no
 * backup can shadow it; results label that side `current`.
 */
export const CURRENT = '@current';
const CURRENT_LABEL = 'current';

export interface CompareOptions {
  configDir: string;
  backupDir: string;
  settings?: Settings;
}

/**
 * Semantic diff between two backups, or a backup and the current config. Between two backups
 * the migration path walks every intact backup made between them, in time order.
 *
 * Files whose SHA-256 is the same on both sides are unchanged without being read, so the cost
 * follows the changes, not the size of the config. What a diff vouches for is what it shows:
 * each backup's manifest (sealed by its checksum) and every file it reads are checked, and a
 * backup failing either is refused; stored copies it has no reason to read are left to `verify`.
 */
export async function compareBackups(from: string, to: string, options: CompareOptions): Promise<DiffResult> {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const diffOptions = { secretKeys: settings.secretKeys };
  const [a, b] = await Promise.all([load(from, options, settings), load(to, options, settings)]);
  const result = await diffLazySnapshots(asRestoreSees(a, from, to, settings), asRestoreSees(b, from, to, settings), {
    ...diffOptions,
    fromLabel: labelOf(from),
    toLabel: labelOf(to),
  });
  // What is shown of YAML text diffs is masked from both whole texts, which are at hand only now.
  await prepareTextSecrets(result.files, settings.secretKeys);
  if (from === CURRENT || to === CURRENT) return result;

  // One pair at a time: memory holds two manifests and the changed files of one pair, however long the path.
  const migrationPath: MigrationStep[] = [];
  let older: LazySnapshot | undefined;
  for (const name of await backupsBetween(options.backupDir, a, b)) {
    const newer = name === from ? a : name === to ? b : lazyBackup(await openBackup(options.backupDir, name));
    if (older) migrationPath.push(await lazyMigrationStep(older, newer, diffOptions));
    older = newer;
  }
  return { ...result, migrationPath };
}

/**
 * Per file, the RFC 6902 document that turns `from` into `to`, added and removed files included
 * as whole-document operations: an added file is `[{"op":"add","path":"","value":…}]` (its whole
 * value), a removed one `[{"op":"remove","path":""}]` (no document remains). Files that are not
 * JSON on the side that matters have no patch and are left out, as are unchanged files.
 * `secretKeys` masks values as `redactPatches` does (for a terminal); without it values are real.
 */
export async function filePatches(
  result: DiffResult,
  to: string,
  options: CompareOptions & { secretKeys?: readonly string[] },
): Promise<Record<string, JsonPatchOperation[]>> {
  const patches: Record<string, JsonPatchOperation[]> = {};
  const added = new Set(result.files.filter((f) => f.status === 'added').map((f) => f.path));
  const side = added.size > 0 ? await load(to, options, options.settings ?? DEFAULT_SETTINGS) : undefined;
  const addedDocs = new Map((side?.files ?? []).filter((f) => added.has(f.path)).map((f) => [f.path, f]));
  for (const file of result.files) {
    if (file.status === 'modified' && file.patch) patches[file.path] = file.patch;
    else if (file.status === 'removed') patches[file.path] = [{ op: 'remove', path: '' }];
    else if (file.status === 'added') {
      const doc = addedDocs.get(file.path);
      const parsed = doc ? parseDocument({ bytes: await doc.load() }) : undefined;
      if (!parsed?.ok) continue;
      patches[file.path] = [
        {
          op: 'add',
          path: '',
          value: options.secretKeys ? redactAt('', parsed.value, options.secretKeys) : parsed.value,
        },
      ];
    }
  }
  return patches;
}

/**
 * Against the current config, a backup's files that the settings leave out (runtime state an
 * older backup holds) are not compared: the current side cannot have them, and a restore leaves
 * them alone. Between two backups every stored file counts.
 */
function asRestoreSees(side: Side, from: string, to: string, settings: Settings): Side['files'] {
  if (side.name === CURRENT || (from !== CURRENT && to !== CURRENT)) return side.files;
  const leftOut = fileSelection(settings);
  return side.files.filter((f) => leftOut(f.path) === null);
}

function labelOf(name: string): string {
  return name === CURRENT ? CURRENT_LABEL : name;
}

interface Dated {
  name: string;
  /** When the backup was made (ms since the epoch); NaN for the live config. */
  time: number;
}

type Side = LazySnapshot & Dated;

async function load(name: string, options: CompareOptions, settings: Settings): Promise<Side> {
  if (name !== CURRENT) return lazyBackup(await openBackup(options.backupDir, name));
  try {
    const snapshot = await readSnapshot({ configDir: options.configDir, backupDir: options.backupDir, settings });
    // The live files are in memory already; their versions are parsed only when no backup side records them.
    const files = snapshot.files.map((f) => ({
      path: f.path,
      size: f.size,
      sha256: f.sha256,
      load: async () => f.bytes,
    }));
    return { name, time: NaN, configVersion: null, files };
  } catch (error) {
    if (error instanceof ConfigDirNotFoundError && error.reason === 'missing')
      return { name, time: NaN, configVersion: null, files: [] };
    throw error;
  }
}

function lazyBackup(backup: BackupReader): Side {
  const files = backup.manifest.files.map((f) => ({
    path: f.path,
    size: f.size,
    sha256: f.sha256,
    version: f.version ?? null,
    load: () => backup.read(f),
  }));
  return {
    name: backup.name,
    time: Date.parse(backup.manifest.createdAt),
    configVersion: backup.manifest.configVersion,
    files,
  };
}

/**
 * `from`, `to` and every intact backup made between them, in the order the walk goes (from
 * `from` to `to`, backwards in time when `from` is the newer). Backups made in the same
 * millisecond go in descending name order, as they always have here.
 */
async function backupsBetween(backupDir: string, from: Dated, to: Dated): Promise<string[]> {
  // Only names and times are kept: a store of many large backups never has its manifests in memory at once.
  const others = (await backupNames(backupDir)).filter((name) => name !== from.name && name !== to.name);
  const dated = await mapLimit(others, 4, async (name): Promise<Dated | undefined> => {
    try {
      return { name, time: Date.parse((await openBackup(backupDir, name)).manifest.createdAt) };
    } catch {
      return undefined; // damaged or gone: not part of the path, as `list` shows it
    }
  });
  const [start, end] = [from.time, to.time];
  const inside = dated.filter(
    (d): d is Dated => d !== undefined && d.time > Math.min(start, end) && d.time < Math.max(start, end),
  );
  const between = [from, ...(from.name === to.name ? [] : [to]), ...inside];
  between.sort((x, y) => x.time - y.time || (x.name < y.name ? 1 : x.name > y.name ? -1 : 0));
  if (start > end) between.reverse();
  return between.map((d) => d.name);
}

/** The patches with values under secret keys masked: for anything a person or a log may see. */
export function redactPatches(result: DiffResult, secretKeys: readonly string[]): DiffResult {
  return {
    ...result,
    files: result.files.map((f) => {
      // Maps under secret keys may be keyed by the secrets themselves: their keys are masked in paths and ids too.
      const changes = f.changes.map((c) => ({
        ...c,
        pointer: redactPointer(c.pointer, secretKeys),
        ...(c.id !== null && isSecretEntity(c.pointer, secretKeys) ? { id: REDACTED } : {}),
      }));
      const text = f.unifiedDiff === undefined ? {} : { unifiedDiff: shownUnifiedDiff(f, secretKeys) };
      return { ...f, changes, patch: f.patch ? redactPatch(f.patch, f.changes, secretKeys) : null, ...text };
    }),
  };
}
