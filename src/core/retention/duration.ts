import { DurationError, UsageError } from '../../errors/index.js';

/**
 * A retention window in restic's `--keep-within` format (`1y2m3d4h`). Years, months and days
 * are calendar steps, not fixed lengths, so the window is only meaningful together with the
 * moment and the time zone it is measured back from (see {@link ZonedCalendar.durationBefore}).
 */
export interface Duration {
  years: number;
  months: number;
  days: number;
  hours: number;
}

const UNIT_FIELDS = { y: 'years', m: 'months', d: 'days', h: 'hours' } as const;
type Unit = keyof typeof UNIT_FIELDS;
// Large enough for any real window, small enough that every component stays an exact integer.
const MAX_COMPONENT = 999_999_999;

/**
 * Parses restic's duration syntax: number-unit pairs with units y, m (months), d and h, in any
 * order, surrounding whitespace ignored. Stricter than restic where restic's leniency only hides
 * mistakes: negative numbers (restic's `forget` refuses them too), an empty text (restic reads
 * it as "no window") and a unit given twice (restic silently keeps the last) are errors here.
 */
export function parseDuration(text: string): Duration {
  const input = text.trim();
  if (input === '') throw new DurationError(text, 'it is empty');
  const duration: Duration = { years: 0, months: 0, days: 0, hours: 0 };
  const seen = new Set<Unit>();
  let rest = input;
  while (rest !== '') {
    const match = /^(\d*)(.?)/su.exec(rest) as RegExpExecArray;
    const [whole, digits = '', unit = ''] = match;
    if (digits === '') {
      const problem = rest.startsWith('-')
        ? 'negative values are not allowed'
        : `expected a number at ${JSON.stringify(rest)}`;
      throw new DurationError(text, problem);
    }
    if (unit === '') throw new DurationError(text, `no unit after ${digits} (use y, m, d or h)`);
    if (!isUnit(unit)) {
      if (/^\s$/u.test(unit)) throw new DurationError(text, 'spaces are not allowed inside a duration');
      const hint =
        unit === 'w' ? '; weeks are not a unit, use 7d' : /^[YMDH]$/u.test(unit) ? '; units are lower-case' : '';
      throw new DurationError(text, `unknown unit ${JSON.stringify(unit)} after ${digits} (use y, m, d or h${hint})`);
    }
    if (seen.has(unit)) throw new DurationError(text, `the unit ${JSON.stringify(unit)} appears twice`);
    const value = Number(digits);
    if (value > MAX_COMPONENT) throw new DurationError(text, `${digits} is too large`);
    seen.add(unit);
    duration[UNIT_FIELDS[unit]] = value;
    rest = rest.slice(whole.length);
  }
  return duration;
}

function isUnit(text: string): text is Unit {
  return Object.hasOwn(UNIT_FIELDS, text);
}

/** Restic's canonical spelling: years, months, days, hours, zero parts left out (`2d3h` for `3h2d`). */
export function formatDuration(duration: Duration): string {
  return (
    (duration.years ? `${duration.years}y` : '') +
    (duration.months ? `${duration.months}m` : '') +
    (duration.days ? `${duration.days}d` : '') +
    (duration.hours ? `${duration.hours}h` : '')
  );
}

/** A zero duration (`0d`) means "no window" in restic: the option is as good as absent. */
export function isZeroDuration(duration: Duration): boolean {
  return duration.years === 0 && duration.months === 0 && duration.days === 0 && duration.hours === 0;
}

/** Wall-clock reading of an instant in a time zone; `month` is 1-12. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/**
 * The calendar of one IANA time zone, computed with Intl so that it does not depend on the
 * process's TZ (Date's local-time methods do). Restic does its calendar work in Go's local
 * zone; this reproduces Go's rules where they matter (see durationBefore).
 */
export class ZonedCalendar {
  readonly timeZone: string;
  private readonly format: Intl.DateTimeFormat;

  constructor(timeZone?: string) {
    try {
      this.format = new Intl.DateTimeFormat('en-US', {
        timeZone: timeZone ?? new Intl.DateTimeFormat().resolvedOptions().timeZone,
        hourCycle: 'h23',
        era: 'short',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new UsageError(
        `unknown time zone ${JSON.stringify(timeZone)} (expected an IANA name such as Europe/Berlin)`,
      );
    }
    this.timeZone = this.format.resolvedOptions().timeZone;
  }

  wallClock(epochMs: number): WallClock {
    const parts: Record<string, string> = {};
    for (const part of this.format.formatToParts(epochMs)) parts[part.type] = part.value;
    const yearOfEra = Number(parts.year);
    return {
      year: parts.era === 'BC' ? 1 - yearOfEra : yearOfEra,
      month: Number(parts.month),
      day: Number(parts.day),
      hour: Number(parts.hour),
      minute: Number(parts.minute),
      second: Number(parts.second),
      millisecond: ((epochMs % 1000) + 1000) % 1000,
    };
  }

  /** The zone's UTC offset in milliseconds at an instant (east of Greenwich positive). */
  offsetAt(epochMs: number): number {
    return wallClockAsUtc(this.wallClock(epochMs)) - epochMs;
  }

  /**
   * The instant `duration` before `epochMs`, the way restic computes its window start:
   * Go's `t.AddDate(-y, -m, -d).Add(-h hours)` in the local zone. So calendar overflow
   * normalises forwards (one month before Mar 31 is "Feb 31" = Mar 2 or 3), the wall-clock
   * time of day survives DST changes, a wall time that does not exist or exists twice is
   * resolved as Go's time.Date resolves it, and hours are exact hours.
   * Returns -Infinity when the start lies before any representable date.
   */
  durationBefore(epochMs: number, duration: Duration): number {
    const clock = this.wallClock(epochMs);
    const shiftedWall = wallClockAsUtc({
      ...clock,
      year: clock.year - duration.years,
      month: clock.month - duration.months,
      day: clock.day - duration.days,
    });
    if (!(shiftedWall > EARLIEST_SAFE_MS)) return Number.NEGATIVE_INFINITY;
    // time.Date: guess the offset at the wall time read as UTC, and if the instant that guess
    // gives has a different offset, take that one instead.
    const instant = shiftedWall - this.offsetAt(shiftedWall - this.offsetAt(shiftedWall));
    const start = instant - duration.hours * 3_600_000;
    return start > EARLIEST_SAFE_MS ? start : Number.NEGATIVE_INFINITY;
  }
}

// Date's range ends at ±8.64e15 ms; keep two days clear of it so that offset lookups stay valid.
const EARLIEST_SAFE_MS = -8.64e15 + 2 * 86_400_000;

/** Reads a wall clock as if it were UTC; out-of-range fields overflow into the next unit, as in Go. */
function wallClockAsUtc(clock: WallClock): number {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
  date.setUTCFullYear(clock.year, clock.month - 1, clock.day);
  date.setUTCHours(clock.hour, clock.minute, clock.second, clock.millisecond);
  return date.getTime();
}

/** ISO 8601 week-numbering year and week (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeek(year: number, month: number, day: number): { year: number; week: number } {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const weekYear = date.getUTCFullYear();
  const yearStart = new Date(0);
  yearStart.setUTCFullYear(weekYear, 0, 1);
  const dayOfYear = Math.round((date.getTime() - yearStart.getTime()) / 86_400_000);
  return { year: weekYear, week: Math.floor(dayOfYear / 7) + 1 };
}
