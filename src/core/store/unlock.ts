import { LockHeldError } from '../../errors/index.js';
import { appendHistory } from './history.js';
import { breakLock, inspectLock, type LockStatus } from './lock.js';
import { ensureBackupDir } from './store.js';

export interface UnlockOptions {
  backupDir: string;
  /** Remove the lock even when its holder may still be running. */
  force?: boolean;
}

export type UnlockResult =
  | { removed: false; lock: undefined; warnings: string[] }
  | { removed: true; lock: LockStatus; forced: boolean; warnings: string[] };

/**
 * Removes the store's lock when its holder is gone (or with `force`), after saying whose it
 * was. A lock whose holder may be alive is refused: removing it would let two writers in.
 */
export async function unlockStore(options: UnlockOptions): Promise<UnlockResult> {
  if (!(await ensureBackupDir(options.backupDir, false))) return { removed: false, lock: undefined, warnings: [] };
  for (;;) {
    const lock = await inspectLock(options.backupDir);
    if (!lock) return { removed: false, lock: undefined, warnings: [] };
    if (!lock.stale && !options.force) throw new LockHeldError(lock.path, lock.holder, lock.reason);
    // Replaced between the look and the removal: judge the new one.
    if (!(await breakLock(lock.path, lock.raw))) continue;
    const forced = !lock.stale;
    const unrecorded = await appendHistory(options.backupDir, {
      operation: 'unlock',
      backup: null,
      outcome: 'success',
      detail: `removed the ${forced ? 'lock (forced)' : 'stale lock'} of process ${lock.holder.pid ?? '?'} on host ${lock.holder.hostname ?? '?'}: ${lock.reason}`,
    });
    return { removed: true, lock, forced, warnings: unrecorded ? [unrecorded] : [] };
  }
}
