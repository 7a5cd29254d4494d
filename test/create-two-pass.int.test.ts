import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { chmod, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackup } from '../src/core/create/create.js';
import { readBackupFiles } from '../src/core/inspect/backup-files.js';
import { DEFAULT_SETTINGS } from '../src/core/config/settings.js';
import { ConfigChangedDuringBackupError } from '../src/errors/index.js';
import { sandbox, type Sandbox } from './helpers/sandbox.js';

let box: Sandbox;
afterEach(async () => box?.cleanup());

const editTeamsAt = (teams: string, when: string) => ({
  reached: (step: string): void => {
    if (step !== when) return;
    // Synchronous on purpose: the edit must land before create goes on.
    chmodSync(teams, 0o644);
    writeFileSync(teams, '{"version":"9.9.9","teams":{}}');
  },
});

// A loose create reads the tree twice (hash and validate, then write) so memory stays flat; a
// file edited in between must not end up in a backup under the first pass's checksum.
describe('create (loose) when a file changes between hashing and writing', () => {
  const settings = DEFAULT_SETTINGS;
  it('refuses with CONFIG_CHANGED_DURING_BACKUP and leaves no backup, staging dir or pack', async () => {
    box = await sandbox();
    const teams = path.join(box.configDir, 'teams.json');
    const faults = editTeamsAt(teams, 'create:hashed');
    const error = await createBackup({
      configDir: box.configDir,
      backupDir: box.backupDir,
      name: 'racy',
      settings,
      faults,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigChangedDuringBackupError);
    expect((error as ConfigChangedDuringBackupError).file).toBe('teams.json');
    const left = await readdir(box.backupDir);
    expect(left.filter((e) => e !== 'history.jsonl' && e !== '.packs' && e !== '.gitignore')).toEqual([]);
    expect(await readdir(path.join(box.backupDir, '.packs')).catch(() => [])).toEqual([]);
    // The next attempt sees the new content and succeeds.
    await chmod(teams, 0o644);
    await writeFile(teams, '{"version":"9.9.9","teams":{}}');
    const again = await createBackup({ configDir: box.configDir, backupDir: box.backupDir, name: 'racy', settings });
    expect(again.created).toBe(true);
  });
});

// A packed create hands each file's bytes to the pack as it hashes them: what it stores is what
// it hashed and validated, whatever happens to the file afterwards.
describe('create (packed) when a file changes after it was read', () => {
  it('stores the content it read, verified', async () => {
    box = await sandbox();
    const teams = path.join(box.configDir, 'teams.json');
    const before = readFileSync(teams);
    const settings = { ...DEFAULT_SETTINGS, compressAbove: 0 };
    const result = await createBackup({
      configDir: box.configDir,
      backupDir: box.backupDir,
      name: 'snap',
      settings,
      faults: editTeamsAt(teams, 'create:hashed'),
    });
    expect(result.created).toBe(true);
    const { files } = await readBackupFiles(box.backupDir, 'snap');
    expect(Buffer.from(files.find((f) => f.path === 'teams.json')?.bytes ?? []).equals(before)).toBe(true);
    expect(readFileSync(teams, 'utf8')).toContain('9.9.9');
  });
});
