import path from 'node:path';
import { decodeUtf8, parseJson } from '../util/json.js';
import type { ConfigDocument } from '../validate/types.js';
import { configurationVersion, documentVersion, majorVersion } from '../config/config-version.js';
import { semanticChanges } from './entities.js';
import { migrationPatch } from './patch.js';
import { DEFAULT_SECRET_KEYS, rememberPatchSecrets } from './redact.js';
import { summarizeChanges } from './summary.js';
import {
  DEFAULT_IDENTITY_FIELDS,
  type DiffOptions,
  type DiffResult,
  type FileDiff,
  type MigrationStep,
  type VersionChange,
} from './types.js';
import { deepEqual } from './values.js';
import { diffNonJson, isNonJson, nonJsonUnchanged } from './text.js';

export type Parsed = { ok: true; value: unknown } | { ok: false; problem: string };

export function parseDocument(document: { bytes: Uint8Array }): Parsed {
  const decoded = decodeUtf8(document.bytes);
  if (!decoded.ok) return { ok: false, problem: decoded.problem };
  const parsed = parseJson(decoded.text);
  if (!parsed.ok)
    return {
      ok: false,
      problem: `${parsed.problem} at line ${parsed.position.line}, column ${parsed.position.column}`,
    };
  return { ok: true, value: parsed.value };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}

export function versionChange(from: string | null | undefined, to: string | null | undefined): VersionChange {
  const majorFrom = majorVersion(from);
  const majorTo = majorVersion(to);
  return {
    from: from ?? null,
    to: to ?? null,
    majorChange: majorFrom !== undefined && majorTo !== undefined && majorFrom !== majorTo,
  };
}

export function versionOf(parsed: Parsed | undefined): string | null {
  return parsed?.ok ? (documentVersion(parsed.value) ?? null) : null;
}

/** `.claude/orchestration/teams.json` → `teams`: the root of a file is a collection of… teams. */
function rootKeyOf(file: string): string {
  return path.posix.basename(file.replace(/\\/g, '/')).replace(/\.[^.]*$/, '');
}

function diffFile(
  file: string,
  from: ConfigDocument | undefined,
  to: ConfigDocument | undefined,
  options: Required<DiffOptions>,
): FileDiff {
  // Equal bytes are unchanged whatever they hold; parsing one side is enough to tell its version.
  if (from && to && sameBytes(from.bytes, to.bytes))
    return isNonJson(file) ? nonJsonUnchanged(file) : unchangedFile(file, versionOf(parseDocument(from)));
  if (isNonJson(file)) return diffNonJson(file, from?.bytes, to?.bytes);
  return diffContent(file, from && parseDocument(from), to && parseDocument(to), options);
}

export function unchangedFile(file: string, version: string | null): FileDiff {
  return { path: file, changes: [], version: versionChange(version, version), status: 'unchanged', patch: [] };
}

/** A file whose bytes differ between the sides, or that one side lacks (`undefined`). */
export function diffContent(
  file: string,
  before: Parsed | undefined,
  after: Parsed | undefined,
  options: Required<DiffOptions>,
): FileDiff {
  const version = versionChange(versionOf(before), versionOf(after));
  const base = { path: file, changes: [], version };
  if (!before) return { ...base, status: 'added', patch: null };
  if (!after) return { ...base, status: 'removed', patch: null };
  if (!before.ok || !after.ok) {
    const broken = [
      !before.ok && `in ${options.fromLabel}: ${before.problem}`,
      !after.ok && `in ${options.toLabel}: ${after.problem}`,
    ].filter(Boolean);
    return {
      ...base,
      status: 'unparseable',
      patch: null,
      problem: `not valid JSON (${broken.join('; ')}), so it cannot be compared semantically and no JSON Patch can express the change`,
    };
  }
  if (deepEqual(before.value, after.value)) return { ...base, status: 'unchanged', patch: [], formattingOnly: true };
  const patch = options.patches ? migrationPatch(before.value, after.value, options.identityFields) : null;
  if (patch) rememberPatchSecrets(patch, before.value, after.value, options.secretKeys);
  return {
    ...base,
    status: 'modified',
    changes: semanticChanges(before.value, after.value, {
      identityFields: options.identityFields,
      secretKeys: options.secretKeys,
      rootKey: rootKeyOf(file),
    }),
    patch,
  };
}

export function withDefaults(options: DiffOptions): Required<DiffOptions> {
  return {
    fromLabel: options.fromLabel ?? 'from',
    toLabel: options.toLabel ?? 'to',
    identityFields: options.identityFields ?? DEFAULT_IDENTITY_FIELDS,
    secretKeys: options.secretKeys ?? DEFAULT_SECRET_KEYS,
    patches: options.patches ?? true,
  };
}

export function stepSummary(version: { from: string | null; to: string | null }, files: readonly FileDiff[]): string {
  return `${version.from ?? 'unversioned'} → ${version.to ?? 'unversioned'}: ${summarizeChanges(files)}`;
}

/** Compares two snapshots file by file (matched by path) and, inside JSON files, entity by entity. */
export function diffSnapshots(
  from: readonly ConfigDocument[],
  to: readonly ConfigDocument[],
  options: DiffOptions = {},
): DiffResult {
  const settings = withDefaults(options);
  const before = new Map(from.map((d) => [d.path, d]));
  const after = new Map(to.map((d) => [d.path, d]));
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  const files = paths.map((file) => diffFile(file, before.get(file), after.get(file), settings));
  return snapshotResult(files, settings);
}

/** The result around per-file diffs given sorted by path: the configuration versions and the single step. */
export function snapshotResult(files: FileDiff[], settings: Required<DiffOptions>): DiffResult {
  const versions = versionChange(
    configurationVersion(
      files.filter((f) => f.status !== 'added').map((f) => ({ path: f.path, version: f.version.from ?? undefined })),
    ),
    configurationVersion(
      files.filter((f) => f.status !== 'removed').map((f) => ({ path: f.path, version: f.version.to ?? undefined })),
    ),
  );
  const step: MigrationStep = {
    from: settings.fromLabel,
    to: settings.toLabel,
    version: { from: versions.from, to: versions.to },
    summary: stepSummary(versions, files),
  };
  return { from: settings.fromLabel, to: settings.toLabel, files, versions, migrationPath: [step] };
}

export interface BackupSnapshot {
  name: string;
  createdAt: string;
  configVersion: string | null;
  files: ConfigDocument[];
}

/**
 * One summary per consecutive pair of a chain of backups given in time order:
 * "1.1.0 → 1.2.0: +1 team, 2 workflows modified".
 */
export function migrationPath(
  steps: readonly BackupSnapshot[],
  options: Omit<DiffOptions, 'fromLabel' | 'toLabel'> = {},
): MigrationStep[] {
  const chain: MigrationStep[] = [];
  for (let i = 1; i < steps.length; i++) {
    const older = steps[i - 1] as BackupSnapshot;
    const newer = steps[i] as BackupSnapshot;
    const result = diffSnapshots(older.files, newer.files, {
      ...options,
      fromLabel: older.name,
      toLabel: newer.name,
      patches: false,
    });
    const version = { from: older.configVersion, to: newer.configVersion };
    chain.push({ from: older.name, to: newer.name, version, summary: stepSummary(version, result.files) });
  }
  return chain;
}
