// Azurite (Microsoft's Azure Storage emulator) as the blob storage behind the artifact service double.
// It needs Node >= 22, so it runs under the Node 24 binary in tools/node24, never the system Node.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const NODE24 = path.join(ROOT, 'tools/node24/node_modules/node/bin/node');
export const AZURITE_BLOB_MAIN = path.join(ROOT, 'tools/node24/node_modules/azurite/dist/src/blob/main.js');

/** Azurite's fixed development account: public, documented, and accepted by nothing but the emulator. */
export const DEV_ACCOUNT = 'devstoreaccount1';
export const DEV_ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/** Thrown when Azurite or Node 24 is not installed; tests turn it into a skip. */
export class AzuriteUnavailableError extends Error {}

export interface Azurite {
  /** Blob endpoint including the account, e.g. http://127.0.0.1:41234/devstoreaccount1 */
  blobEndpoint: string;
  port: number;
  stop(): Promise<void>;
}

export function azuriteAvailable(): boolean {
  return existsSync(NODE24) && existsSync(AZURITE_BLOB_MAIN);
}

/** Starts the blob service on a free loopback port, in memory, with telemetry off; resolves once it listens. */
export async function startAzurite(opts: { timeoutMs?: number; debugLog?: string } = {}): Promise<Azurite> {
  if (!azuriteAvailable()) {
    throw new AzuriteUnavailableError(
      `Azurite or Node 24 missing (${NODE24}, ${AZURITE_BLOB_MAIN}): run \`npm ci --prefix tools/node24\``,
    );
  }
  // Azurite writes nothing with --inMemoryPersistence, but it checks that its workspace exists; give it a private one.
  const workspace = await mkdtemp(path.join(tmpdir(), 'azurite-'));
  const args = [
    AZURITE_BLOB_MAIN,
    '--blobHost',
    '127.0.0.1',
    '--blobPort',
    '0',
    '--inMemoryPersistence',
    '--extentMemoryLimit',
    '256',
    '--skipApiVersionCheck',
    '--disableTelemetry',
    '--loose',
    ...(opts.debugLog ? ['--debug', opts.debugLog] : ['--silent']),
  ];
  // AZURITE_DB, even empty, switches Azurite to SQL metadata, which --inMemoryPersistence refuses.
  const { AZURITE_DB: _sql, ...env } = process.env;
  const child = spawn(NODE24, args, { cwd: workspace, stdio: ['ignore', 'pipe', 'pipe'], env });
  let output = '';
  try {
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`Azurite did not start within ${opts.timeoutMs ?? 20_000} ms:\n${output}`)),
        opts.timeoutMs ?? 20_000,
      );
      const onData = (d: Buffer) => {
        output += d.toString();
        // The only reliable readiness signal: the line with the port the OS picked for --blobPort 0.
        const m = /successfully listens on https?:\/\/[^:\s]+:(\d+)/.exec(output);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`Azurite exited with ${code} before listening:\n${output}`));
      });
    });
    return {
      port,
      blobEndpoint: `http://127.0.0.1:${port}/${DEV_ACCOUNT}`,
      stop: async () => {
        await stopChild(child);
        await rm(workspace, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await stopChild(child);
    await rm(workspace, { recursive: true, force: true });
    throw err;
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}
