import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('the package entry', () => {
  it('exports the library API the issues name, as functions', () => {
    for (const name of ['createBackup', 'listBackups', 'verifyBackup', 'validateConfig', 'diffSnapshots', 'restoreBackup', 'planRetention', 'exportBackup', 'importArchive', 'preCommit']) {
      expect(typeof (api as Record<string, unknown>)[name], name).toBe('function');
    }
  });

  it('planRetention is usable as documented: pure, with restic reasons', () => {
    const plan = api.planRetention(
      [
        { name: 'a', createdAt: '2024-01-01T10:00:00Z' },
        { name: 'b', createdAt: '2024-01-02T10:00:00Z' },
        { name: 'c', createdAt: '2024-01-02T11:00:00Z' },
      ],
      { daily: 1 },
      { timeZone: 'UTC' },
    );
    expect(plan.keep.map((k) => [k.backup.name, k.reasons])).toEqual([['c', ['daily snapshot']]]);
    expect(plan.remove.map((r) => r.backup.name)).toEqual(['b', 'a']);
  });
});
