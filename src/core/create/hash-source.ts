import { readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigChangedDuringBackupError, FileUnreadableError, errnoOf } from '../../errors/index.js';
import { mapLimit } from '../util/fs.js';
import { progressCounter, type ProgressReporter } from '../util/progress.js';
import { scanConfigDir, type SkippedEntry } from '../config/scan.js';
import { ownedPaths } from '../config/owned-paths.js';
import type { Settings } from '../config/settings.js';
import { sha256Hex } from '../config/snapshot.js';
import { DocumentValidator, type ConfigDocument, type ValidationReport } from '../validate/index.js';
import { documentVersion } from '../config/config-version.js';
import { kindOfPath } from '../kinds/index.js';
import { decodeUtf8, parseJson } from '../util/json.js';

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

/**
 * Told the config's total size before the first pass starts; may return a sink that receives
 * every file's bytes as they go by (create feeds them to the pack while it validates).
 */
export type ContentFeed = (
  totalSize: number,
) => Promise<((file: HashedFile, bytes: Buffer) => Promise<void>) | undefined>;

export async function hashConfigDir(
  options: {
    configDir: string;
    backupDir: string;
    settings: Settings;
    settingsFile?: string | null;
    onProgress?: ProgressReporter;
  },
  feed?: ContentFeed,
): Promise<HashedSource> {
  const scan = await scanConfigDir({ ...options, owned: ownedPaths(options) });
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
  const readExtra = async (relative: string): Promise<Buffer | undefined> =>
    readFile(path.join(scan.root, relative)).catch(() => undefined);
  const sizeOf = (file: string): number => {
    try {
      return statSync(file).size;
    } catch {
      return 0;
    }
  };
  const totalSize = scan.files.reduce((sum, f) => sum + sizeOf(f.absolutePath), 0);
  const paths = [...where.keys()];
  return hashSource(
    paths,
    scan.skipped,
    readBytes,
    new DocumentValidator(paths, { settings: options.settings, readExtra }),
    await feed?.(totalSize),
    progressCounter(options.onProgress, 'reading', where.size),
  );
}

/**
 * `validation`: the documents' report when the caller has just made it (the pre-commit hook
 * judges HEAD's documents): they are then parsed only for their `version`, not validated again.
 */
export async function hashDocuments(
  documents: readonly ConfigDocument[],
  settings: Settings,
  feed?: ContentFeed,
  validation?: ValidationReport,
): Promise<HashedSource> {
  const bytes = new Map(
    documents.map((d) => [d.path, Buffer.from(d.bytes.buffer, d.bytes.byteOffset, d.bytes.byteLength)]),
  );
  const totalSize = documents.reduce((sum, d) => sum + d.bytes.byteLength, 0);
  const paths = [...bytes.keys()];
  return hashSource(
    paths,
    [],
    async (p) => bytes.get(p) as Buffer,
    validation ? reportGiven(validation) : new DocumentValidator(paths, { settings, readExtra: async () => undefined }),
    await feed?.(totalSize),
  );
}

type Checker = Pick<DocumentValidator, 'add' | 'finish'>;

/** A report made by the caller; each JSON document is parsed as the validator does, for its value. */
function reportGiven(validation: ValidationReport): Checker {
  return {
    add: (doc) => {
      if (kindOfPath(doc.path) !== 'json') return undefined;
      const decoded = decodeUtf8(doc.bytes);
      const parsed = decoded.ok ? parseJson(decoded.text) : undefined;
      return parsed?.ok ? { value: parsed.value } : undefined;
    },
    finish: async () => validation,
  };
}

async function hashSource(
  paths: string[],
  skipped: SkippedEntry[],
  readBytes: (relative: string) => Promise<Buffer>,
  validator: Checker,
  sink: Awaited<ReturnType<ContentFeed>>,
  tick: () => void = () => undefined,
): Promise<HashedSource> {
  // With a sink, one file at a time and in path order: the pack's layout stays deterministic.
  const files = await mapLimit(paths, sink ? 1 : 8, async (relative): Promise<HashedFile> => {
    const bytes = await readBytes(relative);
    const version = documentVersion(validator.add({ path: relative, bytes })?.value);
    const file = {
      path: relative,
      size: bytes.length,
      sha256: sha256Hex(bytes),
      ...(version === undefined ? {} : { version }),
    };
    await sink?.(file, bytes);
    tick();
    return file;
  });
  return {
    files,
    skipped,
    validation: await validator.finish(),
    read: async (file) => {
      const bytes = await readBytes(file.path);
      if (bytes.length !== file.size || sha256Hex(bytes) !== file.sha256)
        throw new ConfigChangedDuringBackupError(file.path);
      return bytes;
    },
  };
}
