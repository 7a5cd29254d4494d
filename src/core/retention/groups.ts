import type { RetentionPolicy } from '../config/settings.js';
import { planRetention, type RetentionCandidate, type RetentionOptions, type RetentionPlan } from './policy.js';

/**
 * Backups the tool makes on its own: before a restore, in the pre-commit hook, before an agent
 * edit, in CI, on a schedule. Everything else (manual, import, unknown triggers) was asked for by a person.
 */
const AUTOMATIC_TRIGGERS: ReadonlySet<string> = new Set([
  'pre-restore',
  'pre-commit',
  'claude-code',
  'ci',
  'scheduled',
]);

function isAutomatic(trigger: string): boolean {
  return AUTOMATIC_TRIGGERS.has(trigger);
}

export interface GroupedCandidate extends RetentionCandidate {
  trigger: string;
}

/**
 * The policy applied to manual and to automatic backups separately, as restic applies it per
 * group: `keep-last 5` keeps the 5 newest manual backups and the 5 newest automatic ones, so a
 * burst of safety or hook backups never pushes the user's own backups out.
 */
export function planByTrigger<T extends GroupedCandidate>(
  backups: readonly T[],
  policy: RetentionPolicy,
  options: RetentionOptions<T> = {},
): RetentionPlan<T> {
  const manual = planRetention(
    backups.filter((b) => !isAutomatic(b.trigger)),
    policy,
    options,
  );
  const automatic = planRetention(
    backups.filter((b) => isAutomatic(b.trigger)),
    policy,
    options,
  );
  const order = new Map(backups.map((b, i) => [b.name, i]));
  const byAge = (a: { backup: T }, b: { backup: T }): number =>
    (order.get(a.backup.name) ?? 0) - (order.get(b.backup.name) ?? 0);
  return {
    keep: [...manual.keep, ...automatic.keep].sort(byAge),
    remove: [...manual.remove, ...automatic.remove].sort(byAge),
  };
}

/** What makes a clean worth a second look, even with --yes. */
export interface CleanDangers {
  /** Every manual backup would go (the count), leaving only automatic ones. */
  allManual?: number;
  /** Only the newest backup would stay (the count deleted). */
  allButNewest?: number;
  /** --keep-tag lists that no backup matches: such a policy keeps nothing by tag. */
  unmatchedTags: string[][];
}

export function cleanDangers<T extends GroupedCandidate>(
  backups: readonly T[],
  plan: RetentionPlan<T>,
  policy: RetentionPolicy,
): CleanDangers {
  const dangers: CleanDangers = {
    unmatchedTags: (policy.tags ?? []).filter(
      (list) =>
        !backups.some((b) => list.every((t) => (t === '' ? (b.tags ?? []).length === 0 : (b.tags ?? []).includes(t)))),
    ),
  };
  if (plan.remove.length === 0) return dangers;
  const manual = backups.filter((b) => !isAutomatic(b.trigger)).length;
  const manualRemoved = plan.remove.filter((r) => !isAutomatic(r.backup.trigger)).length;
  if (manual > 0 && manualRemoved === manual) dangers.allManual = manual;
  if (plan.keep.length === 1 && backups.length > 1) dangers.allButNewest = plan.remove.length;
  return dangers;
}

export function isDangerous(dangers: CleanDangers): boolean {
  return dangers.allManual !== undefined || dangers.allButNewest !== undefined;
}
