import { createHash } from 'node:crypto';
import { open, readdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { errnoOf } from '../../errors/index.js';
import type { LoadedManifest } from './store.js';
import { zlib } from '../util/builtins.js';
import type { ZlibOptions } from 'node:zlib';

const gzip = (content: Buffer, options: ZlibOptions): Promise<Buffer> => promisify(zlib().gzip)(content, options);
const gunzip = (raw: Buffer, options: ZlibOptions): Promise<Buffer> => promisify(zlib().gunzip)(raw, options);

/** Packs live beside the backups; the leading dot keeps the directory out of the backup names. */
export const PACKS_DIR = '.packs';
/**
 * Files are compressed in blocks of about this many bytes, one gzip member per block: small
 * JSON files compress far better together (deflate reuses the previous file's text), and a
 * reader still decompresses at most one block to reach any file.
 */
const BLOCK_BYTES = 1 << 20;
/** Blocks being compressed at once: the thread pool does the work while the caller reads and validates. */
const BLOCKS_IN_FLIGHT = 4;

export function packPath(backupDir: string, id: string): string {
  return path.join(backupDir, PACKS_DIR, `${id}.pack`);
}

export interface PackedLocation {
  offset: number;
  storedSize: number;
  start: number;
}

/**
 * Writes a new pack file: the files given to `add`, grouped into blocks, each block one gzip
 * member, appended in order. The pack's id is the SHA-256 of its bytes, computed as written.
 */
export class PackWriter {
  readonly locations: PackedLocation[] = [];
  private readonly hash = createHash('sha256');
  private size = 0;
  private block: Buffer[] = [];
  private blockBytes = 0;
  private blockFiles: number[] = [];
  private written: Promise<void> = Promise.resolve();
  private inFlight = 0;
  private failure: unknown;

  private constructor(
    private readonly handle: Awaited<ReturnType<typeof open>>,
    private readonly level: number,
  ) {}

  static async create(file: string, level: number): Promise<PackWriter> {
    return new PackWriter(await open(file, 'wx', 0o444), level);
  }

  private added = 0;

  get fileCount(): number {
    return this.added;
  }

  /** Queues one file's bytes; resolves when memory allows the next one. Returns its index. */
  async add(bytes: Buffer): Promise<number> {
    const index = this.added++;
    this.blockFiles.push(index);
    this.block.push(bytes);
    this.blockBytes += bytes.length;
    if (this.blockBytes >= BLOCK_BYTES) this.flushBlock();
    while (this.inFlight >= BLOCKS_IN_FLIGHT && this.failure === undefined) await this.written;
    if (this.failure !== undefined) throw this.failure;
    return index;
  }

  /** Writes the last block, fsyncs and closes; returns the pack's id and size. */
  async finish(): Promise<{ id: string; size: number }> {
    this.flushBlock();
    await this.written;
    if (this.failure !== undefined) throw this.failure;
    await this.handle.sync();
    await this.handle.close();
    return { id: this.hash.digest('hex'), size: this.size };
  }

  async abort(): Promise<void> {
    await this.written.catch(() => undefined);
    await this.handle.close().catch(() => undefined);
  }

  private flushBlock(): void {
    if (this.blockFiles.length === 0) return;
    const files = this.blockFiles;
    const content = this.block.length === 1 ? (this.block[0] as Buffer) : Buffer.concat(this.block);
    const starts: number[] = [];
    let start = 0;
    for (const part of this.block) {
      starts.push(start);
      start += part.length;
    }
    this.block = [];
    this.blockBytes = 0;
    this.blockFiles = [];
    this.inFlight++;
    // A large output chunk: the default 16 KiB one costs a main-thread callback per chunk.
    const compressed = gzip(content, { level: this.level, chunkSize: 256 * 1024 });
    this.written = this.written.then(async () => {
      try {
        if (this.failure !== undefined) return;
        const member = await compressed;
        await this.handle.write(member);
        this.hash.update(member);
        files.forEach((file, i) => {
          this.locations[file] = { offset: this.size, storedSize: member.length, start: starts[i] as number };
        });
        this.size += member.length;
      } catch (error) {
        this.failure ??= error;
      } finally {
        this.inFlight--;
      }
    });
    compressed.catch(() => undefined);
  }
}

/** Reads one gzip member of a pack and returns its decompressed content. */
export async function readMember(file: string, offset: number, length: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const raw = Buffer.allocUnsafe(length);
    const { bytesRead } = await handle.read(raw, 0, length, offset);
    if (bytesRead !== length)
      throw Object.assign(new Error(`pack ends ${length - bytesRead} bytes early`), { code: 'ETRUNCATED' });
    // One callback per MiB of output instead of per 16 KiB: a member inflates to about a block.
    return await gunzip(raw, { chunkSize: BLOCK_BYTES });
  } finally {
    await handle.close();
  }
}

/**
 * Deletes packs no backup references (left by a create that crashed before publishing, or
 * freed by clean). Callers hold the store lock. A backup whose manifest cannot be read might
 * reference any pack, so then nothing is deleted.
 */
export async function removeUnreferencedPacks(backupDir: string, loaded: readonly LoadedManifest[]): Promise<string[]> {
  if (loaded.some((entry) => !entry.manifest)) return [];
  const referenced = new Set(loaded.flatMap((entry) => entry.manifest?.packs ?? []));
  let names: string[];
  try {
    names = await readdir(path.join(backupDir, PACKS_DIR));
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return [];
    throw error;
  }
  const removed: string[] = [];
  for (const name of names) {
    const id = /^([0-9a-f]{64})\.pack$/.exec(name)?.[1];
    if (!id || referenced.has(id)) continue;
    const file = path.join(backupDir, PACKS_DIR, name);
    await unlink(file).catch((error: unknown) => {
      if (errnoOf(error) !== 'ENOENT') throw error;
    });
    removed.push(id);
  }
  return removed;
}
