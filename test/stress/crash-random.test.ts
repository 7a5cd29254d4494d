/**
 * SIGKILL at random moments (real timers) during create, restore, clean and import on a
 * tree large enough that each command takes a few hundred milliseconds. After every kill the next
 * commands must find the config exactly old or new, every listed backup verifying, no earlier
 * backup missing or changed, and no temporary file left once a writer has run.
 * ORCH_BACKUP_STRESS_TRIALS (default 12) trials per command; ORCH_BACKUP_STRESS_SEED replays one run.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPromises, prng, storeState, stressSeed, treeState, writeLargeTree } from '../helpers/reliability.js';
import { FIXTURES, runCli, runProcess } from '../helpers/sandbox.js';

const TRIALS = Number(process.env.ORCH_BACKUP_STRESS_TRIALS ?? 12);
const seed = stressSeed();
let work: string;
let stateA: string;
let stateB: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'orch-stress-crash-'));
  stateA = path.join(work, 'A');
  stateB = path.join(work, 'B');
  await writeLargeTree(stateA, path.join(FIXTURES, 'v1'), 8, 50, 1);
  await writeLargeTree(stateB, path.join(FIXTURES, 'v2'), 8, 50, 2);
});
afterAll(async () => rm(work, { recursive: true, force: true }));

interface Scenario {
  /** Prepares `dir` (config at dir/config, store at dir/store); returns the command's arguments. */
  prepare(dir: string): Promise<string[]>;
  states(dir: string): Promise<Record<string, string>[]>;
  mayVanish?: Set<string>;
  mayAdd: number;
}

const sh = async (...args: string[]) => expect((await runProcess(args[0] as string, args.slice(1))).code).toBe(0);
const cli = async (dir: string, ...args: string[]) => {
  const r = await runCli(['-c', path.join(dir, 'config'), '-b', path.join(dir, 'store'), ...args]);
  expect(r.code, r.stderr).toBe(0);
};

const scenarios: Record<string, Scenario> = {
  create: {
    async prepare(dir) {
      await cp(stateA, path.join(dir, 'config'), { recursive: true });
      await cli(dir, 'create', 'A');
      await cp(stateB, path.join(dir, 'config'), { recursive: true, force: true });
      return ['create', 'new'];
    },
    states: async () => [],
    mayAdd: 1,
  },
  // The same with packed storage: the second backup shares the first one's pack.
  'create (packed)': {
    async prepare(dir) {
      await cp(stateA, path.join(dir, 'config'), { recursive: true });
      await writeFile(path.join(dir, 'config', '.orch-backup.json'), JSON.stringify({ compressAbove: 0 }));
      await cli(dir, 'create', 'A');
      await cp(stateB, path.join(dir, 'config'), { recursive: true, force: true });
      return ['create', 'new'];
    },
    states: async () => [],
    mayAdd: 1,
  },
  restore: {
    async prepare(dir) {
      await cp(stateA, path.join(dir, 'config'), { recursive: true });
      await cli(dir, 'create', 'A');
      await rm(path.join(dir, 'config'), { recursive: true });
      await cp(stateB, path.join(dir, 'config'), { recursive: true });
      return ['--yes', 'restore', 'A'];
    },
    states: async () => [await treeState(stateA)],
    mayAdd: 1,
  },
  clean: {
    async prepare(dir) {
      await cp(stateA, path.join(dir, 'config'), { recursive: true });
      for (const n of ['c1', 'c2', 'c3', 'c4', 'c5']) await cli(dir, 'create', n, '--tag', n === 'c3' ? 'keep' : 'x');
      return ['--yes', 'clean', '--force', '--keep-last', '1', '--keep-tag', 'keep'];
    },
    states: async () => [],
    mayVanish: new Set(['c1', 'c2', 'c4']),
    mayAdd: 0,
  },
  import: {
    async prepare(dir) {
      await cp(stateB, path.join(dir, 'config'), { recursive: true });
      await cli(dir, 'create', 'B');
      await cli(dir, 'export', 'B', '-o', path.join(dir, 'B.tar.gz'));
      return ['import', path.join(dir, 'B.tar.gz'), '--name', 'imported'];
    },
    states: async () => [],
    mayAdd: 1,
  },
};

const totals: Record<string, { trials: number; killed: number; completed: number; newState: number }> = {};
afterAll(() => {
  console.log(`crash-random (seed ${seed}, ${TRIALS} trials per command): ${JSON.stringify(totals)}`);
});

describe.each(Object.keys(scenarios))('%s killed at random moments', (command) => {
  it(`${TRIALS} trials: old or new state, intact store, no leftovers`, async () => {
    const scenario = scenarios[command] as Scenario;
    const rand = prng(seed + command.length);
    const template = await mkdtemp(path.join(work, `${command}-template-`));
    const args = await scenario.prepare(template);
    // How long one uninterrupted run takes: kills are spread over 0 … 1.2 × that.
    const probe = path.join(work, `${command}-probe`);
    await sh('cp', '-a', template, probe);
    const t0 = performance.now();
    const full = await runCli(['-c', path.join(probe, 'config'), '-b', path.join(probe, 'store'), ...args]);
    const duration = performance.now() - t0;
    expect(full.code, full.stderr).toBe(0);
    await rm(probe, { recursive: true, force: true });
    const total = (totals[command] = { trials: 0, killed: 0, completed: 0, newState: 0 });

    for (let trial = 0; trial < TRIALS; trial++) {
      const dir = path.join(work, `${command}-${trial}`);
      await sh('cp', '-a', template, dir);
      const configDir = path.join(dir, 'config');
      const backupDir = path.join(dir, 'store');
      const before = await storeState(backupDir);
      const old = await treeState(configDir);
      const delay = Math.round(rand() * duration * 1.2);
      const run = await runCli(['-c', configDir, '-b', backupDir, ...args], { timeoutMs: Math.max(1, delay) });
      total.trials++;
      if (run.signal === 'SIGKILL') total.killed++;
      else {
        expect(run.code, `trial ${trial} (seed ${seed}): ${run.stderr}`).toBe(0);
        total.completed++;
      }
      const outcome = await checkPromises(
        {
          configDir,
          backupDir,
          configs: [old, ...(await scenario.states(dir))],
          before,
          mayAdd: scenario.mayAdd,
          ...(scenario.mayVanish ? { mayVanish: scenario.mayVanish } : {}),
        },
        `${command} trial ${trial} killed after ${delay} ms (seed ${seed})`,
      );
      if (outcome.configIndex > 0 || outcome.added.length > 0 || outcome.vanished.length > 0) total.newState++;
      await rm(dir, { recursive: true, force: true });
    }
    expect(total.killed, 'no trial was interrupted: the timing spread is wrong').toBeGreaterThan(0);
  });
});
