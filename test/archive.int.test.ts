import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import {
  appendFile,
  chmod,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  symlink,
  link,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync, gunzipSync, createGzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { Header } from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBackup } from '../src/core/archive/export.js';
import { ArchiveRejectedError, OutputExistsError } from '../src/errors/index.js';
import { importArchive, type ImportArchiveOptions } from '../src/core/archive/import.js';
import { createBackup } from '../src/core/create/create.js';
import { readHistory } from '../src/core/store/history.js';
import { sealManifest, serializeManifest, type Manifest } from '../src/core/store/manifest.js';
import { DEFAULT_SETTINGS } from '../src/core/config/settings.js';
import { verifyBackup } from '../src/core/inspect/verify.js';
import { readBackupFiles } from '../src/core/inspect/backup-files.js';
import { storedManifest } from './helpers/store.js';
import {
  BackupDamagedError,
  BackupExistsError,
  BackupNotFoundError,
  InvalidNameError,
  ManifestError,
  OrchBackupError,
  StoreWriteError,
  UsageError,
} from '../src/errors/index.js';
import { sandbox, type Sandbox } from './helpers/sandbox.js';

const run = promisify(execFile);
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
const CREATED = new Date('2024-05-06T07:08:09.123Z');

let box: Sandbox;
let work: string;
let exported: string;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  box = await sandbox();
  work = await mkdtemp(path.join(tmpdir(), 'orch-archive-'));
  cleanups.push(
    () => box.cleanup(),
    () => rm(work, { recursive: true, force: true }),
  );
  await createBackup({
    configDir: box.configDir,
    backupDir: box.backupDir,
    name: 'team-a',
    description: 'before the release',
    trigger: 'ci',
    now: CREATED,
  });
  exported = (
    await exportBackup({ backupDir: box.backupDir, name: 'team-a', output: path.join(work, 'team-a.tar.gz') })
  ).file;
});

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

let counter = 0;
/** A fresh directory under the shared temp dir. */
async function freshDir(label: string): Promise<string> {
  const dir = path.join(work, `${label}-${++counter}`);
  await mkdir(dir, { recursive: true });
  return dir;
}

/** Every path below `dir` with its kind and, for files, a content hash. */
async function tree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (abs: string, rel: string): Promise<void> => {
    for (const entry of await readdir(abs, { withFileTypes: true })) {
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      const absPath = path.join(abs, entry.name);
      if (entry.isDirectory()) {
        out[`${relPath}/`] = 'dir';
        await walk(absPath, relPath);
      } else out[relPath] = entry.isFile() ? sha256(await readFile(absPath)) : 'other';
    }
  };
  if (existsSync(dir)) await walk(dir, '');
  return out;
}

describe('exportBackup', () => {
  it('writes byte-identical archives for the same backup, whatever the files’ times and modes', async () => {
    const dir = await freshDir('determinism');
    const first = await exportBackup({
      backupDir: box.backupDir,
      name: 'team-a',
      output: path.join(dir, 'one.tar.gz'),
    });
    const backup = path.join(box.backupDir, 'team-a');
    await utimes(path.join(backup, 'files/teams.json'), new Date('2030-01-01'), new Date('2030-01-01'));
    await chmod(path.join(backup, 'files'), 0o700);
    const second = await exportBackup({
      backupDir: box.backupDir,
      name: 'team-a',
      output: path.join(dir, 'two.tar.gz'),
    });
    await chmod(path.join(backup, 'files'), 0o755);
    const [a, b] = [await readFile(first.file), await readFile(second.file)];
    expect(a.equals(b)).toBe(true);
    expect(second.sha256).toBe(first.sha256);
    expect(first.sha256).toBe(sha256(a));
    expect(first.bytes).toBe(a.length);
    expect((await readFile(exported)).equals(a)).toBe(true);
    console.log(`export sha256 (twice): ${first.sha256} ${second.sha256}`);
  });

  it('writes a gzip header without time or platform, and ustar headers with fixed owner, modes and time', async () => {
    const bytes = await readFile(exported);
    expect([...bytes.subarray(0, 10)]).toEqual([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 255]);
    const { stdout, stderr } = await run('tar', ['tvzf', exported, '--numeric-owner', '--full-time']);
    expect(stderr).toBe('');
    const lines = stdout.trim().split('\n');
    expect(lines.map((l) => l.split(/\s+/).slice(5).join(' '))).toEqual([
      'team-a/',
      'team-a/manifest.json',
      'team-a/files/',
      'team-a/files/settings.json',
      'team-a/files/team-state.json',
      'team-a/files/teams.json',
      'team-a/files/workflows.json',
    ]);
    for (const line of lines) {
      const [mode, owner, , day, time] = line.split(/\s+/);
      expect(mode).toBe(line.includes('/ ') || line.endsWith('/') ? 'drwxr-xr-x' : '-rw-r--r--');
      expect(owner).toBe('0/0');
      expect(`${day} ${time}`).toBe('2024-05-06 07:08:09');
    }
    // No pax extended headers (they would carry atime/ctime).
    expect(gunzipSync(bytes).includes(Buffer.from('PaxHeader'))).toBe(false);
  });

  it('can be extracted by GNU tar into a backup dir, giving the backup as it was', async () => {
    const store = await freshDir('gnu-extract');
    await run('tar', ['xzf', exported, '-C', store]);
    expect(await tree(path.join(store, 'team-a'))).toEqual(await tree(path.join(box.backupDir, 'team-a')));
    expect((await verifyBackup(store, 'team-a')).ok).toBe(true);
  });

  const bsdtar = ['/usr/bin/bsdtar', '/usr/local/bin/bsdtar'].find((p) => existsSync(p));
  if (!bsdtar) console.warn('bsdtar is not installed (apt-get install libarchive-tools): skipping the bsdtar checks');
  it.skipIf(!bsdtar)('can be listed and extracted by bsdtar', async () => {
    const store = await freshDir('bsd-extract');
    const { stdout } = await run(bsdtar as string, ['-tzf', exported]);
    expect(stdout.trim().split('\n')).toContain('team-a/files/teams.json');
    await run(bsdtar as string, ['-xzf', exported, '-C', store]);
    expect(await tree(path.join(store, 'team-a'))).toEqual(await tree(path.join(box.backupDir, 'team-a')));
    expect((await verifyBackup(store, 'team-a')).ok).toBe(true);
  });

  it('stores long and non-ASCII paths with a pax path record that GNU tar, bsdtar and the importer read', async () => {
    const source = await sandbox();
    cleanups.push(() => source.cleanup());
    const deep = `${'nested-directory/'.repeat(16)}agents`;
    await mkdir(path.join(source.configDir, deep), { recursive: true });
    await writeFile(path.join(source.configDir, deep, 'reviewer-configuration.json'), '{ "name": "reviewer" }\n');
    await writeFile(path.join(source.configDir, 'équipe-ünïcødé.json'), '{ "ok": true }\n');
    await createBackup({ configDir: source.configDir, backupDir: source.backupDir, name: 'long-paths', now: CREATED });
    const dir = await freshDir('long');
    const first = await exportBackup({
      backupDir: source.backupDir,
      name: 'long-paths',
      output: path.join(dir, 'a.tgz'),
    });
    const second = await exportBackup({
      backupDir: source.backupDir,
      name: 'long-paths',
      output: path.join(dir, 'b.tgz'),
    });
    expect(second.sha256).toBe(first.sha256);
    const listing = await run('tar', ['tzf', first.file]);
    expect(listing.stderr).toBe('');
    expect(listing.stdout).toContain(`long-paths/files/${deep}/reviewer-configuration.json\n`);
    expect(listing.stdout).toContain('long-paths/files/équipe-ünïcødé.json\n');
    const tarStream = gunzipSync(await readFile(first.file));
    expect(tarStream.includes(Buffer.from(` path=long-paths/files/${deep}/reviewer-configuration.json\n`))).toBe(true);
    expect(tarStream.includes(Buffer.from(' path=long-paths/files/équipe-ünïcødé.json\n'))).toBe(true);
    expect(tarStream.includes(Buffer.from('atime='))).toBe(false);
    expect(tarStream.includes(Buffer.from('ctime='))).toBe(false);
    const tars = bsdtar ? ['tar', bsdtar] : ['tar'];
    for (const [i, tar] of tars.entries()) {
      const store = path.join(dir, `extracted-${i}`);
      await mkdir(store);
      await run(tar as string, ['-xzf', first.file, '-C', store]);
      expect((await verifyBackup(store, 'long-paths')).ok).toBe(true);
    }
    const store = path.join(dir, 'imported');
    await importArchive({ backupDir: store, file: first.file });
    expect(await tree(path.join(store, 'long-paths'))).toEqual(await tree(path.join(source.backupDir, 'long-paths')));
  });

  it('refuses to write into the backup itself or into a missing directory, leaving nothing behind', async () => {
    const backup = path.join(box.backupDir, 'team-a');
    await expect(
      exportBackup({ backupDir: box.backupDir, name: 'team-a', output: path.join(backup, 'x.tgz') }),
    ).rejects.toBeInstanceOf(UsageError);
    await expect(
      exportBackup({ backupDir: box.backupDir, name: 'team-a', output: path.join(work, 'no/such/dir/x.tgz') }),
    ).rejects.toBeInstanceOf(StoreWriteError);
    expect((await verifyBackup(box.backupDir, 'team-a')).ok).toBe(true);
  });

  it('never overwrites an existing file, and records the export in history', async () => {
    const dir = await freshDir('exists');
    const output = path.join(dir, 'taken.tar.gz');
    await writeFile(output, 'keep me');
    await expect(exportBackup({ backupDir: box.backupDir, name: 'team-a', output })).rejects.toBeInstanceOf(
      OutputExistsError,
    );
    expect(await readFile(output, 'utf8')).toBe('keep me');
    expect(await readdir(dir)).toEqual(['taken.tar.gz']);
    const history = await readHistory(box.backupDir);
    expect(history).toContainEqual(
      expect.objectContaining({ operation: 'export', backup: 'team-a', outcome: 'success' }),
    );
    expect(history.at(-1)).toMatchObject({ operation: 'export', outcome: 'failure', error: { code: 'OUTPUT_EXISTS' } });
  });

  it('lets exactly one of several concurrent exports to the same path win, leaving no temp file', async () => {
    const dir = await freshDir('race');
    const output = path.join(dir, 'race.tar.gz');
    const results = await Promise.allSettled(
      [1, 2, 3, 4].map(() => exportBackup({ backupDir: box.backupDir, name: 'team-a', output })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(OutputExistsError);
    expect(await readdir(dir)).toEqual(['race.tar.gz']);
    expect((await readFile(output)).equals(await readFile(exported))).toBe(true);
  });

  it('refuses a damaged, missing or badly named backup and leaves no file behind', async () => {
    const other = await sandbox();
    cleanups.push(() => other.cleanup());
    await createBackup({ configDir: other.configDir, backupDir: other.backupDir, name: 'damaged', now: CREATED });
    const copy = path.join(other.backupDir, 'damaged/files/teams.json');
    await chmod(copy, 0o644);
    await appendFile(copy, ' ');
    const dir = await freshDir('refused');
    await expect(
      exportBackup({ backupDir: other.backupDir, name: 'damaged', output: path.join(dir, 'x.tgz') }),
    ).rejects.toBeInstanceOf(BackupDamagedError);
    await expect(
      exportBackup({ backupDir: other.backupDir, name: 'nope', output: path.join(dir, 'x.tgz') }),
    ).rejects.toBeInstanceOf(BackupNotFoundError);
    await expect(
      exportBackup({ backupDir: other.backupDir, name: '../damaged', output: path.join(dir, 'x.tgz') }),
    ).rejects.toBeInstanceOf(InvalidNameError);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('importArchive', () => {
  it('imports an export into an empty store: verified, with identical manifest and files', async () => {
    const store = path.join(await freshDir('import'), 'store');
    const result = await importArchive({ backupDir: store, file: exported });
    expect(result).toMatchObject({ name: 'team-a', path: path.join(store, 'team-a') });
    expect(result.renamedFrom).toBeUndefined();
    expect((await verifyBackup(store, 'team-a')).ok).toBe(true);
    expect(await tree(path.join(store, 'team-a'))).toEqual(await tree(path.join(box.backupDir, 'team-a')));
    expect(result.validation.status).toBe((await readManifest(box.backupDir, 'team-a')).validation?.status);
    expect(await readHistory(store)).toEqual([
      expect.objectContaining({ operation: 'import', backup: 'team-a', outcome: 'success', trigger: 'ci' }),
    ]);
    expect(Object.keys(await tree(store)).filter((p) => p.startsWith('.staging-'))).toEqual([]);
    // Exporting the imported copy gives the same archive again.
    const again = await exportBackup({ backupDir: store, name: 'team-a', output: path.join(store, '..', 'again.tgz') });
    expect((await readFile(again.file)).equals(await readFile(exported))).toBe(true);
  });

  it.each([
    ['the backup directory', ['-C', 'BACKUPS', 'team-a']],
    ['the backup’s contents with ./ prefixes', ['-C', 'BACKUPS/team-a', '.']],
    ['the backup’s contents at the root', ['-C', 'BACKUPS/team-a', 'manifest.json', 'files']],
  ])('imports a tar czf of %s', async (_label, args) => {
    const dir = await freshDir('handmade');
    const archive = path.join(dir, 'hand.tgz');
    await run('tar', ['czf', archive, ...args.map((a) => a.replace('BACKUPS', box.backupDir))]);
    const store = path.join(dir, 'store');
    await importArchive({ backupDir: store, file: archive });
    expect(await tree(path.join(store, 'team-a'))).toEqual(await tree(path.join(box.backupDir, 'team-a')));
    expect((await verifyBackup(store, 'team-a')).ok).toBe(true);
  });

  it('reports the content’s validation warnings, and lets only one of two concurrent imports of a name win', async () => {
    const store = path.join(await freshDir('concurrent'), 'store');
    const results = await Promise.allSettled([1, 2, 3].map(() => importArchive({ backupDir: store, file: exported })));
    const won = results.filter((r) => r.status === 'fulfilled');
    expect(won).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(BackupExistsError);
    const { validation } = (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof importArchive>>>).value;
    const recorded = (await readManifest(box.backupDir, 'team-a')).validation;
    expect(validation.summary.warnings).toBe(recorded?.warnings);
    expect(validation.summary.warnings).toBeGreaterThan(0);
    expect(Object.keys(await tree(store)).filter((p) => p.startsWith('.staging-'))).toEqual([]);
    expect((await verifyBackup(store, 'team-a')).ok).toBe(true);
  });

  it('refuses an existing name, and imports under another name with a re-sealed manifest', async () => {
    const before = await tree(box.backupDir);
    await expect(importArchive({ backupDir: box.backupDir, file: exported })).rejects.toBeInstanceOf(BackupExistsError);
    expect(withoutHistory(await tree(box.backupDir))).toEqual(withoutHistory(before));
    await expect(importArchive({ backupDir: box.backupDir, file: exported, name: '../escape' })).rejects.toBeInstanceOf(
      InvalidNameError,
    );
    await expect(
      importArchive({ backupDir: box.backupDir, file: exported, name: '.staging-x' }),
    ).rejects.toBeInstanceOf(InvalidNameError);

    const result = await importArchive({ backupDir: box.backupDir, file: exported, name: 'team-a-copy' });
    expect(result.renamedFrom).toBe('team-a');
    const original = await readManifest(box.backupDir, 'team-a');
    const copy = await readManifest(box.backupDir, 'team-a-copy');
    expect(copy).toMatchObject({
      name: 'team-a-copy',
      description: 'before the release (imported from backup "team-a")',
      trigger: 'ci',
      createdAt: original.createdAt,
    });
    expect(copy.files).toEqual(original.files);
    expect(copy.checksum).not.toBe(original.checksum);
    expect((await verifyBackup(box.backupDir, 'team-a-copy')).ok).toBe(true);
    expect((await readHistory(box.backupDir)).at(-1)).toMatchObject({
      operation: 'import',
      backup: 'team-a-copy',
      outcome: 'success',
      detail: expect.stringContaining('renamed from "team-a"'),
    });
  });

  it('round-trips a compressed backup', async () => {
    const source = await sandbox();
    cleanups.push(() => source.cleanup());
    const settings = { ...DEFAULT_SETTINGS, compressAbove: 0 };
    await createBackup({
      configDir: source.configDir,
      backupDir: source.backupDir,
      name: 'packed',
      settings,
      now: CREATED,
    });
    expect((await storedManifest(source.backupDir, 'packed')).compression).toBe('gzip');
    const dir = await freshDir('compressed');
    const archive = await exportBackup({
      backupDir: source.backupDir,
      name: 'packed',
      output: path.join(dir, 'packed.tar.gz'),
    });
    const { stdout } = await run('tar', ['tzf', archive.file]);
    expect(stdout).toContain('packed/files/teams.json.gz');
    const store = path.join(dir, 'store');
    await importArchive({ backupDir: store, file: archive.file, settings });
    expect((await verifyBackup(store, 'packed')).ok).toBe(true);
    // Packs never travel: the archive holds one gzip copy per file, imported as such.
    const [original, imported] = await Promise.all([
      readBackupFiles(source.backupDir, 'packed'),
      readBackupFiles(store, 'packed'),
    ]);
    expect(imported.files).toEqual(original.files);
    const same = ({ name, createdAt, description, tags, configVersion, totalSize }: Manifest) => ({
      name,
      createdAt,
      description,
      tags,
      configVersion,
      totalSize,
    });
    expect(same(imported.manifest)).toEqual(same(original.manifest));
    expect(imported.manifest.formatVersion).toBe(1);
    expect(original.manifest.formatVersion).toBe(2);
  });

  it('refuses content that is not valid JSON unless allowInvalid, and reports validation', async () => {
    const source = await sandbox();
    cleanups.push(() => source.cleanup());
    await chmod(path.join(source.configDir, 'teams.json'), 0o644);
    await writeFile(path.join(source.configDir, 'teams.json'), '{ "teams": [');
    await createBackup({
      configDir: source.configDir,
      backupDir: source.backupDir,
      name: 'broken',
      allowInvalid: true,
      now: CREATED,
    });
    const dir = await freshDir('invalid');
    const archive = await exportBackup({
      backupDir: source.backupDir,
      name: 'broken',
      output: path.join(dir, 'broken.tgz'),
    });
    const store = path.join(dir, 'store');
    const error = await importArchive({ backupDir: store, file: archive.file }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArchiveRejectedError);
    expect(error).toMatchObject({ reason: 'invalid-json', entry: 'teams.json' });
    expect(existsSync(path.join(store, 'broken'))).toBe(false);
    const result = await importArchive({ backupDir: store, file: archive.file, allowInvalid: true });
    expect(result.validation.valid).toBe(false);
    expect((await verifyBackup(store, 'broken')).ok).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------
// Hostile archives: each must be refused with a one-line error, leaving the store as it was.

interface Entry {
  path: string;
  type?:
    | 'File'
    | 'Directory'
    | 'SymbolicLink'
    | 'Link'
    | 'FIFO'
    | 'CharacterDevice'
    | 'BlockDevice'
    | 'SparseFile'
    | 'ExtendedHeader'
    | 'NextFileHasLongPath';
  data?: Buffer | string;
  linkpath?: string;
  /** A size other than the data's, to make a truncated body. */
  size?: number;
}

function tarOf(entries: Entry[], options: { end?: boolean } = {}): Buffer {
  const blocks: Buffer[] = [];
  for (const entry of entries) {
    const data = Buffer.from(entry.data ?? '');
    const block = Buffer.alloc(512);
    new Header({
      path: entry.path,
      type: entry.type ?? 'File',
      mode: 0o644,
      uid: 0,
      gid: 0,
      size: entry.size ?? data.length,
      mtime: new Date(0),
      linkpath: entry.linkpath,
    }).encode(block);
    blocks.push(block, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  if (options.end !== false) blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

const tgz = (entries: Entry[], options?: { end?: boolean }): Buffer => gzipSync(tarOf(entries, options));

/** The entries of the real backup `team-a`, under `top/`. */
async function backupEntries(top = 'team-a/'): Promise<Entry[]> {
  const dir = path.join(box.backupDir, 'team-a');
  const manifest = await readFile(path.join(dir, 'manifest.json'));
  const files = (await readdir(path.join(dir, 'files'))).sort();
  return [
    { path: top || './', type: 'Directory' },
    { path: `${top}manifest.json`, data: manifest },
    { path: `${top}files/`, type: 'Directory' },
    ...(await Promise.all(
      files.map(async (f) => ({ path: `${top}files/${f}`, data: await readFile(path.join(dir, 'files', f)) })),
    )),
  ];
}

async function readManifest(backupDir: string, name: string): Promise<Manifest> {
  return JSON.parse(await readFile(path.join(backupDir, name, 'manifest.json'), 'utf8')) as Manifest;
}

function withoutHistory(listing: Record<string, string>): Record<string, string> {
  const { 'history.jsonl': _history, ...rest } = listing;
  return rest;
}

/** A manifest for `team-a` with `change` applied, sealed again (as a careful attacker would). */
async function resealed(change: (m: Manifest) => Manifest): Promise<string> {
  const { checksum: _c, ...rest } = change(await readManifest(box.backupDir, 'team-a'));
  return serializeManifest(sealManifest(rest));
}

let target: string;
beforeAll(async () => {
  target = path.join(await freshDir('target'), 'store');
  await createBackup({ configDir: box.configDir, backupDir: target, name: 'existing', now: CREATED });
});

async function expectRefused(
  archive: Buffer | string,
  errorClass: new (...args: never[]) => OrchBackupError,
  reason?: string,
  options: Partial<ImportArchiveOptions> = {},
): Promise<OrchBackupError> {
  const file = typeof archive === 'string' ? archive : path.join(await freshDir('hostile'), 'hostile.tar.gz');
  if (typeof archive !== 'string') await writeFile(file, archive);
  const before = await tree(target);
  const error = await importArchive({ backupDir: target, file, ...options }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(errorClass);
  if (reason) expect(error).toMatchObject({ reason });
  const message = (error as Error).message;
  expect(message).not.toContain('\n');
  const after = await tree(target);
  expect(withoutHistory(after)).toEqual(withoutHistory(before));
  expect(Object.keys(after).filter((p) => p.startsWith('.staging-') || p.startsWith('.trash-'))).toEqual([]);
  expect((await readHistory(target)).at(-1)).toMatchObject({
    operation: 'import',
    outcome: 'failure',
    error: { code: (error as OrchBackupError).code },
  });
  return error as OrchBackupError;
}

describe('importArchive refuses hostile archives', () => {
  it('without creating a store that did not exist', async () => {
    const store = path.join(await freshDir('no-store'), 'store');
    const error = await importArchive({ backupDir: store, file: exported, limits: { maxEntries: 2 } }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'ARCHIVE_REJECTED', reason: 'too-many-entries' });
    expect(existsSync(store)).toBe(false);
  });

  it('absolute paths (crafted, and GNU tar -P)', async () => {
    await expectRefused(
      tgz([...(await backupEntries()), { path: '/tmp/orch-evil.json', data: '{}' }]),
      ArchiveRejectedError,
      'absolute-path',
    );
    const dir = await freshDir('abs');
    const archive = path.join(dir, 'abs.tgz');
    await run('tar', ['czPf', archive, path.join(box.backupDir, 'team-a')]);
    await expectRefused(archive, ArchiveRejectedError, 'absolute-path');
    expect(existsSync('/tmp/orch-evil.json')).toBe(false);
  });

  it('".." traversal, in the header, in a pax path and in a GNU long name', async () => {
    const entries = await backupEntries();
    await expectRefused(
      tgz([...entries, { path: 'team-a/../../orch-evil.json', data: '{}' }]),
      ArchiveRejectedError,
      'traversal',
    );
    await expectRefused(
      tgz([{ path: '../orch-evil.json', data: '{}' }, ...entries]),
      ArchiveRejectedError,
      'traversal',
    );
    const pax = (p: string): Entry => ({ path: 'PaxHeader', type: 'ExtendedHeader', data: paxRecord('path', p) });
    await expectRefused(
      tgz([
        ...entries,
        pax('team-a/files/../../../orch-evil.json'),
        { path: 'team-a/files/harmless.json', data: '{}' },
      ]),
      ArchiveRejectedError,
      'traversal',
    );
    const longName = `team-a/files/${'d/'.repeat(60)}../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../orch-evil.json`;
    await expectRefused(
      tgz([
        ...entries,
        { path: '././@LongLink', type: 'NextFileHasLongPath', data: `${longName}\0` },
        { path: 'team-a/files/short.json', data: '{}' },
      ]),
      ArchiveRejectedError,
      'traversal',
    );
    const dir = await freshDir('transform');
    const archive = path.join(dir, 'dotdot.tgz');
    await run('tar', [
      'czf',
      archive,
      '-C',
      box.backupDir,
      '--transform',
      's,^team-a/files,team-a/../files,',
      'team-a',
    ]);
    await expectRefused(archive, ArchiveRejectedError, 'traversal');
  });

  it('symbolic and hard links, made by GNU tar and crafted', async () => {
    const dir = await freshDir('links');
    const copy = path.join(dir, 'team-a');
    await run('cp', ['-r', path.join(box.backupDir, 'team-a'), copy]);
    await symlink('/etc/passwd', path.join(copy, 'files/passwd.json'));
    await run('tar', ['czf', path.join(dir, 'symlink.tgz'), '-C', dir, 'team-a']);
    await expectRefused(path.join(dir, 'symlink.tgz'), ArchiveRejectedError, 'link');
    await rm(path.join(copy, 'files/passwd.json'));
    await link(path.join(copy, 'files/teams.json'), path.join(copy, 'files/teams-2.json'));
    await run('tar', ['czf', path.join(dir, 'hardlink.tgz'), '-C', dir, 'team-a']);
    await expectRefused(path.join(dir, 'hardlink.tgz'), ArchiveRejectedError, 'link');
    const entries = await backupEntries();
    await expectRefused(
      tgz([...entries, { path: 'team-a/files/x.json', type: 'SymbolicLink', linkpath: '../../../../etc/passwd' }]),
      ArchiveRejectedError,
      'link',
    );
    await expectRefused(
      tgz([{ path: 'team-a/files/teams.json', type: 'Link', linkpath: '/etc/passwd' }, ...entries]),
      ArchiveRejectedError,
      'link',
    );
  });

  it('FIFOs and devices', async () => {
    const dir = await freshDir('fifo');
    const copy = path.join(dir, 'team-a');
    await run('cp', ['-r', path.join(box.backupDir, 'team-a'), copy]);
    await run('mkfifo', [path.join(copy, 'files/pipe.json')]);
    await run('tar', ['czf', path.join(dir, 'fifo.tgz'), '-C', dir, 'team-a']);
    await expectRefused(path.join(dir, 'fifo.tgz'), ArchiveRejectedError, 'special-file');
    const entries = await backupEntries();
    await expectRefused(
      tgz([...entries, { path: 'team-a/files/null.json', type: 'CharacterDevice' }]),
      ArchiveRejectedError,
      'special-file',
    );
    await expectRefused(
      tgz([...entries, { path: 'team-a/files/sda.json', type: 'BlockDevice' }]),
      ArchiveRejectedError,
      'special-file',
    );
  });

  it('entries outside the single top-level directory, and path conflicts', async () => {
    const entries = await backupEntries();
    await expectRefused(
      tgz([...entries, { path: 'other/x.json', data: '{}' }]),
      ArchiveRejectedError,
      'outside-top-level',
    );
    await expectRefused(
      tgz([...entries, { path: 'stray.json', data: '{}' }]),
      ArchiveRejectedError,
      'outside-top-level',
    );
    const root = await backupEntries('');
    await expectRefused(tgz([...root, { path: 'team-a/manifest.json', data: '{}' }]), BackupDamagedError);
    await expectRefused(
      tgz([{ path: 'team-a/files', data: '{}' }, ...entries.filter((e) => !e.path.endsWith('files/'))]),
      ArchiveRejectedError,
      'path-conflict',
    );
    await expectRefused(
      tgz([...entries, { path: 'team-a/files/./teams.json', data: '{}' }]),
      ArchiveRejectedError,
      'unsafe-path',
    );
    await expectRefused(
      tgz([...entries, { path: 'team-a/files\\..\\..\\evil.json', data: '{}' }]),
      ArchiveRejectedError,
      'traversal',
    );
  });

  it('duplicate entries, including ./-prefixed twins', async () => {
    const entries = await backupEntries();
    const manifest = entries[1] as Entry;
    await expectRefused(tgz([...entries, manifest]), ArchiveRejectedError, 'duplicate');
    await expectRefused(
      tgz([...entries, { ...manifest, path: `./${manifest.path}` }]),
      ArchiveRejectedError,
      'duplicate',
    );
    await expectRefused(
      tgz([...entries, { path: 'team-a/files/teams.json/', type: 'Directory' }]),
      ArchiveRejectedError,
      'duplicate',
    );
    const dir = await freshDir('dup');
    await run('tar', [
      'czf',
      path.join(dir, 'dup.tgz'),
      '--hard-dereference',
      '-C',
      box.backupDir,
      'team-a',
      'team-a/manifest.json',
    ]);
    await expectRefused(path.join(dir, 'dup.tgz'), ArchiveRejectedError, 'duplicate');
  });

  it('size bombs: per-file, total and entry-count limits, a huge zero file and a gzip bomb inside a stored copy', async () => {
    // Limits under the fixture's largest file (about 3 KB) and its total (about 7 KB).
    await expectRefused(exported, ArchiveRejectedError, 'too-large', { limits: { maxFileBytes: 1024 } });
    await expectRefused(exported, ArchiveRejectedError, 'too-large', { limits: { maxTotalBytes: 4 * 1024 } });
    await expectRefused(exported, ArchiveRejectedError, 'too-many-entries', { limits: { maxEntries: 3 } });

    // 600 MiB of zeros compress to well under 1 MiB; refused at its header under the default limits.
    const dir = await freshDir('bomb');
    const bomb = path.join(dir, 'bomb.tgz');
    const size = 600 * 1024 * 1024;
    const header = Buffer.alloc(512);
    new Header({ path: 'team-a/files/big.json', type: 'File', mode: 0o644, size, mtime: new Date(0) }).encode(header);
    await pipeline(Readable.from(zeroStream(header, size + 1024)), createGzip({ level: 1 }), createWriteStream(bomb));
    await expectRefused(bomb, ArchiveRejectedError, 'too-large');

    // A stored .gz copy that inflates past the per-file limit, listed in a sealed manifest.
    const inner = gzipSync(Buffer.alloc(8 * 1024 * 1024), { level: 9 });
    const manifest = await resealed((m) => ({
      ...m,
      compression: 'gzip',
      files: [
        {
          ...(m.files[0] as Manifest['files'][0]),
          path: 'big.json',
          stored: 'files/big.json.gz',
          size: 8 * 1024 * 1024,
          storedSize: inner.length,
        },
      ],
    }));
    await expectRefused(
      tgz([
        { path: 'team-a/manifest.json', data: manifest },
        { path: 'team-a/files/big.json.gz', data: inner },
      ]),
      ArchiveRejectedError,
      'too-large',
      { limits: { maxFileBytes: 1024 * 1024 } },
    );
  });

  it('a large sparse file (GNU tar --sparse)', async () => {
    const dir = await freshDir('sparse');
    const copy = path.join(dir, 'team-a');
    await run('cp', ['-r', path.join(box.backupDir, 'team-a'), copy]);
    await run('truncate', ['-s', '2G', path.join(copy, 'files/sparse.json')]);
    await run('tar', ['czSf', path.join(dir, 'sparse.tgz'), '--format=gnu', '-C', dir, 'team-a']);
    await expectRefused(path.join(dir, 'sparse.tgz'), ArchiveRejectedError, 'unsupported-entry');
  });

  it('a missing, unparsable, tampered or badly named manifest', async () => {
    const entries = await backupEntries();
    const withManifest = (data: string): Entry[] =>
      entries.map((e) => (e.path === 'team-a/manifest.json' ? { ...e, data } : e));
    const refused = async (
      archive: Buffer,
      errorClass: typeof ManifestError | typeof BackupDamagedError,
      pattern: RegExp,
    ): Promise<void> => {
      expect((await expectRefused(archive, errorClass)).message).toMatch(pattern);
    };
    await refused(
      tgz(entries.filter((e) => !e.path.endsWith('manifest.json'))),
      ManifestError,
      /manifest\.json is missing/,
    );
    await refused(tgz(withManifest('{ "formatVersion": 1,')), ManifestError, /not valid JSON/);
    const original = await readManifest(box.backupDir, 'team-a');
    await refused(
      tgz(withManifest(serializeManifest({ ...original, description: 'edited' }))),
      ManifestError,
      /manifest checksum mismatch/,
    );
    await refused(
      tgz(withManifest(await resealed((m) => ({ ...m, name: '../../escape' })))),
      ManifestError,
      /invalid backup name/,
    );
    await refused(
      tgz(withManifest(await resealed((m) => ({ ...m, name: '.staging-evil' })))),
      ManifestError,
      /reserved for the store/,
    );
    const storedAs = (stored: string) =>
      resealed((m) => ({ ...m, files: m.files.map((f, i) => (i === 0 ? { ...f, stored } : f)) }));
    await refused(tgz(withManifest(await storedAs('../manifest.json'))), ManifestError, /unsafe path/);
    await refused(tgz(withManifest(await storedAs('manifest.json'))), BackupDamagedError, /not under files\//);
  });

  it('extra files, missing files and checksum mismatches', async () => {
    const entries = await backupEntries();
    const damaged = async (archive: Buffer, pattern: RegExp): Promise<void> => {
      expect((await expectRefused(archive, BackupDamagedError)).message).toMatch(pattern);
    };
    await damaged(
      tgz([...entries, { path: 'team-a/files/extra.json', data: '{}' }]),
      /files\/extra\.json: not listed in the manifest/,
    );
    await damaged(tgz([...entries, { path: 'team-a/notes.txt', data: 'hi' }]), /notes\.txt: not listed/);
    await damaged(
      tgz([...entries, { path: 'team-a/files/empty/', type: 'Directory' }]),
      /files\/empty\/: directory not listed/,
    );
    await damaged(
      tgz(entries.filter((e) => !e.path.endsWith('/teams.json'))),
      /teams\.json: stored copy files\/teams\.json is missing/,
    );
    const changed = entries.map((e) =>
      e.path.endsWith('/teams.json')
        ? { ...e, data: Buffer.concat([Buffer.from(e.data as Buffer), Buffer.from(' ')]) }
        : e,
    );
    const error = await expectRefused(tgz(changed), BackupDamagedError);
    expect(error.message).toContain('teams.json: checksum mismatch');
  });

  it('corrupt gzip, truncated archives, and files that are not tar archives', async () => {
    const good = await readFile(exported);
    const corrupt = Buffer.from(good);
    for (let i = 200; i < 260; i++) corrupt[i] = (corrupt[i] as number) ^ 0x5a;
    await expectRefused(corrupt, ArchiveRejectedError, 'corrupt');
    const badCrc = Buffer.from(good);
    badCrc[badCrc.length - 6] = (badCrc[badCrc.length - 6] as number) ^ 0xff;
    await expectRefused(badCrc, ArchiveRejectedError, 'corrupt');
    await expectRefused(good.subarray(0, Math.floor(good.length / 2)), ArchiveRejectedError, 'truncated');
    const entries = await backupEntries();
    await expectRefused(tgz(entries, { end: false }), ArchiveRejectedError, 'truncated');
    await expectRefused(gzipSync(tarOf(entries).subarray(0, 2048 + 100)), ArchiveRejectedError, 'truncated');
    await expectRefused(
      gzipSync('just some text, certainly not a tar archive\n'.repeat(40)),
      ArchiveRejectedError,
      'not-a-tar',
    );
    await expectRefused(gzipSync(Buffer.alloc(0)), ArchiveRejectedError, 'not-a-tar');
    await expectRefused(gzipSync(good), ArchiveRejectedError, 'not-a-tar');
    await expectRefused(Buffer.from('plain text'), ArchiveRejectedError, 'not-gzip');
    await expectRefused(Buffer.alloc(0), ArchiveRejectedError, 'not-gzip');
    await expectRefused(gunzipSync(good), ArchiveRejectedError, 'not-gzip');
    await expectRefused(path.join(work, 'does-not-exist.tgz'), ArchiveRejectedError, 'unreadable');
    const fifo = path.join(await freshDir('fifo-input'), 'input.tgz');
    await run('mkfifo', [fifo]);
    await expectRefused(fifo, ArchiveRejectedError, 'unreadable');
  });
});

function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  let length = body.length + 2;
  while (String(length).length + body.length !== length) length = String(length).length + body.length;
  return `${length}${body}`;
}

function* zeroStream(header: Buffer, bytes: number): Generator<Buffer> {
  yield header;
  const chunk = Buffer.alloc(1024 * 1024);
  for (let left = bytes; left > 0; left -= chunk.length) yield left >= chunk.length ? chunk : chunk.subarray(0, left);
}
