import { chmod, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, runCli, runProcess, sandbox, type Sandbox } from './helpers/sandbox.js';
import { storedManifest } from './helpers/store.js';

const FIXTURE = path.join(ROOT, 'test/fixtures/verbs');

let box: Sandbox;
afterEach(async () => box?.cleanup());

const cli = (...args: string[]) => runCli(['-c', box.configDir, ...args]);

async function create(name: string, ...extra: string[]): Promise<void> {
  const result = await cli('create', name, '-q', ...extra);
  expect(result.code, result.stderr).toBe(0);
}

async function packed(): Promise<void> {
  await writeFile(path.join(box.configDir, '.orch-backup.json'), JSON.stringify({ compressAbove: 0 }));
}

describe('cat', () => {
  it('prints the stored bytes of a loose and of a packed backup, unchanged', async () => {
    box = await sandbox(FIXTURE);
    const original = await readFile(path.join(box.configDir, 'teams.json'), 'utf8');
    await create('loose');
    await packed();
    await create('packed');
    expect((await storedManifest(box.backupDir, 'packed')).packs).toBeDefined();
    // The config changes after the backups: cat shows what was stored, not what is there now.
    await writeFile(path.join(box.configDir, 'teams.json'), '{"version":"2.0","teams":{}}\n');
    for (const name of ['loose', 'packed']) {
      const result = await cli('cat', name, 'teams.json');
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toBe(original);
      expect(result.stderr).toBe('');
    }
    expect((await cli('cat', 'packed', './teams.json')).stdout).toBe(original);
    const json = JSON.parse((await cli('--json', 'cat', 'packed', 'teams.json')).stdout);
    expect(json).toMatchObject({
      name: 'packed',
      path: 'teams.json',
      size: Buffer.byteLength(original),
      content: original,
    });
    expect(json.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('an unknown path is one line naming close paths, exit 1', async () => {
    box = await sandbox(FIXTURE);
    await create('b1');
    const typo = await cli('cat', 'b1', 'team.json');
    expect(typo.code).toBe(1);
    expect(typo.stdout).toBe('');
    expect(typo.stderr).toBe('orch-backup: backup "b1" has no file "team.json" (did you mean "teams.json"?)\n');
    const far = await cli('cat', 'b1', 'nothing-like-it.yaml');
    expect(far.code).toBe(1);
    expect(far.stderr).toBe(
      'orch-backup: backup "b1" has no file "nothing-like-it.yaml" (it has 3 files): see: orch-backup show b1\n',
    );
    const asJson = await cli('--json', 'cat', 'b1', 'team.json');
    expect(JSON.parse(asJson.stderr).error.code).toBe('FILE_NOT_IN_BACKUP');
  });

  it('refuses a stored copy whose checksum does not match, printing nothing of it', async () => {
    box = await sandbox(FIXTURE);
    await create('b1');
    const manifest = await storedManifest(box.backupDir, 'b1');
    const stored = path.join(
      box.backupDir,
      'b1',
      manifest.files.find((f) => f.path === 'teams.json')?.stored as string,
    );
    const bytes = await readFile(stored);
    bytes[10] = bytes[10] === 0x20 ? 0x09 : 0x20;
    await chmod(stored, 0o644);
    await writeFile(stored, bytes);
    const result = await cli('cat', 'b1', 'teams.json');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^orch-backup: backup "b1" is damaged: teams\.json: content changed\n$/);
  });
});

describe('history', () => {
  it('shows the recorded operations newest first, --limit and --json', async () => {
    box = await sandbox(FIXTURE);
    expect((await cli('history')).stdout).toContain('No operations recorded yet.');
    await create('first');
    await create('second');
    expect((await cli('tag', 'first', '--add', 'keep')).code).toBe(0);

    const text = await cli('history');
    expect(text.code).toBe(0);
    const rows = text.stdout.split('\n').filter((l) => /^ {2}\d{4}-/.test(l));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/✅ tag {5}first — tags: keep$/);
    expect(rows[1]).toMatch(/✅ create {2}second$/);
    expect(rows[2]).toMatch(/✅ create {2}first$/);

    const limited = JSON.parse((await cli('--json', 'history', '--limit', '2')).stdout);
    expect(limited.total).toBe(3);
    expect(limited.entries.map((e: { operation: string; backup: string }) => `${e.operation} ${e.backup}`)).toEqual([
      'tag first',
      'create second',
    ]);
    expect((await cli('history', '-n', '1')).stdout).toContain('Newest 1 of 3 entries:');

    const bad = await cli('history', '--limit', '0');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('orch-backup: --limit needs a whole number of 1 or more, got "0"\n');
  });
});

describe('tag', () => {
  for (const kind of ['loose', 'packed'] as const) {
    it(`adds and removes tags of a ${kind} backup; the re-sealed manifest verifies`, async () => {
      box = await sandbox(FIXTURE);
      if (kind === 'packed') await packed();
      await create('b1', '-t', 'nightly');
      const before = await storedManifest(box.backupDir, 'b1');

      const added = await cli('tag', 'b1', '--add', 'release', '--add', 'keep');
      expect(added.code, added.stderr).toBe(0);
      expect(added.stdout).toContain('Tags of b1: nightly, release, keep');
      const after = await storedManifest(box.backupDir, 'b1');
      expect(after.tags).toEqual(['nightly', 'release', 'keep']);
      expect(after.checksum).not.toBe(before.checksum);
      expect({ ...after, tags: before.tags, checksum: before.checksum }).toEqual(before);
      expect((await cli('verify', 'b1')).code).toBe(0);

      const removed = JSON.parse((await cli('--json', 'tag', 'b1', '--remove', 'nightly')).stdout);
      expect(removed).toEqual({
        name: 'b1',
        before: ['nightly', 'release', 'keep'],
        tags: ['release', 'keep'],
        changed: true,
      });
      const again = await cli('tag', 'b1', '--add', 'keep');
      expect(again.stdout).toContain('already has these tags');
      const listed = JSON.parse((await cli('--json', 'list')).stdout);
      expect(listed.backups[0].tags).toEqual(['release', 'keep']);
      expect((await cli('verify')).code).toBe(0);
      expect((await cli('cat', 'b1', 'teams.json')).code).toBe(0);
    });
  }

  it('a tag added later protects the backup from clean', async () => {
    box = await sandbox(FIXTURE);
    await create('old');
    await create('new');
    await cli('tag', 'old', '--add', 'keep');
    const result = await cli('-y', 'clean', '--keep-last', '1');
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse((await cli('--json', 'list')).stdout).backups.map((b: { name: string }) => b.name)).toEqual([
      'new',
      'old',
    ]);
  });

  it('refuses bad tags, no change, and a manifest that does not verify, changing nothing', async () => {
    box = await sandbox(FIXTURE);
    await create('b1');
    const file = path.join(box.backupDir, 'b1', 'manifest.json');
    expect((await cli('tag', 'b1', '--add', 'a,b')).stderr).toBe(
      'orch-backup: tag "a,b" contains a comma (commas separate the tags of a keep-tag policy)\n',
    );
    expect((await cli('tag', 'b1')).code).toBe(2);
    const tampered = JSON.parse(await readFile(file, 'utf8'));
    tampered.description = 'edited by hand';
    await chmod(file, 0o644);
    await writeFile(file, JSON.stringify(tampered, null, 2));
    const refused = await cli('tag', 'b1', '--add', 'keep');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('manifest checksum mismatch');
    expect(JSON.parse(await readFile(file, 'utf8')).tags).toEqual([]);
  });
});

describe('list --limit', () => {
  it('shows only the newest n backups and says how many are hidden', async () => {
    box = await sandbox(FIXTURE);
    for (const name of ['a1', 'a2', 'a3']) await create(name);
    const text = await cli('list', '--limit', '2');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('  2. a2 (');
    expect(text.stdout).not.toContain('a1');
    expect(text.stdout).toContain('Storage:');
    expect(text.stdout).toMatch(/\(1 older backup not shown; --limit 2\)\n$/);
    const json = JSON.parse((await cli('--json', 'list', '-n', '1')).stdout);
    expect(json.total).toBe(3);
    expect(json.backups.map((b: { name: string }) => b.name)).toEqual(['a3']);
    expect((await cli('list', '--limit', 'x')).code).toBe(2);
  });
});

describe('diff --exit-code', () => {
  it('exits 1 when the sides differ, 0 when identical, and 0 without the flag', async () => {
    box = await sandbox(FIXTURE);
    await create('same');
    expect((await cli('diff', 'same', '--exit-code')).code).toBe(0);
    await writeFile(path.join(box.configDir, 'teams.json'), '{"version":"1.0","teams":{}}\n');
    const differs = await cli('diff', 'same', '--exit-code');
    expect(differs.code).toBe(1);
    expect(differs.stdout).toContain('teams.json');
    expect((await cli('diff', 'same')).code).toBe(0);
    expect((await cli('--json', 'diff', 'same', 'current', '--exit-code')).code).toBe(1);
    expect((await cli('diff', 'same', '--patch', '--exit-code')).code).toBe(1);
  });
});

describe('did you mean', () => {
  it('every command taking a backup name suggests close names', async () => {
    box = await sandbox(FIXTURE);
    await create('release-2024');
    await create('nightly');
    const expected = /^orch-backup: no backup named "relase-2024" in .* \(did you mean "release-2024"\?\)\n$/;
    for (const args of [
      ['show', 'relase-2024'],
      ['cat', 'relase-2024', 'teams.json'],
      ['tag', 'relase-2024', '--add', 'x'],
      ['restore', 'relase-2024', '--dry-run'],
      ['diff', 'relase-2024'],
      ['diff', 'nightly', 'relase-2024'],
      ['export', 'relase-2024', '-o', path.join(box.dir, 'x.tar.gz')],
      ['validate', '--backup', 'relase-2024'],
      ['verify', 'relase-2024'],
    ]) {
      const result = await cli(...args);
      expect(result.code, args.join(' ')).not.toBe(0);
      expect(result.stderr, args.join(' ')).toMatch(expected);
    }
    const nothingClose = await cli('show', 'zzz');
    expect(nothingClose.stderr).toMatch(/no backup named "zzz" in .*: see: orch-backup list\n$/);
  });
});

describe('completion', () => {
  it("bash completes commands, subcommands and each command's own flags, after global flags with values", async () => {
    box = await sandbox(FIXTURE);
    const script = await cli('completion', 'bash');
    expect(script.code, script.stderr).toBe(0);
    const file = path.join(box.dir, 'completion.bash');
    await writeFile(file, script.stdout);
    const complete = async (...words: string[]): Promise<string> => {
      const array = words.map((w) => JSON.stringify(w)).join(' ');
      const run = await runProcess('bash', [
        '-c',
        `source ${file}; COMP_WORDS=(orch-backup ${array}); COMP_CWORD=${words.length}; _orch_backup; echo "\${COMPREPLY[*]}"`,
      ]);
      expect(run.code, run.stderr).toBe(0);
      return run.stdout.trim();
    };
    expect(await complete('ta')).toBe('tag');
    expect(await complete('-c', 'dir', 'clean', '--keep-l')).toBe('--keep-last');
    expect(await complete('hook', '')).toBe('install uninstall run --help');
    expect((await complete('diff', '--')).split(' ')).toEqual(expect.arrayContaining(['--patch', '--exit-code']));
  });

  it('zsh and fish scripts name every command; another shell is a usage error', async () => {
    box = await sandbox(FIXTURE);
    const zsh = await cli('completion', 'zsh');
    expect(zsh.stdout).toMatch(/^#compdef orch-backup\n/);
    const fish = (await cli('completion', 'fish')).stdout;
    for (const command of ['create', 'list', 'cat', 'history', 'tag', 'clean', 'completion', 'hook'])
      expect(fish).toContain(`-a ${command} -d `);
    expect(fish).toContain('complete -c orch-backup -n "__fish_seen_subcommand_from clean" -l force -d ');
    const bad = await cli('completion', 'tcsh');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('orch-backup: completion supports bash, zsh, fish, not "tcsh"\n');
  });
});
