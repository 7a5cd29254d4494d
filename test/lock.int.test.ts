import { spawn, spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EXAMPLE, ROOT, runCli, sandbox, type Sandbox } from './helpers/sandbox.js';

let box: Sandbox;
afterEach(async () => box?.cleanup());

/** Starts a real process that takes the store lock through the library and holds it. */
async function holdLock(backupDir: string): Promise<{ pid: number; stop: () => void }> {
  await mkdir(backupDir, { recursive: true });
  const script = `
    const { acquireLock } = await import(${JSON.stringify(path.join(ROOT, 'lib/core/store/lock.js'))});
    await acquireLock(${JSON.stringify(backupDir)}, { command: 'test-holder', timeoutMs: 1000 });
    process.stdout.write('locked\\n');
    setTimeout(() => {}, 60_000);`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`holder exited ${code}`)));
  });
  return { pid: child.pid as number, stop: () => child.kill('SIGKILL') };
}

describe('store lock', () => {
  it('a lock held by a live process makes writers wait, then exit 3 "store is busy"', async () => {
    box = await sandbox(EXAMPLE);
    const holder = await holdLock(box.backupDir);
    try {
      const result = await runCli(['-c', box.configDir, '--lock-timeout', '0.5', 'create']);
      expect(result.code).toBe(3);
      expect(result.stderr).toMatch(
        new RegExp(
          `^orch-backup: store is busy: process ${holder.pid} on host ".*" \\(test-holder, since [^)]+\\) holds .*\\.lock; waited 0\\.\\d s`,
        ),
      );
      const json = await runCli(['-c', box.configDir, '--json', '--lock-timeout', '0.2', 'create']);
      expect(JSON.parse(json.stderr).error.code).toBe('STORE_BUSY');
      expect((await readdir(box.backupDir)).filter((e) => e.startsWith('backup-'))).toEqual([]);
      // Readers do not need the lock.
      expect((await runCli(['-c', box.configDir, 'list'])).code).toBe(0);
    } finally {
      holder.stop();
    }
  });

  it('a writer waiting on a lock proceeds once the holder releases it', async () => {
    box = await sandbox(EXAMPLE);
    const holder = await holdLock(box.backupDir);
    let settled = false;
    const waiting = runCli(['-c', box.configDir, '--lock-timeout', '20', '--json', 'create', 'after-wait']).finally(
      () => (settled = true),
    );
    // The lock is held for certain (another writer is turned away) and the waiting writer has not finished.
    const probe = await runCli(['-c', box.configDir, '--json', '--lock-timeout', '0', 'create', 'probe']);
    expect(JSON.parse(probe.stderr).error.code).toBe('STORE_BUSY');
    expect(settled).toBe(false);
    const releasedAt = new Date();
    holder.stop();
    const result = await waiting;
    expect(result.code, result.stderr).toBe(0);
    const made = JSON.parse(result.stdout);
    expect(made.name).toBe('after-wait');
    // It made its backup after the release, not before: it waited for the lock.
    const manifest = JSON.parse(await readFile(path.join(box.backupDir, 'after-wait', 'manifest.json'), 'utf8'));
    expect(Date.parse(manifest.createdAt)).toBeGreaterThanOrEqual(releasedAt.getTime() - 1);
  });

  it('a stale lock left by a killed process is recovered, not a permanent block', async () => {
    box = await sandbox(EXAMPLE);
    await mkdir(box.backupDir, { recursive: true });
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    await writeFile(
      path.join(box.backupDir, '.lock'),
      JSON.stringify({
        pid: Number(dead),
        hostname: hostname(),
        command: 'create',
        acquiredAt: new Date().toISOString(),
      }),
    );
    const result = await runCli(['-c', box.configDir, '--lock-timeout', '1', 'create', 'recovered']);
    expect(result.code, result.stderr).toBe(0);
    expect(await readdir(box.backupDir)).not.toContain('.lock');
  });

  it('leftover staging directories from a crash are removed by the next writer and never listed', async () => {
    box = await sandbox(EXAMPLE);
    await mkdir(path.join(box.backupDir, '.staging-crashed-99999/files'), { recursive: true });
    await writeFile(path.join(box.backupDir, '.staging-crashed-99999/files/teams.json'), '{"half":');
    expect((await runCli(['-c', box.configDir, 'list'])).stdout).toContain('No backups yet');
    expect((await runCli(['-c', box.configDir, 'create', 'next'])).code).toBe(0);
    expect((await readdir(box.backupDir)).filter((e) => e.startsWith('.staging'))).toEqual([]);
  });

  it('8 processes creating, listing and verifying at once: no lost or duplicate backup, none corrupt', async () => {
    box = await sandbox(EXAMPLE);
    const creates = Array.from({ length: 6 }, (_, i) =>
      runCli(['-c', box.configDir, '--json', '--lock-timeout', '30', 'create', ...(i % 2 === 0 ? [] : [`named-${i}`])]),
    );
    const readers = [
      runCli(['-c', box.configDir, '--json', 'list']),
      runCli(['-c', box.configDir, '--json', 'verify']),
    ];
    const results = await Promise.all([...creates, ...readers]);
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    const names = results.slice(0, 6).map((r) => JSON.parse(r.stdout).name as string);
    expect(new Set(names).size).toBe(6);
    const onDisk = (await readdir(box.backupDir)).filter((e) => !e.startsWith('.') && e !== 'history.jsonl');
    expect(onDisk.sort()).toEqual([...names].sort());
    const verify = await runCli(['-c', box.configDir, '--json', 'verify']);
    expect(verify.code).toBe(0);
    expect(JSON.parse(verify.stdout).results).toHaveLength(6);
    const history = (await readFile(path.join(box.backupDir, 'history.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(history.filter((h) => h.operation === 'create' && h.outcome === 'success')).toHaveLength(6);
  });
});
