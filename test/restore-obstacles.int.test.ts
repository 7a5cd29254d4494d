/**
 * Restore as a transaction on real file systems: every obstacle a target can put in the way is
 * found before anything moves (one line naming it), a move that still fails midway is undone,
 * and a restore that can go neither way is ended by `orch-backup recover`. After every case the
 * config is exactly the old or the new state, nothing outside changed, and `list`/`validate` work.
 */
import { chmod, chown, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  chattr,
  canMount,
  treeState,
  expectIntact,
  mount,
  oneLineError,
  restoreCase,
  unmount,
  type RestoreCase,
} from './helpers/restore-cases.js';
import { killAt } from './helpers/reliability.js';
import { IS_ROOT, runCli } from './helpers/sandbox.js';

const MOUNTS = await canMount();
if (!MOUNTS)
  console.warn(
    'restore-obstacles: mount is not permitted here (needs root in a privileged container): the bind-mount and tmpfs cases are skipped',
  );
if (!IS_ROOT) console.warn('restore-obstacles: not root: the chmod (other uid) and chattr cases are skipped');

let c: RestoreCase | undefined;
const undo: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  // Always unmount and unfreeze, even when an assertion failed, before the sandbox goes.
  for (const step of undo.splice(0).reverse()) await step().catch(() => undefined);
  await c?.box.cleanup();
  c = undefined;
});

const restore = (x: RestoreCase, extra: string[] = [], env?: Record<string, string>) =>
  runCli([...x.args, '--yes', 'restore', 'target', ...extra], env ? { env } : {});

describe.skipIf(!MOUNTS)('mount points are refused before anything moves (root, real mounts)', () => {
  it('a config file that is a bind mount (Docker -v file): refused, rename would give EBUSY', async () => {
    c = await restoreCase();
    const file = path.join(c.box.configDir, 'teams.json');
    expect(await mount('--bind', file, file)).toBe(true);
    undo.push(() => unmount(file));
    const result = await restore(c);
    expect(result.code).toBe(1);
    expect(oneLineError(result)).toMatch(
      /refusing to restore "target": "teams\.json" is a mount point .*; nothing was changed$/,
    );
    await expectIntact(c, 'old');
  });

  it('a config subdirectory that is a tmpfs mount point: refused, rename would give EXDEV', async () => {
    c = await restoreCase();
    const agents = path.join(c.box.configDir, 'agents');
    await rm(agents, { recursive: true });
    await mkdir(agents);
    expect(await mount('-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', agents)).toBe(true);
    undo.push(() => unmount(agents));
    await writeFile(path.join(agents, 'dev.json'), `${JSON.stringify({ id: 'dev', revision: 1 }, null, 2)}\n`);
    const result = await restore(c);
    expect(result.code).toBe(1);
    expect(oneLineError(result)).toMatch(/"agents" is a mount point/);
    await expectIntact(c, 'old');
  });
});

describe.skipIf(!IS_ROOT)('targets of the wrong kind or permissions are refused before anything moves', () => {
  it('a subdirectory the user cannot write (chmod 555, run as uid 1000): refused, not half restored', async () => {
    c = await restoreCase();
    const as = { uid: 1000, gid: 1000 };
    for (const dir of [c.box.dir, c.outside]) await chownTree(dir, 1000);
    await chmod(path.join(c.box.configDir, 'agents'), 0o555);
    undo.push(() => chmod(path.join(c?.box.configDir ?? '', 'agents'), 0o755));
    const result = await runCli([...c.args, '--yes', 'restore', 'target'], as);
    expect(result.code, result.stderr).toBe(1);
    expect(oneLineError(result)).toMatch(/"agents" is not writable \(permission denied\); nothing was changed$/);
    await expectIntact(c, 'old', { as });
  });

  it('a directory where the backup has a file: refused', async () => {
    c = await restoreCase();
    await mkdir(path.join(c.box.configDir, 'agents/qa.json'));
    await writeFile(path.join(c.box.configDir, 'agents/qa.json/notes.txt'), 'not config');
    c.oldState = await treeState(c.box.configDir);
    const result = await restore(c);
    expect(result.code).toBe(1);
    expect(oneLineError(result)).toMatch(/"agents\/qa\.json" is a directory where the backup has a file/);
    await expectIntact(c, 'old');
  });

  it('a file where the backup has a directory: refused', async () => {
    c = await restoreCase();
    await writeFile(path.join(c.box.configDir, 'sub'), 'a file, not a directory');
    const result = await restore(c);
    expect(result.code).toBe(1);
    expect(oneLineError(result)).toMatch(/"sub" is a file where the backup has a directory/);
    await rm(path.join(c.box.configDir, 'sub'));
    await expectIntact(c, 'old');
  });

  it('a symlinked subdirectory pointing outside: refused, the file outside is not overwritten', async () => {
    c = await restoreCase();
    const agents = path.join(c.box.configDir, 'agents');
    await rm(agents, { recursive: true });
    await symlink(path.join(c.outside, 'agents'), agents);
    c.oldState = await treeState(c.box.configDir);
    const result = await restore(c);
    expect(result.code).toBe(1);
    expect(oneLineError(result)).toMatch(
      /"agents" is a symlink to a directory: restore never writes through a symlink/,
    );
    await expectIntact(c, 'old');
  });
});

describe.skipIf(!IS_ROOT)('a move that fails midway is undone', () => {
  it('an immutable file (chattr +i, EPERM) that no check can see: every file already moved is put back', async () => {
    c = await restoreCase();
    const frozen = path.join(c.box.configDir, 'workflows.json');
    if (!(await chattr('+i', frozen))) return void console.warn('chattr +i not supported here: case skipped');
    undo.push(() => chattr('-i', frozen));
    const result = await restore(c);
    expect(result.code).toBe(1);
    expect(oneLineError(result)).toMatch(
      /failed while moving "workflows\.json" \(permission denied\); every file already moved was put back: the config is exactly as it was$/,
    );
    await chattr('-i', frozen);
    // The safety backup made before the move stays: it is a backup like any other.
    await expectIntact(c, 'old', { mayAdd: 1 });
  });
});

describe.skipIf(!IS_ROOT)('an interrupted restore that can go neither way: recover lets the user choose', () => {
  it('the next commands say what to do; reads still work, writes refuse; recover --rollback ends it', async () => {
    c = await restoreCase();
    expect((await restore(c, [], killAt('restore:applied'))).signal).toBe('SIGKILL');
    // All moved, not committed. Freeze one new file so it cannot be taken back out...
    const teams = path.join(c.box.configDir, 'teams.json');
    if (!(await chattr('+i', teams))) return void console.warn('chattr +i not supported here: case skipped');
    undo.push(() => chattr('-i', teams));
    const first = await runCli([...c.args, 'recover', '--rollback']);
    expect(first.code).toBe(1);
    expect(oneLineError(first)).toMatch(
      /rolling back failed at "teams\.json" \(permission denied\)\. .*orch-backup recover --rollback.*orch-backup recover --finish/,
    );
    // ...and one original that is back in place now, so the restore cannot be finished either.
    const workflows = path.join(c.box.configDir, 'workflows.json');
    expect(await chattr('+i', workflows)).toBe(true);
    undo.push(() => chattr('-i', workflows));

    const list = await runCli([...c.args, 'list']);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stderr).toMatch(
      /^orch-backup: warning: the restore of "target" .* is unfinished: rolling back failed at "teams\.json" .*; finishing failed at "workflows\.json" .*recover --rollback/,
    );
    expect((await runCli([...c.args, 'validate'])).stderr).toMatch(/warning: the restore of "target"/);
    const create = await runCli([...c.args, 'create', 'during']);
    expect(create.code).toBe(1);
    expect(oneLineError(create)).toMatch(/is unfinished: .*recover --rollback/);

    await chattr('-i', teams);
    await chattr('-i', workflows);
    const recovered = await runCli([...c.args, 'recover', '--rollback']);
    expect(recovered.code, recovered.stderr).toBe(0);
    expect(recovered.stdout).toMatch(
      /^an interrupted restore of target was rolled back: the config is as it was before\n$/,
    );
    await expectIntact(c, 'old', { mayAdd: 1 });
  });

  it.each([
    ['--rollback', 'old'],
    ['--finish', 'new'],
  ] as const)('killed while moving, then recover %s → exactly the %s state', async (flag, state) => {
    c = await restoreCase();
    expect((await restore(c, [], killAt('restore:moved-file#1'))).signal).toBe('SIGKILL');
    const recovered = await runCli([...c.args, 'recover', flag]);
    expect(recovered.code, recovered.stderr).toBe(0);
    await expectIntact(c, state, { mayAdd: 1 });
    expect((await runCli([...c.args, 'recover'])).stdout).toBe('No interrupted restore: nothing to do.\n');
  });

  it('a failure the next command cannot get past in the usual direction is rolled back instead', async () => {
    c = await restoreCase();
    expect((await restore(c, [], killAt('restore:applying'))).signal).toBe('SIGKILL');
    const frozen = path.join(c.box.configDir, 'workflows.json');
    if (!(await chattr('+i', frozen))) return void console.warn('chattr +i not supported here: case skipped');
    undo.push(() => chattr('-i', frozen));
    const list = await runCli([...c.args, 'list']);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stderr).toMatch(
      /interrupted restore of target could not be finished \(finishing failed at "workflows\.json": permission denied\), so it was rolled back: the config is as it was before/,
    );
    await chattr('-i', frozen);
    await expectIntact(c, 'old', { mayAdd: 1 });
  });
});

describe.skipIf(!IS_ROOT)('a journal of another user', () => {
  it('is left to that user: reads warn and run, writes refuse, nothing is executed or dropped', async () => {
    c = await restoreCase();
    expect((await restore(c, [], killAt('restore:applying'))).signal).toBe('SIGKILL');
    const keep = new Set(['.journal-key', '.restore-journal.json']);
    await chownTree(c.box.dir, 1000, (p) => keep.has(path.basename(p)));
    const as = { uid: 1000, gid: 1000 };
    const list = await runCli([...c.args, 'list'], as);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stderr).toMatch(
      /^orch-backup: warning: a restore journal .* is signed with the key of uid 0, so only that user can end it: run `orch-backup recover` as uid 0/,
    );
    const create = await runCli([...c.args, 'create', 'during'], as);
    expect(create.code).toBe(1);
    expect(oneLineError(create)).toMatch(/only that user can end it/);
    expect(await treeState(c.box.configDir, ['.backups', '.orch-backup-restore'])).toEqual(c.oldState);
    // Its owner ends it as usual.
    const owner = await runCli([...c.args, 'list']);
    expect(owner.stderr).toMatch(/interrupted restore of target was completed/);
    await expectIntact(c, 'new', { mayAdd: 1 });
  });
});

async function chownTree(dir: string, uid: number, skip: (file: string) => boolean = () => false): Promise<void> {
  const { readdir } = await import('node:fs/promises');
  await chown(dir, uid, uid);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) await chownTree(p, uid, skip);
    else if (!skip(p)) await chown(p, uid, uid);
  }
}
