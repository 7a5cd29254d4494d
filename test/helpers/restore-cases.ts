import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { readFile } from 'node:fs/promises';
import { storeState } from './reliability.js';
import { treeState } from './tree.js';

export { treeState };
import {
  EXAMPLE,
  IS_ROOT,
  runCli,
  runProcess,
  sandbox,
  type RunOptions,
  type RunResult,
  type Sandbox,
} from './sandbox.js';

/**
 * A config in the "old" state with a backup `target` of the "new" one, and a directory beside it
 * (`outside`) that no restore may touch. Old → new overwrites teams.json, workflows.json and
 * agents/dev.json, adds agents/qa.json and sub/new.json (a directory the restore creates), removes
 * extra.json and leaves settings.json as it is.
 */
export interface RestoreCase {
  box: Sandbox;
  outside: string;
  args: string[];
  oldState: Record<string, string>;
  newState: Record<string, string>;
  store: Awaited<ReturnType<typeof storeState>>;
  outsideState: Record<string, string>;
}

const json = (value: unknown, indent = 2): string => `${JSON.stringify(value, null, indent)}\n`;

export async function restoreCase(): Promise<RestoreCase> {
  const box = await sandbox(EXAMPLE);
  const c = box.configDir;
  const args = ['-c', c, '-b', box.backupDir];
  const outside = path.join(box.dir, 'outside');
  await mkdir(path.join(outside, 'agents'), { recursive: true });
  await writeFile(path.join(outside, 'keep.json'), json({ mine: true }));
  await writeFile(path.join(outside, 'agents/dev.json'), json({ id: 'dev', outside: true }));

  const teams = JSON.parse(await readFile(path.join(c, 'teams.json'), 'utf8'));
  const workflows = JSON.parse(await readFile(path.join(c, 'workflows.json'), 'utf8'));
  await writeFile(path.join(c, 'teams.json'), json(teams, 4));
  await writeFile(path.join(c, 'workflows.json'), json(workflows, 4));
  await mkdir(path.join(c, 'agents'));
  await mkdir(path.join(c, 'sub'));
  await writeFile(path.join(c, 'agents/dev.json'), json({ id: 'dev', revision: 2 }));
  await writeFile(path.join(c, 'agents/qa.json'), json({ id: 'qa' }));
  await writeFile(path.join(c, 'sub/new.json'), json({ added: true }));
  const created = await runCli([...args, 'create', 'target']);
  expect(created.code, created.stderr).toBe(0);
  const newState = await treeState(c);

  await writeFile(path.join(c, 'teams.json'), json(teams));
  await writeFile(path.join(c, 'workflows.json'), json(workflows));
  await writeFile(path.join(c, 'agents/dev.json'), json({ id: 'dev', revision: 1 }));
  await rm(path.join(c, 'agents/qa.json'));
  await rm(path.join(c, 'sub'), { recursive: true });
  await writeFile(path.join(c, 'extra.json'), json({ extra: true }));
  return {
    box,
    outside,
    args,
    oldState: await treeState(c),
    newState,
    store: await storeState(box.backupDir),
    outsideState: await treeState(outside, []),
  };
}

/** A one-line error (no stack trace), on stderr. */
export function oneLineError(result: RunResult): string {
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  return lines[0] as string;
}

/**
 * What must hold after every case: the config is exactly the old or the new state (every file's
 * bytes), nothing outside the config dir and the store changed, no backup changed (at most
 * `mayAdd` safety backups added), no journal or scratch left, and `list` and `validate` work.
 */
export async function expectIntact(
  c: RestoreCase,
  state: 'old' | 'new',
  options: { mayAdd?: number; as?: RunOptions } = {},
): Promise<void> {
  expect(await treeState(c.box.configDir), `config is not the ${state} state`).toEqual(
    state === 'old' ? c.oldState : c.newState,
  );
  expect(existsSync(path.join(c.box.configDir, 'sub')), 'a directory the restore created is left').toBe(
    state === 'new',
  );
  expect(await treeState(c.outside, []), 'something outside the config dir changed').toEqual(c.outsideState);
  const now = await storeState(c.box.backupDir);
  for (const [name, files] of Object.entries(c.store)) expect(now[name], `backup ${name} changed`).toEqual(files);
  expect(Object.keys(now).length - Object.keys(c.store).length).toBeLessThanOrEqual(options.mayAdd ?? 0);
  const store = await readdir(c.box.backupDir);
  expect(
    store.filter((e) => /^\.(restore-journal|staging-|trash-)/.test(e)),
    'journal or staging left in the store',
  ).toEqual([]);
  expect(await readdir(c.box.configDir), 'restore scratch left in the config dir').not.toContain(
    '.orch-backup-restore',
  );
  for (const command of ['list', 'validate']) {
    const next = await runCli([...c.args, command], options.as);
    expect(next.code, `${command} after the case: ${next.stderr}`).toBe(0);
    expect(next.stderr, `${command} after the case`).toBe('');
  }
}

/** Runs `mount` with these arguments; false when this process may not mount. */
export async function mount(...args: string[]): Promise<boolean> {
  const result = await runProcess('mount', args).catch(() => null);
  return result?.code === 0;
}

export async function unmount(target: string): Promise<void> {
  await runProcess('umount', [target]).catch(() => undefined);
}

/** Whether this process can mount at all (root, and a kernel and container that allow it). */
export async function canMount(): Promise<boolean> {
  if (!IS_ROOT) return false;
  const probe = await mkdtemp(path.join(tmpdir(), 'orch-mount-probe-'));
  try {
    const ok = await mount('-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe);
    if (ok) await unmount(probe);
    return ok;
  } finally {
    await rm(probe, { recursive: true, force: true });
  }
}

/** `chattr` on a file or directory (root, on a file system that supports it); false when refused. */
export async function chattr(flag: '+i' | '-i', target: string): Promise<boolean> {
  const result = await runProcess('chattr', [flag, target]).catch(() => null);
  return result?.code === 0;
}
