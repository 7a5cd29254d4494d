import { lstatSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { ConfigDirNotFoundError, EmptyConfigError, FileUnreadableError } from '../../errors/index.js';
import { isPackedEntry, manifestFileName, type Manifest } from '../store/manifest.js';
import { packPath } from '../store/pack.js';
import {
  readSnapshot,
  contentDifference,
  sha256Hex,
  type ContentDifference,
  type SnapshotFile,
} from '../config/snapshot.js';
import { fileSelection, type LeftOutReason } from '../config/select.js';
import { storedContentReader } from '../store/backup-reader.js';
import { FORMATTING_ONLY, isFormattingOnly } from '../diff/formatting.js';
import { kindOfPath } from '../kinds/index.js';
import { DEFAULT_SETTINGS, type Settings } from '../config/settings.js';
import { ensureBackupDir, loadAllManifests } from '../store/store.js';
import { configurationVersion, fileVersion, majorVersion } from '../config/config-version.js';
import { ChangeNamer } from './list-changes.js';

export interface BackupSummary {
  name: string;
  path: string;
  createdAt: string;
  totalSize: number;
  storedSize: number;
  fileCount: number;
  description: string | null;
  configVersion: string | null;
  trigger: string;
  tags: string[];
  compressed: boolean;
  /** Set when the current config could be read. */
  comparison?: Comparison;
}

export interface Comparison {
  /** Same major configuration version as the current config, and valid when it was made. */
  compatible: boolean;
  reasons: string[];
  difference: ContentDifference;
  /** Of `difference.changed`: JSON files whose content equals the current file's, only their formatting differs. */
  formattingOnly: string[];
  /**
   * One line: what changed from the backup to the current config, entity by entity ("+1 file,
   * 11 agents renamed"), "1 file differs: formatting only" or "identical to current"; file counts
   * ("2 files differ") for backups beyond `namedChanges` and when a stored copy cannot be read.
   */
  summary: string;
}

interface DamagedBackup {
  name: string;
  problems: string[];
}

export interface ListResult {
  backups: BackupSummary[];
  damaged: DamagedBackup[];
  storage: { bytes: number; backups: number };
  current: { configVersion: string | null; fileCount: number } | null;
}

export interface ListOptions {
  backupDir: string;
  /** When given, each backup is compared with the config as it is now. */
  configDir?: string;
  settings?: Settings;
  /**
   * How many of the newest backups get their changes named entity by entity (the ones a
   * shortened list shows); the rest say how many files differ. Default: all.
   */
  namedChanges?: number;
}

/** All backups newest first, plus those whose manifest cannot be trusted. Never fails on one bad backup. */
export async function listBackups(options: ListOptions): Promise<ListResult> {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  if (!(await ensureBackupDir(options.backupDir, false))) {
    return { backups: [], damaged: [], storage: { bytes: 0, backups: 0 }, current: null };
  }
  const [loaded, current] = await Promise.all([loadAllManifests(options.backupDir), currentState(options, settings)]);
  const backups: BackupSummary[] = [];
  const damaged: DamagedBackup[] = [];
  const onDisk = new Map<string, number>();
  const storedProblems = loaded.map((entry) =>
    entry.manifest ? missingCopies(options.backupDir, entry.dir, entry.manifest, onDisk) : [],
  );
  const formatting = current ? formattingCheck(options.backupDir, current) : undefined;
  for (const [i, entry] of loaded.entries()) {
    const problems = [...entry.problems, ...(storedProblems[i] ?? [])];
    if (!entry.manifest || problems.length > 0) {
      // A backup a concurrent clean removed while this list ran (its packs may go first) is gone, not damaged.
      if (lstatSync(entry.dir, { throwIfNoEntry: false })) damaged.push({ name: entry.name, problems });
    } else backups.push(await summarizeBackup(entry.manifest, entry.dir, current, formatting));
  }
  if (current) {
    const namer = new ChangeNamer(options.backupDir, current.files, settings.secretKeys);
    const manifests = new Map(loaded.map((entry) => [entry.name, entry]));
    for (const backup of backups.slice(0, options.namedChanges ?? backups.length)) {
      const entry = manifests.get(backup.name);
      const comparison = backup.comparison;
      if (!entry?.manifest || !comparison || comparison.summary === IDENTICAL) continue;
      // Only reformatted files: the file count already says all there is ("1 file differs: formatting only").
      const d = comparison.difference;
      if (d.added.length + d.removed.length === 0 && comparison.formattingOnly.length === d.changed.length) continue;
      // Runtime state is left out of the comparison, as restore leaves it alone.
      const compared = {
        ...entry.manifest,
        files: entry.manifest.files.filter((f) => current.leftOut(f.path) === null),
      };
      const named = await namer.describe(entry.dir, compared);
      if (named !== undefined && named !== 'no changes') comparison.summary = named;
    }
  }
  // Unchanged files are hard links or packs shared between backups: each inode counts once.
  const bytes = [...onDisk.values()].reduce((sum, size) => sum + size, 0);
  return {
    backups,
    damaged,
    storage: { bytes, backups: backups.length },
    current: current ? { configVersion: current.configVersion, fileCount: current.files.length } : null,
  };
}

/**
 * Cheap damage check for listing: every stored copy exists with its recorded size. Content
 * checksums are `verify`'s job; this catches missing and truncated files at one stat each,
 * and records each file's inode and size in `onDisk` for the storage total.
 */
function missingCopies(backupDir: string, dir: string, manifest: Manifest, onDisk: Map<string, number>): string[] {
  const problems: string[] = [];
  const record = (info: Stats | undefined): void => {
    if (info) onDisk.set(`${info.dev}:${info.ino}`, info.size);
  };
  // Synchronous stats: thousands of them, each far cheaper than a trip through the thread pool.
  const stat = (file: string): Stats | undefined => {
    try {
      return statSync(file);
    } catch {
      return undefined;
    }
  };
  record(stat(path.join(dir, manifestFileName(manifest))));
  if (manifest.packs) {
    const needed = new Map<number, number>();
    for (const file of manifest.files) {
      if (isPackedEntry(file))
        needed.set(file.pack, Math.max(needed.get(file.pack) ?? 0, file.offset + file.storedSize));
    }
    manifest.packs.forEach((id, i) => {
      const info = stat(packPath(backupDir, id));
      record(info);
      if (!info) problems.push(`pack ${id.slice(0, 12)}… is missing`);
      else if (info.size < (needed.get(i) ?? 0)) problems.push(`pack ${id.slice(0, 12)}… is truncated`);
    });
    return problems.sort();
  }
  for (const file of manifest.files) {
    const info = stat(path.join(dir, ...(file.stored ?? '').split('/')));
    record(info);
    if (!info) problems.push(`${file.path}: stored copy is missing`);
    else if (info.size !== file.storedSize) problems.push(`${file.path}: stored copy has the wrong size`);
  }
  return problems.sort();
}

interface CurrentState {
  files: SnapshotFile[];
  configVersion: string | null;
  /** What the settings leave out: a backup's copy of such a file is not compared, as restore leaves it alone. */
  leftOut: (rel: string) => LeftOutReason | null;
}

async function currentState(options: ListOptions, settings: Settings): Promise<CurrentState | null> {
  if (!options.configDir) return null;
  try {
    const snapshot = await readSnapshot({ configDir: options.configDir, backupDir: options.backupDir, settings });
    const versions = snapshot.files.map((f) => ({ path: f.path, version: fileVersion(f.bytes) }));
    return { files: snapshot.files, configVersion: configurationVersion(versions), leftOut: fileSelection(settings) };
  } catch (error) {
    // Listing must work even when the config dir is gone, or keeps losing files to a restore
    // running at the same time (readSnapshot read it again first): then without comparing.
    if (error instanceof ConfigDirNotFoundError || error instanceof EmptyConfigError) return null;
    if (error instanceof FileUnreadableError && error.errno === 'ENOENT') return null;
    throw error;
  }
}

async function summarizeBackup(
  manifest: Manifest,
  dir: string,
  current: CurrentState | null,
  formatting: FormattingCheck | undefined,
): Promise<BackupSummary> {
  const summary: BackupSummary = {
    name: manifest.name,
    path: dir,
    createdAt: manifest.createdAt,
    totalSize: manifest.totalSize,
    storedSize: manifest.storedSize ?? manifest.totalSize,
    fileCount: manifest.files.length,
    description: manifest.description,
    configVersion: manifest.configVersion,
    trigger: manifest.trigger,
    tags: manifest.tags,
    compressed: manifest.compression === 'gzip',
  };
  if (current && formatting) summary.comparison = await compareWithCurrent(manifest, dir, current, formatting);
  return summary;
}

/** Whether a backup's copy of a file differs from the current one in formatting only; one read per distinct pair of contents. */
type FormattingCheck = (dir: string, manifest: Manifest, file: string) => Promise<boolean>;

function formattingCheck(backupDir: string, current: CurrentState): FormattingCheck {
  const now = new Map(current.files.map((f) => [f.path, f]));
  const known = new Map<string, Promise<boolean>>();
  return (dir, manifest, file) => {
    const entry = manifest.files.find((f) => f.path === file);
    const mine = now.get(file);
    if (!entry || !mine || kindOfPath(file) !== 'json') return Promise.resolve(false);
    const key = `${mine.sha256}:${entry.sha256}`;
    let verdict = known.get(key);
    if (!verdict) {
      // A copy that cannot be read or does not match its checksum differs, and `verify` says why.
      verdict = storedContentReader(
        backupDir,
        dir,
        manifest,
      )(entry).then(
        (bytes) => sha256Hex(bytes) === entry.sha256 && isFormattingOnly(file, mine.bytes, bytes),
        () => false,
      );
      known.set(key, verdict);
    }
    return verdict;
  };
}

async function compareWithCurrent(
  manifest: Manifest,
  dir: string,
  current: CurrentState,
  formatting: FormattingCheck,
): Promise<Comparison> {
  const difference = contentDifference(
    current.files,
    manifest.files.filter((f) => current.leftOut(f.path) === null),
  );
  const formattingOnly: string[] = [];
  for (const file of difference.changed) if (await formatting(dir, manifest, file)) formattingOnly.push(file);
  const reasons: string[] = [];
  const backupMajor = majorVersion(manifest.configVersion);
  const currentMajor = majorVersion(current.configVersion);
  if (backupMajor !== undefined && currentMajor !== undefined && backupMajor !== currentMajor) {
    reasons.push(`major version ${manifest.configVersion} differs from current ${current.configVersion}`);
  }
  if (manifest.validation && manifest.validation.errors > 0) {
    reasons.push(`${manifest.validation.errors} validation error${manifest.validation.errors === 1 ? '' : 's'}`);
  }
  return {
    compatible: reasons.length === 0,
    reasons,
    difference,
    formattingOnly,
    summary: describeDifference(difference, formattingOnly.length),
  };
}

const IDENTICAL = 'identical to current';

function describeDifference(d: ContentDifference, formattingOnly: number): string {
  const total = d.added.length + d.removed.length + d.changed.length;
  if (total === 0) return IDENTICAL;
  const parts: string[] = [];
  if (d.changed.length > 0) {
    const differ = `${d.changed.length} file${d.changed.length === 1 ? '' : 's'} differ${d.changed.length === 1 ? 's' : ''}`;
    parts.push(
      formattingOnly === 0
        ? differ
        : formattingOnly === d.changed.length
          ? `${differ}: ${FORMATTING_ONLY}`
          : `${differ} (${formattingOnly} ${FORMATTING_ONLY})`,
    );
  }
  if (d.removed.length > 0) parts.push(`${d.removed.length} only in current`);
  if (d.added.length > 0) parts.push(`${d.added.length} only in backup`);
  return parts.join(', ');
}
