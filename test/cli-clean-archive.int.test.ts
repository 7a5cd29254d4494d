import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, runProcess, sandbox, type Sandbox } from './helpers/sandbox.js';
import { redate, storedManifest } from './helpers/store.js';

let box: Sandbox;
afterEach(async () => box?.cleanup());

const backups = async (dir = box.backupDir): Promise<string[]> =>
  (await readdir(dir).catch(() => [] as string[])).filter((n) => !n.startsWith('.') && n !== 'history.jsonl').sort();

/** Backups b1..bN made one day apart (newest = bN), by re-sealing createdAt. */
async function dailyBackups(count: number, tagged: Record<string, string[]> = {}): Promise<void> {
  const day = 86_400_000;
  const start = Date.parse('2024-03-01T12:00:00Z');
  for (let i = 1; i <= count; i++) {
    const name = `b${i}`;
    const tags = (tagged[name] ?? []).flatMap((t) => ['--tag', t]);
    expect((await runCli(['-c', box.configDir, 'create', name, ...tags])).code).toBe(0);
    await redate(box.backupDir, name, new Date(start + i * day).toISOString());
  }
}

describe('clean', () => {
  it('counts a loose copy as freed only when every link to it goes', async () => {
    box = await sandbox();
    for (const n of ['l1', 'l2']) expect((await runCli(['-c', box.configDir, 'create', n])).code).toBe(0);
    // Same content: l2's copies are hard links to l1's, so deleting l1 frees just its manifest.
    const manifestSize = (await stat(path.join(box.backupDir, 'l1', 'manifest.json'))).size;
    const cleaned = await runCli(['-c', box.configDir, '--yes', '--json', 'clean', '--force', '--keep-last', '1']);
    expect(JSON.parse(cleaned.stdout).freedBytes).toBe(manifestSize);
  });

  it('deletes the packs only the removed backups used, and keeps the shared one', async () => {
    box = await sandbox();
    await writeFile(path.join(box.configDir, '.orch-backup.json'), JSON.stringify({ compressAbove: 0 }));
    for (const n of ['p1', 'p2', 'p3']) {
      await writeFile(path.join(box.configDir, 'changing.json'), JSON.stringify({ version: '1.0', which: n }));
      expect((await runCli(['-c', box.configDir, 'create', n])).code).toBe(0);
    }
    // p1 stored everything; p2 and p3 each added a pack with just the changed file.
    const packsDir = path.join(box.backupDir, '.packs');
    expect(await readdir(packsDir)).toHaveLength(3);
    const sizeOf = async (...parts: string[]): Promise<number> => (await stat(path.join(box.backupDir, ...parts))).size;
    const p1Pack = (await storedManifest(box.backupDir, 'p1')).packs?.[0] as string;
    const p2Own = ((await storedManifest(box.backupDir, 'p2')).packs ?? []).find((id) => id !== p1Pack) as string;
    // What goes: both manifests and p2's own pack; p1's pack stays (p3 uses it).
    const expected =
      (await sizeOf('p1', 'manifest.json.gz')) +
      (await sizeOf('p2', 'manifest.json.gz')) +
      (await sizeOf('.packs', `${p2Own}.pack`));
    const cleaned = await runCli(['-c', box.configDir, '--yes', '--json', 'clean', '--force', '--keep-last', '1']);
    expect(cleaned.code).toBe(0);
    expect(JSON.parse(cleaned.stdout).freedBytes).toBe(expected);
    expect(await backups()).toEqual(['p3']);
    // p1's pack still holds p3's unchanged files; p2's pack is no one's any more.
    expect(await readdir(packsDir)).toHaveLength(2);
    const verify = await runCli(['-c', box.configDir, 'verify', 'p3']);
    expect(verify.code, verify.stdout).toBe(0);
  });

  it('--dry-run shows what would go and why the rest stays, and deletes nothing', async () => {
    box = await sandbox();
    await dailyBackups(5);
    const result = await runCli(['-c', box.configDir, 'clean', '--keep-last', '2', '--dry-run'], {
      env: { TZ: 'UTC' },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Policy \(from the command line\): keep 2 latest snapshots\n/);
    expect(result.stdout).toMatch(/✅ b5 .* last snapshot, protected: newest backup\n {2}✅ b4 .* last snapshot\n/);
    expect(result.stdout).toMatch(/Deleting 3 backups \([\d.]+ KB\):\n {2}🗑️ {2}b3 .*\n {2}🗑️ {2}b2 .*\n {2}🗑️ {2}b1 /);
    expect(result.stdout).toContain('Dry run: nothing was deleted.');
    expect(await backups()).toEqual(['b1', 'b2', 'b3', 'b4', 'b5']);
  });

  it('needs --yes without a terminal; with it, deletes, logs, and prints the JSON contract', async () => {
    box = await sandbox();
    await dailyBackups(4, { b1: ['keep'] });
    const refused = await runCli(['-c', box.configDir, 'clean', '--keep-last', '1']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/clean needs confirmation/);
    expect(await backups()).toHaveLength(4);

    const result = await runCli(['-c', box.configDir, '--json', '--yes', 'clean', '--force', '--keep-last', '1']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.keep).toEqual([
      { name: 'b4', reasons: ['last snapshot', 'protected: newest backup'] },
      { name: 'b1', reasons: ['protected: tagged keep'] },
    ]);
    expect(json.remove).toEqual([{ name: 'b3' }, { name: 'b2' }]);
    expect(await backups()).toEqual(['b1', 'b4']);
    const history = (await readFile(path.join(box.backupDir, 'history.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(history.filter((h) => h.operation === 'delete').map((h) => h.backup)).toEqual(['b3', 'b2']);
  });

  it('uses the policy from settings, or the default one, and refuses an empty one', async () => {
    box = await sandbox();
    await dailyBackups(3);
    const byDefault = await runCli(['-c', box.configDir, 'clean', '--dry-run']);
    expect(byDefault.stdout).toContain('Policy (default): keep 10 latest snapshots');
    await writeFile(path.join(box.configDir, '.orch-backup.json'), JSON.stringify({ retention: { last: 1 } }));
    const fromSettings = await runCli(['-c', box.configDir, '--json', 'clean', '--dry-run']);
    expect(JSON.parse(fromSettings.stdout).remove).toEqual([{ name: 'b2' }, { name: 'b1' }]);
    await writeFile(path.join(box.configDir, '.orch-backup.json'), JSON.stringify({ retention: {} }));
    const empty = await runCli(['-c', box.configDir, 'clean', '--yes']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/retention policy is empty and would delete every backup/);
    expect(await backups()).toHaveLength(3);
  });

  it('never deletes a backup an interrupted restore still needs', async () => {
    box = await sandbox();
    await dailyBackups(3);
    await writeFile(
      path.join(box.backupDir, '.restore-journal.json'),
      JSON.stringify({
        version: 1,
        purpose: 'restore',
        backup: 'b1',
        safetyBackup: 'b2',
        configDir: box.configDir,
        stagingDir: path.join(box.configDir, '.orch-backup-restore'),
        phase: 'staging',
        operations: [],
        startedAt: new Date().toISOString(),
      }),
    );
    const { planClean } = await import('../src/core/retention/clean.js');
    const plan = await planClean({ backupDir: box.backupDir, policy: { last: 1 } });
    expect(plan.keep.map((k) => [k.backup.name, k.reasons.at(-1)])).toEqual([
      ['b3', 'protected: newest backup'],
      ['b2', 'protected: needed by an interrupted restore'],
      ['b1', 'protected: needed by an interrupted restore'],
    ]);
  });

  it('bad policy values are usage errors', async () => {
    box = await sandbox();
    await dailyBackups(1);
    for (const args of [
      ['--keep-daily', 'x'],
      ['--keep-last', '-2'],
      ['--keep-within', '7q'],
    ]) {
      const result = await runCli(['-c', box.configDir, 'clean', ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('a clean killed mid-deletion leaves no half backup listed, and the next writer clears the trash', async () => {
    box = await sandbox();
    await dailyBackups(4);
    const killed = await runCli(['-c', box.configDir, 'clean', '--force', '--keep-last', '1', '--yes'], {
      env: { ORCH_BACKUP_TEST_FAULTS: 'kill-the-process-at-steps', ORCH_BACKUP_TEST_KILL_AT: 'clean:renamed' },
    });
    expect(killed.signal).toBe('SIGKILL');
    const listed = JSON.parse((await runCli(['-c', box.configDir, '--json', 'list'])).stdout);
    expect(listed.backups.map((b: { name: string }) => b.name)).toEqual(['b4', 'b2', 'b1']);
    expect(listed.damaged).toEqual([]);
    expect((await runCli(['-c', box.configDir, '--json', 'verify'])).code).toBe(0);
    await runCli(['-c', box.configDir, 'create', 'next']);
    expect((await readdir(box.backupDir)).filter((n) => n.startsWith('.trash'))).toEqual([]);
  });
});

describe('export / import', () => {
  it('round-trips through the CLI, byte-identical exports, readable by tar', async () => {
    box = await sandbox();
    expect((await runCli(['-c', box.configDir, 'create', 'team-a', '-m', 'ship it'])).code).toBe(0);
    const out = await runCli(['-c', box.configDir, 'export', 'team-a'], { cwd: box.dir });
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toMatch(/📁 Archive: team-a\.tar\.gz \([\d.]+ KB\)\n🔒 SHA-256: [0-9a-f]{64}/);
    const again = await runCli(['-c', box.configDir, '--json', 'export', 'team-a', '-o', 'copy.tgz'], { cwd: box.dir });
    const [a, b] = [
      await readFile(path.join(box.dir, 'team-a.tar.gz')),
      await readFile(path.join(box.dir, 'copy.tgz')),
    ];
    expect(a.equals(b)).toBe(true);
    expect(JSON.parse(again.stdout).sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await runProcess('tar', ['tzf', path.join(box.dir, 'team-a.tar.gz')])).stdout).toContain(
      'team-a/manifest.json',
    );

    const refused = await runCli(['-c', box.configDir, 'export', 'team-a'], { cwd: box.dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already exists; an export never overwrites a file/);

    const other = path.join(box.dir, 'other-store');
    const imported = await runCli(['-c', box.configDir, '-b', other, 'import', 'team-a.tar.gz'], { cwd: box.dir });
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('✅ manifest and every checksum verified');
    expect((await runCli(['-c', box.configDir, '-b', other, 'verify', 'team-a'])).code).toBe(0);
    const shown = JSON.parse((await runCli(['-c', box.configDir, '-b', other, '--json', 'show', 'team-a'])).stdout);
    expect(shown.manifest.description).toBe('ship it');
    const history = (await readFile(path.join(other, 'history.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(history.at(-2)).toMatchObject({ operation: 'import', backup: 'team-a', outcome: 'success' });
  });

  it('never overwrites on import; --name imports under another name', async () => {
    box = await sandbox();
    await runCli(['-c', box.configDir, 'create', 'team-a']);
    await runCli(['-c', box.configDir, 'export', 'team-a'], { cwd: box.dir });
    const clash = await runCli(['-c', box.configDir, 'import', 'team-a.tar.gz'], { cwd: box.dir });
    expect(clash.code).toBe(1);
    expect(clash.stderr).toMatch(/backup "team-a" already exists/);
    const renamed = await runCli(['-c', box.configDir, '--json', 'import', 'team-a.tar.gz', '--name', 'team-b'], {
      cwd: box.dir,
    });
    expect(JSON.parse(renamed.stdout)).toMatchObject({ name: 'team-b', renamedFrom: 'team-a' });
    expect(await backups()).toEqual(['team-a', 'team-b']);
  });

  it('re-imports its own export of an invalid config with --allow-invalid; without it, refuses with the reason as data', async () => {
    box = await sandbox();
    await writeFile(path.join(box.configDir, 'teams.json'), '{"teams": ');
    expect((await runCli(['-c', box.configDir, 'create', 'broken', '--allow-invalid'])).code).toBe(0);
    expect((await runCli(['-c', box.configDir, 'export', 'broken'], { cwd: box.dir })).code).toBe(0);
    const other = ['-c', box.configDir, '-b', path.join(box.dir, 'other-store')];
    const refused = await runCli([...other, '--json', 'import', 'broken.tar.gz'], { cwd: box.dir });
    expect(refused.code).toBe(1);
    const { error } = JSON.parse(refused.stderr);
    expect(error).toMatchObject({
      code: 'ARCHIVE_REJECTED',
      reason: 'invalid-json',
      entry: 'teams.json',
      remedy: 'pass --allow-invalid to import it as it is',
    });
    expect(error.message).toMatch(
      /teams\.json:1:\d+: .*nothing was imported: pass --allow-invalid to import it as it is$/,
    );
    const human = await runCli([...other, 'import', 'broken.tar.gz'], { cwd: box.dir });
    expect(human.stderr).toMatch(/^orch-backup: cannot import .*: pass --allow-invalid to import it as it is\n$/);
    const imported = await runCli([...other, '--json', 'import', 'broken.tar.gz', '--allow-invalid'], { cwd: box.dir });
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ name: 'broken', validation: { errors: 1 } });
  });

  it('a hostile archive is one line, exit 1, and the store is untouched', async () => {
    box = await sandbox();
    await runCli(['-c', box.configDir, 'create', 'safe']);
    const evil = path.join(box.dir, 'evil');
    await mkdir(path.join(evil, 'x'), { recursive: true });
    await writeFile(path.join(evil, 'x', 'manifest.json'), '{}');
    await runProcess('ln', ['-s', '/etc/passwd', path.join(evil, 'x', 'link.json')]);
    await runProcess('tar', ['czf', path.join(box.dir, 'evil.tgz'), '-C', evil, 'x']);
    const before = await readdir(box.backupDir);
    const result = await runCli(['-c', box.configDir, '--json', 'import', 'evil.tgz'], { cwd: box.dir });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stderr).error).toMatchObject({ code: 'ARCHIVE_REJECTED' });
    expect(JSON.parse(result.stderr).error.message).toMatch(/link/);
    expect(await readdir(box.backupDir)).toEqual(before);
  });
});
