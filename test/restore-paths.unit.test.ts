import { describe, expect, it } from 'vitest';
import { DEFAULT_OWNED } from '../src/core/config/owned-paths.js';
import { selectRestorePaths } from '../src/core/restore/select-paths.js';
import type { DiffResult } from '../src/core/diff/types.js';
import { renderDiff } from '../src/render/diff.js';
import { plainContext } from '../src/render/format.js';

const known = {
  backup: ['teams.json', 'workflows.json', 'prompts/a.json', 'prompts/b.json'],
  current: ['teams.json', 'state.json'],
};
const select = (...paths: string[]) => selectRestorePaths('v1', paths, known, DEFAULT_OWNED);

describe('selectRestorePaths', () => {
  it('takes files, folders and globs from either side, normalised', () => {
    expect(select('teams.json')).toEqual(['teams.json']);
    expect(select('./prompts/', 'state.json')).toEqual(['prompts/a.json', 'prompts/b.json', 'state.json']);
    expect(select('prompts\\a.json')).toEqual(['prompts/a.json']);
    expect(select('**/*.json')).toEqual([
      'prompts/a.json',
      'prompts/b.json',
      'state.json',
      'teams.json',
      'workflows.json',
    ]);
    expect(select('sub/../teams.json', 'teams.json')).toEqual(['teams.json']);
  });

  it('refuses what is on neither side, with the closest names', () => {
    expect(() => select('team.json')).toThrow(
      /neither backup "v1" nor the config has "team\.json" \(did you mean "teams\.json"\?\)/,
    );
    expect(() => select('a.json')).toThrow(/did you mean "prompts\/a\.json"\?/);
    expect(() => select('*.yaml')).toThrow(expect.objectContaining({ code: 'RESTORE_PATH', reason: 'not-found' }));
  });

  it('refuses paths leaving the config dir and the tool-owned ones', () => {
    for (const bad of ['../x.json', '/etc/passwd', 'prompts/../../x', 'C:\\x.json'])
      expect(() => select(bad), bad).toThrow(expect.objectContaining({ reason: 'outside-config-dir' }));
    for (const owned of [
      '.backups',
      '.backups/v1/manifest.json',
      '.orch-backup.json',
      '.ORCH-BACKUP.json',
      '.orch-backup-restore/new/x',
    ]) {
      expect(() => select(owned), owned).toThrow(expect.objectContaining({ reason: 'owned-path' }));
    }
  });
});

describe('restore plan renames', () => {
  it('lists every rename up to a cap, then says how many more', () => {
    const renames = Array.from({ length: 20 }, (_, i) => ({
      kind: 'Agent',
      id: `new-${i}`,
      change: 'renamed' as const,
      pointer: `/teams/t/members/${i}`,
      from: `old-${i}`,
      to: `new-${i}`,
    }));
    const result: DiffResult = {
      from: 'current',
      to: 'backup',
      files: [
        {
          path: 'teams.json',
          status: 'modified',
          changes: renames,
          patch: [],
          version: { from: null, to: null, majorChange: false },
        },
      ],
      versions: { from: null, to: null, majorChange: false },
      migrationPath: [],
    };
    const text = renderDiff(result, plainContext(), { mode: 'restore' });
    expect(text).toContain('- 20 agents will be renamed:\n        old-0 → new-0\n');
    expect(text).toContain('        old-14 → new-14\n        and 5 more\n');
    expect(text).not.toContain('old-15');
  });
});
