import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAndExport, expectImportsWhole, SMALL_FILES, writeSmallAgents } from './helpers/archive-roundtrip.js';
import { EXAMPLE, nodeBinaries, runCli, runProcess, sandbox, type Sandbox } from './helpers/sandbox.js';

/*
 * Every export imports again, on every Node the CLI runs on: a backup create accepted with
 * 10,103 files (beyond the old fixed 10,000-entry cap) goes through export and import, and an
 * archive with a compressed stream inside its gzip is refused in one line on Node 20 and
 * Node 24 alike. (The 150 MB file case runs with npm run test:stress: archive-large.test.ts.)
 */

let box: Sandbox;
let archive: string;
const nodes = nodeBinaries();

describe('a backup beyond the old entry cap', () => {
  beforeAll(async () => {
    box = await sandbox(EXAMPLE);
    await writeSmallAgents(box);
    archive = await createAndExport(box, 'many', SMALL_FILES + 3);
  }, 600_000);
  afterAll(async () => box?.cleanup());

  describe.each(nodes)('on $label', ({ bin }) => {
    it('an export of a backup with 10,103 files imports again, verified and equal', async () => {
      await expectImportsWhole(box, archive, { name: 'many', files: SMALL_FILES + 3 }, bin);
    }, 600_000);
  });
});

/** The tar stream of a small real export, compressed with `compress`, then gzipped. */
async function nested(name: string, compress: string[]): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'orch-nested-'));
  const small = await sandbox(EXAMPLE);
  try {
    expect((await runCli(['-c', small.configDir, 'create', 'small'])).code).toBe(0);
    const tgz = path.join(dir, 'small.tar.gz');
    expect((await runCli(['-c', small.configDir, 'export', 'small', '-o', tgz])).code).toBe(0);
    const file = path.join(dir, name);
    const shell = `gzip -dc ${JSON.stringify(tgz)} | ${compress.join(' ')} | gzip -c > ${JSON.stringify(file)}`;
    expect((await runProcess('sh', ['-c', shell])).code).toBe(0);
    return file;
  } finally {
    await small.cleanup();
  }
}

describe('nested compression', () => {
  const cases = [
    { format: 'zstd', compress: ['zstd', '-q', '-c'] },
    { format: 'gzip', compress: ['gzip', '-c'] },
    { format: 'xz', compress: ['xz', '-c'] },
    { format: 'bzip2', compress: ['bzip2', '-c'] },
  ];
  it.each(cases)(
    'a gzip holding a $format stream is refused in one line on every Node',
    async ({ format, compress }) => {
      const available = await runProcess('sh', ['-c', `command -v ${compress[0]}`]);
      if (available.code !== 0) return console.warn(`nested compression: ${compress[0]} is not installed; skipped`);
      const file = await nested(`inner-${format}.tar.gz`, compress);
      for (const { label, bin } of nodes) {
        const store = await mkdtemp(path.join(tmpdir(), 'orch-import-'));
        try {
          const result = await runCli(['-c', EXAMPLE, '-b', store, 'import', file], { node: bin });
          expect(result.code, `${label}: ${result.stderr}`).toBe(1);
          expect(result.stderr.trim().split('\n'), label).toHaveLength(1);
          expect(result.stderr, label).toContain(
            `the gzip stream holds a ${format}-compressed stream, not a tar archive`,
          );
          expect(result.stderr, label).not.toMatch(/\n\s+at /);
          expect(
            (await readdir(store)).filter((n) => !n.startsWith('.') && n !== 'history.jsonl'),
            label,
          ).toEqual([]);
        } finally {
          await rm(store, { recursive: true, force: true });
        }
      }
    },
    120_000,
  );
});
