import { chmodSync, writeFileSync } from 'node:fs';
import { chmod, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackup } from '../src/core/create.js';
import { DEFAULT_SETTINGS } from '../src/core/settings.js';
import { ConfigChangedDuringBackupError } from '../src/errors.js';
import { sandbox, type Sandbox } from './helpers/sandbox.js';

let box: Sandbox;
afterEach(async () => box?.cleanup());

// Create reads the tree twice (hash and validate, then write) so memory stays flat; a file
// edited in between must not end up in a backup under the first pass's checksum.
describe.each([
  ['loose', DEFAULT_SETTINGS],
  ['packed', { ...DEFAULT_SETTINGS, compressAbove: 0 }],
])('create (%s) when a file changes between hashing and writing', (_kind, settings) => {
  it('refuses with CONFIG_CHANGED_DURING_BACKUP and leaves no backup, staging dir or pack', async () => {
    box = await sandbox();
    const teams = path.join(box.configDir, 'teams.json');
    const faults = {
      reached: (step: string): void => {
        if (step !== 'create:hashed') return;
        // Synchronous on purpose: the edit must land before create reads the file again.
        chmodSync(teams, 0o644);
        writeFileSync(teams, '{"version":"9.9.9","teams":{}}');
      },
    };
    const error = await createBackup({ configDir: box.configDir, backupDir: box.backupDir, name: 'racy', settings, faults }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigChangedDuringBackupError);
    expect((error as ConfigChangedDuringBackupError).file).toBe('teams.json');
    const left = await readdir(box.backupDir);
    expect(left.filter((e) => e !== 'history.jsonl' && e !== '.packs')).toEqual([]);
    expect(await readdir(path.join(box.backupDir, '.packs')).catch(() => [])).toEqual([]);
    // The next attempt sees the new content and succeeds.
    await chmod(teams, 0o644);
    await writeFile(teams, '{"version":"9.9.9","teams":{}}');
    const again = await createBackup({ configDir: box.configDir, backupDir: box.backupDir, name: 'racy', settings });
    expect(again.created).toBe(true);
  });
});
