"use strict";
exports.id = 269;
exports.ids = [269];
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
/* harmony export */   j1: () => (/* binding */ scanConfigDir),
/* harmony export */   pw: () => (/* binding */ isSkipProblem)
/* harmony export */ });
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

/***/ 793:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $3: () => (/* binding */ hasOwn),
/* harmony export */   Pe: () => (/* binding */ withoutKeys),
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   Y2: () => (/* binding */ childPointer),
/* harmony export */   Y7: () => (/* binding */ cloneJson),
/* harmony export */   bD: () => (/* binding */ deepEqual),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   u_: () => (/* binding */ isContainer)
/* harmony export */ });
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3044);

function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isContainer(value) {
    return typeof value === 'object' && value !== null;
}
function hasOwn(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
}
/** Equality of JSON values: key order does not matter, array order does. */
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a)) {
        if (!Array.isArray(b) || a.length !== b.length)
            return false;
        return a.every((item, i) => deepEqual(item, b[i]));
    }
    if (isPlainObject(a)) {
        if (!isPlainObject(b))
            return false;
        const keys = Object.keys(a);
        if (keys.length !== Object.keys(b).length)
            return false;
        return keys.every((key) => hasOwn(b, key) && deepEqual(a[key], b[key]));
    }
    return false;
}
/** JSON text with object keys sorted, so equal values always serialise the same way. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (isPlainObject(value)) {
        const members = Object.keys(value)
            .sort()
            .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`);
        return `{${members.join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
/** A deep copy that keeps own `__proto__` keys as data (JSON.parse defines them properly). */
function cloneJson(value) {
    return value === undefined ? value : JSON.parse(JSON.stringify(value));
}
function childPointer(pointer, segment) {
    return `${pointer}/${(0,_util_json_js__WEBPACK_IMPORTED_MODULE_0__/* .escapePointerSegment */ .mE)(String(segment))}`;
}
function withoutKeys(object, drop) {
    const rest = {};
    for (const key of Object.keys(object))
        if (!drop(key))
            Object.defineProperty(rest, key, { value: object[key], enumerable: true, writable: true, configurable: true });
    return rest;
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
/* harmony export */   lS: () => (/* binding */ isPacked),
/* harmony export */   qM: () => (/* binding */ FILES_DIR),
/* harmony export */   vS: () => (/* binding */ manifestChecksum)
/* harmony export */ });
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

/***/ 3044:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J5: () => (/* binding */ unescapePointerSegment),
/* harmony export */   _6: () => (/* binding */ decodeUtf8),
/* harmony export */   ln: () => (/* binding */ findDuplicateKeys),
/* harmony export */   mE: () => (/* binding */ escapePointerSegment),
/* harmony export */   qF: () => (/* binding */ parseJson),
/* harmony export */   uH: () => (/* binding */ PositionIndex)
/* harmony export */ });
/* unused harmony exports MAX_DEPTH, nestingDepth, positionAt */
/* harmony import */ var _jsonc_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9003);
/* harmony import */ var _parse_problem_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7777);


/** Deeper documents are refused before any recursive code touches them. */
const MAX_DEPTH = 1000;
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function decodeUtf8(bytes) {
    try {
        const text = decoder.decode(bytes);
        const bom = text.charCodeAt(0) === 0xfeff;
        return { ok: true, text: bom ? text.slice(1) : text, bom };
    }
    catch {
        const offset = firstInvalidUtf8(bytes);
        const before = Buffer.from(bytes.subarray(0, offset)).toString('utf8');
        return { ok: false, problem: `not valid UTF-8 (byte ${offset})`, position: positionAt(before, before.length) };
    }
}
/**
 * Strict JSON (RFC 8259). The native parser does the work (it is not recursive, so deep
 * input cannot overflow it); depth and duplicate keys are then read off the parsed value,
 * and the slower text scans run only when that cannot answer exactly.
 */
function parseJson(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        // Depth first: the positional parser that locates syntax errors recurses.
        return tooDeep(text) ?? { ok: false, ...locateSyntaxError(text, error.message) };
    }
    const escaped = text.includes('\\u');
    const shape = shapeOf(value, !escaped);
    const mayHaveDuplicateKeys = shape.depth > MAX_DEPTH ||
        (escaped ? keyTokens(text) !== shape.keys : countColons(text) !== shape.keys + shape.colons);
    // A duplicate's discarded value is not in the parsed value, so its depth must come from the text.
    if (mayHaveDuplicateKeys) {
        const deep = tooDeep(text);
        if (deep)
            return deep;
    }
    return { ok: true, value, mayHaveDuplicateKeys };
}
function tooDeep(text) {
    const depth = nestingDepth(text);
    if (depth.depth <= MAX_DEPTH)
        return undefined;
    return { ok: false, problem: `nesting deeper than ${MAX_DEPTH} levels`, position: positionAt(text, depth.offset) };
}
/**
 * Own keys of all objects in a parsed value, its nesting depth (stopping past MAX_DEPTH),
 * and, if asked, the colons inside its keys and strings. Iterative: depth is unbounded here.
 *
 * Why this finds duplicates exactly: JSON.parse keeps one property per distinct key, so the
 * text has more members than the value has keys exactly when some object repeats a key.
 * In valid JSON every colon outside strings ends a key, and without \u escapes every colon
 * in a parsed string was a literal colon in the text; so the text's colon count equals
 * keys + string colons of the value exactly when nothing was dropped.
 */
function shapeOf(root, withColons) {
    let keys = 0;
    let colons = 0;
    let max = 0;
    const containers = [];
    const depths = [];
    // Containers go on the stack; strings are counted where they are met, sparing a push each.
    const visit = (value, depth) => {
        if (typeof value === 'string') {
            if (withColons)
                colons += countColons(value);
        }
        else if (typeof value === 'object' && value !== null) {
            containers.push(value);
            depths.push(depth);
        }
    };
    visit(root, 1);
    while (containers.length > 0) {
        const value = containers.pop();
        const depth = depths.pop();
        if (depth > max) {
            max = depth;
            if (max > MAX_DEPTH)
                break;
        }
        if (Array.isArray(value)) {
            for (const item of value)
                visit(item, depth + 1);
            continue;
        }
        // Object.keys, not for-in: an enumerable property added to Object.prototype must not count.
        const own = Object.keys(value);
        keys += own.length;
        for (const key of own) {
            if (withColons)
                colons += countColons(key);
            visit(value[key], depth + 1);
        }
    }
    return { keys, depth: max, colons };
}
function countColons(text) {
    let count = 0;
    for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1))
        count++;
    return count;
}
/**
 * Members in valid JSON text, counted as string tokens followed by a colon: for text with
 * \u escapes, where a colon in a parsed string may have been spelled \u003a. Outside strings
 * every quote opens one, so the regex consumes whole strings and never starts inside one.
 * NaN (never equal to a count) if the regex engine gives up on a pathological string.
 */
function keyTokens(text) {
    const token = /"[^"\\]*(?:\\[\s\S][^"\\]*)*"(\s*:)?/g;
    let count = 0;
    try {
        for (let match = token.exec(text); match; match = token.exec(text))
            if (match[1] !== undefined)
                count++;
    }
    catch {
        return Number.NaN;
    }
    return count;
}
function locateSyntaxError(text, nativeMessage) {
    if (text.trim() === '')
        return { problem: 'the file is empty', position: { line: 1, column: 1 } };
    const errors = [];
    (0,_jsonc_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTree */ .cZ)(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    if (first)
        return { problem: describeParseError(first.error), position: positionAt(text, first.offset) };
    // jsonc-parser accepts a few things JSON.parse rejects (e.g. control characters in strings).
    return { problem: (0,_parse_problem_js__WEBPACK_IMPORTED_MODULE_1__/* .parseProblemWithoutInput */ .Z)(nativeMessage), position: { line: 1, column: 1 } };
}
const PARSE_ERRORS = {
    [1 /* ParseErrorCode.InvalidSymbol */]: 'unexpected character',
    [2 /* ParseErrorCode.InvalidNumberFormat */]: 'invalid number',
    [3 /* ParseErrorCode.PropertyNameExpected */]: 'property name expected',
    [4 /* ParseErrorCode.ValueExpected */]: 'value expected',
    [5 /* ParseErrorCode.ColonExpected */]: "':' expected",
    [6 /* ParseErrorCode.CommaExpected */]: "',' expected",
    [7 /* ParseErrorCode.CloseBraceExpected */]: "'}' expected",
    [8 /* ParseErrorCode.CloseBracketExpected */]: "']' expected",
    [9 /* ParseErrorCode.EndOfFileExpected */]: 'unexpected content after the end of the document',
    [10 /* ParseErrorCode.InvalidCommentToken */]: 'comments are not allowed in JSON',
    [11 /* ParseErrorCode.UnexpectedEndOfComment */]: 'unterminated comment',
    [12 /* ParseErrorCode.UnexpectedEndOfString */]: 'unterminated string',
    [13 /* ParseErrorCode.UnexpectedEndOfNumber */]: 'unterminated number',
    [14 /* ParseErrorCode.InvalidUnicode */]: 'invalid unicode escape',
    [15 /* ParseErrorCode.InvalidEscapeCharacter */]: 'invalid escape character',
    [16 /* ParseErrorCode.InvalidCharacter */]: 'invalid character',
};
function describeParseError(code) {
    return PARSE_ERRORS[code] ?? `parse error ${code}`;
}
/** Deepest bracket nesting outside strings, and where it first got that deep. */
function nestingDepth(text) {
    let depth = 0;
    let max = 0;
    let maxOffset = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 92)
                i++;
            else if (c === 34)
                inString = false;
        }
        else if (c === 34)
            inString = true;
        else if (c === 123 || c === 91) {
            depth++;
            if (depth > max) {
                max = depth;
                maxOffset = i;
                if (max > MAX_DEPTH)
                    break;
            }
        }
        else if (c === 125 || c === 93)
            depth--;
    }
    return { depth: max, offset: maxOffset };
}
function positionAt(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: offset - lineStart + 1 };
}
/** Maps JSON pointers of one document to line/column, building the positional tree once. */
class PositionIndex {
    text;
    tree = null;
    lineStarts;
    constructor(text) {
        this.text = text;
    }
    /** Line and column of an offset, by binary search over line starts computed once. */
    positionOf(offset) {
        if (!this.lineStarts) {
            this.lineStarts = [0];
            for (let i = 0; i < this.text.length; i++)
                if (this.text.charCodeAt(i) === 10)
                    this.lineStarts.push(i + 1);
        }
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - this.lineStarts[lo] + 1 };
    }
    of(pointer) {
        if (this.tree === null)
            this.tree = (0,_jsonc_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTree */ .cZ)(this.text) ?? undefined;
        if (!this.tree)
            return undefined;
        const segments = pointer === '' ? [] : pointer.slice(1).split('/').map(unescapePointerSegment);
        const node = (0,_jsonc_js__WEBPACK_IMPORTED_MODULE_0__/* .findNodeAtLocation */ .Wc)(this.tree, segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s)));
        if (!node)
            return undefined;
        // Point at the key of a property rather than its value: that is where editors jump.
        const target = node.parent?.type === 'property' ? node.parent : node;
        return this.positionOf(target.offset);
    }
}
function unescapePointerSegment(segment) {
    return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
function escapePointerSegment(segment) {
    return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
/** Object keys that occur twice in the same object: JSON.parse silently keeps the last. */
function findDuplicateKeys(text) {
    const found = [];
    const stack = [];
    (0,_jsonc_js__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(text, {
        onObjectBegin: () => {
            stack.push(new Set());
        },
        onObjectEnd: () => {
            stack.pop();
        },
        // The path is built only for a duplicate: building it for every object doubled the scan's cost.
        onObjectProperty: (property, _offset, _length, startLine, startCharacter, pathSupplier) => {
            const keys = stack[stack.length - 1];
            if (!keys)
                return;
            if (keys.has(property)) {
                found.push({
                    key: property,
                    pointer: `${toPointer(pathSupplier())}/${escapePointerSegment(property)}`,
                    position: { line: startLine + 1, column: startCharacter + 1 },
                });
            }
            keys.add(property);
        },
    }, { disallowComments: true });
    return found;
}
function toPointer(segments) {
    return segments.map((s) => `/${escapePointerSegment(String(s))}`).join('');
}
/**
 * Offset of the first byte that starts an ill-formed sequence, by the well-formed ranges of
 * Unicode's table 3-7: the second byte's range excludes overlong forms (E0 80-9F, F0 80-8F),
 * UTF-16 surrogates (ED A0-BF) and code points above U+10FFFF (F4 90-BF), exactly what the
 * fatal TextDecoder rejects.
 */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        let need;
        let low = 0x80;
        let high = 0xbf;
        if (b >= 0xc2 && b <= 0xdf)
            need = 1;
        else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            if (b === 0xe0)
                low = 0xa0;
            else if (b === 0xed)
                high = 0x9f;
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            if (b === 0xf0)
                low = 0x90;
            else if (b === 0xf4)
                high = 0x8f;
        }
        else
            return i;
        for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf))
                return i;
        }
        i += need + 1;
    }
    return i;
}


/***/ }),

/***/ 9003:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wc: () => (/* reexport safe */ jsonc_parser_lib_umd_impl_parser_js__WEBPACK_IMPORTED_MODULE_0__.findNodeAtLocation),
/* harmony export */   YR: () => (/* reexport safe */ jsonc_parser_lib_umd_impl_parser_js__WEBPACK_IMPORTED_MODULE_0__.visit),
/* harmony export */   cZ: () => (/* reexport safe */ jsonc_parser_lib_umd_impl_parser_js__WEBPACK_IMPORTED_MODULE_0__.parseTree)
/* harmony export */ });
/* harmony import */ var jsonc_parser_lib_umd_impl_parser_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5152);
/**
 * jsonc-parser's scanner and parser, which is all this project uses of it. The package's entry
 * also loads its formatter and editor, whose start-up tables (1,200 indentation strings) cost
 * every command and hook ~4 ms before any work; its parser module is the code the entry
 * re-exports, and ParseErrorCode is a const enum, inlined at compile time.
 */



/***/ })

};
;