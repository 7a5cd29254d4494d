/**
 * The promise "no lost or duplicate backup, no corruption, no deadlock" under contention:
 * one round of 10 real processes here; many rounds in test/stress/concurrency.test.ts.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentionRound, prng, stressSeed } from './helpers/reliability.js';
import { FIXTURES, runCli, sandbox, type Sandbox } from './helpers/sandbox.js';

let box: Sandbox;
afterEach(async () => box?.cleanup());

describe('10 processes at once on one store', () => {
  it('create ×4, list ×2, verify ×2, restore, clean and a writer killed at a random moment: nothing lost, duplicated or corrupt', async () => {
    const seed = stressSeed();
    box = await sandbox(path.join(FIXTURES, 'v1'));
    expect((await runCli(['-c', box.configDir, 'create', 'target', '--tag', 'keep'])).code).toBe(0);
    for (const n of ['old-1', 'old-2']) expect((await runCli(['-c', box.configDir, 'create', n])).code).toBe(0);
    const { cp } = await import('node:fs/promises');
    await cp(path.join(FIXTURES, 'v2'), box.configDir, { recursive: true });
    const report = await contentionRound(box.configDir, box.backupDir, prng(seed), 10);
    expect(report.created.length, `seed ${seed}: ${JSON.stringify(report.exitCodes)}`).toBeGreaterThan(0);
  });
});
