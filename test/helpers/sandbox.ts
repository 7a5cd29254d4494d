import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(ROOT, 'bin/orch-backup.js');
/** This project's own two-version team configuration (see test/fixtures/team/README.md). */
export const FIXTURES = path.join(ROOT, 'test/fixtures/team');
export const EXAMPLE = path.join(ROOT, 'examples/orchestration');

/** Node binaries the CLI is tested on: this one, and Node 24 (what GitHub runs) when installed. */
export const NODE24 = path.join(ROOT, 'tools/node24/node_modules/node/bin/node');
export function nodeBinaries(): { label: string; bin: string }[] {
  const list = [{ label: `node ${process.versions.node}`, bin: process.execPath }];
  if (existsSync(NODE24) && !process.versions.node.startsWith('24.')) list.push({ label: 'node 24', bin: NODE24 });
  return list;
}

export interface Sandbox {
  dir: string;
  configDir: string;
  backupDir: string;
  cleanup(): Promise<void>;
}

/** A fresh temporary directory holding a copy of `source` as its config dir. */
export async function sandbox(source: string | null = path.join(FIXTURES, 'v2')): Promise<Sandbox> {
  const dir = await mkdtemp(path.join(tmpdir(), 'orch-backup-test-'));
  const configDir = path.join(dir, '.claude/orchestration');
  if (source) await cp(source, configDir, { recursive: true });
  return {
    dir,
    configDir,
    backupDir: path.join(configDir, '.backups'),
    cleanup: async () => {
      await chmodTree(dir);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Registers, for the calling test file, removal after each test of the directories it makes:
 * returns `tempDir(prefix)`, a fresh directory under the system temp dir.
 */
export function tempDirsPerTest(): (prefix: string) => Promise<string> {
  const made: string[] = [];
  afterEach(async () => {
    for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
  });
  return async (prefix) => {
    const dir = await mkdtemp(path.join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}

async function chmodTree(dir: string): Promise<void> {
  const { execFile } = await import('node:child_process');
  await new Promise((resolve) => execFile('chmod', ['-R', 'u+rwX', dir], () => resolve(undefined)));
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  input?: string;
  node?: string;
  timeoutMs?: number;
  /** Run as this user (tests run as root, which ignores file permissions). */
  uid?: number;
  gid?: number;
}

/** Runs the built CLI as a real process. */
export function runCli(args: string[], options: RunOptions = {}): Promise<RunResult> {
  return runProcess(options.node ?? process.execPath, [BIN, ...args], options);
}

export function runProcess(command: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries({ ...process.env, NO_COLOR: '1', ...options.env })) {
      if (value !== undefined && !key.startsWith('ORCH_BACKUP_')) env[key] = value;
    }
    for (const [key, value] of Object.entries(options.env ?? {})) if (value !== undefined) env[key] = value;
    const ids = options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {};
    const child = spawn(command, args, { cwd: options.cwd ?? ROOT, env, stdio: ['pipe', 'pipe', 'pipe'], ...ids });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    // A process that exits before reading stdin makes the write fail with EPIPE: not the test's concern.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

/** Mounts a small tmpfs (root only) so tests can fill a disk or make it read-only for real. */
export async function mountTmpfs(dir: string, sizeKb: number): Promise<(() => Promise<void>) | null> {
  const { mkdir } = await import('node:fs/promises');
  await mkdir(dir, { recursive: true });
  const mount = await runProcess('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir]).catch(() => null);
  if (!mount || mount.code !== 0) return null;
  return async () => {
    await runProcess('umount', ['-l', dir]);
  };
}

export async function remountReadOnly(dir: string): Promise<boolean> {
  const result = await runProcess('mount', ['-o', 'remount,ro', dir]);
  return result.code === 0;
}

export const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;
