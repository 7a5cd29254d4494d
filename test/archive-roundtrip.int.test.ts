import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
const SMALL_FILES = 10_103;

describe('a backup beyond the old entry cap', () => {
  beforeAll(async () => {
    box = await sandbox(EXAMPLE);
    const agents = path.join(box.configDir, 'agents');
    await mkdir(agents);
    for (let i = 0; i < SMALL_FILES; i += 500) {
      await Promise.all(
        Array.from({ length: Math.min(500, SMALL_FILES - i) }, (_, k) =>
          writeFile(path.join(agents, `agent-${String(i + k).padStart(5, '0')}.json`), `{"id":${i + k}}`),
        ),
      );
    }
    const created = await runCli(['-c', box.configDir, '--json', 'create', 'many'], { timeoutMs: 600_000 });
    expect(created.code, created.stderr).toBe(0);
    expect(JSON.parse(created.stdout).files).toHaveLength(SMALL_FILES + 3);
    archive = path.join(box.dir, 'many.tar.gz');
    const exported = await runCli(['-c', box.configDir, 'export', 'many', '-o', archive], { timeoutMs: 600_000 });
    expect(exported.code, exported.stderr).toBe(0);
  }, 600_000);
  afterAll(async () => box?.cleanup());

  describe.each(nodes)('on $label', ({ bin }) => {
    it('an export of a backup with 10,103 files imports again, verified and equal', async () => {
      const store = await mkdtemp(path.join(tmpdir(), 'orch-import-'));
      try {
        const imported = await runCli(['-c', box.configDir, '-b', store, '--json', 'import', archive], {
          node: bin,
          timeoutMs: 600_000,
        });
        expect(imported.code, imported.stderr).toBe(0);
        expect(JSON.parse(imported.stdout)).toMatchObject({ name: 'many', files: SMALL_FILES + 3 });
        expect(
          (await runCli(['-c', box.configDir, '-b', store, 'verify'], { node: bin, timeoutMs: 600_000 })).code,
        ).toBe(0);
        const diff = await runCli(['-c', box.configDir, '-b', store, '--json', 'diff', 'many'], {
          node: bin,
          timeoutMs: 600_000,
        });
        expect(diff.code, diff.stderr).toBe(0);
        expect(JSON.parse(diff.stdout).files.every((f: { status: string }) => f.status === 'unchanged')).toBe(true);
      } finally {
        await rm(store, { recursive: true, force: true });
      }
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
