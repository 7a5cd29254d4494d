import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { runCli, type Sandbox } from './sandbox.js';

/** The size that broke the old fixed 10,000-entry cap. */
export const SMALL_FILES = 10_103;
const LONG = { timeoutMs: 600_000 };

/** Writes SMALL_FILES tiny agent files under the box's config, 500 at a time (one promise each would exhaust fds). */
export async function writeSmallAgents(box: Sandbox): Promise<void> {
  const agents = path.join(box.configDir, 'agents');
  await mkdir(agents);
  for (let i = 0; i < SMALL_FILES; i += 500) {
    await Promise.all(
      Array.from({ length: Math.min(500, SMALL_FILES - i) }, (_, k) =>
        writeFile(path.join(agents, `agent-${String(i + k).padStart(5, '0')}.json`), `{"id":${i + k}}`),
      ),
    );
  }
}

/** Creates backup `name` of the box's config (it must list `files` files) and exports it; returns the archive. */
export async function createAndExport(box: Sandbox, name: string, files: number): Promise<string> {
  const created = await runCli(['-c', box.configDir, '--json', 'create', name], LONG);
  expect(created.code, created.stderr).toBe(0);
  expect(JSON.parse(created.stdout).files).toHaveLength(files);
  const archive = path.join(box.dir, `${name}.tar.gz`);
  const exported = await runCli(['-c', box.configDir, 'export', name, '-o', archive], LONG);
  expect(exported.code, exported.stderr).toBe(0);
  return archive;
}

/**
 * Imports `archive` into a fresh store with the Node at `bin` and checks it arrived whole: backup `name` with
 * `files` files, the store verifies, and the backup equals the config it was taken from, file for file.
 */
export async function expectImportsWhole(
  box: Sandbox,
  archive: string,
  expected: { name: string; files: number },
  bin: string,
): Promise<void> {
  const store = await mkdtemp(path.join(tmpdir(), 'orch-import-'));
  const run = (args: string[]) => runCli(['-c', box.configDir, '-b', store, ...args], { node: bin, ...LONG });
  try {
    const imported = await run(['--json', 'import', archive]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject(expected);
    const verified = await run(['verify']);
    expect(verified.code, verified.stderr).toBe(0);
    const diff = await run(['--json', 'diff', expected.name]);
    expect(diff.code, diff.stderr).toBe(0);
    expect(JSON.parse(diff.stdout).files.every((f: { status: string }) => f.status === 'unchanged')).toBe(true);
  } finally {
    await rm(store, { recursive: true, force: true });
  }
}
