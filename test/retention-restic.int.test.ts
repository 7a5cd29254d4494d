/*
 * Differential test: planRetention against the real `restic forget --dry-run --json`.
 *
 * Making snapshots with `restic backup` costs a scrypt key derivation per process, so the
 * repository gets a cheap key (restic's own tests lower the KDF cost the same way) and most
 * snapshots are written directly as restic stores them: encrypted JSON files named by their
 * SHA-256. A few come from real `restic backup --time` runs. Each snapshot group (restic groups
 * by host) is one data set; one forget run evaluates a policy on every group at once.
 */
import { execFile, spawnSync } from 'node:child_process';
import { createCipheriv, createDecipheriv, createHash, randomBytes, scryptSync } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planRetention } from '../src/core/retention/policy.js';
import { DEFAULT_RETENTION, type RetentionPolicy } from '../src/core/config/settings.js';

const probe = spawnSync('restic', ['version'], { encoding: 'utf8' });
const version = /restic (\d+)\.(\d+)\.(\d+)/
  .exec(probe.stdout ?? '')
  ?.slice(1)
  .map(Number);
const atLeast = (minor: number) => version !== undefined && (version[0]! > 0 || version[1]! >= minor);
const ZONES = ['Europe/Berlin', 'America/New_York'];
const PASSWORD = 'retention-test';
const run = promisify(execFile);

interface Snap {
  time: string;
  tags?: string[];
}
type Groups = Record<string, Snap[]>;

// ---- restic's repository crypto (AES-256-CTR + Poly1305-AES), enough to add a key and write snapshots
interface MasterKey {
  encrypt: Buffer;
  macK: Buffer;
  macR: Buffer;
}
const le = (bytes: Buffer): bigint => bytes.reduceRight((n, byte) => (n << 8n) | BigInt(byte), 0n);
function poly1305Aes(message: Buffer, nonce: Buffer, key: MasterKey): Buffer {
  const aes = createCipheriv('aes-128-ecb', key.macK, null).setAutoPadding(false);
  const s = le(aes.update(nonce));
  const r = le(key.macR) & 0x0ffffffc0ffffffc0ffffffc0fffffffn;
  const p = (1n << 130n) - 5n;
  let acc = 0n;
  for (let i = 0; i < message.length; i += 16)
    acc = ((acc + le(Buffer.concat([message.subarray(i, i + 16), Buffer.from([1])]))) * r) % p;
  let tag = (acc + s) & ((1n << 128n) - 1n);
  const out = Buffer.alloc(16);
  for (let i = 0; i < 16; i++, tag >>= 8n) out[i] = Number(tag & 0xffn);
  return out;
}
function seal(key: MasterKey, plaintext: Buffer): Buffer {
  const nonce = randomBytes(16);
  const ciphertext = createCipheriv('aes-256-ctr', key.encrypt, nonce).update(plaintext);
  return Buffer.concat([nonce, ciphertext, poly1305Aes(ciphertext, nonce, key)]);
}
function open(key: MasterKey, data: Buffer): Buffer {
  const [nonce, ciphertext, mac] = [data.subarray(0, 16), data.subarray(16, -16), data.subarray(-16)];
  if (!poly1305Aes(ciphertext, nonce, key).equals(mac))
    throw new Error('restic key: MAC mismatch (wrong password or crypto)');
  return createDecipheriv('aes-256-ctr', key.encrypt, nonce).update(ciphertext);
}
function userKey(salt: Buffer, N: number, r: number, p: number): MasterKey {
  const bytes = scryptSync(PASSWORD, salt, 64, { N, r, p, maxmem: 256 * N * r + 64 * 1024 * 1024 });
  return { encrypt: bytes.subarray(0, 32), macK: bytes.subarray(32, 48), macR: bytes.subarray(48, 64) };
}
function writeRepoFile(repo: string, dir: string, content: Buffer): void {
  writeFileSync(path.join(repo, dir, createHash('sha256').update(content).digest('hex')), content, { mode: 0o400 });
}
/** Replaces the repository's key by one with a cheap KDF and returns the master key. */
function cheapenKey(repo: string): MasterKey {
  const [keyName] = readdirSync(path.join(repo, 'keys'));
  const keyPath = path.join(repo, 'keys', keyName!);
  const file = JSON.parse(readFileSync(keyPath, 'utf8'));
  const master = JSON.parse(
    open(
      userKey(Buffer.from(file.salt, 'base64'), file.N, file.r, file.p),
      Buffer.from(file.data, 'base64'),
    ).toString(),
  );
  const masterKey = {
    encrypt: Buffer.from(master.encrypt, 'base64'),
    macK: Buffer.from(master.mac.k, 'base64'),
    macR: Buffer.from(master.mac.r, 'base64'),
  };
  const salt = randomBytes(64);
  const data = seal(userKey(salt, 1024, 8, 1), Buffer.from(JSON.stringify(master)));
  const cheap = { ...file, N: 1024, r: 8, p: 1, salt: salt.toString('base64'), data: data.toString('base64') };
  writeRepoFile(repo, 'keys', Buffer.from(JSON.stringify(cheap)));
  rmSync(keyPath, { force: true });
  return masterKey;
}

/** RFC 3339 in the zone's own offset: Go then reads the time in its Local zone, as for real snapshots. */
function localRfc3339(iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(ms)
    .find((p) => p.type === 'timeZoneName')!.value;
  const [, sign = '+', hh = '00', mm = '00'] = /GMT(?:([+-])(\d\d):(\d\d))?/.exec(name)!;
  const offsetMs = (sign === '-' ? -1 : 1) * (Number(hh) * 60 + Number(mm)) * 60_000;
  return new Date(ms + offsetMs).toISOString().replace('Z', `${sign}${hh}:${mm}`);
}

// ---- data sets (one restic group each) and policies
let seed = 20240229;
const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const at = (...times: string[]): Snap[] => times.map((time) => ({ time }));
function randomGroup(count: number, from: string, spanDays: number): Snap[] {
  const times = new Set<number>();
  let cursor = Date.parse(from);
  while (times.size < count) {
    cursor += pick([7, 20, 45, 61, 180, 1440, 1500, 4000, 10080, 40000]) * 60_000 * (0.5 + random()) * (spanDays / 300);
    times.add(Math.round(cursor));
  }
  return [...times].map((ms) => ({
    time: new Date(ms).toISOString(),
    tags: pick([[], [], ['a'], ['b'], ['a', 'b'], ['c']]),
  }));
}
const GROUPS: Groups = {
  'year-end': at(
    '2019-12-28T12:00:00Z',
    '2019-12-30T08:00:00Z',
    '2020-01-01T00:30:00Z',
    '2020-12-28T12:00:00Z',
    '2020-12-31T23:30:00Z',
    '2021-01-01T00:30:00Z',
    '2021-01-03T22:30:00Z',
    '2021-01-04T04:00:00Z',
    '2024-12-29T23:30:00Z',
    '2024-12-30T12:00:00Z',
    '2025-01-05T23:30:00Z',
  ),
  'month-end': at(
    '2023-01-31T10:00:00Z',
    '2023-02-28T23:30:00Z',
    '2023-03-02T10:00:00Z',
    '2023-03-03T10:59:59.999Z',
    '2023-03-03T11:00:00Z',
    '2023-03-03T11:00:00.001Z',
    '2023-03-30T22:30:00Z',
    '2023-03-31T10:00:00Z',
  ),
  'berlin-spring': at(
    '2024-03-30T23:00:00Z',
    '2024-03-31T00:30:00Z',
    '2024-03-31T00:59:00Z',
    '2024-03-31T01:29:59Z',
    '2024-03-31T01:30:00Z',
    '2024-03-31T01:30:01Z',
    '2024-03-31T02:00:00Z',
    '2024-04-01T00:30:00Z',
  ),
  'berlin-autumn': at(
    '2024-10-26T23:30:00Z',
    '2024-10-27T00:10:00Z',
    '2024-10-27T00:45:00Z',
    '2024-10-27T01:15:00Z',
    '2024-10-27T01:30:00Z',
    '2024-10-27T01:45:00Z',
    '2024-10-27T01:50:00Z',
    '2024-10-28T01:30:00Z',
  ),
  'ny-spring': at(
    '2024-03-10T05:00:00Z',
    '2024-03-10T06:29:59Z',
    '2024-03-10T06:30:00Z',
    '2024-03-10T06:30:01Z',
    '2024-03-10T07:00:00Z',
    '2024-03-10T07:30:00Z',
    '2024-03-11T06:30:00Z',
  ),
  'ny-autumn': at(
    '2024-11-03T04:00:00Z',
    '2024-11-03T05:15:00Z',
    '2024-11-03T05:30:00Z',
    '2024-11-03T05:45:00Z',
    '2024-11-03T06:15:00Z',
    '2024-11-03T06:30:00Z',
    '2024-11-03T06:45:00Z',
    '2024-11-04T06:30:00Z',
  ),
  tags: [[], ['a'], ['b'], ['a', 'b'], ['c'], ['a', 'c'], ['b', 'c', 'a'], ['x']].map((tags, i) => ({
    time: `2024-02-0${i + 1}T10:00:00Z`,
    tags,
  })),
  future: at(
    '2023-05-01T00:00:00Z',
    '2024-05-01T00:00:00Z',
    '2024-05-02T00:00:00Z',
    '2024-05-03T12:00:00Z',
    '2099-06-01T00:00:00Z',
  ),
  'random-hours': randomGroup(30, '2024-06-01T00:00:00Z', 5),
  'random-weeks': randomGroup(30, '2023-11-01T00:00:00Z', 120),
  'random-years': randomGroup(30, '2019-03-01T00:00:00Z', 1500),
};
const DURATIONS = ['1h', '6h', '1d', '2d', '7d', '10d', '1m', '2m', '1m15d', '1y', '2y', '1y6m', '3d12h'];
const TAG_LISTS = [['a'], ['b'], ['a', 'b'], ['c'], ['']];
function randomPolicy(): RetentionPolicy {
  const policy: Record<string, unknown> = {};
  const fields = [
    'last',
    'hourly',
    'daily',
    'weekly',
    'monthly',
    'yearly',
    'within',
    'withinHourly',
    'withinDaily',
    'withinWeekly',
    'withinMonthly',
    'withinYearly',
    'tags',
  ];
  for (let n = 1 + Math.floor(random() * 4); n > 0; n--) {
    const field = pick(fields);
    policy[field] =
      field === 'tags'
        ? [pick(TAG_LISTS)]
        : field.startsWith('within')
          ? pick(DURATIONS)
          : pick([-1, 1, 2, 3, 5, 8, 40]);
  }
  return policy as RetentionPolicy;
}
const POLICIES: RetentionPolicy[] = [
  { last: 3 },
  { last: -1 },
  { hourly: 5 },
  { daily: 4 },
  { daily: -1 },
  { weekly: 3 },
  { weekly: 30 },
  { monthly: 2 },
  { monthly: -1 },
  { yearly: 2 },
  { yearly: 10 },
  { within: '1d' },
  { within: '2d' },
  { within: '1m' },
  { within: '1d2h' },
  { within: '1y2m3d4h' },
  { withinHourly: '1d' },
  { withinHourly: '12h' },
  { withinDaily: '7d' },
  { withinWeekly: '1m' },
  { withinMonthly: '1y' },
  { withinYearly: '3y' },
  { tags: [['a']] },
  { tags: [['a', 'b'], ['c']] },
  { tags: [['']] },
  DEFAULT_RETENTION,
  { last: 2, hourly: 3, daily: 3, weekly: 2, monthly: 2, yearly: 1, tags: [['b']] },
  { daily: 7, weekly: 5, monthly: 12, yearly: 75 },
  { within: '1d', withinDaily: '1m', withinWeekly: '3m', withinMonthly: '2y', withinYearly: '10y' },
  ...Array.from({ length: 16 }, randomPolicy),
];

function forgetFlags(policy: RetentionPolicy): string[] {
  const flags: string[] = [];
  // Before 0.16 restic had no "unlimited"; a count that cannot run out is the same thing.
  const count = (n: number) => (n === -1 ? (atLeast(16) ? 'unlimited' : '100000') : String(n));
  for (const field of ['last', 'hourly', 'daily', 'weekly', 'monthly', 'yearly'] as const) {
    if (policy[field]) flags.push(`--keep-${field}`, count(policy[field]!));
  }
  const within = {
    within: 'within',
    withinHourly: 'within-hourly',
    withinDaily: 'within-daily',
    withinWeekly: 'within-weekly',
    withinMonthly: 'within-monthly',
    withinYearly: 'within-yearly',
  } as const;
  for (const [field, flag] of Object.entries(within)) {
    const value = policy[field as keyof typeof within];
    if (value) flags.push(`--keep-${flag}`, value);
  }
  for (const tags of policy.tags ?? []) flags.push('--keep-tag', tags.join(','));
  return flags;
}

/** What this restic version should print for our plan: the "oldest" rule came in 0.16, its marker in 0.18. */
function asThisResticWouldSay(keep: { time: number; reasons: string[] }[]): { time: number; reasons: string[] }[] {
  if (atLeast(18)) return keep;
  return keep
    .map(({ time, reasons }) => ({
      time,
      reasons: atLeast(16)
        ? reasons.map((r) => r.replace(/^oldest /, ''))
        : reasons.filter((r) => !r.startsWith('oldest ')),
    }))
    .filter(({ reasons }) => reasons.length > 0);
}

interface ResticSnapshot {
  time: string;
  hostname: string;
  tags?: string[] | null;
}
interface ResticGroup {
  host: string;
  keep: ResticSnapshot[] | null;
  remove: ResticSnapshot[] | null;
  reasons: { snapshot: ResticSnapshot; matches: string[] }[] | null;
}

let work = '';
const repos: Record<string, { repo: string; groups: Groups }> = {};
const restic = (zone: string, args: string[]) =>
  run('restic', ['--no-cache', '-r', repos[zone]!.repo, ...args], {
    env: { PATH: process.env.PATH, HOME: work, RESTIC_PASSWORD: PASSWORD, TZ: zone },
    maxBuffer: 64 * 1024 * 1024,
  });
let compared = 0;
let adapted = 0;

describe.skipIf(!version)(
  `planRetention matches restic forget${version ? ` ${version.join('.')}` : ' (skipped: restic is not on PATH)'}`,
  () => {
    beforeAll(async () => {
      work = mkdtempSync(path.join(tmpdir(), 'orch-backup-restic-'));
      const template = path.join(work, 'template');
      const init = spawnSync('restic', ['init', '--no-cache', '--repo', template], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH, HOME: work, RESTIC_PASSWORD: PASSWORD },
      });
      if (init.status !== 0) throw new Error(`restic init failed: ${init.stderr}`);
      const masterKey = cheapenKey(template);
      const data = path.join(work, 'data');
      mkdirSync(data);
      writeFileSync(path.join(data, 'config.json'), '{}');
      for (const zone of ZONES) {
        const repo = path.join(work, zone.replace('/', '-'));
        cpSync(template, repo, { recursive: true });
        repos[zone] = { repo, groups: { ...GROUPS } };
        for (const [time, tag] of [
          ['2024-03-31 02:30:00', 'a'],
          ['2024-10-27 02:30:00', ''],
          ['2024-10-27 03:30:00', 'b'],
          ['2024-11-03 01:30:00', 'a'],
        ]) {
          await restic(zone, ['backup', '-q', '--host', 'real', '--time', time!, ...(tag ? ['--tag', tag] : []), data]);
        }
        const real: (ResticSnapshot & { tree: string })[] = JSON.parse(
          (await restic(zone, ['snapshots', '--json', '--host', 'real'])).stdout,
        );
        repos[zone]!.groups.real = real.map((s) => ({ time: s.time, tags: s.tags ?? [] }));
        for (const [host, snaps] of Object.entries(GROUPS)) {
          for (const snap of snaps) {
            const json = {
              time: localRfc3339(snap.time, zone),
              tree: real[0]!.tree,
              paths: [data],
              hostname: host,
              username: 'test',
              tags: snap.tags?.length ? snap.tags : undefined,
            };
            writeRepoFile(repo, 'snapshots', seal(masterKey, Buffer.from(JSON.stringify(json))));
          }
        }
      }
    }, 60_000);
    afterAll(() => {
      if (work) rmSync(work, { recursive: true, force: true });
      if (compared > 0) {
        console.info(
          `restic differential: ${POLICIES.length} policies × ${Object.keys(GROUPS).length + 1} groups × ${ZONES.length} zones = ` +
            `${compared} plans compared (${adapted} of them involve the oldest-snapshot rule that restic ${version!.join('.')} predates)`,
        );
      }
    });

    it.each(ZONES)(
      'in %s, for every policy and group',
      async (zone) => {
        const mismatches: string[] = [];
        const queue = POLICIES.map((policy, index) => ({ policy, index }));
        const worker = async () => {
          for (let job = queue.shift(); job; job = queue.shift()) {
            const { stdout } = await restic(zone, [
              'forget',
              '--dry-run',
              '--no-lock',
              '--json',
              ...forgetFlags(job.policy),
            ]);
            const resticGroups: ResticGroup[] = JSON.parse(stdout);
            for (const [host, snaps] of Object.entries(repos[zone]!.groups)) {
              const theirs = resticGroups.find((g) => g.host === host);
              const mine = planRetention(
                snaps.map((s, i) => ({ name: `${host}-${i}`, createdAt: s.time, tags: s.tags })),
                job.policy,
                { timeZone: zone, now: new Date() },
              );
              const myKeep = mine.keep.map((k) => ({
                time: Date.parse(k.backup.createdAt as string),
                reasons: k.reasons,
              }));
              const expectedKeep = asThisResticWouldSay(myKeep);
              if (JSON.stringify(expectedKeep) !== JSON.stringify(myKeep)) adapted++;
              const show = (list: { time: number; reasons?: string[] }[]) =>
                list.map((s) => `${new Date(s.time).toISOString()} ${s.reasons?.join(' + ') ?? ''}`.trim());
              const keptTimes = new Set(expectedKeep.map((k) => k.time));
              const expected = {
                keep: show(expectedKeep),
                remove: show(
                  snaps
                    .map((s) => ({ time: Date.parse(s.time) }))
                    .filter((s) => !keptTimes.has(s.time))
                    .sort((a, b) => b.time - a.time),
                ),
              };
              const actual = {
                keep: show(
                  (theirs?.reasons ?? []).map((r) => ({ time: Date.parse(r.snapshot.time), reasons: r.matches })),
                ),
                remove: show((theirs?.remove ?? []).map((s) => ({ time: Date.parse(s.time) }))),
              };
              expect((theirs?.keep?.length ?? 0) + (theirs?.remove?.length ?? 0), `restic sees all of ${host}`).toBe(
                snaps.length,
              );
              if (JSON.stringify(expected) !== JSON.stringify(actual)) {
                mismatches.push(
                  `policy #${job.index} ${JSON.stringify(job.policy)} group ${host}:\n  planRetention: ${JSON.stringify(expected)}\n  restic:        ${JSON.stringify(actual)}`,
                );
              }
              compared++;
            }
          }
        };
        await Promise.all([worker(), worker()]);
        expect(
          mismatches.length === 0
            ? ''
            : `${mismatches.length} mismatches, the first:\n${mismatches.slice(0, 5).join('\n\n')}`,
        ).toBe('');
      },
      60_000,
    );
  },
);
