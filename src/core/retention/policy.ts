import { UsageError } from '../../errors/index.js';
import {
  formatDuration,
  isoWeek,
  isZeroDuration,
  parseDuration,
  ZonedCalendar,
  type Duration,
  type WallClock,
} from './duration.js';
import type { RetentionPolicy } from '../config/settings.js';

export { parseDuration } from './duration.js';

/*
 * The retention planner: restic's `forget` policy (internal/data/snapshot_policy.go,
 * ApplyPolicy) applied to one group of backups. Pure: no clock, no file system, no environment
 * beyond the default time zone, which callers can pin with `timeZone`.
 */

export interface RetentionCandidate {
  name: string;
  /** A Date, or an ISO 8601 string with `Z` or an offset (without one, JavaScript reads it as process-local time). */
  createdAt: string | Date;
  tags?: string[];
}

export interface RetentionPlan<T extends RetentionCandidate = RetentionCandidate> {
  /** Newest first, each with restic's reasons ("daily snapshot", "within 7d", "has tags [a, b]"). */
  keep: { backup: T; reasons: string[] }[];
  /** Newest first. */
  remove: { backup: T }[];
}

export interface RetentionOptions<T extends RetentionCandidate = RetentionCandidate> {
  /** IANA zone whose hours, days, ISO weeks, months and years form the buckets; default: the local zone. */
  timeZone?: string;
  /**
   * Restic measures within-windows back from the newest backup that is not in the future,
   * judged by its own clock. Pass the clock here to get that; without it the newest backup counts.
   */
  now?: Date | string | number;
  /**
   * The caller's veto: a reason keeps the backup whatever the policy says, listed as
   * "protected: <reason>". Protection does not take part in restic's counting, so it never
   * changes which other backups the policy keeps.
   */
  protect?: (backup: T) => string | undefined;
}

type Period = 'hour' | 'day' | 'week' | 'month' | 'year';
const PERIODS: readonly {
  period: Period;
  word: string;
  count: keyof RetentionPolicy;
  within: keyof RetentionPolicy;
}[] = [
  { period: 'hour', word: 'hourly', count: 'hourly', within: 'withinHourly' },
  { period: 'day', word: 'daily', count: 'daily', within: 'withinDaily' },
  { period: 'week', word: 'weekly', count: 'weekly', within: 'withinWeekly' },
  { period: 'month', word: 'monthly', count: 'monthly', within: 'withinMonthly' },
  { period: 'year', word: 'yearly', count: 'yearly', within: 'withinYearly' },
];
const COUNT_FIELDS = ['last', 'hourly', 'daily', 'weekly', 'monthly', 'yearly'] as const;
const DURATION_FIELDS = [
  'within',
  'withinHourly',
  'withinDaily',
  'withinWeekly',
  'withinMonthly',
  'withinYearly',
] as const;

/** A policy checked and parsed once, in the order restic evaluates it (which is also the order of reasons). */
interface CompiledPolicy {
  tagLists: string[][];
  within: Duration | undefined;
  /** keep-last and keep-<period> N; remaining -1 = unlimited. */
  counts: { period: Period | undefined; reason: string; remaining: number }[];
  windows: { period: Period; reason: string; duration: Duration }[];
}

/** True when the policy would keep everything because nothing is configured (restic's `ExpirePolicy.Empty`). */
export function isEmptyPolicy(policy: RetentionPolicy): boolean {
  if (policy.tags !== undefined && policy.tags.length > 0) return false;
  if (COUNT_FIELDS.some((field) => policy[field] !== undefined && policy[field] !== 0)) return false;
  return DURATION_FIELDS.every((field) => {
    const text = policy[field];
    if (text === undefined) return true;
    try {
      return isZeroDuration(parseDuration(text));
    } catch {
      return false; // configured, if wrongly: assertValidPolicy and planRetention report it
    }
  });
}

/** Throws a UsageError (or DurationError) naming the first invalid field of the policy. */
export function assertValidPolicy(policy: RetentionPolicy): void {
  compilePolicy(policy);
}

function compilePolicy(policy: RetentionPolicy): CompiledPolicy {
  for (const field of COUNT_FIELDS) {
    const value = policy[field];
    if (value !== undefined && !(Number.isInteger(value) && value >= -1)) {
      throw new UsageError(
        `invalid retention policy: ${field} must be a whole number, 0 or more, or -1 for unlimited; got ${String(value)}`,
      );
    }
  }
  const durationOf = (field: (typeof DURATION_FIELDS)[number]): Duration | undefined => {
    const text = policy[field];
    if (text === undefined) return undefined;
    const duration = parseDuration(text);
    return isZeroDuration(duration) ? undefined : duration;
  };
  const tagLists = policy.tags ?? [];
  if (
    !Array.isArray(tagLists) ||
    !tagLists.every((list) => Array.isArray(list) && list.every((tag) => typeof tag === 'string'))
  ) {
    throw new UsageError(
      'invalid retention policy: tags must be a list of tag lists, e.g. [["keep"], ["release", "prod"]]',
    );
  }
  const counts: CompiledPolicy['counts'] = [];
  if (policy.last) counts.push({ period: undefined, reason: 'last snapshot', remaining: policy.last });
  for (const { period, word, count } of PERIODS) {
    const value = policy[count] as number | undefined;
    if (value) counts.push({ period, reason: `${word} snapshot`, remaining: value });
  }
  const windows: CompiledPolicy['windows'] = [];
  for (const { period, word, within } of PERIODS) {
    const duration = durationOf(within as (typeof DURATION_FIELDS)[number]);
    if (duration) windows.push({ period, reason: `${word} within ${formatDuration(duration)}`, duration });
  }
  return { tagLists, within: durationOf('within'), counts, windows };
}

/**
 * Decides which backups a restic-style policy keeps. Backups are ordered newest first (equal
 * times: the name that sorts last counts as newer), then, as in restic:
 * - `tags`: kept if it has every tag of any one list; `''` in a list matches an untagged backup;
 * - `within`: kept if strictly newer than the newest backup minus the duration (calendar-aware);
 * - `last`/`hourly`/.../`yearly` N: the newest backup of each hour/day/ISO week/month/year is
 *   kept until N buckets are used (-1: never used up); the OLDEST backup is also kept while a
 *   count is not used up, even in an already-used bucket ("oldest daily snapshot");
 * - `withinHourly`/...: the newest backup of each bucket inside the window, and the oldest
 *   backup if it is inside the window.
 * An empty policy keeps everything (reason "policy is empty"); callers that must refuse one
 * check {@link isEmptyPolicy} first.
 */
export function planRetention<T extends RetentionCandidate>(
  backups: readonly T[],
  policy: RetentionPolicy,
  options: RetentionOptions<T> = {},
): RetentionPlan<T> {
  const compiled = compilePolicy(policy);
  const calendar = new ZonedCalendar(options.timeZone);
  const now = options.now === undefined ? undefined : toEpochMs(options.now, 'now');
  const ordered = backups
    .map((backup) => ({
      backup,
      time: toEpochMs(backup.createdAt, `backup ${JSON.stringify(backup.name)}: createdAt`),
    }))
    .sort((a, b) => b.time - a.time || compareNames(b.backup.name, a.backup.name));

  const isEmpty =
    compiled.tagLists.length === 0 && !compiled.within && compiled.counts.length === 0 && compiled.windows.length === 0;
  const reasonLists = isEmpty ? ordered.map(() => ['policy is empty']) : applyPolicy(ordered, compiled, calendar, now);

  const plan: RetentionPlan<T> = { keep: [], remove: [] };
  ordered.forEach(({ backup }, index) => {
    const reasons = reasonLists[index] ?? [];
    const protection = options.protect?.(backup);
    if (protection) reasons.push(`protected: ${protection}`);
    if (reasons.length > 0) plan.keep.push({ backup, reasons });
    else plan.remove.push({ backup });
  });
  return plan;
}

/** Restic's ApplyPolicy over backups sorted newest first; returns each backup's reasons (none: remove). */
function applyPolicy(
  ordered: readonly { backup: RetentionCandidate; time: number }[],
  policy: CompiledPolicy,
  calendar: ZonedCalendar,
  now: number | undefined,
): string[][] {
  const latest = newestBefore(ordered, now);
  // With no usable newest backup restic measures from the zero time, so every window holds everything.
  const windowStart = (duration: Duration): number =>
    latest === undefined ? Number.NEGATIVE_INFINITY : calendar.durationBefore(latest, duration);
  const withinStart = policy.within && windowStart(policy.within);
  const counts = policy.counts.map((rule) => ({ ...rule, lastBucket: undefined as number | undefined }));
  const windows = policy.windows.map((rule) => ({
    ...rule,
    start: windowStart(rule.duration),
    lastBucket: undefined as number | undefined,
  }));

  return ordered.map(({ backup, time }, index) => {
    const isOldest = index === ordered.length - 1;
    let clock: WallClock | undefined;
    const bucket = (period: Period): number => bucketOf((clock ??= calendar.wallClock(time)), period);
    const reasons: string[] = [];

    for (const tags of policy.tagLists) {
      if (hasTags(backup.tags ?? [], tags)) reasons.push(`has tags [${tags.join(', ')}]`);
    }
    if (policy.within && withinStart !== undefined && time > withinStart) {
      reasons.push(`within ${formatDuration(policy.within)}`);
    }
    for (const rule of counts) {
      if (rule.remaining === 0) continue;
      const value = rule.period ? bucket(rule.period) : index;
      const isNewBucket = value !== rule.lastBucket;
      if (!isNewBucket && !isOldest) continue;
      rule.lastBucket = value;
      if (rule.remaining > 0) rule.remaining--;
      reasons.push(isNewBucket ? rule.reason : `oldest ${rule.reason}`);
    }
    for (const rule of windows) {
      if (!(time > rule.start)) continue;
      const value = bucket(rule.period);
      const isNewBucket = value !== rule.lastBucket;
      if (!isNewBucket && !isOldest) continue;
      rule.lastBucket = value;
      reasons.push(isNewBucket ? rule.reason : `oldest ${rule.reason}`);
    }
    return reasons;
  });
}

/** Restic's findLatestTimestamp: the newest time strictly before `now` (any time when there is no `now`). */
function newestBefore(ordered: readonly { time: number }[], now: number | undefined): number | undefined {
  return ordered.find(({ time }) => now === undefined || time < now)?.time;
}

/** Restic's Snapshot.HasTags, quirks included: an empty list matches everything, and `''` matches an untagged backup. */
function hasTags(backupTags: readonly string[], required: readonly string[]): boolean {
  for (const tag of required) {
    if (tag === '' && backupTags.length === 0) return true;
    if (!backupTags.includes(tag)) return false;
  }
  return true;
}

/** Restic's bucket numbers: YYYYMMDDHH, YYYYMMDD, ISO YYYYWW, YYYYMM, YYYY in the calendar's zone. */
function bucketOf(clock: WallClock, period: Period): number {
  const { year, month, day, hour } = clock;
  switch (period) {
    case 'hour':
      return ((year * 100 + month) * 100 + day) * 100 + hour;
    case 'day':
      return (year * 100 + month) * 100 + day;
    case 'week': {
      const week = isoWeek(year, month, day);
      return week.year * 100 + week.week;
    }
    case 'month':
      return year * 100 + month;
    case 'year':
      return year;
  }
}

function toEpochMs(value: string | Date | number, what: string): number {
  const time = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(time)) throw new UsageError(`${what} is not a valid time: ${JSON.stringify(String(value))}`);
  return time;
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Restic's one-line summary of a policy ("keep 10 latest snapshots, ... and all snapshots within 7d of the newest"). */
export function describePolicy(policy: RetentionPolicy): string {
  const compiled = compilePolicy(policy);
  const counts = [...COUNT_FIELDS]
    .filter((field) => policy[field])
    .map((field) => `${policy[field] === -1 ? 'all' : String(policy[field])} ${field === 'last' ? 'latest' : field}`);
  const windows = compiled.windows.map((rule) => rule.reason.replace(' within ', ' snapshots within '));
  let text = counts.length > 0 ? `${counts.join(', ')} snapshots` : '';
  if (windows.length > 0) text += `${text ? ', ' : ''}${windows.join(', ')}`;
  if (compiled.tagLists.length > 0) {
    text += `${text ? ' and ' : ''}all snapshots with tags [${compiled.tagLists.map((l) => `[${l.join(', ')}]`).join(' ')}]`;
  }
  if (compiled.within)
    text += `${text ? ' and ' : ''}all snapshots within ${formatDuration(compiled.within)} of the newest`;
  return text ? `keep ${text}` : 'keep everything (no policy)';
}
