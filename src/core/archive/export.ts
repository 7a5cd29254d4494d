import { createHash, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { link, lstat, open, rename, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Header, Pack, ReadEntry } from 'tar';
import {
  ArchiveRejectedError,
  BackupDamagedError,
  OperationInterruptedError,
  OrchBackupError,
  OutputExistsError,
  StoreWriteError,
  UsageError,
  errnoOf,
  type ArchiveProblem,
} from '../../errors/index.js';
import { fsyncDir } from '../util/fs.js';
import { progressCounter, type ProgressReporter } from '../util/progress.js';
import { appendHistory } from '../store/history.js';
import { FILES_DIR, MANIFEST_FILE, isSafeRelativePath } from '../store/manifest.js';
import { assertValidName } from '../store/names.js';
import { portableBackup, type PortableBackup } from './portable.js';
import { verifyBackup } from '../inspect/verify.js';

/** Quotes a name taken from an archive so that a hostile one cannot break the one-line message. */
export function quoteEntry(name: string): string {
  return JSON.stringify(name.length > 120 ? `${name.slice(0, 120)}…` : name);
}

export function defaultArchiveName(backupName: string): string {
  return `${backupName}.tar.gz`;
}

export interface ExportBackupOptions {
  backupDir: string;
  name: string;
  /** Where to write the archive (the CLI defaults it to `<name>.tar.gz` in the user's directory). */
  output: string;
  /** Stops the export once aborted (Ctrl-C): the partial archive is removed. */
  signal?: AbortSignal;
  /** Told each file checked (step `verifying`) and written into the archive (`writing`). */
  onProgress?: ProgressReporter;
}

export interface ExportBackupResult {
  file: string;
  bytes: number;
  sha256: string;
}

/**
 * Writes one verified backup as a deterministic `.tar.gz` (`<name>/manifest.json`,
 * `<name>/files/…`): same backup, same bytes. Never overwrites `output`; the archive
 * appears whole or not at all.
 */
export async function exportBackup(options: ExportBackupOptions): Promise<ExportBackupResult> {
  const { backupDir, name } = options;
  const file = path.resolve(options.output);
  try {
    assertValidName(name);
    if (isInside(path.resolve(backupDir, name), file))
      throw new UsageError(`cannot write the export of ${JSON.stringify(name)} inside the backup itself (${file})`);
    if (await exists(file)) throw new OutputExistsError(file);
    const check = await verifyBackup(backupDir, name, options.onProgress ? { onProgress: options.onProgress } : {});
    if (!check.ok)
      throw new BackupDamagedError(
        name,
        check.problems.map((p) => p.message),
      );
    const result = await writeNewArchive(
      file,
      packArchive(await portableBackup(backupDir, name), options.onProgress),
      options.signal,
    );
    await appendHistory(backupDir, {
      operation: 'export',
      backup: name,
      outcome: 'success',
      detail: `to ${file}`,
    }).catch(() => undefined);
    return { file, ...result };
  } catch (error) {
    const failure = options.signal?.aborted
      ? new OperationInterruptedError('export', 'nothing-changed')
      : error instanceof OrchBackupError
        ? error
        : new StoreWriteError(file, errnoOf(error), { cause: error });
    await appendHistory(backupDir, { operation: 'export', backup: name, outcome: 'failure', error: failure.toJSON() });
    throw failure;
  }
}

const FILE_MODE = 0o644;
const DIR_MODE = 0o755;

type TarItem = { path: string; type: 'Directory' } | { path: string; type: 'File'; read: () => Promise<Buffer> };

/**
 * The archive, gzipped, as node-tar's Pack writes it: portable (no owner, no atime/ctime,
 * directories without mtime, gzip OS byte "unknown"), every file with the backup's own time,
 * so the bytes depend on nothing but the backup. Entries are fed one at a time: memory holds
 * one stored copy, not the backup.
 */
function packArchive(backup: PortableBackup, onProgress?: ProgressReporter): Pack {
  const { manifest } = backup;
  const tick = progressCounter(onProgress, 'writing', manifest.files.length);
  const mtime = new Date(Math.max(0, Math.floor(Date.parse(manifest.createdAt) / 1000)) * 1000);
  const pack = new Pack({ mtime, gzip: { level: 9, portable: true } });
  const feed = async (): Promise<void> => {
    for (const item of tarItems(backup)) {
      const data = item.type === 'File' ? await item.read() : Buffer.alloc(0);
      if (item.type === 'File' && item.path !== MANIFEST_FILE) tick();
      const entryPath =
        item.path === '' ? `${manifest.name}/` : `${manifest.name}/${item.path}${item.type === 'Directory' ? '/' : ''}`;
      const entry = new ReadEntry(
        new Header({
          path: entryPath,
          type: item.type,
          size: data.length,
          mode: item.type === 'File' ? FILE_MODE : DIR_MODE,
          uid: 0,
          gid: 0,
          mtime,
        }),
      );
      entry.end(data);
      // Backpressure: when the archive is not flowing, the next stored copy is read once this one
      // has gone into it. Pack's own 'drain' is not a writable's: with gzip it can fail to come,
      // and an export of 10,103 files then never finished; an entry's 'end' always does.
      if (!pack.write(entry)) await new Promise((resolve) => entry.once('end', resolve));
    }
    pack.end();
  };
  feed().catch((error: unknown) => pack.emit('error', error));
  return pack;
}

/** Manifest first (so a reader meets it early), then the directories and files in path order. */
function tarItems({ manifest, manifestBytes, stored }: PortableBackup): TarItem[] {
  const dirs = new Set<string>([FILES_DIR]);
  for (const file of manifest.files) {
    const segments = file.stored.split('/');
    for (let i = 1; i < segments.length; i++) dirs.add(segments.slice(0, i).join('/'));
  }
  const tree: TarItem[] = [
    ...[...dirs].map((p): TarItem => ({ path: p, type: 'Directory' })),
    ...manifest.files.map((file): TarItem => ({ path: file.stored, type: 'File', read: () => stored(file) })),
  ];
  // '/' sorted as the lowest character puts each directory right before its contents.
  const key = (item: TarItem): string => item.path.replaceAll('/', '\0');
  tree.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return [
    { path: '', type: 'Directory' },
    { path: MANIFEST_FILE, type: 'File', read: async () => manifestBytes },
    ...tree,
  ];
}

/** Writes the gzipped archive into a temp file beside `file`, fsyncs it, then links it into place unless `file` exists. */
async function writeNewArchive(
  file: string,
  archive: Pack,
  signal?: AbortSignal,
): Promise<{ bytes: number; sha256: string }> {
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
  const hash = createHash('sha256');
  let bytes = 0;
  const handle = await open(temp, 'wx', 0o644);
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      hash.update(chunk);
      writeAll(handle, chunk).then(() => done(), done);
    },
  });
  try {
    try {
      await pipeline(archive, sink, ...(signal ? [{ signal }] : []));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await publish(temp, file);
    await fsyncDir(path.dirname(file));
  } catch (error) {
    await unlink(temp);
    throw error;
  }
  return { bytes, sha256: hash.digest('hex') };
}

async function writeAll(handle: FileHandle, chunk: Buffer): Promise<void> {
  for (let offset = 0; offset < chunk.length; )
    offset += (await handle.write(chunk, offset, chunk.length - offset)).bytesWritten;
}

/** `link` fails when the target exists, unlike `rename`; file systems without hard links fall back to check-then-rename. */
async function publish(temp: string, file: string): Promise<void> {
  try {
    await link(temp, file);
  } catch (error) {
    if (errnoOf(error) === 'EEXIST') throw new OutputExistsError(file);
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EMLINK'].includes(errnoOf(error) ?? '')) throw error;
    if (await exists(file)) throw new OutputExistsError(file);
    await rename(temp, file);
    return;
  }
  await unlink(temp);
}

function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return relative === '' || (relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative));
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return false;
    throw error;
  }
}

export interface ArchiveLimits {
  /** Sum of all entry sizes, and separately of all inflated `.gz` copies. */
  maxTotalBytes: number;
  maxFileBytes: number;
  maxEntries: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxTotalBytes: 512 * 1024 * 1024,
  maxFileBytes: 128 * 1024 * 1024,
  maxEntries: 10_000,
};

export type Reject = (reason: ArchiveProblem, detail: string, entry?: string) => ArchiveRejectedError;

/** Only plain files and directories may come out of an archive. */
export function entryKind(
  entry: { path: string; type: string; linkpath?: string },
  reject: Reject,
): 'file' | 'directory' {
  const where = `entry ${quoteEntry(entry.path)}`;
  switch (entry.type) {
    case 'File':
    case 'OldFile':
    case 'ContiguousFile':
      if (entry.linkpath) throw reject('link', `${where} carries a link target`, entry.path);
      return 'file';
    case 'Directory':
      return 'directory';
    case 'SymbolicLink':
    case 'Link':
      throw reject(
        'link',
        `${where} is a ${entry.type === 'Link' ? 'hard' : 'symbolic'} link (to ${quoteEntry(entry.linkpath ?? '')}); links are never imported`,
        entry.path,
      );
    case 'CharacterDevice':
    case 'BlockDevice':
    case 'FIFO':
      throw reject(
        'special-file',
        `${where} is a ${entry.type === 'FIFO' ? 'FIFO' : 'device'}; only files and directories are imported`,
        entry.path,
      );
    default:
      throw reject('unsupported-entry', `${where} has an unsupported type (${entry.type})`, entry.path);
  }
}

/** `./x` and `x/` name `x`; the archive root itself (`./`) is the empty path. Anything that could leave the root is refused. */
export function normalisedPath(raw: string, reject: Reject): string {
  if (raw.startsWith('/') || /^[A-Za-z]:/.test(raw))
    throw reject('absolute-path', `entry ${quoteEntry(raw)} has an absolute path`, raw);
  let p = raw;
  while (p.startsWith('./')) p = p.slice(2);
  if (p.endsWith('/')) p = p.slice(0, -1);
  if (p === '' || p === '.') return '';
  if (p.split(/[\\/]/).includes('..'))
    throw reject('traversal', `entry ${quoteEntry(raw)} climbs out of the archive with ".."`, raw);
  if (!isSafeRelativePath(p)) throw reject('unsafe-path', `entry ${quoteEntry(raw)} has an unsafe path`, raw);
  return p;
}

/** Zero-block trailers, pax records and padding may add this much to the content. */
export const OVERHEAD_PER_ENTRY = 4 * 512;
const GZIP_MAGIC = [0x1f, 0x8b];

/** O_NONBLOCK so that a FIFO given as the archive cannot hang the open. */
export async function openArchive(archive: string, limits: ArchiveLimits, reject: Reject): Promise<FileHandle> {
  let handle: FileHandle;
  try {
    handle = await open(archive, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = errnoOf(error);
    throw reject(
      'unreadable',
      code === 'ENOENT' ? 'the file does not exist' : `cannot open it (${code ?? String(error)})`,
    );
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw reject('unreadable', 'it is not a regular file');
    if (info.size > limits.maxTotalBytes + limits.maxEntries * OVERHEAD_PER_ENTRY)
      throw reject('too-large', `it has ${info.size} bytes, more than the import limit`);
    const magic = Buffer.alloc(2);
    await handle.read(magic, 0, 2, 0);
    if (magic[0] !== GZIP_MAGIC[0] || magic[1] !== GZIP_MAGIC[1])
      throw reject('not-gzip', 'it is not a gzip-compressed tar archive (.tar.gz)');
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}

export function tarError(error: Error & { tarCode?: string }, sawEntry: boolean, reject: Reject): ArchiveRejectedError {
  if (/Unrecognized archive format/.test(error.message) || (!sawEntry && error.tarCode === 'TAR_ENTRY_INVALID'))
    return reject('not-a-tar', 'it is not a tar archive');
  if (/Truncated input/.test(error.message))
    return reject('truncated', 'the archive is truncated (an entry ends early)');
  return reject('corrupt', `the tar stream is damaged (${error.message.replace(/\s+/g, ' ')})`);
}
