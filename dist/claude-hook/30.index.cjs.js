"use strict";
exports.id = 30;
exports.ids = [30];
exports.modules = {

/***/ 3742:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Su: () => (/* binding */ DEFAULT_OWNED),
/* harmony export */   T: () => (/* binding */ RESTORE_STAGING_DIR),
/* harmony export */   ic: () => (/* binding */ ownedPathProblem),
/* harmony export */   qX: () => (/* binding */ ownedPaths)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _store_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2048);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2393);




/** Inside the config dir, so every move into place is a rename on the same file system. */
const RESTORE_STAGING_DIR = '.orch-backup-restore';
/** Where the store lives unless `--backup-dir` says otherwise. */
const DEFAULT_STORE_DIR = '.backups';
/** The names the tool always owns at the top of a config dir, wherever its store really is. */
const DEFAULT_OWNED = { reserved: [_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .SETTINGS_FILE */ .tP, RESTORE_STAGING_DIR, DEFAULT_STORE_DIR] };
/** The default names plus the actual store and settings file, when they lie inside the config dir. */
function ownedPaths(options) {
    const reserved = new Set(DEFAULT_OWNED.reserved);
    if (options.configDir !== undefined) {
        const roots = variants(options.configDir);
        for (const owned of [options.backupDir, options.settingsFile]) {
            if (!owned)
                continue;
            for (const root of roots) {
                for (const target of variants(owned)) {
                    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, target);
                    if (rel !== '' && !rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel))
                        reserved.add(rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/'));
                }
            }
        }
    }
    return { reserved: [...reserved] };
}
/**
 * Why `rel` may not be a path of a backup's content, or null when it may. Compared without
 * case: on a case-insensitive file system `.Orch-Backup.json` is the settings file.
 */
function ownedPathProblem(rel, owned = DEFAULT_OWNED) {
    if (!(0,_store_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .isSafeRelativePath */ .VH)(rel))
        return 'unsafe-path';
    const lower = rel.toLowerCase();
    for (const reserved of owned.reserved) {
        const r = reserved.toLowerCase();
        if (lower === r || lower.startsWith(`${r}/`))
            return 'owned-path';
    }
    return null;
}
/** The path as given and as resolved (the store is often reached through a symlink). */
function variants(p) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(p);
    try {
        const real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(absolute);
        return real === absolute ? [absolute] : [absolute, real];
    }
    catch {
        return [absolute];
    }
}


/***/ }),

/***/ 9877:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bx: () => (/* binding */ resolveConfigRoot),
/* harmony export */   j1: () => (/* binding */ scanConfigDir)
/* harmony export */ });
/* unused harmony export isSkipProblem */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8378);
/* harmony import */ var _owned_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3742);
/* harmony import */ var _select_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8080);





/** Entries that are a problem to report (a symlink not followed, a device), not a choice the settings made. */
function isSkipProblem(entry) {
    return entry.category === 'owned' || entry.category === 'symlink' || entry.category === 'special';
}
const NEVER_DESCEND = new Set(['.git', 'node_modules']);
/**
 * Lists the config files to back up. Symlinks are followed only when they resolve to a
 * file inside the config dir: a backup must never pull in (or later overwrite) files
 * elsewhere on the machine. FIFOs and devices are skipped because opening them can block.
 */
async function scanConfigDir(options) {
    const root = await resolveConfigRoot(options.configDir);
    const backupReal = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(options.backupDir).catch(() => node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(options.backupDir));
    const leftOut = (0,_select_js__WEBPACK_IMPORTED_MODULE_4__/* .fileSelection */ .B)(options.settings);
    const wanted = (rel) => leftOut(rel) === null;
    const owned = options.owned ?? _owned_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_OWNED */ .Su;
    const files = [];
    const skipped = [];
    const walk = async (dir, relDir) => {
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
        for (const entry of entries) {
            const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, entry.name);
            const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
            if ((0,_owned_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .ownedPathProblem */ .ic)(rel, owned) === 'owned-path') {
                if (!entry.isDirectory() && wanted(rel))
                    skipped.push({ path: rel, reason: "the tool's own file, never backed up", category: 'owned' });
                continue;
            }
            if (entry.isDirectory()) {
                if (NEVER_DESCEND.has(entry.name) || abs === backupReal || abs === options.backupDir)
                    continue;
                await walk(abs, rel);
            }
            else if (entry.isFile()) {
                const why = leftOut(rel);
                if (why === null)
                    files.push({ path: rel, absolutePath: abs });
                else
                    skipped.push({ path: rel, reason: _select_js__WEBPACK_IMPORTED_MODULE_4__/* .LEFT_OUT_WORDS */ .r[why], category: why });
            }
            else if (entry.isSymbolicLink()) {
                const problem = await symlinkProblem(abs, root);
                if (problem === 'directory') {
                    if (wanted(`${rel}/x.json`) || wanted(rel))
                        skipped.push({ path: rel, reason: 'symlinked directory, not followed', category: 'symlink' });
                }
                else if (wanted(rel)) {
                    if (problem)
                        skipped.push({ path: rel, reason: problem, category: 'symlink' });
                    else
                        files.push({ path: rel, absolutePath: abs });
                }
            }
            else if (wanted(rel)) {
                skipped.push({ path: rel, reason: 'not a regular file', category: 'special' });
            }
        }
    };
    await walk(root, '');
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { root, files, skipped };
}
async function resolveConfigRoot(configDir) {
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(configDir);
        if (!info.isDirectory())
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigDirNotFoundError */ .D5(configDir, 'not-a-directory');
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(configDir);
    }
    catch (error) {
        if (error instanceof _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigDirNotFoundError */ .D5)
            throw error;
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoOf */ .UQ)(error) === 'ENOENT' || (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoOf */ .UQ)(error) === 'ENOTDIR')
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigDirNotFoundError */ .D5(configDir, 'missing');
        throw error;
    }
}
async function symlinkProblem(link, root) {
    let target;
    try {
        target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(link);
    }
    catch {
        return 'broken symlink';
    }
    if (target !== root && !target.startsWith(root + node_path__WEBPACK_IMPORTED_MODULE_1__.sep))
        return 'symlink points outside the config dir, not followed';
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(target);
    if (info.isDirectory())
        return 'directory';
    return info.isFile() ? null : 'symlink to something that is not a regular file';
}


/***/ }),

/***/ 8080:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ fileSelection),
/* harmony export */   r: () => (/* binding */ LEFT_OUT_WORDS)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);

const LEFT_OUT_WORDS = {
    'runtime-state': 'runtime state (setting runtimeState)',
    excluded: 'excluded (setting exclude)',
    hidden: 'hidden file, not matched by include',
    'not-included': 'not matched by include',
};
/**
 * One decision for every place that lists config files (the disk, git trees, the GitHub API) and
 * for restore, which must leave alone what backups leave out: null when `rel` (relative to the
 * config dir, `/`-separated) is config, else why not.
 */
function fileSelection(settings) {
    const isIncluded = picomatch__WEBPACK_IMPORTED_MODULE_0__(settings.include, { dot: false });
    const isExcluded = settings.exclude.length > 0 ? picomatch__WEBPACK_IMPORTED_MODULE_0__(settings.exclude, { dot: true }) : () => false;
    const isState = settings.runtimeState.length > 0 ? picomatch__WEBPACK_IMPORTED_MODULE_0__(settings.runtimeState, { dot: true }) : () => false;
    return (rel) => {
        if (!isIncluded(rel))
            return rel.split('/').some((segment) => segment.startsWith('.')) ? 'hidden' : 'not-included';
        if (isExcluded(rel))
            return 'excluded';
        if (isState(rel))
            return 'runtime-state';
        return null;
    };
}


/***/ }),

/***/ 2048:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bd: () => (/* binding */ isPackedEntry),
/* harmony export */   DB: () => (/* binding */ sealManifest),
/* harmony export */   GV: () => (/* binding */ LOOSE_FORMAT_VERSION),
/* harmony export */   Hp: () => (/* binding */ FORMAT_VERSION),
/* harmony export */   K$: () => (/* binding */ PACKED_MANIFEST_FILE),
/* harmony export */   Lw: () => (/* binding */ CHECKSUM_MISMATCH),
/* harmony export */   MZ: () => (/* binding */ serializeManifest),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   V6: () => (/* binding */ manifestFileName),
/* harmony export */   VH: () => (/* binding */ isSafeRelativePath),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   h1: () => (/* binding */ MANIFEST_FILE),
/* harmony export */   qM: () => (/* binding */ FILES_DIR),
/* harmony export */   vS: () => (/* binding */ manifestChecksum)
/* harmony export */ });
/* unused harmony export isPacked */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var canonicalize__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3842);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1833);



const MANIFEST_FILE = 'manifest.json';
/** A packed backup's manifest, gzip-compressed: 2,000 entries are ~400 KB of JSON, ~110 KB gzipped. */
const PACKED_MANIFEST_FILE = 'manifest.json.gz';
const FILES_DIR = 'files';
/** Format 1: one stored copy per file. Format 2 adds packed backups (see docs/FORMAT.md). */
const FORMAT_VERSION = 2;
const LOOSE_FORMAT_VERSION = 1;
function isPackedEntry(file) {
    return file.pack !== undefined;
}
/**
 * RFC 8785 canonical JSON of a manifest-shaped value (objects, arrays, strings, integers, null):
 * JSON.stringify writes strings and numbers exactly as JCS does, and given every key, sorted,
 * as its property list it writes each object's members in that order. Native serialisation,
 * several times faster than walking the value in JS; a property test holds it to `canonicalize`.
 * A `__proto__` key would make JSON.stringify read every object's prototype, so values with one
 * (never a manifest this tool writes) go through `canonicalize` itself.
 */
function canonicalJson(value) {
    const keys = new Set();
    const stack = [value];
    while (stack.length > 0) {
        const item = stack.pop();
        if (typeof item !== 'object' || item === null)
            continue;
        if (Array.isArray(item)) {
            for (const element of item)
                stack.push(element);
            continue;
        }
        for (const key of Object.keys(item)) {
            keys.add(key);
            stack.push(item[key]);
        }
    }
    if (keys.has('__proto__'))
        return jcs(value) ?? '';
    return JSON.stringify(value, [...keys].sort());
}
// canonicalize is CommonJS whose typings claim an ES default export; at run time the import is the function.
const jcs = canonicalize__WEBPACK_IMPORTED_MODULE_1__;
function manifestChecksum(manifest) {
    const { checksum: _ignored, ...rest } = manifest;
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonicalJson(rest), 'utf8').digest('hex')}`;
}
function sealManifest(manifest) {
    return { ...manifest, checksum: manifestChecksum(manifest) };
}
function serializeManifest(manifest) {
    return `${JSON.stringify(manifest, null, 2)}\n`;
}
function isPacked(manifest) {
    return Array.isArray(manifest.packs);
}
/** The manifest's file name inside its backup directory. */
function manifestFileName(manifest) {
    return isPacked(manifest) ? PACKED_MANIFEST_FILE : MANIFEST_FILE;
}
/**
 * Parses and checks a manifest read from disk or an archive. Returns the manifest and a list
 * of problems; a manifest with problems is never trusted for restore.
 */
const CHECKSUM_MISMATCH = 'manifest checksum mismatch (the manifest was edited or damaged)';
function parseManifest(text, expectedName, options = {}) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch {
        return {
            problems: [
                text.trim() === '' ? 'manifest.json is empty' : 'manifest.json is not valid JSON (truncated or edited?)',
            ],
        };
    }
    const version = raw?.formatVersion;
    // A newer format may be shaped differently: say so rather than list what looks wrong.
    if (typeof version === 'number' && version > FORMAT_VERSION) {
        return {
            problems: [
                `manifest format ${version} is newer than this tool understands (${FORMAT_VERSION}): upgrade orchestration-backup`,
            ],
        };
    }
    const problems = structuralProblems(raw);
    if (problems.length > 0)
        return { problems };
    const manifest = raw;
    if (options.checksum !== false && manifestChecksum(manifest) !== manifest.checksum)
        problems.push(CHECKSUM_MISMATCH);
    if (expectedName !== undefined && manifest.name !== expectedName) {
        problems.push(`manifest names the backup ${JSON.stringify(manifest.name)} but its directory is ${JSON.stringify(expectedName)}`);
    }
    return { manifest, problems };
}
function structuralProblems(raw) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        return ['manifest.json is not a JSON object'];
    const m = raw;
    const problems = [];
    const need = (key, ok) => {
        if (!ok)
            problems.push(`manifest field "${key}" is missing or has the wrong type`);
    };
    need('formatVersion', Number.isInteger(m.formatVersion));
    need('name', typeof m.name === 'string');
    need('createdAt', typeof m.createdAt === 'string' && !Number.isNaN(Date.parse(m.createdAt)));
    need('checksum', typeof m.checksum === 'string');
    need('compression', m.compression === 'none' || m.compression === 'gzip');
    need('tags', Array.isArray(m.tags) && m.tags.every((t) => typeof t === 'string'));
    need('totalSize', Number.isInteger(m.totalSize));
    need('files', Array.isArray(m.files));
    if (typeof m.name === 'string') {
        try {
            (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .assertValidName */ .QB)(m.name);
        }
        catch (error) {
            problems.push(error.message);
        }
    }
    const packs = m.packs;
    if (Number.isInteger(m.formatVersion) && m.formatVersion >= 2 !== (packs !== undefined)) {
        problems.push(`manifest format ${String(m.formatVersion)} ${packs === undefined ? 'needs' : 'cannot have'} a "packs" field`);
    }
    if (packs !== undefined) {
        need('packs', Array.isArray(packs) &&
            packs.every((p) => typeof p === 'string' && /^[0-9a-f]{64}$/.test(p)) &&
            new Set(packs).size === packs.length);
        need('compression', m.compression === 'gzip');
    }
    const packCount = Array.isArray(packs) ? packs.length : 0;
    if (Array.isArray(m.files)) {
        const seen = new Set();
        m.files.forEach((f, i) => {
            const file = f;
            const located = packs === undefined ? typeof file?.stored === 'string' : packedLocationOk(file, packCount);
            if (!file ||
                typeof file.path !== 'string' ||
                !located ||
                typeof file.sha256 !== 'string' ||
                !Number.isInteger(file.size)) {
                problems.push(`manifest file entry ${i} is malformed`);
                return;
            }
            for (const p of packs === undefined ? [file.path, file.stored] : [file.path]) {
                if (!isSafeRelativePath(p))
                    problems.push(`manifest file entry ${i} has an unsafe path ${JSON.stringify(p)}`);
            }
            if (!/^[0-9a-f]{64}$/.test(file.sha256))
                problems.push(`manifest file entry ${i} has a malformed sha256`);
            if (seen.has(file.path))
                problems.push(`manifest lists ${file.path} twice`);
            seen.add(file.path);
        });
    }
    return problems;
}
function packedLocationOk(file, packCount) {
    const natural = (n) => Number.isSafeInteger(n) && n >= 0;
    return (!!file &&
        natural(file.pack) &&
        file.pack < packCount &&
        natural(file.offset) &&
        natural(file.start) &&
        natural(file.storedSize) &&
        file.stored === undefined);
}
/** A relative `/`-separated path that stays inside its root: no `..`, no absolute, no NUL or backslash. */
function isSafeRelativePath(p) {
    if (p === '' || p.startsWith('/') || p.includes('\\') || p.includes('\0') || /^[A-Za-z]:/.test(p))
        return false;
    return p.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}


/***/ }),

/***/ 1833:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AP: () => (/* binding */ assertNewName),
/* harmony export */   Fi: () => (/* binding */ uniqueName),
/* harmony export */   QB: () => (/* binding */ assertValidName),
/* harmony export */   e2: () => (/* binding */ timestampName),
/* harmony export */   uV: () => (/* binding */ isValidName),
/* harmony export */   vr: () => (/* binding */ newestNames)
/* harmony export */ });
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8378);

const MAX_NAME_LENGTH = 100;
const NAME_PATTERN = /^[A-Za-z0-9._-]+$/;
/** Store entries that are not backups; a backup may never take these names. */
const RESERVED = new Set(['history.jsonl']);
/** Throws InvalidNameError unless `name` can be a backup directory name. */
function assertValidName(name) {
    if (name.length === 0)
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidNameError */ .Tw(name, 'it is empty');
    if (name.includes('\0'))
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidNameError */ .Tw(name, 'it contains a NUL byte');
    if (/[\r\n]/.test(name))
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidNameError */ .Tw(name, 'it contains a line break');
    if (name.includes('/') || name.includes('\\'))
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidNameError */ .Tw(name, 'it must be a name, not a path');
    if (name === '.' || name === '..')
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidNameError */ .Tw(name, 'it must be a name, not a path');
    if (name.length > MAX_NAME_LENGTH) {
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidNameError */ .Tw(name, `it has ${name.length} characters (at most ${MAX_NAME_LENGTH})`);
    }
    if (!NAME_PATTERN.test(name)) {
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidNameError */ .Tw(name, 'use only letters A-Z a-z, digits, ".", "_" and "-"');
    }
    if (name.startsWith('.'))
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidNameError */ .Tw(name, 'names starting with "." are reserved for the store');
    if (RESERVED.has(name.toLowerCase()))
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidNameError */ .Tw(name, 'this name is reserved for the store');
}
/**
 * Names a new backup may not take because the CLI reads them as something else: `diff`
 * takes `current` for the current config. Older stores may hold such a backup; it stays
 * readable under its name.
 */
const REFERENCES = new Set(['current']);
/** assertValidName, and not a name the CLI reads as something other than a backup. */
function assertNewName(name) {
    assertValidName(name);
    if (REFERENCES.has(name.toLowerCase())) {
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidNameError */ .Tw(name, `it is reserved: diff reads ${JSON.stringify(name.toLowerCase())} as the current config`);
    }
}
function isValidName(name) {
    try {
        assertValidName(name);
        return true;
    }
    catch {
        return false;
    }
}
/** `backup-YYYYMMDD-HHMMSS` in UTC; `prefix` allows `backup-pre-restore`. */
function timestampName(date, prefix = 'backup') {
    const iso = date.toISOString(); // 2024-01-20T10:30:45.123Z
    const stamp = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}`;
    return `${prefix}-${stamp}`;
}
/** First of `base`, `base-2`, `base-3`, … that `taken` does not hold. */
function uniqueName(base, taken) {
    if (!taken(base))
        return base;
    for (let n = 2;; n++) {
        const candidate = `${base}-${n}`;
        if (!taken(candidate))
            return candidate;
    }
}
/** `…-YYYYMMDD-HHMMSS`, optionally `-N` (uniqueName's suffix): the time a generated name carries. */
const NAME_TIME = /-(\d{8})-(\d{6})(?:-(\d+))?$/;
/**
 * The newest `count` of `names` by the time generated names carry, plus every name that carries
 * none (a name someone chose says nothing about its age). Lets a caller read a few manifests
 * instead of all of them; the result keeps the order of `names`.
 */
function newestNames(names, count) {
    // Keys sort as plain strings (no comparator to call 1,000 times in a cold process).
    const timed = [];
    for (const name of names) {
        const match = NAME_TIME.exec(name);
        if (match)
            timed.push(`${match[1]}${match[2]}-${(match[3] ?? '1').padStart(9, '0')} ${name}`);
    }
    if (timed.length <= count)
        return [...names];
    timed.sort();
    const older = new Set(timed.slice(0, timed.length - count).map((key) => key.slice(key.indexOf(' ') + 1)));
    return names.filter((name) => !older.has(name));
}


/***/ }),

/***/ 3030:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderEditReason: () => (/* binding */ renderEditReason)
});

// EXTERNAL MODULE: ./lib/core/config/scan.js
var scan = __webpack_require__(9877);
;// CONCATENATED MODULE: ./lib/render/format.js

function plainContext(now = new Date()) {
    return { colors: pc.createColors(false), displayPath: (p) => p, now };
}
/** `512 B`, `3.2 KB`, `1.5 MB`: binary units with these short labels. */
function format_formatSize(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KB', 'MB', 'GB', 'TB'];
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(1)} ${units[unit]}`;
}
// Built on first use: loading ICU's relative-time data costs ~15 ms, which the hook should not pay.
let relativeFormat;
const relative = {
    format: (value, unit) => (relativeFormat ??= new Intl.RelativeTimeFormat('en', { numeric: 'auto' })).format(value, unit),
};
/** "just now", "5 minutes ago", "2 hours ago", "yesterday", "5 days ago", "3 months ago". */
function format_formatAge(then, now) {
    const seconds = Math.round((now.getTime() - then.getTime()) / 1000);
    if (seconds < 0)
        return 'in the future';
    if (seconds < 45)
        return 'just now';
    const minutes = Math.round(seconds / 60);
    if (minutes < 45)
        return relative.format(-minutes, 'minute');
    const hours = Math.round(minutes / 60);
    if (hours < 22)
        return relative.format(-hours, 'hour');
    const days = Math.round(hours / 24);
    if (days < 26)
        return relative.format(-days, 'day');
    const months = Math.round(days / 30.44);
    if (months < 11)
        return relative.format(-Math.max(1, months), 'month');
    return relative.format(-Math.max(1, Math.round(days / 365.25)), 'year');
}
/** `2024-01-20 10:30:45 UTC` */
function format_formatTime(iso) {
    return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}
function format_heading(title, rule = '=') {
    return `${title}\n${rule.repeat(title.length)}`;
}
function format_plural(count, word, pluralWord = `${word}s`) {
    return `${count} ${count === 1 ? word : pluralWord}`;
}

;// CONCATENATED MODULE: ./lib/render/text.js



function renderCreate(result, ctx) {
    const { colors: c } = ctx;
    const m = result.manifest;
    if (!result.created) {
        return [
            heading('Configuration Backup Skipped'),
            `✅ Nothing changed since ${c.bold(result.unchangedSince)} (${formatAge(new Date(m.createdAt), ctx.now)}): no new backup was made.`,
            '',
        ].join('\n');
    }
    const lines = [
        heading('Configuration Backup Created'),
        `📦 Backup: ${c.bold(result.name)}`,
        `📁 Location: ${ctx.displayPath(result.path)}/`,
        '',
        'Files Backed Up:',
        ...m.files.map((f) => `  ✅ ${f.path} (${formatSize(f.size)})`),
        ...result.skipped.filter(isSkipProblem).map((s) => `  ${c.yellow('⚠️')}  ${s.path} skipped: ${s.reason}`),
        ...leftOutLines(result.skipped),
        '',
        'Manifest:',
        `  - Total Size: ${formatSize(m.totalSize)}`,
        `  - Files: ${m.files.length}`,
        `  - Version: ${m.configVersion ?? 'none'}`,
        `  - Checksum: ${m.checksum.replace(/^sha256:/, '').slice(0, 8)}...`,
    ];
    if (m.compression === 'gzip')
        lines.push(`  - Compressed: gzip (${formatSize(m.storedSize)} on disk)`);
    if (m.description)
        lines.push(`  - Description: ${m.description}`);
    if (m.tags.length > 0)
        lines.push(`  - Tags: ${m.tags.join(', ')}`);
    lines.push('', validationLine(result.validation, ctx), '', c.green('✅ Backup completed successfully!'));
    for (const warning of result.warnings)
        lines.push(`${c.yellow('⚠️')}  ${warning}`);
    lines.push('');
    return lines.join('\n');
}
/** Names shown per reason a file was left out; `create --json` lists them all. */
const LEFT_OUT_NAMES = 3;
/** "Left out: 2 runtime state (setting runtimeState): state/run.json, team.lock" — counts and a few names per reason. */
function leftOutLines(skipped) {
    const byReason = new Map();
    for (const entry of skipped) {
        if (isSkipProblem(entry))
            continue;
        byReason.set(entry.reason, [...(byReason.get(entry.reason) ?? []), entry.path]);
    }
    if (byReason.size === 0)
        return [];
    const lines = ['', 'Left Out (not backed up):'];
    for (const [reason, paths] of byReason) {
        const more = paths.length > LEFT_OUT_NAMES ? `, +${paths.length - LEFT_OUT_NAMES} more` : '';
        lines.push(`  ${paths.length} ${reason}: ${paths.slice(0, LEFT_OUT_NAMES).join(', ')}${more}`);
    }
    return lines;
}
function validationLine(report, ctx) {
    const { errors, warnings } = report.summary;
    if (errors > 0)
        return `📋 Validation: ${ctx.colors.red(`❌ ${plural(errors, 'error')}`)}, ${plural(warnings, 'warning')} (run: orch-backup validate)`;
    if (warnings > 0)
        return `📋 Validation: ${ctx.colors.yellow(`⚠️ ${plural(warnings, 'warning')}`)} (run: orch-backup validate)`;
    return '📋 Validation: All configurations valid';
}
function renderList(result, retention, ctx) {
    const { colors: c } = ctx;
    // The seed's underline is one character longer than the title; kept so scripts matching it still work.
    const lines = ['Available Configuration Backups', '='.repeat(32), ''];
    if (result.backups.length === 0)
        lines.push('No backups yet. Create one with: orch-backup create -m "why"');
    else
        lines.push('Recent Backups:');
    result.backups.forEach((b, i) => {
        const version = b.configVersion ? ` | v${b.configVersion.replace(/^v/, '')}` : '';
        lines.push(`  ${i + 1}. ${c.bold(b.name)} (${formatAge(new Date(b.createdAt), ctx.now)})`);
        lines.push(`     Created: ${formatTime(b.createdAt)} | Trigger: ${b.trigger}${b.tags.length ? ` | Tags: ${b.tags.join(', ')}` : ''}`);
        lines.push(`     Size: ${formatSize(b.totalSize)} | Files: ${b.fileCount}${version}${b.compressed ? ' | compressed' : ''}`);
        if (b.description)
            lines.push(`     Description: ${b.description}`);
        if (b.comparison) {
            const verdict = b.comparison.compatible
                ? c.green('✅ compatible')
                : c.yellow(`⚠️ ${b.comparison.reasons.join('; ')}`);
            lines.push(`     Restore: ${verdict} | vs current: ${b.comparison.summary}`);
        }
        lines.push('');
    });
    if (result.damaged.length > 0) {
        lines.push(c.red('Damaged Backups (not restorable; run orch-backup verify for details):'));
        for (const d of result.damaged)
            lines.push(`  ❌ ${d.name}: ${d.problems[0] ?? 'unknown problem'}`);
        lines.push('');
    }
    lines.push(`Storage: ${formatSize(result.storage.bytes)} used (${plural(result.storage.backups, 'backup')})`);
    lines.push(`Retention: ${describeRetention(retention)}`);
    return `${lines.join('\n')}\n`;
}
/** "Keeping last 10 + all within 7d + weekly for 1m + monthly for 1y" */
function describeRetention(policy) {
    const parts = [];
    const count = (n, word) => {
        if (n !== undefined && n !== 0)
            parts.push(`${n === -1 ? 'all' : `last ${n}`} ${word}`.trim());
    };
    count(policy.last, '');
    count(policy.hourly, 'hourly');
    count(policy.daily, 'daily');
    count(policy.weekly, 'weekly');
    count(policy.monthly, 'monthly');
    count(policy.yearly, 'yearly');
    if (policy.within)
        parts.push(`all within ${policy.within}`);
    const windows = [
        [policy.withinHourly, 'hourly'],
        [policy.withinDaily, 'daily'],
        [policy.withinWeekly, 'weekly'],
        [policy.withinMonthly, 'monthly'],
        [policy.withinYearly, 'yearly'],
    ];
    for (const [duration, word] of windows)
        if (duration)
            parts.push(`${word} for ${duration}`);
    for (const tags of policy.tags ?? [])
        parts.push(`tagged ${tags.join('+')}`);
    return parts.length > 0 ? `Keeping ${parts.join(' + ')}` : 'none configured';
}
function renderShow(loaded, ctx) {
    const m = loaded.manifest;
    const lines = [heading(`Backup: ${loaded.name}`)];
    if (!m)
        return `${lines[0]}\n❌ ${loaded.problems.join('\n❌ ')}\n`;
    const field = (label, value) => `${`${label}:`.padEnd(13)}${value}`;
    lines.push(field('Created', `${formatTime(m.createdAt)} (${formatAge(new Date(m.createdAt), ctx.now)})`), field('Description', m.description ?? '-'), field('Trigger', m.trigger), field('Tags', m.tags.length ? m.tags.join(', ') : '-'), field('Version', m.configVersion ?? 'none'), field('Size', `${formatSize(m.totalSize)} in ${plural(m.files.length, 'file')}${m.compression === 'gzip' ? `, ${formatSize(m.storedSize)} stored (gzip)` : ''}`), field('Validation', m.validation
        ? `${m.validation.status} (${plural(m.validation.errors, 'error')}, ${plural(m.validation.warnings, 'warning')})`
        : 'not recorded'), field('Tool', `${m.tool.name} ${m.tool.version}`), field('Checksum', m.checksum), field('Location', `${ctx.displayPath(loaded.dir)}/`), '', 'Files:');
    const width = Math.max(...m.files.map((f) => f.path.length));
    for (const f of m.files) {
        lines.push(`  ${f.path.padEnd(width)}  ${formatSize(f.size).padStart(9)}  ${(f.version ? `v${f.version}` : '').padEnd(8)}  sha256:${f.sha256.slice(0, 12)}`);
    }
    for (const problem of loaded.problems)
        lines.push(ctx.colors.red(`❌ ${problem}`));
    return `${lines.join('\n')}\n`;
}
function renderVerify(results, ctx) {
    const { colors: c } = ctx;
    const lines = [heading('Backup Verification'), ''];
    if (results.length === 0)
        lines.push('No backups to verify.');
    for (const r of results) {
        if (r.ok)
            lines.push(`  ✅ ${r.name}: ${plural(r.manifest?.files.length ?? 0, 'file')} OK`);
        else {
            lines.push(`  ${c.red('❌')} ${r.name}: damaged`);
            for (const p of r.problems)
                lines.push(`     - ${p.message}`);
        }
    }
    const damaged = results.filter((r) => !r.ok).length;
    lines.push('', damaged === 0
        ? c.green(`✅ ${plural(results.length, 'backup')} verified, all intact`)
        : c.red(`❌ ${damaged} of ${plural(results.length, 'backup')} damaged`));
    return `${lines.join('\n')}\n`;
}
function renderValidation(report, source, ctx) {
    const { colors: c } = ctx;
    const lines = [heading('Configuration Validation'), `📁 ${source} (${plural(report.files.length, 'file')})`, ''];
    const group = (severity, title) => {
        const items = report.diagnostics.filter((d) => d.severity === severity);
        if (items.length === 0)
            return;
        lines.push(`${title} (${items.length}):`);
        for (const g of groupDiagnostics(items))
            lines.push(`  ${text_location(g.first)}  ${g.first.message}${groupNote(g)}`);
        lines.push('');
    };
    group('error', c.red('❌ Errors'));
    group('warning', c.yellow('⚠️  Warnings'));
    group('info', 'ℹ️  Info');
    const { errors, warnings, info } = report.summary;
    lines.push(`Summary: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${info} info`);
    const status = report.status === 'invalid'
        ? c.red('❌ INVALID')
        : report.status === 'needs-attention'
            ? c.yellow('⚠️ NEEDS ATTENTION')
            : c.green('✅ VALID');
    lines.push(`Overall Status: ${status}`);
    return `${lines.join('\n')}\n`;
}
function text_location(d) {
    if (!d.file)
        return '(config)';
    return d.line ? `${d.file}:${d.line}:${d.column ?? 1}` : d.file;
}

;// CONCATENATED MODULE: ./lib/render/verdict.js

const BROKEN = new Set(['unknown-agent', 'renamed-reference']);
function isBrokenReference(f) {
    return BROKEN.has(f.code);
}
/** "❌ This change breaks 6 agent references (23 places)", "✅ No new problems (4 were already there)". */
function verdictHeadline(j) {
    const broken = j.new.filter(isBrokenReference);
    const subjects = new Set(broken.map((f) => f.subject ?? f.message));
    const blocking = (f) => f.severity === 'error' || (j.strict && f.severity === 'warning');
    const others = j.new.filter((f) => !isBrokenReference(f) && blocking(f));
    const already = j.existing.length > 0 ? ` (${j.existing.length} ${j.existing.length === 1 ? 'was' : 'were'} already there)` : '';
    if (j.verdict === 'fail') {
        const otherText = (lead) => {
            const errors = others.filter((f) => f.severity === 'error').length;
            const warnings = others.length - errors;
            return [
                errors > 0 ? `${lead}${plural(errors, 'error')}` : '',
                warnings > 0 ? `${errors > 0 ? ' and ' : lead}${plural(warnings, 'new warning')}` : '',
            ].join('');
        };
        if (broken.length > 0) {
            const what = broken.every((f) => f.message.startsWith("Agent '")) ? 'agent reference' : 'reference';
            const places = broken.length !== subjects.size ? ` (${plural(broken.length, 'place')})` : '';
            const more = others.length > 0 ? otherText(' and introduces ').replace(/ (error|new warning)/, ' other $1') : '';
            return { icon: '❌', text: `This change breaks ${plural(subjects.size, what)}${places}${more}` };
        }
        return { icon: '❌', text: `This change introduces ${otherText('')}` };
    }
    const fixed = j.fixed.length > 0 ? `; it fixes ${j.fixed.length}` : '';
    const warnings = j.new.filter((f) => f.severity === 'warning').length;
    if (warnings > 0)
        return { icon: '⚠️', text: `No new errors, ${plural(warnings, 'new warning')}${fixed}${already}` };
    return { icon: '✅', text: `No new problems${fixed}${already}` };
}
/** "Agent 'tech-lead' was renamed to 'engineering-lead'; 11 references still use 'tech-lead'" */
function renameSentence(r) {
    const left = r.remaining.length === 0
        ? 'no reference uses the old id'
        : `${plural(r.remaining.length, 'reference')} still ${r.remaining.length === 1 ? 'uses' : 'use'} '${r.from}'`;
    return `${r.kind} '${r.from}' was renamed to '${r.to}'; ${left}`;
}
/** The renames that left references behind. */
function renamesWithLeftovers(j) {
    return j.renames.filter((r) => r.remaining.length > 0);
}
/** A shell word: quoted only when it has to be. */
function shellWord(text) {
    return /^[\w@%+=:,./~^-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
/** The one-line fix command for the leftovers of a judgement against `since`. */
function fixCommand(since, where = {}) {
    const dirs = [
        where.configDir !== undefined ? ` --config-dir ${shellWord(where.configDir)}` : '',
        where.backupDir !== undefined ? ` --backup-dir ${shellWord(where.backupDir)}` : '',
    ].join('');
    return `orch-backup${dirs} validate --since ${shellWord(since)} --fix`;
}

;// CONCATENATED MODULE: ./lib/render/claude.js


/**
 * The PostToolUse `reason` Claude reads when its edit broke the config: where, what, and how to
 * repair it. Problems that were there before the edit are left out, so Claude fixes its own.
 */
function renderEditReason(judgement, backup, tool) {
    const lines = [
        `orch-backup: this ${tool} broke the orchestration config (compared with backup ${backup}, the config just before it).`,
    ];
    const renames = renamesWithLeftovers(judgement);
    const renamed = new Set(renames.map((r) => r.from));
    for (const r of renames) {
        const where = r.remaining.map((l) => `${l.file}:${l.line}`).join(', ');
        lines.push(`- ${r.kind} '${r.from}' was renamed to '${r.to}' in ${r.file}, but '${r.from}' still appears at ${where}. Replace '${r.from}' with '${r.to}' there.`);
    }
    for (const d of judgement.new) {
        if (d.severity === 'info')
            continue;
        if ((d.code === 'unknown-agent' || d.code === 'renamed-reference') &&
            d.subject !== undefined &&
            renamed.has(d.subject))
            continue;
        lines.push(`- ${text_location(d)}: ${d.message}${remedy(d)}`);
    }
    lines.push(`Fix: repair the edit as above, or let the tool do it: npx orch-backup validate --since ${backup} --fix --yes. To undo the edit: npx orch-backup restore ${backup}.`);
    lines.push('Problems that were already there before this edit are not listed.');
    return lines.join('\n');
}
function remedy(d) {
    if (d.code === 'unknown-agent')
        return ': define the agent in teams.json or correct the name';
    if (d.code === 'json-syntax')
        return ': the file is no longer valid JSON';
    return '';
}


/***/ })

};
;