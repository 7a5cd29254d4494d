import { createHash } from 'node:crypto';
import { chmod, mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BIN,
  IS_ROOT,
  mountTmpfs,
  remountReadOnly,
  runCli,
  runProcess,
  sandbox,
  type Sandbox,
} from './helpers/sandbox.js';

let box: Sandbox;
const unmounts: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const unmount of unmounts.splice(0)) await unmount();
  await box?.cleanup();
});

async function treeHash(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (d: string): Promise<void> => {
    for (const entry of (await readdir(d, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name === '.backups') continue;
      const p = path.join(d, entry.name);
      hash.update(p);
      if (entry.isDirectory()) await walk(p);
      else if (entry.isFile()) hash.update(await readFile(p));
    }
  };
  await walk(dir);
  return hash.digest('hex');
}

/** Every entry of the backup dir except the lock-free log: backups and leftovers alike. */
/** What a failed write may not leave: anything but the log and the .gitignore a new store gets first. */
async function storeEntries(dir: string): Promise<string[]> {
  return (await readdir(dir).catch(() => [] as string[]))
    .filter((e) => e !== 'history.jsonl' && e !== '.gitignore')
    .sort();
}

function expectOneLineError(
  result: { code: number | null; stderr: string; stdout: string },
  code: number,
  pattern: RegExp,
): void {
  expect(result.code).toBe(code);
  expect(result.stdout).toBe('');
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
}

describe('bad input gets one line, a non-zero exit, and loses nothing', () => {
  it('missing config dir', async () => {
    box = await sandbox(null);
    expectOneLineError(
      await runCli(['-c', path.join(box.dir, 'nope'), 'create']),
      1,
      /config directory not found: .*nope/,
    );
  });

  it('empty config dir', async () => {
    box = await sandbox(null);
    await mkdir(box.configDir, { recursive: true });
    // Runtime state and dot files alone are no config (any other file would be).
    await writeFile(path.join(box.configDir, 'run.lock'), '123');
    await writeFile(path.join(box.configDir, '.DS_Store'), 'x');
    expectOneLineError(
      await runCli(['-c', box.configDir, 'create']),
      1,
      /no configuration files in .* nothing to back up/,
    );
  });

  it('invalid JSON says where, in prose and as JSON', async () => {
    box = await sandbox();
    await writeFile(path.join(box.configDir, 'teams.json'), '{\n  "version": "1.0",\n  "teams": { "a": 1,, }\n}\n');
    const before = await treeHash(box.configDir);
    expectOneLineError(
      await runCli(['-c', box.configDir, 'create']),
      1,
      /teams\.json:3:21: invalid JSON: property name expected/,
    );
    const json = await runCli(['-c', box.configDir, '--json', 'create']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stderr)).toEqual({
      error: {
        code: 'INVALID_JSON',
        message:
          'teams.json:3:21: invalid JSON: property name expected: fix it, or pass --allow-invalid to back it up as it is',
        remedy: 'fix it, or pass --allow-invalid to back it up as it is',
        file: 'teams.json',
        line: 3,
        column: 21,
        problem: 'property name expected',
      },
    });
    expect(await storeEntries(box.backupDir)).toEqual([]);
    expect(await treeHash(box.configDir)).toBe(before);
    const forced = await runCli(['-c', box.configDir, '--json', 'create', '--allow-invalid']);
    expect(forced.code).toBe(0);
  });

  it.each([
    ['a/b', /must be a name, not a path/],
    ['..', /must be a name, not a path/],
    ['.', /must be a name, not a path/],
    ['x'.repeat(300), /300 characters \(at most 100\)/],
    ['bad name', /use only letters/],
    ['line\nbreak', /line break/],
    ['.hidden', /reserved/],
  ])('backup name %j is refused with exit 2', async (name, pattern) => {
    box = await sandbox();
    expectOneLineError(await runCli(['-c', box.configDir, 'create', name]), 2, pattern);
    expect(await storeEntries(box.backupDir)).toEqual([]);
  });

  it('a name with NUL is refused by the library (argv cannot carry NUL)', async () => {
    const { assertValidName } = await import('../src/core/store/names.js');
    expect(() => assertValidName('a\0b')).toThrow(/NUL/);
  });

  it('an existing name is refused and the existing backup is untouched', async () => {
    box = await sandbox();
    expect((await runCli(['-c', box.configDir, 'create', 'keepme'])).code).toBe(0);
    const manifest = await readFile(path.join(box.backupDir, 'keepme/manifest.json'));
    await writeFile(path.join(box.configDir, 'settings.json'), '{"version":"9.0"}');
    expectOneLineError(
      await runCli(['-c', box.configDir, 'create', 'keepme']),
      1,
      /already exists; backups are never overwritten/,
    );
    expect((await readFile(path.join(box.backupDir, 'keepme/manifest.json'))).equals(manifest)).toBe(true);
    expect((await runCli(['-c', box.configDir, 'verify', 'keepme'])).code).toBe(0);
  });

  it('a backup dir that is a file', async () => {
    box = await sandbox();
    const file = path.join(box.dir, 'store');
    await writeFile(file, 'i am a file');
    for (const command of ['create', 'list', 'verify']) {
      expectOneLineError(await runCli(['-c', box.configDir, '-b', file, command]), 1, /is a file, not a directory/);
    }
    expect(await readFile(file, 'utf8')).toBe('i am a file');
  });

  it.skipIf(!IS_ROOT)('an unreadable config file (run as nobody)', async () => {
    box = await sandbox();
    execFileSync('chmod', ['-R', 'a+rwX', box.dir]);
    await chmod(path.join(box.configDir, 'teams.json'), 0o000);
    const result = await runCli(['-c', box.configDir, 'create'], { uid: 65534, cwd: box.dir });
    expectOneLineError(result, 1, /cannot read teams\.json \(EACCES\)/);
    expect(await storeEntries(box.backupDir)).toEqual([]);
  });

  it('symlinks in the config dir are never followed outside it', async () => {
    box = await sandbox();
    const outside = path.join(box.dir, 'secret.json');
    await writeFile(outside, '{"token":"do-not-copy"}');
    await symlink(outside, path.join(box.configDir, 'linked.json'));
    await symlink(path.join(box.configDir, 'teams.json'), path.join(box.configDir, 'alias.json'));
    await symlink(box.dir, path.join(box.configDir, 'loop'));
    const result = await runCli(['-c', box.configDir, '--json', 'create', 'links']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.files.map((f: { path: string }) => f.path)).toContain('alias.json');
    expect(json.files.map((f: { path: string }) => f.path)).not.toContain('linked.json');
    expect(json.skipped).toContainEqual({
      path: 'linked.json',
      reason: expect.stringContaining('outside the config dir'),
      category: 'symlink',
    });
    const stored = await readdir(path.join(box.backupDir, 'links/files'), { recursive: true });
    expect(stored.join()).not.toContain('linked');
    expect(stored.join()).not.toContain('secret');
    const human = await runCli(['-c', box.configDir, 'create', 'links-2']);
    expect(human.stdout).toMatch(/⚠️ {2}linked\.json skipped: symlink points outside the config dir/);
  });

  it('a full disk mid-write leaves no half backup and the config untouched', async () => {
    box = await sandbox();
    const store = path.join(box.dir, 'small-disk');
    const unmount = await mountTmpfs(store, 48);
    if (!unmount) return void console.warn('skipped: cannot mount a tmpfs here (needs root)');
    unmounts.push(unmount);
    await writeFile(
      path.join(box.configDir, 'large.json'),
      JSON.stringify({ version: '1.0', data: 'y'.repeat(60_000) }),
    );
    const before = await treeHash(box.configDir);
    const result = await runCli(['-c', box.configDir, '-b', store, 'create', 'too-big']);
    expectOneLineError(result, 1, /no space left on device while writing .*; nothing was saved/);
    expect(await storeEntries(store)).toEqual([]);
    expect(await treeHash(box.configDir)).toBe(before);
    await writeFile(path.join(box.configDir, 'large.json'), '{"version":"1.0"}');
    expect((await runCli(['-c', box.configDir, '-b', store, 'create', 'fits'])).code).toBe(0);
    expect((await runCli(['-c', box.configDir, '-b', store, 'verify'])).code).toBe(0);
  });

  it('a read-only backup dir is a clear error and nothing changes', async () => {
    box = await sandbox();
    const store = path.join(box.dir, 'ro-disk');
    const unmount = await mountTmpfs(store, 256);
    if (!unmount) return void console.warn('skipped: cannot mount a tmpfs here (needs root)');
    unmounts.push(unmount);
    expect((await runCli(['-c', box.configDir, '-b', store, 'create', 'before'])).code).toBe(0);
    expect(await remountReadOnly(store)).toBe(true);
    const entries = await storeEntries(store);
    expectOneLineError(await runCli(['-c', box.configDir, '-b', store, 'create']), 1, /read-only file system/);
    expect(await storeEntries(store)).toEqual(entries);
    expect((await runCli(['-c', box.configDir, '-b', store, 'list'])).code).toBe(0);
  });

  it('a file size limit hit mid-write (ulimit -f) leaves no half backup', async () => {
    box = await sandbox();
    // One file well over the limit (8 blocks: 4 or 8 KB, by the shell), whatever the fixture's sizes.
    await writeFile(
      path.join(box.configDir, 'agents.json'),
      JSON.stringify(
        { agents: Array.from({ length: 800 }, (_, i) => ({ agent: `agent-${i}`, role: 'r'.repeat(40) })) },
        null,
        2,
      ),
    );
    const before = await treeHash(box.configDir);
    const result = await runProcess('sh', [
      '-c',
      `ulimit -f 8; exec "${process.execPath}" "${BIN}" -c "${box.configDir}" create limited`,
    ]);
    expectOneLineError(result, 1, /file too large .*nothing was saved/);
    expect(await storeEntries(box.backupDir)).toEqual([]);
    expect(await treeHash(box.configDir)).toBe(before);
  });

  it('unknown commands and options are usage errors (exit 2), also as JSON', async () => {
    expectOneLineError(await runCli(['frobnicate']), 2, /unknown command 'frobnicate'/);
    const json = await runCli(['--json', 'create', '--frob']);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stderr).error.code).toBe('USAGE');
  });
});
