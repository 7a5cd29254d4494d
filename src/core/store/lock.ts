import { readFile, rename, stat, unlink, utimes } from 'node:fs/promises';
import { readFileSync, readlinkSync, unlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { StoreBusyError, errnoOf } from '../../errors/index.js';
import { writeNewFile, writeNewFileSync } from '../util/fs.js';

const LOCK_FILE = '.lock';

/** restic's figures: a lock nobody refreshed for 30 minutes is stale; holders refresh every 5. */
const STALE_AFTER_MS = 30 * 60 * 1000;
const REFRESH_EVERY_MS = 5 * 60 * 1000;

interface LockHolder {
  pid: number;
  hostname: string;
  /** The kernel's boot id: the same host name on another machine (or after a reboot) is another process table. */
  bootId?: string;
  /** `pid:[…]` of the holder's PID namespace: a PID means nothing in another one (containers). */
  pidNamespace?: string;
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
  /** How often the holder touches the lock so others see it alive (default 5 minutes). */
  refreshMs?: number;
}

/** What a look at the lock found; `stale` says why it may be removed, `live` why not. */
export interface LockStatus {
  path: string;
  /** The lock file's content as judged: only exactly this is ever removed. */
  raw: string;
  holder: Partial<LockHolder>;
  /** Since the holder last refreshed the lock (its mtime). */
  ageMs: number;
  stale: boolean;
  reason: string;
}

/**
 * An exclusive lock on the store: a file created with O_EXCL that names its holder.
 * A lock is broken and taken over only when its holder is provably gone: on this machine and
 * in this PID namespace, its PID is dead or recycled. A holder this process cannot see (another
 * host, another PID namespace, /proc mounted hidepid) is judged by age instead: holders refresh
 * the lock every 5 minutes, and one not refreshed for 30 is stale.
 */
export async function acquireLock(backupDir: string, options: LockOptions): Promise<StoreLock> {
  const lockPath = path.join(backupDir, LOCK_FILE);
  const me: LockHolder = {
    pid: process.pid,
    ...machine(),
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
      // Synchronous: the lock is taken on every hook commit, and the thread pool's round trips cost more.
      writeNewFileSync(lockPath, body, 0o644, false);
      return held(lockPath, body, options.refreshMs ?? REFRESH_EVERY_MS);
    } catch (error) {
      if (errnoOf(error) !== 'EEXIST') throw error;
    }
    const status = await inspectLock(backupDir);
    if (status?.stale) {
      await breakLock(lockPath, status.raw);
      continue;
    }
    const waited = Date.now() - started;
    if (waited >= options.timeoutMs) throw new StoreBusyError(lockPath, status?.holder ?? {}, waited);
    await new Promise((resolve) => setTimeout(resolve, Math.min(poll, Math.max(1, options.timeoutMs - waited))));
  }
}

function held(lockPath: string, body: string, refreshMs: number): StoreLock {
  // Touch the lock while it is held, so a process that cannot check our PID sees us alive.
  const timer = setInterval(() => {
    void readFile(lockPath, 'utf8')
      .then((current) => (current === body ? utimes(lockPath, new Date(), new Date()) : undefined))
      .catch(() => undefined);
  }, refreshMs);
  timer.unref();
  return {
    path: lockPath,
    release: async () => {
      clearInterval(timer);
      // Only remove the lock if it is still ours: a lock broken as stale may belong to someone else now.
      try {
        if (readFileSync(lockPath, 'utf8') === body) unlinkSync(lockPath);
      } catch {
        // Gone or unreadable: nothing of ours to remove.
      }
    },
  };
}

/** Who holds the store's lock and whether it may be broken; undefined when there is none. */
export async function inspectLock(backupDir: string, staleAfterMs = STALE_AFTER_MS): Promise<LockStatus | undefined> {
  const lockPath = path.join(backupDir, LOCK_FILE);
  let raw: string;
  let mtimeMs: number;
  try {
    [raw, mtimeMs] = await Promise.all([readFile(lockPath, 'utf8'), stat(lockPath).then((s) => s.mtimeMs)]);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return undefined;
    throw error;
  }
  let holder: Partial<LockHolder> = {};
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) holder = parsed as Partial<LockHolder>;
  } catch {
    // judged below as an unreadable lock
  }
  const ageMs = Math.max(0, Date.now() - mtimeMs);
  return { path: lockPath, raw, holder, ageMs, ...verdict(holder, ageMs, staleAfterMs) };
}

function verdict(holder: Partial<LockHolder>, ageMs: number, staleAfterMs: number): { stale: boolean; reason: string } {
  if (typeof holder.pid !== 'number') {
    // The holder died between creating and writing it; give a live writer a moment.
    return ageMs > 2000
      ? { stale: true, reason: 'the lock file names no holder' }
      : { stale: false, reason: 'the lock is being written' };
  }
  const me = machine();
  const byAge = (why: string): { stale: boolean; reason: string } => {
    const minutes = Math.floor(ageMs / 60_000);
    return ageMs > staleAfterMs
      ? { stale: true, reason: `${why}, and it has not refreshed the lock for ${minutes} minutes` }
      : {
          stale: false,
          reason: `${why}; it refreshed the lock ${minutes < 1 ? 'less than a minute' : `${minutes} minutes`} ago`,
        };
  };
  if (holder.hostname !== me.hostname) return byAge(`it runs on another host (${holder.hostname ?? 'unknown'})`);
  if (holder.bootId !== undefined && me.bootId !== undefined && holder.bootId !== me.bootId)
    return byAge('it runs on another machine or an earlier boot of this one (another boot id)');
  if (holder.pidNamespace !== undefined && me.pidNamespace !== undefined && holder.pidNamespace !== me.pidNamespace) {
    return byAge(`it runs in another PID namespace (${holder.pidNamespace}), whose processes this one cannot see`);
  }
  if (!pidExists(holder.pid)) return { stale: true, reason: `process ${holder.pid} no longer exists` };
  const startTime = processStartTime(holder.pid);
  // Unreadable /proc/<pid>/stat (hidepid, another user) is "cannot see", never "dead".
  if (startTime === undefined) return byAge(`process ${holder.pid} exists but this process cannot inspect it`);
  if (holder.startTime !== undefined && startTime !== holder.startTime)
    return { stale: true, reason: `process ${holder.pid} is a different process now (its PID was reused)` };
  return { stale: false, reason: `process ${holder.pid} is running` };
}

/**
 * Removes the lock if it still holds exactly `seenRaw` (the content that was judged stale, or
 * that `unlock --force` showed): someone who replaced it meanwhile keeps it. A `.break` guard
 * keeps two breakers from removing each other's fresh lock. Returns whether it removed it.
 */
export async function breakLock(lockPath: string, seenRaw: string): Promise<boolean> {
  const breaker = `${lockPath}.break`;
  try {
    await writeNewFile(breaker, String(process.pid), 0o644, false);
  } catch (error) {
    if (errnoOf(error) !== 'EEXIST') throw error;
    const age =
      Date.now() -
      (await stat(breaker).then(
        (s) => s.mtimeMs,
        () => Date.now(),
      ));
    if (age > 5000) await unlink(breaker).catch(() => undefined);
    return false;
  }
  try {
    const now = await readFile(lockPath, 'utf8').catch(() => undefined);
    if (now !== seenRaw) return false;
    const aside = `${lockPath}.stale-${process.pid}`;
    await rename(lockPath, aside);
    await unlink(aside).catch(() => undefined);
    return true;
  } finally {
    await unlink(breaker).catch(() => undefined);
  }
}

/** A signal-0 probe: EPERM means it exists (another user's process); only ESRCH means gone. */
function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoOf(error) !== 'ESRCH';
  }
}

let machineCache: { hostname: string; bootId?: string; pidNamespace?: string } | undefined;

/** This process's host name, boot id and PID namespace (the last two only where /proc shows them). */
function machine(): { hostname: string; bootId?: string; pidNamespace?: string } {
  if (machineCache) return machineCache;
  const bootId = attempt(() => readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim());
  const pidNamespace = attempt(() => readlinkSync('/proc/self/ns/pid'));
  machineCache = { hostname: hostname(), ...(bootId ? { bootId } : {}), ...(pidNamespace ? { pidNamespace } : {}) };
  return machineCache;
}

function attempt<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

function processStartTime(pid: number): string | undefined {
  return attempt(() => {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22, counted after the parenthesised command name (which may itself contain spaces).
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  });
}
