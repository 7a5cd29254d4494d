import { rename } from 'node:fs/promises';
import path from 'node:path';
import { DangerousCleanError, EmptyPolicyError } from '../../errors/index.js';
import { freedBySpace } from './clean-space.js';
import { removeUnreferencedPacks } from '../store/pack.js';
import { noFaults, type Faults } from '../util/faults.js';
import { fsyncDir, removeTree } from '../util/fs.js';
import { appendHistory } from '../store/history.js';
import { peekJournal } from '../restore/journal.js';
import { assertValidPolicy, isEmptyPolicy } from './policy.js';
import { cleanDangers, isDangerous, planByTrigger, type CleanDangers } from './groups.js';
import type { RetentionPolicy } from '../config/settings.js';
import { TRASH_PREFIX, ensureBackupDir, loadAllManifests, lockStore } from '../store/store.js';

interface CleanCandidate {
  name: string;
  createdAt: string;
  tags: string[];
  storedSize: number;
  trigger: string;
}

export interface CleanPlan {
  keep: { backup: CleanCandidate; reasons: string[] }[];
  remove: { backup: CleanCandidate }[];
  /** What deleting `remove` gives back: shared copies and packs count only when nothing kept uses them. */
  freeableBytes: number;
  /** Backups whose manifest cannot be trusted: never deleted by a policy, listed so someone looks. */
  damaged: string[];
  /** Deleting every manual backup, or all but the newest: the edge asks even with --yes. */
  dangers: CleanDangers;
}

export interface CleanOptions {
  backupDir: string;
  policy: RetentionPolicy;
  timeZone?: string;
  /**
   * The clock within-windows are measured from (default: the system's). Backups dated after it
   * (an imported archive, a machine with a wrong clock) never move the window, so they cannot
   * make a policy delete the real backups before them.
   */
  now?: Date;
  lockTimeoutMs: number;
  faults?: Faults;
  /** Delete even when the plan has {@link CleanDangers} (the user confirmed them, or passed --force). */
  force?: boolean;
}

/** The tag that protects a backup from every policy. */
const KEEP_TAG = 'keep';

/**
 * Applies the retention policy to the store's intact backups, to manual and automatic backups
 * separately (see {@link planByTrigger}). Whatever the policy says, the
 * newest backup, backups tagged `keep` and the backups an interrupted restore still needs are
 * kept. An empty policy is refused: restic's forget would delete everything.
 */
export async function planClean(options: Omit<CleanOptions, 'lockTimeoutMs' | 'faults'>): Promise<CleanPlan> {
  if (isEmptyPolicy(options.policy)) {
    throw new EmptyPolicyError();
  }
  assertValidPolicy(options.policy);
  if (!(await ensureBackupDir(options.backupDir, false)))
    return { keep: [], remove: [], freeableBytes: 0, damaged: [], dangers: { unmatchedTags: [] } };
  const loaded = await loadAllManifests(options.backupDir);
  const candidates: CleanCandidate[] = [];
  const damaged: string[] = [];
  for (const entry of loaded) {
    if (entry.manifest && entry.problems.length === 0) {
      candidates.push({
        name: entry.name,
        createdAt: entry.manifest.createdAt,
        tags: entry.manifest.tags,
        storedSize: entry.manifest.storedSize ?? entry.manifest.totalSize,
        trigger: entry.manifest.trigger,
      });
    } else damaged.push(entry.name);
  }
  const journal = await peekJournal(options.backupDir);
  const neededByRestore = new Set(
    [journal?.backup, journal?.safetyBackup].filter((n): n is string => typeof n === 'string'),
  );
  const newest = candidates[0]?.name;
  const plan = planByTrigger(candidates, options.policy, {
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    now: options.now ?? new Date(),
    protect: (b) =>
      b.name === newest
        ? 'newest backup'
        : b.tags.includes(KEEP_TAG)
          ? `tagged ${KEEP_TAG}`
          : neededByRestore.has(b.name)
            ? 'needed by an interrupted restore'
            : undefined,
  });
  const removing = new Set(plan.remove.map((r) => r.backup.name));
  const freeableBytes = await freedBySpace(
    options.backupDir,
    loaded.filter((m) => removing.has(m.name)),
    loaded.filter((m) => !removing.has(m.name)),
  );
  return {
    keep: plan.keep,
    remove: plan.remove,
    freeableBytes,
    damaged,
    dangers: cleanDangers(candidates, plan, options.policy),
  };
}

/**
 * Deletes what the plan removes, one backup at a time: renamed out of the way first (it
 * vanishes from listings at once and a crash leaves only a `.trash-` entry, which the next
 * writer removes), then deleted. The plan is recomputed under the lock.
 */
export async function cleanBackups(
  options: CleanOptions,
): Promise<{ plan: CleanPlan; deleted: string[]; freedBytes: number; warnings: string[] }> {
  const faults = options.faults ?? noFaults;
  const lock = await lockStore(options.backupDir, 'clean', options.lockTimeoutMs);
  const deleted: string[] = [];
  const warnings = new Set<string>();
  try {
    const plan = await planClean(options);
    if (isDangerous(plan.dangers) && !options.force)
      throw new DangerousCleanError(plan.dangers.allManual, plan.dangers.allButNewest);
    for (const { backup } of plan.remove) {
      const trash = path.join(options.backupDir, `${TRASH_PREFIX}${backup.name}-${process.pid}`);
      await rename(path.join(options.backupDir, backup.name), trash);
      await fsyncDir(options.backupDir);
      faults.reached('clean:renamed');
      await removeTree(trash);
      deleted.push(backup.name);
      const unrecorded = await appendHistory(options.backupDir, {
        operation: 'delete',
        backup: backup.name,
        outcome: 'success',
        detail: 'retention policy',
      });
      if (unrecorded) warnings.add(unrecorded);
      faults.reached('clean:deleted');
    }
    // Packs go once no backup uses them; what that frees was measured under the lock, before.
    if (deleted.length > 0) await removeUnreferencedPacks(options.backupDir, await loadAllManifests(options.backupDir));
    return { plan, deleted, freedBytes: plan.freeableBytes, warnings: [...warnings] };
  } finally {
    await lock.release();
  }
}
