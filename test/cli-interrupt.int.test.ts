import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, runCli, sandbox, type Sandbox } from './helpers/sandbox.js';

let box: Sandbox;
afterEach(async () => box?.cleanup());

const FILES = 4000;

/** A config large enough that create and restore take seconds: thousands of prompt files. */
async function bigConfig(variant: string): Promise<void> {
  await mkdir(path.join(box.configDir, 'prompts'), { recursive: true });
  await writeFile(
    path.join(box.configDir, 'teams.json'),
    JSON.stringify({ version: '1.0', teams: { core: { name: 'core', members: [{ agent: 'lead' }] } } }),
  );
  for (let i = 0; i < FILES; i++) {
    await writeFile(
      path.join(box.configDir, 'prompts', `p${String(i).padStart(5, '0')}.json`),
      JSON.stringify({ id: i, text: `${variant.repeat(300)} ${i}` }),
    );
  }
}

async function configDigest(): Promise<string> {
  const hash = createHash('sha256');
  for (const name of [
    'teams.json',
    ...(await readdir(path.join(box.configDir, 'prompts'))).sort().map((f) => `prompts/${f}`),
  ]) {
    hash.update(name).update(await readFile(path.join(box.configDir, name)));
  }
  return hash.digest('hex');
}

/**
 * Starts the built CLI, polls the file system until `ready` holds, sends SIGINT and returns how
 * the process ended. `ready` never holding before the process exits fails the test.
 */
async function interruptWhen(
  args: string[],
  ready: () => Promise<boolean>,
): Promise<{ code: number | null; stderr: string; stdout: string; reached: boolean }> {
  const child = spawn(process.execPath, [BIN, '-c', box.configDir, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  let running = true;
  void exited.then(() => (running = false));
  let reached = false;
  while (running) {
    if (await ready().catch(() => false)) {
      reached = true;
      child.kill('SIGINT');
      break;
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { code: await exited, stderr, stdout, reached };
}

const hasEntry = (dir: string, prefix: string) => async () => (await readdir(dir)).some((n) => n.startsWith(prefix));

async function leftovers(): Promise<string[]> {
  const inStore = (await readdir(box.backupDir)).filter(
    (n) => /^\.(staging|trash)-|\.tmp$|^\.restore-journal|^lock/.test(n) || n === 'lock',
  );
  const inConfig = (await readdir(box.configDir)).filter((n) => n === '.orch-backup-restore');
  return [...inStore, ...inConfig];
}

describe('Ctrl-C', () => {
  it('during create: the partial backup is removed, the lock released, exit 130', async () => {
    box = await sandbox(null);
    await bigConfig('a');
    expect((await runCli(['-c', box.configDir, 'create', 'first', '-q'])).code).toBe(0);
    const before = (await readdir(box.backupDir)).sort();
    const run = await interruptWhen(['create', 'second'], hasEntry(box.backupDir, '.staging-'));
    expect(run.reached).toBe(true);
    expect(run.code).toBe(130);
    expect(run.stderr).toBe('orch-backup: create interrupted: the partial backup was removed\n');
    expect(await leftovers()).toEqual([]);
    expect((await readdir(box.backupDir)).sort()).toEqual(
      before.includes('history.jsonl') ? before : [...before, 'history.jsonl'].sort(),
    );
    // The store is usable at once: no lock to wait for, no staging to clean.
    const next = await runCli(['-c', box.configDir, '--lock-timeout', '0', 'create', 'second', '-q']);
    expect(next.code, next.stderr).toBe(0);
    expect(next.stderr).toBe('');
  }, 180_000);

  it('during a restore before any file moved: nothing was changed; after files moved: rolled back', async () => {
    box = await sandbox(null);
    await bigConfig('a');
    expect((await runCli(['-c', box.configDir, 'create', 'old', '-q'])).code).toBe(0);
    await bigConfig('b');
    const current = await configDigest();

    const staging = await interruptWhen(['--yes', 'restore', 'old'], hasEntry(box.configDir, '.orch-backup-restore'));
    expect(staging.reached).toBe(true);
    expect(staging.code).toBe(130);
    expect(staging.stderr).toBe('orch-backup: restore interrupted: nothing was changed\n');
    expect(await configDigest()).toBe(current);
    expect(await leftovers()).toEqual([]);

    const journal = path.join(box.backupDir, '.restore-journal.json');
    const moving = await interruptWhen(['--yes', 'restore', 'old'], async () =>
      (await readFile(journal, 'utf8')).includes('"applying"'),
    );
    expect(moving.reached).toBe(true);
    expect(moving.code).toBe(130);
    expect(moving.stderr).toBe(
      'orch-backup: restore interrupted: the restore was rolled back; the config is as before\n',
    );
    expect(await configDigest()).toBe(current);
    expect(await leftovers()).toEqual([]);
    // No interrupted restore is left for the next command to recover.
    const list = await runCli(['-c', box.configDir, '--lock-timeout', '0', 'list']);
    expect(list.code).toBe(0);
    expect(list.stderr).toBe('');
    const history = await runCli(['-c', box.configDir, '--json', 'history']);
    const restores = JSON.parse(history.stdout).entries.filter((e: { operation: string }) => e.operation === 'restore');
    expect(
      restores.map((e: { error?: { code: string; state: string } }) => `${e.error?.code} ${e.error?.state}`),
    ).toEqual(['INTERRUPTED rolled-back', 'INTERRUPTED nothing-changed']);
  }, 240_000);

  it('during export: no archive and no temp file; during import: the partial backup is removed', async () => {
    box = await sandbox(null);
    await bigConfig('a');
    expect((await runCli(['-c', box.configDir, 'create', 'big', '-q'])).code).toBe(0);
    const out = path.join(box.dir, 'out');
    await mkdir(out);
    const exported = await interruptWhen(
      ['export', 'big', '-o', path.join(out, 'big.tar.gz')],
      hasEntry(out, '.big.tar.gz.'),
    );
    expect(exported.reached).toBe(true);
    expect(exported.code).toBe(130);
    expect(exported.stderr).toBe('orch-backup: export interrupted: nothing was changed\n');
    expect(await readdir(out)).toEqual([]);

    expect((await runCli(['-c', box.configDir, 'export', 'big', '-o', path.join(out, 'big.tar.gz'), '-q'])).code).toBe(
      0,
    );
    const before = (await readdir(box.backupDir)).sort();
    const imported = await interruptWhen(
      ['import', path.join(out, 'big.tar.gz'), '--name', 'again'],
      hasEntry(box.backupDir, '.staging-'),
    );
    expect(imported.reached).toBe(true);
    expect(imported.code).toBe(130);
    expect(imported.stderr).toBe('orch-backup: import interrupted: the partial backup was removed\n');
    expect(await leftovers()).toEqual([]);
    expect((await readdir(box.backupDir)).sort()).toEqual(before);
  }, 240_000);
});
