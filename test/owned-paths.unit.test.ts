import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownedPathProblem, ownedPaths } from '../src/core/config/owned-paths.js';
import { readMountPoints } from '../src/core/restore/mounts.js';

describe('owned paths', () => {
  it("the tool's own names, any case, and unsafe paths are refused; config paths are not", () => {
    for (const p of [
      '.orch-backup.json',
      '.ORCH-BACKUP.JSON',
      '.backups/b/manifest.json',
      '.orch-backup-restore/new/teams.json',
      '.backups',
    ])
      expect(ownedPathProblem(p), p).toBe('owned-path');
    for (const p of ['../x.json', '/etc/passwd', 'a//b.json', './a.json', 'a\\b.json', ''])
      expect(ownedPathProblem(p), p).toBe('unsafe-path');
    for (const p of ['teams.json', 'agents/dev.json', 'sub/.orch-backup.json', '.backupsx/a.json'])
      expect(ownedPathProblem(p), p).toBeNull();
  });

  it('the store and the settings file in use are owned wherever inside the config dir they are', () => {
    const owned = ownedPaths({ configDir: '/c', backupDir: '/c/store', settingsFile: '/c/conf/tool.json' });
    expect(ownedPathProblem('store/b1/manifest.json', owned)).toBe('owned-path');
    expect(ownedPathProblem('conf/tool.json', owned)).toBe('owned-path');
    expect(ownedPathProblem('conf/other.json', owned)).toBeNull();
    expect(ownedPaths({ configDir: '/c', backupDir: '/elsewhere' }).reserved).not.toContain('../elsewhere');
  });
});

describe('mount points', () => {
  it('reads the mount point field of /proc/self/mountinfo, octal escapes decoded', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'orch-mountinfo-'));
    try {
      const file = path.join(dir, 'mountinfo');
      await writeFile(
        file,
        '26 1 254:0 / / rw - ext4 /dev/vda rw\n44 26 254:0 /tmp/a /tmp/my\\040config/teams.json rw - ext4 /dev/vda rw\n',
      );
      expect(await readMountPoints(file)).toEqual(new Set(['/', '/tmp/my config/teams.json']));
      expect(await readMountPoints(path.join(dir, 'missing'))).toBeNull();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
