import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect } from 'vitest';
import { runCli, type RunResult } from './sandbox.js';

/** The env that arms the test-only fault switch (both variables are needed). */
export function killAt(step: string): Record<string, string> {
  return { ORCH_BACKUP_TEST_FAULTS: 'kill-the-process-at-steps', ORCH_BACKUP_TEST_KILL_AT: step };
}

import { treeState } from './tree.js';

export { treeState };

/** backup name → its files' hashes (manifest included): what "unchanged" means for a backup. */
export async function storeState(backupDir: string): Promise<Record<string, Record<string, string>>> {
  const out: Record<string, Record<string, string>> = {};
  for (const name of (await readdir(backupDir).catch(() => [] as string[])).sort()) {
    if (name.startsWith('.') || name === 'history.jsonl') continue;
    const state = await treeState(path.join(backupDir, name), []);
    // A packed backup's data lives in the packs its manifest names: they are part of it.
    const packed = await readFile(path.join(backupDir, name, 'manifest.json.gz')).catch(() => undefined);
    const packs: unknown = packed
      ? (JSON.parse(gunzipSync(packed).toString('utf8')) as { packs?: unknown }).packs
      : undefined;
    for (const id of Array.isArray(packs) ? packs : []) {
      const file = path.join(backupDir, '.packs', `${String(id)}.pack`);
      state[`../.packs/${String(id)}.pack`] = await readFile(file).then(
        (b) => createHash('sha256').update(b).digest('hex'),
        () => 'missing',
      );
    }
    out[name] = state;
  }
  return out;
}

const TEMPORARY = /^(\.staging-|\.trash-|\.restore-journal|\.lock)/;

export interface Expectation {
  configDir: string;
  backupDir: string;
  /** The config must equal one of these afterwards. */
  configs: Record<string, string>[];
  /** The store before the interrupted command. */
  before: Record<string, Record<string, string>>;
  /** Backups the command was allowed to delete (clean). */
  mayVanish?: ReadonlySet<string>;
  /** How many new backups the command may have added (default 1; restore adds a safety backup). */
  mayAdd?: number;
  extraArgs?: string[];
}

export interface CheckOutcome {
  added: string[];
  vanished: string[];
  configIndex: number;
}

/**
 * The promises, checked after an interruption: the next command runs and succeeds; the config is
 * exactly one of the allowed states; every listed backup verifies; no earlier backup is missing
 * (unless allowed) or changed; at most `mayAdd` new backups; no temporary file survives the next writer.
 */
export async function checkPromises(x: Expectation, context = ''): Promise<CheckOutcome> {
  const args = ['-c', x.configDir, '-b', x.backupDir, ...(x.extraArgs ?? [])];
  const list = await runCli([...args, '--json', 'list']);
  expect(list.code, `${context} list: ${list.stderr}`).toBe(0);
  const listed = (JSON.parse(list.stdout) as { backups: { name: string }[]; damaged: unknown[] }).backups.map(
    (b) => b.name,
  );
  expect(JSON.parse(list.stdout).damaged, `${context} damaged backups listed`).toEqual([]);
  const verify = await runCli([...args, '--json', 'verify']);
  const results = verify.stdout
    ? (JSON.parse(verify.stdout) as { results: { name: string; ok: boolean; problems: unknown[] }[] }).results
    : [];
  expect(
    results.filter((r) => !r.ok),
    `${context} verify`,
  ).toEqual([]);
  expect(results.map((r) => r.name).sort(), `${context} verify covers the list`).toEqual([...listed].sort());

  const config = await treeState(x.configDir);
  const configIndex = x.configs.findIndex((c) => JSON.stringify(sorted(c)) === JSON.stringify(sorted(config)));
  expect(
    configIndex,
    `${context} config is neither the old nor the new state: ${JSON.stringify(config)}`,
  ).toBeGreaterThanOrEqual(0);

  const now = await storeState(x.backupDir);
  const vanished: string[] = [];
  for (const [name, files] of Object.entries(x.before)) {
    if (!(name in now)) {
      vanished.push(name);
      expect(x.mayVanish?.has(name) ?? false, `${context} backup ${name} was lost`).toBe(true);
      continue;
    }
    expect(now[name], `${context} backup ${name} changed`).toEqual(files);
  }
  const added = Object.keys(now).filter((n) => !(n in x.before));
  expect(added.length, `${context} new backups ${added.join(', ')}`).toBeLessThanOrEqual(x.mayAdd ?? 1);
  expect([...listed].sort(), `${context} every backup dir is listed`).toEqual(Object.keys(now).sort());

  // Any writer removes what an interrupted one left (after recovering its stale lock): a create
  // under a taken name takes the lock, cleans up, then refuses (exit 4) and changes nothing.
  const writer = await runCli([...args, '--json', '--lock-timeout', '30', 'create', listed[0] ?? 'probe-after-crash']);
  if (listed.length) expect(writer.stderr, `${context} writer`).toContain('"BACKUP_EXISTS"');
  else expect(writer.code, `${context} writer: ${writer.stderr}`).toBe(0);
  const left = (await readdir(x.backupDir).catch(() => [] as string[])).filter((e) => TEMPORARY.test(e));
  expect(left, `${context} leftovers`).toEqual([]);
  const referenced = new Set(
    Object.values(await storeState(x.backupDir)).flatMap((files) =>
      Object.keys(files)
        .filter((f) => f.startsWith('../.packs/'))
        .map((f) => f.slice('../.packs/'.length)),
    ),
  );
  const packs = await readdir(path.join(x.backupDir, '.packs')).catch(() => [] as string[]);
  expect(
    packs.filter((p) => !referenced.has(p)),
    `${context} packs no backup references`,
  ).toEqual([]);
  const scratch = (await readdir(x.configDir).catch(() => [] as string[])).filter((e) => e.startsWith('.orch-backup-'));
  expect(scratch, `${context} restore scratch left in the config dir`).toEqual([]);
  return { added, vanished, configIndex };
}

function sorted(o: Record<string, string>): [string, string][] {
  return Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1));
}

export function expectKilled(result: RunResult, step: string): void {
  expect(result.signal, `${step}: expected SIGKILL at the step, got exit ${result.code}: ${result.stderr}`).toBe(
    'SIGKILL',
  );
}

/** A seeded PRNG (mulberry32), so a failing stress trial can be replayed with its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function stressSeed(): number {
  return Number(process.env.ORCH_BACKUP_STRESS_SEED ?? Date.now() % 2 ** 31);
}

/**
 * Writes a large config tree: the two-version team fixture plus `groups` × `perGroup` agent files of
 * ~1 KB. `variant` changes every other file, so two variants differ in about half the files.
 */
export async function writeLargeTree(
  dir: string,
  fixture: string,
  groups: number,
  perGroup: number,
  variant: number,
): Promise<void> {
  const { cp, mkdir, writeFile, chmod } = await import('node:fs/promises');
  await cp(fixture, dir, { recursive: true });
  await chmod(dir, 0o755);
  for (let g = 0; g < groups; g++) {
    await mkdir(path.join(dir, 'agents', `group-${g}`), { recursive: true });
    await Promise.all(
      Array.from({ length: perGroup }, (_, i) =>
        writeFile(
          path.join(dir, 'agents', `group-${g}`, `agent-${i}.json`),
          `${JSON.stringify({ id: `agent-${g}-${i}`, revision: (g * perGroup + i) % 2 === 0 ? variant : 0, prompt: 'x'.repeat(900 + ((g + i) % 50)) }, null, 2)}\n`,
        ),
      ),
    );
  }
}

export interface RoundReport {
  processes: number;
  exitCodes: Record<string, number>;
  created: string[];
  deleted: string[];
  killed: number;
}

/**
 * One round of contention: `n` real processes at once on one store (creates, lists, verifies, a
 * restore, a clean, and one writer SIGKILLed at a random moment), then the promises are checked:
 * no duplicate name, no lost backup, none corrupt, no deadlock (everyone ends; "store is busy",
 * exit 3, is accepted), the killed writer's stale lock and leftovers recovered.
 */
export async function contentionRound(
  configDir: string,
  backupDir: string,
  rand: () => number,
  n = 10,
): Promise<RoundReport> {
  const base = ['-c', configDir, '-b', backupDir, '--json', '--lock-timeout', '60'];
  const before = await storeState(backupDir);
  const config = await treeState(configDir);
  const targetConfig = (await storeState(backupDir)).target;
  const kinds = [
    'create',
    'create-named',
    'list',
    'verify',
    'restore',
    'clean',
    'kill-create',
    'create',
    'list',
    'verify',
    'create-named',
    'restore-dry',
  ];
  const jobs = Array.from({ length: n }, (_, i) => kinds[i % kinds.length] as string);
  const started = jobs.map((kind, i) => {
    switch (kind) {
      case 'create':
        return runCli([...base, 'create']);
      case 'create-named':
        return runCli([...base, 'create', `named-${i}-${Math.floor(rand() * 1e9)}`]);
      case 'list':
        return runCli([...base, 'list']);
      case 'verify':
        return runCli([...base, 'verify']);
      case 'restore':
        return runCli([...base, '--yes', 'restore', 'target']);
      case 'restore-dry':
        return runCli([...base, 'restore', 'target', '--dry-run']);
      case 'clean':
        return runCli([...base, '--yes', 'clean', '--keep-last', '4', '--keep-tag', 'keep']);
      default:
        return runCli([...base, 'create', `killed-${i}`], { timeoutMs: 50 + Math.floor(rand() * 600) });
    }
  });
  const results = await Promise.all(started);
  const exitCodes: Record<string, number> = {};
  const created: string[] = [];
  let deleted: string[] = [];
  let killed = 0;
  results.forEach((r, i) => {
    const kind = jobs[i] as string;
    const key = `${kind}:${r.signal ?? r.code}`;
    exitCodes[key] = (exitCodes[key] ?? 0) + 1;
    if (kind === 'kill-create') {
      if (r.signal === 'SIGKILL') killed++;
      return;
    }
    expect([0, 3], `${kind} ended ${r.signal ?? r.code}: ${r.stderr}`).toContain(r.code);
    if (r.code !== 0) return;
    const out = JSON.parse(r.stdout);
    if (kind.startsWith('create')) created.push(out.name);
    if (kind === 'restore' && out.safetyBackup) created.push(out.safetyBackup);
    if (kind === 'clean') deleted = out.deleted;
    if (kind === 'verify') expect(out.results.filter((x: { ok: boolean }) => !x.ok)).toEqual([]);
    // A backup a concurrent clean is removing is gone, not damaged.
    if (kind === 'list') expect(out.damaged, 'list racing writers reported damage').toEqual([]);
  });
  expect(new Set(created).size, `duplicate names among ${created.join(', ')}`).toBe(created.length);
  const now = await storeState(backupDir);
  for (const name of created) if (!deleted.includes(name)) expect(name in now, `created ${name} is missing`).toBe(true);
  expect(deleted).not.toContain('target');
  const allowed = [
    config,
    ...(targetConfig
      ? [
          Object.fromEntries(
            Object.entries(targetConfig)
              .filter(([k]) => k.startsWith('files/'))
              .map(([k, v]) => [k.slice(6), v]),
          ),
        ]
      : []),
  ];
  await checkPromises({
    configDir,
    backupDir,
    configs: allowed,
    before,
    mayVanish: new Set(deleted),
    mayAdd: created.length + 1 + n,
  });
  return { processes: n, exitCodes, created, deleted, killed };
}
