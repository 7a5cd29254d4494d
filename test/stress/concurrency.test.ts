/**
 * Rounds of 12 real processes at once on one store (creates, lists, verifies, restores,
 * a clean and a writer SIGKILLed at a random moment). Each round checks: no lost backup, no
 * duplicate name, no corrupt manifest, no deadlock, stale locks and leftovers recovered.
 * ORCH_BACKUP_STRESS_TRIALS rounds (default 12); ORCH_BACKUP_STRESS_SEED replays a run.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentionRound, prng, stressSeed, writeLargeTree } from '../helpers/reliability.js';
import { FIXTURES, runCli } from '../helpers/sandbox.js';

const ROUNDS = Number(process.env.ORCH_BACKUP_STRESS_TRIALS ?? 12);
const PROCESSES = 12;
const seed = stressSeed();
const summary = { rounds: 0, processes: 0, created: 0, deleted: 0, killed: 0, exitCodes: {} as Record<string, number> };
afterAll(() => console.log(`concurrency (seed ${seed}): ${JSON.stringify(summary)}`));

describe('contention', () => {
  it(`${ROUNDS} rounds of ${PROCESSES} processes on one store`, async () => {
    const rand = prng(seed);
    const work = await mkdtemp(path.join(tmpdir(), 'orch-stress-conc-'));
    try {
      const configDir = path.join(work, 'config');
      const backupDir = path.join(work, 'store');
      await writeLargeTree(configDir, path.join(FIXTURES, 'v1'), 2, 40, 1);
      expect((await runCli(['-c', configDir, '-b', backupDir, 'create', 'target', '--tag', 'keep'])).code).toBe(0);
      const v2 = path.join(work, 'v2');
      await writeLargeTree(v2, path.join(FIXTURES, 'v2'), 2, 40, 2);
      for (let round = 0; round < ROUNDS; round++) {
        // Alternate the starting config so the restore in the round has work to do.
        if (round % 2 === 0) await cp(v2, configDir, { recursive: true, force: true });
        const report = await contentionRound(configDir, backupDir, rand, PROCESSES);
        summary.rounds++;
        summary.processes += report.processes;
        summary.created += report.created.length;
        summary.deleted += report.deleted.length;
        summary.killed += report.killed;
        for (const [k, v] of Object.entries(report.exitCodes)) summary.exitCodes[k] = (summary.exitCodes[k] ?? 0) + v;
      }
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
