import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('the package entry', () => {
  it('exports the library API the issues name, as functions', () => {
    for (const name of [
      'createBackup',
      'listBackups',
      'verifyBackup',
      'validateConfig',
      'diffSnapshots',
      'restoreBackup',
      'planRetention',
      'exportBackup',
      'importArchive',
      'preCommit',
    ]) {
      expect(typeof (api as Record<string, unknown>)[name], name).toBe('function');
    }
  });

  it('exports the typed error an exported function throws: applyJsonPatch → PatchApplyError, with its data', () => {
    let caught: unknown;
    try {
      api.applyJsonPatch({ a: 1 }, [{ op: 'remove', path: '/b' }]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(api.PatchApplyError);
    expect(caught).toBeInstanceOf(api.OrchBackupError);
    expect((caught as InstanceType<typeof api.PatchApplyError>).toJSON()).toMatchObject({
      code: 'PATCH_NOT_APPLICABLE',
      operation: { op: 'remove', path: '/b' },
    });
    expect(() => api.applyJsonPatch({}, [{ op: 'add', path: 'no-slash', value: 1 }])).toThrow(api.PatchApplyError);
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
