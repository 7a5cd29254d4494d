import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { assertValidName } from './names.js';

export const MANIFEST_FILE = 'manifest.json';
export const FILES_DIR = 'files';
export const FORMAT_VERSION = 1;

export type Trigger = 'manual' | 'pre-commit' | 'pre-restore' | 'ci' | 'import' | 'scheduled';
export type Compression = 'none' | 'gzip';

export interface ManifestFile {
  /** Path relative to the config dir, `/`-separated. */
  path: string;
  size: number;
  sha256: string;
  /** The file's own top-level `version`, when it has one. */
  version?: string;
  /** Where the copy lives, relative to the backup's directory. */
  stored: string;
  storedSize: number;
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
  files: ManifestFile[];
  fileCount: number;
  totalSize: number;
  storedSize: number;
  /** Validation outcome when the backup was made, so `list` can judge compatibility cheaply. */
  validation: { status: string; errors: number; warnings: number } | null;
  /** `sha256:` + hex SHA-256 of the RFC 8785 canonical JSON of this object without `checksum`. */
  checksum: string;
}

// canonicalize is CommonJS whose typings claim an ES default export; at run time the import is the function.
const jcs = canonicalize as unknown as (value: unknown) => string | undefined;

export function manifestChecksum(manifest: Omit<Manifest, 'checksum'> | Manifest): string {
  const { checksum: _ignored, ...rest } = manifest as Manifest;
  const canonical = jcs(rest) ?? '';
  return `sha256:${createHash('sha256').update(canonical, 'utf8').digest('hex')}`;
}

export function sealManifest(manifest: Omit<Manifest, 'checksum'>): Manifest {
  return { ...manifest, checksum: manifestChecksum(manifest) };
}

export function serializeManifest(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/**
 * Parses and checks a manifest read from disk or an archive. Returns the manifest and a list
 * of problems; a manifest with problems is never trusted for restore.
 */
export function parseManifest(text: string, expectedName?: string): { manifest?: Manifest; problems: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { problems: [text.trim() === '' ? 'manifest.json is empty' : 'manifest.json is not valid JSON (truncated or edited?)'] };
  }
  const problems = structuralProblems(raw);
  if (problems.length > 0) return { problems };
  const manifest = raw as Manifest;
  if (manifest.formatVersion > FORMAT_VERSION) {
    return { manifest, problems: [`manifest format ${manifest.formatVersion} is newer than this tool understands (${FORMAT_VERSION}): upgrade orchestration-backup`] };
  }
  if (manifestChecksum(manifest) !== manifest.checksum) problems.push('manifest checksum mismatch (the manifest was edited or damaged)');
  if (expectedName !== undefined && manifest.name !== expectedName) {
    problems.push(`manifest names the backup ${JSON.stringify(manifest.name)} but its directory is ${JSON.stringify(expectedName)}`);
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
  if (Array.isArray(m.files)) {
    const seen = new Set<string>();
    m.files.forEach((f: unknown, i) => {
      const file = f as Partial<ManifestFile> | null;
      if (!file || typeof file.path !== 'string' || typeof file.stored !== 'string' || typeof file.sha256 !== 'string' || !Number.isInteger(file.size)) {
        problems.push(`manifest file entry ${i} is malformed`);
        return;
      }
      for (const p of [file.path, file.stored]) {
        if (!isSafeRelativePath(p)) problems.push(`manifest file entry ${i} has an unsafe path ${JSON.stringify(p)}`);
      }
      if (!/^[0-9a-f]{64}$/.test(file.sha256)) problems.push(`manifest file entry ${i} has a malformed sha256`);
      if (seen.has(file.path)) problems.push(`manifest lists ${file.path} twice`);
      seen.add(file.path);
    });
  }
  return problems;
}

/** A relative `/`-separated path that stays inside its root: no `..`, no absolute, no NUL or backslash. */
export function isSafeRelativePath(p: string): boolean {
  if (p === '' || p.startsWith('/') || p.includes('\\') || p.includes('\0') || /^[A-Za-z]:/.test(p)) return false;
  return p.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}
