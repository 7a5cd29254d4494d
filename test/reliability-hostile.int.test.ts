/**
 * Hostile input: a fixed corpus of config contents through the CLI, property tests
 * (fast-check) of contents, names and damaged archives through the library, a store-damage
 * matrix, and a full / read-only disk during restore (create's are in cli-bad-input).
 * The 50 MB single file is in test/stress/hostile-large.test.ts.
 */
import { chmod, cp, mkdir, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { importArchive } from '../src/core/archive/import.js';
import { exportBackup } from '../src/core/archive/export.js';
import { createBackup } from '../src/core/create/create.js';
import { verifyBackup } from '../src/core/inspect/verify.js';
import { OrchBackupError } from '../src/errors/index.js';
import { storeState, treeState } from './helpers/reliability.js';
import { editManifest, flipByte } from './helpers/damage.js';
import { packedLocation } from './helpers/store.js';
import { FIXTURES, IS_ROOT, mountTmpfs, remountReadOnly, runCli, sandbox, type Sandbox } from './helpers/sandbox.js';

let box: Sandbox;
afterEach(async () => box?.cleanup());

const oneLine = (stderr: string) => {
  expect(stderr.trimEnd().split('\n'), stderr).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at |RangeError|Maximum call stack/);
};

const BIG_NUMBERS =
  '{"id":12345678901234567890123456789012345678901234567890,"tiny":1e-400,"huge":1.7976931348623157e309,"exact":0.10000000000000000000000000000001,"neg":-0.0}\n';

/** name → bytes of one config file written beside a valid teams.json; `ok` whether create must accept it. */
const CORPUS: [string, Buffer, boolean][] = [
  ['numbers beyond double precision', Buffer.from(BIG_NUMBERS), true],
  ['a UTF-8 BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a":1}')]), true],
  ['duplicate keys', Buffer.from('{"a":1,"a":2,"a":{"a":3}}'), true],
  ['lone surrogate escapes and controls', Buffer.from('{"s":"\\ud800\\udfff\\u0000\\u001f","t":"\\udc00"}'), true],
  ['unicode look-alike keys', Buffer.from('{"tеams":1,"teams":2,"ｔｅａｍｓ":3,"te\\u200bams":4}'), true],
  ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x22, 0x7d]), false],
  ['invalid JSON', Buffer.from('{"a":1,,}'), false],
  ['an empty file', Buffer.alloc(0), false],
  // Refused with a stated limit (nesting deeper than 1000 levels), not a stack overflow.
  ['nesting depth 100,000 (arrays)', Buffer.from(`${'['.repeat(100_000)}${']'.repeat(100_000)}`), false],
  ['nesting depth 100,000 (objects)', Buffer.from(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`), false],
  ['unclosed nesting depth 100,000', Buffer.from('['.repeat(100_000)), false],
  ['a NUL byte', Buffer.from('{"a":1}\u0000'), false],
];

describe('config content corpus through the CLI', () => {
  it.each(CORPUS)(
    '%s: backed up byte-exact, or refused in one line with nothing written',
    async (_label, bytes, ok) => {
      box = await sandbox();
      await writeFile(path.join(box.configDir, 'hostile.json'), bytes);
      await writeFile(path.join(box.configDir, 'README.md'), '# not JSON, kept byte for byte, never parsed\n');
      await writeFile(path.join(box.configDir, 'run.lock'), '123\n');
      const result = await runCli(['-c', box.configDir, '--json', 'create', 'h']);
      if (!ok) {
        expect(result.code, result.stdout).toBe(1);
        oneLine(result.stderr);
        expect(await storeState(box.backupDir)).toEqual({});
        return;
      }
      expect(result.code, result.stderr).toBe(0);
      expect(Buffer.compare(await readFile(path.join(box.backupDir, 'h/files/hostile.json')), bytes)).toBe(0);
      const manifest = JSON.parse(await readFile(path.join(box.backupDir, 'h/manifest.json'), 'utf8'));
      expect(manifest.files.map((f: { path: string }) => f.path)).toContain('README.md');
      expect(manifest.files.map((f: { path: string }) => f.path)).not.toContain('run.lock');
      // The other commands read it without a stack overflow, and a restore gives back the bytes.
      const commands = [['validate'], ['diff', 'h'], ['verify'], ['list'], ['show', 'h']];
      const results = await Promise.all(commands.map((args) => runCli(['-c', box.configDir, ...args])));
      results.forEach((r, i) => {
        expect([0, 1], `${commands[i]?.join(' ')}: ${r.stderr}`).toContain(r.code);
        expect(r.stderr).not.toMatch(/\n\s+at |Maximum call stack/);
      });
      await writeFile(path.join(box.configDir, 'hostile.json'), '{}');
      const restore = await runCli(['-c', box.configDir, '--yes', '--json', 'restore', 'h', '--force']);
      expect(restore.code, restore.stderr).toBe(0);
      expect(Buffer.compare(await readFile(path.join(box.configDir, 'hostile.json')), bytes)).toBe(0);
    },
  );
});

describe('property: any content, any name (library, in process)', () => {
  it('random JSON text and random bytes: either refused with an OrchBackupError and nothing stored, or stored byte-exact and verified', async () => {
    box = await sandbox(null);
    await mkdir(box.configDir, { recursive: true });
    let n = 0;
    const content = fc.oneof(
      fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v, null, n % 3))),
      fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)),
      fc.string({ unit: 'binary', maxLength: 200 }).map((s) => Buffer.from(s)),
    );
    let stored = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(content, async (bytes) => {
        n++;
        const backupDir = path.join(box.dir, `store-${n}`);
        await writeFile(path.join(box.configDir, 'x.json'), bytes);
        try {
          const result = await createBackup({ configDir: box.configDir, backupDir, name: 'p' });
          expect(result.created).toBe(true);
          expect(Buffer.compare(await readFile(path.join(backupDir, 'p/files/x.json')), bytes)).toBe(0);
          expect((await verifyBackup(backupDir, 'p')).ok).toBe(true);
          stored++;
        } catch (error) {
          expect(error, String(error)).toBeInstanceOf(OrchBackupError);
          expect(Object.keys(await storeState(backupDir))).toEqual([]);
          refused++;
        }
      }),
      { numRuns: 150 },
    );
    expect(stored).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });

  it('random names (traversal, absolute, NUL, newline, look-alikes, reserved, very long): refused, or a directory directly in the store', async () => {
    box = await sandbox();
    const special = fc.constantFrom(
      '..',
      '.',
      '../x',
      '/etc/passwd',
      'a/b',
      'a\\b',
      'a\u0000b',
      'a\nb',
      'CON',
      'nul',
      'a'.repeat(300),
      '․․',
      '．．',
      'ａ',
      '-rf',
      '.hidden',
      ' ',
      'history.jsonl',
      '.lock',
      '.staging-x',
    );
    const name = fc.oneof(
      special,
      fc.string({ unit: 'binary', maxLength: 120 }),
      fc.string({ unit: 'grapheme-ascii', maxLength: 20 }),
    );
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(name, async (n) => {
        try {
          const result = await createBackup({
            configDir: box.configDir,
            backupDir: box.backupDir,
            name: n,
            skipIfUnchanged: false,
          });
          expect(seen.has(n), `${JSON.stringify(n)} created twice`).toBe(false);
          seen.add(n);
          expect(path.dirname(result.path)).toBe(box.backupDir);
          expect(path.basename(result.path)).toBe(n);
        } catch (error) {
          expect(error, String(error)).toBeInstanceOf(OrchBackupError);
        }
      }),
      { numRuns: 200 },
    );
    // Nothing escaped the store.
    expect((await readdir(box.dir)).sort()).toEqual(['.claude']);
  });
});

describe('property: damaged archives (byte flips, truncations) of a valid export', () => {
  it('are refused with ARCHIVE_REJECTED (nothing written) or imported intact: never a crash, never a half backup', async () => {
    box = await sandbox();
    await createBackup({ configDir: box.configDir, backupDir: box.backupDir, name: 'src' });
    const archive = path.join(box.dir, 'src.tar.gz');
    await exportBackup({ backupDir: box.backupDir, name: 'src', output: archive });
    const valid = await readFile(archive);
    const original = (await storeState(box.backupDir)).src;
    const outcomes = { imported: 0, refused: 0 };
    let n = 0;
    const damage = fc.record({
      flips: fc.array(fc.record({ at: fc.nat(valid.length - 1), xor: fc.integer({ min: 1, max: 255 }) }), {
        maxLength: 4,
      }),
      cut: fc.option(fc.nat(valid.length), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(damage, async ({ flips, cut }) => {
        n++;
        const bytes = Buffer.from(valid);
        for (const f of flips) bytes[f.at] = (bytes[f.at] as number) ^ f.xor;
        const file = path.join(box.dir, `d-${n}.tar.gz`);
        await writeFile(file, cut === undefined ? bytes : bytes.subarray(0, cut));
        const store = path.join(box.dir, `store-${n}`);
        try {
          const result = await importArchive({ backupDir: store, file });
          expect((await verifyBackup(store, result.name)).ok).toBe(true);
          expect((await storeState(store))[result.name]).toEqual(original);
          outcomes.imported++;
        } catch (error) {
          expect(error, String((error as Error).stack)).toBeInstanceOf(OrchBackupError);
          expect(Object.keys(await storeState(store))).toEqual([]);
          expect(
            (await readdir(store).catch(() => [])).filter((e) => e.startsWith('.staging') || e.startsWith('.trash')),
          ).toEqual([]);
          outcomes.refused++;
        }
        await rm(store, { recursive: true, force: true });
        await rm(file);
      }),
      { numRuns: 300 },
    );
    expect(outcomes.refused).toBeGreaterThan(0);
  }, 120_000);
});

/**
 * Backups a, b, c exist and the config has moved on; `damage` is done to b. Then verify names
 * the problem in b alone, list keeps a and c, restoring b is refused in one line with the config
 * untouched, and restoring a still works.
 */
async function expectDamageContained(damage: (dir: string) => Promise<void>, problem: RegExp): Promise<void> {
  await writeFile(path.join(box.configDir, 'teams.json'), '{"teams":[]}');
  const config = await treeState(box.configDir);
  const dir = path.join(box.backupDir, 'b');
  await chmod(dir, 0o755).catch(() => undefined);
  await damage(dir);
  const verify = await runCli(['-c', box.configDir, '--json', 'verify']);
  expect(verify.code).toBe(1);
  const results = JSON.parse(verify.stdout).results as { name: string; ok: boolean; problems: { message: string }[] }[];
  expect(results.filter((r) => !r.ok).map((r) => r.name)).toEqual(['b']);
  expect(JSON.stringify(results.find((r) => r.name === 'b')?.problems)).toMatch(problem);
  const list = JSON.parse((await runCli(['-c', box.configDir, '--json', 'list'])).stdout);
  expect(list.backups.map((b: { name: string }) => b.name).sort()).toEqual(expect.arrayContaining(['a', 'c']));
  const restore = await runCli(['-c', box.configDir, '--yes', 'restore', 'b']);
  expect(restore.code).toBe(1);
  oneLine(restore.stderr);
  expect(await treeState(box.configDir)).toEqual(config);
  expect((await runCli(['-c', box.configDir, '--yes', 'restore', 'a'])).code).toBe(0);
}

describe('store damage: verify names each problem, restore refuses, list keeps the rest', () => {
  const damages: [string, (dir: string) => Promise<void>, RegExp][] = [
    ['truncated manifest', async (d) => truncate(path.join(d, 'manifest.json'), 40), /manifest/i],
    [
      'edited manifest',
      async (d) => editManifest(d, (m) => ({ ...m, description: 'edited' })),
      /manifest|seal|checksum/i,
    ],
    ['missing manifest', async (d) => rm(path.join(d, 'manifest.json')), /manifest\.json is missing/],
    ['missing file', async (d) => rm(path.join(d, 'files/teams.json')), /teams\.json/],
    ['extra file', async (d) => writeFile(path.join(d, 'files/extra.json'), '{}'), /extra\.json/],
    ['flipped byte', async (d) => flipByte(path.join(d, 'files/teams.json')), /teams\.json/],
    [
      'backup dir replaced by a file',
      async (d) => rm(d, { recursive: true }).then(() => writeFile(d, 'x')),
      /not a directory/,
    ],
  ];
  it.each(damages)('%s', async (_label, damage, problem) => {
    box = await sandbox();
    for (const n of ['a', 'b', 'c']) expect((await runCli(['-c', box.configDir, 'create', n])).code).toBe(0);
    await expectDamageContained(async (dir) => {
      await chmod(path.join(dir, 'files'), 0o755).catch(() => undefined);
      await damage(dir);
    }, problem);
  });

  it.skipIf(!IS_ROOT)('unreadable files (wrong permissions, checked as an unprivileged user)', async () => {
    box = await sandbox();
    for (const n of ['a', 'b']) expect((await runCli(['-c', box.configDir, 'create', n])).code).toBe(0);
    await chmod(box.dir, 0o755);
    const file = path.join(box.backupDir, 'b/files/teams.json');
    const bytes = await readFile(file);
    await chmod(path.join(box.backupDir, 'b/files'), 0o755);
    await rm(file);
    await writeFile(file, bytes, { mode: 0o000 });
    const verify = await runCli(['-c', box.configDir, '--json', 'verify'], { uid: 65534 });
    expect(verify.code).toBe(1);
    const results = JSON.parse(verify.stdout).results as { name: string; ok: boolean; problems: unknown[] }[];
    expect(results.map((r) => [r.name, r.ok])).toEqual([
      ['a', true],
      ['b', false],
    ]);
    expect(JSON.stringify(results[1]?.problems)).toMatch(/teams\.json/);
  });
});

/** Unchanged files are hard links shared between backups: damage one backup's copy only. */
describe('packed store damage: verify names each problem, restore refuses, list keeps the rest', () => {
  // b's own pack holds only what b changed (changing.json); a's pack holds what all three share.
  const ownPack = async (): Promise<string> => (await packedLocation(box.backupDir, 'b', 'changing.json')).pack;
  const damages: [string, (dir: string) => Promise<void>, RegExp][] = [
    ['truncated manifest', async (d) => truncate(path.join(d, 'manifest.json.gz'), 20), /manifest/i],
    ['missing manifest', async (d) => rm(path.join(d, 'manifest.json.gz')), /manifest\.json is missing/],
    ['missing pack', async () => rm(await ownPack()), /changing\.json: stored copy .* is missing/],
    [
      'pack cut short',
      async () => ownPack().then(async (p) => (await chmod(p, 0o644), truncate(p, 25))),
      /changing\.json/,
    ],
    ['flipped byte in a pack', async () => flipByte(await ownPack()), /changing\.json/],
    ['extra file', async (d) => writeFile(path.join(d, 'extra.json'), '{}'), /extra\.json/],
  ];
  it.each(damages)('%s', async (_label, damage, problem) => {
    box = await sandbox();
    await writeFile(path.join(box.configDir, '.orch-backup.json'), JSON.stringify({ compressAbove: 0 }));
    for (const n of ['a', 'b', 'c']) {
      await writeFile(path.join(box.configDir, 'changing.json'), JSON.stringify({ version: '1.0', which: n }));
      expect((await runCli(['-c', box.configDir, 'create', n])).code).toBe(0);
    }
    await expectDamageContained(damage, problem);
  });
});

describe.skipIf(!IS_ROOT)('a full or read-only disk during restore (tmpfs)', () => {
  let unmount: (() => Promise<void>) | null = null;
  afterEach(async () => {
    await unmount?.();
    unmount = null;
  });

  it('disk full while staging the restored files: clear error, config untouched, no half state', async () => {
    box = await sandbox(null);
    const store = path.join(box.dir, 'store');
    const source = path.join(box.dir, 'source');
    await cp(path.join(FIXTURES, 'v2'), source, { recursive: true });
    await chmod(source, 0o755);
    await writeFile(path.join(source, 'big.json'), JSON.stringify({ pad: 'x'.repeat(3 * 1024 * 1024) }));
    expect((await runCli(['-c', source, '-b', store, 'create', 'big'])).code).toBe(0);
    unmount = await mountTmpfs(box.configDir, 1024);
    expect(unmount).not.toBeNull();
    await cp(path.join(FIXTURES, 'v1'), box.configDir, { recursive: true });
    await chmod(box.configDir, 0o755);
    const config = await treeState(box.configDir);
    const before = await storeState(store);
    const result = await runCli(['-c', box.configDir, '-b', store, '--yes', 'restore', 'big']);
    expect(result.code).toBe(1);
    oneLine(result.stderr);
    expect(result.stderr).toMatch(/no space left on device/);
    expect(await treeState(box.configDir)).toEqual(config);
    expect(await readdir(box.configDir)).not.toContain('.orch-backup-restore');
    const after = await storeState(store);
    for (const [name, files] of Object.entries(before)) expect(after[name]).toEqual(files);
    const verify = await runCli(['-c', box.configDir, '-b', store, '--json', 'verify']);
    expect(JSON.parse(verify.stdout).results.every((r: { ok: boolean }) => r.ok)).toBe(true);
    expect(
      (await readdir(store)).filter(
        (e) => e.startsWith('.') && e !== '.packs' && e !== '.journal-key' && e !== '.gitignore',
      ),
    ).toEqual([]);
  });

  it('a read-only config dir: clear error, config untouched, no journal left', async () => {
    box = await sandbox(null);
    const store = path.join(box.dir, 'store');
    unmount = await mountTmpfs(box.configDir, 1024);
    expect(unmount).not.toBeNull();
    await cp(path.join(FIXTURES, 'v1'), box.configDir, { recursive: true });
    await chmod(box.configDir, 0o755);
    expect((await runCli(['-c', box.configDir, '-b', store, 'create', 'v1'])).code).toBe(0);
    await cp(path.join(FIXTURES, 'v2'), box.configDir, { recursive: true });
    expect(await remountReadOnly(box.configDir)).toBe(true);
    const config = await treeState(box.configDir);
    const result = await runCli(['-c', box.configDir, '-b', store, '--yes', 'restore', 'v1']);
    expect(result.code).toBe(1);
    oneLine(result.stderr);
    expect(result.stderr).toMatch(/read-only file system/);
    expect(await readdir(box.configDir)).not.toContain('.orch-backup-restore');
    expect(await treeState(box.configDir)).toEqual(config);
    expect(
      (await readdir(store)).filter(
        (e) => e.startsWith('.') && e !== '.packs' && e !== '.journal-key' && e !== '.gitignore',
      ),
    ).toEqual([]);
    const next = await runCli(['-c', box.configDir, '-b', store, 'list']);
    expect(next.code, next.stderr).toBe(0);
  });
});
