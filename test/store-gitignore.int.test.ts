// A backup store keeps itself out of git: its first write is a `.gitignore` holding `*`.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, sandbox, type Sandbox } from './helpers/sandbox.js';

let box: Sandbox;
afterEach(async () => box?.cleanup());

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8' });

async function repoWithConfig(): Promise<void> {
  box = await sandbox();
  git(box.dir, 'init', '-q');
  git(box.dir, 'add', '-A');
  git(box.dir, 'commit', '-qm', 'config');
}

describe('the store ignores itself', () => {
  it('create in a repository leaves git status clean, and git add -A commits no backup', async () => {
    await repoWithConfig();
    expect((await runCli(['-c', box.configDir, 'create', 'first'])).code).toBe(0);
    expect((await runCli(['-c', box.configDir, 'create', 'second', '-m', 'again'])).code).toBe(0);
    expect(await readFile(path.join(box.backupDir, '.gitignore'), 'utf8')).toMatch(/^\*$/m);
    expect(git(box.dir, 'status', '--porcelain', '--untracked-files=all')).toBe('');
    git(box.dir, 'add', '-A');
    expect(git(box.dir, 'diff', '--cached', '--name-only')).toBe('');
    // No line was needed in the repository's own .gitignore.
    expect(await readdir(box.dir)).not.toContain('.gitignore');
  });

  it('list and verify count backups only, not the .gitignore', async () => {
    await repoWithConfig();
    await runCli(['-c', box.configDir, 'create', 'only']);
    const list = JSON.parse((await runCli(['-c', box.configDir, '--json', 'list'])).stdout) as {
      backups: { name: string }[];
      damaged: unknown[];
    };
    expect(list.backups.map((b) => b.name)).toEqual(['only']);
    expect(list.damaged).toEqual([]);
    const verify = await runCli(['-c', box.configDir, 'verify']);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/1 backup verified/);
  });

  it('an empty directory made for the store gets it; a store whose .gitignore was deleted on purpose does not get it back', async () => {
    await repoWithConfig();
    const store = path.join(box.dir, 'made-by-hand');
    await mkdir(store);
    expect((await runCli(['-c', box.configDir, '-b', store, 'create', 'a'])).code).toBe(0);
    expect(await readFile(path.join(store, '.gitignore'), 'utf8')).toMatch(/^\*$/m);

    await rm(path.join(store, '.gitignore'));
    expect((await runCli(['-c', box.configDir, '-b', store, 'create', 'b'])).code).toBe(0);
    expect(await readdir(store)).not.toContain('.gitignore');
    expect(git(box.dir, 'status', '--porcelain')).toMatch(/made-by-hand/);
  });

  it('commands that only read never create the store or its .gitignore', async () => {
    await repoWithConfig();
    for (const args of [['list'], ['verify']]) await runCli(['-c', box.configDir, ...args]);
    expect(await readdir(box.configDir)).not.toContain('.backups');
  });
});
