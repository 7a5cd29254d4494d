import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDuration, isoWeek, parseDuration, ZonedCalendar } from '../src/core/retention/duration.js';
import { DurationError } from '../src/errors/index.js';
import {
  assertValidPolicy,
  describePolicy,
  isEmptyPolicy,
  planRetention,
  type RetentionCandidate,
  type RetentionOptions,
} from '../src/core/retention/policy.js';
import type { RetentionPolicy } from '../src/core/config/settings.js';
import { UsageError } from '../src/errors/index.js';

/** Backups named after their time, so expectations read as dates. */
function backups(...times: string[]): RetentionCandidate[] {
  return times.map((time) => ({ name: time, createdAt: time }));
}

/** The plan as [name, reasons] for kept backups and names for removed ones, both newest first. */
function plan(list: readonly RetentionCandidate[], policy: RetentionPolicy, options: RetentionOptions = {}) {
  const result = planRetention(list, policy, { timeZone: 'UTC', ...options });
  return {
    keep: result.keep.map(({ backup, reasons }) => [backup.name, reasons] as const),
    remove: result.remove.map(({ backup }) => backup.name),
  };
}

const keptNames = (list: readonly RetentionCandidate[], policy: RetentionPolicy, options: RetentionOptions = {}) =>
  plan(list, policy, options).keep.map(([name]) => name);

describe('parseDuration', () => {
  it.each([
    ['7d', { years: 0, months: 0, days: 7, hours: 0 }, '7d'],
    ['1m', { years: 0, months: 1, days: 0, hours: 0 }, '1m'],
    ['1y2m3d3h', { years: 1, months: 2, days: 3, hours: 3 }, '1y2m3d3h'],
    ['3h2d', { years: 0, months: 0, days: 2, hours: 3 }, '2d3h'],
    ['  12h ', { years: 0, months: 0, days: 0, hours: 12 }, '12h'],
    ['0d', { years: 0, months: 0, days: 0, hours: 0 }, ''],
    ['007d', { years: 0, months: 0, days: 7, hours: 0 }, '7d'],
  ])('parses %j like restic and prints it canonically', (text, expected, canonical) => {
    const duration = parseDuration(text);
    expect(duration).toEqual(expected);
    expect(formatDuration(duration)).toBe(canonical);
  });

  it.each([
    ['', /empty/],
    ['   ', /empty/],
    ['7', /no unit after 7/],
    ['d', /expected a number/],
    ['7w', /weeks are not a unit, use 7d/],
    ['7D', /lower-case/],
    ['7s', /unknown unit "s"/],
    ['-1d', /negative/],
    ['1d-2h', /negative/],
    ['1d2d', /"d" appears twice/],
    ['1d 2h', /expected a number at " 2h"/],
    ['1.5d', /unknown unit "\."/],
    ['7 d', /spaces are not allowed/],
    ['1000000000d', /too large/],
  ])('rejects %j with a one-line usage error', (text, problem) => {
    let caught: unknown;
    try {
      parseDuration(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DurationError);
    expect(caught).toBeInstanceOf(UsageError);
    const error = caught as DurationError;
    expect(error.exitCode).toBe(2);
    expect(error.code).toBe('USAGE');
    expect(error.input).toBe(text);
    expect(error.message).toMatch(problem);
    expect(error.message).toContain(JSON.stringify(text));
    expect(error.message).not.toContain('\n');
  });
});

describe('ISO weeks', () => {
  it.each([
    ['2020-12-31', 2020, 53],
    ['2021-01-03', 2020, 53],
    ['2021-01-04', 2021, 1],
    ['2024-12-30', 2025, 1],
    ['2025-12-28', 2025, 52],
    ['2026-01-01', 2026, 1],
    ['2027-01-01', 2026, 53],
    ['2010-01-03', 2009, 53],
    ['2008-12-29', 2009, 1],
    ['2024-06-15', 2024, 24],
  ])('%s is in week %i-W%i', (date, year, week) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    expect(isoWeek(y, m, d)).toEqual({ year, week });
  });
});

describe('isEmptyPolicy', () => {
  it.each<[RetentionPolicy, boolean]>([
    [{}, true],
    [{ last: 0, daily: 0 }, true],
    [{ tags: [] }, true],
    [{ within: '0d', withinDaily: '0y0m0d0h' }, true],
    [{ last: -1 }, false],
    [{ weekly: 2 }, false],
    [{ tags: [[]] }, false],
    [{ tags: [['keep']] }, false],
    [{ withinYearly: '1h' }, false],
    [{ within: 'bogus' }, false],
  ])('%j → %s', (policy, empty) => {
    expect(isEmptyPolicy(policy)).toBe(empty);
  });

  it('planRetention keeps everything for an empty policy', () => {
    const list = backups('2024-01-01T00:00:00Z', '2024-01-02T00:00:00Z');
    expect(plan(list, { last: 0, tags: [] })).toEqual({
      keep: [
        ['2024-01-02T00:00:00Z', ['policy is empty']],
        ['2024-01-01T00:00:00Z', ['policy is empty']],
      ],
      remove: [],
    });
  });
});

describe('keep-last', () => {
  const list = backups('2024-01-03T00:00:00Z', '2024-01-01T00:00:00Z', '2024-01-04T00:00:00Z', '2024-01-02T00:00:00Z');

  it('keeps the N newest, whatever the input order, and lists both sides newest first', () => {
    expect(plan(list, { last: 2 })).toEqual({
      keep: [
        ['2024-01-04T00:00:00Z', ['last snapshot']],
        ['2024-01-03T00:00:00Z', ['last snapshot']],
      ],
      remove: ['2024-01-02T00:00:00Z', '2024-01-01T00:00:00Z'],
    });
  });

  it('-1 keeps all, and N larger than the list keeps all without an "oldest" mark', () => {
    expect(keptNames(list, { last: -1 })).toHaveLength(4);
    expect(plan(list, { last: 10 }).keep.every(([, reasons]) => reasons.join() === 'last snapshot')).toBe(true);
  });

  it('orders equal times by name, the name that sorts last counting as newer', () => {
    const tied = [
      { name: 'backup-a', createdAt: '2024-01-01T10:00:00Z' },
      { name: 'backup-c', createdAt: new Date('2024-01-01T10:00:00Z') },
      { name: 'backup-b', createdAt: '2024-01-01T12:00:00+02:00' },
    ];
    expect(plan(tied, { last: 1 })).toEqual({
      keep: [['backup-c', ['last snapshot']]],
      remove: ['backup-b', 'backup-a'],
    });
    expect(plan(tied, { daily: 1 }).keep).toEqual([['backup-c', ['daily snapshot']]]);
  });

  it('does not reorder or change the caller’s array', () => {
    const copy = [...list];
    planRetention(list, { last: 1 }, { timeZone: 'UTC' });
    expect(list).toEqual(copy);
  });
});

describe('calendar buckets', () => {
  it('keeps the newest backup of each day and uses up a count only on a new day', () => {
    const list = backups(
      '2024-05-03T18:00:00Z',
      '2024-05-03T09:00:00Z',
      '2024-05-02T20:00:00Z',
      '2024-05-02T07:00:00Z',
      '2024-05-01T12:00:00Z',
      '2024-04-30T12:00:00Z',
    );
    expect(plan(list, { daily: 2 })).toEqual({
      keep: [
        ['2024-05-03T18:00:00Z', ['daily snapshot']],
        ['2024-05-02T20:00:00Z', ['daily snapshot']],
      ],
      remove: ['2024-05-03T09:00:00Z', '2024-05-02T07:00:00Z', '2024-05-01T12:00:00Z', '2024-04-30T12:00:00Z'],
    });
  });

  it('also keeps the oldest backup while a count is not used up, marked "oldest"', () => {
    const list = backups('2024-05-03T18:00:00Z', '2024-05-02T20:00:00Z', '2024-05-02T07:00:00Z');
    expect(plan(list, { daily: 5 }).keep).toEqual([
      ['2024-05-03T18:00:00Z', ['daily snapshot']],
      ['2024-05-02T20:00:00Z', ['daily snapshot']],
      ['2024-05-02T07:00:00Z', ['oldest daily snapshot']],
    ]);
    expect(plan(list, { daily: -1 }).keep.at(-1)).toEqual(['2024-05-02T07:00:00Z', ['oldest daily snapshot']]);
    // Used up: no extra oldest.
    expect(plan(list, { daily: 2 }).remove).toEqual(['2024-05-02T07:00:00Z']);
  });

  it('gives the oldest backup the plain reason when it opens a bucket of its own', () => {
    const list = backups('2024-05-03T18:00:00Z', '2024-05-01T07:00:00Z');
    expect(plan(list, { daily: 5 }).keep.at(-1)).toEqual(['2024-05-01T07:00:00Z', ['daily snapshot']]);
  });

  it('keeps one backup per hour and buckets hours in the chosen zone', () => {
    const list = backups(
      '2024-05-01T10:40:00Z',
      '2024-05-01T10:20:00Z',
      '2024-05-01T09:50:00Z',
      '2024-05-01T08:00:00Z',
    );
    expect(keptNames(list, { hourly: 2 })).toEqual(['2024-05-01T10:40:00Z', '2024-05-01T09:50:00Z']);
    // In India (+05:30) 10:20Z is 15:50 and 10:40Z is 16:10: different hours; 09:50Z is 15:20, same as 10:20Z.
    expect(keptNames(list, { hourly: 2 }, { timeZone: 'Asia/Kolkata' })).toEqual([
      '2024-05-01T10:40:00Z',
      '2024-05-01T10:20:00Z',
    ]);
  });

  it('uses local days: two UTC days can be one Berlin day', () => {
    const list = backups('2024-01-15T00:30:00Z', '2024-01-14T23:30:00Z', '2024-01-14T12:00:00Z');
    expect(keptNames(list, { daily: 2 })).toEqual(['2024-01-15T00:30:00Z', '2024-01-14T23:30:00Z']);
    expect(keptNames(list, { daily: 2 }, { timeZone: 'Europe/Berlin' })).toEqual([
      '2024-01-15T00:30:00Z',
      '2024-01-14T12:00:00Z',
    ]);
  });

  it('keeps one backup per hour across the DST fall-back, where a local hour lasts two hours', () => {
    // 2024-10-27 in Berlin: 00:10Z-01:50Z are all local 02:xx (first CEST, then CET).
    const list = backups('2024-10-27T01:50:00Z', '2024-10-27T00:10:00Z', '2024-10-26T23:30:00Z');
    expect(keptNames(list, { hourly: 2 }, { timeZone: 'Europe/Berlin' })).toEqual([
      '2024-10-27T01:50:00Z',
      '2024-10-26T23:30:00Z',
    ]);
  });

  it('uses ISO weeks: Dec 28 2020 and Jan 3 2021 share week 53, Jan 4 2021 starts week 1', () => {
    const list = backups(
      '2021-01-04T12:00:00Z',
      '2021-01-03T12:00:00Z',
      '2020-12-28T12:00:00Z',
      '2019-12-28T12:00:00Z',
    );
    expect(plan(list, { weekly: 3 })).toEqual({
      keep: [
        ['2021-01-04T12:00:00Z', ['weekly snapshot']],
        ['2021-01-03T12:00:00Z', ['weekly snapshot']],
        ['2019-12-28T12:00:00Z', ['weekly snapshot']],
      ],
      remove: ['2020-12-28T12:00:00Z'],
    });
  });

  it('treats Dec 30 2024 as week 1 of 2025 but Dec 29 2024 as week 52 of 2024', () => {
    const list = backups(
      '2025-01-05T12:00:00Z',
      '2024-12-30T12:00:00Z',
      '2024-12-29T12:00:00Z',
      '2024-12-01T00:00:00Z',
    );
    expect(keptNames(list, { weekly: 2 })).toEqual(['2025-01-05T12:00:00Z', '2024-12-29T12:00:00Z']);
  });

  it('keeps the newest backup of each month and year', () => {
    const list = backups(
      '2024-03-05T00:00:00Z',
      '2024-02-20T00:00:00Z',
      '2024-02-01T00:00:00Z',
      '2023-12-31T23:00:00Z',
      '2023-06-01T00:00:00Z',
      '2022-01-01T00:00:00Z',
    );
    expect(keptNames(list, { monthly: 3 })).toEqual([
      '2024-03-05T00:00:00Z',
      '2024-02-20T00:00:00Z',
      '2023-12-31T23:00:00Z',
    ]);
    expect(plan(list, { yearly: -1 }).keep).toEqual([
      ['2024-03-05T00:00:00Z', ['yearly snapshot']],
      ['2023-12-31T23:00:00Z', ['yearly snapshot']],
      ['2022-01-01T00:00:00Z', ['yearly snapshot']],
    ]);
    // 23:00Z on Dec 31 is already Jan 1 in Berlin.
    expect(keptNames(list, { yearly: 2 }, { timeZone: 'Europe/Berlin' })).toEqual([
      '2024-03-05T00:00:00Z',
      '2023-06-01T00:00:00Z',
    ]);
  });
});

describe('keep-within', () => {
  it('measures back from the newest backup, not from now, and excludes the exact boundary', () => {
    const list = backups(
      '2020-06-10T12:00:00Z',
      '2020-06-03T12:00:00.001Z',
      '2020-06-03T12:00:00Z',
      '2020-05-01T00:00:00Z',
    );
    expect(plan(list, { within: '7d' })).toEqual({
      keep: [
        ['2020-06-10T12:00:00Z', ['within 7d']],
        ['2020-06-03T12:00:00.001Z', ['within 7d']],
      ],
      remove: ['2020-06-03T12:00:00Z', '2020-05-01T00:00:00Z'],
    });
  });

  it('subtracts months the way Go does: one month before Mar 31 is "Feb 31", i.e. Mar 3 (Mar 2 in a leap year)', () => {
    const list2023 = backups(
      '2023-03-31T10:00:00Z',
      '2023-03-03T10:00:01Z',
      '2023-03-03T10:00:00Z',
      '2023-02-28T10:00:00Z',
    );
    expect(keptNames(list2023, { within: '1m' })).toEqual(['2023-03-31T10:00:00Z', '2023-03-03T10:00:01Z']);
    const list2024 = backups('2024-03-31T10:00:00Z', '2024-03-02T10:00:01Z', '2024-03-02T10:00:00Z');
    expect(keptNames(list2024, { within: '1m' })).toEqual(['2024-03-31T10:00:00Z', '2024-03-02T10:00:01Z']);
  });

  it('one year before Feb 29 is Mar 1; months before years and days follow Go’s AddDate', () => {
    const calendar = new ZonedCalendar('UTC');
    const at = (iso: string, text: string) =>
      new Date(calendar.durationBefore(Date.parse(iso), parseDuration(text))).toISOString();
    expect(at('2024-02-29T08:00:00Z', '1y')).toBe('2023-03-01T08:00:00.000Z');
    expect(at('2024-05-31T08:00:00Z', '1y3m')).toBe('2023-03-03T08:00:00.000Z');
    expect(at('2024-01-01T01:00:00Z', '1d2h')).toBe('2023-12-30T23:00:00.000Z');
    expect(at('2024-03-01T00:00:00Z', '1m1d')).toBe('2024-01-31T00:00:00.000Z');
  });

  it('counts days in calendar days across DST (23 hours) but hours as exact hours', () => {
    // Berlin springs forward on 2024-03-31; 12:00 CEST is 10:00Z, one calendar day back is 12:00 CET = 11:00Z.
    const list = backups('2024-03-31T10:00:00Z', '2024-03-30T11:30:00Z', '2024-03-30T10:30:00Z');
    expect(keptNames(list, { within: '1d' }, { timeZone: 'Europe/Berlin' })).toEqual([
      '2024-03-31T10:00:00Z',
      '2024-03-30T11:30:00Z',
    ]);
    expect(keptNames(list, { within: '24h' }, { timeZone: 'Europe/Berlin' })).toHaveLength(3);
    expect(keptNames(list, { within: '1d' }, { timeZone: 'UTC' })).toHaveLength(3);
  });

  it('resolves a window start in a DST gap or overlap as Go’s time.Date does', () => {
    const start = (zone: string, iso: string) =>
      new Date(new ZonedCalendar(zone).durationBefore(Date.parse(iso), parseDuration('1d'))).toISOString();
    // Berlin: 02:30 on Mar 31 does not exist → 03:30 CEST; 02:30 on Oct 27 exists twice → the CET one.
    expect(start('Europe/Berlin', '2024-04-01T00:30:00Z')).toBe('2024-03-31T01:30:00.000Z');
    expect(start('Europe/Berlin', '2024-10-28T01:30:00Z')).toBe('2024-10-27T01:30:00.000Z');
    // New York: 02:30 on Mar 10 does not exist → 01:30 EST; 01:30 on Nov 3 exists twice → the EDT one.
    expect(start('America/New_York', '2024-03-11T06:30:00Z')).toBe('2024-03-10T06:30:00.000Z');
    expect(start('America/New_York', '2024-11-04T06:30:00Z')).toBe('2024-11-03T05:30:00.000Z');
  });

  it('ignores backups after `now` when finding the newest, as restic ignores future snapshots', () => {
    const list = backups(
      '2099-01-01T00:00:00Z',
      '2024-01-10T00:00:00Z',
      '2024-01-09T00:00:00Z',
      '2024-01-07T00:00:00Z',
    );
    expect(keptNames(list, { within: '2d' }, { now: '2024-02-01T00:00:00Z' })).toEqual([
      '2099-01-01T00:00:00Z',
      '2024-01-10T00:00:00Z',
      '2024-01-09T00:00:00Z',
    ]);
    expect(keptNames(list, { within: '2d' })).toEqual(['2099-01-01T00:00:00Z']);
    // Nothing before now: restic measures from the zero time, so everything is within.
    expect(keptNames(list, { within: '2d' }, { now: new Date('2000-01-01T00:00:00Z') })).toHaveLength(4);
  });

  it('treats a window reaching before any representable date as unbounded', () => {
    expect(keptNames(backups('2024-01-01T00:00:00Z', '1970-01-01T00:00:00Z'), { within: '999999999y' })).toHaveLength(
      2,
    );
  });
});

describe('keep-within-<period>', () => {
  // Two working weeks, one backup a day, two on the last day.
  const list = backups(
    '2025-05-02T23:00:00Z',
    '2025-05-02T11:00:00Z',
    '2025-05-01T11:00:00Z',
    '2025-04-29T11:00:00Z',
    '2025-04-28T11:00:00Z',
    '2025-04-25T11:00:00Z',
    '2025-04-24T11:00:00Z',
    '2025-04-22T11:00:00Z',
  );

  it('keeps the newest backup of each day inside the window only', () => {
    expect(plan(list, { withinDaily: '7d' })).toEqual({
      keep: [
        ['2025-05-02T23:00:00Z', ['daily within 7d']],
        ['2025-05-01T11:00:00Z', ['daily within 7d']],
        ['2025-04-29T11:00:00Z', ['daily within 7d']],
        ['2025-04-28T11:00:00Z', ['daily within 7d']],
      ],
      remove: ['2025-05-02T11:00:00Z', '2025-04-25T11:00:00Z', '2025-04-24T11:00:00Z', '2025-04-22T11:00:00Z'],
    });
  });

  it('keeps the oldest backup when it is inside the window, even in a used bucket', () => {
    expect(plan(list, { withinWeekly: '1m' }).keep).toEqual([
      ['2025-05-02T23:00:00Z', ['weekly within 1m']],
      ['2025-04-25T11:00:00Z', ['weekly within 1m']],
      ['2025-04-22T11:00:00Z', ['oldest weekly within 1m']],
    ]);
    expect(plan(list, { withinMonthly: '1y' }).keep).toEqual([
      ['2025-05-02T23:00:00Z', ['monthly within 1y']],
      ['2025-04-29T11:00:00Z', ['monthly within 1y']],
      ['2025-04-22T11:00:00Z', ['oldest monthly within 1y']],
    ]);
  });

  it('keeps hourly and yearly buckets too', () => {
    const hourly = backups(
      '2024-01-01T10:50:00Z',
      '2024-01-01T10:10:00Z',
      '2024-01-01T09:30:00Z',
      '2024-01-01T07:59:00Z',
    );
    expect(keptNames(hourly, { withinHourly: '2h' })).toEqual(['2024-01-01T10:50:00Z', '2024-01-01T09:30:00Z']);
    const yearly = backups(
      '2024-02-01T00:00:00Z',
      '2023-12-01T00:00:00Z',
      '2023-01-01T00:00:00Z',
      '2022-12-01T00:00:00Z',
      '2020-01-01T00:00:00Z',
    );
    expect(plan(yearly, { withinYearly: '2y' }).keep).toEqual([
      ['2024-02-01T00:00:00Z', ['yearly within 2y']],
      ['2023-12-01T00:00:00Z', ['yearly within 2y']],
      ['2022-12-01T00:00:00Z', ['yearly within 2y']],
    ]);
  });
});

describe('keep-tag', () => {
  const list: RetentionCandidate[] = [
    { name: 'both', createdAt: '2024-01-05T00:00:00Z', tags: ['release', 'prod'] },
    { name: 'release-only', createdAt: '2024-01-04T00:00:00Z', tags: ['release'] },
    { name: 'keep', createdAt: '2024-01-03T00:00:00Z', tags: ['keep', 'x'] },
    { name: 'untagged', createdAt: '2024-01-02T00:00:00Z' },
    { name: 'empty-tags', createdAt: '2024-01-01T00:00:00Z', tags: [] },
  ];

  it('keeps a backup that has every tag of any one list, with restic’s reason', () => {
    expect(plan(list, { tags: [['release', 'prod'], ['keep']] })).toEqual({
      keep: [
        ['both', ['has tags [release, prod]']],
        ['keep', ['has tags [keep]']],
      ],
      remove: ['release-only', 'untagged', 'empty-tags'],
    });
  });

  it('lists every matching tag list, and an empty tag matches untagged backups only', () => {
    expect(plan(list, { tags: [['release'], ['prod'], ['']] }).keep).toEqual([
      ['both', ['has tags [release]', 'has tags [prod]']],
      ['release-only', ['has tags [release]']],
      ['untagged', ['has tags []']],
      ['empty-tags', ['has tags []']],
    ]);
  });

  it('does not use up counts', () => {
    expect(keptNames(list, { tags: [['keep']], last: 2 })).toEqual(['both', 'release-only', 'keep']);
  });
});

describe('combined policies', () => {
  const list = backups(
    '2024-06-30T20:00:00Z',
    '2024-06-30T08:00:00Z',
    '2024-06-29T08:00:00Z',
    '2024-06-20T08:00:00Z',
    '2024-06-11T08:00:00Z',
    '2024-06-10T08:00:00Z',
    '2024-05-15T08:00:00Z',
    '2024-03-01T08:00:00Z',
  );

  it('gives every reason that applies, in restic’s order: tags, within, counts, within-periods', () => {
    const policy: RetentionPolicy = { last: 2, within: '1d', daily: 3, monthly: 2, withinWeekly: '1m', tags: [['t']] };
    const tagged = list.map((b) => (b.name === '2024-06-30T08:00:00Z' ? { ...b, tags: ['t'] } : b));
    expect(plan(tagged, policy)).toEqual({
      keep: [
        [
          '2024-06-30T20:00:00Z',
          ['within 1d', 'last snapshot', 'daily snapshot', 'monthly snapshot', 'weekly within 1m'],
        ],
        ['2024-06-30T08:00:00Z', ['has tags [t]', 'within 1d', 'last snapshot']],
        ['2024-06-29T08:00:00Z', ['daily snapshot']],
        ['2024-06-20T08:00:00Z', ['daily snapshot', 'weekly within 1m']],
        ['2024-06-11T08:00:00Z', ['weekly within 1m']],
        ['2024-05-15T08:00:00Z', ['monthly snapshot']],
      ],
      remove: ['2024-06-10T08:00:00Z', '2024-03-01T08:00:00Z'],
    });
  });

  it('describes a policy in restic’s words', () => {
    expect(describePolicy({ last: 10, within: '7d', withinWeekly: '1m', withinMonthly: '1y' })).toBe(
      'keep 10 latest snapshots, weekly snapshots within 1m, monthly snapshots within 1y and all snapshots within 7d of the newest',
    );
    expect(describePolicy({ daily: -1, tags: [['a', 'b'], ['c']] })).toBe(
      'keep all daily snapshots and all snapshots with tags [[a, b] [c]]',
    );
  });
});

describe('protect', () => {
  it('keeps protected backups with an extra reason and leaves the policy’s counting alone', () => {
    const list = backups('2024-01-03T00:00:00Z', '2024-01-02T00:00:00Z', '2024-01-01T00:00:00Z');
    const protect = (b: RetentionCandidate) =>
      b.name.startsWith('2024-01-01')
        ? 'needed by an interrupted restore'
        : b.name.startsWith('2024-01-03')
          ? 'newest backup'
          : undefined;
    expect(plan(list, { last: 1 }, { protect })).toEqual({
      keep: [
        ['2024-01-03T00:00:00Z', ['last snapshot', 'protected: newest backup']],
        ['2024-01-01T00:00:00Z', ['protected: needed by an interrupted restore']],
      ],
      remove: ['2024-01-02T00:00:00Z'],
    });
  });
});

describe('bad input', () => {
  const list = backups('2024-01-01T00:00:00Z');

  it.each<[RetentionPolicy, RegExp]>([
    [{ daily: -2 }, /daily must be a whole number.*got -2/],
    [{ last: 1.5 }, /last must be a whole number.*got 1\.5/],
    [{ within: '7 days' }, /invalid duration "7 days"/],
    [{ withinMonthly: '' }, /invalid duration "": it is empty/],
    [{ tags: ['keep'] as unknown as string[][] }, /tags must be a list of tag lists/],
  ])('refuses policy %j', (policy, message) => {
    expect(() => planRetention(list, policy)).toThrow(message);
    expect(() => assertValidPolicy(policy)).toThrow(UsageError);
  });

  it('refuses an unknown time zone and an unreadable time', () => {
    expect(() => planRetention(list, { last: 1 }, { timeZone: 'Mars/Olympus' })).toThrow(
      /unknown time zone "Mars\/Olympus"/,
    );
    expect(() => planRetention([{ name: 'b1', createdAt: 'yesterday' }], { last: 1 })).toThrow(
      /backup "b1": createdAt is not a valid time/,
    );
  });

  it('plans an empty list', () => {
    expect(planRetention([], { last: 1, within: '1d' })).toEqual({ keep: [], remove: [] });
  });
});

describe('properties', () => {
  const backupList = fc
    .uniqueArray(fc.integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2025, 0, 1) }), { minLength: 1, maxLength: 40 })
    .map((times) => times.map((time, index) => ({ name: `b${index}`, createdAt: new Date(time) })));
  const zone = fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe');
  const countField = fc.constantFrom('last', 'hourly', 'daily', 'weekly', 'monthly', 'yearly' as const);

  it('splits the list into keep and remove without losing or duplicating a backup', () => {
    fc.assert(
      fc.property(backupList, zone, countField, fc.integer({ min: -1, max: 5 }), (list, timeZone, field, count) => {
        const result = planRetention(list, { [field]: count, within: '3d' }, { timeZone });
        const names = [...result.keep.map((k) => k.backup.name), ...result.remove.map((r) => r.backup.name)];
        expect(names.sort()).toEqual(list.map((b) => b.name).sort());
        expect(result.keep.every((k) => k.reasons.length > 0)).toBe(true);
        expect(result.keep[0]?.backup).toBe([...list].sort((a, b) => +b.createdAt - +a.createdAt)[0]);
      }),
    );
  });

  it('-1 keeps the same backups as any count that cannot run out', () => {
    fc.assert(
      fc.property(backupList, zone, countField, (list, timeZone, field) => {
        const unlimited = planRetention(list, { [field]: -1 }, { timeZone });
        const large = planRetention(list, { [field]: list.length }, { timeZone });
        expect(unlimited).toEqual(large);
      }),
    );
  });

  it('keeps exactly one backup per bucket (plus possibly the oldest) for an unlimited count', () => {
    fc.assert(
      fc.property(backupList, zone, (list, timeZone) => {
        const result = planRetention(list, { daily: -1 }, { timeZone });
        const day = (b: RetentionCandidate) =>
          new Intl.DateTimeFormat('en-CA', { timeZone }).format(b.createdAt as Date);
        const days = new Set(list.map(day));
        const plain = result.keep.filter((k) => k.reasons[0] === 'daily snapshot');
        expect(new Set(plain.map((k) => day(k.backup))).size).toBe(days.size);
        expect(plain).toHaveLength(days.size);
        expect(result.keep.length - plain.length).toBeLessThanOrEqual(1);
      }),
    );
  });
});
