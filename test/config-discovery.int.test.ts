// Without --config-dir the CLI finds .claude/orchestration the way git finds its repository: in
// the current directory, then upward to the repository's top level (or the file system root).
// Commands that read a config refuse to run where there is none, instead of reporting an empty store.
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './helpers/sandbox.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

/** base/project: a git repository, with the fixture's config at its root unless `config` is false. */
async function project(config = true): Promise<{ base: string; root: string; deep: string }> {
  const base = await mkdtemp(path.join(tmpdir(), 'orch-discovery-'));
  dirs.push(base);
  const root = path.join(base, 'project');
  const deep = path.join(root, 'src/a/b');
  await mkdir(deep, { recursive: true });
  execFileSync('git', ['init', '-q'], { cwd: root });
  if (config) await cp(path.join(FIXTURES, 'v2'), path.join(root, '.claude/orchestration'), { recursive: true });
  return { base, root, deep };
}

const READERS: string[][] = [
  ['list'],
  ['verify'],
  ['restore', 'x', '--yes'],
  ['diff', 'x'],
  ['clean', '--keep-last', '1', '--yes'],
];

describe('finding the config dir', () => {
  it('from a subdirectory, create, list and verify use the config at the repository root', async () => {
    const { root, deep } = await project();
    const made = await runCli(['create', 'from-deep'], { cwd: deep });
    expect(made.code, made.stderr).toBe(0);
    expect(await readdir(path.join(root, '.claude/orchestration/.backups'))).toContain('from-deep');
    expect(await readdir(deep)).toEqual([]);
    const list = await runCli(['--json', 'list'], { cwd: deep });
    expect(JSON.parse(list.stdout).backups.map((b: { name: string }) => b.name)).toEqual(['from-deep']);
    expect((await runCli(['verify'], { cwd: path.join(root, 'src') })).code).toBe(0);
  });

  it('the nearest config wins: a subproject with its own .claude/orchestration', async () => {
    const { root } = await project();
    const sub = path.join(root, 'packages/sub');
    await cp(path.join(FIXTURES, 'v1'), path.join(sub, '.claude/orchestration'), { recursive: true });
    expect((await runCli(['create', 'inner'], { cwd: path.join(sub) })).code).toBe(0);
    expect(await readdir(path.join(sub, '.claude/orchestration/.backups'))).toContain('inner');
    expect(await readdir(path.join(root, '.claude/orchestration'))).not.toContain('.backups');
  });

  it.each(READERS)('%s where no config is: exit 2, one line naming what was looked for and where', async (...args) => {
    const { root, deep } = await project(false);
    const result = await runCli(args, { cwd: deep });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toBe(
      `orch-backup: no .claude/orchestration found in ${deep} or any parent up to ${root} (the repository root): run in the project, or pass --config-dir\n`,
    );
    expect(await readdir(deep)).toEqual([]);
  });

  it("stops at the repository root: a config above it is not this repository's", async () => {
    const { base, root } = await project(false);
    await cp(path.join(FIXTURES, 'v1'), path.join(base, '.claude/orchestration'), { recursive: true });
    const result = await runCli(['list'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`no .claude/orchestration found in ${root} (the repository root)`);
  });

  it('outside any repository it searches up to the file system root', async () => {
    const base = await mkdtemp(path.join(tmpdir(), 'orch-discovery-nogit-'));
    dirs.push(base);
    const result = await runCli(['--json', 'verify'], { cwd: base });
    expect(result.code).toBe(2);
    const error = JSON.parse(result.stderr).error;
    expect(error.code).toBe('NO_CONFIG_DIR');
    expect(error.message).toContain(`in ${base} or any parent up to / (the file system root)`);
  });

  it('a named config dir that does not exist is an error too, by flag or environment', async () => {
    const { base } = await project(false);
    const flag = await runCli(['-c', 'nowhere', 'list'], { cwd: base });
    expect(flag.code).toBe(2);
    expect(flag.stderr).toBe(
      `orch-backup: config directory ${path.join(base, 'nowhere')} does not exist (given by --config-dir)\n`,
    );
    const env = await runCli(['verify'], { cwd: base, env: { ORCH_BACKUP_CONFIG_DIR: 'elsewhere' } });
    expect(env.code).toBe(2);
    expect(env.stderr).toContain('(given by ORCH_BACKUP_CONFIG_DIR)');
  });

  it('a store named by --backup-dir stands on its own: list works without a config', async () => {
    const { root } = await project();
    const store = path.join(root, '..', 'store');
    expect((await runCli(['-b', store, 'create', 'kept'], { cwd: root })).code).toBe(0);
    await rm(path.join(root, '.claude'), { recursive: true });
    const list = await runCli(['-b', store, 'list'], { cwd: root });
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toContain('1. kept');
  });

  it('an existing config dir with no backups is an empty store, as before', async () => {
    const { deep } = await project();
    const list = await runCli(['list'], { cwd: deep });
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('No backups yet');
  });
});
