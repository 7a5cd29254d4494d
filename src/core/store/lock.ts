import { readFile, rename, stat, unlink } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { StoreBusyError, errnoOf } from '../../errors/index.js';
import { writeNewFile } from '../util/fs.js';

const LOCK_FILE = '.lock';

interface LockHolder {
  pid: number;
  hostname: string;
  /** Kernel start time of the process, so a recycled PID is not mistaken for the holder. */
  startTime?: string;
  command: string;
  acquiredAt: string;
}

export interface StoreLock {
  readonly path: string;
  release(): Promise<void>;
}

export interface LockOptions {
  command: string;
  timeoutMs: number;
  /** Injected so tests can observe waiting without sleeping for real. */
  pollMs?: number;
}

/**
 * An exclusive lock on the store: a file created with O_EXCL that names its holder.
 * A lock whose holder process is gone (same host, PID dead or recycled) is broken and
 * taken over, so a killed `create` never blocks the store for good.
 */
export async function acquireLock(backupDir: string, options: LockOptions): Promise<StoreLock> {
  const lockPath = path.join(backupDir, LOCK_FILE);
  const me: LockHolder = {
    pid: process.pid,
    hostname: hostname(),
    startTime: processStartTime(process.pid),
    command: options.command,
    acquiredAt: new Date().toISOString(),
  };
  const body = JSON.stringify(me);
  const started = Date.now();
  const poll = options.pollMs ?? 50;
  for (;;) {
    try {
      // No fsync: O_EXCL creation is what excludes others, and after a crash the holder is dead anyway.
      await writeNewFile(lockPath, body, 0o644, false);
      return { path: lockPath, release: () => releaseLock(lockPath, body) };
    } catch (error) {
      if (errnoOf(error) !== 'EEXIST') throw error;
    }
    const current = await readHolder(lockPath);
    if (current && (await isStale(lockPath, current))) {
      await breakLock(lockPath, current.raw);
      continue;
    }
    const waited = Date.now() - started;
    if (waited >= options.timeoutMs) throw new StoreBusyError(lockPath, current?.holder ?? {}, waited);
    await new Promise((resolve) => setTimeout(resolve, Math.min(poll, Math.max(1, options.timeoutMs - waited))));
  }
}

async function releaseLock(lockPath: string, body: string): Promise<void> {
  // Only remove the lock if it is still ours: a lock broken as stale may belong to someone else now.
  const current = await readFile(lockPath, 'utf8').catch(() => undefined);
  if (current === body) await unlink(lockPath).catch(() => undefined);
}

async function readHolder(lockPath: string): Promise<{ raw: string; holder: Partial<LockHolder> } | undefined> {
  let raw: string;
  try {
    raw = await readFile(lockPath, 'utf8');
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return { raw, holder: JSON.parse(raw) as Partial<LockHolder> };
  } catch {
    return { raw, holder: {} };
  }
}

async function isStale(lockPath: string, current: { raw: string; holder: Partial<LockHolder> }): Promise<boolean> {
  const { holder } = current;
  if (typeof holder.pid !== 'number') {
    // Unreadable content: the holder died between creating and writing it. Give a live writer a moment.
    const age = Date.now() - (await stat(lockPath).then((s) => s.mtimeMs, () => Date.now()));
    return age > 2000;
  }
  if (holder.hostname !== hostname()) return false;
  if (!isAlive(holder.pid)) return true;
  return holder.startTime !== undefined && processStartTime(holder.pid) !== holder.startTime;
}

/** Removes a stale lock, unless someone replaced it meanwhile (then the next loop looks again). */
async function breakLock(lockPath: string, staleBody: string): Promise<void> {
  const breaker = `${lockPath}.break`;
  try {
    await writeNewFile(breaker, String(process.pid), 0o644, false);
  } catch (error) {
    if (errnoOf(error) !== 'EEXIST') throw error;
    const age = Date.now() - (await stat(breaker).then((s) => s.mtimeMs, () => Date.now()));
    if (age > 5000) await unlink(breaker).catch(() => undefined);
    return;
  }
  try {
    const now = await readFile(lockPath, 'utf8').catch(() => undefined);
    if (now === staleBody) {
      const aside = `${lockPath}.stale-${process.pid}`;
      await rename(lockPath, aside);
      await unlink(aside).catch(() => undefined);
    }
  } finally {
    await unlink(breaker).catch(() => undefined);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoOf(error) === 'EPERM';
  }
}

function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22, counted after the parenthesised command name (which may itself contain spaces).
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}
