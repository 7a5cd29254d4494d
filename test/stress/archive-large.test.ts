import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, nodeBinaries, runCli, sandbox, type Sandbox } from '../helpers/sandbox.js';

/*
 * Every export imports again, at the size that broke the fixed caps: a backup create accepted
 * with one 150 MB file beside 10,103 small ones goes through export and import on every Node
 * the CLI runs on. (The 10,103 files alone run in npm test: archive-roundtrip.int.test.ts.)
 */

let box: Sandbox;
let archive: string;
const nodes = nodeBinaries();
const BIG_BYTES = 150 * 1024 * 1024;
const SMALL_FILES = 10_103;

/** A 150 MB JSON document written in slices (a string that size would be a waste of memory). */
async function writeBigJson(file: string): Promise<void> {
  const out = createWriteStream(file);
  const write = (text: string): Promise<void> =>
    new Promise((resolve) => (out.write(text) ? resolve() : out.once('drain', () => resolve())));
  await write('{"version":"1.0.0","records":[');
  let size = 0;
  for (let i = 0; size < BIG_BYTES; ) {
    const rows: string[] = [];
    for (let j = 0; j < 5000; j++, i++)
      rows.push(
        `${i ? ',' : ''}{"id":${i},"agent":"agent-${i % 997}","note":"${'n'.repeat(40)}${(i * 7919) % 100_000}"}`,
      );
    const chunk = rows.join('');
    size += chunk.length;
    await write(chunk);
  }
  await write(']}');
  await new Promise((resolve) => out.end(resolve));
}

describe('a backup at the size create accepts', () => {
  beforeAll(async () => {
    box = await sandbox(EXAMPLE);
    await writeBigJson(path.join(box.configDir, 'big.json'));
    const agents = path.join(box.configDir, 'agents');
    await mkdir(agents);
    for (let i = 0; i < SMALL_FILES; i += 500) {
      await Promise.all(
        Array.from({ length: Math.min(500, SMALL_FILES - i) }, (_, k) =>
          writeFile(path.join(agents, `agent-${String(i + k).padStart(5, '0')}.json`), `{"id":${i + k}}`),
        ),
      );
    }
    const created = await runCli(['-c', box.configDir, '--json', 'create', 'huge'], { timeoutMs: 600_000 });
    expect(created.code, created.stderr).toBe(0);
    expect(JSON.parse(created.stdout).files).toHaveLength(SMALL_FILES + 4);
    archive = path.join(box.dir, 'huge.tar.gz');
    const exported = await runCli(['-c', box.configDir, 'export', 'huge', '-o', archive], { timeoutMs: 600_000 });
    expect(exported.code, exported.stderr).toBe(0);
  }, 900_000);
  afterAll(async () => box?.cleanup());

  describe.each(nodes)('on $label', ({ bin }) => {
    it('an export of a backup with a 150 MB file and 10,103 files imports again, verified', async () => {
      const store = await mkdtemp(path.join(tmpdir(), 'orch-import-'));
      try {
        const imported = await runCli(['-c', box.configDir, '-b', store, '--json', 'import', archive], {
          node: bin,
          timeoutMs: 600_000,
        });
        expect(imported.code, imported.stderr).toBe(0);
        expect(JSON.parse(imported.stdout)).toMatchObject({ name: 'huge', files: SMALL_FILES + 4 });
        const verified = await runCli(['-c', box.configDir, '-b', store, '--json', 'verify'], {
          node: bin,
          timeoutMs: 600_000,
        });
        expect(verified.code, verified.stderr).toBe(0);
        // Same content as the original, file for file.
        const diff = await runCli(['-c', box.configDir, '-b', store, '--json', 'diff', 'huge'], {
          node: bin,
          timeoutMs: 600_000,
        });
        expect(diff.code, diff.stderr).toBe(0);
        expect(JSON.parse(diff.stdout).files.every((f: { status: string }) => f.status === 'unchanged')).toBe(true);
      } finally {
        await rm(store, { recursive: true, force: true });
      }
    }, 900_000);
  });
});
