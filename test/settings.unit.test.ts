import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, loadSettings } from '../src/core/config/settings.js';

// Settings are checked by a validator compiled from settings.schema.json at development time
// (scripts/settings-validator.mjs), not by ajv compiling the schema on every run.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'orch-settings-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

async function load(settings: unknown) {
  const file = path.join(dir, '.orch-backup.json');
  await writeFile(file, JSON.stringify(settings));
  return loadSettings(file);
}

describe('settings', () => {
  it('the compiled validator is what the schema makes (npm run gen:settings after changing it)', () => {
    const check = spawnSync(process.execPath, [path.join(root, 'scripts/settings-validator.mjs'), '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('accepts every setting, and fills in what a file leaves out', async () => {
    const { settings, source } = await load({
      $schema: './x.json',
      include: ['*.json'],
      agentsDir: false,
      referenceKeys: ['owner'],
      retention: { last: 3, within: '2d', tags: [['major']] },
      hook: { bulkFiles: 2 },
      claudeCode: { failClosed: true },
      lockTimeoutMs: 0,
      compressionLevel: 9,
      schemas: { 'teams.json': 'teams.schema.json' },
    });
    expect(source).toBe(path.join(dir, '.orch-backup.json'));
    expect(settings.agentsDir).toBe(false);
    expect(settings.hook).toEqual({ ...DEFAULT_SETTINGS.hook, bulkFiles: 2 });
    expect(settings.secretKeys).toEqual(DEFAULT_SETTINGS.secretKeys);
  });

  it.each([
    [{ colour: 'red' }, '(top level): unknown setting "colour"'],
    [{ agentsDir: true }, '/agentsDir: must be a directory (relative to the config dir) or false'],
    [{ agentsDir: '' }, '/agentsDir: must be a directory (relative to the config dir) or false'],
    [{ include: [] }, '/include: must NOT have fewer than 1 items'],
    [{ include: [''] }, '/include/0: must NOT have fewer than 1 characters'],
    [{ compressionLevel: 10 }, '/compressionLevel: must be <= 9'],
    [{ retention: { last: 1.5 } }, '/retention/last: must be integer'],
    [{ hook: { bulkFiles: 0 } }, '/hook/bulkFiles: must be >= 1'],
    [{ claudeCode: { failClosed: 'yes' } }, '/claudeCode/failClosed: must be boolean'],
    [[1], '(top level): must be object'],
  ])('refuses %j with one line saying where and why', async (settings, message) => {
    await expect(load(settings)).rejects.toThrow(`${path.join(dir, '.orch-backup.json')}: ${message}`);
  });

  it('counts characters, not UTF-16 units or bytes: a one-character name beyond the BMP is a name', async () => {
    const { settings } = await load({ referenceKeys: ['😀'] });
    expect(settings.referenceKeys).toEqual(['😀']);
  });
});
