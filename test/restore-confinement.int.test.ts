/**
 * Paths are confined: no manifest (created, imported or restored) and no journal may name the
 * tool's own files (settings, store, journal, scratch), a `..` or absolute path, or reach outside
 * the config dir; a planted or edited journal is refused, never executed; nothing but the store's
 * own names is ever removed from a shared backup dir.
 */
import { createHash, createHmac } from 'node:crypto';
import { execFile } from 'node:child_process';
import { chmod, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson, sealManifest, serializeManifest } from '../src/core/store/manifest.js';
import { expectIntact, oneLineError, restoreCase, treeState, type RestoreCase } from './helpers/restore-cases.js';
import { killAt, storeState } from './helpers/reliability.js';
import { runCli } from './helpers/sandbox.js';

const run = promisify(execFile);
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

let c: RestoreCase | undefined;
afterEach(async () => {
  await c?.box.cleanup();
  c = undefined;
});

/** A loose backup directory as the store (or an archive) holds it, with a sealed manifest. */
async function looseBackup(dir: string, name: string, files: Record<string, string>): Promise<void> {
  const entries = Object.entries(files).map(([p, text]) => ({
    path: p,
    size: Buffer.byteLength(text),
    sha256: sha256(text),
    stored: `files/${p}`,
    storedSize: Buffer.byteLength(text),
  }));
  for (const [p, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, 'files', p)), { recursive: true });
    await writeFile(path.join(dir, 'files', p), text);
  }
  const manifest = sealManifest({
    formatVersion: 1,
    name,
    createdAt: '2026-01-02T03:04:05.000Z',
    description: null,
    trigger: 'manual',
    tags: [],
    tool: { name: 'orchestration-backup', version: '1.0.0' },
    configVersion: null,
    compression: 'none',
    files: entries,
    fileCount: entries.length,
    totalSize: entries.reduce((s, e) => s + e.size, 0),
    storedSize: entries.reduce((s, e) => s + e.size, 0),
    validation: null,
  });
  await writeFile(path.join(dir, 'manifest.json'), serializeManifest(manifest));
}

const TEAMS = '{"version":"1.0.0","teams":{}}\n';
const REDACTION_OFF = '{"secretKeys":[]}\n';

describe("manifests never name the tool's own files", () => {
  it.each([
    ['.orch-backup.json', REDACTION_OFF],
    ['.backups/target/manifest.json', '{"name":"target"}\n'],
    ['.orch-backup-restore/old/teams.json', TEAMS],
  ])('import refuses an archive whose manifest names %s', async (owned, content) => {
    c = await restoreCase();
    const work = path.join(c.box.dir, 'work');
    await looseBackup(path.join(work, 'evil'), 'evil', { 'teams.json': TEAMS, [owned]: content });
    const archive = path.join(c.box.dir, 'evil.tar.gz');
    await run('tar', ['czf', archive, '-C', work, 'evil']);
    const result = await runCli([...c.args, 'import', archive]);
    expect(result.code).toBe(1);
    expect(oneLineError(result)).toMatch(
      new RegExp(
        `cannot import .*: its manifest names "${owned.replace(/\./g, '\\.')}", which belongs to the tool .*; nothing was imported$`,
      ),
    );
    await expectIntact(c, 'old');
  });

  it('restore refuses a stored backup (an older version wrote it) that names the settings file', async () => {
    c = await restoreCase();
    await looseBackup(path.join(c.box.backupDir, 'evil'), 'evil', {
      'teams.json': TEAMS,
      '.orch-backup.json': REDACTION_OFF,
    });
    c.store = await storeState(c.box.backupDir);
    expect((await runCli([...c.args, 'verify', 'evil'])).code).toBe(0);
    const result = await runCli([...c.args, '--yes', 'restore', 'evil']);
    expect(result.code).toBe(1);
    expect(oneLineError(result)).toMatch(
      /refusing to restore "evil": ".orch-backup.json" belongs to the tool itself .*; nothing was changed$/,
    );
    await expectIntact(c, 'old');
  });

  it('create never backs up the settings file, even when an include pattern names it', async () => {
    c = await restoreCase();
    await writeFile(
      path.join(c.box.configDir, '.orch-backup.json'),
      JSON.stringify({ include: ['**/*.json', '.orch-backup.json'] }),
    );
    const result = await runCli([...c.args, '--json', 'create', 'with-settings']);
    expect(result.code, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout) as { files: { path: string }[]; skipped: { path: string; reason: string }[] };
    expect(out.files.map((f) => f.path)).not.toContain('.orch-backup.json');
    expect(out.skipped).toContainEqual({
      path: '.orch-backup.json',
      reason: "the tool's own file, never backed up",
      category: 'owned',
    });
  });
});

describe('a planted or edited journal is refused, not executed', () => {
  /** The store is shared: files of others beside the backups must survive everything. */
  async function shareStore(x: RestoreCase): Promise<Record<string, string>> {
    await writeFile(path.join(x.box.backupDir, 'notes.txt'), "someone else's");
    await mkdir(path.join(x.box.backupDir, 'other-tool'));
    await writeFile(path.join(x.box.backupDir, 'other-tool/data.json'), '{}');
    x.store = await storeState(x.box.backupDir);
    return foreign(x);
  }
  const foreign = async (x: RestoreCase): Promise<Record<string, string>> => {
    const all = await treeState(x.box.backupDir, []);
    return Object.fromEntries(Object.entries(all).filter(([p]) => p === 'notes.txt' || p.startsWith('other-tool/')));
  };
  const journalFile = (x: RestoreCase): string => path.join(x.box.backupDir, '.restore-journal.json');

  async function expectRefused(
    x: RestoreCase,
    problem: RegExp,
    foreignBefore: Record<string, string>,
    mayAdd = 0,
  ): Promise<void> {
    const list = await runCli([...x.args, 'list']);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stderr).toMatch(/^orch-backup: warning: ignored the restore journal .*\.restore-journal\.json: /);
    expect(list.stderr).toMatch(problem);
    expect(list.stderr).toMatch(
      /nothing in it was executed \(kept as .*\.rejected-journal-.*\.json for inspection\)\n$/,
    );
    expect((await readdir(x.box.backupDir)).filter((e) => e.startsWith('.rejected-journal-'))).toHaveLength(1);
    expect(await foreign(x)).toEqual(foreignBefore);
    await expectIntact(x, 'old', { mayAdd });
  }

  it('an old-format journal naming a staging dir and a "../" path outside', async () => {
    c = await restoreCase();
    const before = await shareStore(c);
    const victim = path.join(c.outside, 'agents');
    await writeFile(
      journalFile(c),
      JSON.stringify({
        version: 1,
        purpose: 'restore',
        backup: 'target',
        safetyBackup: null,
        configDir: c.box.configDir,
        stagingDir: victim,
        phase: 'applied',
        operations: [{ path: '../outside/keep.json', action: 'remove', sha256: null }],
        startedAt: new Date().toISOString(),
      }),
    );
    await expectRefused(
      c,
      /it has format 1 \(an older version\) but is not shaped like one, or names paths outside the config dir/,
      before,
    );
  });

  it('a well-formed journal signed with a key others can read (planted with it)', async () => {
    c = await restoreCase();
    const before = await shareStore(c);
    const key = path.join(c.box.backupDir, '.journal-key');
    await writeFile(key, 'planted');
    await chmod(key, 0o644);
    const configDir = await (await import('node:fs/promises')).realpath(c.box.configDir);
    const body = {
      version: 2,
      backup: 'target',
      safetyBackup: null,
      configDir,
      stagingDir: path.join(configDir, '.orch-backup-restore'),
      phase: 'applying',
      operations: [{ path: 'teams.json', before: c.oldState['teams.json'], after: null }],
      createdDirs: [],
      startedAt: new Date().toISOString(),
    };
    await writeFile(
      journalFile(c),
      JSON.stringify({ ...body, mac: createHmac('sha256', 'planted').update(canonicalJson(body)).digest('hex') }),
    );
    await expectRefused(c, /cannot trust .*\.journal-key: others may read or change it \(mode 644\)/, before);
  });

  it('a real journal edited to remove a config file (signature no longer matches)', async () => {
    c = await restoreCase();
    const before = await shareStore(c);
    expect(
      (await runCli([...c.args, '--yes', 'restore', 'target'], { env: killAt('restore:journal-written') })).signal,
    ).toBe('SIGKILL');
    const journal = JSON.parse(await readFile(journalFile(c), 'utf8'));
    journal.phase = 'applying';
    journal.operations = [{ path: 'teams.json', before: c.oldState['teams.json'], after: null }];
    journal.createdDirs = [];
    await writeFile(journalFile(c), JSON.stringify(journal));
    await expectRefused(c, /its signature does not match the store's journal key \(planted or edited\)/, before, 1);
  });

  it("a real journal re-signed with the store's key but pointing its staging dir outside", async () => {
    c = await restoreCase();
    const before = await shareStore(c);
    expect(
      (await runCli([...c.args, '--yes', 'restore', 'target'], { env: killAt('restore:journal-written') })).signal,
    ).toBe('SIGKILL');
    const { mac: _old, ...journal } = JSON.parse(await readFile(journalFile(c), 'utf8'));
    journal.stagingDir = path.join(c.outside, 'agents');
    const key = await readFile(path.join(c.box.backupDir, '.journal-key'), 'utf8');
    await writeFile(
      journalFile(c),
      JSON.stringify({ ...journal, mac: createHmac('sha256', key).update(canonicalJson(journal)).digest('hex') }),
    );
    await expectRefused(c, /its staging dir ".*outside\/agents" is not .*\.orch-backup-restore/, before, 1);
  });

  it('a real journal re-signed but naming "../" and the settings file', async () => {
    c = await restoreCase();
    const before = await shareStore(c);
    expect(
      (await runCli([...c.args, '--yes', 'restore', 'target'], { env: killAt('restore:journal-written') })).signal,
    ).toBe('SIGKILL');
    const key = await readFile(path.join(c.box.backupDir, '.journal-key'), 'utf8');
    for (const [target, problem] of [
      ['../outside/keep.json', /an operation names "\.\.\/outside\/keep\.json", outside what a restore may touch/],
      ['.orch-backup.json', /an operation names "\.orch-backup\.json", outside what a restore may touch/],
    ] as const) {
      const { mac: _old, ...journal } = JSON.parse(
        await readFile(journalFile(c), 'utf8').catch(async () => readFile(await rejected(c as RestoreCase), 'utf8')),
      );
      journal.phase = 'applying';
      journal.operations = [{ path: target, before: null, after: c.oldState['teams.json'] }];
      journal.createdDirs = [];
      await writeFile(
        journalFile(c),
        JSON.stringify({ ...journal, mac: createHmac('sha256', key).update(canonicalJson(journal)).digest('hex') }),
      );
      const list = await runCli([...c.args, 'list']);
      expect(list.code, list.stderr).toBe(0);
      expect(list.stderr).toMatch(problem);
    }
    expect(await foreign(c)).toEqual(before);
    await expectIntact(c, 'old', { mayAdd: 1 });
  });
});

async function rejected(x: RestoreCase): Promise<string> {
  const name = (await readdir(x.box.backupDir)).filter((e) => e.startsWith('.rejected-journal-')).sort()[0];
  return path.join(x.box.backupDir, name as string);
}
