import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CURRENT, compareBackups } from '../src/core/inspect/diff-backups.js';
import { createBackup } from '../src/core/create/create.js';
import { diffSnapshots, migrationPath, type DiffResult } from '../src/core/diff/index.js';
import { readBackupFiles } from '../src/core/inspect/backup-files.js';
import { DEFAULT_SETTINGS } from '../src/core/config/settings.js';
import { readSnapshot } from '../src/core/config/snapshot.js';
import type { ConfigDocument } from '../src/core/validate/types.js';
import { tamper } from './helpers/damage.js';
import { sandbox, type Sandbox } from './helpers/sandbox.js';

/**
 * compareBackups reads only files whose hashes differ and walks the migration path one pair at
 * a time. Its result must stay what reading every backup whole gave: the eager functions
 * (readBackupFiles, diffSnapshots, migrationPath) are the reference.
 */

let box: Sandbox;
const secretKeys = DEFAULT_SETTINGS.secretKeys;
const T0 = Date.parse('2024-03-01T10:00:00Z');

const json = (file: string, value: unknown, indent = 2): ConfigDocument => ({
  path: file,
  bytes: Buffer.from(`${JSON.stringify(value, null, indent)}\n`),
});
const raw = (file: string, text: string): ConfigDocument => ({ path: file, bytes: Buffer.from(text) });

/** Six states of a config: teams added and renamed, a reformat, files added and removed, broken JSON fixed, no change at all. */
const STATES: ConfigDocument[][] = [
  [
    json('settings.json', { version: '1.0.0', mode: 'auto' }),
    json('teams.json', { version: '1.0.0', teams: { a: { lead: 'x' } } }),
    json('workflows.json', { workflows: { w: { days: 1 } } }),
    raw('broken.json', '{"a": '),
    json('notes.json', { note: 'n' }),
  ],
  [
    json('settings.json', { version: '1.1.0', mode: 'auto' }),
    json('teams.json', { version: '1.1.0', teams: { a: { lead: 'x' }, b: { lead: 'y' } } }),
    json('workflows.json', { workflows: { w: { days: 1 } } }, 0),
    raw('broken.json', '{"a": '),
    json('notes.json', { note: 'n' }),
  ],
  [
    json('settings.json', { version: '1.1.0', mode: 'auto' }),
    json('teams.json', { version: '1.1.0', teams: { a: { lead: 'x' }, b: { lead: 'y' } } }),
    json('workflows.json', { workflows: { w: { days: 1 } } }, 0),
    raw('broken.json', '[1,'),
    json('extra.json', { agents: [{ id: 'p' }] }),
  ],
  [
    json('settings.json', { version: '1.1.0', mode: 'auto' }),
    json('teams.json', { version: '1.1.0', teams: { a: { lead: 'x' }, b: { lead: 'y' } } }),
    json('workflows.json', { workflows: { w: { days: 1 } } }, 0),
    raw('broken.json', '[1,'),
    json('extra.json', { agents: [{ id: 'p' }] }),
  ],
  [
    json('settings.json', { version: '2.0.0', mode: 'manual' }),
    json('teams.json', { version: '2.0.0', teams: { c: { lead: 'x' }, b: { lead: 'y' } } }),
    json('workflows.json', { workflows: { w: { days: 2 }, v: { days: 3 } } }),
    json('broken.json', [1]),
    json('extra.json', { agents: [{ id: 'q' }] }),
  ],
  [json('settings.json', { version: '2.1.0', mode: 'manual' })],
];
const NAMES = STATES.map((_, i) => `b${i}`);

async function eager(from: string, to: string, chain: string[]): Promise<DiffResult> {
  const load = async (name: string): Promise<ConfigDocument[]> =>
    name === CURRENT
      ? (await readSnapshot({ configDir: box.configDir, backupDir: box.backupDir, settings: DEFAULT_SETTINGS })).files
      : (await readBackupFiles(box.backupDir, name)).files;
  // Results label the live config `current`.
  const label = (name: string): string => (name === CURRENT ? 'current' : name);
  const result = diffSnapshots(await load(from), await load(to), {
    secretKeys,
    fromLabel: label(from),
    toLabel: label(to),
  });
  if (from === CURRENT || to === CURRENT) return result;
  const steps = [];
  for (const name of chain) {
    const { manifest, files } = await readBackupFiles(box.backupDir, name);
    steps.push({ name, createdAt: manifest.createdAt, configVersion: manifest.configVersion, files });
  }
  return { ...result, migrationPath: migrationPath(steps, { secretKeys }) };
}

async function lazy(from: string, to: string): Promise<DiffResult> {
  return compareBackups(from, to, { configDir: box.configDir, backupDir: box.backupDir, settings: DEFAULT_SETTINGS });
}

/** Same result, down to the key order of the --json output. */
function expectSame(actual: DiffResult, expected: DiffResult): void {
  expect(JSON.stringify(actual, null, 1)).toBe(JSON.stringify(expected, null, 1));
}

beforeEach(async () => {
  box = await sandbox(null);
  await mkdir(box.configDir, { recursive: true });
  for (const [i, documents] of STATES.entries()) {
    await createBackup({
      configDir: box.configDir,
      backupDir: box.backupDir,
      name: NAMES[i] as string,
      documents,
      allowInvalid: true,
      now: new Date(T0 + i * 60_000),
    });
  }
});
afterEach(async () => box?.cleanup());

describe('compareBackups against reading every backup whole', () => {
  it('gives the same result and migration path over several backups, both ways and over part of the chain', async () => {
    for (const [from, to, chain] of [
      ['b0', 'b4', ['b0', 'b1', 'b2', 'b3', 'b4']],
      ['b4', 'b0', ['b4', 'b3', 'b2', 'b1', 'b0']],
      ['b1', 'b3', ['b1', 'b2', 'b3']],
      ['b0', 'b5', NAMES],
      ['b2', 'b2', ['b2']],
    ] as const) {
      const expected = await eager(from, to, [...chain]);
      expect(expected.migrationPath).toHaveLength(chain.length - 1);
      expectSame(await lazy(from, to), expected);
    }
    // The steps tell apart what the states changed, so the comparison above compares something.
    expect((await lazy('b0', 'b4')).migrationPath.map((s) => s.summary)).toEqual([
      '1.0.0 → 1.1.0: +1 team, 1 file formatting only',
      '1.1.0 → 1.1.0: +1 file, -1 file, 1 file not comparable',
      '1.1.0 → 1.1.0: no changes',
      '1.1.0 → 2.0.0: +1 workflow, 1 workflow modified, 1 agent renamed, 1 team renamed, 1 field changed, 1 file not comparable',
    ]);
  });

  it('gives the same result against the current config, both ways', async () => {
    for (const document of [...(STATES[4] as ConfigDocument[]), json('new.json', { version: '9', x: 1 })]) {
      await mkdir(path.dirname(path.join(box.configDir, document.path)), { recursive: true });
      await writeFile(path.join(box.configDir, document.path), document.bytes);
    }
    await writeFile(path.join(box.configDir, 'teams.json'), '{"version": "2.0.0", "teams": {}}');
    for (const [from, to] of [
      ['b2', CURRENT],
      [CURRENT, 'b0'],
      [CURRENT, CURRENT],
    ] as const)
      expectSame(await lazy(from, to), await eager(from, to, []));
  });

  it('leaves backups with a broken manifest out of the path, as before', async () => {
    const manifestFile = path.join(box.backupDir, 'b2', 'manifest.json');
    await writeFile(manifestFile, (await readFile(manifestFile, 'utf8')).replace('"b2"', '"b2x"'));
    const result = await lazy('b0', 'b4');
    expect(result.migrationPath.map((s) => `${s.from}→${s.to}`)).toEqual(['b0→b1', 'b1→b3', 'b3→b4']);
  });

  it('reads only the files that differ, between the two sides and along the path; those it reads are checked', async () => {
    const expected = await lazy('b0', 'b4');
    // Never compared with different bytes: notes.json of b0 (same in b1, then removed), settings.json
    // and workflows.json of b2 (the same in b1 and b3).
    await tamper(box.backupDir, 'b0', 'notes.json');
    await tamper(box.backupDir, 'b2', 'settings.json');
    await tamper(box.backupDir, 'b2', 'workflows.json');
    expectSame(await lazy('b0', 'b4'), expected);
    // teams.json differs between b0 and b1, so the first step reads it.
    await tamper(box.backupDir, 'b1', 'teams.json');
    await expect(lazy('b0', 'b4')).rejects.toThrow(/backup "b1" is damaged: teams\.json/);
  });
});
