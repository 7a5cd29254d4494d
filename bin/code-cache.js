'use strict';
// Starts a bundle (dist/cli, dist/hook, dist/claude-hook: CommonJS) with V8's code cache kept
// between runs. Node parses and compiles most of a bundle's functions on first call, on every
// start; the hooks start on every commit and every tool call, so that compile time is paid again
// and again. Node's own compile cache (module.enableCompileCache, Node ≥ 22.1) keeps only what is
// compiled before the code runs: 13 KB of the pre-commit bundle's 338 KB. Here the cache is
// written after the run (vm.Script#createCachedData, which then holds every function compiled so
// far) and grows when a later command loads code the earlier ones did not. With the CommonJS
// bundles, measured interleaved on Node 20 (CPU medians): `create` 303 → 254 ms.
//
// The cache lives in one directory per user (mode 0700, owned by them, checked before every read:
// a code cache is executable code, and the default is under the shared temporary directory), one
// file per bundle file, holding the source it was made from and compared with it byte for byte
// before use, because V8 checks only the source's length (a hash would need node:crypto, whose
// loading costs the Claude Code hook more than its whole decision for a file outside the config).
// A cache that cannot be read or written is skipped silently: it only costs the time it saves.
const fs = require('node:fs');
const Module = require('node:module');
const os = require('node:os');
const path = require('node:path');
const vm = require('node:vm');

// A cache file: the source's length (4 bytes, big-endian), the source, then V8's data.
const LENGTH_BYTES = 4;
// A cache accepted by V8 is rewritten only when this run compiled noticeably more than it held.
const GROWTH = 1.1;

/** The default cache directory: per user under the temporary directory, per Node version and CPU. */
function defaultCacheDir() {
  const user = typeof process.getuid === 'function' ? String(process.getuid()) : os.userInfo().username;
  return path.join(os.tmpdir(), `orch-backup-code-cache-${user}`, `${process.version}-${process.arch}`);
}

/**
 * `ORCH_BACKUP_CODE_CACHE`: unset → the default directory, `0`/`off` → no cache, anything else
 * → that directory.
 */
function cacheDirFromEnv(env) {
  const value = env.ORCH_BACKUP_CODE_CACHE;
  if (value === undefined || value === '') return defaultCacheDir();
  if (value === '0' || value.toLowerCase() === 'off') return null;
  return path.resolve(value);
}

/** The directory when it is ours alone (created 0700 if missing); null when it is not safe to use. */
function privateDir(dir) {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = fs.lstatSync(dir);
    if (!stat.isDirectory()) return null;
    if (typeof process.getuid === 'function' && (stat.uid !== process.getuid() || (stat.mode & 0o022) !== 0))
      return null;
    return dir;
  } catch {
    return null;
  }
}

function readCache(file, source) {
  try {
    const data = fs.readFileSync(file);
    if (data.length <= LENGTH_BYTES) return undefined;
    const length = data.readUInt32BE(0);
    const end = LENGTH_BYTES + length;
    return length === source.length && data.length > end && data.subarray(LENGTH_BYTES, end).equals(source)
      ? data.subarray(end)
      : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(file, source, data) {
  const temp = `${file}.${process.pid}.tmp`;
  const length = Buffer.alloc(LENGTH_BYTES);
  length.writeUInt32BE(source.length);
  try {
    fs.writeFileSync(temp, Buffer.concat([length, source, data]), { mode: 0o600 });
    fs.renameSync(temp, file);
  } catch {
    fs.rmSync(temp, { force: true });
  }
}

/** A short key of a directory's absolute path (FNV-1a, 32 bits): names, never trusts, a cache file. */
function placeKey(dir) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < dir.length; i++) hash = Math.imul(hash ^ dir.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Cache files unused this long go: an installed copy that was removed never reads its own again. */
const STALE_MS = 30 * 24 * 60 * 60 * 1000;
const TEMP_STALE_MS = 60 * 60 * 1000;

/**
 * Removes cache files of this installed copy whose bundle file no longer exists (chunk names
 * change from build to build), and files of any copy not written for STALE_MS (a hit never
 * rewrites a file, so a copy in use has its file rewritten only after it went stale: one cold start).
 */
function pruneCache(dir, ownPrefix, root) {
  let names;
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  const now = Date.now();
  for (const name of names) {
    const cache = name.endsWith('.cache');
    // A copy a run killed mid-write left (writeCache's `.<pid>.tmp`), once surely not being written.
    if (!cache && !name.endsWith('.tmp')) continue;
    const file = path.join(dir, name);
    try {
      const gone = cache && name.startsWith(ownPrefix) && !fs.existsSync(root + name.slice(ownPrefix.length, -6));
      const age = now - fs.statSync(file).mtimeMs;
      if (gone || age > (cache ? STALE_MS : TEMP_STALE_MS)) fs.rmSync(file, { force: true });
    } catch {
      // Another run removed or replaced it meanwhile.
    }
  }
}

/**
 * Requires `entry` (an absolute path) with every JavaScript file of its directory compiled through
 * the code cache in `cacheDir` (null: a plain require). Returns the entry's exports.
 */
function loadBundle(entry, cacheDir) {
  const dir = cacheDir === null ? null : privateDir(cacheDir);
  if (dir === null) return require(entry);
  const root = path.dirname(entry) + path.sep;
  // Per installed copy: two projects with different versions of the package would otherwise
  // overwrite each other's file and neither would ever start from it.
  const place = placeKey(root);
  const compiled = [];
  const loadJs = Module._extensions['.js'];
  Module._extensions['.js'] = function loadWithCache(module, filename) {
    if (!filename.startsWith(root)) return loadJs(module, filename);
    const source = fs.readFileSync(filename);
    const file = path.join(dir, `${path.basename(root)}-${place}-${path.basename(filename)}.cache`);
    const cachedData = readCache(file, source);
    const script = new vm.Script(Module.wrap(source.toString('utf8')), {
      filename,
      ...(cachedData ? { cachedData } : {}),
    });
    compiled.push({ script, file, source, had: script.cachedDataRejected === false ? cachedData.length : 0 });
    const run = script.runInThisContext({ displayErrors: true });
    run.call(module.exports, module.exports, Module.createRequire(filename), module, filename, path.dirname(filename));
  };
  // Serialising the caches costs ~7 ms, so it happens only in a run that met a file without a
  // usable cache: a first run, a new build, or a command that loads code earlier runs did not.
  process.once('exit', () => {
    if (compiled.every((c) => c.had > 0)) return;
    for (const { script, file, source, had } of compiled) {
      const data = script.createCachedData();
      if (data.length > had * GROWTH) writeCache(file, source, data);
    }
    // Writing happens after an install or an upgrade: the moment to drop what older builds left.
    pruneCache(dir, `${path.basename(root)}-${place}-`, root);
  });
  return require(entry);
}

module.exports = { cacheDirFromEnv, loadBundle };
