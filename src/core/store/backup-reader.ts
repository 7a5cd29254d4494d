import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { BackupDamagedError, ManifestError, errnoOf } from '../../errors/index.js';
import { isPackedEntry, type Manifest, type ManifestFile } from './manifest.js';
import { packPath, readMember } from './pack.js';
import { sha256Hex } from '../config/snapshot.js';
import { loadManifest } from './store.js';
import { zlib } from '../util/builtins.js';

const gunzip = (raw: Buffer): Promise<Buffer> => promisify(zlib().gunzip)(raw);

/**
 * A backup opened for reading: its checked manifest, and each file's content on demand. Callers
 * that need a few files (diff, the hook) read only those instead of the whole backup.
 */
export interface BackupReader {
  name: string;
  dir: string;
  manifest: Manifest;
  /** The file's original bytes, checked against the manifest's size and SHA-256. */
  read(file: ManifestFile): Promise<Buffer>;
}

/** Opens a backup whose manifest checks out; reads no file content yet. */
export async function openBackup(backupDir: string, name: string): Promise<BackupReader> {
  const loaded = await loadManifest(backupDir, name);
  if (!loaded.manifest) throw new ManifestError(name, loaded.problems.join('; '));
  if (loaded.problems.length > 0) throw new BackupDamagedError(name, loaded.problems);
  const { dir, manifest } = loaded;
  const content = storedContentReader(backupDir, dir, manifest);
  return {
    name,
    dir,
    manifest,
    read: async (file) => {
      let bytes: Buffer;
      try {
        bytes = await content(file);
      } catch (error) {
        throw new BackupDamagedError(name, [storedCopyProblem(manifest, file, error).message]);
      }
      if (bytes.length !== file.size || sha256Hex(bytes) !== file.sha256)
        throw new BackupDamagedError(name, [`${file.path}: content changed`]);
      return bytes;
    },
  };
}

/** Why a file's stored copy could not be read, in the words `verify`, `restore` and `diff` all use. */
export function storedCopyProblem(
  manifest: Manifest,
  file: ManifestFile,
  error: unknown,
): { kind: 'missing' | 'altered' | 'unreadable'; message: string } {
  const where = isPackedEntry(file) ? `in pack ${manifest.packs?.[file.pack]?.slice(0, 12)}…` : file.stored;
  const code = errnoOf(error);
  if (code === 'ENOENT') return { kind: 'missing', message: `${file.path}: stored copy ${where} is missing` };
  if (code === 'ETRUNCATED') return { kind: 'altered', message: `${file.path}: stored copy ${where} is truncated` };
  if (code === 'EACCES' || code === 'EPERM' || code === 'EISDIR')
    return { kind: 'unreadable', message: `${file.path}: stored copy is unreadable (${code})` };
  return {
    kind: 'unreadable',
    message: `${file.path}: stored copy ${where} is corrupt (${code ?? (error as Error).message})`,
  };
}

/**
 * Reads files' content as stored, unchecked. Files of one pack block share a gzip member;
 * the last few decompressed members are kept so reading a backup in order inflates each once.
 */
export function storedContentReader(
  backupDir: string,
  dir: string,
  manifest: Manifest,
): (file: ManifestFile) => Promise<Buffer> {
  const members = new Map<string, Promise<Buffer>>();
  return async (file) => {
    if (!isPackedEntry(file)) {
      const stored = file.stored ?? '';
      // Synchronous: a loose backup's files are mostly small (larger configs are packed), and each
      // asynchronous read is four round trips through the thread pool.
      const raw = readFileSync(path.join(dir, ...stored.split('/')));
      return stored.endsWith('.gz') ? gunzip(raw) : raw;
    }
    const pack = packPath(backupDir, manifest.packs?.[file.pack] ?? '');
    const key = `${file.pack}:${file.offset}`;
    let member = members.get(key);
    if (!member) {
      member = readMember(pack, file.offset, file.storedSize);
      members.set(key, member);
      if (members.size > 8) members.delete(members.keys().next().value as string);
    }
    const content = await member;
    if (file.start + file.size > content.length) throw Object.assign(new Error('short member'), { code: 'ETRUNCATED' });
    return content.subarray(file.start, file.start + file.size);
  };
}
