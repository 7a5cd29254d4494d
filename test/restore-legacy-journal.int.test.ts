/**
 * A restore journal an older version left (format 1: unsigned, no originals kept aside) is never
 * executed. The next command sets it aside and says in one line what it was doing and which
 * ordinary restore ends it; that restore then brings the config to exactly one side.
 */
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expectIntact, oneLineError, restoreCase, treeState, type RestoreCase } from './helpers/restore-cases.js';
import { runCli } from './helpers/sandbox.js';

let c: RestoreCase | undefined;
afterEach(async () => {
  await c?.box.cleanup();
  c = undefined;
});

const SAFETY = 'backup-pre-restore-20261130-120000';

/**
 * The state an older version left when it was killed while moving files: its safety backup of the
 * old config, a format-1 journal written as it wrote them (`JSON.stringify(journal, null, 2)`,
 * operations `{path, action, sha256}`), the target's files staged directly under
 * `.orch-backup-restore/`, and the first `moved` writes already renamed into place.
 */
async function olderVersionInterrupted(
  x: RestoreCase,
  phase: 'staging' | 'applying' | 'applied',
  moved: number,
): Promise<string[]> {
  expect((await runCli([...x.args, 'create', SAFETY])).code).toBe(0);
  const config = x.box.configDir;
  const staging = path.join(config, '.orch-backup-restore');
  const target = path.join(x.box.backupDir, 'target/files');
  const writes = Object.keys(x.newState).filter((p) => x.newState[p] !== x.oldState[p]);
  const removes = Object.keys(x.oldState).filter((p) => !(p in x.newState));
  const journal = {
    version: 1,
    purpose: 'restore',
    backup: 'target',
    safetyBackup: SAFETY,
    configDir: config,
    stagingDir: staging,
    phase,
    operations: [
      ...writes.map((p) => ({ path: p, action: 'write', sha256: x.newState[p] })),
      ...removes.map((p) => ({ path: p, action: 'remove', sha256: null })),
    ],
    startedAt: '2026-11-30T12:00:00.000Z',
  };
  await writeFile(path.join(x.box.backupDir, '.restore-journal.json'), JSON.stringify(journal, null, 2));
  if (phase === 'applied') {
    // It had moved everything and removed its staging dir; only the journal was left.
    for (const p of writes) {
      await mkdir(path.dirname(path.join(config, p)), { recursive: true });
      await writeFile(path.join(config, p), await readFile(path.join(target, p)));
    }
    for (const p of removes) await rm(path.join(config, p));
    return writes;
  }
  for (const p of writes) {
    await mkdir(path.dirname(path.join(staging, p)), { recursive: true });
    await writeFile(path.join(staging, p), await readFile(path.join(target, p)));
  }
  for (const p of writes.slice(0, moved)) await rename(path.join(staging, p), path.join(config, p));
  return writes;
}

/** The next command: exit 0, one warning line, the journal set aside, nothing in the config changed. */
async function nextCommandWarns(x: RestoreCase, expected: RegExp): Promise<string> {
  const before = await treeState(x.box.configDir);
  const list = await runCli([...x.args, 'list']);
  expect(list.code, list.stderr).toBe(0);
  const line = oneLineError(list);
  expect(line).toMatch(
    /^orch-backup: warning: a restore journal .*\.restore-journal\.json from an older version \(format 1, unsigned\) was not executed and was set aside as .*\.rejected-journal-.*\.json: /,
  );
  expect(line).toMatch(expected);
  const scratch = path.join(x.box.configDir, '.orch-backup-restore');
  expect(line).toContain(
    `Its staged copies, if any, are in ${scratch}: nothing there is needed, delete it (rm -r ${JSON.stringify(scratch)})`,
  );
  expect(await treeState(x.box.configDir), 'the journal was executed').toEqual(before);
  const store = await readdir(x.box.backupDir);
  expect(store).not.toContain('.restore-journal.json');
  expect(store.filter((e) => e.startsWith('.rejected-journal-'))).toHaveLength(1);
  // Once set aside it is not reported again.
  const again = await runCli([...x.args, 'list']);
  expect(again.stderr).toBe('');
  expect(await readFile(path.join(x.box.backupDir, 'history.jsonl'), 'utf8')).toContain('JOURNAL_OLD_FORMAT');
  return line;
}

describe('a format-1 journal from an older version', () => {
  it('killed while moving: the warning names both restores; `restore target` completes it exactly', async () => {
    c = await restoreCase();
    const writes = await olderVersionInterrupted(c, 'applying', 2);
    expect(writes.length).toBeGreaterThan(2);
    const mixed = await treeState(c.box.configDir);
    expect(mixed).not.toEqual(c.oldState);
    await nextCommandWarns(
      c,
      new RegExp(
        `a restore of "target" stopped half way in .*: the config is partly old, partly new\\. To complete it: orch-backup restore target; to go back to the config before it: orch-backup restore ${SAFETY}\\.`,
      ),
    );
    const restored = await runCli([...c.args, '--yes', 'restore', 'target']);
    expect(restored.code, restored.stderr).toBe(0);
    // Its own safety backup plus the older version's.
    // The restore cleared the older version's scratch as well.
    await expectIntact(c, 'new', { mayAdd: 2 });
  });

  it('killed while moving: `restore <safety backup>` goes back to exactly the config before', async () => {
    c = await restoreCase();
    await olderVersionInterrupted(c, 'applying', 2);
    await nextCommandWarns(c, /stopped half way/);
    const restored = await runCli([...c.args, '--yes', 'restore', SAFETY]);
    expect(restored.code, restored.stderr).toBe(0);
    await expectIntact(c, 'old', { mayAdd: 2 });
  });

  it('killed after every move: it says the restore had completed; nothing else to do', async () => {
    c = await restoreCase();
    await olderVersionInterrupted(c, 'applied', 0);
    await nextCommandWarns(
      c,
      /a restore of "target" had completed in .*: every file it names is as the backup has it, so nothing is left to do/,
    );
    await expectIntact(c, 'new', { mayAdd: 1 });
  });

  it('killed while staging: it says the config was not changed', async () => {
    c = await restoreCase();
    await olderVersionInterrupted(c, 'staging', 0);
    await nextCommandWarns(c, /a restore of "target" had not changed any file in .* yet: the config is as it was/);
    // What the line says to do by hand.
    await rm(path.join(c.box.configDir, '.orch-backup-restore'), { recursive: true });
    await expectIntact(c, 'old', { mayAdd: 1 });
  });

  it('planted in the store, naming a config dir outside and files there: read at most, nothing moved or removed', async () => {
    c = await restoreCase();
    const planted = {
      version: 1,
      purpose: 'restore',
      backup: 'target',
      safetyBackup: null,
      configDir: c.outside,
      stagingDir: path.join(c.outside, 'agents'),
      phase: 'applying',
      operations: [
        { path: 'keep.json', action: 'remove', sha256: null },
        { path: 'agents/dev.json', action: 'write', sha256: c.newState['agents/dev.json'] },
      ],
      startedAt: '2026-11-30T12:00:00.000Z',
    };
    await writeFile(path.join(c.box.backupDir, '.restore-journal.json'), JSON.stringify(planted, null, 2));
    const list = await runCli([...c.args, 'list']);
    expect(list.code, list.stderr).toBe(0);
    expect(oneLineError(list)).toMatch(
      new RegExp(`from an older version \\(format 1, unsigned\\) was not executed .*stopped half way in ${c.outside}`),
    );
    const create = await runCli([...c.args, 'create', 'after']);
    expect(create.code, create.stderr).toBe(0);
    // The directory outside and the config are exactly as they were.
    expect(await treeState(c.outside, [])).toEqual(c.outsideState);
    expect(await treeState(c.box.configDir)).toEqual(c.oldState);
  });

  it('`recover --finish` does not execute it either, and --json carries what to run', async () => {
    c = await restoreCase();
    await olderVersionInterrupted(c, 'applying', 1);
    const mixed = await treeState(c.box.configDir);
    const recover = await runCli([...c.args, '--json', 'recover', '--finish']);
    expect(recover.code, recover.stderr).toBe(0);
    const report = JSON.parse(recover.stdout);
    expect(report).toMatchObject({
      recovered: false,
      outcome: 'rejected',
      rejected: { code: 'JOURNAL_OLD_FORMAT', state: 'mixed', finishWith: 'target', goBackWith: SAFETY, missing: [] },
    });
    expect(await treeState(c.box.configDir)).toEqual(mixed);
  });
});
