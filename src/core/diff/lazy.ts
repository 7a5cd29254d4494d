import { mapLimit } from '../util/fs.js';
import {
  diffContent,
  parseDocument,
  snapshotResult,
  stepSummary,
  unchangedFile,
  versionChange,
  versionOf,
  withDefaults,
} from './snapshots.js';
import type { DiffOptions, DiffResult, FileDiff, MigrationStep } from './types.js';
import { diffNonJson, isNonJson, nonJsonUnchanged } from './text.js';

/**
 * A config file known by its hash before its content is needed. A backup's manifest describes
 * every file this way, so a diff reads only the files whose hashes differ: comparing two large
 * backups costs what their changes cost, not what their size does.
 */
export interface LazyDocument {
  path: string;
  size: number;
  sha256: string;
  /**
   * The file's top-level version when it is known without reading (a manifest records it):
   * null when the file has none, undefined when only parsing the content can tell.
   */
  version?: string | null;
  /** The file's bytes; may throw (a damaged backup), so it is called only when they matter. */
  load(): Promise<Uint8Array>;
}

export interface LazySnapshot {
  name: string;
  configVersion: string | null;
  files: readonly LazyDocument[];
}

/**
 * Changed files are read a few at a time: enough to overlap reading with parsing, few enough
 * that memory holds a handful of files rather than a whole side.
 */
const READ_CONCURRENCY = 4;

/** `diffSnapshots` over lazy documents: the same result, reading only files whose hashes differ. */
export async function diffLazySnapshots(
  from: readonly LazyDocument[],
  to: readonly LazyDocument[],
  options: DiffOptions = {},
): Promise<DiffResult> {
  const settings = withDefaults(options);
  const before = new Map(from.map((d) => [d.path, d]));
  const after = new Map(to.map((d) => [d.path, d]));
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  const files = await mapLimit(paths, READ_CONCURRENCY, (file) =>
    diffLazyFile(file, before.get(file), after.get(file), settings),
  );
  return snapshotResult(files, settings);
}

/** One step of a migration path ("1.1.0 → 1.2.0: +1 team"), reading only the files that changed. */
export async function lazyMigrationStep(
  older: LazySnapshot,
  newer: LazySnapshot,
  options: Omit<DiffOptions, 'fromLabel' | 'toLabel'> = {},
): Promise<MigrationStep> {
  // Summaries need statuses and semantic changes only; per-file versions and patches are not shown.
  const result = await diffLazySnapshots(older.files, newer.files, {
    ...options,
    fromLabel: older.name,
    toLabel: newer.name,
    patches: false,
  });
  const version = { from: older.configVersion, to: newer.configVersion };
  return { from: older.name, to: newer.name, version, summary: stepSummary(version, result.files) };
}

async function diffLazyFile(
  file: string,
  from: LazyDocument | undefined,
  to: LazyDocument | undefined,
  settings: Required<DiffOptions>,
): Promise<FileDiff> {
  if (isNonJson(file)) {
    if (from && to && from.sha256 === to.sha256 && from.size === to.size) return nonJsonUnchanged(file);
    // An added or removed file needs no content: the status says it all.
    if (!from || !to) return diffNonJson(file, from && new Uint8Array(), to && new Uint8Array());
    const [before, after] = await Promise.all([from.load(), to.load()]);
    return diffNonJson(file, before, after);
  }
  if (from && to && from.sha256 === to.sha256 && from.size === to.size) {
    // Same bytes on both sides, so either side's version is the file's: take the one known without reading.
    return unchangedFile(file, await versionOfDocument(from.version !== undefined ? from : to));
  }
  if (!from || !to) {
    const present = (from ?? to) as LazyDocument;
    const version = await versionOfDocument(present);
    const base = {
      path: file,
      changes: [],
      version: from ? versionChange(version, null) : versionChange(null, version),
    };
    return { ...base, status: from ? 'removed' : 'added', patch: null };
  }
  const [before, after] = await Promise.all([from.load(), to.load()]);
  return diffContent(file, parseDocument({ bytes: before }), parseDocument({ bytes: after }), settings);
}

async function versionOfDocument(document: LazyDocument): Promise<string | null> {
  if (document.version !== undefined) return document.version;
  return versionOf(parseDocument({ bytes: await document.load() }));
}
