import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BIN, EXAMPLE, IS_ROOT, ROOT, runCli, runProcess, sandbox, type Sandbox } from './helpers/sandbox.js';

/*
 * Locks whose holder this process cannot see: another PID namespace (a container with the same
 * host name), /proc mounted hidepid=2, another host. Each must make writers wait, never be
 * stolen while it is fresh, expire by age, and be removable with `unlock` after it says whose.
 */

let box: Sandbox;
const holders: (() => void)[] = [];
afterEach(async () => {
  for (const stop of holders.splice(0)) stop();
  await box?.cleanup();
});

const NOBODY = 65534;
const backups = async (): Promise<string[]> =>
  (await readdir(box.backupDir)).filter((n) => !n.startsWith('.') && n !== 'history.jsonl').sort();
const lockFile = (): string => path.join(box.backupDir, '.lock');
const MINUTE = 60_000;

/** A real process that takes the store lock through the library and holds it, optionally inside `wrapper` (unshare). */
async function holdLock(backupDir: string, wrapper: string[] = []): Promise<{ pid: number; stop: () => void }> {
  await mkdir(backupDir, { recursive: true });
  const script = `
    const { acquireLock } = await import(${JSON.stringify(path.join(ROOT, 'lib/core/store/lock.js'))});
    await acquireLock(${JSON.stringify(backupDir)}, { command: 'test-holder', timeoutMs: 1000 });
    process.stdout.write(String(process.pid) + '\\n');
    setTimeout(() => {}, 120_000);`;
  const [command, ...args] = [...wrapper, process.execPath, '--input-type=module', '-e', script];
  const child = spawn(command as string, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const pid = await new Promise<number>((resolve, reject) => {
    child.stdout.once('data', (d: Buffer) => resolve(Number(d.toString().trim())));
    child.once('exit', (code) => reject(new Error(`holder exited ${code}`)));
  });
  const stop = (): void => void child.kill('SIGKILL');
  holders.push(stop);
  return { pid, stop };
}

async function canRun(command: string[]): Promise<boolean> {
  if (!IS_ROOT) return false;
  const probe = await runProcess(command[0] as string, [...command.slice(1), 'true']).catch(() => null);
  return probe?.code === 0;
}

const UNSHARE_PID = ['unshare', '--pid', '--fork', '--mount-proc', '--kill-child'];
const pidNamespaces = await canRun(UNSHARE_PID);
const privateMounts = await canRun(['unshare', '-m']);
if (!pidNamespaces) console.warn('lock-holders: skipping the PID-namespace case (needs root and unshare --pid)');
if (!privateMounts) console.warn('lock-holders: skipping the hidepid case (needs root and unshare -m)');

describe('locks held where this process cannot look', () => {
  it.skipIf(!pidNamespaces)(
    'a holder in another PID namespace (same host name) is never stolen; once it stops refreshing for 30 min it is stale',
    async () => {
      box = await sandbox(EXAMPLE);
      expect((await runCli(['-c', box.configDir, 'create', 'before'])).code).toBe(0);
      const holder = await holdLock(box.backupDir, UNSHARE_PID);
      // Inside its namespace the holder is PID 1: here PID 1 is init, alive, with another start time.
      expect(holder.pid).toBe(1);
      const lock = JSON.parse(await readFile(lockFile(), 'utf8'));
      expect(lock.pidNamespace).toMatch(/^pid:\[\d+\]$/);
      expect(lock.bootId).toMatch(/^[0-9a-f-]{36}$/);

      const busy = await runCli(['-c', box.configDir, '--lock-timeout', '0.3', 'create', 'during']);
      expect(busy.code, busy.stderr).toBe(3);
      expect(busy.stderr).toContain(
        `store is busy: process 1 on host ${JSON.stringify(hostname())} (test-holder, since `,
      );
      const refused = await runCli(['-c', box.configDir, 'unlock']);
      expect(refused.code).toBe(3);
      expect(refused.stderr).toMatch(/is held by process 1 on host .* another PID namespace .*nothing was removed/);
      expect(existsSync(lockFile())).toBe(true);

      // The holder dies; its lock still cannot be judged by PID, only by age.
      holder.stop();
      await vi.waitFor(async () => expect((await runProcess('pgrep', ['-f', 'test-holder'])).code).toBe(1), {
        timeout: 5000,
      });
      expect((await runCli(['-c', box.configDir, '--lock-timeout', '0.2', 'create', 'still-during'])).code).toBe(3);
      const longAgo = new Date(Date.now() - 31 * MINUTE);
      await utimes(lockFile(), longAgo, longAgo);
      const unlocked = await runCli(['-c', box.configDir, 'unlock']);
      expect(unlocked.code, unlocked.stderr).toBe(0);
      expect(unlocked.stdout).toMatch(
        /Removed the stale lock of process 1 on host .*test-holder.*has not refreshed the lock for 31 minutes/,
      );
      expect((await runCli(['-c', box.configDir, 'create', 'after'])).code).toBe(0);
      expect(await backups()).toEqual(['after', 'before']);
      expect((await runCli(['-c', box.configDir, 'verify'])).code).toBe(0);
    },
  );

  it.skipIf(!privateMounts)('a holder hidden by /proc hidepid=2 is alive, not dead', async () => {
    box = await sandbox(EXAMPLE);
    await runProcess('chown', ['-R', `${NOBODY}:${NOBODY}`, box.dir]);
    const holder = await holdLock(box.backupDir);
    // The CLI runs as another user in a private mount namespace whose /proc hides other users' processes.
    const hidden = (inner: string[]): Promise<Awaited<ReturnType<typeof runProcess>>> =>
      runProcess('unshare', [
        '-m',
        'sh',
        '-c',
        'mount -t proc -o hidepid=2 proc /proc && exec setpriv --reuid=65534 --regid=65534 --clear-groups "$@"',
        'sh',
        ...inner,
      ]);
    expect((await hidden(['test', '-e', `/proc/${holder.pid}`])).code).toBe(1);
    const busy = await hidden([
      process.execPath,
      BIN,
      '-c',
      box.configDir,
      '--lock-timeout',
      '0.3',
      'create',
      'during',
    ]);
    expect(busy.code, busy.stderr).toBe(3);
    expect(busy.stderr).toContain(`store is busy: process ${holder.pid} on host`);
    expect(existsSync(path.join(box.backupDir, 'during'))).toBe(false);
    expect(JSON.parse(await readFile(lockFile(), 'utf8')).pid).toBe(holder.pid);
    holder.stop();
  });

  it('a lock from another host names it, waits while fresh, and is stale after 30 minutes without a refresh', async () => {
    box = await sandbox(EXAMPLE);
    await mkdir(box.backupDir, { recursive: true });
    const foreign = {
      pid: 4242,
      hostname: 'build-agent-7',
      bootId: '00000000-0000-0000-0000-000000000007',
      pidNamespace: 'pid:[4026531836]',
      command: 'create',
      acquiredAt: '2026-01-02T03:04:05.000Z',
    };
    await writeFile(lockFile(), JSON.stringify(foreign));
    const busy = await runCli(['-c', box.configDir, '--lock-timeout', '0.3', 'create']);
    expect(busy.code).toBe(3);
    expect(busy.stderr).toContain(
      'store is busy: process 4242 on host "build-agent-7" (create, since 2026-01-02T03:04:05.000Z) holds',
    );
    expect(busy.stderr).toContain('orch-backup unlock');
    const refused = await runCli(['-c', box.configDir, '--json', 'unlock']);
    expect(refused.code).toBe(3);
    expect(JSON.parse(refused.stderr).error.code).toBe('LOCK_HELD');

    const forced = await runCli(['-c', box.configDir, 'unlock', '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toContain('Removed the lock (forced) of process 4242 on host "build-agent-7"');
    expect(existsSync(lockFile())).toBe(false);
    expect((await runCli(['-c', box.configDir, 'unlock'])).stdout).toBe('No lock: the store is free.\n');

    await writeFile(lockFile(), JSON.stringify(foreign));
    const longAgo = new Date(Date.now() - 31 * MINUTE);
    await utimes(lockFile(), longAgo, longAgo);
    const taken = await runCli(['-c', box.configDir, '--lock-timeout', '0.3', 'create', 'taken-over']);
    expect(taken.code, taken.stderr).toBe(0);
    expect(existsSync(lockFile())).toBe(false);
    const history = (await readFile(path.join(box.backupDir, 'history.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(history.find((h) => h.operation === 'unlock').detail).toContain('process 4242 on host build-agent-7');
  });

  it('a holder refreshes its lock while it holds it', async () => {
    box = await sandbox(EXAMPLE);
    await mkdir(box.backupDir, { recursive: true });
    const { acquireLock, inspectLock } = await import('../src/core/store/lock.js');
    const lock = await acquireLock(box.backupDir, { command: 'test', timeoutMs: 1000, refreshMs: 20 });
    try {
      const longAgo = new Date(Date.now() - 60 * MINUTE);
      await utimes(lock.path, longAgo, longAgo);
      await vi.waitFor(async () => expect((await inspectLock(box.backupDir))?.ageMs).toBeLessThan(MINUTE), {
        timeout: 5000,
        interval: 20,
      });
      const status = await inspectLock(box.backupDir);
      expect(status).toMatchObject({ stale: false, holder: { pid: process.pid, hostname: hostname() } });
    } finally {
      await lock.release();
    }
    expect(existsSync(path.join(box.backupDir, '.lock'))).toBe(false);
  });
});
