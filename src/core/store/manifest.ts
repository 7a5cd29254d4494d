import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { assertValidName } from './names.js';

export const MANIFEST_FILE = 'manifest.json';
/** A packed backup's manifest, gzip-compressed: 2,000 entries are ~400 KB of JSON, ~110 KB gzipped. */
export const PACKED_MANIFEST_FILE = 'manifest.json.gz';
export const FILES_DIR = 'files';
/** Format 1: one stored copy per file. Format 2 adds packed backups (see docs/FORMAT.md). */
export const FORMAT_VERSION = 2;
export const LOOSE_FORMAT_VERSION = 1;

export type Trigger =
  | 'manual'
  | 'pre-commit'
  | 'pre-restore'
  | 'pre-fix'
  | 'ci'
  | 'import'
  | 'scheduled'
  | 'claude-code';
type Compression = 'none' | 'gzip';

export interface ManifestFile {
  /** Path relative to the config dir, `/`-separated. */
  path: string;
  size: number;
  sha256: string;
  /** The file's own top-level `version`, when it has one. */
  version?: string;
  /** Loose backups: where the copy lives, relative to the backup's directory. */
  stored?: string;
  /** Loose: the stored copy's size. Packed: the size of the gzip member holding the file. */
  storedSize: number;
  /** Packed backups: index into the manifest's `packs`. */
  pack?: number;
  /** Packed: byte offset of the gzip member in the pack file. */
  offset?: number;
  /** Packed: where the file starts in the member's decompressed content. */
  start?: number;
}

/** A file entry of a packed (format 2) backup. */
export type PackedFile = ManifestFile & { pack: number; offset: number; start: number };
/** A file entry of a loose (format 1) backup. */
export type LooseFile = ManifestFile & { stored: string };

export function isPackedEntry(file: ManifestFile): file is PackedFile {
  return file.pack !== undefined;
}

export interface Manifest {
  formatVersion: number;
  name: string;
  createdAt: string;
  description: string | null;
  trigger: Trigger | string;
  tags: string[];
  tool: { name: string; version: string };
  configVersion: string | null;
  compression: Compression;
  /** Packed backups: the packs (SHA-256 of each pack file) that hold the files. */
  packs?: string[];
  files: ManifestFile[];
  fileCount: number;
  totalSize: number;
  storedSize: number;
  /** Validation outcome when the backup was made, so `list` can judge compatibility cheaply. */
  validation: { status: string; errors: number; warnings: number } | null;
  /** `sha256:` + hex SHA-256 of the RFC 8785 canonical JSON of this object without `checksum`. */
  checksum: string;
}

/**
 * RFC 8785 canonical JSON of a manifest-shaped value (objects, arrays, strings, integers, null):
 * JSON.stringify writes strings and numbers exactly as JCS does, and given every key, sorted,
 * as its property list it writes each object's members in that order. Native serialisation,
 * several times faster than walking the value in JS; a property test holds it to `canonicalize`.
 * A `__proto__` key would make JSON.stringify read every object's prototype, so values with one
 * (never a manifest this tool writes) go through `canonicalize` itself.
 */
export function canonicalJson(value: unknown): string {
  const keys = new Set<string>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== 'object' || item === null) continue;
    if (Array.isArray(item)) {
      for (const element of item) stack.push(element);
      continue;
    }
    for (const key of Object.keys(item)) {
      keys.add(key);
      stack.push((item as Record<string, unknown>)[key]);
    }
  }
  if (keys.has('__proto__')) return jcs(value) ?? '';
  return JSON.stringify(value, [...keys].sort());
}

// canonicalize is CommonJS whose typings claim an ES default export; at run time the import is the function.
const jcs = canonicalize as unknown as (value: unknown) => string | undefined;

export function manifestChecksum(manifest: Omit<Manifest, 'checksum'> | Manifest): string {
  const { checksum: _ignored, ...rest } = manifest as Manifest;
  return `sha256:${createHash('sha256').update(canonicalJson(rest), 'utf8').digest('hex')}`;
}

export function sealManifest(manifest: Omit<Manifest, 'checksum'>): Manifest {
  return { ...manifest, checksum: manifestChecksum(manifest) };
}

export function serializeManifest(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export function isPacked(manifest: Manifest): boolean {
  return Array.isArray(manifest.packs);
}

/** The manifest's file name inside its backup directory. */
export function manifestFileName(manifest: Manifest): string {
  return isPacked(manifest) ? PACKED_MANIFEST_FILE : MANIFEST_FILE;
}

/**
 * Parses and checks a manifest read from disk or an archive. Returns the manifest and a list
 * of problems; a manifest with problems is never trusted for restore.
 */
export const CHECKSUM_MISMATCH = 'manifest checksum mismatch (the manifest was edited or damaged)';

export function parseManifest(
  text: string,
  expectedName?: string,
  options: { checksum?: boolean } = {},
): { manifest?: Manifest; problems: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {
      problems: [
        text.trim() === '' ? 'manifest.json is empty' : 'manifest.json is not valid JSON (truncated or edited?)',
      ],
    };
  }
  const version = (raw as { formatVersion?: unknown } | null)?.formatVersion;
  // A newer format may be shaped differently: say so rather than list what looks wrong.
  if (typeof version === 'number' && version > FORMAT_VERSION) {
    return {
      problems: [
        `manifest format ${version} is newer than this tool understands (${FORMAT_VERSION}): upgrade orchestration-backup`,
      ],
    };
  }
  const problems = structuralProblems(raw);
  if (problems.length > 0) return { problems };
  const manifest = raw as Manifest;
  if (options.checksum !== false && manifestChecksum(manifest) !== manifest.checksum) problems.push(CHECKSUM_MISMATCH);
  if (expectedName !== undefined && manifest.name !== expectedName) {
    problems.push(
      `manifest names the backup ${JSON.stringify(manifest.name)} but its directory is ${JSON.stringify(expectedName)}`,
    );
  }
  return { manifest, problems };
}

function structuralProblems(raw: unknown): string[] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return ['manifest.json is not a JSON object'];
  const m = raw as Record<string, unknown>;
  const problems: string[] = [];
  const need = (key: string, ok: boolean): void => {
    if (!ok) problems.push(`manifest field "${key}" is missing or has the wrong type`);
  };
  need('formatVersion', Number.isInteger(m.formatVersion));
  need('name', typeof m.name === 'string');
  need('createdAt', typeof m.createdAt === 'string' && !Number.isNaN(Date.parse(m.createdAt)));
  need('checksum', typeof m.checksum === 'string');
  need('compression', m.compression === 'none' || m.compression === 'gzip');
  need('tags', Array.isArray(m.tags) && m.tags.every((t) => typeof t === 'string'));
  need('totalSize', Number.isInteger(m.totalSize));
  need('files', Array.isArray(m.files));
  if (typeof m.name === 'string') {
    try {
      assertValidName(m.name);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  const packs = m.packs;
  if (Number.isInteger(m.formatVersion) && (m.formatVersion as number) >= 2 !== (packs !== undefined)) {
    problems.push(
      `manifest format ${String(m.formatVersion)} ${packs === undefined ? 'needs' : 'cannot have'} a "packs" field`,
    );
  }
  if (packs !== undefined) {
    need(
      'packs',
      Array.isArray(packs) &&
        packs.every((p) => typeof p === 'string' && /^[0-9a-f]{64}$/.test(p)) &&
        new Set(packs).size === packs.length,
    );
    need('compression', m.compression === 'gzip');
  }
  const packCount = Array.isArray(packs) ? packs.length : 0;
  if (Array.isArray(m.files)) {
    const seen = new Set<string>();
    m.files.forEach((f: unknown, i) => {
      const file = f as Partial<ManifestFile> | null;
      const located = packs === undefined ? typeof file?.stored === 'string' : packedLocationOk(file, packCount);
      if (
        !file ||
        typeof file.path !== 'string' ||
        !located ||
        typeof file.sha256 !== 'string' ||
        !Number.isInteger(file.size)
      ) {
        problems.push(`manifest file entry ${i} is malformed`);
        return;
      }
      for (const p of packs === undefined ? [file.path, file.stored as string] : [file.path]) {
        if (!isSafeRelativePath(p)) problems.push(`manifest file entry ${i} has an unsafe path ${JSON.stringify(p)}`);
      }
      if (!/^[0-9a-f]{64}$/.test(file.sha256)) problems.push(`manifest file entry ${i} has a malformed sha256`);
      if (seen.has(file.path)) problems.push(`manifest lists ${file.path} twice`);
      seen.add(file.path);
    });
  }
  return problems;
}

function packedLocationOk(file: Partial<ManifestFile> | null, packCount: number): boolean {
  const natural = (n: unknown): boolean => Number.isSafeInteger(n) && (n as number) >= 0;
  return (
    !!file &&
    natural(file.pack) &&
    (file.pack as number) < packCount &&
    natural(file.offset) &&
    natural(file.start) &&
    natural(file.storedSize) &&
    file.stored === undefined
  );
}

/** A relative `/`-separated path that stays inside its root: no `..`, no absolute, no NUL or backslash. */
export function isSafeRelativePath(p: string): boolean {
  if (p === '' || p.startsWith('/') || p.includes('\\') || p.includes('\0') || /^[A-Za-z]:/.test(p)) return false;
  return p.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}
