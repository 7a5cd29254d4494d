import { chmod, cp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { treeState } from './helpers/tree.js';
import { afterEach, describe, expect, it } from 'vitest';
import { v2WithV1Backup } from './helpers/damage.js';
import { BIN, FIXTURES, runCli, runProcess, sandbox, type Sandbox } from './helpers/sandbox.js';

let box: Sandbox;
afterEach(async () => box?.cleanup());

/** path → sha256 of every regular file under `dir`, skipping the store. */
const state = (dir: string): Promise<Record<string, string>> => treeState(dir);

/** Current config = v2, with a backup `v1` of the v1 fixture in the store; both states by file hash. */
async function v2WithV1() {
  box = await v2WithV1Backup();
  return { v1: await state(path.join(FIXTURES, 'v1')), v2: await state(box.configDir) };
}

async function backupsState(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(box.backupDir)).filter((n) => !n.startsWith('.') && n !== 'history.jsonl')) {
    for (const [file, hash] of Object.entries(await state(path.join(box.backupDir, name))))
      out[`${name}/${file}`] = hash;
  }
  return out;
}

describe('restore', () => {
  it('restores exactly, after a verified safety backup, and says how to undo', async () => {
    const { v1, v2 } = await v2WithV1();
    const result = await runCli(['-c', box.configDir, 'restore', 'v1', '--yes']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Configuration Restore\n=+\n🔄 Restoring from: v1\n\nChanges to be applied:\n/);
    expect(result.stdout).toContain('⚠️  Warning: This will overwrite current configuration');
    expect(result.stdout).toContain('✅ Configuration restored successfully!');
    const safety = /📦 Safety backup created: (backup-pre-restore-\d{8}-\d{6})/.exec(result.stdout)?.[1];
    expect(safety).toBeDefined();
    expect(result.stdout).toContain(`↩️  To undo: orch-backup restore ${safety}`);
    expect(await state(box.configDir)).toEqual(v1);

    const shown = JSON.parse((await runCli(['-c', box.configDir, '--json', 'show', safety as string])).stdout);
    expect(shown.manifest).toMatchObject({ trigger: 'pre-restore', description: 'Before restoring v1' });
    expect(
      Object.fromEntries(shown.manifest.files.map((f: { path: string; sha256: string }) => [f.path, f.sha256])),
    ).toEqual(v2);

    const undo = await runCli(['-c', box.configDir, '--json', 'restore', safety as string, '--yes']);
    expect(JSON.parse(undo.stdout)).toMatchObject({
      restored: safety,
      added: ['team-state.json'],
      removed: [],
      rolledBack: false,
    });
    expect(await state(box.configDir)).toEqual(v2);
    const history = (await readFile(path.join(box.backupDir, 'history.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(history.filter((h) => h.operation === 'restore').map((h) => [h.backup, h.outcome])).toEqual([
      ['v1', 'success'],
      [safety, 'success'],
    ]);
  });

  it('prints the JSON contract', async () => {
    await v2WithV1();
    const json = JSON.parse((await runCli(['-c', box.configDir, '--json', '--yes', 'restore', 'v1'])).stdout);
    expect(json).toMatchObject({
      restored: 'v1',
      changed: ['teams.json', 'workflows.json'],
      added: [],
      removed: ['team-state.json'],
      rolledBack: false,
    });
    expect(json.safetyBackup).toMatch(/^backup-pre-restore-/);
    expect(json.validation).toMatchObject({ valid: true, summary: { errors: 0 } });
  });

  it('--keep-extra keeps files the backup does not have', async () => {
    const { v1, v2 } = await v2WithV1();
    expect((await runCli(['-c', box.configDir, 'restore', 'v1', '--yes', '--keep-extra'])).code).toBe(0);
    expect(await state(box.configDir)).toEqual({ ...v1, 'team-state.json': v2['team-state.json'] });
  });

  it('--dry-run shows the plan and changes nothing; identical state changes nothing and says so', async () => {
    const { v2 } = await v2WithV1();
    const dry = await runCli(['-c', box.configDir, 'restore', 'v1', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(
      /overwrite: teams\.json, workflows\.json\n {2}remove: team-state\.json\n {2}unchanged: 1\n/,
    );
    expect(dry.stdout).toContain('Dry run: nothing was changed.');
    expect(await state(box.configDir)).toEqual(v2);

    await runCli(['-c', box.configDir, 'create', 'now']);
    const before = await backupsState();
    const same = await runCli(['-c', box.configDir, 'restore', 'now', '--yes']);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('✅ Nothing to restore: the configuration already matches now.');
    expect(await backupsState()).toEqual(before);
  });

  it('without a terminal it refuses unless --yes (exit 2), and nothing changes', async () => {
    const { v2 } = await v2WithV1();
    const result = await runCli(['-c', box.configDir, 'restore', 'v1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('orch-backup: restore needs confirmation: run it in a terminal, or pass --yes\n');
    expect(await state(box.configDir)).toEqual(v2);
  });

  it('asks "Proceed with restore? [y/N]" on a terminal: n cancels, y restores', async () => {
    const { v1, v2 } = await v2WithV1();
    const inTerminal = (answer: string): Promise<{ code: number | null; stdout: string }> =>
      runProcess('script', ['-qec', `"${process.execPath}" "${BIN}" -c "${box.configDir}" restore v1`, '/dev/null'], {
        input: `${answer}\r`,
      });
    const no = await inTerminal('n');
    expect(no.stdout).toContain('Proceed with restore? [y/N]');
    expect(no.stdout).toContain('Restore cancelled; nothing was changed.');
    expect(no.code).toBe(2);
    expect(await state(box.configDir)).toEqual(v2);
    const yes = await inTerminal('y');
    expect(yes.code).toBe(0);
    expect(yes.stdout).toContain('✅ Configuration restored successfully!');
    expect(await state(box.configDir)).toEqual(v1);
  });

  it('refuses a damaged backup and touches nothing', async () => {
    const { v2 } = await v2WithV1();
    const file = path.join(box.backupDir, 'v1/files/teams.json');
    await chmod(file, 0o644);
    await writeFile(file, (await readFile(file, 'utf8')).replace('lead-dev', 'lead-DEV'));
    const result = await runCli(['-c', box.configDir, 'restore', 'v1', '--yes']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/backup "v1" is damaged: teams\.json: content changed/);
    expect(await state(box.configDir)).toEqual(v2);
    expect((await readdir(box.backupDir)).filter((n) => n.startsWith('backup-pre-restore'))).toEqual([]);
  });

  it('refuses a backup whose content does not validate unless --force', async () => {
    box = await sandbox();
    await writeFile(path.join(box.configDir, 'teams.json'), '{"teams": ');
    expect((await runCli(['-c', box.configDir, 'create', 'broken', '--allow-invalid'])).code).toBe(0);
    await cp(path.join(FIXTURES, 'v2/teams.json'), path.join(box.configDir, 'teams.json'));
    const good = await state(box.configDir);
    const refused = await runCli(['-c', box.configDir, 'restore', 'broken', '--yes']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/refusing to restore "broken": its content has 1 validation error\(s\).*--force/);
    expect(await state(box.configDir)).toEqual(good);
    const forced = await runCli(['-c', box.configDir, '--json', 'restore', 'broken', '--yes', '--force']);
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.stdout)).toMatchObject({ rolledBack: false, validation: { valid: false } });
    expect(await readFile(path.join(box.configDir, 'teams.json'), 'utf8')).toBe('{"teams": ');
  });

  it('rolls back to the safety backup when the restored config fails validation', async () => {
    const { v2 } = await v2WithV1();
    await writeFile(path.join(box.configDir, 'extra.json'), '{ not json');
    const before = await state(box.configDir);
    const result = await runCli(['-c', box.configDir, '--json', 'restore', 'v1', '--yes', '--keep-extra']);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ rolledBack: true, validation: { valid: false } });
    expect(await state(box.configDir)).toEqual(before);
    expect(before).toMatchObject(v2);
    const human = await runCli(['-c', box.configDir, 'restore', 'v1', '--yes', '--keep-extra']);
    expect(human.stdout).toMatch(
      /❌ The restored configuration did not validate, so it was rolled back:\n {2}extra\.json:1:3 {2}invalid JSON/,
    );
  });

  it('recreates a config dir that is gone entirely (no safety backup needed)', async () => {
    box = await sandbox();
    const store = path.join(box.dir, 'store');
    expect((await runCli(['-c', box.configDir, '-b', store, 'create', 'all'])).code).toBe(0);
    const original = await state(box.configDir);
    await rm(box.configDir, { recursive: true });
    const result = await runCli(['-c', box.configDir, '-b', store, '--json', 'restore', 'all', '--yes']);
    expect(JSON.parse(result.stdout)).toMatchObject({ safetyBackup: null, added: Object.keys(original).sort() });
    expect(await state(box.configDir)).toEqual(original);
  });

  it('never modifies or deletes a backup', async () => {
    await v2WithV1();
    await runCli(['-c', box.configDir, 'create', 'also']);
    const before = await backupsState();
    await runCli(['-c', box.configDir, 'restore', 'v1', '--yes']);
    const after = await backupsState();
    for (const [file, hash] of Object.entries(before)) expect(after[file], file).toBe(hash);
  });

  it('refuses when the config changes between plan and apply (library)', async () => {
    await v2WithV1();
    const { planRestore, restoreBackup } = await import('../src/core/restore/restore.js');
    const options = { configDir: box.configDir, backupDir: box.backupDir };
    const plan = await planRestore('v1', options);
    await writeFile(path.join(box.configDir, 'settings.json'), '{"version":"3.0"}');
    await expect(restoreBackup(plan, options)).rejects.toThrow(
      /config changed while the restore was being planned \(settings\.json\)/,
    );
  });
});

describe('an interrupted restore is finished or undone by the next command', () => {
  // v2 → v1 stages 2 files, then moves 2 files and removes 1.
  const before: [string, 'old'][] = [
    ['restore:safety-backup', 'old'],
    ['restore:journal-written', 'old'],
    ['restore:staged-file#1', 'old'],
    ['restore:staged-file#2', 'old'],
  ];
  const after: [string, 'new'][] = [
    ['restore:applying', 'new'],
    ['restore:moved-file#1', 'new'],
    ['restore:moved-file#2', 'new'],
    ['restore:moved-file#3', 'new'],
    ['restore:applied', 'new'],
  ];

  it.each([...before, ...after])('killed at %s → exactly the %s state', async (step, expected) => {
    const { v1, v2 } = await v2WithV1();
    const backups = await backupsState();
    const killed = await runCli(['-c', box.configDir, 'restore', 'v1', '--yes'], {
      env: { ORCH_BACKUP_TEST_FAULTS: 'kill-the-process-at-steps', ORCH_BACKUP_TEST_KILL_AT: step },
    });
    expect(killed.signal).toBe('SIGKILL');

    const next = await runCli(['-c', box.configDir, 'list']);
    expect(next.code).toBe(0);
    expect(await state(box.configDir)).toEqual(expected === 'old' ? v2 : v1);
    if (step !== 'restore:safety-backup') {
      expect(next.stderr).toMatch(
        expected === 'old'
          ? /interrupted restore of v1 was rolled back before it changed anything/
          : /interrupted restore of v1 was completed: the config now matches v1 \(undo: orch-backup restore backup-pre-restore-/,
      );
    }
    const entries = await readdir(box.backupDir);
    expect(entries.filter((e) => e.startsWith('.restore-journal') || e.startsWith('.staging'))).toEqual([]);
    expect(await readdir(box.configDir)).not.toContain('.orch-backup-restore');
    const verify = await runCli(['-c', box.configDir, '--json', 'verify']);
    expect(JSON.parse(verify.stdout).results.every((r: { ok: boolean }) => r.ok)).toBe(true);
    const now = await backupsState();
    for (const [file, hash] of Object.entries(backups)) expect(now[file], file).toBe(hash);
  });

  // Killed between writing a journal version aside and renaming it into place: the first one
  // (no journal yet), the `applying` one (a `staging` journal is in place), the `applied` one.
  it.each([
    ['journal:temp-written#1', 'old'],
    ['journal:temp-written#2', 'old'],
    ['journal:temp-written#3', 'new'],
  ] as const)(
    'killed at %s → the %s state, and the next writer leaves no journal copy behind',
    async (step, expected) => {
      const { v1, v2 } = await v2WithV1();
      const killed = await runCli(['-c', box.configDir, 'restore', 'v1', '--yes'], {
        env: { ORCH_BACKUP_TEST_FAULTS: 'kill-the-process-at-steps', ORCH_BACKUP_TEST_KILL_AT: step },
      });
      expect(killed.signal).toBe('SIGKILL');
      const next = await runCli(['-c', box.configDir, 'create', 'after-crash']);
      expect(next.code, next.stderr).toBe(0);
      expect(await state(box.configDir)).toEqual(expected === 'old' ? v2 : v1);
      const entries = await readdir(box.backupDir);
      expect(entries.filter((e) => e.startsWith('.restore-journal') || e.startsWith('.staging'))).toEqual([]);
      expect(await readdir(box.configDir)).not.toContain('.orch-backup-restore');
    },
  );

  it("killed while making the store's journal key: no key and no copy of it stay; the next restore makes a whole one", async () => {
    const { v1, v2 } = await v2WithV1();
    const killed = await runCli(['-c', box.configDir, 'restore', 'v1', '--yes'], {
      env: { ORCH_BACKUP_TEST_FAULTS: 'kill-the-process-at-steps', ORCH_BACKUP_TEST_KILL_AT: 'journal:key-aside' },
    });
    expect(killed.signal).toBe('SIGKILL');
    expect(await state(box.configDir)).toEqual(v2);
    expect(await readdir(box.backupDir)).not.toContain('.journal-key');
    const again = await runCli(['-c', box.configDir, 'restore', 'v1', '--yes']);
    expect(again.code, again.stderr).toBe(0);
    expect(await state(box.configDir)).toEqual(v1);
    expect(await readFile(path.join(box.backupDir, '.journal-key'), 'utf8')).toMatch(/^[0-9a-f]{64}$/);
    expect((await readdir(box.backupDir)).filter((e) => e.startsWith('.staging'))).toEqual([]);
  });

  it('the fault switch needs both variables: one alone does nothing', async () => {
    const { v1 } = await v2WithV1();
    const result = await runCli(['-c', box.configDir, 'restore', 'v1', '--yes'], {
      env: { ORCH_BACKUP_TEST_KILL_AT: 'restore:applying' },
    });
    expect(result.code).toBe(0);
    expect(await state(box.configDir)).toEqual(v1);
  });

  it('a crash during the rollback is finished too: the config ends as it was before the restore', async () => {
    await v2WithV1();
    await writeFile(path.join(box.configDir, 'extra.json'), '{ not json');
    const original = await state(box.configDir);
    const killed = await runCli(['-c', box.configDir, 'restore', 'v1', '--yes', '--keep-extra'], {
      env: { ORCH_BACKUP_TEST_FAULTS: 'kill-the-process-at-steps', ORCH_BACKUP_TEST_KILL_AT: 'rollback:moved-file#1' },
    });
    expect(killed.signal).toBe('SIGKILL');
    const next = await runCli(['-c', box.configDir, 'verify']);
    expect(next.stderr).toMatch(/interrupted rollback was completed/);
    expect(await state(box.configDir)).toEqual(original);
  });
});
