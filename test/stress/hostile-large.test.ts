/** Hostile input too slow for `npm test`: a 50 MB single config file. */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, sandbox, type Sandbox } from '../helpers/sandbox.js';

let box: Sandbox;
afterEach(async () => box?.cleanup());

describe('resource limits', () => {
  it('a 50 MB single file is backed up (compressed), verified and restored byte-exact', async () => {
    box = await sandbox();
    const big = Buffer.from(
      `{"blob":[${Array.from({ length: 5_000_000 }, (_, i) => i % 1000).join(',')}],"pad":"${'p'.repeat(50 * 1024 * 1024 - 19_000_000)}"}`,
    );
    expect(big.length).toBeGreaterThan(50 * 1000 * 1000);
    await writeFile(path.join(box.configDir, 'big.json'), big);
    const created = await runCli(['-c', box.configDir, '--json', 'create', 'big'], { timeoutMs: 240_000 });
    expect(created.code, created.stderr).toBe(0);
    expect(
      JSON.parse(created.stdout).compressed ??
        JSON.parse((await runCli(['-c', box.configDir, '--json', 'show', 'big'])).stdout).manifest.compression,
    ).toBeTruthy();
    await writeFile(path.join(box.configDir, 'big.json'), '{}');
    expect((await runCli(['-c', box.configDir, '--yes', 'restore', 'big'], { timeoutMs: 240_000 })).code).toBe(0);
    expect(Buffer.compare(await readFile(path.join(box.configDir, 'big.json')), big)).toBe(0);
  }, 300_000);
});
