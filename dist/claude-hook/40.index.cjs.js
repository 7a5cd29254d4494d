"use strict";
exports.id = 40;
exports.ids = [40];
exports.modules = {

/***/ 4679:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   am: () => (/* binding */ documentVersion),
/* harmony export */   iR: () => (/* binding */ majorVersion),
/* harmony export */   jq: () => (/* binding */ configurationVersion)
/* harmony export */ });
/* unused harmony exports compareVersions, fileVersion */
/** A top-level `version` field as a string, if the document has one. */
function documentVersion(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return undefined;
    const version = value.version;
    if (typeof version === 'string' && version.trim() !== '')
        return version.trim();
    if (typeof version === 'number' && Number.isFinite(version))
        return String(version);
    return undefined;
}
/**
 * The configuration's version: settings.json's `version`, else the most common top-level
 * `version` among the files (ties go to the highest), else null.
 */
function configurationVersion(files) {
    const settings = files.find((f) => f.path === 'settings.json');
    if (settings?.version)
        return settings.version;
    const counts = new Map();
    for (const file of files)
        if (file.version)
            counts.set(file.version, (counts.get(file.version) ?? 0) + 1);
    let best = null;
    let bestCount = 0;
    for (const [version, count] of counts) {
        if (count > bestCount || (count === bestCount && best !== null && compareVersions(version, best) > 0)) {
            best = version;
            bestCount = count;
        }
    }
    return best;
}
/** Major component of a dotted version (`v1.2.0` → 1), or undefined when there is none. */
function majorVersion(version) {
    const match = version ? /^v?(\d+)/.exec(version.trim()) : null;
    return match ? Number(match[1]) : undefined;
}
function compareVersions(a, b) {
    const pa = a.replace(/^v/, '').split(/[.-]/);
    const pb = b.replace(/^v/, '').split(/[.-]/);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const x = pa[i] ?? '0';
        const y = pb[i] ?? '0';
        const nx = Number(x);
        const ny = Number(y);
        const diff = Number.isNaN(nx) || Number.isNaN(ny) ? x.localeCompare(y) : nx - ny;
        if (diff !== 0)
            return diff;
    }
    return 0;
}
/** The top-level `version` of a JSON file given as bytes, if it parses and has one. */
function fileVersion(bytes) {
    try {
        return documentVersion(JSON.parse(Buffer.from(bytes)
            .toString('utf8')
            .replace(/^\uFEFF/, '')));
    }
    catch {
        return undefined;
    }
}


/***/ }),

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

/***/ 936:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ sameContent),
/* harmony export */   RA: () => (/* binding */ readSnapshot),
/* harmony export */   fg: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* unused harmony export contentDifference */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8378);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5637);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9877);
/* harmony import */ var _owned_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3742);






/**
 * A config being rewritten while it is read (a restore moves files in and out, an editor saves by
 * rename) can lose a file between the listing and the read: the whole read is taken again, up to
 * this many times, before such a file is an error.
 */
const READ_ATTEMPTS = 3;
/** Reads every config file once: its bytes, size and SHA-256. */
async function readSnapshot(options) {
    for (let attempt = 1;; attempt++) {
        try {
            return await readSnapshotOnce(options);
        }
        catch (error) {
            if (!(error instanceof _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .FileUnreadableError */ .Wd && error.errno === 'ENOENT') || attempt >= READ_ATTEMPTS)
                throw error;
        }
    }
}
async function readSnapshotOnce(options) {
    const scan = await (0,_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .scanConfigDir */ .j1)({
        configDir: options.configDir,
        backupDir: options.backupDir,
        settings: options.settings,
        owned: (0,_owned_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .ownedPaths */ .qX)(options),
    });
    const files = await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .mapLimit */ .sf)(scan.files, 8, async (file) => {
        let bytes;
        try {
            bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file.absolutePath);
        }
        catch (error) {
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .FileUnreadableError */ .Wd(file.path, (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoOf */ .UQ)(error), { cause: error });
        }
        return { path: file.path, bytes, size: bytes.length, sha256: sha256Hex(bytes) };
    });
    return { root: scan.root, files, skipped: scan.skipped };
}
function sha256Hex(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
/** True when two file lists hold the same paths with the same content. */
function sameContent(a, b) {
    if (a.length !== b.length)
        return false;
    const byPath = new Map(a.map((f) => [f.path, f.sha256]));
    return b.every((f) => byPath.get(f.path) === f.sha256);
}
/** Which files differ between `from` and `to` (by path and hash). */
function contentDifference(from, to) {
    const before = new Map(from.map((f) => [f.path, f.sha256]));
    const after = new Map(to.map((f) => [f.path, f.sha256]));
    const added = [...after.keys()].filter((p) => !before.has(p));
    const removed = [...before.keys()].filter((p) => !after.has(p));
    const changed = [...after.keys()].filter((p) => before.has(p) && before.get(p) !== after.get(p));
    return { added, removed, changed };
}


/***/ }),

/***/ 7990:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Nq: () => (/* binding */ redactAt),
/* harmony export */   VL: () => (/* binding */ secretPairField),
/* harmony export */   XF: () => (/* reexport safe */ _secret_keys_js__WEBPACK_IMPORTED_MODULE_1__.XF),
/* harmony export */   ZT: () => (/* reexport safe */ _secret_keys_js__WEBPACK_IMPORTED_MODULE_1__.ZT),
/* harmony export */   bL: () => (/* binding */ rememberPatchSecrets),
/* harmony export */   jB: () => (/* binding */ redactPointer),
/* harmony export */   mL: () => (/* binding */ isSecretPointer),
/* harmony export */   oo: () => (/* binding */ isSecretEntity),
/* harmony export */   pu: () => (/* binding */ redactSecretValue),
/* harmony export */   wp: () => (/* reexport safe */ _secret_keys_js__WEBPACK_IMPORTED_MODULE_1__.wp)
/* harmony export */ });
/* unused harmony exports isPlainScalarText, redactPatch */
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3044);
/* harmony import */ var _secret_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5400);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(793);




/** Fields that name an entry in `[{name, value}]`-style lists (environment variables, headers). */
const PAIR_NAME_FIELDS = ['name', 'key', 'id', 'header', 'variable', 'env'];
const PAIR_VALUE_FIELDS = ['value', 'secret_value', 'val'];
/** The field holding a secret in a `{name: "API_TOKEN", value: "…"}` pair, if the object is one. */
function secretPairField(value, secretKeys = _secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_SECRET_KEYS */ .wp) {
    if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(value))
        return undefined;
    const name = PAIR_NAME_FIELDS.map((f) => value[f]).find((v) => typeof v === 'string');
    if (name === undefined || !(0,_secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretKey */ .uE)(name, secretKeys))
        return undefined;
    return PAIR_VALUE_FIELDS.find((f) => Object.prototype.hasOwnProperty.call(value, f));
}
/**
 * What may be shown of a value under a secret key. Secrets are strings: a string is `•••`, while a
 * number, boolean or null is a count, a switch or nothing (`tokens: 40000` is a threshold) and is
 * shown. An array's items are judged one by one; a map is `•••` whole, since maps under secret
 * keys are sometimes keyed by the secrets themselves.
 */
function redactSecretValue(value) {
    if (Array.isArray(value))
        return value.map(redactSecretValue);
    return value === null || typeof value === 'number' || typeof value === 'boolean' ? value : _secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .REDACTED */ .XF;
}
/**
 * Whether the text after `key:` on a YAML or JSON line is a bare number, boolean or null (`40000`,
 * `1.5e3,`, `true  # why`), which {@link redactSecretValue} would show. Anything else is read as a
 * string, and so is a number with a leading zero (`0123`), which looks more like a PIN than a count.
 */
function isPlainScalarText(text) {
    return PLAIN_SCALAR.test(text);
}
const PLAIN_SCALAR = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?|true|True|TRUE|false|False|FALSE|null|Null|NULL|~)\s*,?\s*(?:#.*)?$/;
/**
 * A copy of the value in which every string under a secret key, and every credential-shaped value,
 * is `•••` (numbers, booleans and null under a secret key are not secrets: {@link redactSecretValue}).
 */
function redact(value, secretKeys = _secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_SECRET_KEYS */ .wp) {
    if (typeof value === 'string')
        return (0,_secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .redactString */ .rd)(value, secretKeys);
    if (Array.isArray(value)) {
        // `["--api-key", "sk-…"]`: the item after a secret-named flag is its value.
        return value.map((item, i) => i > 0 &&
            typeof item === 'string' &&
            typeof value[i - 1] === 'string' &&
            (0,_secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretFlag */ .ZT)(value[i - 1], secretKeys)
            ? _secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .REDACTED */ .XF
            : redact(item, secretKeys));
    }
    if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(value))
        return value;
    const pairField = secretPairField(value, secretKeys);
    const copy = {};
    for (const key of Object.keys(value)) {
        const shown = key === pairField || (0,_secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretKey */ .uE)(key, secretKeys)
            ? redactSecretValue(value[key])
            : redact(value[key], secretKeys);
        Object.defineProperty(copy, key, { value: shown, enumerable: true, writable: true, configurable: true });
    }
    return copy;
}
function pointerSegments(pointer) {
    return pointer === '' ? [] : pointer.slice(1).split('/').map(_util_json_js__WEBPACK_IMPORTED_MODULE_0__/* .unescapePointerSegment */ .J5);
}
/** Whether the value at this pointer lies under a secret key (at any depth). */
function isSecretPointer(pointer, secretKeys = _secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_SECRET_KEYS */ .wp) {
    return pointerSegments(pointer).some((segment) => (0,_secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretKey */ .uE)(segment, secretKeys));
}
/** The value as it may be shown, knowing where it sits in its document. */
function redactAt(pointer, value, secretKeys = _secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_SECRET_KEYS */ .wp) {
    return isSecretPointer(pointer, secretKeys) ? redactSecretValue(value) : redact(value, secretKeys);
}
/**
 * The pointer as it may be shown: segments below a secret key are masked, because maps under
 * such keys are sometimes keyed by the secrets themselves.
 */
function redactPointer(pointer, secretKeys = _secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_SECRET_KEYS */ .wp) {
    let masked = false;
    let shown = '';
    for (const raw of pointer === '' ? [] : pointer.slice(1).split('/')) {
        shown += `/${masked ? _secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .REDACTED */ .XF : raw}`;
        if ((0,_secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretKey */ .uE)((0,_util_json_js__WEBPACK_IMPORTED_MODULE_0__/* .unescapePointerSegment */ .J5)(raw), secretKeys))
            masked = true;
    }
    return shown;
}
/** Whether an entity's id must be hidden: maps under secret keys are sometimes keyed by the secrets themselves. */
function isSecretEntity(pointer, secretKeys = _secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_SECRET_KEYS */ .wp) {
    return isSecretPointer(pointer.slice(0, Math.max(0, pointer.lastIndexOf('/'))), secretKeys);
}
/**
 * Pointers whose values the semantic diff masked although no key on their path is secret
 * (the `value` of a `{name: "API_TOKEN", value}` pair): a patch operation at or below one of
 * them must be masked too, since the operation alone cannot tell.
 */
function maskedPointers(changes) {
    return changes.filter((c) => holdsRedacted(c.from) || holdsRedacted(c.to)).map((c) => c.pointer);
}
/** `•••`, or an array {@link redactSecretValue} made with one in it. */
function holdsRedacted(value) {
    return value === REDACTED || (Array.isArray(value) && value.some(holdsRedacted));
}
/**
 * An operation's value as it may be shown, given {@link maskedPointers} of its file and the
 * secrets {@link secretsOfPatch} remembers for its patch.
 */
function redactOperationValue(path, value, masked, secretKeys = DEFAULT_SECRET_KEYS, known = NO_SECRETS) {
    if (masked.some((p) => path === p || path.startsWith(`${p}/`)))
        return redactSecretValue(value);
    return scrubKnown(redactAt(path, value, secretKeys), known);
}
const NO_SECRETS = new Set();
/**
 * A file's patch as a person or a log may see it: values under secret keys masked, and the keys
 * of maps under secret keys (which may be the secrets themselves) masked in paths too.
 */
function redactPatch(patch, changes, secretKeys) {
    const masked = maskedPointers(changes);
    const known = secretsOfPatch(patch);
    return patch.map((op) => {
        const shown = {
            ...op,
            path: redactPointer(op.path, secretKeys),
            ...('from' in op ? { from: redactPointer(op.from, secretKeys) } : {}),
        };
        if (!('value' in op))
            return shown;
        return {
            ...shown,
            value: redactOperationValue(op.path, op.value, masked, secretKeys, known),
        };
    });
}
/**
 * Every string `redact` would hide in this document: strings under secret keys, the value
 * of a secret `{name, value}` pair, the item after `--api-key` in an array. A patch operation
 * loses the context that made them secret (`replace /args/3` does not say that item 2 is
 * `--api-key`, and indices shift between the two sides), so its values are checked against these.
 */
function secretScalars(value, secretKeys = _secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_SECRET_KEYS */ .wp, into = new Set()) {
    const walk = (node, hidden) => {
        if (typeof node === 'string') {
            if (hidden && node !== '' && node !== _secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .REDACTED */ .XF)
                into.add(node);
        }
        else if (Array.isArray(node)) {
            node.forEach((item, i) => walk(item, hidden ||
                (i > 0 &&
                    typeof item === 'string' &&
                    typeof node[i - 1] === 'string' &&
                    (0,_secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretFlag */ .ZT)(node[i - 1], secretKeys))));
        }
        else if ((0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(node)) {
            const pairField = secretPairField(node, secretKeys);
            for (const key of Object.keys(node))
                walk(node[key], hidden || key === pairField || (0,_secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretKey */ .uE)(key, secretKeys));
        }
    };
    walk(value, false);
    return into;
}
/** A copy in which every string equal to a known secret, or holding a long one, is `•••`; numbers are never secrets. */
function scrubKnown(value, known) {
    if (known.size === 0)
        return value;
    if (typeof value === 'string') {
        if (known.has(value))
            return REDACTED;
        let shown = value;
        // Long secrets are masked inside other text too; short ones only whole, or "read" would go everywhere.
        for (const secret of known)
            if (secret.length >= 8 && shown.includes(secret))
                shown = shown.split(secret).join(REDACTED);
        return shown;
    }
    if (Array.isArray(value))
        return value.map((item) => scrubKnown(item, known));
    if (!isPlainObject(value))
        return value;
    const copy = {};
    for (const key of Object.keys(value)) {
        Object.defineProperty(copy, key, {
            value: scrubKnown(value[key], known),
            enumerable: true,
            writable: true,
            configurable: true,
        });
    }
    return copy;
}
/**
 * The secrets of the two documents a patch was computed from, kept beside the patch rather than in
 * it: the patch is part of a result that is serialised, and must never carry them a second time.
 */
const patchSecrets = new WeakMap();
function rememberPatchSecrets(patch, before, after, secretKeys) {
    patchSecrets.set(patch, secretScalars(after, secretKeys, secretScalars(before, secretKeys)));
}
function secretsOfPatch(patch) {
    return (patch && patchSecrets.get(patch)) || NO_SECRETS;
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

/***/ 1015:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O2: () => (/* binding */ extraFiles),
/* harmony export */   gu: () => (/* binding */ verifyBackup)
/* harmony export */ });
/* unused harmony export verifyBackups */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8378);
/* harmony import */ var _store_backup_reader_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1883);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7309);
/* harmony import */ var _store_manifest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2048);
/* harmony import */ var _store_pack_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6624);
/* harmony import */ var _config_snapshot_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(936);
/* harmony import */ var _store_store_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4680);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5637);
/* harmony import */ var _util_progress_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(4301);












/** Recomputes every checksum of one backup and reports each difference from its manifest. */
async function verifyBackup(backupDir, name, options = {}) {
    const loaded = await (0,_store_store_js__WEBPACK_IMPORTED_MODULE_9__/* .loadManifest */ .eY)(backupDir, name);
    const problems = loaded.problems.map((message) => ({
        kind: message.includes('not a directory') ? 'not-a-directory' : 'manifest',
        message,
    }));
    const manifest = loaded.manifest;
    if (manifest) {
        const content = (0,_store_backup_reader_js__WEBPACK_IMPORTED_MODULE_4__/* .storedContentReader */ .Ud)(backupDir, loaded.dir, manifest);
        const trusted = options.trustedPacks ?? new Set();
        const packSizes = new Map();
        const read = async (file) => {
            const pack = (0,_store_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .isPackedEntry */ .Bd)(file) ? manifest.packs?.[file.pack] : undefined;
            if (!pack || !trusted.has(pack) || !(0,_store_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .isPackedEntry */ .Bd)(file))
                return content(file);
            let size = packSizes.get(pack);
            if (!size)
                packSizes.set(pack, (size = (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)((0,_store_pack_js__WEBPACK_IMPORTED_MODULE_7__/* .packPath */ .x9)(backupDir, pack)).then((s) => s.size)));
            if ((await size) < file.offset + file.storedSize)
                throw Object.assign(new Error('pack too short'), { code: 'ETRUNCATED' });
            return undefined;
        };
        // Files sharing a pack member are checked together, members several at a time, so each
        // member is inflated once and the thread pool inflates several at once.
        const groups = new Map();
        for (const file of manifest.files) {
            const key = (0,_store_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .isPackedEntry */ .Bd)(file) ? `${file.pack}:${file.offset}` : file.path;
            const group = groups.get(key);
            if (group)
                group.push(file);
            else
                groups.set(key, [file]);
        }
        const tick = (0,_util_progress_js__WEBPACK_IMPORTED_MODULE_11__/* .progressCounter */ .Q)(options.onProgress, 'verifying', manifest.files.length);
        const checked = await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_10__/* .mapLimit */ .sf)([...groups.values()], 4, async (files) => {
            const found = [];
            for (const file of files) {
                const problem = await checkFile(read, manifest, file);
                tick();
                if (problem)
                    found.push(problem);
            }
            return found;
        });
        const byPath = new Map(checked.flat().map((p) => [p.path, p]));
        for (const file of manifest.files) {
            const problem = byPath.get(file.path);
            if (problem)
                problems.push(problem);
        }
        problems.push(...(await extraFiles(loaded.dir, manifest)));
    }
    const result = manifest
        ? { name, ok: problems.length === 0, problems, manifest }
        : { name, ok: problems.length === 0, problems };
    if (options.record) {
        await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_5__/* .appendHistory */ .b)(backupDir, {
            operation: 'verify',
            backup: name,
            outcome: result.ok ? 'success' : 'failure',
            ...(result.ok ? {} : { detail: problems.map((p) => p.message).join('; ') }),
        });
    }
    return result;
}
/** Verifies the named backups, or all of them. */
async function verifyBackups(backupDir, names, options = {}) {
    const all = !names || names.length === 0;
    const targets = all ? await backupNames(backupDir) : names;
    const results = [];
    for (const name of targets) {
        // Verifying the whole store takes no lock: a backup a concurrent clean removed after the
        // listing is gone, not damaged. Names asked for explicitly are still reported as missing.
        const result = await verifyBackup(backupDir, name, options).catch((error) => {
            if (all && error instanceof BackupNotFoundError)
                return null;
            throw error;
        });
        if (!result)
            continue;
        if (all &&
            !result.ok &&
            !(await lstat(path.join(backupDir, name)).then(() => true, () => false)))
            continue;
        results.push(result);
    }
    return results;
}
async function checkFile(read, manifest, file) {
    let content;
    try {
        content = await read(file);
        if (content === undefined)
            return undefined;
    }
    catch (error) {
        return { ...(0,_store_backup_reader_js__WEBPACK_IMPORTED_MODULE_4__/* .storedCopyProblem */ .m3)(manifest, file, error), path: file.path };
    }
    const digest = (0,_config_snapshot_js__WEBPACK_IMPORTED_MODULE_8__/* .sha256Hex */ .fg)(content);
    if (digest !== file.sha256 || content.length !== file.size) {
        return {
            kind: 'altered',
            path: file.path,
            message: `${file.path}: content changed (sha256 ${digest.slice(0, 12)}…, expected ${file.sha256.slice(0, 12)}…)`,
        };
    }
    return undefined;
}
/** Files in a backup's directory that its manifest does not list. */
async function extraFiles(dir, manifest) {
    const expected = new Set([(0,_store_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .manifestFileName */ .V6)(manifest), ...manifest.files.flatMap((f) => f.stored ?? [])]);
    const found = [];
    const walk = async (abs, rel) => {
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(abs, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            const relPath = rel ? `${rel}/${entry.name}` : entry.name;
            if (entry.isDirectory())
                await walk(node_path__WEBPACK_IMPORTED_MODULE_2__.join(abs, entry.name), relPath);
            else if (!expected.has(relPath))
                found.push({ kind: 'extra', path: relPath, message: `${relPath}: not listed in the manifest` });
        }
    };
    await walk(dir, '');
    return found;
}


/***/ }),

/***/ 6751:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ kindOfPath),
/* harmony export */   KH: () => (/* binding */ isText)
/* harmony export */ });
/* unused harmony export kindOf */
const YAML_EXTENSIONS = /\.(ya?ml)$/i;
/** The kind a path promises, before its content is known: `other` is text or binary. */
function kindOfPath(file) {
    if (/\.json$/i.test(file))
        return 'json';
    if (YAML_EXTENSIONS.test(file))
        return 'yaml';
    return 'other';
}
/** A file's kind from its path and, for files that are neither JSON nor YAML, its content. */
function kindOf(file, bytes) {
    const byPath = kindOfPath(file);
    if (byPath !== 'other')
        return byPath;
    return isText(bytes) ? 'text' : 'binary';
}
const strict = new TextDecoder('utf-8', { fatal: true });
/** Valid UTF-8 without NUL bytes: what git and diff tools also take for text. */
function isText(bytes) {
    if (bytes.includes(0))
        return false;
    try {
        strict.decode(bytes);
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 1883:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tw: () => (/* binding */ openBackup),
/* harmony export */   Ud: () => (/* binding */ storedContentReader),
/* harmony export */   m3: () => (/* binding */ storedCopyProblem)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8378);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2048);
/* harmony import */ var _pack_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6624);
/* harmony import */ var _config_snapshot_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(936);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4680);
/* harmony import */ var _util_builtins_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5262);









const gunzip = (raw) => (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)((0,_util_builtins_js__WEBPACK_IMPORTED_MODULE_8__/* .zlib */ .w)().gunzip)(raw);
/** Opens a backup whose manifest checks out; reads no file content yet. */
async function openBackup(backupDir, name) {
    const loaded = await (0,_store_js__WEBPACK_IMPORTED_MODULE_7__/* .loadManifest */ .eY)(backupDir, name);
    if (!loaded.manifest)
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .ManifestError */ .Sh(name, loaded.problems.join('; '));
    if (loaded.problems.length > 0)
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupDamagedError */ .EF(name, loaded.problems);
    const { dir, manifest } = loaded;
    const content = storedContentReader(backupDir, dir, manifest);
    return {
        name,
        dir,
        manifest,
        read: async (file) => {
            let bytes;
            try {
                bytes = await content(file);
            }
            catch (error) {
                throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupDamagedError */ .EF(name, [storedCopyProblem(manifest, file, error).message]);
            }
            if (bytes.length !== file.size || (0,_config_snapshot_js__WEBPACK_IMPORTED_MODULE_6__/* .sha256Hex */ .fg)(bytes) !== file.sha256)
                throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupDamagedError */ .EF(name, [`${file.path}: content changed`]);
            return bytes;
        },
    };
}
/** Why a file's stored copy could not be read, in the words `verify`, `restore` and `diff` all use. */
function storedCopyProblem(manifest, file, error) {
    const where = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .isPackedEntry */ .Bd)(file) ? `in pack ${manifest.packs?.[file.pack]?.slice(0, 12)}…` : file.stored;
    const code = (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoOf */ .UQ)(error);
    if (code === 'ENOENT')
        return { kind: 'missing', message: `${file.path}: stored copy ${where} is missing` };
    if (code === 'ETRUNCATED')
        return { kind: 'altered', message: `${file.path}: stored copy ${where} is truncated` };
    if (code === 'EACCES' || code === 'EPERM' || code === 'EISDIR')
        return { kind: 'unreadable', message: `${file.path}: stored copy is unreadable (${code})` };
    return {
        kind: 'unreadable',
        message: `${file.path}: stored copy ${where} is corrupt (${code ?? error.message})`,
    };
}
/**
 * Reads files' content as stored, unchecked. Files of one pack block share a gzip member;
 * the last few decompressed members are kept so reading a backup in order inflates each once.
 */
function storedContentReader(backupDir, dir, manifest) {
    const members = new Map();
    return async (file) => {
        if (!(0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .isPackedEntry */ .Bd)(file)) {
            const stored = file.stored ?? '';
            // Synchronous: a loose backup's files are mostly small (larger configs are packed), and each
            // asynchronous read is four round trips through the thread pool.
            const raw = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, ...stored.split('/')));
            return stored.endsWith('.gz') ? gunzip(raw) : raw;
        }
        const pack = (0,_pack_js__WEBPACK_IMPORTED_MODULE_5__/* .packPath */ .x9)(backupDir, manifest.packs?.[file.pack] ?? '');
        const key = `${file.pack}:${file.offset}`;
        let member = members.get(key);
        if (!member) {
            member = (0,_pack_js__WEBPACK_IMPORTED_MODULE_5__/* .readMember */ .hd)(pack, file.offset, file.storedSize);
            members.set(key, member);
            if (members.size > 8)
                members.delete(members.keys().next().value);
        }
        const content = await member;
        if (file.start + file.size > content.length)
            throw Object.assign(new Error('short member'), { code: 'ETRUNCATED' });
        return content.subarray(file.start, file.start + file.size);
    };
}


/***/ }),

/***/ 7309:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ appendHistory)
/* harmony export */ });
/* unused harmony export readHistory */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8378);
/* harmony import */ var _diff_redact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7990);





const HISTORY_FILE = 'history.jsonl';
/**
 * Appends one line with a single O_APPEND write, so concurrent writers never interleave
 * inside a line. History is a record, not a dependency: this never throws. A failed append
 * comes back as a one-line warning for the caller to report beside the operation's outcome,
 * which it must not change (the backup exists whether or not the log says so).
 */
async function appendHistory(backupDir, entry) {
    // Errors and details may quote what git or a file said: the log masks credentials as every output does.
    const line = `${JSON.stringify((0,_diff_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E$)({ time: entry.time ?? new Date().toISOString(), ...entry }))}\n`;
    const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(backupDir, HISTORY_FILE);
    // Synchronous: six small calls, each a round trip through the thread pool when asynchronous,
    // cost more than the work itself (every hook commit appends a line).
    try {
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'a+', 0o644);
        try {
            // A crash may have left a torn last line without its newline: start a fresh line, or the
            // torn one would swallow this entry too.
            const { size } = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
            const last = Buffer.alloc(1);
            const torn = size > 0 && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, last, 0, 1, size - 1) === 1 && last[0] !== 0x0a;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, torn ? `\n${line}` : line);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
        return undefined;
    }
    catch (error) {
        return `the operation was not recorded in ${file} (${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoOf */ .UQ)(error) ?? error.message})`;
    }
}
/** Reads the log, skipping torn lines left by a crash but keeping an entry glued to one. */
async function readHistory(backupDir) {
    let text;
    try {
        text = await readFile(path.join(backupDir, HISTORY_FILE), 'utf8');
    }
    catch (error) {
        if (errnoOf(error) === 'ENOENT')
            return [];
        throw error;
    }
    const entries = [];
    for (const line of text.split('\n')) {
        if (line.trim() === '')
            continue;
        const entry = parseLine(line);
        if (entry)
            entries.push(entry);
    }
    return entries;
}
/**
 * One line, or (written by older versions, which appended straight after a torn line) a torn
 * prefix followed by a whole entry: the last `{"time":` that starts a parseable rest wins.
 */
function parseLine(line) {
    for (let at = 0; at !== -1; at = line.indexOf('{"time":', at + 1)) {
        try {
            const value = JSON.parse(line.slice(at));
            // Lines an older version wrote were not masked: they are when read.
            if (value !== null && typeof value === 'object' && !Array.isArray(value))
                return redact(value);
        }
        catch {
            // A partial entry from an interrupted append: the operation itself is judged by the store.
        }
    }
    return undefined;
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

/***/ 6624:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lb: () => (/* binding */ PACKS_DIR),
/* harmony export */   hd: () => (/* binding */ readMember),
/* harmony export */   lp: () => (/* binding */ PackWriter),
/* harmony export */   rD: () => (/* binding */ removeUnreferencedPacks),
/* harmony export */   x9: () => (/* binding */ packPath)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7975);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8378);
/* harmony import */ var _util_builtins_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5262);






const gzip = (content, options) => (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)((0,_util_builtins_js__WEBPACK_IMPORTED_MODULE_5__/* .zlib */ .w)().gzip)(content, options);
const gunzip = (raw, options) => (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)((0,_util_builtins_js__WEBPACK_IMPORTED_MODULE_5__/* .zlib */ .w)().gunzip)(raw, options);
/** Packs live beside the backups; the leading dot keeps the directory out of the backup names. */
const PACKS_DIR = '.packs';
/**
 * Files are compressed in blocks of about this many bytes, one gzip member per block: small
 * JSON files compress far better together (deflate reuses the previous file's text), and a
 * reader still decompresses at most one block to reach any file.
 */
const BLOCK_BYTES = 1 << 20;
/** Blocks being compressed at once: the thread pool does the work while the caller reads and validates. */
const BLOCKS_IN_FLIGHT = 4;
function packPath(backupDir, id) {
    return node_path__WEBPACK_IMPORTED_MODULE_2__.join(backupDir, PACKS_DIR, `${id}.pack`);
}
/**
 * Writes a new pack file: the files given to `add`, grouped into blocks, each block one gzip
 * member, appended in order. The pack's id is the SHA-256 of its bytes, computed as written.
 */
class PackWriter {
    handle;
    level;
    locations = [];
    hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    size = 0;
    block = [];
    blockBytes = 0;
    blockFiles = [];
    written = Promise.resolve();
    inFlight = 0;
    failure;
    constructor(handle, level) {
        this.handle = handle;
        this.level = level;
    }
    static async create(file, level) {
        return new PackWriter(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'wx', 0o444), level);
    }
    added = 0;
    get fileCount() {
        return this.added;
    }
    /** Queues one file's bytes; resolves when memory allows the next one. Returns its index. */
    async add(bytes) {
        const index = this.added++;
        this.blockFiles.push(index);
        this.block.push(bytes);
        this.blockBytes += bytes.length;
        if (this.blockBytes >= BLOCK_BYTES)
            this.flushBlock();
        while (this.inFlight >= BLOCKS_IN_FLIGHT && this.failure === undefined)
            await this.written;
        if (this.failure !== undefined)
            throw this.failure;
        return index;
    }
    /** Writes the last block, fsyncs and closes; returns the pack's id and size. */
    async finish() {
        this.flushBlock();
        await this.written;
        if (this.failure !== undefined)
            throw this.failure;
        await this.handle.sync();
        await this.handle.close();
        return { id: this.hash.digest('hex'), size: this.size };
    }
    async abort() {
        await this.written.catch(() => undefined);
        await this.handle.close().catch(() => undefined);
    }
    flushBlock() {
        if (this.blockFiles.length === 0)
            return;
        const files = this.blockFiles;
        const content = this.block.length === 1 ? this.block[0] : Buffer.concat(this.block);
        const starts = [];
        let start = 0;
        for (const part of this.block) {
            starts.push(start);
            start += part.length;
        }
        this.block = [];
        this.blockBytes = 0;
        this.blockFiles = [];
        this.inFlight++;
        // A large output chunk: the default 16 KiB one costs a main-thread callback per chunk.
        const compressed = gzip(content, { level: this.level, chunkSize: 256 * 1024 });
        this.written = this.written.then(async () => {
            try {
                if (this.failure !== undefined)
                    return;
                const member = await compressed;
                await this.handle.write(member);
                this.hash.update(member);
                files.forEach((file, i) => {
                    this.locations[file] = { offset: this.size, storedSize: member.length, start: starts[i] };
                });
                this.size += member.length;
            }
            catch (error) {
                this.failure ??= error;
            }
            finally {
                this.inFlight--;
            }
        });
        compressed.catch(() => undefined);
    }
}
/** Reads one gzip member of a pack and returns its decompressed content. */
async function readMember(file, offset, length) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r');
    try {
        const raw = Buffer.allocUnsafe(length);
        const { bytesRead } = await handle.read(raw, 0, length, offset);
        if (bytesRead !== length)
            throw Object.assign(new Error(`pack ends ${length - bytesRead} bytes early`), { code: 'ETRUNCATED' });
        // One callback per MiB of output instead of per 16 KiB: a member inflates to about a block.
        return await gunzip(raw, { chunkSize: BLOCK_BYTES });
    }
    finally {
        await handle.close();
    }
}
/**
 * Deletes packs no backup references (left by a create that crashed before publishing, or
 * freed by clean). Callers hold the store lock. A backup whose manifest cannot be read might
 * reference any pack, so then nothing is deleted.
 */
async function removeUnreferencedPacks(backupDir, loaded) {
    if (loaded.some((entry) => !entry.manifest))
        return [];
    const referenced = new Set(loaded.flatMap((entry) => entry.manifest?.packs ?? []));
    let names;
    try {
        names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(backupDir, PACKS_DIR));
    }
    catch (error) {
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error) === 'ENOENT')
            return [];
        throw error;
    }
    const removed = [];
    for (const name of names) {
        const id = /^([0-9a-f]{64})\.pack$/.exec(name)?.[1];
        if (!id || referenced.has(id))
            continue;
        const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(backupDir, PACKS_DIR, name);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(file).catch((error) => {
            if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error) !== 'ENOENT')
                throw error;
        });
        removed.push(id);
    }
    return removed;
}


/***/ }),

/***/ 4680:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  th: () => (/* binding */ STAGING_PREFIX),
  _t: () => (/* binding */ TRASH_PREFIX),
  pS: () => (/* binding */ backupNames),
  GD: () => (/* binding */ confirmManifest),
  Em: () => (/* binding */ loadAllManifests),
  eY: () => (/* binding */ loadManifest),
  YB: () => (/* binding */ loadManifestsOf),
  $_: () => (/* binding */ lockStore),
  QC: () => (/* binding */ publishStaged),
  Gr: () => (/* binding */ replaceViaStaging),
  Vu: () => (/* binding */ stagingPath)
});

// UNUSED EXPORTS: ensureBackupDir

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/errors/index.js + 5 modules
var errors = __webpack_require__(8378);
// EXTERNAL MODULE: ./lib/core/util/fs.js
var fs = __webpack_require__(5637);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./lib/core/store/lock.js






const LOCK_FILE = '.lock';
/** restic's figures: a lock nobody refreshed for 30 minutes is stale; holders refresh every 5. */
const STALE_AFTER_MS = 30 * 60 * 1000;
const REFRESH_EVERY_MS = 5 * 60 * 1000;
/**
 * An exclusive lock on the store: a file created with O_EXCL that names its holder.
 * A lock is broken and taken over only when its holder is provably gone: on this machine and
 * in this PID namespace, its PID is dead or recycled. A holder this process cannot see (another
 * host, another PID namespace, /proc mounted hidepid) is judged by age instead: holders refresh
 * the lock every 5 minutes, and one not refreshed for 30 is stale.
 */
async function acquireLock(backupDir, options) {
    const lockPath = external_node_path_.join(backupDir, LOCK_FILE);
    const me = {
        pid: process.pid,
        ...machine(),
        startTime: processStartTime(process.pid),
        command: options.command,
        acquiredAt: new Date().toISOString(),
    };
    const body = JSON.stringify(me);
    const started = Date.now();
    const poll = options.pollMs ?? 50;
    for (;;) {
        try {
            // No fsync: O_EXCL creation is what excludes others, and after a crash the holder is dead anyway.
            // Synchronous: the lock is taken on every hook commit, and the thread pool's round trips cost more.
            (0,fs/* writeNewFileSync */.rs)(lockPath, body, 0o644, false);
            return held(lockPath, body, options.refreshMs ?? REFRESH_EVERY_MS);
        }
        catch (error) {
            if ((0,errors/* errnoOf */.UQ)(error) !== 'EEXIST')
                throw error;
        }
        const status = await inspectLock(backupDir);
        if (status?.stale) {
            await breakLock(lockPath, status.raw);
            continue;
        }
        const waited = Date.now() - started;
        if (waited >= options.timeoutMs)
            throw new errors/* StoreBusyError */.VF(lockPath, status?.holder ?? {}, waited);
        await new Promise((resolve) => setTimeout(resolve, Math.min(poll, Math.max(1, options.timeoutMs - waited))));
    }
}
function held(lockPath, body, refreshMs) {
    // Touch the lock while it is held, so a process that cannot check our PID sees us alive.
    const timer = setInterval(() => {
        void (0,promises_.readFile)(lockPath, 'utf8')
            .then((current) => (current === body ? (0,promises_.utimes)(lockPath, new Date(), new Date()) : undefined))
            .catch(() => undefined);
    }, refreshMs);
    timer.unref();
    return {
        path: lockPath,
        release: async () => {
            clearInterval(timer);
            // Only remove the lock if it is still ours: a lock broken as stale may belong to someone else now.
            try {
                if ((0,external_node_fs_.readFileSync)(lockPath, 'utf8') === body)
                    (0,external_node_fs_.unlinkSync)(lockPath);
            }
            catch {
                // Gone or unreadable: nothing of ours to remove.
            }
        },
    };
}
/** Who holds the store's lock and whether it may be broken; undefined when there is none. */
async function inspectLock(backupDir, staleAfterMs = STALE_AFTER_MS) {
    const lockPath = external_node_path_.join(backupDir, LOCK_FILE);
    let raw;
    let mtimeMs;
    try {
        [raw, mtimeMs] = await Promise.all([(0,promises_.readFile)(lockPath, 'utf8'), (0,promises_.stat)(lockPath).then((s) => s.mtimeMs)]);
    }
    catch (error) {
        if ((0,errors/* errnoOf */.UQ)(error) === 'ENOENT')
            return undefined;
        throw error;
    }
    let holder = {};
    try {
        const parsed = JSON.parse(raw);
        if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
            holder = parsed;
    }
    catch {
        // judged below as an unreadable lock
    }
    const ageMs = Math.max(0, Date.now() - mtimeMs);
    return { path: lockPath, raw, holder, ageMs, ...verdict(holder, ageMs, staleAfterMs) };
}
function verdict(holder, ageMs, staleAfterMs) {
    if (typeof holder.pid !== 'number') {
        // The holder died between creating and writing it; give a live writer a moment.
        return ageMs > 2000
            ? { stale: true, reason: 'the lock file names no holder' }
            : { stale: false, reason: 'the lock is being written' };
    }
    const me = machine();
    const byAge = (why) => {
        const minutes = Math.floor(ageMs / 60_000);
        return ageMs > staleAfterMs
            ? { stale: true, reason: `${why}, and it has not refreshed the lock for ${minutes} minutes` }
            : {
                stale: false,
                reason: `${why}; it refreshed the lock ${minutes < 1 ? 'less than a minute' : `${minutes} minutes`} ago`,
            };
    };
    if (holder.hostname !== me.hostname)
        return byAge(`it runs on another host (${holder.hostname ?? 'unknown'})`);
    if (holder.bootId !== undefined && me.bootId !== undefined && holder.bootId !== me.bootId)
        return byAge('it runs on another machine or an earlier boot of this one (another boot id)');
    if (holder.pidNamespace !== undefined && me.pidNamespace !== undefined && holder.pidNamespace !== me.pidNamespace) {
        return byAge(`it runs in another PID namespace (${holder.pidNamespace}), whose processes this one cannot see`);
    }
    if (!pidExists(holder.pid))
        return { stale: true, reason: `process ${holder.pid} no longer exists` };
    const startTime = processStartTime(holder.pid);
    // Unreadable /proc/<pid>/stat (hidepid, another user) is "cannot see", never "dead".
    if (startTime === undefined)
        return byAge(`process ${holder.pid} exists but this process cannot inspect it`);
    if (holder.startTime !== undefined && startTime !== holder.startTime)
        return { stale: true, reason: `process ${holder.pid} is a different process now (its PID was reused)` };
    return { stale: false, reason: `process ${holder.pid} is running` };
}
/**
 * Removes the lock if it still holds exactly `seenRaw` (the content that was judged stale, or
 * that `unlock --force` showed): someone who replaced it meanwhile keeps it. A `.break` guard
 * keeps two breakers from removing each other's fresh lock. Returns whether it removed it.
 */
async function breakLock(lockPath, seenRaw) {
    const breaker = `${lockPath}.break`;
    try {
        await (0,fs/* writeNewFile */.S0)(breaker, String(process.pid), 0o644, false);
    }
    catch (error) {
        if ((0,errors/* errnoOf */.UQ)(error) !== 'EEXIST')
            throw error;
        const age = Date.now() -
            (await (0,promises_.stat)(breaker).then((s) => s.mtimeMs, () => Date.now()));
        if (age > 5000)
            await (0,promises_.unlink)(breaker).catch(() => undefined);
        return false;
    }
    try {
        const now = await (0,promises_.readFile)(lockPath, 'utf8').catch(() => undefined);
        if (now !== seenRaw)
            return false;
        const aside = `${lockPath}.stale-${process.pid}`;
        await (0,promises_.rename)(lockPath, aside);
        await (0,promises_.unlink)(aside).catch(() => undefined);
        return true;
    }
    finally {
        await (0,promises_.unlink)(breaker).catch(() => undefined);
    }
}
/** A signal-0 probe: EPERM means it exists (another user's process); only ESRCH means gone. */
function pidExists(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return (0,errors/* errnoOf */.UQ)(error) !== 'ESRCH';
    }
}
let machineCache;
/** This process's host name, boot id and PID namespace (the last two only where /proc shows them). */
function machine() {
    if (machineCache)
        return machineCache;
    const bootId = attempt(() => (0,external_node_fs_.readFileSync)('/proc/sys/kernel/random/boot_id', 'utf8').trim());
    const pidNamespace = attempt(() => (0,external_node_fs_.readlinkSync)('/proc/self/ns/pid'));
    machineCache = { hostname: (0,external_node_os_.hostname)(), ...(bootId ? { bootId } : {}), ...(pidNamespace ? { pidNamespace } : {}) };
    return machineCache;
}
function attempt(read) {
    try {
        return read();
    }
    catch {
        return undefined;
    }
}
function processStartTime(pid) {
    return attempt(() => {
        const stat = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        // Field 22, counted after the parenthesised command name (which may itself contain spaces).
        return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    });
}

// EXTERNAL MODULE: ./lib/core/store/manifest.js
var store_manifest = __webpack_require__(2048);
// EXTERNAL MODULE: ./lib/core/store/names.js
var names = __webpack_require__(1833);
// EXTERNAL MODULE: ./lib/core/util/suggest.js
var suggest = __webpack_require__(4674);
// EXTERNAL MODULE: ./lib/core/util/builtins.js
var builtins = __webpack_require__(5262);
;// CONCATENATED MODULE: ./lib/core/store/store.js










/**
 * Written when a store is created, as Python's venv does: the backups stay out of git in any
 * repository, without a line in its .gitignore. Delete it to commit them deliberately.
 */
const STORE_GITIGNORE = '.gitignore';
const STORE_GITIGNORE_TEXT = '# Written by orch-backup when it created this backup store: backups stay out of git.\n*\n';
/** Temporary entries in the backup dir: never listed, removed by the next writer. */
const STAGING_PREFIX = '.staging-';
const TRASH_PREFIX = '.trash-';
/**
 * Makes sure the backup dir exists and is a directory. With `create: false` a missing dir
 * is fine (an empty store); a file in its place is always an error.
 */
async function ensureBackupDir(backupDir, create) {
    // Synchronous checks: every command (and hook) starts here, and thread-pool round trips cost more than these calls.
    try {
        const info = (0,external_node_fs_.lstatSync)(backupDir);
        if (info.isSymbolicLink()) {
            if (!(0,external_node_fs_.statSync)(backupDir).isDirectory())
                throw new errors/* BackupDirError */.WK(backupDir, 'is a symlink to something that is not a directory');
        }
        else if (!info.isDirectory())
            throw new errors/* BackupDirError */.WK(backupDir, 'is a file, not a directory: move it away or pass --backup-dir');
        // An empty directory someone made for the store gets its first write too.
        if (create && (0,external_node_fs_.readdirSync)(backupDir).length === 0)
            await writeStoreGitignore(backupDir);
        return true;
    }
    catch (error) {
        if (error instanceof errors/* BackupDirError */.WK)
            throw error;
        if ((0,errors/* errnoOf */.UQ)(error) === 'ENOTDIR')
            throw new errors/* BackupDirError */.WK(backupDir, 'is inside something that is not a directory');
        if ((0,errors/* errnoOf */.UQ)(error) !== 'ENOENT')
            throw error;
    }
    if (!create)
        return false;
    try {
        await (0,promises_.mkdir)(backupDir, { recursive: true });
        await writeStoreGitignore(backupDir);
    }
    catch (error) {
        if ((0,errors/* errnoOf */.UQ)(error) === 'ENOTDIR' || (0,errors/* errnoOf */.UQ)(error) === 'EEXIST')
            throw new errors/* BackupDirError */.WK(backupDir, 'cannot be created: a parent is a file');
        throw new errors/* StoreWriteError */.NW(backupDir, (0,errors/* errnoOf */.UQ)(error), { cause: error });
    }
    return true;
}
async function writeStoreGitignore(backupDir) {
    try {
        await (0,promises_.writeFile)(external_node_path_.join(backupDir, STORE_GITIGNORE), STORE_GITIGNORE_TEXT, { flag: 'wx' });
    }
    catch (error) {
        if ((0,errors/* errnoOf */.UQ)(error) === 'EEXIST')
            return; // a concurrent writer made it
        if ((0,errors/* errnoOf */.UQ)(error) === 'EACCES' ||
            (0,errors/* errnoOf */.UQ)(error) === 'EROFS' ||
            (0,errors/* errnoOf */.UQ)(error) === 'EPERM' ||
            (0,errors/* errnoOf */.UQ)(error) === 'ENOSPC')
            throw new errors/* StoreWriteError */.NW(backupDir, (0,errors/* errnoOf */.UQ)(error), { cause: error });
        throw error;
    }
}
/** Creates the dir if needed, locks the store and removes what interrupted writers left. */
async function lockStore(backupDir, command, timeoutMs) {
    await ensureBackupDir(backupDir, true);
    let lock;
    try {
        lock = await acquireLock(backupDir, { command, timeoutMs });
    }
    catch (error) {
        const code = (0,errors/* errnoOf */.UQ)(error);
        if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM' || code === 'ENOSPC')
            throw new errors/* StoreWriteError */.NW(backupDir, code, { cause: error });
        throw error;
    }
    await removeLeftovers(backupDir);
    return lock;
}
let stagedFiles = 0;
/**
 * A new path in the store for a file written aside before it goes into place: a staging name,
 * which the next writer to take the store lock removes if a crash left it there.
 */
function stagingPath(backupDir, label) {
    stagedFiles += 1;
    return external_node_path_.join(backupDir, `${STAGING_PREFIX}${label}-${process.pid}-${Date.now().toString(36)}-${stagedFiles}`);
}
/**
 * Replaces `target` atomically by a file written whole under a staging name in the store first
 * (a crash leaves the old version or the new one, and at most a copy the next writer to take the
 * lock removes). The caller holds the store lock. `beforeRename` is a test-only fault step.
 */
async function replaceViaStaging(backupDir, label, target, body, mode, beforeRename = () => undefined) {
    const temporary = stagingPath(backupDir, label);
    await (0,fs/* writeNewFile */.S0)(temporary, body, mode);
    beforeRename();
    try {
        await (0,promises_.rename)(temporary, target);
    }
    catch (error) {
        await (0,promises_.unlink)(temporary).catch(() => undefined);
        throw error;
    }
    await (0,fs/* fsyncDir */.t_)(external_node_path_.dirname(target));
}
async function removeLeftovers(backupDir) {
    for (const entry of (0,external_node_fs_.readdirSync)(backupDir)) {
        if (entry.startsWith(STAGING_PREFIX) || entry.startsWith(TRASH_PREFIX))
            await (0,fs/* removeTree */.dM)(external_node_path_.join(backupDir, entry));
    }
}
/** Names of the entries that may be backups (valid names, directories or not). */
async function backupNames(backupDir) {
    try {
        return (0,external_node_fs_.readdirSync)(backupDir).filter(names/* isValidName */.uV).sort();
    }
    catch (error) {
        if ((0,errors/* errnoOf */.UQ)(error) === 'ENOENT')
            return [];
        if ((0,errors/* errnoOf */.UQ)(error) === 'ENOTDIR')
            throw new errors/* BackupDirError */.WK(backupDir, 'is a file, not a directory: move it away or pass --backup-dir');
        throw error;
    }
}
/** Reads one backup's manifest without checking its files (that is `verifyBackup`). */
async function loadManifest(backupDir, name) {
    return loadManifestNow(backupDir, name);
}
/**
 * Synchronous on purpose: listing 1,000 backups is 1,000 small reads, and going through the
 * thread pool for each cost more than the reads themselves.
 */
function loadManifestNow(backupDir, name, checksum = true) {
    const dir = external_node_path_.join(backupDir, name);
    const info = (0,external_node_fs_.lstatSync)(dir, { throwIfNoEntry: false });
    if (!info)
        throw new errors/* BackupNotFoundError */.I_(name, backupDir, similarBackupNames(backupDir, name));
    if (!info.isDirectory())
        return { name, dir, problems: ['the backup is not a directory'] };
    let text;
    try {
        text = readManifestText(dir);
    }
    catch (error) {
        const code = (0,errors/* errnoOf */.UQ)(error);
        return {
            name,
            dir,
            problems: [
                code === 'ENOENT'
                    ? 'manifest.json is missing'
                    : code?.startsWith('Z_')
                        ? 'manifest.json.gz is corrupt'
                        : `manifest.json is unreadable (${code})`,
            ],
        };
    }
    const { manifest, problems } = (0,store_manifest/* parseManifest */.Ng)(text, name, { checksum });
    if (!manifest)
        return { name, dir, problems };
    return checksum ? { name, dir, manifest, problems } : { name, dir, manifest, problems, checksumUnchecked: true };
}
/** Backups named like a mistyped `name`, for the "did you mean" of a not-found error. */
function similarBackupNames(backupDir, name) {
    try {
        return (0,suggest/* closestNames */.g)(name, (0,external_node_fs_.readdirSync)(backupDir).filter(names/* isValidName */.uV));
    }
    catch {
        return [];
    }
}
/**
 * Checks the checksum of a manifest loaded with `checksums: false`, adding the problem when it
 * does not match. True when the backup's manifest is intact.
 */
function confirmManifest(entry) {
    if (entry.manifest && entry.checksumUnchecked) {
        entry.checksumUnchecked = false;
        if ((0,store_manifest/* manifestChecksum */.vS)(entry.manifest) !== entry.manifest.checksum)
            entry.problems.push(store_manifest/* CHECKSUM_MISMATCH */.Lw);
    }
    return !!entry.manifest && entry.problems.length === 0;
}
/** A loose backup's `manifest.json`, else a packed backup's `manifest.json.gz`. */
function readManifestText(dir) {
    try {
        return (0,external_node_fs_.readFileSync)(external_node_path_.join(dir, store_manifest/* MANIFEST_FILE */.h1), 'utf8');
    }
    catch (error) {
        if ((0,errors/* errnoOf */.UQ)(error) !== 'ENOENT')
            throw error;
    }
    return (0,builtins/* zlib */.w)()
        .gunzipSync((0,external_node_fs_.readFileSync)(external_node_path_.join(dir, store_manifest/* PACKED_MANIFEST_FILE */.K$)))
        .toString('utf8');
}
/**
 * All backups' manifests, newest first; equal times are ordered by name, the last name counting
 * as newer. With `checksums: false` the (costly) manifest checksums are left for
 * `confirmManifest` to check on the entries a caller actually relies on.
 */
async function loadAllManifests(backupDir, options = {}) {
    return loadManifestsOf(backupDir, await backupNames(backupDir), options);
}
/** `loadAllManifests` for the given backup names only (a listing the caller already has). */
function loadManifestsOf(backupDir, names, options = {}) {
    const loaded = names.flatMap((name) => {
        try {
            return [loadManifestNow(backupDir, name, options.checksums !== false)];
        }
        catch (error) {
            // Gone since the directory was read: a concurrent clean removed it, which is no damage.
            if (error instanceof errors/* BackupNotFoundError */.I_)
                return [];
            return [{ name, dir: external_node_path_.join(backupDir, name), problems: [String(error.message)] }];
        }
    });
    return loaded.sort(newestFirst);
}
function newestFirst(a, b) {
    const ta = a.manifest ? Date.parse(a.manifest.createdAt) : -Infinity;
    const tb = b.manifest ? Date.parse(b.manifest.createdAt) : -Infinity;
    if (ta !== tb)
        return tb - ta;
    return a.name < b.name ? 1 : a.name > b.name ? -1 : 0;
}
const FEW_DIRS = 4;
/**
 * Makes a fully written staging directory the backup `name`: its directories are fsynced, it is
 * renamed into place (atomic, and never over an existing backup), then the store is fsynced.
 */
async function publishStaged(backupDir, staging, name, dirs) {
    // The order among them does not matter, only that all are done before the rename. A few (a
    // small loose backup, made on every hook commit) are synced directly: the thread pool's round
    // trips cost more than the calls; many go through it several at a time.
    const unique = [...new Set(dirs)];
    if (unique.length <= FEW_DIRS)
        for (const dir of unique)
            (0,fs/* fsyncDirSync */.QY)(dir);
    else
        await (0,fs/* mapLimit */.sf)(unique, 8, (dir) => (0,fs/* fsyncDir */.t_)(dir));
    const finalDir = external_node_path_.join(backupDir, name);
    try {
        (0,external_node_fs_.renameSync)(staging, finalDir);
    }
    catch (error) {
        if (['EEXIST', 'ENOTEMPTY', 'EISDIR', 'ENOTDIR'].includes((0,errors/* errnoOf */.UQ)(error) ?? ''))
            throw new errors/* BackupExistsError */.j2(name);
        throw error;
    }
    (0,fs/* fsyncDirSync */.QY)(backupDir);
    return finalDir;
}


/***/ }),

/***/ 5262:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ zlib)
/* harmony export */ });
/* unused harmony export childProcess */
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8995);

// Built-in modules that cost milliseconds to load and that most runs of the hooks never use,
// required on first use instead: zlib serves only stores large enough for packs (and packed
// manifests), child_process only a pre-commit hook whose script did not already ask git.
const requireBuiltin = (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(String(require("url").pathToFileURL(__filename).href));
const zlib = () => requireBuiltin('node:zlib');
const childProcess = () => requireBuiltin('node:child_process');


/***/ }),

/***/ 5637:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QY: () => (/* binding */ fsyncDirSync),
/* harmony export */   S0: () => (/* binding */ writeNewFile),
/* harmony export */   dM: () => (/* binding */ removeTree),
/* harmony export */   rs: () => (/* binding */ writeNewFileSync),
/* harmony export */   sf: () => (/* binding */ mapLimit),
/* harmony export */   t_: () => (/* binding */ fsyncDir)
/* harmony export */ });
/* unused harmony export readTextIfExists */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8378);



/** Flushes a directory entry table so a rename inside it survives power loss. */
async function fsyncDir(dir) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(dir, 'r');
        await handle.sync();
    }
    catch (error) {
        // Some file systems refuse fsync on directories; the data itself is already synced.
        if (!['EINVAL', 'EISDIR', 'EBADF', 'EPERM'].includes((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoOf */ .UQ)(error) ?? ''))
            throw error;
    }
    finally {
        await handle?.close();
    }
}
/**
 * `fsyncDir` without the thread pool: for the few fixed steps of a small write (create, the
 * hooks), where each asynchronous call's round trip cost more than the call itself.
 */
function fsyncDirSync(dir) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(dir, 'r');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
    }
    catch (error) {
        if (!['EINVAL', 'EISDIR', 'EBADF', 'EPERM'].includes((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoOf */ .UQ)(error) ?? ''))
            throw error;
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** `writeNewFile` without the thread pool, for small files (a manifest, the lock). */
function writeNewFileSync(path, data, mode = 0o644, durable = true) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'wx', mode);
    try {
        const bytes = typeof data === 'string' ? Buffer.from(data) : data;
        for (let done = 0; done < bytes.length;)
            done += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, bytes, done, bytes.length - done);
        if (durable)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Writes `data` to a new file (never an existing one), fsynced unless `durable` is false. */
async function writeNewFile(path, data, mode = 0o644, durable = true) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'wx', mode);
    try {
        await handle.writeFile(data);
        if (durable)
            await handle.sync();
    }
    finally {
        await handle.close();
    }
}
async function removeTree(path) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(path, { recursive: true, force: true, maxRetries: 2 });
}
/** Runs `fn` over `items` with at most `limit` calls in flight, keeping the input order. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    let failure;
    // After a failure no item starts, and the call settles only once none is in flight: a caller
    // cleaning up (removing a staging dir) never races work still writing into it.
    const worker = async () => {
        while (!failure && next < items.length) {
            const index = next++;
            try {
                results[index] = await fn(items[index], index);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    if (failure)
        throw failure.error;
    return results;
}
/** A text file's content, or undefined when there is no such file. */
async function readTextIfExists(file) {
    try {
        return await readFile(file, 'utf8');
    }
    catch (error) {
        if (errnoOf(error) === 'ENOENT')
            return undefined;
        throw error;
    }
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



/***/ }),

/***/ 4301:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ progressCounter)
/* harmony export */ });
/** A tick per finished item of one phase; nothing when nobody listens. */
function progressCounter(report, step, total) {
    if (!report)
        return () => undefined;
    let done = 0;
    report(step, 0, total);
    return () => report(step, ++done, total);
}


/***/ }),

/***/ 4674:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ closestNames)
/* harmony export */ });
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1916);

/**
 * The known names closest to a mistyped one, best first: within a few edits (about a third of
 * the name), or containing it / contained in it ("0120" finds "backup-20240120-103045").
 * At most `max`, so a store of thousands of backups never floods an error line.
 */
function closestNames(name, known, max = 3) {
    const limit = Math.max(2, Math.floor(name.length / 3));
    const lower = name.toLowerCase();
    const scored = [];
    for (const candidate of known) {
        if (candidate === name)
            continue;
        const other = candidate.toLowerCase();
        if (lower.length >= 3 && (other.includes(lower) || lower.includes(other))) {
            scored.push({ candidate, score: Math.abs(other.length - lower.length) / 100 });
            continue;
        }
        if (Math.abs(candidate.length - name.length) > limit)
            continue;
        const d = (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .distance */ .Io)(lower, other);
        if (d <= limit)
            scored.push({ candidate, score: d });
    }
    return scored
        .sort((a, b) => a.score - b.score || (a.candidate < b.candidate ? -1 : 1))
        .slice(0, max)
        .map((s) => s.candidate);
}


/***/ }),

/***/ 8676:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  oS: () => (/* binding */ DocumentValidator),
  $: () => (/* binding */ validateDocuments)
});

// UNUSED EXPORTS: validateConfig

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/core/config/settings.js
var settings = __webpack_require__(2393);
// EXTERNAL MODULE: ./lib/core/config/scan.js
var scan = __webpack_require__(9877);
// EXTERNAL MODULE: ./lib/core/util/json.js
var json = __webpack_require__(3044);
// EXTERNAL MODULE: ./lib/core/diff/redact.js
var redact = __webpack_require__(7990);
;// CONCATENATED MODULE: ./lib/core/validate/document.js


/** Decodes and parses one document; problems become diagnostics instead of exceptions. */
function parseDocument(doc, diagnostics, secretKeys = redact/* DEFAULT_SECRET_KEYS */.wp) {
    const decoded = (0,json/* decodeUtf8 */._6)(doc.bytes);
    if (!decoded.ok) {
        diagnostics.push({
            severity: 'error',
            code: 'encoding',
            file: doc.path,
            ...decoded.position,
            message: decoded.problem,
        });
        return undefined;
    }
    if (decoded.bom) {
        diagnostics.push({
            severity: 'warning',
            code: 'bom',
            file: doc.path,
            line: 1,
            column: 1,
            message: 'starts with a UTF-8 byte order mark; some JSON parsers reject it',
        });
    }
    const parsed = (0,json/* parseJson */.qF)(decoded.text);
    if (!parsed.ok) {
        diagnostics.push({
            severity: 'error',
            code: 'json-syntax',
            file: doc.path,
            ...parsed.position,
            message: `invalid JSON: ${parsed.problem}`,
        });
        return undefined;
    }
    // The positional scan costs several times the parse; it runs only where a duplicate exists.
    const duplicates = parsed.mayHaveDuplicateKeys ? (0,json/* findDuplicateKeys */.ln)(decoded.text) : [];
    for (const dup of duplicates) {
        // A map under a secret key may be keyed by the secrets themselves.
        const hidden = (0,redact/* isSecretEntity */.oo)(dup.pointer, secretKeys);
        diagnostics.push({
            severity: 'error',
            code: 'duplicate-key',
            file: doc.path,
            pointer: (0,redact/* redactPointer */.jB)(dup.pointer, secretKeys),
            ...dup.position,
            message: `duplicate key ${hidden ? redact/* REDACTED */.XF : JSON.stringify(dup.key)}: only the last value would be used`,
        });
    }
    return { path: doc.path, text: decoded.text, value: parsed.value, positions: new json/* PositionIndex */.uH(decoded.text) };
}
/** A diagnostic about a place inside a parsed document, with its line and column. */
function at(doc, pointer, severity, code, message) {
    const position = doc.positions.of(pointer);
    return { severity, code, file: doc.path, pointer, ...(position ?? {}), message };
}

;// CONCATENATED MODULE: ./lib/core/validate/agent-files.js

/**
 * What the agent definition files say about the teams: a team agent without a file cannot be
 * loaded by Claude Code; a file no team or workflow names is probably left over; a file whose
 * front matter is broken, or two files defining one name, make loading unpredictable.
 */
function checkAgentFiles(agents, teams, referenced) {
    const diagnostics = [];
    if (!agents.exists) {
        if (teams)
            diagnostics.push({
                severity: 'info',
                code: 'no-agents-dir',
                message: `no agents directory at ${agents.dir} (relative to the config dir): agent definition files were not checked`,
            });
        return diagnostics;
    }
    for (const p of agents.problems) {
        const code = p.kind === 'unreadable' ? 'agent-file-unreadable' : 'agent-front-matter';
        diagnostics.push({
            severity: 'warning',
            code,
            file: p.file,
            ...(p.line ? { line: p.line, column: p.column ?? 1 } : {}),
            subject: stemOf(p.file),
            message: p.message,
        });
    }
    const byName = new Map();
    for (const def of agents.definitions) {
        const first = byName.get(def.name);
        if (!first)
            byName.set(def.name, def);
        else
            diagnostics.push({
                ...place(def),
                severity: 'warning',
                code: 'duplicate-agent-file',
                subject: def.name,
                message: `Agent '${def.name}' is also defined by ${first.file}: Claude Code loads only one of them`,
            });
    }
    if (!teams)
        return diagnostics;
    for (const agent of teams.agents) {
        if (byName.has(agent.name))
            continue;
        const role = agent.role === 'orchestrator' ? `orchestrator of team '${agent.team}'` : `team '${agent.team}'`;
        diagnostics.push({
            ...at(teams.doc, agent.pointer, 'warning', 'missing-agent-file', `Agent '${agent.name}' (${role}) has no definition file in ${agents.dir}: Claude Code cannot load it`),
            subject: agent.name,
        });
    }
    const inTeams = new Set(teams.agents.map((a) => a.name));
    for (const def of byName.values()) {
        if (inTeams.has(def.name) || referenced.has(def.name))
            continue;
        diagnostics.push({
            ...place(def),
            severity: 'info',
            code: 'unused-agent-file',
            subject: def.name,
            message: `Agent '${def.name}' has a definition file but no team or workflow uses it`,
        });
    }
    return diagnostics;
}
function place(def) {
    return { file: def.file, ...(def.line ? { line: def.line, column: 1 } : {}) };
}
function stemOf(file) {
    return (file.split('/').pop() ?? file).replace(/\.md$/i, '');
}

;// CONCATENATED MODULE: ./lib/core/validate/json-tree.js

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A JSON Pointer from its unescaped segments. */
const ptr = (...segments) => segments.map((s) => `/${(0,json/* escapePointerSegment */.mE)(String(s))}`).join('');

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(1916);
;// CONCATENATED MODULE: ./lib/core/validate/references.js



/** Values under reference keys that stand for a group, not an agent (`"required_roles": ["all"]`). */
const NOT_AGENTS = new Set(['all', 'any', 'none', '*']);
const isReferenceValue = (v) => typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
/** `{ code: ["a"], design: ["b", "c"] }`: every value names agents. */
const isReferenceMap = (v) => isObject(v) && Object.keys(v).length > 0 && Object.values(v).every(isReferenceValue);
/**
 * Calls `found` for every agent name under a reference key. The same key can also name an
 * entity (`workflows.review` is a workflow, `review: "lead"` a reviewer), so only strings,
 * lists of strings and pure maps of them count as references.
 */
function collectReferences(value, pointer, keys, found) {
    const emit = (v, p) => {
        if (typeof v === 'string') {
            if (!NOT_AGENTS.has(v))
                found(v, p);
        }
        else
            v.forEach((name, i) => !NOT_AGENTS.has(name) && found(name, `${p}/${i}`));
    };
    if (Array.isArray(value)) {
        value.forEach((item, i) => collectReferences(item, `${pointer}/${i}`, keys, found));
        return;
    }
    if (!isObject(value))
        return;
    for (const [key, child] of Object.entries(value)) {
        const childPointer = `${pointer}/${(0,json/* escapePointerSegment */.mE)(key)}`;
        if (keys.has(key) && isReferenceValue(child))
            emit(child, childPointer);
        else if (keys.has(key) && isReferenceMap(child)) {
            for (const [inner, v] of Object.entries(child))
                emit(v, `${childPointer}/${(0,json/* escapePointerSegment */.mE)(inner)}`);
        }
        else
            collectReferences(child, childPointer, keys, found);
    }
}
/**
 * The known name an unknown one is most likely a typo of, if any: at most one edit per four
 * characters (and at most three), so `product-manger` finds `product-manager` while `qa-lead`
 * does not find `ux-lead`. Ties go to the alphabetically first name, so output is stable.
 */
function closestName(name, known) {
    const limit = Math.max(1, Math.min(3, Math.floor(name.length / 4)));
    let best;
    let bestDistance = limit + 1;
    for (const candidate of known) {
        if (Math.abs(candidate.length - name.length) > limit)
            continue;
        const d = (0,mod/* distance */.Io)(name, candidate);
        if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}

;// CONCATENATED MODULE: ./lib/core/validate/structure.js


/**
 * The structure of teams.json: a `teams` map whose teams have a name and a members list, each
 * member naming its agent once. Returns the agents the teams name (undefined when teams.json has
 * no usable `teams` map, so references cannot be checked against it).
 */
function checkTeams(doc, diagnostics) {
    const root = doc.value;
    if (!isObject(root)) {
        diagnostics.push(at(doc, '', 'error', 'wrong-type', 'teams.json must be a JSON object'));
        return undefined;
    }
    if (!isObject(root.teams)) {
        diagnostics.push(at(doc, root.teams === undefined ? '' : '/teams', 'error', 'missing-field', root.teams === undefined ? 'teams.json has no "teams" object' : '"teams" must be an object keyed by team id'));
        return undefined;
    }
    const agents = [];
    const members = new Map();
    for (const [teamId, team] of Object.entries(root.teams)) {
        const teamPtr = ptr('teams', teamId);
        const about = (pointer, severity, code, message) => void diagnostics.push({ ...at(doc, pointer, severity, code, message), subject: teamId });
        if (!isObject(team)) {
            about(teamPtr, 'error', 'wrong-type', `Team '${teamId}' must be an object`);
            continue;
        }
        if (typeof team.name !== 'string')
            about(teamPtr, 'warning', 'team-without-name', `Team '${teamId}' has no "name"`);
        if (typeof team.orchestrator === 'string')
            agents.push({ name: team.orchestrator, team: teamId, role: 'orchestrator', pointer: `${teamPtr}/orchestrator` });
        if (team.members === undefined) {
            about(teamPtr, 'error', 'team-without-members', `Team '${teamId}' has no "members" list`);
            continue;
        }
        if (!Array.isArray(team.members)) {
            about(`${teamPtr}/members`, 'error', 'wrong-type', `Team '${teamId}': "members" must be an array`);
            continue;
        }
        team.members.forEach((member, index) => {
            const memberPtr = `${teamPtr}/members/${index}`;
            if (!isObject(member) || typeof member.agent !== 'string' || member.agent.trim() === '') {
                about(memberPtr, 'error', 'missing-field', `Team '${teamId}' member ${index} has no "agent" id`);
                return;
            }
            const previous = members.get(member.agent);
            if (previous) {
                diagnostics.push({
                    ...at(doc, `${memberPtr}/agent`, 'error', 'duplicate-agent', `Agent '${member.agent}' is defined twice: ${previous} and ${memberPtr}`),
                    subject: member.agent,
                });
            }
            members.set(member.agent, memberPtr);
            agents.push({ name: member.agent, team: teamId, role: 'member', pointer: `${memberPtr}/agent` });
        });
    }
    return { teamCount: Object.keys(root.teams).length, agents };
}
/** workflows.json has a non-empty `workflows` map, and every workflow has phases or types. */
function checkWorkflows(doc, diagnostics) {
    const root = doc.value;
    if (!isObject(root)) {
        diagnostics.push(at(doc, '', 'error', 'wrong-type', 'workflows.json must be a JSON object'));
        return;
    }
    if (root.workflows === undefined) {
        diagnostics.push(at(doc, '', 'error', 'no-workflows', 'workflows.json has no "workflows" map'));
        return;
    }
    if (!isObject(root.workflows)) {
        diagnostics.push(at(doc, '/workflows', 'error', 'wrong-type', '"workflows" must be an object keyed by workflow id'));
        return;
    }
    const entries = Object.entries(root.workflows);
    if (entries.length === 0)
        diagnostics.push(at(doc, '/workflows', 'error', 'no-workflows', 'the "workflows" map is empty: no workflow is defined'));
    for (const [id, workflow] of entries) {
        const pointer = ptr('workflows', id);
        if (!isObject(workflow))
            diagnostics.push({
                ...at(doc, pointer, 'error', 'wrong-type', `Workflow '${id}' must be an object`),
                subject: id,
            });
        else if (workflow.phases === undefined && workflow.types === undefined) {
            diagnostics.push({
                ...at(doc, pointer, 'warning', 'workflow-without-phases', `Workflow '${id}' has neither "phases" nor "types": it defines no steps`),
                subject: id,
            });
        }
    }
}
/**
 * `full_auto` switched on anywhere: as a mode (`default_mode: "full_auto"`), a flag
 * (`full_auto: true`) or an enabled mode entry (`{ name: "full_auto", enabled: true }`).
 * Objects with `enabled: false` are off, with everything under them.
 */
function checkFullAuto(doc, diagnostics) {
    const found = (pointer) => void diagnostics.push({
        ...at(doc, pointer, 'warning', 'full-auto', 'full_auto mode is switched on: it spawns agents without asking for consent'),
        subject: pointer,
    });
    const visit = (value, pointer) => {
        if (Array.isArray(value)) {
            value.forEach((item, i) => visit(item, `${pointer}/${i}`));
            return;
        }
        if (!isObject(value) || value.enabled === false)
            return;
        if (value.name === 'full_auto' && value.enabled === true)
            found(pointer);
        for (const [key, child] of Object.entries(value)) {
            const childPtr = `${pointer}${ptr(key)}`;
            if (key === 'full_auto' && (child === true || (isObject(child) && child.enabled === true)))
                found(childPtr);
            else if (/(^|_)mode$/i.test(key) && child === 'full_auto')
                found(childPtr);
            else
                visit(child, childPtr);
        }
    };
    visit(doc.value, '');
}

;// CONCATENATED MODULE: ./lib/core/validate/orchestration.js





/** The only documents the orchestration checks read. */
const ORCHESTRATION_FILES = new Set(['teams.json', 'workflows.json', 'settings.json']);
/**
 * Built-in orchestration checks: the structure of teams.json/workflows.json, `full_auto`, agent
 * references and, when given, the agent definition files.
 */
function checkOrchestration(docs, options) {
    const diagnostics = [];
    const teams = docs.find((d) => d.path === 'teams.json');
    const workflows = docs.find((d) => d.path === 'workflows.json');
    const settings = docs.find((d) => d.path === 'settings.json');
    const teamInfo = teams ? checkTeams(teams, diagnostics) : undefined;
    if (workflows)
        checkWorkflows(workflows, diagnostics);
    for (const doc of [settings, workflows, teams])
        if (doc)
            checkFullAuto(doc, diagnostics);
    if (settings && isObject(settings.value) && settings.value.version === undefined) {
        diagnostics.push(at(settings, '', 'info', 'no-version', 'settings.json has no "version": the configuration version is taken from the other files'));
    }
    const files = options.agents;
    if (!teams || !teamInfo) {
        if (files)
            for (const d of checkAgentFiles(files, undefined, new Set()))
                diagnostics.push(d);
        if (workflows)
            diagnostics.push({
                severity: 'info',
                code: 'no-teams',
                file: 'workflows.json',
                message: 'no teams.json: agent references were not checked',
            });
        return diagnostics;
    }
    const known = new Set(teamInfo.agents.map((a) => a.name));
    const withFiles = files?.exists === true;
    if (withFiles)
        for (const def of files.definitions)
            known.add(def.name);
    const where = withFiles ? `teams.json or ${files.dir}` : 'teams.json';
    const suggestions = new Map();
    const referenced = new Set();
    const keys = new Set(options.referenceKeys);
    for (const doc of [teams, workflows]) {
        if (!doc)
            continue;
        // One finding per reference, each at its own place: a judge of a change tells a new
        // reference from an old one by where it is, and an editor jumps to each.
        collectReferences(doc.value, '', keys, (name, pointer) => {
            if (doc === teams && /^\/teams\/[^/]+\/members\/\d+\/agent$/.test(pointer))
                return;
            referenced.add(name);
            if (known.has(name))
                return;
            if (!suggestions.has(name))
                suggestions.set(name, closestName(name, known));
            const suggestion = suggestions.get(name);
            const hint = suggestion ? ` (did you mean '${suggestion}'?)` : '';
            diagnostics.push({
                ...at(doc, pointer, 'warning', 'unknown-agent', `Agent '${name}' is not defined in ${where}${hint}`),
                subject: name,
            });
        });
    }
    if (files)
        for (const d of checkAgentFiles(files, { doc: teams, agents: teamInfo.agents }, referenced))
            diagnostics.push(d);
    const inTeams = new Set(teamInfo.agents.map((a) => a.name)).size;
    const fileCount = withFiles ? `, ${files.definitions.length} agent definition files in ${files.dir}` : '';
    diagnostics.push({
        severity: 'info',
        code: 'inventory',
        file: 'teams.json',
        message: `${count(teamInfo.teamCount, 'team')}, ${count(inTeams, 'agent')} defined${fileCount}`,
    });
    return diagnostics;
}
const count = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;

// EXTERNAL MODULE: external "node:path/posix"
var posix_ = __webpack_require__(3916);
;// CONCATENATED MODULE: ./lib/core/util/module-interop.js
/**
 * The main export of a CommonJS package loaded with `import()`. Node puts `module.exports` on
 * `default` (and adds the named exports it can detect); the ncc/webpack bundles in dist/ put it
 * on `default` only, so a named import such as `{ Ajv }` works under Node and fails in a bundle.
 * Packages compiled from TypeScript (ajv, ajv-formats) also set `exports.default` to themselves.
 */
function mainExport(namespace) {
    const main = namespace.default ?? namespace;
    return (main.default ?? main);
}

;// CONCATENATED MODULE: ./lib/core/validate/schema.js





/** Finds the schema that applies to `doc`: configured, then `<schemaDir>/<name>.schema.json`, then a local `$schema`. */
function schemaPathFor(doc, options, exists) {
    const configured = options.schemas[doc.path];
    if (configured)
        return posix_.normalize(configured);
    const conventional = posix_.join(options.schemaDir, doc.path.replace(/\.json$/, '.schema.json'));
    if (exists(conventional))
        return conventional;
    const declared = doc.value?.$schema;
    if (typeof declared === 'string' && !/^[a-z][a-z0-9+.-]*:/i.test(declared)) {
        return posix_.normalize(posix_.join(posix_.dirname(doc.path), declared));
    }
    return undefined;
}
function isSchemaFile(file, options) {
    return (file.startsWith(`${posix_.normalize(options.schemaDir)}/`) ||
        Object.values(options.schemas).some((s) => posix_.normalize(s) === file));
}
/**
 * Validates each document against its JSON Schema with ajv. Ajv is imported only when a
 * schema applies, so configs without schemas don't pay for it (the hook runs on every commit).
 */
async function checkSchemas(docs, options, readSchema, known) {
    const diagnostics = [];
    const targets = docs
        .filter((d) => !isSchemaFile(d.path, options))
        .map((doc) => ({ doc, schemaPath: schemaPathFor(doc, options, (p) => known.has(p)) }))
        .filter((t) => t.schemaPath !== undefined);
    if (targets.length === 0)
        return diagnostics;
    const compiled = new Map();
    const compile = await loadCompiler();
    for (const { doc, schemaPath } of targets) {
        const unusable = (error) => {
            diagnostics.push({
                severity: 'error',
                code: 'schema-invalid',
                file: schemaPath,
                message: `schema cannot be used: ${whyUnusable(error)}`,
            });
            compiled.set(schemaPath, null);
        };
        if (!compiled.has(schemaPath)) {
            const bytes = await readSchema(schemaPath);
            if (!bytes) {
                diagnostics.push({
                    severity: 'error',
                    code: 'schema-missing',
                    file: doc.path,
                    message: `schema ${schemaPath} not found`,
                });
                compiled.set(schemaPath, null);
                continue;
            }
            const parsed = (0,json/* parseJson */.qF)(Buffer.from(bytes).toString('utf8'));
            if (!parsed.ok) {
                diagnostics.push({
                    severity: 'error',
                    code: 'schema-invalid',
                    file: schemaPath,
                    ...parsed.position,
                    message: `schema is not valid JSON: ${parsed.problem}`,
                });
                compiled.set(schemaPath, null);
                continue;
            }
            try {
                compiled.set(schemaPath, compile(parsed.value));
            }
            catch (error) {
                unusable(error);
            }
        }
        const validate = compiled.get(schemaPath);
        if (!validate)
            continue;
        let valid;
        try {
            valid = validate(doc.value);
        }
        catch (error) {
            // A schema that refers to itself without descending into the data (`{"$ref": "#"}`)
            // recurses until the stack runs out; that is the schema's fault, said in one line.
            unusable(error);
            continue;
        }
        if (valid)
            continue;
        const secretKeys = options.secretKeys ?? redact/* DEFAULT_SECRET_KEYS */.wp;
        for (const error of validate.errors ?? []) {
            const found = at(doc, error.instancePath, 'error', 'schema', `${describe(error, secretKeys)} (schema ${schemaPath})`);
            diagnostics.push({ ...found, pointer: (0,redact/* redactPointer */.jB)(error.instancePath, secretKeys) });
        }
    }
    return diagnostics;
}
/** A stack overflow, at compile or at validation time, comes from a `$ref` loop. */
function whyUnusable(error) {
    if (error instanceof RangeError)
        return 'its $ref chain loops back to itself without descending into the data';
    return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
}
/** Maps under secret keys are sometimes keyed by the secrets themselves: such keys are never named. */
function describe(error, secretKeys) {
    const where = (0,redact/* redactPointer */.jB)(error.instancePath, secretKeys) || '(root)';
    const params = error.params;
    if (error.keyword === 'additionalProperties') {
        const name = (0,redact/* isSecretPointer */.mL)(error.instancePath, secretKeys) ? redact/* REDACTED */.XF : JSON.stringify(params.additionalProperty);
        return `${where}: unexpected property ${name}`;
    }
    if (error.keyword === 'required')
        return `${where}: missing required property ${JSON.stringify(params.missingProperty)}`;
    if (error.keyword === 'enum')
        return `${where}: ${error.message} (${JSON.stringify(params.allowedValues)})`;
    return `${where}: ${error.message ?? error.keyword}`;
}
/**
 * Schema `pattern`s run on RE2 (re2js, linear time): JavaScript's backtracking engine would let
 * a pattern such as `^(a+)+$` hang validation (and with it every command and every commit) on
 * one long string. RE2 has no lookaround or backreferences; such a pattern makes the schema
 * unusable with a message naming it, rather than risking a hang.
 */
function safeRegExpEngine(RE2JS) {
    const compile = (pattern) => {
        try {
            return RE2JS.compile(RE2JS.translateRegExp(pattern));
        }
        catch (error) {
            const shown = JSON.stringify(pattern.length > 80 ? `${pattern.slice(0, 80)}…` : pattern);
            throw new Error(`pattern ${shown} is not supported by the linear-time regex engine (no lookaround or backreferences): ${error.message}`);
        }
    };
    return Object.assign(compile, { code: 're2js' });
}
async function loadCompiler() {
    const [ajv, ajv2020, formats, re2] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(463)]).then(__webpack_require__.t.bind(__webpack_require__, 2463, 19)),
        Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(210)]).then(__webpack_require__.t.bind(__webpack_require__, 2210, 19)),
        Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(196)]).then(__webpack_require__.t.bind(__webpack_require__, 2815, 19)),
        __webpack_require__.e(/* import() */ 856).then(__webpack_require__.bind(__webpack_require__, 2856)),
    ]);
    const Ajv = mainExport(ajv);
    const Ajv2020 = mainExport(ajv2020);
    const addFormats = mainExport(formats);
    const RE2JS = re2.RE2JS ??
        mainExport(re2).RE2JS;
    const options = { allErrors: true, strict: false, code: { regExp: safeRegExpEngine(RE2JS) } };
    const draft07 = new Ajv(options);
    const draft2020 = new Ajv2020(options);
    addFormats(draft07);
    addFormats(draft2020);
    return (schema) => {
        const dialect = schema?.$schema;
        const ajv = typeof dialect === 'string' && dialect.includes('2020-12') ? draft2020 : draft07;
        return ajv.compile(schema);
    };
}

// EXTERNAL MODULE: ./lib/core/validate/types.js
var types = __webpack_require__(6567);
// EXTERNAL MODULE: ./lib/core/kinds/index.js
var kinds = __webpack_require__(6751);
;// CONCATENATED MODULE: ./lib/core/kinds/yaml.js
/**
 * Parses YAML text (every document of a multi-document stream) and reports the first syntax
 * error with its line and column, never an exception. The parser is loaded on first use: the
 * hooks pay for every module they load, and most configs hold no YAML.
 */
async function parseYaml(text) {
    const yaml = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const lineCounter = new yaml.LineCounter();
    const documents = yaml.parseAllDocuments(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
    const list = Array.isArray(documents) ? documents : [];
    for (const doc of list) {
        const error = doc.errors[0];
        if (error) {
            const at = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
            const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code;
            return { ok: false, problem: reason, line: at.line, column: at.col };
        }
    }
    // Only the syntax is checked: no rule reads YAML values yet, and turning aliases into values
    // is where YAML can explode in size.
    return { ok: true };
}

;// CONCATENATED MODULE: ./lib/core/validate/yaml.js


/** A YAML file's syntax error (or broken encoding) as a finding at its line and column, or null. */
async function checkYaml(doc) {
    const decoded = (0,json/* decodeUtf8 */._6)(doc.bytes);
    // Not `encoding`: that code is JSON's, which create refuses to back up.
    if (!decoded.ok)
        return {
            severity: 'error',
            code: 'yaml-syntax',
            file: doc.path,
            ...decoded.position,
            message: `invalid YAML: ${decoded.problem}`,
        };
    const parsed = await parseYaml(decoded.text);
    if (parsed.ok)
        return null;
    return {
        severity: 'error',
        code: 'yaml-syntax',
        file: doc.path,
        line: parsed.line,
        column: parsed.column,
        message: `invalid YAML: ${parsed.problem}`,
    };
}

;// CONCATENATED MODULE: ./lib/core/validate/index.js










/** Validates a set of config documents: syntax, JSON Schemas, built-in orchestration checks. */
async function validateDocuments(docs, options = {}) {
    const byPath = new Map(docs.map((d) => [d.path, d.bytes]));
    const validator = new DocumentValidator(byPath.keys(), {
        ...options,
        readExtra: async (p) => byPath.get(p) ?? (await options.readExtra?.(p)),
    });
    for (const doc of docs)
        validator.add(doc);
    return validator.finish();
}
/**
 * Validation one document at a time, for callers that must not hold every file at once (create
 * on a 50 MB tree): each document is checked as it is added and only what a later check needs
 * is kept (the orchestration files, documents with a schema, schema files). Cross-file checks
 * run in `finish`.
 */
class DocumentValidator {
    options;
    settings;
    paths;
    added = [];
    diagnostics = [];
    configs = [];
    schemaBytes = new Map();
    /** YAML is checked in `finish`, where its parser can be loaded without blocking. */
    yamlDocs = [];
    /** `paths`: every document that will be added (schemas are looked up among them). */
    constructor(paths, options = {}) {
        this.options = options;
        this.settings = options.settings ?? settings/* DEFAULT_SETTINGS */.a$;
        this.paths = new Set(paths);
    }
    /** Checks one document; returns its parsed value (undefined when it does not parse). */
    add(doc) {
        this.added.push(doc.path);
        // Only JSON is validated in depth; YAML for its syntax; Markdown and other files are kept as they are.
        const kind = (0,kinds/* kindOfPath */.Bs)(doc.path);
        if (kind === 'yaml')
            this.yamlDocs.push(doc);
        if (kind !== 'json')
            return undefined;
        const result = parseDocument(doc, this.diagnostics, this.settings.secretKeys);
        if (isSchemaFile(doc.path, this.settings))
            this.schemaBytes.set(doc.path, doc.bytes);
        // Only documents a later check reads are kept: holding every parsed tree to the end made
        // garbage collection cost as much as the parsing itself on a large tree.
        else if (result &&
            (ORCHESTRATION_FILES.has(result.path) || schemaPathFor(result, this.settings, (p) => this.schemaPaths.has(p))))
            this.configs.push(result);
        return result;
    }
    get schemaPaths() {
        return this.options.trustedSchemas?.paths ?? this.paths;
    }
    async finish() {
        const trusted = this.options.trustedSchemas;
        const readSchema = trusted
            ? (p) => trusted.read(p)
            : async (p) => this.schemaBytes.get(p) ?? (await this.options.readExtra?.(p));
        // A loop, not push(...list): spreading ~120,000 schema errors as arguments overflowed the stack.
        const found = [
            await checkSchemas(this.configs, this.settings, readSchema, new Set(this.schemaPaths)),
            checkOrchestration(this.configs, { referenceKeys: this.settings.referenceKeys, agents: this.options.agents }),
        ];
        const diagnostics = [...this.diagnostics];
        for (const doc of this.yamlDocs) {
            const problem = await checkYaml(doc);
            if (problem)
                diagnostics.push(problem);
        }
        if (trusted)
            for (const diagnostic of await this.untrustedSchemaNotes(trusted))
                diagnostics.push(diagnostic);
        for (const list of found)
            for (const diagnostic of list)
                diagnostics.push(diagnostic);
        diagnostics.sort(types/* bySeverityThenPlace */.v);
        return (0,types/* summarize */.e)([...this.added].sort(), diagnostics);
    }
    /** Schemas among the documents that were not used because they differ from the trusted ones. */
    async untrustedSchemaNotes(trusted) {
        const notes = [];
        for (const [file, bytes] of this.schemaBytes) {
            const base = await trusted.read(file);
            if (base && Buffer.from(base).equals(Buffer.from(bytes)))
                continue;
            notes.push({
                severity: 'warning',
                code: 'schema-not-trusted',
                file,
                message: `this schema is ${base ? 'changed' : 'new'} here and was not used: only trusted schemas are compiled (in the action under pull_request_target, the base branch's); it applies once merged`,
            });
        }
        return notes;
    }
}
/** Validates the config dir as it is on disk. */
async function validateConfig(options) {
    const settings = options.settings ?? DEFAULT_SETTINGS;
    const scan = await scanConfigDir({ configDir: options.configDir, backupDir: options.backupDir, settings });
    const docs = [];
    const unreadable = [];
    for (const file of scan.files) {
        try {
            docs.push({ path: file.path, bytes: await readFile(file.absolutePath) });
        }
        catch (error) {
            unreadable.push({
                severity: 'error',
                code: 'unreadable',
                file: file.path,
                message: `cannot read: ${error.code ?? error}`,
            });
        }
    }
    const report = await validateDocuments(docs, {
        settings,
        readExtra: async (p) => readFile(path.join(scan.root, p)).catch(() => undefined),
        agents: options.agents,
    });
    const skipped = scan.skipped
        .filter(isSkipProblem)
        .map((s) => ({ severity: 'warning', code: 'skipped', file: s.path, message: s.reason }));
    if (unreadable.length === 0 && skipped.length === 0)
        return report;
    return summarize([...report.files, ...unreadable.map((u) => u.file)].sort(), [...unreadable, ...report.diagnostics, ...skipped].sort(bySeverityThenPlace));
}


/***/ }),

/***/ 6567:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ summarize),
/* harmony export */   v: () => (/* binding */ bySeverityThenPlace)
/* harmony export */ });
function summarize(files, diagnostics) {
    const summary = { errors: 0, warnings: 0, info: 0 };
    for (const d of diagnostics) {
        if (d.severity === 'error')
            summary.errors++;
        else if (d.severity === 'warning')
            summary.warnings++;
        else
            summary.info++;
    }
    const status = summary.errors > 0 ? 'invalid' : summary.warnings > 0 ? 'needs-attention' : 'valid';
    return { status, valid: summary.errors === 0, files, diagnostics, summary };
}
const RANK = { error: 0, warning: 1, info: 2 };
/** The order diagnostics are shown in: errors first, then by file, line and column. */
function bySeverityThenPlace(a, b) {
    return (RANK[a.severity] - RANK[b.severity] ||
        // Plain code-unit order: localeCompare would load ICU's collator, ~10 ms the hook cannot spare.
        compareText(a.file ?? '', b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0));
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ })

};
;