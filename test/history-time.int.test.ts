import { chmod, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EXAMPLE, IS_ROOT, runCli, runProcess, sandbox, type Sandbox } from './helpers/sandbox.js';
import { readHistory } from '../src/core/store/history.js';
import { redate } from './helpers/store.js';

/*
 * The history log records operations; it never decides their outcome. And a backup dated in
 * the future (an imported archive, a wrong clock) never makes retention delete real backups.
 */

let box: Sandbox;
afterEach(async () => box?.cleanup());

const NOBODY = 65534;
const backups = async (): Promise<string[]> =>
  (await readdir(box.backupDir)).filter((n) => !n.startsWith('.') && n !== 'history.jsonl').sort();
const historyFile = (): string => path.join(box.backupDir, 'history.jsonl');

describe('history is a log, not a gate', () => {
  it.skipIf(!IS_ROOT)(
    'with history.jsonl unwritable, create reports the backup it made and clean deletes all it planned, each with a warning',
    async () => {
      box = await sandbox(EXAMPLE);
      await runProcess('chown', ['-R', `${NOBODY}:${NOBODY}`, box.dir]);
      const asNobody = (args: string[]) => runCli(['-c', box.configDir, ...args], { uid: NOBODY, gid: NOBODY });
      expect((await asNobody(['create', 'first'])).code).toBe(0);
      await chmod(historyFile(), 0o444);
      const before = await readFile(historyFile(), 'utf8');

      const created = await asNobody(['create', 'second', '-m', 'history is read-only']);
      expect(created.code, created.stderr).toBe(0);
      expect(created.stdout).toContain('✅ Backup completed successfully!');
      expect(created.stdout).toMatch(/⚠️ {2}the operation was not recorded in .*history\.jsonl \(EACCES\)/);
      const json = JSON.parse((await asNobody(['--json', 'create', 'third'])).stdout);
      expect(json).toMatchObject({ created: true, name: 'third' });
      expect(json.warnings).toHaveLength(1);
      expect(await backups()).toEqual(['first', 'second', 'third']);
      expect((await asNobody(['verify'])).code).toBe(0);

      const cleaned = await asNobody(['--yes', '--json', 'clean', '--force', '--keep-last', '1']);
      expect(cleaned.code, cleaned.stderr).toBe(0);
      const report = JSON.parse(cleaned.stdout);
      expect(report.deleted.sort()).toEqual(['first', 'second']);
      expect(report.warnings).toHaveLength(1);
      expect(await backups()).toEqual(['third']);
      expect((await asNobody(['list'])).code).toBe(0);
      expect(await readFile(historyFile(), 'utf8')).toBe(before);
    },
  );

  it('a torn last line (a crash mid-append) does not swallow the next entry', async () => {
    box = await sandbox(EXAMPLE);
    expect((await runCli(['-c', box.configDir, 'create', 'first'])).code).toBe(0);
    await writeFile(
      historyFile(),
      `${await readFile(historyFile(), 'utf8')}{"time":"2026-01-01T00:00:00.000Z","operation":"cre`,
    );
    expect((await runCli(['-c', box.configDir, 'create', 'second'])).code).toBe(0);
    const entries = await readHistory(box.backupDir);
    expect(entries.map((e) => `${e.operation} ${e.backup}`)).toEqual(['create first', 'create second']);
    // Each entry on its own line, the torn fragment alone on one.
    const lines = (await readFile(historyFile(), 'utf8')).split('\n');
    expect(lines.filter((l) => l.includes('"backup":"second"'))).toHaveLength(1);
    expect(JSON.parse(lines.find((l) => l.includes('"backup":"second"')) as string).outcome).toBe('success');
  });

  it('an entry glued to a torn line by an older version is still read', async () => {
    box = await sandbox(EXAMPLE);
    expect((await runCli(['-c', box.configDir, 'create', 'first'])).code).toBe(0);
    const glued = `{"time":"2026-01-01T00:00:00.000Z","operation":"cre{"time":"2026-01-02T00:00:00.000Z","operation":"delete","backup":"old","outcome":"success"}\n`;
    await writeFile(historyFile(), glued + (await readFile(historyFile(), 'utf8')));
    expect((await readHistory(box.backupDir)).map((e) => `${e.operation} ${e.backup}`)).toEqual([
      'delete old',
      'create first',
    ]);
  });
});

describe('backups dated in the future', () => {
  it('import refuses an archive dated more than a day ahead, in one line, importing nothing', async () => {
    box = await sandbox(EXAMPLE);
    expect((await runCli(['-c', box.configDir, 'create', 'from-2099'])).code).toBe(0);
    await redate(box.backupDir, 'from-2099', '2099-01-01T00:00:00.000Z');
    const archive = path.join(box.dir, 'from-2099.tar.gz');
    expect((await runCli(['-c', box.configDir, 'export', 'from-2099', '-o', archive])).code).toBe(0);
    const other = path.join(box.dir, 'other-store');
    const refused = await runCli(['-c', box.configDir, '-b', other, 'import', archive]);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toContain('the backup is dated 2099-01-01T00:00:00.000Z, more than a day after');
    expect(
      (await readdir(other).catch(() => [] as string[])).filter((n) => !n.startsWith('.') && n !== 'history.jsonl'),
    ).toEqual([]);
    const json = await runCli(['-c', box.configDir, '-b', other, '--json', 'import', archive]);
    expect(JSON.parse(json.stderr).error.code).toBe('ARCHIVE_REJECTED');
    // Half a day ahead (clocks and zones disagree) is accepted.
    const soon = new Date(Date.now() + 12 * 3600_000).toISOString();
    await redate(box.backupDir, 'from-2099', soon);
    const near = path.join(box.dir, 'near.tar.gz');
    expect((await runCli(['-c', box.configDir, 'export', 'from-2099', '-o', near])).code).toBe(0);
    expect((await runCli(['-c', box.configDir, '-b', other, 'import', near])).code).toBe(0);
  });

  it('clean --keep-within 30d measures from now: a backup dated 2099 deletes no real backup', async () => {
    box = await sandbox(EXAMPLE);
    const day = 86_400_000;
    for (const [name, daysAgo] of [
      ['d40', 40],
      ['d20', 20],
      ['d5', 5],
      ['d0', 0],
      ['future', 0],
    ] as const) {
      expect((await runCli(['-c', box.configDir, 'create', name])).code).toBe(0);
      if (daysAgo > 0) await redate(box.backupDir, name, new Date(Date.now() - daysAgo * day).toISOString());
    }
    await redate(box.backupDir, 'future', '2099-06-01T00:00:00.000Z');
    const dry = JSON.parse(
      (await runCli(['-c', box.configDir, '--json', 'clean', '--keep-within', '30d', '--dry-run'])).stdout,
    );
    expect(dry.remove.map((r: { name: string }) => r.name)).toEqual(['d40']);
    const cleaned = await runCli(['-c', box.configDir, '--yes', '--json', 'clean', '--keep-within', '30d']);
    expect(cleaned.code, cleaned.stderr).toBe(0);
    expect(JSON.parse(cleaned.stdout).deleted).toEqual(['d40']);
    expect(await backups()).toEqual(['d0', 'd20', 'd5', 'future']);
    expect((await runCli(['-c', box.configDir, 'verify'])).code).toBe(0);
  });
});
