import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigChangedDuringBackupError, FileUnreadableError, errnoOf } from '../errors.js';
import { mapLimit } from './fsutil.js';
import { scanConfigDir, type SkippedEntry } from './scan.js';
import type { Settings } from './settings.js';
import { sha256Hex } from './snapshot.js';
import { DocumentValidator, type ConfigDocument, type ValidationReport } from './validate/index.js';
import { documentVersion } from './version.js';

export interface HashedFile {
  path: string;
  size: number;
  sha256: string;
  version?: string;
}

/**
 * What create backs up, after its first pass: every file read once, hashed and validated as it
 * went by, its bytes dropped again so memory does not grow with the tree. `read` fetches a
 * file's bytes for writing and refuses content that changed since it was hashed.
 */
export interface HashedSource {
  files: HashedFile[];
  skipped: SkippedEntry[];
  validation: ValidationReport;
  read(file: HashedFile): Promise<Buffer>;
}

export async function hashConfigDir(options: { configDir: string; backupDir: string; settings: Settings }): Promise<HashedSource> {
  const scan = await scanConfigDir({ ...options, include: options.settings.include, exclude: options.settings.exclude });
  const where = new Map(scan.files.map((f) => [f.path, f.absolutePath]));
  // Synchronous reads: async ones wait in the thread pool behind the pack's gzip jobs, which
  // left the main thread idle for a third of a large create.
  const readBytes = async (relative: string): Promise<Buffer> => {
    try {
      return readFileSync(where.get(relative) ?? path.join(scan.root, relative));
    } catch (error) {
      throw new FileUnreadableError(relative, errnoOf(error), { cause: error });
    }
  };
  const readExtra = async (relative: string): Promise<Buffer | undefined> => readFile(path.join(scan.root, relative)).catch(() => undefined);
  return hashSource([...where.keys()], scan.skipped, readBytes, options.settings, readExtra);
}

export async function hashDocuments(documents: readonly ConfigDocument[], settings: Settings): Promise<HashedSource> {
  const bytes = new Map(documents.map((d) => [d.path, Buffer.from(d.bytes.buffer, d.bytes.byteOffset, d.bytes.byteLength)]));
  return hashSource([...bytes.keys()], [], async (p) => bytes.get(p) as Buffer, settings, async () => undefined);
}

async function hashSource(
  paths: string[],
  skipped: SkippedEntry[],
  readBytes: (relative: string) => Promise<Buffer>,
  settings: Settings,
  readExtra: (relative: string) => Promise<Uint8Array | undefined>,
): Promise<HashedSource> {
  const validator = new DocumentValidator(paths, { settings, readExtra });
  const files = await mapLimit(paths, 8, async (relative): Promise<HashedFile> => {
    const bytes = await readBytes(relative);
    const version = documentVersion(validator.add({ path: relative, bytes })?.value);
    return { path: relative, size: bytes.length, sha256: sha256Hex(bytes), ...(version === undefined ? {} : { version }) };
  });
  return {
    files,
    skipped,
    validation: await validator.finish(),
    read: async (file) => {
      const bytes = await readBytes(file.path);
      if (bytes.length !== file.size || sha256Hex(bytes) !== file.sha256) throw new ConfigChangedDuringBackupError(file.path);
      return bytes;
    },
  };
}
