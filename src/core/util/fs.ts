import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { open, readFile, rm, type FileHandle } from 'node:fs/promises';
import { errnoOf } from '../../errors/index.js';

/** Flushes a directory entry table so a rename inside it survives power loss. */
export async function fsyncDir(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    // Some file systems refuse fsync on directories; the data itself is already synced.
    if (!['EINVAL', 'EISDIR', 'EBADF', 'EPERM'].includes(errnoOf(error) ?? '')) throw error;
  } finally {
    await handle?.close();
  }
}

/**
 * `fsyncDir` without the thread pool: for the few fixed steps of a small write (create, the
 * hooks), where each asynchronous call's round trip cost more than the call itself.
 */
export function fsyncDirSync(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch (error) {
    if (!['EINVAL', 'EISDIR', 'EBADF', 'EPERM'].includes(errnoOf(error) ?? '')) throw error;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** `writeNewFile` without the thread pool, for small files (a manifest, the lock). */
export function writeNewFileSync(path: string, data: string | Uint8Array, mode = 0o644, durable = true): void {
  const fd = openSync(path, 'wx', mode);
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
    if (durable) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes `data` to a new file (never an existing one), fsynced unless `durable` is false. */
export async function writeNewFile(
  path: string,
  data: string | Uint8Array,
  mode = 0o644,
  durable = true,
): Promise<void> {
  const handle = await open(path, 'wx', mode);
  try {
    await handle.writeFile(data);
    if (durable) await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function removeTree(path: string): Promise<void> {
  await rm(path, { recursive: true, force: true, maxRetries: 2 });
}

/** Runs `fn` over `items` with at most `limit` calls in flight, keeping the input order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  // After a failure no item starts, and the call settles only once none is in flight: a caller
  // cleaning up (removing a staging dir) never races work still writing into it.
  const worker = async (): Promise<void> => {
    while (!failure && next < items.length) {
      const index = next++;
      try {
        results[index] = await fn(items[index] as T, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure) throw failure.error;
  return results;
}

/** A text file's content, or undefined when there is no such file. */
export async function readTextIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return undefined;
    throw error;
  }
}
