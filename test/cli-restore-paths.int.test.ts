import { cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fastJsonPatch from 'fast-json-patch';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURES, runCli, sandbox, type Sandbox } from './helpers/sandbox.js';

let box: Sandbox;
afterEach(async () => box?.cleanup());

const cli = (...args: string[]) => runCli(['-c', box.configDir, ...args]);
const read = (file: string) => readFile(path.join(box.configDir, file), 'utf8');

/** Backup `v1` of the team fixture, then the config moved on to v2 (team-state.json added) plus a notes file no backup has. */
async function v1ThenV2(): Promise<void> {
  box = await sandbox(path.join(FIXTURES, 'v1'));
  expect((await cli('create', 'v1', '-q')).code).toBe(0);
  await cp(path.join(FIXTURES, 'v2'), box.configDir, { recursive: true });
  await mkdir(path.join(box.configDir, 'extra'));
  await writeFile(path.join(box.configDir, 'extra/notes.json'), '{"note": "not in any backup"}\n');
}

describe('restore <name> [path…]', () => {
  it('restores only the named file and validates the whole config it leaves', async () => {
    await v1ThenV2();
    const before = {
      workflows: await read('workflows.json'),
      state: await read('team-state.json'),
      notes: await read('extra/notes.json'),
    };
    const plan = await cli('restore', 'v1', 'teams.json', '--dry-run');
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain('Only: teams.json (no other file is touched)');
    expect(plan.stdout).toMatch(/Files:\n {2}overwrite: teams\.json\n {2}unchanged: 0/);
    expect(plan.stdout).not.toContain('team-state.json');

    const done = await cli('--json', '--yes', 'restore', 'v1', './teams.json');
    expect(done.code, done.stderr).toBe(0);
    const json = JSON.parse(done.stdout);
    expect(json).toMatchObject({
      restored: 'v1',
      paths: ['teams.json'],
      changed: ['teams.json'],
      added: [],
      removed: [],
      rolledBack: false,
    });
    expect(json.safetyBackup).toMatch(/^backup-pre-restore-/);
    expect(await read('teams.json')).toBe(await readFile(path.join(FIXTURES, 'v1/teams.json'), 'utf8'));
    // Everything else as it was, the file no backup has included.
    expect({
      workflows: await read('workflows.json'),
      state: await read('team-state.json'),
      notes: await read('extra/notes.json'),
    }).toEqual(before);
    // v1's teams with v2's workflows: the workflows now name agents the teams no longer define.
    expect(
      json.validation.diagnostics.some(
        (d: { code: string; file: string }) => d.code === 'unknown-agent' && d.file === 'workflows.json',
      ),
    ).toBe(true);
    expect(await readdir(box.configDir)).not.toContain('.orch-backup-restore');
  });

  it('a named path the backup lacks is removed, and shown as a removal in the plan', async () => {
    await v1ThenV2();
    const plan = await cli('restore', 'v1', 'team-state.json', 'workflows.json', '--dry-run');
    expect(plan.stdout).toMatch(/team-state\.json:\n {4}- File will be removed/);
    expect(plan.stdout).toContain('  remove: team-state.json');
    const done = await cli('--yes', 'restore', 'v1', 'team-state.json', 'workflows.json');
    expect(done.code, done.stderr).toBe(0);
    const files = await readdir(box.configDir);
    expect(files).not.toContain('team-state.json');
    expect(files).toContain('extra');
    expect(await read('workflows.json')).toBe(await readFile(path.join(FIXTURES, 'v1/workflows.json'), 'utf8'));
    expect(await read('teams.json')).toBe(await readFile(path.join(FIXTURES, 'v2/teams.json'), 'utf8'));
  });

  it('globs and folders select files; a partial restore never deletes files outside them', async () => {
    await v1ThenV2();
    const json = JSON.parse((await cli('--json', '--yes', 'restore', 'v1', 'team*.json')).stdout);
    expect(json.paths).toEqual(['team-state.json', 'teams.json']);
    expect(json.removed).toEqual(['team-state.json']);
    expect(await read('extra/notes.json')).toContain('not in any backup');
    // A folder only the config has: its files are "absent in the backup", so removed.
    const folder = JSON.parse((await cli('--json', 'restore', 'v1', 'extra', '--dry-run')).stdout);
    expect(folder).toMatchObject({ paths: ['extra/notes.json'], removed: ['extra/notes.json'], dryRun: true });
  });

  it('refuses unknown, escaping and tool-owned paths with one line (exit 2), changing nothing', async () => {
    await v1ThenV2();
    const teams = await read('teams.json');
    const cases: [string, RegExp][] = [
      [
        'teams.jsn',
        /^orch-backup: neither backup "v1" nor the config has "teams\.jsn" \(did you mean "teams\.json"\?\)\n$/,
      ],
      ['notes.json', /did you mean "extra\/notes\.json"\?/],
      [
        '../teams.json',
        /cannot restore "\.\.\/teams\.json": paths are relative to the config dir and may not leave it/,
      ],
      ['/etc/passwd', /may not leave it/],
      ['.backups/v1/manifest.json', /belongs to the tool itself/],
      ['.orch-backup.json', /belongs to the tool itself/],
      ['*.yaml', /neither backup "v1" nor the config has "\*\.yaml": see: orch-backup show v1/],
    ];
    for (const [wanted, message] of cases) {
      const result = await cli('--yes', 'restore', 'v1', 'teams.json', wanted);
      expect(result.code, wanted).toBe(2);
      expect(result.stderr, wanted).toMatch(message);
      expect(result.stderr.trim().split('\n'), wanted).toHaveLength(1);
    }
    const json = await cli('--json', 'restore', 'v1', 'nope.json');
    expect(JSON.parse(json.stderr).error.code).toBe('RESTORE_PATH');
    expect(await read('teams.json')).toBe(teams);
    expect((await cli('--json', 'list')).stdout).not.toContain('pre-restore');
  });

  it('asks for confirmation like a full restore: without a terminal it needs --yes', async () => {
    await v1ThenV2();
    const result = await cli('restore', 'v1', 'teams.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('restore needs confirmation');
    expect(await read('teams.json')).toBe(await readFile(path.join(FIXTURES, 'v2/teams.json'), 'utf8'));
  });
});

describe('restore plan and diff output', () => {
  it('the restore plan names each rename, old → new', async () => {
    await v1ThenV2();
    const plan = await cli('restore', 'v1', '--dry-run');
    expect(plan.stdout).toMatch(/- 7 agents will be renamed:\n {8}build-lead → lead-dev\n/);
    expect(plan.stdout.match(/^ {8}\S+ → \S+$/gm)).toHaveLength(7);
  });

  it('diff prints the migration path through the backups in between', async () => {
    await v1ThenV2();
    expect((await cli('create', 'v2', '-q')).code).toBe(0);
    await writeFile(path.join(box.configDir, 'extra/notes.json'), '{"note": "changed"}\n');
    expect((await cli('create', 'v3', '-q')).code).toBe(0);
    const result = await cli('diff', 'v1', 'v3');
    expect(result.stdout).toMatch(
      /Migration Path \(2 steps\):\n {2}1\. v1 → v2: .*7 agents renamed\n {2}2\. v2 → v3: \S+ → \S+: \S/,
    );
    // Two adjacent sides: the single step is the summary itself, not repeated.
    expect((await cli('diff', 'v2', 'v3')).stdout).not.toContain('Migration Path');
  });

  it('--patch expresses added and removed files as whole-document operations', async () => {
    await v1ThenV2();
    expect((await cli('create', 'v2', '-q')).code).toBe(0);
    const forward = JSON.parse((await cli('diff', 'v1', 'v2', '--patch')).stdout);
    expect(Object.keys(forward).sort()).toEqual([
      'extra/notes.json',
      'team-state.json',
      'teams.json',
      'workflows.json',
    ]);
    const state = JSON.parse(await read('team-state.json'));
    expect(forward['team-state.json']).toEqual([{ op: 'add', path: '', value: state }]);
    // Under an independent RFC 6902 implementation, the add builds the whole file from nothing.
    expect(fastJsonPatch.applyPatch(null, forward['team-state.json']).newDocument).toEqual(state);
    const backward = JSON.parse((await cli('diff', 'v2', 'v1', '--patch')).stdout);
    expect(backward['team-state.json']).toEqual([{ op: 'remove', path: '' }]);
    expect(backward['extra/notes.json']).toEqual([{ op: 'remove', path: '' }]);
    // Only additions and removals: no longer the empty object.
    await cp(path.join(box.configDir, 'teams.json'), path.join(box.configDir, 'teams-copy.json'));
    // --show-secrets: the whole document with its real values, as a patch meant to be applied.
    expect(JSON.parse((await cli('diff', 'v2', '--patch', '--show-secrets')).stdout)).toEqual({
      'teams-copy.json': [{ op: 'add', path: '', value: JSON.parse(await read('teams.json')) }],
    });
    const masked = JSON.parse((await cli('diff', 'v2', '--patch')).stdout)['teams-copy.json'][0].value;
    // A count under a secret-looking key is not a secret: shown as it is.
    expect(masked.orchestration_settings.confirmation_thresholds.tokens).toBe(40000);
  });
});
