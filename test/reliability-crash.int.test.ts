/**
 * The promise "atomic operations / never overwrite / integrity under faults": every
 * state-changing command is killed (SIGKILL, through the test-only fault switch) at every step
 * boundary, then the next commands must find the old or the new state, intact. Restore's own
 * steps are covered step by step in restore.int.test.ts; here: create, clean, import, the hook.
 * Random-moment kills on a large tree are in test/stress/crash-random.test.ts.
 */
import { cp, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { v2WithV1Backup } from './helpers/damage.js';
import { copyV1Config, GIT_IDENTITY, linkThisPackage } from './helpers/git-repo.js';
import {
  type CheckOutcome,
  checkPromises,
  type Expectation,
  expectKilled,
  killAt,
  storeState,
  treeState,
} from './helpers/reliability.js';
import { FIXTURES, runCli, runProcess, sandbox, tempDirsPerTest, type Sandbox } from './helpers/sandbox.js';
import { consistentV2 } from './helpers/team-fixture.js';

let box: Sandbox;
afterEach(async () => box?.cleanup());

/**
 * Runs the CLI on the box with `args`, killed at `step`, and checks the promises against the
 * config and the store as they were just before; `allow` widens what the command may change.
 */
async function killedAt(
  step: string,
  args: string[],
  allow: Pick<Expectation, 'mayVanish' | 'mayAdd'> = {},
): Promise<CheckOutcome & { before: Expectation['before'] }> {
  const config = await treeState(box.configDir);
  const before = await storeState(box.backupDir);
  expectKilled(await runCli(['-c', box.configDir, ...args], { env: killAt(step) }), step);
  const outcome = await checkPromises(
    { configDir: box.configDir, backupDir: box.backupDir, configs: [config], before, ...allow },
    step,
  );
  return { ...outcome, before };
}

describe('create killed at every step', () => {
  const steps = [
    'create:staged-file#1',
    'create:staged-file#2',
    'create:manifest-written',
    'create:published',
    'create:verified',
  ];
  it.each(steps)(
    'killed at %s: the store holds the old backups unchanged and at most one new, whole backup',
    async (step) => {
      box = await v2WithV1Backup();
      const { added } = await killedAt(step, ['create', 'crashed']);
      // Before the rename nothing is published; after it, the backup is whole.
      expect(added).toEqual(step === 'create:published' || step === 'create:verified' ? ['crashed'] : []);
      // The name is free again (or the backup is there): the next create under it is decided cleanly.
      const again = await runCli(['-c', box.configDir, '--json', 'create', 'crashed']);
      if (added.length) expect(again.stderr).toContain('"BACKUP_EXISTS"');
      else expect(again.code, again.stderr).toBe(0);
    },
  );

  const packedSteps = [
    'create:staged-file#1',
    'create:manifest-written',
    'create:pack-stored',
    'create:published',
    'create:verified',
  ];
  it.each(packedSteps)(
    'packed (compressed) backups, killed at %s: old backups and their packs intact, no pack left unreferenced',
    async (step) => {
      box = await sandbox(path.join(FIXTURES, 'v1'));
      await writeFile(path.join(box.configDir, '.orch-backup.json'), JSON.stringify({ compressAbove: 0 }));
      expect((await runCli(['-c', box.configDir, 'create', 'v1'])).code).toBe(0);
      await cp(path.join(FIXTURES, 'v2'), box.configDir, { recursive: true });
      const { added } = await killedAt(step, ['create', 'gz']);
      expect(added).toEqual(step === 'create:published' || step === 'create:verified' ? ['gz'] : []);
    },
  );
});

const CLEAN_TO_ONE = ['--yes', 'clean', '--force', '--keep-last', '1'];

describe('clean killed at every step', () => {
  const steps = ['clean:renamed#1', 'clean:deleted#1', 'clean:renamed#2', 'clean:deleted#2', 'clean:renamed#3'];
  it.each(steps)(
    'killed at %s: each backup is wholly there or wholly gone, only planned ones go, the newest stays',
    async (step) => {
      box = await sandbox();
      for (const n of ['a1', 'a2', 'a3', 'a4']) expect((await runCli(['-c', box.configDir, 'create', n])).code).toBe(0);
      const { vanished } = await killedAt(step, CLEAN_TO_ONE, { mayVanish: new Set(['a1', 'a2', 'a3']), mayAdd: 0 });
      expect(vanished).not.toContain('a4');
      const n = Number(step.split('#')[1]);
      // A kill after the n-th rename has removed exactly n backups from view.
      expect(vanished.length).toBe(n);
    },
  );
});

describe('clean of packed backups killed at every step', () => {
  const steps = ['clean:renamed#1', 'clean:deleted#1', 'clean:deleted#2'];
  it.each(steps)(
    'killed at %s: packs still referenced stay, the next writer deletes the ones nothing references',
    async (step) => {
      box = await sandbox();
      await writeFile(path.join(box.configDir, '.orch-backup.json'), JSON.stringify({ compressAbove: 0 }));
      for (const n of ['p1', 'p2', 'p3']) {
        await writeFile(path.join(box.configDir, 'changing.json'), JSON.stringify({ version: '1.0', which: n }));
        expect((await runCli(['-c', box.configDir, 'create', n])).code).toBe(0);
      }
      const { vanished } = await killedAt(step, CLEAN_TO_ONE, { mayVanish: new Set(['p1', 'p2']), mayAdd: 0 });
      expect(vanished).not.toContain('p3');
    },
  );
});

describe('import killed at every step', () => {
  const steps = ['import:staged-file#1', 'import:staged-file#3', 'import:manifest-written', 'import:published'];
  it.each(steps)('killed at %s: no half backup; the import is whole or absent', async (step) => {
    box = await sandbox();
    expect((await runCli(['-c', box.configDir, 'create', 'src'])).code).toBe(0);
    const archive = path.join(box.dir, 'src.tar.gz');
    expect((await runCli(['-c', box.configDir, 'export', 'src', '-o', archive])).code).toBe(0);
    const { added, before } = await killedAt(step, ['import', archive, '--name', 'copy']);
    expect(added).toEqual(step === 'import:published' ? ['copy'] : []);
    if (added.length)
      expect((await storeState(box.backupDir)).copy).toEqual({ ...before.src, 'manifest.json': expect.any(String) });
  });
});

describe('the pre-commit hook killed at every step of its safety backup', () => {
  const tempDir = tempDirsPerTest();

  const steps = ['create:staged-file#1', 'create:manifest-written', 'create:published', 'create:verified'];
  it.each(steps)(
    'killed at %s: the commit does not happen, the work tree is untouched, the store is whole',
    async (step) => {
      const root = await tempDir('orch-rel-hook-');
      const git = (args: string[], extra: Record<string, string> = {}) =>
        runProcess('git', args, { cwd: root, env: { ...GIT_IDENTITY, ...extra } });
      await git(['init', '-q', '-b', 'main']);
      await linkThisPackage(root);
      const config = path.join(root, '.claude/orchestration');
      const backups = path.join(config, '.backups');
      await copyV1Config(config);
      expect((await runCli(['hook', 'install'], { cwd: root })).code).toBe(0);
      await git(['add', '-A']);
      expect((await git(['commit', '-qm', 'first'])).code).toBe(0);
      const head = (await git(['rev-parse', 'HEAD'])).stdout;
      await consistentV2(config); // v2 with its renames followed through: the judgement lets it pass
      await git(['add', '-A']);
      const work = await treeState(config);
      const before = await storeState(backups);

      const commit = await git(['commit', '-qm', 'second'], killAt(step));
      const published = step === 'create:published' || step === 'create:verified';
      expect(commit.code, `${step}: git must not commit when the hook was killed`).not.toBe(0);
      expect((await git(['rev-parse', 'HEAD'])).stdout).toBe(head);
      const { added } = await checkPromises({ configDir: config, backupDir: backups, configs: [work], before }, step);
      expect(added.length).toBe(published ? 1 : 0);
      // The retried commit goes through and leaves exactly one safety backup of HEAD.
      const retry = await git(['commit', '-qm', 'second']);
      expect(retry.code, retry.stderr).toBe(0);
      expect((await readdir(backups)).filter((n) => n.startsWith('backup-'))).toHaveLength(1);
    },
  );
});
