/** bin/code-cache.js: the bundles' compiled code kept between runs, in a directory only its user can write. */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const LOADER = path.join(ROOT, 'bin', 'code-cache.js');
const { cacheDirFromEnv } = createRequire(import.meta.url)(LOADER) as {
  cacheDirFromEnv(env: Record<string, string | undefined>): string | null;
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'orch-backup-code-cache-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A two-file CommonJS "bundle": the entry loads a chunk lazily, as ncc's chunk loading does. */
function bundle(answer: number): string {
  const out = path.join(dir, 'dist', 'tool');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'package.json'), '{"type":"commonjs"}\n');
  writeFileSync(
    path.join(out, 'index.js'),
    `exports.run = () => require('./1.index.cjs.js').value() + ${answer};\nconsole.log(exports.run());\n`,
  );
  writeFileSync(path.join(out, '1.index.cjs.js'), 'exports.value = function value() { return 1; };\n');
  return path.join(out, 'index.js');
}

/** Runs the bundle through the loader in a real Node process, as the bins do. */
function start(entry: string, cache: string | null): { stdout: string; status: number | null; stderr: string } {
  const script = `require(${JSON.stringify(LOADER)}).loadBundle(${JSON.stringify(entry)}, ${JSON.stringify(cache)});`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  return { stdout: r.stdout.trim(), status: r.status, stderr: r.stderr };
}

/** The cache files, named without the key of the bundle's directory (`tool-<key>-index.js.cache` → `tool-index.js.cache`). */
const cacheFiles = (cache: string): string[] =>
  readdirSync(cache)
    .map((f) => f.replace(/^tool-[0-9a-f]{8}-/, 'tool-'))
    .sort();
/** The one cache file of `name` in `cache`. */
const cacheFile = (cache: string, name: string): string => {
  const found = readdirSync(cache).filter((f) => f.startsWith('tool-') && f.endsWith(`-${name}.cache`));
  expect(found).toHaveLength(1);
  return path.join(cache, found[0] as string);
};

describe('the code cache of a bundle', () => {
  it('is written on the first run for every file the run loaded, and the bundle runs the same from it', () => {
    const entry = bundle(41);
    const cache = path.join(dir, 'cache');
    expect(start(entry, cache)).toMatchObject({ stdout: '42', status: 0 });
    expect(cacheFiles(cache)).toEqual(['tool-1.index.cjs.js.cache', 'tool-index.js.cache']);
    expect(statSync(cache).mode & 0o777).toBe(0o700);
    const before = readFileSync(cacheFile(cache, 'index.js'));
    expect(start(entry, cache)).toMatchObject({ stdout: '42', status: 0 });
    // Accepted as it is: not rewritten.
    expect(readFileSync(cacheFile(cache, 'index.js')).equals(before)).toBe(true);
  });

  it('is never used for other source, even of the same length (V8 itself checks only the length)', () => {
    const cache = path.join(dir, 'cache');
    expect(start(bundle(41), cache).stdout).toBe('42');
    expect(readFileSync(cacheFile(cache, 'index.js')).includes('+ 41;')).toBe(true);
    expect(start(bundle(51), cache).stdout).toBe('52');
    expect(readFileSync(cacheFile(cache, 'index.js')).includes('+ 51;')).toBe(true);
  });

  it('is kept apart for each installed copy of a bundle, so two projects do not overwrite each other', () => {
    const entry = bundle(41);
    const copy = path.join(dir, 'other-project', 'dist', 'tool');
    cpSync(path.dirname(entry), copy, { recursive: true });
    const cache = path.join(dir, 'cache');
    expect(start(entry, cache).stdout).toBe('42');
    expect(start(path.join(copy, 'index.js'), cache).stdout).toBe('42');
    expect(readdirSync(cache).filter((f) => f.endsWith('-index.js.cache'))).toHaveLength(2);
  });

  it("drops what older builds and long-gone copies left: files of chunks this build has not, files unused for 30 days, a killed run's copy", () => {
    const entry = bundle(41);
    const cache = path.join(dir, 'cache');
    expect(start(entry, cache).stdout).toBe('42');
    // Another copy's file, used recently; one of a copy removed long ago; a write a kill cut short.
    const day = 24 * 60 * 60;
    const recent = path.join(cache, 'elsewhere-0badf00d-index.js.cache');
    const old = path.join(cache, 'removed-deadbeef-index.js.cache');
    const cut = path.join(cache, 'removed-deadbeef-index.js.cache.4242.tmp');
    for (const f of [recent, old, cut]) writeFileSync(f, 'x');
    utimesSync(recent, Date.now() / 1000 - 2 * day, Date.now() / 1000 - 2 * day);
    utimesSync(old, Date.now() / 1000 - 40 * day, Date.now() / 1000 - 40 * day);
    utimesSync(cut, Date.now() / 1000 - 2 * 60 * 60, Date.now() / 1000 - 2 * 60 * 60);
    // The next build: the chunk has another name, the entry another source.
    const out = path.dirname(entry);
    rmSync(path.join(out, '1.index.cjs.js'));
    writeFileSync(path.join(out, '7.index.cjs.js'), 'exports.value = function value() { return 2; };\n');
    writeFileSync(
      path.join(out, 'index.js'),
      "exports.run = () => require('./7.index.cjs.js').value() + 41;\nconsole.log(exports.run());\n",
    );
    expect(start(entry, cache).stdout).toBe('43');
    expect(readdirSync(cache).sort()).toEqual(
      [
        path.basename(recent),
        path.basename(cacheFile(cache, 'index.js')),
        path.basename(cacheFile(cache, '7.index.cjs.js')),
      ].sort(),
    );
  });

  it('is ignored, and the bundle still runs, when the directory is writable by others or is a file', () => {
    const entry = bundle(41);
    const shared = path.join(dir, 'shared');
    mkdirSync(shared);
    chmodSync(shared, 0o777);
    expect(start(entry, shared)).toMatchObject({ stdout: '42', status: 0 });
    expect(cacheFiles(shared)).toEqual([]);
    const file = path.join(dir, 'not-a-dir');
    writeFileSync(file, '');
    expect(start(entry, file)).toMatchObject({ stdout: '42', status: 0 });
  });

  it('survives a damaged cache file: the run rewrites it', () => {
    const entry = bundle(41);
    const cache = path.join(dir, 'cache');
    start(entry, cache);
    const file = cacheFile(cache, 'index.js');
    const damaged = readFileSync(file);
    damaged.fill(7, 40);
    writeFileSync(file, damaged);
    expect(start(entry, cache)).toMatchObject({ stdout: '42', status: 0 });
    expect(readFileSync(file).equals(damaged)).toBe(false);
  });

  it('is off with ORCH_BACKUP_CODE_CACHE=0, elsewhere with a path, and per user and Node version by default', () => {
    expect(cacheDirFromEnv({ ORCH_BACKUP_CODE_CACHE: '0' })).toBeNull();
    expect(cacheDirFromEnv({ ORCH_BACKUP_CODE_CACHE: 'off' })).toBeNull();
    expect(cacheDirFromEnv({ ORCH_BACKUP_CODE_CACHE: dir })).toBe(dir);
    const fallback = cacheDirFromEnv({}) as string;
    expect(fallback.startsWith(tmpdir())).toBe(true);
    expect(fallback).toContain(process.version);
    expect(fallback).toContain(String(process.getuid?.()));
    const entry = bundle(41);
    expect(start(entry, null)).toMatchObject({ stdout: '42', status: 0 });
  });
});
