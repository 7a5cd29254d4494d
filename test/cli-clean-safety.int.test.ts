import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, runCli, sandbox, type Sandbox } from './helpers/sandbox.js';

const FIXTURE = path.join(ROOT, 'test/fixtures/verbs');

let box: Sandbox;
afterEach(async () => box?.cleanup());

const cli = (...args: string[]) => runCli(['-c', box.configDir, ...args]);
const backups = async (): Promise<string[]> =>
  (await readdir(box.backupDir)).filter((n) => !n.startsWith('.') && n !== 'history.jsonl').sort();

async function create(name: string, ...extra: string[]): Promise<void> {
  const result = await cli('create', name, '-q', ...extra);
  expect(result.code, result.stderr).toBe(0);
}

/** A restore with --yes: it makes one automatic (pre-restore) safety backup. */
async function restore(name: string, change: string): Promise<void> {
  await writeFile(
    path.join(box.configDir, 'teams.json'),
    `{"version":"1.0","teams":{"${change}":{"name":"x","members":[]}}}\n`,
  );
  const result = await cli('--yes', 'restore', name);
  expect(result.code, result.stderr).toBe(0);
}

describe('clean keeps manual and automatic backups apart', () => {
  it("safety backups from two restores never push the user's backups out of keep-last", async () => {
    box = await sandbox(FIXTURE);
    await create('oldest');
    await create('mine', '-t', 'release');
    await create('second');
    await restore('mine', 'a');
    await restore('second', 'b');
    const all = await backups();
    expect(all).toHaveLength(5);
    const safety = all.filter((n) => !['oldest', 'mine', 'second'].includes(n));
    expect(safety).toHaveLength(2);

    const result = await cli('--yes', '--json', 'clean', '--keep-last', '2');
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.deleted).toEqual(['oldest']);
    expect((await backups()).sort()).toEqual(['mine', 'second', ...safety].sort());
    expect(json.dangers).toEqual({ unmatchedTags: [] });
  });
});

describe('clean asks before deleting everything, even with --yes', () => {
  it('--keep-tag keep with no backup tagged keep deletes nothing without --force', async () => {
    box = await sandbox(FIXTURE);
    for (const name of ['b1', 'b2', 'b3']) await create(name);

    const dry = await cli('clean', '--keep-tag', 'keep', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('⚠️  No backup has tags [keep]: that rule keeps nothing.');
    expect(dry.stdout).toContain('⚠️  This deletes every backup but the newest (2).');

    const refused = await cli('--yes', 'clean', '--keep-tag', 'keep');
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      'orch-backup: clean would delete every backup but the newest (2); nothing was deleted: check the policy with --dry-run, confirm in a terminal, or pass --force\n',
    );
    expect(JSON.parse((await cli('--yes', '--json', 'clean', '--keep-tag', 'keep')).stderr).error.code).toBe(
      'CLEAN_NEEDS_FORCE',
    );
    expect(await backups()).toEqual(['b1', 'b2', 'b3']);

    const forced = await cli('--yes', 'clean', '--keep-tag', 'keep', '--force');
    expect(forced.code, forced.stderr).toBe(0);
    expect(await backups()).toEqual(['b3']);
  });

  it('a policy that would delete every manual backup is refused without --force', async () => {
    box = await sandbox(FIXTURE);
    await create('m1');
    await create('m2');
    await restore('m1', 'a');
    const [safety] = (await backups()).filter((n) => !['m1', 'm2'].includes(n));
    expect((await cli('tag', safety as string, '--add', 'release')).code).toBe(0);

    const refused = await cli('--yes', 'clean', '--keep-tag', 'release');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^orch-backup: clean would delete every manual backup \(2\)/);
    expect(await backups()).toHaveLength(3);

    const dry = await cli('clean', '--keep-tag', 'release', '--dry-run');
    expect(dry.stdout).toContain('⚠️  This deletes every manual backup (2); only automatic backups would remain.');
    expect(dry.stdout).toMatch(/✅ \S+ +just now +has tags \[release\], protected: newest backup \(pre-restore\)/);
  });

  it('an ordinary clean with --yes still runs without asking', async () => {
    box = await sandbox(FIXTURE);
    for (const name of ['b1', 'b2', 'b3', 'b4']) await create(name);
    const result = await cli('--yes', 'clean', '--keep-last', '2');
    expect(result.code, result.stderr).toBe(0);
    expect(await backups()).toEqual(['b3', 'b4']);
  });
});
