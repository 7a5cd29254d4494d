export const id = 180;
export const ids = [180];
export const modules = {

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
        return documentVersion(JSON.parse(Buffer.from(bytes).toString('utf8').replace(/^\uFEFF/, '')));
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
/* unused harmony export DEFAULT_STORE_DIR */
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
/* harmony export */   b: () => (/* binding */ resolveConfigRoot),
/* harmony export */   j: () => (/* binding */ scanConfigDir)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4006);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5150);
/* harmony import */ var _owned_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3742);





const NEVER_DESCEND = new Set(['.git', 'node_modules']);
/**
 * Lists the config files to back up. Symlinks are followed only when they resolve to a
 * file inside the config dir: a backup must never pull in (or later overwrite) files
 * elsewhere on the machine. FIFOs and devices are skipped because opening them can block.
 */
async function scanConfigDir(options) {
    const root = await resolveConfigRoot(options.configDir);
    const backupReal = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(options.backupDir).catch(() => node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(options.backupDir));
    const isIncluded = picomatch__WEBPACK_IMPORTED_MODULE_4__(options.include, { dot: false });
    const isExcluded = options.exclude.length > 0 ? picomatch__WEBPACK_IMPORTED_MODULE_4__(options.exclude, { dot: true }) : () => false;
    const wanted = (rel) => isIncluded(rel) && !isExcluded(rel);
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
                    skipped.push({ path: rel, reason: "the tool's own file, never backed up" });
                continue;
            }
            if (entry.isDirectory()) {
                if (NEVER_DESCEND.has(entry.name) || abs === backupReal || abs === options.backupDir)
                    continue;
                await walk(abs, rel);
            }
            else if (entry.isFile()) {
                if (wanted(rel))
                    files.push({ path: rel, absolutePath: abs });
            }
            else if (entry.isSymbolicLink()) {
                const problem = await symlinkProblem(abs, root);
                if (problem === 'directory') {
                    if (wanted(`${rel}/x.json`) || wanted(rel))
                        skipped.push({ path: rel, reason: 'symlinked directory, not followed' });
                }
                else if (wanted(rel)) {
                    if (problem)
                        skipped.push({ path: rel, reason: problem });
                    else
                        files.push({ path: rel, absolutePath: abs });
                }
            }
            else if (wanted(rel)) {
                skipped.push({ path: rel, reason: 'not a regular file' });
            }
        }
    };
    await walk(root, '');
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
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

/***/ 2393:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M5: () => (/* binding */ loadSettings),
/* harmony export */   a$: () => (/* binding */ DEFAULT_SETTINGS),
/* harmony export */   tP: () => (/* binding */ SETTINGS_FILE)
/* harmony export */ });
/* unused harmony export DEFAULT_RETENTION */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5150);
/* harmony import */ var _util_module_interop_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1466);



const SETTINGS_FILE = '.orch-backup.json';
const DEFAULT_RETENTION = {
    last: 10,
    within: '7d',
    withinWeekly: '1m',
    withinMonthly: '1y',
};
const DEFAULT_SETTINGS = {
    include: ['**/*.json'],
    exclude: [],
    compressAbove: 1024 * 1024,
    compressionLevel: 6,
    schemaDir: 'schemas',
    schemas: {},
    referenceKeys: ['agent', 'agents', 'required_agents', 'reviewers', 'review', 'review_requirements', 'approvers', 'approval', 'required_roles', 'primary', 'secondary'],
    agentsDir: '../agents',
    secretKeys: [
        'token', 'secret', 'password', 'passwd', 'passphrase', 'api_key', 'apikey', 'access_key', 'credential', 'private_key', 'signing_key',
        'authorization', 'bearer', 'cookie', 'webhook', 'webhook_url', 'dsn', 'connection_string', 'conn_str',
    ],
    retention: DEFAULT_RETENTION,
    lockTimeoutMs: 10_000,
    hook: { bulkFiles: 5, bulkEntities: 20 },
    claudeCode: { failClosed: false },
};
const SETTINGS_SCHEMA = {
    type: 'object',
    additionalProperties: false,
    properties: {
        $schema: { type: 'string' },
        include: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
        exclude: { type: 'array', items: { type: 'string', minLength: 1 } },
        compressAbove: { type: 'integer', minimum: 0 },
        compressionLevel: { type: 'integer', minimum: 1, maximum: 9 },
        schemaDir: { type: 'string', minLength: 1 },
        schemas: { type: 'object', additionalProperties: { type: 'string', minLength: 1 } },
        referenceKeys: { type: 'array', items: { type: 'string', minLength: 1 } },
        agentsDir: { anyOf: [{ type: 'string', minLength: 1 }, { const: false }] },
        secretKeys: { type: 'array', items: { type: 'string', minLength: 1 } },
        lockTimeoutMs: { type: 'integer', minimum: 0 },
        hook: {
            type: 'object',
            additionalProperties: false,
            properties: { bulkFiles: { type: 'integer', minimum: 1 }, bulkEntities: { type: 'integer', minimum: 1 } },
        },
        claudeCode: {
            type: 'object',
            additionalProperties: false,
            properties: { failClosed: { type: 'boolean' } },
        },
        retention: {
            type: 'object',
            additionalProperties: false,
            properties: {
                last: { type: 'integer', minimum: -1 },
                hourly: { type: 'integer', minimum: -1 },
                daily: { type: 'integer', minimum: -1 },
                weekly: { type: 'integer', minimum: -1 },
                monthly: { type: 'integer', minimum: -1 },
                yearly: { type: 'integer', minimum: -1 },
                within: { type: 'string' },
                withinHourly: { type: 'string' },
                withinDaily: { type: 'string' },
                withinWeekly: { type: 'string' },
                withinMonthly: { type: 'string' },
                withinYearly: { type: 'string' },
                tags: { type: 'array', items: { type: 'array', items: { type: 'string' } } },
            },
        },
    },
};
/**
 * Reads the settings file if there is one. A missing file means defaults; a present but
 * broken one is an error, because silently ignoring it would apply a policy nobody chose.
 */
async function loadSettings(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .errnoOf */ .UQ)(error) === 'ENOENT')
            return { settings: DEFAULT_SETTINGS, source: null };
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .SettingsError */ .GN(file, `cannot read it (${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .errnoOf */ .UQ)(error) ?? String(error)})`);
    }
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .SettingsError */ .GN(file, `not valid JSON (${error.message})`);
    }
    const Ajv = (0,_util_module_interop_js__WEBPACK_IMPORTED_MODULE_2__/* .mainExport */ .q)(await Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(463)]).then(__webpack_require__.t.bind(__webpack_require__, 2463, 19)));
    const ajv = new Ajv({ allErrors: false });
    const check = ajv.compile(SETTINGS_SCHEMA);
    if (!check(raw)) {
        const first = check.errors?.[0];
        const where = first?.instancePath || '(top level)';
        const detail = where === '/agentsDir'
            ? 'must be a directory (relative to the config dir) or false'
            : first?.keyword === 'additionalProperties'
                ? `unknown setting ${JSON.stringify(first.params.additionalProperty)}`
                : (first?.message ?? 'does not match the settings schema');
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .SettingsError */ .GN(file, `${where}: ${detail}`);
    }
    const partial = raw;
    return {
        settings: { ...DEFAULT_SETTINGS, ...partial, retention: partial.retention ?? DEFAULT_RETENTION, hook: { ...DEFAULT_SETTINGS.hook, ...partial.hook }, claudeCode: { ...DEFAULT_SETTINGS.claudeCode, ...partial.claudeCode } },
        source: file,
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
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5150);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5637);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9877);
/* harmony import */ var _owned_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3742);






/** Reads every config file once: its bytes, size and SHA-256. */
async function readSnapshot(options) {
    const scan = await (0,_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .scanConfigDir */ .j)({
        configDir: options.configDir,
        backupDir: options.backupDir,
        include: options.settings.include,
        exclude: options.settings.exclude,
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

/***/ 4373:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ createBackup)
});

// UNUSED EXPORTS: createBackupLocked

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/errors/index.js + 6 modules
var errors = __webpack_require__(5150);
// EXTERNAL MODULE: ./lib/core/util/faults.js
var util_faults = __webpack_require__(2567);
// EXTERNAL MODULE: ./lib/core/util/fs.js
var fs = __webpack_require__(5637);
// EXTERNAL MODULE: ./lib/core/store/pack.js
var pack = __webpack_require__(6624);
// EXTERNAL MODULE: ./lib/core/store/history.js
var store_history = __webpack_require__(7309);
// EXTERNAL MODULE: ./lib/core/store/names.js
var names = __webpack_require__(1833);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./lib/core/config/scan.js
var config_scan = __webpack_require__(9877);
// EXTERNAL MODULE: ./lib/core/config/owned-paths.js
var owned_paths = __webpack_require__(3742);
// EXTERNAL MODULE: ./lib/core/config/snapshot.js
var config_snapshot = __webpack_require__(936);
// EXTERNAL MODULE: ./lib/core/validate/index.js + 8 modules
var validate = __webpack_require__(3552);
// EXTERNAL MODULE: ./lib/core/config/config-version.js
var config_version = __webpack_require__(4679);
;// CONCATENATED MODULE: ./lib/core/create/hash-source.js










async function hashConfigDir(options, feed) {
    const scan = await (0,config_scan/* scanConfigDir */.j)({ ...options, include: options.settings.include, exclude: options.settings.exclude, owned: (0,owned_paths/* ownedPaths */.qX)(options) });
    const where = new Map(scan.files.map((f) => [f.path, f.absolutePath]));
    // Synchronous reads: async ones wait in the thread pool behind the pack's gzip jobs, which
    // left the main thread idle for a third of a large create.
    const readBytes = async (relative) => {
        try {
            return (0,external_node_fs_.readFileSync)(where.get(relative) ?? external_node_path_.join(scan.root, relative));
        }
        catch (error) {
            throw new errors/* FileUnreadableError */.Wd(relative, (0,errors/* errnoOf */.UQ)(error), { cause: error });
        }
    };
    const readExtra = async (relative) => (0,promises_.readFile)(external_node_path_.join(scan.root, relative)).catch(() => undefined);
    const sizeOf = (file) => {
        try {
            return (0,external_node_fs_.statSync)(file).size;
        }
        catch {
            return 0;
        }
    };
    const totalSize = scan.files.reduce((sum, f) => sum + sizeOf(f.absolutePath), 0);
    return hashSource([...where.keys()], scan.skipped, readBytes, options.settings, readExtra, await feed?.(totalSize));
}
async function hashDocuments(documents, settings, feed) {
    const bytes = new Map(documents.map((d) => [d.path, Buffer.from(d.bytes.buffer, d.bytes.byteOffset, d.bytes.byteLength)]));
    const totalSize = documents.reduce((sum, d) => sum + d.bytes.byteLength, 0);
    return hashSource([...bytes.keys()], [], async (p) => bytes.get(p), settings, async () => undefined, await feed?.(totalSize));
}
async function hashSource(paths, skipped, readBytes, settings, readExtra, sink) {
    const validator = new validate/* DocumentValidator */.oS(paths, { settings, readExtra });
    // With a sink, one file at a time and in path order: the pack's layout stays deterministic.
    const files = await (0,fs/* mapLimit */.sf)(paths, sink ? 1 : 8, async (relative) => {
        const bytes = await readBytes(relative);
        const version = (0,config_version/* documentVersion */.am)(validator.add({ path: relative, bytes })?.value);
        const file = { path: relative, size: bytes.length, sha256: (0,config_snapshot/* sha256Hex */.fg)(bytes), ...(version === undefined ? {} : { version }) };
        await sink?.(file, bytes);
        return file;
    });
    return {
        files,
        skipped,
        validation: await validator.finish(),
        read: async (file) => {
            const bytes = await readBytes(file.path);
            if (bytes.length !== file.size || (0,config_snapshot/* sha256Hex */.fg)(bytes) !== file.sha256)
                throw new errors/* ConfigChangedDuringBackupError */.i0(file.path);
            return bytes;
        },
    };
}

// EXTERNAL MODULE: ./lib/core/config/settings.js
var config_settings = __webpack_require__(2393);
// EXTERNAL MODULE: ./lib/core/store/store.js + 2 modules
var store = __webpack_require__(4703);
// EXTERNAL MODULE: ./lib/core/inspect/verify.js
var verify = __webpack_require__(1015);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./lib/version.js
/** Kept equal to package.json's version by a unit test. */
const TOOL_NAME = 'orchestration-backup';
const TOOL_VERSION = '0.1.0';

// EXTERNAL MODULE: ./lib/core/store/manifest.js
var store_manifest = __webpack_require__(2048);
;// CONCATENATED MODULE: ./lib/core/create/write-backup.js











/**
 * Writes the backup `name` in a staging directory and publishes it. Configs over
 * `compressAbove` bytes are packed (format 2); smaller ones keep one plain copy per file
 * (format 1), readable with `cat` when it matters most.
 */
async function writeBackup(input) {
    const totalSize = input.files.reduce((sum, f) => sum + f.size, 0);
    let stager = input.stager;
    const staging = stager?.staging ?? external_node_path_.join(input.backupDir, `${store/* STAGING_PREFIX */.th}${input.name}-${process.pid}`);
    try {
        if (!stager && isPackedSize(totalSize, input.settings)) {
            stager = await PackStager.open({ backupDir: input.backupDir, label: `${input.name}-${process.pid}`, level: input.settings.compressionLevel, previous: input.previous, faults: input.faults });
        }
        if (stager)
            return await writePacked(input, stager, totalSize);
        await (0,promises_.mkdir)(staging);
        return await writeLoose(input, staging, totalSize);
    }
    catch (error) {
        await (stager?.discard() ?? (0,fs/* removeTree */.dM)(staging)).catch(() => undefined);
        if (error instanceof errors/* OrchBackupError */.FY)
            throw error;
        throw new errors/* StoreWriteError */.NW(external_node_path_.join(input.backupDir, input.name), (0,errors/* errnoOf */.UQ)(error), { cause: error });
    }
}
/** Configs over `compressAbove` bytes are packed. */
function isPackedSize(totalSize, settings) {
    return totalSize > settings.compressAbove;
}
function seal(input, totalSize, body) {
    const { packs, ...rest } = body;
    return (0,store_manifest/* sealManifest */.DB)({
        formatVersion: rest.formatVersion,
        name: input.name,
        createdAt: (input.now ?? new Date()).toISOString(),
        description: input.description ?? null,
        trigger: input.trigger ?? 'manual',
        tags: [...new Set(input.tags ?? [])],
        tool: { name: TOOL_NAME, version: TOOL_VERSION },
        configVersion: (0,config_version/* configurationVersion */.jq)(rest.files),
        compression: rest.compression,
        ...(packs ? { packs } : {}),
        files: rest.files,
        fileCount: rest.files.length,
        totalSize,
        storedSize: rest.storedSize,
        validation: { status: input.validation.status, errors: input.validation.summary.errors, warnings: input.validation.summary.warnings },
    });
}
function baseEntry(file) {
    return { path: file.path, size: file.size, sha256: file.sha256, ...(file.version ? { version: file.version } : {}) };
}
async function writeLoose(input, staging, totalSize) {
    const faults = input.faults ?? util_faults/* noFaults */.n;
    const reusable = reusableCopies(input.previous[0]);
    const dirs = new Set([staging, external_node_path_.join(staging, store_manifest/* FILES_DIR */.qM)]);
    for (const file of input.files)
        dirs.add(external_node_path_.join(staging, store_manifest/* FILES_DIR */.qM, external_node_path_.dirname(file.path)));
    for (const dir of [...dirs].sort())
        await (0,promises_.mkdir)(dir, { recursive: true });
    const files = await (0,fs/* mapLimit */.sf)(input.files, 8, async (file) => {
        const stored = `${store_manifest/* FILES_DIR */.qM}/${file.path}`;
        const target = external_node_path_.join(staging, ...stored.split('/'));
        const entry = { ...baseEntry(file), stored };
        const same = reusable.get(file.sha256);
        if (same && (await (0,promises_.link)(same.path, target).then(() => true, () => false)))
            return { ...entry, storedSize: same.storedSize };
        await (0,fs/* writeNewFile */.S0)(target, await input.read(file), 0o444);
        faults.reached('create:staged-file');
        return { ...entry, storedSize: file.size };
    });
    const manifest = seal(input, totalSize, { formatVersion: store_manifest/* LOOSE_FORMAT_VERSION */.GV, compression: 'none', files, storedSize: files.reduce((s, f) => s + f.storedSize, 0) });
    await (0,fs/* writeNewFile */.S0)(external_node_path_.join(staging, store_manifest/* MANIFEST_FILE */.h1), (0,store_manifest/* serializeManifest */.MZ)(manifest), 0o444);
    faults.reached('create:manifest-written');
    await (0,store/* publishStaged */.QC)(input.backupDir, staging, input.name, dirs);
    return manifest;
}
/**
 * Plain copies of the newest loose backup, by content, that the new backup can share as hard
 * links (as rsnapshot does). Copies are read-only and a backup's deletion only drops a link.
 */
function reusableCopies(previous) {
    const copies = new Map();
    if (!previous?.manifest || previous.manifest.compression !== 'none')
        return copies;
    for (const file of previous.manifest.files) {
        if (!file.stored || file.stored.endsWith('.gz'))
            continue;
        copies.set(file.sha256, { path: external_node_path_.join(previous.dir, ...file.stored.split('/')), storedSize: file.storedSize });
    }
    return copies;
}
/**
 * The new pack of a packed backup, in the backup's staging directory. Create offers it each
 * file's bytes during its first pass, so compression runs in the thread pool while the main
 * thread hashes and validates; content an intact packed backup already holds is not stored.
 */
class PackStager {
    staging;
    writer;
    known;
    faults;
    slots = new Map();
    constructor(staging, writer, known, faults) {
        this.staging = staging;
        this.writer = writer;
        this.known = known;
        this.faults = faults;
    }
    /** `label` names the staging directory; the backup's own name is given when it is published. */
    static async open(options) {
        const staging = external_node_path_.join(options.backupDir, `${store/* STAGING_PREFIX */.th}${options.label}`);
        const known = await storedContent(options.backupDir, options.previous);
        await (0,promises_.mkdir)(staging);
        try {
            return new PackStager(staging, await pack/* PackWriter */.lp.create(external_node_path_.join(staging, 'new.pack'), options.level), known, options.faults ?? util_faults/* noFaults */.n);
        }
        catch (error) {
            await (0,fs/* removeTree */.dM)(staging).catch(() => undefined);
            throw error;
        }
    }
    holds(sha256) {
        return this.known.has(sha256) || this.slots.has(sha256);
    }
    async offer(sha256, bytes) {
        if (this.holds(sha256))
            return;
        this.slots.set(sha256, await this.writer.add(bytes));
        this.faults.reached('create:staged-file');
    }
    /** Writes the last block and fsyncs; returns the new pack's id, if it holds anything. */
    async finish() {
        const stagedPack = external_node_path_.join(this.staging, 'new.pack');
        if (this.slots.size === 0) {
            await this.writer.abort();
            await (0,promises_.unlink)(stagedPack);
            return undefined;
        }
        const { id } = await this.writer.finish();
        return { id, locate: (sha256) => ({ ...this.writer.locations[this.slots.get(sha256)], pack: id }) };
    }
    async discard() {
        await this.writer.abort();
        await (0,fs/* removeTree */.dM)(this.staging);
    }
}
/**
 * Format 2: new content goes into one new pack (one file, one fsync); content any intact packed
 * backup already holds is referenced where it is. The pack is moved into `.packs/` before the
 * backup is published, so a crash in between leaves an unreferenced pack that the next writer
 * deletes, never a backup without its data.
 */
async function writePacked(input, stager, totalSize) {
    const faults = input.faults ?? util_faults/* noFaults */.n;
    // Files the first pass did not offer (or every file, when no first pass fed the stager).
    for (const file of input.files)
        if (!stager.holds(file.sha256))
            await stager.offer(file.sha256, await input.read(file));
    const pack = await stager.finish();
    const located = input.files.map((file) => stager.known.get(file.sha256) ?? pack.locate(file.sha256));
    const packs = [...new Set(located.map((l) => l.pack))].sort();
    const files = input.files.map((file, i) => {
        const where = located[i];
        return { ...baseEntry(file), pack: packs.indexOf(where.pack), offset: where.offset, start: where.start, storedSize: where.storedSize };
    });
    const members = new Map(files.map((f) => [`${f.pack}:${f.offset}`, f.storedSize]));
    const storedSize = [...members.values()].reduce((s, n) => s + n, 0);
    const manifest = seal(input, totalSize, { formatVersion: store_manifest/* FORMAT_VERSION */.Hp, compression: 'gzip', packs, files, storedSize });
    await (0,fs/* writeNewFile */.S0)(external_node_path_.join(stager.staging, store_manifest/* PACKED_MANIFEST_FILE */.K$), (0,external_node_zlib_.gzipSync)(`${JSON.stringify(manifest)}\n`, { level: 9 }), 0o444);
    faults.reached('create:manifest-written');
    if (pack) {
        await movePack(input.backupDir, external_node_path_.join(stager.staging, 'new.pack'), pack.id);
        faults.reached('create:pack-stored');
    }
    await (0,store/* publishStaged */.QC)(input.backupDir, stager.staging, input.name, [stager.staging]);
    return manifest;
}
/** Where each content (by SHA-256) already is in a pack that still exists. */
async function storedContent(backupDir, previous) {
    const known = new Map();
    const exists = new Map();
    const packExists = (id) => {
        let found = exists.get(id);
        if (!found)
            exists.set(id, (found = (0,promises_.stat)((0,pack/* packPath */.x9)(backupDir, id)).then((s) => s.isFile(), () => false)));
        return found;
    };
    for (const entry of previous) {
        const manifest = entry.manifest;
        if (!manifest?.packs || entry.problems.length > 0)
            continue;
        for (const file of manifest.files) {
            if (known.has(file.sha256) || !(0,store_manifest/* isPackedEntry */.Bd)(file))
                continue;
            const id = manifest.packs[file.pack];
            if (!(await packExists(id)))
                continue;
            known.set(file.sha256, { pack: id, offset: file.offset, start: file.start, storedSize: file.storedSize });
        }
    }
    return known;
}
async function movePack(backupDir, stagedPack, id) {
    const dir = external_node_path_.join(backupDir, pack/* PACKS_DIR */.Lb);
    const created = await (0,promises_.mkdir)(dir).then(() => true, (error) => {
        if ((0,errors/* errnoOf */.UQ)(error) !== 'EEXIST')
            throw error;
        return false;
    });
    if (created)
        await (0,fs/* fsyncDir */.t_)(backupDir);
    // Same id, same bytes: a pack already there (e.g. from a crashed earlier attempt) is kept.
    await (0,promises_.rename)(stagedPack, (0,pack/* packPath */.x9)(backupDir, id));
    await (0,fs/* fsyncDir */.t_)(dir);
}

;// CONCATENATED MODULE: ./lib/core/create/create.js
















/**
 * Snapshots the config dir into a new backup: built in a staging directory, fsynced,
 * renamed into place (so it appears whole or not at all), then re-read and verified.
 */
async function createBackup(options) {
    const settings = options.settings ?? config_settings/* DEFAULT_SETTINGS */.a$;
    if (options.name !== undefined)
        (0,names/* assertNewName */.AP)(options.name);
    // Before the lock: locking creates the backup dir, which must not conjure up a missing config dir.
    if (!options.documents)
        await (0,config_scan/* resolveConfigRoot */.b)(options.configDir);
    const lock = await (0,store/* lockStore */.$_)(options.backupDir, 'create', options.lockTimeoutMs ?? settings.lockTimeoutMs);
    try {
        return await createBackupLocked(options);
    }
    finally {
        await lock.release();
    }
}
/** How many of the newest backups a new one may share content with (packs, hard links). */
const SHARE_WITH_NEWEST = 3;
/** `createBackup` for a caller that already holds the store lock (restore's safety backup). */
async function createBackupLocked(options) {
    const settings = options.settings ?? config_settings/* DEFAULT_SETTINGS */.a$;
    const faults = options.faults ?? util_faults/* noFaults */.n;
    if (options.name !== undefined)
        (0,names/* assertNewName */.AP)(options.name);
    // Checksums only for the backups create relies on: the newest few (content to share, the
    // unchanged check) or, for skipIfStored, all; checking every manifest of a large store cost
    // more than the rest of an incremental create.
    const all = await (0,store/* loadAllManifests */.Em)(options.backupDir, { checksums: false });
    const parsed = all.filter((m) => m.manifest && m.problems.length === 0);
    const intact = (options.skipIfStored ? parsed : parsed.slice(0, SHARE_WITH_NEWEST)).filter(store/* confirmManifest */.GD);
    await (0,pack/* removeUnreferencedPacks */.rD)(options.backupDir, all);
    let stager;
    const feed = async (totalSize) => {
        if (!isPackedSize(totalSize, settings))
            return undefined;
        const opened = await PackStager.open({ backupDir: options.backupDir, label: `create-${process.pid}`, level: settings.compressionLevel, previous: intact, faults });
        stager = opened;
        return (file, bytes) => opened.offer(file.sha256, bytes);
    };
    let snapshot;
    let validation;
    try {
        // Documents from elsewhere (git's HEAD) are held to the same rule as the scan: never the tool's own files.
        const owned = (0,owned_paths/* ownedPaths */.qX)({ configDir: options.configDir, backupDir: options.backupDir, settingsFile: options.settingsFile ?? null });
        snapshot = options.documents
            ? await hashDocuments(options.documents.filter((d) => (0,owned_paths/* ownedPathProblem */.ic)(d.path, owned) === null), settings, feed)
            : await hashConfigDir({ configDir: options.configDir, backupDir: options.backupDir, settings, settingsFile: options.settingsFile ?? null }, feed);
        if (snapshot.files.length === 0)
            throw new errors/* EmptyConfigError */.xz(options.configDir, settings.include);
        faults.reached('create:hashed');
        validation = snapshot.validation;
        const syntax = validation.diagnostics.find((d) => d.code === 'json-syntax' || d.code === 'encoding');
        if (syntax && !options.allowInvalid)
            throw new errors/* InvalidJsonError */.a6(syntax.file ?? '?', syntax.line ?? 1, syntax.column ?? 1, syntax.message.replace(/^invalid JSON: /, ''));
    }
    catch (error) {
        await stager?.discard().catch(() => undefined);
        throw error;
    }
    try {
        if (options.skipIfUnchanged || options.skipIfStored) {
            const candidates = options.skipIfStored ? intact : intact.slice(0, 1);
            const same = candidates.find((m) => m.manifest && (0,config_snapshot/* sameContent */.Cm)(m.manifest.files, snapshot.files));
            if (same?.manifest) {
                await stager?.discard();
                return { created: false, unchangedSince: same.name, path: same.dir, manifest: same.manifest, skipped: snapshot.skipped, validation };
            }
        }
        const name = await chooseName(options);
        const finalDir = external_node_path_.join(options.backupDir, name);
        const input = {
            backupDir: options.backupDir,
            name,
            files: snapshot.files,
            read: snapshot.read,
            validation,
            settings,
            previous: intact,
            ...pick(options, ['description', 'trigger', 'tags', 'now', 'faults']),
        };
        let manifest = await writeBackup({ ...input, ...(stager ? { stager } : {}) });
        faults.reached('create:published');
        // The content written now is read back and checked; packs shared with earlier backups were
        // checked when they were written (and `verify` checks every byte): here only their length.
        const shared = new Set(intact.flatMap((m) => m.manifest?.packs ?? []));
        let check = await (0,verify/* verifyBackup */.gu)(options.backupDir, name, { trustedPacks: shared });
        if (!check.ok && intact[0]) {
            // A shared copy may have rotted in an earlier backup: write every file anew once.
            await discard(options.backupDir, name);
            manifest = await writeBackup({ ...input, previous: [] });
            check = await (0,verify/* verifyBackup */.gu)(options.backupDir, name);
        }
        if (!check.ok) {
            await discard(options.backupDir, name);
            throw new errors/* BackupDamagedError */.EF(name, check.problems.map((p) => p.message));
        }
        faults.reached('create:verified');
        // The backup is published and verified: from here on nothing may report it as not made.
        const unrecorded = await (0,store_history/* appendHistory */.b)(options.backupDir, { operation: 'create', backup: name, outcome: 'success', trigger: manifest.trigger });
        return { created: true, name, path: finalDir, manifest, skipped: snapshot.skipped, validation, warnings: unrecorded ? [unrecorded] : [] };
    }
    catch (error) {
        await stager?.discard().catch(() => undefined);
        const failure = error instanceof errors/* OrchBackupError */.FY ? error : new errors/* StoreWriteError */.NW(options.backupDir, (0,errors/* errnoOf */.UQ)(error), { cause: error });
        await (0,store_history/* appendHistory */.b)(options.backupDir, { operation: 'create', backup: options.name ?? null, outcome: 'failure', error: failure.toJSON() });
        throw failure;
    }
}
async function chooseName(options) {
    const existing = new Set(await (0,store/* backupNames */.pS)(options.backupDir));
    if (options.name !== undefined) {
        const taken = existing.has(options.name) || (await (0,promises_.lstat)(external_node_path_.join(options.backupDir, options.name)).then(() => true, () => false));
        if (taken)
            throw new errors/* BackupExistsError */.j2(options.name);
        return options.name;
    }
    return (0,names/* uniqueName */.Fi)((0,names/* timestampName */.e2)(options.now ?? new Date(), options.namePrefix ?? 'backup'), (n) => existing.has(n));
}
async function discard(backupDir, name) {
    const trash = external_node_path_.join(backupDir, `${store/* TRASH_PREFIX */._t}${name}-${process.pid}`);
    await (0,promises_.rename)(external_node_path_.join(backupDir, name), trash).catch(() => undefined);
    await (0,fs/* removeTree */.dM)(trash);
}
function pick(object, keys) {
    return Object.fromEntries(keys.filter((k) => object[k] !== undefined).map((k) => [k, object[k]]));
}


/***/ }),

/***/ 7990:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nq: () => (/* binding */ redactAt),
/* harmony export */   VL: () => (/* binding */ secretPairField),
/* harmony export */   XF: () => (/* binding */ REDACTED),
/* harmony export */   jB: () => (/* binding */ redactPointer),
/* harmony export */   mL: () => (/* binding */ isSecretPointer),
/* harmony export */   oo: () => (/* binding */ isSecretEntity),
/* harmony export */   wp: () => (/* binding */ DEFAULT_SECRET_KEYS)
/* harmony export */ });
/* unused harmony exports isSecretKey, redactString, redact, maskedPointers, redactOperationValue */
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3044);
/* harmony import */ var _config_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2393);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(793);



/** The same list the tool's settings default to, so a bare library call is as careful as the CLI. */
const DEFAULT_SECRET_KEYS = _config_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_SETTINGS */ .a$.secretKeys;
const REDACTED = '•••';
/** `githubAPIToken` → github, api, token; `client_secret` → client, secret. */
function words(key) {
    return key
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
}
/** Plural and singular name the same secret: `tokens`, `api_keys`, `apiKeys`, `credentials`. */
function singular(word) {
    return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}
/** Words that make a key a count or a limit of something, not the thing: `max_tokens_per_session`. */
const QUANTITY_WORDS = new Set(['max', 'min', 'num', 'count', 'limit', 'total', 'per', 'budget']);
/**
 * Whether a key names a secret: the fragment's words appear in the key's words, case and plural
 * insensitive (`api_key` catches `apiKeys` and `github-api-key`), or a one-word fragment ends a
 * word written without separators (`dbpassword`). Whole words, and a key that counts or limits
 * something (`max_tokens_per_session`) is not a secret.
 */
function isSecretKey(key, secretKeys = DEFAULT_SECRET_KEYS) {
    // Called for every key of every value shown (and every segment of every pointer): memoised per list.
    if (/^\d*$/.test(key))
        return false;
    let known = verdicts.get(secretKeys);
    if (!known)
        verdicts.set(secretKeys, (known = new Map()));
    let verdict = known.get(key);
    if (verdict === undefined) {
        verdict = judgeKey(key, needlesOf(secretKeys));
        if (known.size < 50_000)
            known.set(key, verdict);
    }
    return verdict;
}
const verdicts = new WeakMap();
const needles = new WeakMap();
function needlesOf(secretKeys) {
    let list = needles.get(secretKeys);
    if (!list)
        needles.set(secretKeys, (list = secretKeys.map((fragment) => words(fragment).map(singular)).filter((n) => n.length > 0)));
    return list;
}
function judgeKey(key, needleList) {
    const raw = words(key);
    if (raw.some((w) => QUANTITY_WORDS.has(w)))
        return false;
    const keyWords = raw.map(singular);
    return needleList.some((needle) => {
        const [first] = needle;
        if (needle.length === 1)
            return keyWords.some((w) => w === first || (w.endsWith(first) && first.length >= 5));
        for (let i = 0; i + needle.length <= keyWords.length; i++)
            if (needle.every((w, j) => keyWords[i + j] === w))
                return true;
        return keyWords.join('') === needle.join('');
    });
}
/** Fields that name an entry in `[{name, value}]`-style lists (environment variables, headers). */
const PAIR_NAME_FIELDS = ['name', 'key', 'id', 'header', 'variable', 'env'];
const PAIR_VALUE_FIELDS = ['value', 'secret_value', 'val'];
/** The field holding a secret in a `{name: "API_TOKEN", value: "…"}` pair, if the object is one. */
function secretPairField(value, secretKeys = DEFAULT_SECRET_KEYS) {
    if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(value))
        return undefined;
    const name = PAIR_NAME_FIELDS.map((f) => value[f]).find((v) => typeof v === 'string');
    if (name === undefined || !isSecretKey(name, secretKeys))
        return undefined;
    return PAIR_VALUE_FIELDS.find((f) => Object.prototype.hasOwnProperty.call(value, f));
}
/** `--api-key`, `-token`, `--password`: a command-line flag whose name is secret-like. */
function isSecretFlag(text, secretKeys) {
    const match = /^--?([A-Za-z][\w.-]*)$/.exec(text);
    return match !== null && isSecretKey(match[1], secretKeys);
}
/**
 * A string with the credentials that show by their form masked, wherever it sits: URL user info
 * (`postgres://user:pw@host`), secret-named query parameters, `Bearer …`/`Basic …`, and
 * `--token=…` / `--api-key …` inside a command line.
 */
function redactString(text, secretKeys = DEFAULT_SECRET_KEYS) {
    // Most values are names and numbers: each pattern runs only where its marker occurs.
    let shown = text;
    if (shown.includes('://'))
        shown = shown.replace(/\b([a-z][a-z0-9+.-]*:\/\/)([^/?#\s@]+)@/gi, `$1${REDACTED}@`);
    if (shown.includes('=')) {
        shown = shown.replace(/([?&;])([^=&#\s]+)=([^&#\s]+)/g, (all, sep, name) => (isSecretKey(name, secretKeys) ? `${sep}${name}=${REDACTED}` : all));
    }
    if (AUTH_SCHEME.test(shown))
        shown = shown.replace(/\b(Bearer|Basic|Token|Digest)\s+[A-Za-z0-9._~+/=:-]{6,}/g, `$1 ${REDACTED}`);
    if (shown.includes('-')) {
        shown = shown.replace(/(^|\s)(--?[A-Za-z][\w.-]*)(=|\s+)(?!-)(\S+)/g, (all, lead, flag, sep) => isSecretFlag(flag, secretKeys) ? `${lead}${flag}${sep}${REDACTED}` : all);
    }
    return shown;
}
const AUTH_SCHEME = /\b(?:Bearer|Basic|Token|Digest)\s/;
/** A copy of the value in which everything under a secret key, and every credential-shaped value, is `•••`. */
function redact(value, secretKeys = DEFAULT_SECRET_KEYS) {
    if (typeof value === 'string')
        return redactString(value, secretKeys);
    if (Array.isArray(value)) {
        // `["--api-key", "sk-…"]`: the item after a secret-named flag is its value.
        return value.map((item, i) => (i > 0 && typeof item === 'string' && typeof value[i - 1] === 'string' && isSecretFlag(value[i - 1], secretKeys) ? REDACTED : redact(item, secretKeys)));
    }
    if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(value))
        return value;
    const pairField = secretPairField(value, secretKeys);
    const copy = {};
    for (const key of Object.keys(value)) {
        const shown = key === pairField || isSecretKey(key, secretKeys) ? REDACTED : redact(value[key], secretKeys);
        Object.defineProperty(copy, key, { value: shown, enumerable: true, writable: true, configurable: true });
    }
    return copy;
}
function pointerSegments(pointer) {
    return pointer === '' ? [] : pointer.slice(1).split('/').map(_util_json_js__WEBPACK_IMPORTED_MODULE_0__/* .unescapePointerSegment */ .J5);
}
/** Whether the value at this pointer lies under a secret key (at any depth). */
function isSecretPointer(pointer, secretKeys = DEFAULT_SECRET_KEYS) {
    return pointerSegments(pointer).some((segment) => isSecretKey(segment, secretKeys));
}
/** The value as it may be shown, knowing where it sits in its document. */
function redactAt(pointer, value, secretKeys = DEFAULT_SECRET_KEYS) {
    return isSecretPointer(pointer, secretKeys) ? REDACTED : redact(value, secretKeys);
}
/**
 * The pointer as it may be shown: segments below a secret key are masked, because maps under
 * such keys are sometimes keyed by the secrets themselves.
 */
function redactPointer(pointer, secretKeys = DEFAULT_SECRET_KEYS) {
    let masked = false;
    let shown = '';
    for (const raw of pointer === '' ? [] : pointer.slice(1).split('/')) {
        shown += `/${masked ? REDACTED : raw}`;
        if (isSecretKey((0,_util_json_js__WEBPACK_IMPORTED_MODULE_0__/* .unescapePointerSegment */ .J5)(raw), secretKeys))
            masked = true;
    }
    return shown;
}
/** Whether an entity's id must be hidden: maps under secret keys are sometimes keyed by the secrets themselves. */
function isSecretEntity(pointer, secretKeys = DEFAULT_SECRET_KEYS) {
    return isSecretPointer(pointer.slice(0, Math.max(0, pointer.lastIndexOf('/'))), secretKeys);
}
/**
 * Pointers whose values the semantic diff masked although no key on their path is secret
 * (the `value` of a `{name: "API_TOKEN", value}` pair): a patch operation at or below one of
 * them must be masked too, since the operation alone cannot tell.
 */
function maskedPointers(changes) {
    return changes.filter((c) => c.from === REDACTED || c.to === REDACTED).map((c) => c.pointer);
}
/** An operation's value as it may be shown, given {@link maskedPointers} of its file. */
function redactOperationValue(path, value, masked, secretKeys = DEFAULT_SECRET_KEYS) {
    if (masked.some((p) => path === p || path.startsWith(`${p}/`)))
        return REDACTED;
    return redactAt(path, value, secretKeys);
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

/***/ 8478:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ readBackupFiles)
/* harmony export */ });
/* unused harmony export validateBackup */
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5150);
/* harmony import */ var _store_backup_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1883);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1015);
/* harmony import */ var _validate_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3552);
/* harmony import */ var _config_settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2393);





/** A backup's files as they were backed up; refuses a backup whose manifest or content does not check out. */
async function readBackupFiles(backupDir, name) {
    const backup = await (0,_store_backup_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .openBackup */ .Tw)(backupDir, name);
    const problems = [];
    const files = [];
    for (const file of backup.manifest.files) {
        try {
            files.push({ path: file.path, bytes: await backup.read(file) });
        }
        catch (error) {
            if (!(error instanceof _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .BackupDamagedError */ .EF))
                throw error;
            problems.push(...error.problems);
        }
    }
    // Same verdict as `verify`: a backup with unlisted files is damaged, even if none is ever read.
    for (const extra of await (0,_verify_js__WEBPACK_IMPORTED_MODULE_2__/* .extraFiles */ .O2)(backup.dir, backup.manifest))
        problems.push(extra.message);
    if (problems.length > 0)
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .BackupDamagedError */ .EF(name, problems);
    return { manifest: backup.manifest, files };
}
/** Validates a backup's content exactly as `validateConfig` validates the live config. */
async function validateBackup(backupDir, name, settings = DEFAULT_SETTINGS) {
    const { files } = await readBackupFiles(backupDir, name);
    return validateDocuments(files, { settings });
}


/***/ }),

/***/ 1015:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O2: () => (/* binding */ extraFiles),
/* harmony export */   gu: () => (/* binding */ verifyBackup)
/* harmony export */ });
/* unused harmony export verifyBackups */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5150);
/* harmony import */ var _store_backup_reader_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1883);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7309);
/* harmony import */ var _store_manifest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2048);
/* harmony import */ var _store_pack_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6624);
/* harmony import */ var _config_snapshot_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(936);
/* harmony import */ var _store_store_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4703);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5637);










/** Recomputes every checksum of one backup and reports each difference from its manifest. */
async function verifyBackup(backupDir, name, options = {}) {
    const loaded = await (0,_store_store_js__WEBPACK_IMPORTED_MODULE_8__/* .loadManifest */ .eY)(backupDir, name);
    const problems = loaded.problems.map((message) => ({
        kind: message.includes('not a directory') ? 'not-a-directory' : 'manifest',
        message,
    }));
    const manifest = loaded.manifest;
    if (manifest) {
        const content = (0,_store_backup_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .storedContentReader */ .Ud)(backupDir, loaded.dir, manifest);
        const trusted = options.trustedPacks ?? new Set();
        const packSizes = new Map();
        const read = async (file) => {
            const pack = (0,_store_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .isPackedEntry */ .Bd)(file) ? manifest.packs?.[file.pack] : undefined;
            if (!pack || !trusted.has(pack) || !(0,_store_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .isPackedEntry */ .Bd)(file))
                return content(file);
            let size = packSizes.get(pack);
            if (!size)
                packSizes.set(pack, (size = (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,_store_pack_js__WEBPACK_IMPORTED_MODULE_6__/* .packPath */ .x9)(backupDir, pack)).then((s) => s.size)));
            if ((await size) < file.offset + file.storedSize)
                throw Object.assign(new Error('pack too short'), { code: 'ETRUNCATED' });
            return undefined;
        };
        // Files sharing a pack member are checked together, members several at a time, so each
        // member is inflated once and the thread pool inflates several at once.
        const groups = new Map();
        for (const file of manifest.files) {
            const key = (0,_store_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .isPackedEntry */ .Bd)(file) ? `${file.pack}:${file.offset}` : file.path;
            const group = groups.get(key);
            if (group)
                group.push(file);
            else
                groups.set(key, [file]);
        }
        const checked = await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_9__/* .mapLimit */ .sf)([...groups.values()], 4, async (files) => {
            const found = [];
            for (const file of files) {
                const problem = await checkFile(read, manifest, file);
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
    const result = manifest ? { name, ok: problems.length === 0, problems, manifest } : { name, ok: problems.length === 0, problems };
    if (options.record) {
        await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_4__/* .appendHistory */ .b)(backupDir, {
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
        if (all && !result.ok && !(await lstat(path.join(backupDir, name)).then(() => true, () => false)))
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
        return { ...(0,_store_backup_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .storedCopyProblem */ .m3)(manifest, file, error), path: file.path };
    }
    const digest = (0,_config_snapshot_js__WEBPACK_IMPORTED_MODULE_7__/* .sha256Hex */ .fg)(content);
    if (digest !== file.sha256 || content.length !== file.size) {
        return { kind: 'altered', path: file.path, message: `${file.path}: content changed (sha256 ${digest.slice(0, 12)}…, expected ${file.sha256.slice(0, 12)}…)` };
    }
    return undefined;
}
/** Files in a backup's directory that its manifest does not list. */
async function extraFiles(dir, manifest) {
    const expected = new Set([(0,_store_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .manifestFileName */ .V6)(manifest), ...manifest.files.flatMap((f) => f.stored ?? [])]);
    const found = [];
    const walk = async (abs, rel) => {
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(abs, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            const relPath = rel ? `${rel}/${entry.name}` : entry.name;
            if (entry.isDirectory())
                await walk(node_path__WEBPACK_IMPORTED_MODULE_1__.join(abs, entry.name), relPath);
            else if (!expected.has(relPath))
                found.push({ kind: 'extra', path: relPath, message: `${relPath}: not listed in the manifest` });
        }
    };
    await walk(dir, '');
    return found;
}


/***/ }),

/***/ 7473:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HY: () => (/* binding */ journalPath),
/* harmony export */   KJ: () => (/* binding */ setJournalAside),
/* harmony export */   Sw: () => (/* binding */ removeJournal),
/* harmony export */   _e: () => (/* binding */ loadJournal),
/* harmony export */   fS: () => (/* binding */ JOURNAL_KEY_FILE),
/* harmony export */   fY: () => (/* binding */ writeJournal)
/* harmony export */ });
/* unused harmony exports JOURNAL_FILE, stagingDirOf, peekJournal, journalKey */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5150);
/* harmony import */ var _errors_restore_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1589);
/* harmony import */ var _config_owned_paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3742);
/* harmony import */ var _store_manifest_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2048);
/* harmony import */ var _store_names_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1833);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5637);











const JOURNAL_FILE = '.restore-journal.json';
/** The secret that authenticates journals: only a journal this store's user wrote is ever executed. */
const JOURNAL_KEY_FILE = '.journal-key';
const REJECTED_PREFIX = '.rejected-journal-';
function journalPath(backupDir) {
    return node_path__WEBPACK_IMPORTED_MODULE_3__.join(backupDir, JOURNAL_FILE);
}
function stagingDirOf(configRoot) {
    return node_path__WEBPACK_IMPORTED_MODULE_3__.join(configRoot, _config_owned_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .RESTORE_STAGING_DIR */ .T);
}
/**
 * The journal as it lies on disk, unchecked: only for decisions that cannot hurt when it is
 * planted (clean keeps the backups it names).
 */
async function peekJournal(backupDir) {
    try {
        const raw = JSON.parse(await readFile(journalPath(backupDir), 'utf8'));
        return typeof raw === 'object' && raw !== null ? raw : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The store's journal key. It is trusted only as a regular file owned by this user and readable
 * by nobody else: anyone who can write into a shared store could otherwise replace it.
 */
async function journalKey(backupDir, create) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_3__.join(backupDir, JOURNAL_KEY_FILE);
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(file).catch((error) => {
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error) === 'ENOENT')
            return null;
        throw error;
    });
    if (!info) {
        if (!create)
            return null;
        await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_9__/* .writeNewFile */ .S0)(file, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(32).toString('hex'), 0o600).catch((error) => {
            if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error) !== 'EEXIST')
                throw error;
        });
        return journalKey(backupDir, false);
    }
    const uid = typeof process.geteuid === 'function' ? process.geteuid() : info.uid;
    if (!info.isFile())
        throw new _errors_restore_js__WEBPACK_IMPORTED_MODULE_5__/* .JournalKeyError */ .DS(file, 'it is not a regular file');
    if ((info.mode & 0o077) !== 0)
        throw new _errors_restore_js__WEBPACK_IMPORTED_MODULE_5__/* .JournalKeyError */ .DS(file, `others may read or change it (mode ${(info.mode & 0o777).toString(8)})`);
    if (info.uid !== uid)
        throw new _errors_restore_js__WEBPACK_IMPORTED_MODULE_5__/* .JournalKeyError */ .DS(file, `it belongs to uid ${info.uid}, not to you (uid ${uid})`, info.uid);
    return Buffer.from(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file, 'utf8'), 'utf8');
}
function macOf(key, journal) {
    const { mac: _ignored, ...rest } = journal;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', key).update((0,_store_manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .canonicalJson */ .dj)(rest)).digest('hex');
}
/** Replaces the journal atomically (a crash leaves the old version or the new one), signed. */
async function writeJournal(backupDir, key, journal) {
    const signed = { ...journal, mac: macOf(key, journal) };
    const file = journalPath(backupDir);
    const temp = `${file}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`;
    // Readable by all: it holds no secret (the signature is what matters), and another user must
    // be able to see whose interrupted restore it is.
    await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_9__/* .writeNewFile */ .S0)(temp, JSON.stringify(signed, null, 2), 0o644);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, file);
    await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_9__/* .fsyncDir */ .t_)(backupDir);
    return signed;
}
/**
 * Reads the journal and decides whether it may be executed: it must be signed with this store's
 * key, and even then every path in it must be confined (the staging dir the known one inside its
 * config dir, every operation a safe relative path that is not the tool's own).
 */
async function loadJournal(backupDir) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(journalPath(backupDir), 'utf8');
    }
    catch (error) {
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error) === 'ENOENT' || (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error) === 'ENOTDIR')
            return undefined;
        throw error;
    }
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch {
        return { rejected: 'it is not valid JSON' };
    }
    const problem = shapeProblem(raw, backupDir);
    if (problem)
        return { rejected: problem };
    const journal = raw;
    let key;
    try {
        key = await journalKey(backupDir, false);
    }
    catch (error) {
        // Another user's private key: their journal may be their interrupted restore; leave it to them.
        if (error instanceof _errors_restore_js__WEBPACK_IMPORTED_MODULE_5__/* .JournalKeyError */ .DS && error.ownerUid !== undefined)
            return { otherUser: error.ownerUid };
        return { rejected: error.message };
    }
    if (!key)
        return { rejected: `the store has no journal key (${JOURNAL_KEY_FILE}), so it did not write this journal` };
    const expected = Buffer.from(macOf(key, journal), 'hex');
    const actual = Buffer.from(String(journal.mac), 'hex');
    if (actual.length !== expected.length || !(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(actual, expected))
        return { rejected: "its signature does not match the store's journal key (planted or edited)" };
    return { journal, key };
}
function shapeProblem(raw, backupDir) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        return 'it is not a JSON object';
    const j = raw;
    if (j.version !== 2)
        return `it has format ${JSON.stringify(j.version)}, not 2`;
    if (typeof j.backup !== 'string' || !(0,_store_names_js__WEBPACK_IMPORTED_MODULE_8__/* .isValidName */ .uV)(j.backup))
        return 'it names no valid backup';
    if (j.safetyBackup !== null && (typeof j.safetyBackup !== 'string' || !(0,_store_names_js__WEBPACK_IMPORTED_MODULE_8__/* .isValidName */ .uV)(j.safetyBackup)))
        return 'its safety backup name is not valid';
    if (typeof j.configDir !== 'string' || !node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute(j.configDir) || node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(j.configDir) !== j.configDir)
        return 'its config dir is not an absolute, normalised path';
    if (resolved(j.configDir) !== j.configDir)
        return `its config dir ${j.configDir} is reached through a symlink`;
    if (j.stagingDir !== stagingDirOf(j.configDir))
        return `its staging dir ${JSON.stringify(j.stagingDir)} is not ${stagingDirOf(j.configDir)}`;
    if (!['staging', 'applying', 'applied', 'rolling-back'].includes(String(j.phase)))
        return 'its phase is unknown';
    if (!Array.isArray(j.operations) || !Array.isArray(j.createdDirs) || typeof j.mac !== 'string')
        return 'it lacks operations, directories or a signature';
    const owned = (0,_config_owned_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .ownedPaths */ .qX)({ configDir: j.configDir, backupDir });
    const sha = (v) => v === null || (typeof v === 'string' && /^[0-9a-f]{64}$/.test(v));
    const seen = new Set();
    for (const op of j.operations) {
        const o = op;
        if (!o || typeof o.path !== 'string' || !sha(o.before) || !sha(o.after) || (o.before === null && o.after === null))
            return 'an operation is malformed';
        if ((0,_config_owned_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .ownedPathProblem */ .ic)(o.path, owned))
            return `an operation names ${JSON.stringify(o.path)}, outside what a restore may touch`;
        if (seen.has(o.path))
            return `it names ${JSON.stringify(o.path)} twice`;
        seen.add(o.path);
    }
    for (const dir of j.createdDirs) {
        if (typeof dir !== 'string' || (0,_config_owned_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .ownedPathProblem */ .ic)(dir, owned) || ![...seen].some((p) => p.startsWith(`${dir}/`)))
            return `a directory it would remove (${JSON.stringify(dir)}) is not one it creates`;
    }
    return null;
}
function resolved(dir) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync.native(dir);
    }
    catch {
        return dir;
    }
}
/** Ends a transaction: the staging dir (with the originals set aside) and the journal go. */
async function removeJournal(backupDir, journal) {
    await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_9__/* .removeTree */ .dM)(journal.stagingDir);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(journalPath(backupDir)).catch((error) => {
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error) !== 'ENOENT')
            throw error;
    });
    await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_9__/* .fsyncDir */ .t_)(backupDir);
}
/** A refused journal is kept for inspection under a name of the store's own, never executed. */
async function setJournalAside(backupDir, now = new Date()) {
    const target = node_path__WEBPACK_IMPORTED_MODULE_3__.join(backupDir, `${REJECTED_PREFIX}${now.toISOString().replace(/[:.]/g, '-')}.json`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(journalPath(backupDir), target);
        return target;
    }
    catch {
        return null;
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
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8522);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5150);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2048);
/* harmony import */ var _pack_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6624);
/* harmony import */ var _config_snapshot_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(936);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4703);









const gunzip = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_zlib__WEBPACK_IMPORTED_MODULE_3__.gunzip);
/** Opens a backup whose manifest checks out; reads no file content yet. */
async function openBackup(backupDir, name) {
    const loaded = await (0,_store_js__WEBPACK_IMPORTED_MODULE_8__/* .loadManifest */ .eY)(backupDir, name);
    if (!loaded.manifest)
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .ManifestError */ .Sh(name, loaded.problems.join('; '));
    if (loaded.problems.length > 0)
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupDamagedError */ .EF(name, loaded.problems);
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
                throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupDamagedError */ .EF(name, [storedCopyProblem(manifest, file, error).message]);
            }
            if (bytes.length !== file.size || (0,_config_snapshot_js__WEBPACK_IMPORTED_MODULE_7__/* .sha256Hex */ .fg)(bytes) !== file.sha256)
                throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupDamagedError */ .EF(name, [`${file.path}: content changed`]);
            return bytes;
        },
    };
}
/** Why a file's stored copy could not be read, in the words `verify`, `restore` and `diff` all use. */
function storedCopyProblem(manifest, file, error) {
    const where = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .isPackedEntry */ .Bd)(file) ? `in pack ${manifest.packs?.[file.pack]?.slice(0, 12)}…` : file.stored;
    const code = (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error);
    if (code === 'ENOENT')
        return { kind: 'missing', message: `${file.path}: stored copy ${where} is missing` };
    if (code === 'ETRUNCATED')
        return { kind: 'altered', message: `${file.path}: stored copy ${where} is truncated` };
    if (code === 'EACCES' || code === 'EPERM' || code === 'EISDIR')
        return { kind: 'unreadable', message: `${file.path}: stored copy is unreadable (${code})` };
    return { kind: 'unreadable', message: `${file.path}: stored copy ${where} is corrupt (${code ?? error.message})` };
}
/**
 * Reads files' content as stored, unchecked. Files of one pack block share a gzip member;
 * the last few decompressed members are kept so reading a backup in order inflates each once.
 */
function storedContentReader(backupDir, dir, manifest) {
    const members = new Map();
    return async (file) => {
        if (!(0,_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .isPackedEntry */ .Bd)(file)) {
            const stored = file.stored ?? '';
            const raw = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, ...stored.split('/')));
            return stored.endsWith('.gz') ? gunzip(raw) : raw;
        }
        const pack = (0,_pack_js__WEBPACK_IMPORTED_MODULE_6__/* .packPath */ .x9)(backupDir, manifest.packs?.[file.pack] ?? '');
        const key = `${file.pack}:${file.offset}`;
        let member = members.get(key);
        if (!member) {
            member = (0,_pack_js__WEBPACK_IMPORTED_MODULE_6__/* .readMember */ .hd)(pack, file.offset, file.storedSize);
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
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5150);



const HISTORY_FILE = 'history.jsonl';
/**
 * Appends one line with a single O_APPEND write, so concurrent writers never interleave
 * inside a line. History is a record, not a dependency: this never throws. A failed append
 * comes back as a one-line warning for the caller to report beside the operation's outcome,
 * which it must not change (the backup exists whether or not the log says so).
 */
async function appendHistory(backupDir, entry) {
    const line = `${JSON.stringify({ time: entry.time ?? new Date().toISOString(), ...entry })}\n`;
    const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(backupDir, HISTORY_FILE);
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'a+', 0o644);
        try {
            // A crash may have left a torn last line without its newline: start a fresh line, or the
            // torn one would swallow this entry too.
            const { size } = await handle.stat();
            const last = Buffer.alloc(1);
            const torn = size > 0 && (await handle.read(last, 0, 1, size - 1)).bytesRead === 1 && last[0] !== 0x0a;
            await handle.write(torn ? `\n${line}` : line);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        return undefined;
    }
    catch (error) {
        return `the operation was not recorded in ${file} (${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoOf */ .UQ)(error) ?? error.message})`;
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
            if (value !== null && typeof value === 'object' && !Array.isArray(value))
                return value;
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
        return { problems: [text.trim() === '' ? 'manifest.json is empty' : 'manifest.json is not valid JSON (truncated or edited?)'] };
    }
    const version = raw?.formatVersion;
    // A newer format may be shaped differently: say so rather than list what looks wrong.
    if (typeof version === 'number' && version > FORMAT_VERSION) {
        return { problems: [`manifest format ${version} is newer than this tool understands (${FORMAT_VERSION}): upgrade orchestration-backup`] };
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
        need('packs', Array.isArray(packs) && packs.every((p) => typeof p === 'string' && /^[0-9a-f]{64}$/.test(p)) && new Set(packs).size === packs.length);
        need('compression', m.compression === 'gzip');
    }
    const packCount = Array.isArray(packs) ? packs.length : 0;
    if (Array.isArray(m.files)) {
        const seen = new Set();
        m.files.forEach((f, i) => {
            const file = f;
            const located = packs === undefined ? typeof file?.stored === 'string' : packedLocationOk(file, packCount);
            if (!file || typeof file.path !== 'string' || !located || typeof file.sha256 !== 'string' || !Number.isInteger(file.size)) {
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
    return !!file && natural(file.pack) && file.pack < packCount && natural(file.offset) && natural(file.start) && natural(file.storedSize) && file.stored === undefined;
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
/* harmony export */   uV: () => (/* binding */ isValidName)
/* harmony export */ });
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5150);

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
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8522);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5150);






const gzip = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_zlib__WEBPACK_IMPORTED_MODULE_4__.gzip);
const gunzip = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_zlib__WEBPACK_IMPORTED_MODULE_4__.gunzip);
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
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .errnoOf */ .UQ)(error) === 'ENOENT')
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
            if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .errnoOf */ .UQ)(error) !== 'ENOENT')
                throw error;
        });
        removed.push(id);
    }
    return removed;
}


/***/ }),

/***/ 4703:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  th: () => (/* binding */ STAGING_PREFIX),
  _t: () => (/* binding */ TRASH_PREFIX),
  pS: () => (/* binding */ backupNames),
  GD: () => (/* binding */ confirmManifest),
  Em: () => (/* binding */ loadAllManifests),
  eY: () => (/* binding */ loadManifest),
  $_: () => (/* binding */ lockStore),
  QC: () => (/* binding */ publishStaged)
});

// UNUSED EXPORTS: STORE_GITIGNORE, ensureBackupDir

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./lib/errors/index.js + 6 modules
var errors = __webpack_require__(5150);
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
            await (0,fs/* writeNewFile */.S0)(lockPath, body, 0o644, false);
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
            const current = await (0,promises_.readFile)(lockPath, 'utf8').catch(() => undefined);
            if (current === body)
                await (0,promises_.unlink)(lockPath).catch(() => undefined);
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
        return ageMs > 2000 ? { stale: true, reason: 'the lock file names no holder' } : { stale: false, reason: 'the lock is being written' };
    }
    const me = machine();
    const byAge = (why) => {
        const minutes = Math.floor(ageMs / 60_000);
        return ageMs > staleAfterMs
            ? { stale: true, reason: `${why}, and it has not refreshed the lock for ${minutes} minutes` }
            : { stale: false, reason: `${why}; it refreshed the lock ${minutes < 1 ? 'less than a minute' : `${minutes} minutes`} ago` };
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
        const age = Date.now() - (await (0,promises_.stat)(breaker).then((s) => s.mtimeMs, () => Date.now()));
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
// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(1916);
;// CONCATENATED MODULE: ./lib/core/util/suggest.js

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
        const d = (0,mod/* distance */.Io)(lower, other);
        if (d <= limit)
            scored.push({ candidate, score: d });
    }
    return scored
        .sort((a, b) => a.score - b.score || (a.candidate < b.candidate ? -1 : 1))
        .slice(0, max)
        .map((s) => s.candidate);
}

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
    try {
        const info = await (0,promises_.lstat)(backupDir);
        if (info.isSymbolicLink()) {
            if (!(await (0,promises_.stat)(backupDir)).isDirectory())
                throw new errors/* BackupDirError */.WK(backupDir, 'is a symlink to something that is not a directory');
        }
        else if (!info.isDirectory())
            throw new errors/* BackupDirError */.WK(backupDir, 'is a file, not a directory: move it away or pass --backup-dir');
        // An empty directory someone made for the store gets its first write too.
        if (create && (await (0,promises_.readdir)(backupDir)).length === 0)
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
        if ((0,errors/* errnoOf */.UQ)(error) === 'EACCES' || (0,errors/* errnoOf */.UQ)(error) === 'EROFS' || (0,errors/* errnoOf */.UQ)(error) === 'EPERM' || (0,errors/* errnoOf */.UQ)(error) === 'ENOSPC')
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
async function removeLeftovers(backupDir) {
    for (const entry of await (0,promises_.readdir)(backupDir)) {
        if (entry.startsWith(STAGING_PREFIX) || entry.startsWith(TRASH_PREFIX))
            await (0,fs/* removeTree */.dM)(external_node_path_.join(backupDir, entry));
    }
}
/** Names of the entries that may be backups (valid names, directories or not). */
async function backupNames(backupDir) {
    try {
        return (await (0,promises_.readdir)(backupDir)).filter(names/* isValidName */.uV).sort();
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
        return { name, dir, problems: [code === 'ENOENT' ? 'manifest.json is missing' : code?.startsWith('Z_') ? 'manifest.json.gz is corrupt' : `manifest.json is unreadable (${code})`] };
    }
    const { manifest, problems } = (0,store_manifest/* parseManifest */.Ng)(text, name, { checksum });
    if (!manifest)
        return { name, dir, problems };
    return checksum ? { name, dir, manifest, problems } : { name, dir, manifest, problems, checksumUnchecked: true };
}
/** Backups named like a mistyped `name`, for the "did you mean" of a not-found error. */
function similarBackupNames(backupDir, name) {
    try {
        return closestNames(name, (0,external_node_fs_.readdirSync)(backupDir).filter(names/* isValidName */.uV));
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
    return (0,external_node_zlib_.gunzipSync)((0,external_node_fs_.readFileSync)(external_node_path_.join(dir, store_manifest/* PACKED_MANIFEST_FILE */.K$))).toString('utf8');
}
/**
 * All backups' manifests, newest first; equal times are ordered by name, the last name counting
 * as newer. With `checksums: false` the (costly) manifest checksums are left for
 * `confirmManifest` to check on the entries a caller actually relies on.
 */
async function loadAllManifests(backupDir, options = {}) {
    const names = await backupNames(backupDir);
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
/**
 * Makes a fully written staging directory the backup `name`: its directories are fsynced, it is
 * renamed into place (atomic, and never over an existing backup), then the store is fsynced.
 */
async function publishStaged(backupDir, staging, name, dirs) {
    for (const dir of [...dirs].sort().reverse())
        await (0,fs/* fsyncDir */.t_)(dir);
    const finalDir = external_node_path_.join(backupDir, name);
    try {
        await (0,promises_.rename)(staging, finalDir);
    }
    catch (error) {
        if (['EEXIST', 'ENOTEMPTY', 'EISDIR', 'ENOTDIR'].includes((0,errors/* errnoOf */.UQ)(error) ?? ''))
            throw new errors/* BackupExistsError */.j2(name);
        throw error;
    }
    await (0,fs/* fsyncDir */.t_)(backupDir);
    return finalDir;
}


/***/ }),

/***/ 2567:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ noFaults)
/* harmony export */ });
/* unused harmony export faultsFrom */
const noFaults = { reached: () => undefined };
function faultsFrom(plan) {
    if (!plan)
        return noFaults;
    let seen = 0;
    return {
        reached(step) {
            if (plan.killAt !== '*' && plan.killAt !== step)
                return;
            seen++;
            if (seen >= (plan.occurrence ?? 1))
                process.kill(process.pid, 'SIGKILL');
        },
    };
}


/***/ }),

/***/ 5637:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S0: () => (/* binding */ writeNewFile),
/* harmony export */   dM: () => (/* binding */ removeTree),
/* harmony export */   sf: () => (/* binding */ mapLimit),
/* harmony export */   t_: () => (/* binding */ fsyncDir)
/* harmony export */ });
/* unused harmony export readTextIfExists */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5150);


/** Flushes a directory entry table so a rename inside it survives power loss. */
async function fsyncDir(dir) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(dir, 'r');
        await handle.sync();
    }
    catch (error) {
        // Some file systems refuse fsync on directories; the data itself is already synced.
        if (!['EINVAL', 'EISDIR', 'EBADF', 'EPERM'].includes((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .errnoOf */ .UQ)(error) ?? ''))
            throw error;
    }
    finally {
        await handle?.close();
    }
}
/** Writes `data` to a new file (never an existing one), fsynced unless `durable` is false. */
async function writeNewFile(path, data, mode = 0o644, durable = true) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'wx', mode);
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
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(path, { recursive: true, force: true, maxRetries: 2 });
}
/** Runs `fn` over `items` with at most `limit` calls in flight, keeping the input order. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
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
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);

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
    const mayHaveDuplicateKeys = shape.depth > MAX_DEPTH || (escaped ? keyTokens(text) !== shape.keys : countColons(text) !== shape.keys + shape.colons);
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
    (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    if (first)
        return { problem: describeParseError((0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(first.error)), position: positionAt(text, first.offset) };
    // jsonc-parser accepts a few things JSON.parse rejects (e.g. control characters in strings).
    return { problem: nativeMessage.replace(/^JSON\.parse: /, ''), position: { line: 1, column: 1 } };
}
function describeParseError(code) {
    const words = {
        InvalidSymbol: 'unexpected character',
        InvalidNumberFormat: 'invalid number',
        PropertyNameExpected: 'property name expected',
        ValueExpected: 'value expected',
        ColonExpected: "':' expected",
        CommaExpected: "',' expected",
        CloseBraceExpected: "'}' expected",
        CloseBracketExpected: "']' expected",
        EndOfFileExpected: 'unexpected content after the end of the document',
        InvalidCommentToken: 'comments are not allowed in JSON',
        UnexpectedEndOfComment: 'unterminated comment',
        UnexpectedEndOfString: 'unterminated string',
        UnexpectedEndOfNumber: 'unterminated number',
        InvalidUnicode: 'invalid unicode escape',
        InvalidEscapeCharacter: 'invalid escape character',
        InvalidCharacter: 'invalid character',
    };
    return words[code] ?? code;
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
            this.tree = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(this.text) ?? undefined;
        if (!this.tree)
            return undefined;
        const segments = pointer === '' ? [] : pointer.slice(1).split('/').map(unescapePointerSegment);
        const node = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.findNodeAtLocation)(this.tree, segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s)));
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
    (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.visit)(text, {
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

/***/ 1466:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ mainExport)
/* harmony export */ });
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


/***/ }),

/***/ 3552:
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
        diagnostics.push({ severity: 'error', code: 'encoding', file: doc.path, ...decoded.position, message: decoded.problem });
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
        diagnostics.push({ severity: 'error', code: 'json-syntax', file: doc.path, ...parsed.position, message: `invalid JSON: ${parsed.problem}` });
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
            diagnostics.push({ severity: 'info', code: 'no-agents-dir', message: `no agents directory at ${agents.dir} (relative to the config dir): agent definition files were not checked` });
        return diagnostics;
    }
    for (const p of agents.problems) {
        const code = p.kind === 'unreadable' ? 'agent-file-unreadable' : 'agent-front-matter';
        diagnostics.push({ severity: 'warning', code, file: p.file, ...(p.line ? { line: p.line, column: p.column ?? 1 } : {}), subject: stemOf(p.file), message: p.message });
    }
    const byName = new Map();
    for (const def of agents.definitions) {
        const first = byName.get(def.name);
        if (!first)
            byName.set(def.name, def);
        else
            diagnostics.push({ ...place(def), severity: 'warning', code: 'duplicate-agent-file', subject: def.name, message: `Agent '${def.name}' is also defined by ${first.file}: Claude Code loads only one of them` });
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
        diagnostics.push({ ...place(def), severity: 'info', code: 'unused-agent-file', subject: def.name, message: `Agent '${def.name}' has a definition file but no team or workflow uses it` });
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
                diagnostics.push({ ...at(doc, `${memberPtr}/agent`, 'error', 'duplicate-agent', `Agent '${member.agent}' is defined twice: ${previous} and ${memberPtr}`), subject: member.agent });
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
            diagnostics.push({ ...at(doc, pointer, 'error', 'wrong-type', `Workflow '${id}' must be an object`), subject: id });
        else if (workflow.phases === undefined && workflow.types === undefined) {
            diagnostics.push({ ...at(doc, pointer, 'warning', 'workflow-without-phases', `Workflow '${id}' has neither "phases" nor "types": it defines no steps`), subject: id });
        }
    }
}
/**
 * `full_auto` switched on anywhere: as a mode (`default_mode: "full_auto"`), a flag
 * (`full_auto: true`) or an enabled mode entry (`{ name: "full_auto", enabled: true }`).
 * Objects with `enabled: false` are off, with everything under them.
 */
function checkFullAuto(doc, diagnostics) {
    const found = (pointer) => void diagnostics.push({ ...at(doc, pointer, 'warning', 'full-auto', 'full_auto mode is switched on: it spawns agents without asking for consent'), subject: pointer });
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
            diagnostics.push({ severity: 'info', code: 'no-teams', file: 'workflows.json', message: 'no teams.json: agent references were not checked' });
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
            diagnostics.push({ ...at(doc, pointer, 'warning', 'unknown-agent', `Agent '${name}' is not defined in ${where}${hint}`), subject: name });
        });
    }
    if (files)
        for (const d of checkAgentFiles(files, { doc: teams, agents: teamInfo.agents }, referenced))
            diagnostics.push(d);
    const inTeams = new Set(teamInfo.agents.map((a) => a.name)).size;
    const fileCount = withFiles ? `, ${files.definitions.length} agent definition files in ${files.dir}` : '';
    diagnostics.push({ severity: 'info', code: 'inventory', file: 'teams.json', message: `${count(teamInfo.teamCount, 'team')}, ${count(inTeams, 'agent')} defined${fileCount}` });
    return diagnostics;
}
const count = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;

// EXTERNAL MODULE: external "node:path/posix"
var posix_ = __webpack_require__(3916);
// EXTERNAL MODULE: ./lib/core/util/module-interop.js
var module_interop = __webpack_require__(1466);
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
    return file.startsWith(`${posix_.normalize(options.schemaDir)}/`) || Object.values(options.schemas).some((s) => posix_.normalize(s) === file);
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
        if (!compiled.has(schemaPath)) {
            const bytes = await readSchema(schemaPath);
            if (!bytes) {
                diagnostics.push({ severity: 'error', code: 'schema-missing', file: doc.path, message: `schema ${schemaPath} not found` });
                compiled.set(schemaPath, null);
                continue;
            }
            const parsed = (0,json/* parseJson */.qF)(Buffer.from(bytes).toString('utf8'));
            if (!parsed.ok) {
                diagnostics.push({ severity: 'error', code: 'schema-invalid', file: schemaPath, ...parsed.position, message: `schema is not valid JSON: ${parsed.problem}` });
                compiled.set(schemaPath, null);
                continue;
            }
            try {
                compiled.set(schemaPath, compile(parsed.value));
            }
            catch (error) {
                diagnostics.push({ severity: 'error', code: 'schema-invalid', file: schemaPath, message: `schema cannot be used: ${whyUnusable(error)}` });
                compiled.set(schemaPath, null);
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
            diagnostics.push({ severity: 'error', code: 'schema-invalid', file: schemaPath, message: `schema cannot be used: ${whyUnusable(error)}` });
            compiled.set(schemaPath, null);
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
    const [ajv, ajv2020, formats, re2] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(463)]).then(__webpack_require__.t.bind(__webpack_require__, 2463, 19)), Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(210)]).then(__webpack_require__.t.bind(__webpack_require__, 2210, 19)), Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(196)]).then(__webpack_require__.t.bind(__webpack_require__, 2815, 19)), __webpack_require__.e(/* import() */ 856).then(__webpack_require__.bind(__webpack_require__, 2856))]);
    const Ajv = (0,module_interop/* mainExport */.q)(ajv);
    const Ajv2020 = (0,module_interop/* mainExport */.q)(ajv2020);
    const addFormats = (0,module_interop/* mainExport */.q)(formats);
    const RE2JS = re2.RE2JS ?? (0,module_interop/* mainExport */.q)(re2).RE2JS;
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

;// CONCATENATED MODULE: ./lib/core/validate/types.js
function types_summarize(files, diagnostics) {
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
    /** `paths`: every document that will be added (schemas are looked up among them). */
    constructor(paths, options = {}) {
        this.options = options;
        this.settings = options.settings ?? settings/* DEFAULT_SETTINGS */.a$;
        this.paths = new Set(paths);
    }
    /** Checks one document; returns its parsed value (undefined when it does not parse). */
    add(doc) {
        this.added.push(doc.path);
        const result = parseDocument(doc, this.diagnostics, this.settings.secretKeys);
        if (isSchemaFile(doc.path, this.settings))
            this.schemaBytes.set(doc.path, doc.bytes);
        // Only documents a later check reads are kept: holding every parsed tree to the end made
        // garbage collection cost as much as the parsing itself on a large tree.
        else if (result && (ORCHESTRATION_FILES.has(result.path) || schemaPathFor(result, this.settings, (p) => this.schemaPaths.has(p))))
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
        const found = [await checkSchemas(this.configs, this.settings, readSchema, new Set(this.schemaPaths)), checkOrchestration(this.configs, { referenceKeys: this.settings.referenceKeys, agents: this.options.agents })];
        const diagnostics = [...this.diagnostics];
        if (trusted)
            for (const diagnostic of await this.untrustedSchemaNotes(trusted))
                diagnostics.push(diagnostic);
        for (const list of found)
            for (const diagnostic of list)
                diagnostics.push(diagnostic);
        diagnostics.sort(bySeverityThenPlace);
        return types_summarize([...this.added].sort(), diagnostics);
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
    const scan = await scanConfigDir({ configDir: options.configDir, backupDir: options.backupDir, include: settings.include, exclude: settings.exclude });
    const docs = [];
    const unreadable = [];
    for (const file of scan.files) {
        try {
            docs.push({ path: file.path, bytes: await readFile(file.absolutePath) });
        }
        catch (error) {
            unreadable.push({ severity: 'error', code: 'unreadable', file: file.path, message: `cannot read: ${error.code ?? error}` });
        }
    }
    const report = await validateDocuments(docs, {
        settings,
        readExtra: async (p) => readFile(path.join(scan.root, p)).catch(() => undefined),
        agents: options.agents,
    });
    const skipped = scan.skipped.map((s) => ({ severity: 'warning', code: 'skipped', file: s.path, message: s.reason }));
    if (unreadable.length === 0 && skipped.length === 0)
        return report;
    return summarize([...report.files, ...unreadable.map((u) => u.file)].sort(), [...unreadable, ...report.diagnostics, ...skipped].sort(bySeverityThenPlace));
}
const RANK = { error: 0, warning: 1, info: 2 };
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


/***/ }),

/***/ 5150:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EF: () => (/* reexport */ BackupDamagedError),
  WK: () => (/* reexport */ BackupDirError),
  j2: () => (/* reexport */ BackupExistsError),
  I_: () => (/* reexport */ BackupNotFoundError),
  i0: () => (/* reexport */ ConfigChangedDuringBackupError),
  D5: () => (/* reexport */ ConfigDirNotFoundError),
  xz: () => (/* reexport */ EmptyConfigError),
  Wd: () => (/* reexport */ FileUnreadableError),
  a6: () => (/* reexport */ InvalidJsonError),
  Tw: () => (/* reexport */ InvalidNameError),
  Sh: () => (/* reexport */ ManifestError),
  FY: () => (/* reexport */ OrchBackupError),
  $0: () => (/* reexport */ PatchApplyError),
  GN: () => (/* reexport */ SettingsError),
  VF: () => (/* reexport */ StoreBusyError),
  NW: () => (/* reexport */ StoreWriteError),
  cZ: () => (/* reexport */ describeErrno),
  UQ: () => (/* reexport */ errnoOf)
});

// UNUSED EXPORTS: ArchiveRejectedError, ArtifactExpiredError, ArtifactNotFoundError, ConfigChangedError, ConfirmationRequiredError, DangerousCleanError, DurationError, EmptyPolicyError, ExitCode, FileNotInBackupError, FixConflictError, GitError, GitHubPermissionError, HookConflictError, LIBRARY_REMEDIES, LockHeldError, NoConfigDirError, OutputExistsError, RestoreRecoveryError, RestoreRefusedError, RestoreRolledBackError, UnknownRevisionError, UsageError, describeError, describeLockHolder, remedyFor, whenInvalidJsonArchive, whenMissingConfigDir

;// CONCATENATED MODULE: ./lib/errors/base.js
/**
 * The base of every failure the tool reports on purpose. Each carries a stable `code` (for
 * `--json` and scripts), the exit code the CLI uses, and the data that explains it, so the
 * edges never have to parse a message. Messages state what happened; what to do about it
 * depends on the edge (a CLI flag, an Action input, a library option) and is added there
 * (see remedy.ts).
 */
const ExitCode = {
    ok: 0,
    failed: 1,
    usage: 2,
    busy: 3,
};
/** Own properties that are not the error's data. */
const NOT_DATA = new Set(['code', 'exitCode', 'name', 'message', 'stack', 'cause']);
class OrchBackupError extends Error {
    exitCode = ExitCode.failed;
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
    /** The fields the error carries (its constructor's `readonly` parameters), without code and message. */
    data() {
        return Object.fromEntries(Object.entries(this).filter(([key, value]) => !NOT_DATA.has(key) && value !== undefined));
    }
    toJSON() {
        return { code: this.code, message: this.message, ...this.data() };
    }
}
function describeErrno(errno) {
    switch (errno) {
        case 'ENOSPC':
            return 'no space left on device';
        case 'EDQUOT':
            return 'disk quota exceeded';
        case 'EROFS':
            return 'read-only file system';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'EFBIG':
            return 'file too large for this file system or limit';
        default:
            return errno ? `write failed (${errno})` : 'write failed';
    }
}
function errnoOf(error) {
    return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
        ? error.code
        : undefined;
}
function truncate(text, max) {
    return text.length > max ? `${text.slice(0, max)}…` : text;
}

;// CONCATENATED MODULE: ./lib/errors/input.js

// Errors in what the caller asked for: arguments, names, settings, the config dir and its files.
/** A request that cannot be carried out as given (a malformed argument, input or option). */
class UsageError extends OrchBackupError {
    code = 'USAGE';
    exitCode = ExitCode.usage;
}
/** A backup name that cannot be a directory in the store, or is reserved. */
class InvalidNameError extends OrchBackupError {
    backupName;
    reason;
    code = 'INVALID_NAME';
    exitCode = ExitCode.usage;
    constructor(backupName, reason) {
        super(`invalid backup name ${JSON.stringify(truncate(backupName, 60))}: ${reason}`);
        this.backupName = backupName;
        this.reason = reason;
    }
}
/** A duration text that cannot be parsed. Exit code 2, like every usage error. */
class DurationError extends UsageError {
    input;
    problem;
    constructor(input, problem) {
        super(`invalid duration ${JSON.stringify(input)}: ${problem} (expected e.g. 7d, 1m, 1y2m3d4h)`);
        this.input = input;
        this.problem = problem;
    }
}
/** A destructive operation was asked for where nobody can confirm it. */
class ConfirmationRequiredError extends OrchBackupError {
    action;
    code = 'CONFIRMATION_REQUIRED';
    exitCode = ExitCode.usage;
    constructor(action) {
        super(`${action} needs confirmation`);
        this.action = action;
    }
}
/** The settings file is not valid JSON or holds an unknown or mistyped setting. */
class SettingsError extends OrchBackupError {
    file;
    problem;
    code = 'SETTINGS_INVALID';
    exitCode = ExitCode.usage;
    constructor(file, problem) {
        super(`invalid settings in ${file}: ${problem}`);
        this.file = file;
        this.problem = problem;
    }
}
/** A retention policy that keeps nothing: applied, it would delete every backup. */
class EmptyPolicyError extends OrchBackupError {
    code = 'POLICY_EMPTY';
    exitCode = ExitCode.usage;
    constructor() {
        super('the retention policy is empty and would delete every backup');
    }
}
/** The config directory is missing, or is not a directory. */
class ConfigDirNotFoundError extends OrchBackupError {
    configDir;
    reason;
    code = 'CONFIG_DIR_NOT_FOUND';
    constructor(configDir, reason) {
        super(reason === 'missing' ? `config directory not found: ${configDir}` : `config path is not a directory: ${configDir}`);
        this.configDir = configDir;
        this.reason = reason;
    }
}
/** The config directory holds no file the include patterns match. */
class EmptyConfigError extends OrchBackupError {
    configDir;
    include;
    code = 'CONFIG_EMPTY';
    constructor(configDir, include) {
        super(`no configuration files in ${configDir} (looked for ${include.join(', ')}); nothing to back up`);
        this.configDir = configDir;
        this.include = include;
    }
}
/** A file changed while it was read for a backup; nothing was stored. */
class ConfigChangedDuringBackupError extends OrchBackupError {
    file;
    code = 'CONFIG_CHANGED_DURING_BACKUP';
    constructor(file) {
        super(`${file} changed while it was being backed up; nothing was stored: run the backup again`);
        this.file = file;
    }
}
/** A config file could not be read (permissions, or it vanished). */
class FileUnreadableError extends OrchBackupError {
    file;
    errno;
    code = 'FILE_UNREADABLE';
    constructor(file, errno, options) {
        super(`cannot read ${file}${errno ? ` (${errno})` : ''}: check its permissions`, options);
        this.file = file;
        this.errno = errno;
    }
}
/** A config file is not JSON; backing it up as it is takes an explicit choice (allow invalid). */
class InvalidJsonError extends OrchBackupError {
    file;
    line;
    column;
    problem;
    code = 'INVALID_JSON';
    constructor(file, line, column, problem) {
        super(`${file}:${line}:${column}: invalid JSON: ${problem}`);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }
}
/** `--since REF` names neither a backup nor (inside a git work tree) a revision. */
class UnknownRevisionError extends OrchBackupError {
    ref;
    insideGit;
    code = 'UNKNOWN_REVISION';
    exitCode = ExitCode.usage;
    constructor(ref, insideGit) {
        const shown = ref.length > 80 ? `${ref.slice(0, 80)}…` : ref;
        super(`${JSON.stringify(shown)} is neither a backup${insideGit ? ' nor a git revision' : ' (and this is not a git work tree, so it cannot be a revision)'}`);
        this.ref = ref;
        this.insideGit = insideGit;
    }
}
/**
 * No config dir to work on, for a command that reads one: run from the wrong directory, or
 * given a path that does not exist. A usage error, so a cron job in the wrong place fails.
 */
class NoConfigDirError extends OrchBackupError {
    source;
    code = 'NO_CONFIG_DIR';
    exitCode = ExitCode.usage;
    constructor(source) {
        super(source.kind === 'given'
            ? `config directory ${source.configDir} does not exist (given by ${source.by})`
            : `no ${source.lookedFor} found in ${source.from}${source.stoppedAt === source.from ? '' : ` or any parent up to ${source.stoppedAt}`} (${source.stoppedKind === 'repository' ? 'the repository root' : 'the file system root'})`);
        this.source = source;
    }
}
/** `hook install` will not take over git's hooks from another hook manager or a hooks directory of the user's. */
class HookConflictError extends OrchBackupError {
    hooksPath;
    line;
    code = 'HOOK_CONFLICT';
    constructor(hooksPath, 
    /** The line that runs orch-backup's hook, for the user to add to their own pre-commit. */
    line) {
        super(`not installed: git's core.hooksPath is already ${JSON.stringify(hooksPath)} (another hook manager or your own hooks), which husky would replace; add this line to the pre-commit hook there instead: ${line}`);
        this.hooksPath = hooksPath;
        this.line = line;
    }
}

;// CONCATENATED MODULE: ./lib/errors/store.js

/** `process 123 on host "ci-7" (create, since 2026-01-02T03:04:05Z)`: who holds a lock, for messages. */
function describeLockHolder(holder) {
    if (typeof holder.pid !== 'number')
        return 'an unknown process';
    const cut = (text, max) => (text.length > max ? `${text.slice(0, max)}…` : text);
    const details = [holder.command, holder.acquiredAt ? `since ${holder.acquiredAt}` : undefined].filter(Boolean).join(', ');
    return `process ${holder.pid} on host ${JSON.stringify(cut(String(holder.hostname ?? 'unknown'), 60))}${details ? ` (${cut(details, 80)})` : ''}`;
}
/** `unlock` found a lock whose holder may still be running. */
class LockHeldError extends OrchBackupError {
    lockPath;
    holder;
    reason;
    code = 'LOCK_HELD';
    exitCode = ExitCode.busy;
    constructor(lockPath, holder, reason) {
        super(`${lockPath} is held by ${describeLockHolder(holder)}, which may still be running (${reason}); nothing was removed`);
        this.lockPath = lockPath;
        this.holder = holder;
        this.reason = reason;
    }
}
/** Another process holds the store lock for longer than the lock timeout. */
class StoreBusyError extends OrchBackupError {
    lockPath;
    holder;
    waitedMs;
    code = 'STORE_BUSY';
    exitCode = ExitCode.busy;
    constructor(lockPath, holder, waitedMs) {
        super(`store is busy: ${describeLockHolder(holder)} holds ${lockPath}; waited ${(waitedMs / 1000).toFixed(1)} s`);
        this.lockPath = lockPath;
        this.holder = holder;
        this.waitedMs = waitedMs;
    }
}
/** A backup of that name exists; backups are never overwritten. */
class BackupExistsError extends OrchBackupError {
    backupName;
    code = 'BACKUP_EXISTS';
    constructor(backupName) {
        super(`backup ${JSON.stringify(backupName)} already exists; backups are never overwritten: choose another name`);
        this.backupName = backupName;
    }
}
/** No backup of that name in the store. */
class BackupNotFoundError extends OrchBackupError {
    backupName;
    backupDir;
    suggestions;
    code = 'BACKUP_NOT_FOUND';
    constructor(backupName, backupDir, 
    /** Existing backups with similar names, best first (at most a few). */
    suggestions = []) {
        super(`no backup named ${JSON.stringify(backupName)} in ${backupDir}${didYouMean(suggestions)}`);
        this.backupName = backupName;
        this.backupDir = backupDir;
        this.suggestions = suggestions;
    }
}
/** `cat <name> <path>`: the backup has no file at that path. */
class FileNotInBackupError extends OrchBackupError {
    backupName;
    path;
    fileCount;
    suggestions;
    code = 'FILE_NOT_IN_BACKUP';
    constructor(backupName, path, fileCount, 
    /** The backup's paths closest to `path`, best first (at most a few). */
    suggestions = []) {
        super(`backup ${JSON.stringify(backupName)} has no file ${JSON.stringify(truncate(path, 80))}` +
            (suggestions.length > 0 ? didYouMean(suggestions) : ` (it has ${fileCount} file${fileCount === 1 ? '' : 's'})`));
        this.backupName = backupName;
        this.path = path;
        this.fileCount = fileCount;
        this.suggestions = suggestions;
    }
}
/** A clean would delete every manual backup, or every backup but the newest, and nobody confirmed it. */
class DangerousCleanError extends OrchBackupError {
    allManual;
    allButNewest;
    code = 'CLEAN_NEEDS_FORCE';
    exitCode = ExitCode.usage;
    constructor(
    /** How many manual backups it would delete: all of them. */
    allManual, 
    /** How many it would delete, keeping only the newest. */
    allButNewest) {
        const what = [
            allManual !== undefined ? `every manual backup (${allManual})` : '',
            allButNewest !== undefined ? `every backup but the newest (${allButNewest})` : '',
        ].filter(Boolean);
        super(`clean would delete ${what.join(' and ')}; nothing was deleted`);
        this.allManual = allManual;
        this.allButNewest = allButNewest;
    }
}
/** ` (did you mean "a" or "b"?)`, or '' when there is nothing close. */
function didYouMean(suggestions) {
    if (suggestions.length === 0)
        return '';
    const quoted = suggestions.map((s) => JSON.stringify(s));
    const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
    return ` (did you mean ${list}?)`;
}
/** The backup directory is not usable (not a directory, unreadable, not writable). */
class BackupDirError extends OrchBackupError {
    backupDir;
    problem;
    code = 'BACKUP_DIR_INVALID';
    constructor(backupDir, problem) {
        super(`backup directory ${backupDir} ${problem}`);
        this.backupDir = backupDir;
        this.problem = problem;
    }
}
/** A backup's manifest is missing, unparsable, or fails its checksum. */
class ManifestError extends OrchBackupError {
    backupName;
    problem;
    code = 'MANIFEST_INVALID';
    constructor(backupName, problem) {
        super(`backup ${JSON.stringify(backupName)} has an unusable manifest: ${problem}`);
        this.backupName = backupName;
        this.problem = problem;
    }
}
/** A backup's stored copies do not match their checksums, or are missing. */
class BackupDamagedError extends OrchBackupError {
    backupName;
    problems;
    code = 'BACKUP_DAMAGED';
    constructor(backupName, problems) {
        super(`backup ${JSON.stringify(backupName)} is damaged: ${problems.slice(0, 3).join('; ')}` +
            (problems.length > 3 ? ` (+${problems.length - 3} more)` : ''));
        this.backupName = backupName;
        this.problems = problems;
    }
}
/** A write into the store failed (disk full, read-only, permissions); nothing was kept. */
class StoreWriteError extends OrchBackupError {
    target;
    errno;
    code = 'STORE_WRITE_FAILED';
    constructor(target, errno, options) {
        super(`${describeErrno(errno)} while writing ${target}; nothing was saved and the config is untouched`, options);
        this.target = target;
        this.errno = errno;
    }
}

;// CONCATENATED MODULE: ./lib/errors/operations.js

// Errors of restore, export/import, git and patches.
/** Restoring this backup would put configs in place that do not validate. */
class RestoreRefusedError extends OrchBackupError {
    backupName;
    reason;
    validationErrors;
    code = 'RESTORE_REFUSED';
    constructor(backupName, reason, validationErrors) {
        super(`refusing to restore ${JSON.stringify(backupName)}: its content has ${validationErrors} validation error(s)`);
        this.backupName = backupName;
        this.reason = reason;
        this.validationErrors = validationErrors;
    }
}
/** The config changed between planning and applying a restore; nothing was restored. */
class ConfigChangedError extends OrchBackupError {
    files;
    code = 'CONFIG_CHANGED';
    constructor(files) {
        super(`the config changed while the restore was being planned (${files.slice(0, 3).join(', ')}); nothing was restored: run the restore again`);
        this.files = files;
    }
}
/** A restore was applied, its result did not validate, and the config was put back as it was. */
class RestoreRolledBackError extends OrchBackupError {
    backupName;
    validationErrors;
    code = 'RESTORE_ROLLED_BACK';
    constructor(backupName, validationErrors) {
        super(`the configs restored from ${JSON.stringify(backupName)} did not validate (${validationErrors} error(s)), so they were rolled back`);
        this.backupName = backupName;
        this.validationErrors = validationErrors;
    }
}
/** An interrupted restore cannot be finished: a file it had staged is gone. */
class RestoreRecoveryError extends OrchBackupError {
    file;
    code = 'RESTORE_UNRECOVERABLE';
    constructor(file) {
        super(`cannot finish the interrupted restore: staged copy of ${file} is gone`);
        this.file = file;
    }
}
/** An archive that cannot be imported as it is; nothing was written into the store. */
class ArchiveRejectedError extends OrchBackupError {
    archive;
    reason;
    detail;
    entry;
    code = 'ARCHIVE_REJECTED';
    constructor(archive, reason, detail, entry) {
        super(`cannot import ${archive}: ${detail}; nothing was imported`);
        this.archive = archive;
        this.reason = reason;
        this.detail = detail;
        this.entry = entry;
    }
}
/** The export target exists; an export never overwrites a file. */
class OutputExistsError extends OrchBackupError {
    file;
    code = 'OUTPUT_EXISTS';
    constructor(file) {
        super(`${file} already exists; an export never overwrites a file: remove it or choose another output path`);
        this.file = file;
    }
}
/** A git command the hook or the Action runs failed. */
class GitError extends OrchBackupError {
    args;
    stderr;
    code = 'GIT_FAILED';
    constructor(args, stderr) {
        super(`git ${args[0] ?? ''} failed: ${stderr.trim().split('\n')[0] || 'unknown error'}`);
        this.args = args;
        this.stderr = stderr;
    }
}
/** A patch operation that does not apply to the document it was given. */
class PatchApplyError extends OrchBackupError {
    operation;
    reason;
    code = 'PATCH_NOT_APPLICABLE';
    constructor(operation, reason) {
        super(`${operation.op} ${operation.path}: ${reason}`);
        this.operation = operation;
        this.reason = reason;
    }
}
/** A reference to rewrite no longer holds what the judgement saw: the file changed in between. */
class FixConflictError extends OrchBackupError {
    file;
    pointer;
    code = 'FIX_CONFLICT';
    constructor(file, pointer) {
        super(`${file} changed while it was being fixed (${pointer} no longer holds the old id); nothing was written to it`);
        this.file = file;
        this.pointer = pointer;
    }
}

;// CONCATENATED MODULE: ./lib/errors/github.js

// Errors only the GitHub Action meets: artifacts and repository permissions.
/** No backup artifact of that name, or the artifact holds no backup. */
class ArtifactNotFoundError extends OrchBackupError {
    artifactName;
    reason;
    runId;
    code = 'ARTIFACT_NOT_FOUND';
    constructor(artifactName, 
    /** `missing`: no artifact has the name; `no-archive`: the artifact holds no backup. */
    reason, runId) {
        super(reason === 'missing'
            ? `no backup artifact named ${JSON.stringify(artifactName)}${runId ? ` in run ${runId}` : ' in this repository'}`
            : `artifact ${JSON.stringify(artifactName)} holds no .tar.gz backup: it was not made by orchestration-backup`);
        this.artifactName = artifactName;
        this.reason = reason;
        this.runId = runId;
    }
}
/** The backup artifact has expired: GitHub no longer keeps its content. */
class ArtifactExpiredError extends OrchBackupError {
    artifactName;
    expiresAt;
    code = 'ARTIFACT_EXPIRED';
    constructor(artifactName, expiresAt) {
        super(`backup artifact ${JSON.stringify(artifactName)} has expired${expiresAt ? ` (on ${expiresAt})` : ''}: GitHub no longer keeps its content`);
        this.artifactName = artifactName;
        this.expiresAt = expiresAt;
    }
}
/** The workflow's token may not open pull requests; the branch was pushed all the same. */
class GitHubPermissionError extends OrchBackupError {
    branch;
    code = 'GITHUB_FORBIDDEN';
    constructor(branch) {
        super(`GitHub Actions may not create pull requests in this repository (branch ${branch} was pushed)`);
        this.branch = branch;
    }
}

;// CONCATENATED MODULE: ./lib/errors/remedy.js
function remedyFor(error, remedies) {
    const remedy = remedies[error.code];
    return typeof remedy === 'function' ? remedy(error) : remedy;
}
/** The error's message followed by the edge's remedy, if it has one. */
function describeError(error, remedies) {
    const remedy = remedyFor(error, remedies);
    return remedy ? `${error.message}: ${remedy}` : error.message;
}
const whenMissingConfigDir = (remedy) => (error) => error.reason === 'missing' ? remedy : undefined;
const whenInvalidJsonArchive = (remedy) => (error) => error.reason === 'invalid-json' ? remedy : undefined;
/** The remedies in the library's terms: the options of its functions. */
const LIBRARY_REMEDIES = {
    STORE_BUSY: 'try again when it finishes, or raise the lockTimeoutMs option',
    CONFIG_DIR_NOT_FOUND: whenMissingConfigDir('pass the configDir option'),
    INVALID_JSON: 'fix it, or pass allowInvalid: true to back it up as it is',
    RESTORE_REFUSED: 'pass force: true to restore it anyway',
    ARCHIVE_REJECTED: whenInvalidJsonArchive('pass allowInvalid: true to import it as it is'),
    POLICY_EMPTY: 'give the policy at least one keep rule',
};

;// CONCATENATED MODULE: ./lib/errors/index.js
/**
 * Every failure the tool reports on purpose is one of these classes; docs/ERRORS.md lists
 * them (generated: npm run docs:errors).
 */








/***/ }),

/***/ 1589:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ RestoreObstacleError),
/* harmony export */   DS: () => (/* binding */ JournalKeyError),
/* harmony export */   F1: () => (/* binding */ RestoreStuckError),
/* harmony export */   Y7: () => (/* binding */ JournalRejectedError),
/* harmony export */   c9: () => (/* binding */ JournalOfOtherUserError)
/* harmony export */ });
/* unused harmony export RestoreMoveFailedError */
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5150);

const OBSTACLE_TEXT = {
    'mount-point': 'is a mount point (a bind-mounted file or a file system mounted there), so nothing can be moved in or out of it: unmount it first',
    'other-file-system': 'is on another file system than the config dir, so files cannot be moved into it atomically',
    'not-writable': 'is not writable',
    'directory-in-place-of-file': 'is a directory where the backup has a file: move it away first',
    'file-in-place-of-directory': 'is a file where the backup has a directory: move it away first',
    'symlinked-directory': 'is a symlink to a directory: restore never writes through a symlink, replace it with a real directory first',
    'not-a-regular-file': 'is not a regular file (a FIFO, socket or device): move it away first',
    'owned-path': "belongs to the tool itself (its settings, store or restore scratch), never to a backup's content",
    'unsafe-path': 'is not a safe relative path (absolute, "..", or an empty segment)',
};
/** A restore target that cannot take its file; the restore is refused before anything moves. */
class RestoreObstacleError extends _index_js__WEBPACK_IMPORTED_MODULE_0__/* .OrchBackupError */ .FY {
    backupName;
    path;
    reason;
    errno;
    code = 'RESTORE_OBSTACLE';
    constructor(backupName, path, reason, errno) {
        const text = reason === 'not-writable' && errno ? `is not writable (${(0,_index_js__WEBPACK_IMPORTED_MODULE_0__/* .describeErrno */ .cZ)(errno)})` : OBSTACLE_TEXT[reason];
        super(`refusing to restore ${JSON.stringify(backupName)}: ${JSON.stringify(path)} ${text}; nothing was changed`);
        this.backupName = backupName;
        this.path = path;
        this.reason = reason;
        this.errno = errno;
    }
    toJSON() {
        return { ...super.toJSON(), path: this.path, reason: this.reason };
    }
}
/** A move failed midway (after every check passed) and everything already moved was put back. */
class RestoreMoveFailedError extends _index_js__WEBPACK_IMPORTED_MODULE_0__/* .OrchBackupError */ .FY {
    backupName;
    path;
    errno;
    code = 'RESTORE_MOVE_FAILED';
    constructor(backupName, path, errno, options) {
        super(`restoring ${JSON.stringify(backupName)} failed while moving ${JSON.stringify(path)} (${(0,_index_js__WEBPACK_IMPORTED_MODULE_0__/* .describeErrno */ .cZ)(errno)}); ` +
            'every file already moved was put back: the config is exactly as it was', options);
        this.backupName = backupName;
        this.path = path;
        this.errno = errno;
    }
}
/**
 * An interrupted restore that could neither be finished nor rolled back: the config is mixed,
 * and the journal and the files set aside are kept so that `orch-backup recover` can end it.
 */
class RestoreStuckError extends _index_js__WEBPACK_IMPORTED_MODULE_0__/* .OrchBackupError */ .FY {
    backupName;
    configDir;
    stagingDir;
    attempts;
    code = 'RESTORE_INTERRUPTED';
    constructor(backupName, configDir, stagingDir, attempts) {
        const tried = attempts.map((a) => `${a.direction === 'finish' ? 'finishing' : 'rolling back'} failed at ${JSON.stringify(a.path)} (${(0,_index_js__WEBPACK_IMPORTED_MODULE_0__/* .describeErrno */ .cZ)(a.errno)})`).join('; ');
        super(`the restore of ${JSON.stringify(backupName)} into ${configDir} is unfinished: ${tried}. ` +
            `The config is mixed; both versions are kept in ${stagingDir}. Fix the cause, then run ` +
            '`orch-backup recover --rollback` (back to the config before the restore) or `orch-backup recover --finish` (complete the restore)');
        this.backupName = backupName;
        this.configDir = configDir;
        this.stagingDir = stagingDir;
        this.attempts = attempts;
    }
}
/** A restore journal this store did not write (planted or edited): it is never executed. */
class JournalRejectedError extends _index_js__WEBPACK_IMPORTED_MODULE_0__/* .OrchBackupError */ .FY {
    file;
    problem;
    movedTo;
    code = 'JOURNAL_REJECTED';
    constructor(file, problem, movedTo) {
        super(`ignored the restore journal ${file}: ${problem}; nothing in it was executed` +
            (movedTo ? ` (kept as ${movedTo} for inspection)` : ''));
        this.file = file;
        this.problem = problem;
        this.movedTo = movedTo;
    }
}
/** The key that authenticates restore journals is not private to the user running the tool. */
class JournalKeyError extends _index_js__WEBPACK_IMPORTED_MODULE_0__/* .OrchBackupError */ .FY {
    file;
    problem;
    ownerUid;
    code = 'JOURNAL_KEY_UNTRUSTED';
    constructor(file, problem, 
    /** Set when the key is another user's: their journals can be neither checked nor dropped by this one. */
    ownerUid) {
        super(`cannot trust ${file}: ${problem}; remove it if you did not create it (a new one is made by the next restore)`);
        this.file = file;
        this.problem = problem;
        this.ownerUid = ownerUid;
    }
}
/**
 * A restore journal signed with another user's key: this user can neither check nor execute it,
 * and does not drop it either (it may be that user's interrupted restore).
 */
class JournalOfOtherUserError extends _index_js__WEBPACK_IMPORTED_MODULE_0__/* .OrchBackupError */ .FY {
    file;
    keyFile;
    ownerUid;
    code = 'RESTORE_INTERRUPTED_OTHER_USER';
    constructor(file, keyFile, ownerUid) {
        super(`a restore journal ${file} is signed with the key of uid ${ownerUid}, so only that user can end it: ` +
            `run \`orch-backup recover\` as uid ${ownerUid}; if nobody knows that user, remove ${file} and ${keyFile}`);
        this.file = file;
        this.keyFile = keyFile;
        this.ownerUid = ownerUid;
    }
}


/***/ }),

/***/ 7180:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runClaudeHook: () => (/* binding */ runClaudeHook)
});

// EXTERNAL MODULE: ./lib/errors/index.js + 6 modules
var errors = __webpack_require__(5150);
// EXTERNAL MODULE: ./lib/core/create/create.js + 3 modules
var create = __webpack_require__(4373);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/core/claude/state.js
/**
 * Which backup holds the config as it was when PreToolUse ran, kept for the PostToolUse call of
 * the same tool use: one small file per tool use in the store's `.claude-code/` folder (a name
 * starting with "." is never taken for a backup).
 */


const STATE_DIR = '.claude-code';
/** Tool uses whose PostToolUse never came (a killed session) leave a file; a day is plenty. */
const STALE_MS = 24 * 60 * 60 * 1000;
function stateFile(backupDir, use) {
    const safe = (s, fallback) => (s ? s.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 100) : fallback);
    return external_node_path_.join(backupDir, STATE_DIR, `${safe(use.sessionId, 'no-session')}--${safe(use.toolUseId, 'last')}.json`);
}
async function recordPreEditBackup(backupDir, use, backup, now = new Date()) {
    const dir = external_node_path_.join(backupDir, STATE_DIR);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const file = stateFile(backupDir, use);
    const temp = `${file}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(temp, `${JSON.stringify({ backup, at: now.toISOString() })}\n`);
    await (0,promises_.rename)(temp, file);
    await removeStale(dir, now).catch(() => undefined);
}
/** The backup PreToolUse recorded for this tool use (and forgets it), or undefined. */
async function takePreEditBackup(backupDir, use) {
    const file = stateFile(backupDir, use);
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        return undefined;
    }
    await (0,promises_.rm)(file, { force: true });
    try {
        const value = JSON.parse(text);
        return typeof value.backup === 'string' ? value.backup : undefined;
    }
    catch {
        return undefined;
    }
}
async function removeStale(dir, now) {
    for (const name of await (0,promises_.readdir)(dir)) {
        const file = external_node_path_.join(dir, name);
        const info = await (0,promises_.stat)(file).catch(() => undefined);
        if (info && now.getTime() - info.mtimeMs > STALE_MS)
            await (0,promises_.rm)(file, { force: true });
    }
}

;// CONCATENATED MODULE: ./lib/core/claude/before-edit.js



/**
 * PreToolUse on a config edit: a verified backup of the config as it is now (none when the newest
 * backup already holds exactly this content), remembered for the PostToolUse of the same tool use.
 */
async function backupBeforeEdit(options) {
    const description = describeEdit(options.target);
    let result;
    try {
        result = await (0,create/* createBackup */.d)({
            configDir: options.configDir,
            backupDir: options.backupDir,
            settings: options.settings,
            lockTimeoutMs: options.lockTimeoutMs,
            trigger: 'claude-code',
            description,
            // A config that is already broken is exactly what must be kept before it changes again.
            allowInvalid: true,
            // The newest backup only: a store fills with one backup per edit, and checking every
            // manifest on each edit would make the hook slower the longer Claude works.
            skipIfUnchanged: true,
            ...(options.now ? { now: options.now } : {}),
        });
    }
    catch (error) {
        // Claude is about to create the first config file: there is nothing to back up yet.
        if (error instanceof errors/* ConfigDirNotFoundError */.D5)
            return { status: 'no-config', reason: 'missing' };
        if (error instanceof errors/* EmptyConfigError */.xz)
            return { status: 'no-config', reason: 'empty' };
        throw error;
    }
    const backup = result.created ? result.name : result.unchangedSince;
    await recordPreEditBackup(options.backupDir, options, backup, options.now);
    return result.created ? { status: 'backed-up', backup, description } : { status: 'already-stored', backup };
}
/** "before Claude Code Edit of teams.json" / "before Claude Code Bash: sed -i … teams.json". */
function describeEdit(target) {
    if (target.kind === 'file')
        return `before Claude Code ${target.tool} of ${target.file}`;
    const command = target.command.replace(/\s+/g, ' ').trim();
    return `before Claude Code Bash: ${command.length > 120 ? `${command.slice(0, 119)}…` : command}`;
}

;// CONCATENATED MODULE: ./lib/core/agents/front-matter.js

const OPENING = /^\uFEFF?---[ \t]*$/;
const CLOSING = /^(---|\.\.\.)[ \t]*$/;
/**
 * The agents a set of definition files defines. Problems in a file's front matter become
 * findings, never exceptions, and the file still defines the agent named by its stem: one bad
 * file should not also turn every reference to its agent into an "unknown agent".
 */
async function agentDefinitionsFrom(dir, files) {
    const definitions = [];
    const problems = [];
    // The YAML parser is loaded only when some file has front matter: the pre-commit hook pays
    // for every module it loads.
    let yaml;
    for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
        const file = external_node_path_.posix.join(dir, f.path);
        const stem = external_node_path_.posix.basename(f.path).replace(/\.md$/i, '');
        const lines = f.text.split(/\r?\n/);
        if (!OPENING.test(lines[0] ?? '')) {
            definitions.push({ name: stem, file });
            continue;
        }
        const close = lines.findIndex((line, i) => i > 0 && CLOSING.test(line));
        if (close === -1) {
            problems.push({ kind: 'front-matter', file, line: 1, column: 1, message: 'front matter opened with "---" is never closed: Claude Code cannot read its name' });
            definitions.push({ name: stem, file });
            continue;
        }
        yaml ??= await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
        const found = readName(yaml, lines.slice(1, close).join('\n'));
        if ('problem' in found) {
            // Front matter starts on the file's second line.
            problems.push({ kind: 'front-matter', file, ...(found.line ? { line: found.line + 1, column: found.column ?? 1 } : {}), message: found.problem });
            definitions.push({ name: stem, file });
        }
        else if (found.name === undefined)
            definitions.push({ name: stem, file });
        else
            definitions.push({ name: found.name, file, line: found.line + 1 });
    }
    return { dir, exists: true, definitions, problems };
}
/** `name:` from front matter text; lines counted from 1 within that text. */
function readName(yaml, text) {
    const lineCounter = new yaml.LineCounter();
    const doc = yaml.parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
    const error = doc.errors[0];
    if (error) {
        const at = error.linePos?.[0];
        const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code;
        return { problem: `front matter is not valid YAML: ${reason}`, ...(at ? { line: at.line, column: at.col } : {}) };
    }
    if (doc.contents === null)
        return {};
    if (!yaml.isMap(doc.contents))
        return { problem: 'front matter is not a map of fields (name:, description:, …)', line: 1, column: 1 };
    const node = doc.contents.get('name', true);
    if (node === undefined)
        return {};
    const place = node.range ? lineCounter.linePos(node.range[0]) : { line: 1, col: 1 };
    const value = yaml.isScalar(node) ? node.value : undefined;
    if (typeof value === 'string' && value.trim() !== '')
        return { name: value.trim(), line: place.line };
    return { problem: '"name:" must be a non-empty text', line: place.line, column: place.col };
}

;// CONCATENATED MODULE: ./lib/core/agents/read-disk.js




/**
 * Reads the agent definition files (`**\/*.md`) under the agents directory on disk. Undefined
 * when the setting turns them off; `exists: false` when there is no such directory.
 */
async function readAgentDefinitions(options) {
    if (options.agentsDir === false)
        return undefined;
    const root = external_node_path_.resolve(options.configDir, options.agentsDir);
    const dir = external_node_path_.relative(external_node_path_.resolve(options.configDir), root).split(external_node_path_.sep).join('/') || '.';
    const isDir = await (0,promises_.stat)(root).then((s) => s.isDirectory(), () => false);
    if (!isDir)
        return { dir, exists: false, definitions: [], problems: [] };
    const files = [];
    const unreadable = [];
    const cannotRead = (relative, error, what, consequence) => void unreadable.push({ kind: 'unreadable', file: external_node_path_.posix.join(dir, relative), message: `cannot read ${what} (${(0,errors/* errnoOf */.UQ)(error) ?? String(error)}): ${consequence}` });
    for (const relative of await listMarkdown(root, (folder, error) => cannotRead(folder, error, 'this folder', 'the agent files in it were not checked'))) {
        try {
            files.push({ path: relative, text: await (0,promises_.readFile)(external_node_path_.join(root, relative), 'utf8') });
        }
        catch (error) {
            cannotRead(relative, error, 'this agent file', 'Claude Code cannot load it either');
        }
    }
    const set = await agentDefinitionsFrom(dir, files);
    return { ...set, problems: [...unreadable, ...set.problems] };
}
/**
 * Every `.md` file below `root`, relative to it. A symlink counts when it points at a file;
 * symlinked directories are not entered, so a link cycle cannot make the walk endless.
 */
async function listMarkdown(root, unreadable) {
    const found = [];
    const pending = [''];
    for (let relative = pending.pop(); relative !== undefined; relative = pending.pop()) {
        let entries;
        try {
            entries = await (0,promises_.readdir)(external_node_path_.join(root, relative), { withFileTypes: true });
        }
        catch (error) {
            unreadable(relative, error);
            continue;
        }
        for (const entry of entries) {
            const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
            if (entry.isDirectory())
                pending.push(child);
            else if (!entry.name.toLowerCase().endsWith('.md'))
                continue;
            else if (entry.isFile())
                found.push(child);
            else if (entry.isSymbolicLink() && (await (0,promises_.stat)(external_node_path_.join(root, child)).then((s) => s.isFile(), () => false)))
                found.push(child);
        }
    }
    return found.sort();
}

;// CONCATENATED MODULE: ./lib/core/agents/index.js



// EXTERNAL MODULE: ./lib/core/config/snapshot.js
var snapshot = __webpack_require__(936);
// EXTERNAL MODULE: ./lib/core/inspect/backup-files.js
var backup_files = __webpack_require__(8478);
// EXTERNAL MODULE: ./lib/core/store/store.js + 2 modules
var store = __webpack_require__(4703);
// EXTERNAL MODULE: ./lib/core/util/json.js
var json = __webpack_require__(3044);
// EXTERNAL MODULE: ./lib/core/diff/values.js
var diff_values = __webpack_require__(793);
;// CONCATENATED MODULE: ./lib/core/diff/apply.js



const ARRAY_INDEX = /^(0|[1-9][0-9]*)$/;
function segmentsOf(pointer, fail) {
    if (pointer === '')
        return [];
    if (!pointer.startsWith('/'))
        fail(`not a JSON pointer: ${JSON.stringify(pointer)}`);
    return pointer.slice(1).split('/').map(json/* unescapePointerSegment */.J5);
}
function setOwn(object, key, value) {
    // defineProperty, not assignment: a `__proto__` key must stay data, not change the prototype.
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}
/**
 * Strict RFC 6902 application, returning a new document (the input is not modified). It is
 * the differ's own check that a generated patch reproduces its target.
 */
function applyJsonPatch(document, patch) {
    let root = (0,diff_values/* cloneJson */.Y7)(document);
    for (const operation of patch) {
        const fail = (reason) => {
            throw new errors/* PatchApplyError */.$0(operation, reason);
        };
        const resolve = (pointer) => {
            let node = root;
            for (const segment of segmentsOf(pointer, fail)) {
                if (Array.isArray(node)) {
                    if (!ARRAY_INDEX.test(segment) || Number(segment) >= node.length)
                        fail(`no index ${segment} in ${pointer}`);
                    node = node[Number(segment)];
                }
                else if ((0,diff_values/* isPlainObject */.Qd)(node)) {
                    if (!(0,diff_values/* hasOwn */.$3)(node, segment))
                        fail(`no member ${JSON.stringify(segment)} in ${pointer}`);
                    node = node[segment];
                }
                else
                    fail(`${pointer} goes through a scalar`);
            }
            return node;
        };
        const parentOf = (pointer) => {
            const segments = segmentsOf(pointer, fail);
            const last = segments.pop();
            const parentPointer = segments.map((s) => `/${(0,json/* escapePointerSegment */.mE)(s)}`).join('');
            return { parent: resolve(parentPointer), last };
        };
        const add = (pointer, value) => {
            if (pointer === '') {
                root = value;
                return;
            }
            const { parent, last } = parentOf(pointer);
            if (Array.isArray(parent)) {
                if (last === '-')
                    parent.push(value);
                else if (ARRAY_INDEX.test(last) && Number(last) <= parent.length)
                    parent.splice(Number(last), 0, value);
                else
                    fail(`index ${last} out of range`);
            }
            else if ((0,diff_values/* isPlainObject */.Qd)(parent))
                setOwn(parent, last, value);
            else
                fail('parent is not a container');
        };
        const remove = (pointer) => {
            if (pointer === '')
                return fail('cannot remove the whole document');
            const value = resolve(pointer);
            const { parent, last } = parentOf(pointer);
            if (Array.isArray(parent))
                parent.splice(Number(last), 1);
            else
                delete parent[last];
            return value;
        };
        switch (operation.op) {
            case 'add':
                add(operation.path, (0,diff_values/* cloneJson */.Y7)(operation.value));
                break;
            case 'remove':
                remove(operation.path);
                break;
            case 'replace':
                resolve(operation.path);
                if (operation.path === '')
                    root = (0,diff_values/* cloneJson */.Y7)(operation.value);
                else {
                    const { parent, last } = parentOf(operation.path);
                    if (Array.isArray(parent))
                        parent[Number(last)] = (0,diff_values/* cloneJson */.Y7)(operation.value);
                    else
                        setOwn(parent, last, (0,diff_values/* cloneJson */.Y7)(operation.value));
                }
                break;
            case 'move':
                if (operation.path.startsWith(`${operation.from}/`))
                    fail('cannot move a value into itself');
                if (operation.from !== operation.path)
                    add(operation.path, remove(operation.from));
                else
                    resolve(operation.from);
                break;
            case 'copy':
                add(operation.path, (0,diff_values/* cloneJson */.Y7)(resolve(operation.from)));
                break;
            case 'test':
                if (!(0,diff_values/* deepEqual */.bD)(resolve(operation.path), operation.value))
                    fail('test failed');
                break;
            default:
                fail(`unknown operation ${JSON.stringify(operation.op)}`);
        }
    }
    return root;
}

// EXTERNAL MODULE: ./lib/core/util/fs.js
var fs = __webpack_require__(5637);
// EXTERNAL MODULE: ./lib/core/config/config-version.js
var config_version = __webpack_require__(4679);
// EXTERNAL MODULE: ./lib/core/diff/redact.js
var redact = __webpack_require__(7990);
;// CONCATENATED MODULE: ./lib/core/diff/words.js
/**
 * Kind words for entities: `teams` → "Team", `delegation_rules` → "Delegation rule",
 * members identified by `agent` → "Agent".
 */
// Identity fields that say nothing about what the item is; the container's name is better then.
const GENERIC_IDENTITY_FIELDS = new Set(['id', 'name', 'key', 'uuid', 'slug', 'title']);
function words(key) {
    return key
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .split(/[\s_.-]+/)
        .filter((w) => w !== '')
        .map((w) => w.toLowerCase());
}
function capitalized(list) {
    const text = list.join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
}
function singularWord(word) {
    if (/[^aeiou]ies$/.test(word))
        return `${word.slice(0, -3)}y`;
    if (/(ss|[^s]us|is)$/.test(word))
        return word;
    if (/(sses|ches|shes|xes|zes)$/.test(word))
        return word.slice(0, -2);
    if (word.endsWith('s') && word.length > 1)
        return word.slice(0, -1);
    return word;
}
function pluralWord(word) {
    if (/[^aeiou]y$/.test(word))
        return `${word.slice(0, -1)}ies`;
    if (/(s|x|z|ch|sh)$/.test(word))
        return `${word}es`;
    return `${word}s`;
}
function singularKind(key, fallback) {
    const list = key === null ? [] : words(key);
    const last = list.pop();
    if (last === undefined || /^\d+$/.test(last))
        return fallback;
    return capitalized([...list, singularWord(last)]);
}
/** Kind of the values of a keyed map, from the map's own key. */
function kindForMap(containerKey) {
    return singularKind(containerKey, 'Entry');
}
/** Kind of identified array items: a telling identity field wins over the array's key. */
function kindForArray(containerKey, identityField) {
    if (!GENERIC_IDENTITY_FIELDS.has(identityField.toLowerCase()))
        return singularKind(identityField, 'Item');
    return singularKind(containerKey, 'Item');
}
/** "agents", "delegation rules": the kind in lower case, plural. */
function pluralKind(kind) {
    const list = words(kind);
    const last = list.pop() ?? 'item';
    return [...list, pluralWord(last)].join(' ');
}
/** "1 team", "11 agents", "2 delegation rules". */
function countKind(count, kind) {
    const list = words(kind);
    const last = list.pop() ?? 'item';
    return `${count} ${[...list, count === 1 ? last : pluralWord(last)].join(' ')}`;
}

;// CONCATENATED MODULE: ./lib/core/diff/entities.js



/**
 * Changes between two JSON values as a reviewer names them: entities added, removed,
 * renamed, modified or reordered, and plain fields by pointer.
 */
function semanticChanges(from, to, options) {
    const walker = new ChangeWalker(options);
    walker.value(from, to, { from: '', to: '' }, options.rootKey, null);
    return walker.changes;
}
/**
 * A keyed map is a collection of entities when every value on both sides is an object:
 * `teams: {engineering: {…}}` is, `settings: {max: 5}` and `review_requirements: {code: […]}` are not.
 */
function isEntityMap(a, b) {
    const values = [...Object.values(a), ...Object.values(b)];
    return values.length > 0 && values.every(diff_values/* isPlainObject */.Qd);
}
function isIdentity(value) {
    return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}
/** The first identity field that every item on both sides has, unique within each side. */
function identityFieldOf(a, b, fields) {
    const items = [...a, ...b];
    if (items.length === 0 || !items.every(diff_values/* isPlainObject */.Qd))
        return undefined;
    const uniqueOn = (list, field) => new Set(list.map((item) => String(item[field]))).size === list.length;
    return fields.find((field) => items.every((item) => (0,diff_values/* hasOwn */.$3)(item, field) && isIdentity(item[field])) && uniqueOn(a, field) && uniqueOn(b, field));
}
/**
 * Pairs removed and added ids whose content (as given by `contentOf*`) is identical: those
 * are renames. Pairing is one-to-one, first come first served, in the order of `added`.
 */
function pairRenames(removed, added, contentOfRemoved, contentOfAdded) {
    const candidates = new Map();
    for (const id of removed) {
        const content = contentOfRemoved(id);
        candidates.set(content, [...(candidates.get(content) ?? []), id]);
    }
    const renames = new Map();
    for (const id of added) {
        const old = candidates.get(contentOfAdded(id))?.shift();
        if (old !== undefined)
            renames.set(old, id);
    }
    return renames;
}
function inverse(map) {
    return new Map([...map].map(([k, v]) => [v, k]));
}
function child(at, fromSegment, toSegment = fromSegment) {
    return { from: (0,diff_values/* childPointer */.Y2)(at.from, fromSegment), to: (0,diff_values/* childPointer */.Y2)(at.to, toSegment) };
}
class ChangeWalker {
    options;
    changes = [];
    constructor(options) {
        this.options = options;
    }
    value(a, b, at, key, owner) {
        if ((0,diff_values/* deepEqual */.bD)(a, b))
            return;
        if ((0,diff_values/* isPlainObject */.Qd)(a) && (0,diff_values/* isPlainObject */.Qd)(b)) {
            // The root object is a record of sections (`teams`, `version`), never itself a collection.
            if (at.to !== '' && isEntityMap(a, b))
                this.entityMap(a, b, at, kindForMap(key));
            else
                this.fields(a, b, at, owner);
        }
        else if (Array.isArray(a) && Array.isArray(b)) {
            this.array(a, b, at, key, owner);
        }
        else {
            this.plain(owner, { change: 'value', pointer: at.to, from: a, to: b });
        }
    }
    fields(a, b, at, owner) {
        // `{name: "API_TOKEN", value: "…"}`: the value is a secret although its key is just "value".
        const pair = (0,redact/* secretPairField */.VL)(a, this.options.secretKeys) ?? (0,redact/* secretPairField */.VL)(b, this.options.secretKeys);
        if (pair !== undefined && (0,diff_values/* hasOwn */.$3)(a, pair) && (0,diff_values/* hasOwn */.$3)(b, pair) && !(0,diff_values/* deepEqual */.bD)(a[pair], b[pair])) {
            this.plain(owner, { change: 'value', pointer: child(at, pair).to, from: redact/* REDACTED */.XF, to: redact/* REDACTED */.XF });
            a = (0,diff_values/* withoutKeys */.Pe)(a, (k) => k === pair);
            b = (0,diff_values/* withoutKeys */.Pe)(b, (k) => k === pair);
        }
        for (const key of Object.keys(a)) {
            if ((0,diff_values/* hasOwn */.$3)(b, key))
                this.value(a[key], b[key], child(at, key), key, owner);
            else
                this.plain(owner, { change: 'value', pointer: child(at, key).to, from: a[key] });
        }
        for (const key of Object.keys(b)) {
            if (!(0,diff_values/* hasOwn */.$3)(a, key))
                this.plain(owner, { change: 'value', pointer: child(at, key).to, to: b[key] });
        }
    }
    entityMap(a, b, at, kind) {
        const removed = Object.keys(a).filter((k) => !(0,diff_values/* hasOwn */.$3)(b, k));
        const added = Object.keys(b).filter((k) => !(0,diff_values/* hasOwn */.$3)(a, k));
        // A value that repeats its own key in an identity field (`"x": {"id": "x"}`) renames both.
        const content = (side) => (id) => (0,diff_values/* canonicalJson */.dj)((0,diff_values/* withoutKeys */.Pe)(side[id], (field) => {
            // Only strings and numbers are ids: String() on an object whose own `toString` is data throws.
            const value = side[id][field];
            return this.options.identityFields.includes(field) && isIdentity(value) && String(value) === id;
        }));
        const renamedTo = pairRenames(removed, added, content(a), content(b));
        const renamedFrom = inverse(renamedTo);
        for (const id of Object.keys(a)) {
            if ((0,diff_values/* hasOwn */.$3)(b, id))
                this.entity(a[id], b[id], child(at, id), kind, id);
            else if (!renamedTo.has(id))
                this.entityChange({ kind, id, change: 'removed', pointer: child(at, id).from });
        }
        for (const id of added) {
            const pointer = child(at, id).to;
            const old = renamedFrom.get(id);
            if (old !== undefined)
                this.entityChange({ kind, id, change: 'renamed', pointer, from: old, to: id });
            else
                this.entityChange({ kind, id, change: 'added', pointer });
        }
    }
    array(a, b, at, key, owner) {
        const field = identityFieldOf(a, b, this.options.identityFields);
        if (field !== undefined) {
            this.entityArray(a, b, at, kindForArray(key, field), field);
            return;
        }
        const sorted = (list) => list.map(diff_values/* canonicalJson */.dj).sort().join(',');
        if (a.length === b.length && sorted(a) === sorted(b)) {
            this.plain(owner, { change: 'reordered', pointer: at.to, from: a, to: b });
        }
        else if (a.length === b.length && [...a, ...b].some(diff_values/* isContainer */.u_)) {
            // Same length, structured items: most likely edited in place, so compare position by position.
            a.forEach((item, i) => this.value(item, b[i], child(at, i), key, owner));
        }
        else {
            this.plain(owner, { change: 'value', pointer: at.to, from: a, to: b });
        }
    }
    entityArray(a, b, at, kind, field) {
        const idOf = (item) => String(item[field]);
        const indexA = new Map(a.map((item, i) => [idOf(item), i]));
        const indexB = new Map(b.map((item, i) => [idOf(item), i]));
        const content = (side, index) => (id) => (0,diff_values/* canonicalJson */.dj)((0,diff_values/* withoutKeys */.Pe)(side[index.get(id)], (k) => k === field));
        const removed = [...indexA.keys()].filter((id) => !indexB.has(id));
        const added = [...indexB.keys()].filter((id) => !indexA.has(id));
        const renamedTo = pairRenames(removed, added, content(a, indexA), content(b, indexB));
        const renamedFrom = inverse(renamedTo);
        // Only items present on both sides can be out of order; additions and removals are not reorders.
        const orderBefore = a.map((item) => renamedTo.get(idOf(item)) ?? idOf(item)).filter((id) => indexB.has(id));
        const orderAfter = b.map(idOf).filter((id) => indexA.has(id) || renamedFrom.has(id));
        if (orderBefore.join('\u0000') !== orderAfter.join('\u0000')) {
            this.entityChange({ kind, id: null, change: 'reordered', pointer: at.to, from: orderBefore, to: orderAfter });
        }
        b.forEach((item, j) => {
            const id = idOf(item);
            const i = indexA.get(id);
            const old = renamedFrom.get(id);
            if (i !== undefined)
                this.entity(a[i], item, child(at, i, j), kind, id);
            else if (old !== undefined)
                this.entityChange({ kind, id, change: 'renamed', pointer: child(at, j).to, from: old, to: id });
            else
                this.entityChange({ kind, id, change: 'added', pointer: child(at, j).to });
        });
        a.forEach((item, i) => {
            const id = idOf(item);
            if (!indexB.has(id) && !renamedTo.has(id))
                this.entityChange({ kind, id, change: 'removed', pointer: child(at, i).from });
        });
    }
    /** An entity present on both sides: its own fields are compared, with it as their owner. */
    entity(a, b, at, kind, id) {
        if ((0,diff_values/* deepEqual */.bD)(a, b))
            return;
        const owner = { kind, id, pointer: at.to, announced: false };
        if ((0,diff_values/* isPlainObject */.Qd)(a) && (0,diff_values/* isPlainObject */.Qd)(b))
            this.fields(a, b, at, owner);
        else
            this.plain(owner, { change: 'value', pointer: at.to, from: a, to: b });
    }
    entityChange(change) {
        const shown = { ...change };
        if ('from' in change)
            shown.from = (0,redact/* redactAt */.Nq)(change.pointer, change.from, this.options.secretKeys);
        if ('to' in change)
            shown.to = (0,redact/* redactAt */.Nq)(change.pointer, change.to, this.options.secretKeys);
        this.changes.push(shown);
    }
    /** A change to a plain field; the first one inside an entity also reports the entity as modified. */
    plain(owner, change) {
        if (owner && !owner.announced) {
            owner.announced = true;
            this.changes.push({ kind: owner.kind, id: owner.id, change: 'modified', pointer: owner.pointer });
        }
        this.entityChange({ kind: owner?.kind ?? null, id: owner?.id ?? null, ...change });
    }
}

// EXTERNAL MODULE: ./node_modules/jsondiffpatch/lib/index.js + 14 modules
var lib = __webpack_require__(3967);
// EXTERNAL MODULE: ./node_modules/jsondiffpatch/lib/formatters/jsonpatch.js + 1 modules
var jsonpatch = __webpack_require__(906);
;// CONCATENATED MODULE: ./lib/core/diff/types.js
/**
 * The shape of a semantic diff. `DiffResult` serialised with JSON.stringify is the CLI's
 * `--json` contract, so fields are only ever added here, never renamed.
 */
const DEFAULT_IDENTITY_FIELDS = ['agent', 'id', 'name', 'key', 'command', 'slug', 'uuid'];

;// CONCATENATED MODULE: ./lib/core/diff/patch.js





/**
 * Array items are matched by identity field when they have one (so an edited agent is a
 * nested change, not a removal and an addition), else by content (so moved items are moves).
 * jsondiffpatch also hands null to objectHash, since typeof null is 'object'.
 */
function objectHash(identityFields) {
    return (item) => {
        if ((0,diff_values/* isPlainObject */.Qd)(item)) {
            for (const field of identityFields) {
                const id = (0,diff_values/* hasOwn */.$3)(item, field) ? item[field] : undefined;
                if (typeof id === 'string' || typeof id === 'number')
                    return `${field}=${JSON.stringify(id)}`;
            }
        }
        return (0,diff_values/* canonicalJson */.dj)(item);
    };
}
const differCache = new Map();
/**
 * Two ways of matching array items, both tried, the shorter verified patch kept: by identity
 * (an inserted agent is one `add`) and by position (a renamed agent is one `replace` of its
 * `agent` field instead of a removal and a re-insertion of the whole object).
 */
function differsFor(identityFields) {
    const cacheKey = JSON.stringify(identityFields);
    let cached = differCache.get(cacheKey);
    if (!cached) {
        // Text deltas cannot be expressed in RFC 6902. The plain entry point has no text differ,
        // but jsondiffpatch caches one module-wide once anyone in the process used
        // `with-text-diffs`; an infinite threshold keeps long strings as plain replaces regardless.
        const textDiff = { minLength: Number.POSITIVE_INFINITY };
        cached = [
            (0,lib/* create */.vt)({ objectHash: objectHash(identityFields), arrays: { detectMove: true, includeValueOnMove: false }, textDiff }),
            (0,lib/* create */.vt)({ matchByPosition: true, arrays: { detectMove: true, includeValueOnMove: false }, textDiff }),
        ];
        differCache.set(cacheKey, cached);
    }
    return cached;
}
function libraryPatch(differ, from, to) {
    try {
        return compacted((0,jsonpatch/* format */.GP)(differ.diff(from, to)));
    }
    catch {
        return null;
    }
}
/** jsondiffpatch writes an in-place array edit as `remove` then `add` at the same index. */
function compacted(patch) {
    const result = [];
    for (let i = 0; i < patch.length; i++) {
        const op = patch[i];
        const next = patch[i + 1];
        if (op.op === 'remove' && next?.op === 'add' && next.path === op.path && !op.path.endsWith('/-')) {
            result.push({ op: 'replace', path: op.path, value: next.value });
            i++;
        }
        else
            result.push(op);
    }
    return result;
}
function reproduces(from, patch, to) {
    try {
        return (0,diff_values/* deepEqual */.bD)(applyJsonPatch(from, patch), to);
    }
    catch {
        return false;
    }
}
function prefixed(prefix, patch) {
    return patch.map((op) => ('from' in op ? { ...op, from: prefix + op.from, path: prefix + op.path } : { ...op, path: prefix + op.path }));
}
/**
 * jsondiffpatch's patch, used only once it is proven to reproduce `to`. When it does not (its
 * JSON Patch formatter has had bugs with array moves), objects are patched member by member
 * and anything else is replaced whole: the smallest enclosing value that still comes out right.
 */
function verifiedPatch(differs, from, to) {
    if ((0,diff_values/* deepEqual */.bD)(from, to))
        return [];
    let best;
    for (const differ of differs) {
        const candidate = libraryPatch(differ, from, to);
        if (candidate && reproduces(from, candidate, to) && (!best || JSON.stringify(candidate).length < JSON.stringify(best).length))
            best = candidate;
    }
    if (best)
        return best;
    if (!(0,diff_values/* isPlainObject */.Qd)(from) || !(0,diff_values/* isPlainObject */.Qd)(to))
        return [{ op: 'replace', path: '', value: to }];
    const patch = [];
    for (const key of Object.keys(from))
        if (!(0,diff_values/* hasOwn */.$3)(to, key))
            patch.push({ op: 'remove', path: (0,diff_values/* childPointer */.Y2)('', key) });
    for (const key of Object.keys(to)) {
        const path = (0,diff_values/* childPointer */.Y2)('', key);
        if (!(0,diff_values/* hasOwn */.$3)(from, key))
            patch.push({ op: 'add', path, value: to[key] });
        else
            patch.push(...prefixed(path, verifiedPatch(differs, from[key], to[key])));
    }
    return patch;
}
/**
 * An RFC 6902 patch that turns `from` into `to` exactly (deep-equal after application by any
 * conforming implementation). Operation values are copies, never shared with `to`.
 */
function migrationPatch(from, to, identityFields = DEFAULT_IDENTITY_FIELDS) {
    return (0,diff_values/* cloneJson */.Y7)(verifiedPatch(differsFor(identityFields), from, to));
}

;// CONCATENATED MODULE: ./lib/core/diff/summary.js

/** Order in which phrases appear: "+1 team, -1 agent, 2 workflows modified, 11 agents renamed". */
const PHRASE_ORDER = ['added', 'removed', 'modified', 'renamed', 'reordered'];
function phraseFor(change, count, kind) {
    switch (change) {
        case 'added':
            return `+${countKind(count, kind)}`;
        case 'removed':
            return `-${countKind(count, kind)}`;
        case 'reordered':
            // The count is of arrays, not of items: "agents reordered", "agents reordered (2 lists)".
            return `${pluralKind(kind)} reordered${count > 1 ? ` (${count} lists)` : ''}`;
        default:
            return `${countKind(count, kind)} ${change}`;
    }
}
/**
 * Compact phrase for one file's changes or a whole comparison: "+1 team, 2 workflows modified,
 * 11 agents renamed". Fields outside any entity count as "fields changed"; fields inside an
 * entity are already told by that entity's "modified". A file's top-level `version` is told
 * apart from other fields (callers show versions on their own), as "version changed" only when
 * nothing else changed. "no changes" when there is nothing.
 */
function summarizeChanges(files) {
    const list = Array.isArray(files) ? files : [files];
    const counts = new Map(PHRASE_ORDER.map((c) => [c, new Map()]));
    let fields = 0;
    let versionChanged = false;
    const fileCounts = { added: 0, removed: 0, unparseable: 0 };
    for (const file of list) {
        if (file.status === 'added' || file.status === 'removed' || file.status === 'unparseable')
            fileCounts[file.status]++;
        for (const change of file.changes) {
            const isEntityChange = change.change !== 'value' && change.kind !== null && (change.change !== 'reordered' || change.id === null);
            if (isEntityChange) {
                const byKind = counts.get(change.change);
                byKind.set(change.kind, (byKind.get(change.kind) ?? 0) + 1);
            }
            else if (change.kind === null && change.pointer === '/version')
                versionChanged = true;
            else if (change.kind === null)
                fields++;
        }
    }
    const phrases = [];
    if (fileCounts.added > 0)
        phrases.push(`+${countKind(fileCounts.added, 'file')}`);
    if (fileCounts.removed > 0)
        phrases.push(`-${countKind(fileCounts.removed, 'file')}`);
    for (const change of PHRASE_ORDER) {
        for (const [kind, count] of counts.get(change) ?? [])
            phrases.push(phraseFor(change, count, kind));
    }
    if (fields > 0)
        phrases.push(`${countKind(fields, 'field')} changed`);
    if (fileCounts.unparseable > 0)
        phrases.push(`${countKind(fileCounts.unparseable, 'file')} not comparable`);
    if (phrases.length === 0 && versionChanged)
        phrases.push('version changed');
    return phrases.length > 0 ? phrases.join(', ') : 'no changes';
}

;// CONCATENATED MODULE: ./lib/core/diff/snapshots.js









function snapshots_parseDocument(document) {
    const decoded = (0,json/* decodeUtf8 */._6)(document.bytes);
    if (!decoded.ok)
        return { ok: false, problem: decoded.problem };
    const parsed = (0,json/* parseJson */.qF)(decoded.text);
    if (!parsed.ok)
        return { ok: false, problem: `${parsed.problem} at line ${parsed.position.line}, column ${parsed.position.column}` };
    return { ok: true, value: parsed.value };
}
function sameBytes(a, b) {
    return a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}
function snapshots_versionChange(from, to) {
    const majorFrom = (0,config_version/* majorVersion */.iR)(from);
    const majorTo = (0,config_version/* majorVersion */.iR)(to);
    return { from: from ?? null, to: to ?? null, majorChange: majorFrom !== undefined && majorTo !== undefined && majorFrom !== majorTo };
}
function snapshots_versionOf(parsed) {
    return parsed?.ok ? ((0,config_version/* documentVersion */.am)(parsed.value) ?? null) : null;
}
/** `.claude/orchestration/teams.json` → `teams`: the root of a file is a collection of… teams. */
function rootKeyOf(file) {
    return external_node_path_.posix.basename(file.replace(/\\/g, '/')).replace(/\.[^.]*$/, '');
}
function diffFile(file, from, to, options) {
    // Equal bytes are unchanged whatever they hold; parsing one side is enough to tell its version.
    if (from && to && sameBytes(from.bytes, to.bytes))
        return snapshots_unchangedFile(file, snapshots_versionOf(snapshots_parseDocument(from)));
    return snapshots_diffContent(file, from && snapshots_parseDocument(from), to && snapshots_parseDocument(to), options);
}
function snapshots_unchangedFile(file, version) {
    return { path: file, changes: [], version: snapshots_versionChange(version, version), status: 'unchanged', patch: [] };
}
/** A file whose bytes differ between the sides, or that one side lacks (`undefined`). */
function snapshots_diffContent(file, before, after, options) {
    const version = snapshots_versionChange(snapshots_versionOf(before), snapshots_versionOf(after));
    const base = { path: file, changes: [], version };
    if (!before)
        return { ...base, status: 'added', patch: null };
    if (!after)
        return { ...base, status: 'removed', patch: null };
    if (!before.ok || !after.ok) {
        const broken = [!before.ok && `in ${options.fromLabel}: ${before.problem}`, !after.ok && `in ${options.toLabel}: ${after.problem}`].filter(Boolean);
        return {
            ...base,
            status: 'unparseable',
            patch: null,
            problem: `not valid JSON (${broken.join('; ')}), so it cannot be compared semantically and no JSON Patch can express the change`,
        };
    }
    if ((0,diff_values/* deepEqual */.bD)(before.value, after.value))
        return { ...base, status: 'unchanged', patch: [], formattingOnly: true };
    return {
        ...base,
        status: 'modified',
        changes: semanticChanges(before.value, after.value, {
            identityFields: options.identityFields,
            secretKeys: options.secretKeys,
            rootKey: rootKeyOf(file),
        }),
        patch: options.patches ? migrationPatch(before.value, after.value, options.identityFields) : null,
    };
}
function snapshots_withDefaults(options) {
    return {
        fromLabel: options.fromLabel ?? 'from',
        toLabel: options.toLabel ?? 'to',
        identityFields: options.identityFields ?? DEFAULT_IDENTITY_FIELDS,
        secretKeys: options.secretKeys ?? redact/* DEFAULT_SECRET_KEYS */.wp,
        patches: options.patches ?? true,
    };
}
function snapshots_stepSummary(version, files) {
    return `${version.from ?? 'unversioned'} → ${version.to ?? 'unversioned'}: ${summarizeChanges(files)}`;
}
/** Compares two snapshots file by file (matched by path) and, inside JSON files, entity by entity. */
function diffSnapshots(from, to, options = {}) {
    const settings = snapshots_withDefaults(options);
    const before = new Map(from.map((d) => [d.path, d]));
    const after = new Map(to.map((d) => [d.path, d]));
    const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
    const files = paths.map((file) => diffFile(file, before.get(file), after.get(file), settings));
    return snapshots_snapshotResult(files, settings);
}
/** The result around per-file diffs given sorted by path: the configuration versions and the single step. */
function snapshots_snapshotResult(files, settings) {
    const versions = snapshots_versionChange((0,config_version/* configurationVersion */.jq)(files.filter((f) => f.status !== 'added').map((f) => ({ path: f.path, version: f.version.from ?? undefined }))), (0,config_version/* configurationVersion */.jq)(files.filter((f) => f.status !== 'removed').map((f) => ({ path: f.path, version: f.version.to ?? undefined }))));
    const step = {
        from: settings.fromLabel,
        to: settings.toLabel,
        version: { from: versions.from, to: versions.to },
        summary: snapshots_stepSummary(versions, files),
    };
    return { from: settings.fromLabel, to: settings.toLabel, files, versions, migrationPath: [step] };
}
/**
 * One summary per consecutive pair of a chain of backups given in time order:
 * "1.1.0 → 1.2.0: +1 team, 2 workflows modified".
 */
function migrationPath(steps, options = {}) {
    const chain = [];
    for (let i = 1; i < steps.length; i++) {
        const older = steps[i - 1];
        const newer = steps[i];
        const result = diffSnapshots(older.files, newer.files, { ...options, fromLabel: older.name, toLabel: newer.name, patches: false });
        const version = { from: older.configVersion, to: newer.configVersion };
        chain.push({ from: older.name, to: newer.name, version, summary: snapshots_stepSummary(version, result.files) });
    }
    return chain;
}

;// CONCATENATED MODULE: ./lib/core/diff/lazy.js


/**
 * Changed files are read a few at a time: enough to overlap reading with parsing, few enough
 * that memory holds a handful of files rather than a whole side.
 */
const READ_CONCURRENCY = 4;
/** `diffSnapshots` over lazy documents: the same result, reading only files whose hashes differ. */
async function diffLazySnapshots(from, to, options = {}) {
    const settings = withDefaults(options);
    const before = new Map(from.map((d) => [d.path, d]));
    const after = new Map(to.map((d) => [d.path, d]));
    const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
    const files = await mapLimit(paths, READ_CONCURRENCY, (file) => diffLazyFile(file, before.get(file), after.get(file), settings));
    return snapshotResult(files, settings);
}
/** One step of a migration path ("1.1.0 → 1.2.0: +1 team"), reading only the files that changed. */
async function lazyMigrationStep(older, newer, options = {}) {
    // Summaries need statuses and semantic changes only; per-file versions and patches are not shown.
    const result = await diffLazySnapshots(older.files, newer.files, { ...options, fromLabel: older.name, toLabel: newer.name, patches: false });
    const version = { from: older.configVersion, to: newer.configVersion };
    return { from: older.name, to: newer.name, version, summary: stepSummary(version, result.files) };
}
async function diffLazyFile(file, from, to, settings) {
    if (from && to && from.sha256 === to.sha256 && from.size === to.size) {
        // Same bytes on both sides, so either side's version is the file's: take the one known without reading.
        return unchangedFile(file, await versionOfDocument(from.version !== undefined ? from : to));
    }
    if (!from || !to) {
        const present = (from ?? to);
        const version = await versionOfDocument(present);
        const base = { path: file, changes: [], version: from ? versionChange(version, null) : versionChange(null, version) };
        return { ...base, status: from ? 'removed' : 'added', patch: null };
    }
    const [before, after] = await Promise.all([from.load(), to.load()]);
    return diffContent(file, parseDocument({ bytes: before }), parseDocument({ bytes: after }), settings);
}
async function versionOfDocument(document) {
    if (document.version !== undefined)
        return document.version;
    return versionOf(parseDocument({ bytes: await document.load() }));
}

;// CONCATENATED MODULE: ./lib/core/diff/index.js











// EXTERNAL MODULE: ./lib/core/config/settings.js
var config_settings = __webpack_require__(2393);
// EXTERNAL MODULE: ./lib/core/validate/index.js + 8 modules
var validate = __webpack_require__(3552);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
;// CONCATENATED MODULE: ./lib/core/judge/leftovers.js


/** Entity renames of a diff whose ids are strings (old id → new id), in diff order. */
function renamesOf(diff) {
    const renames = [];
    for (const file of diff.files) {
        for (const change of file.changes) {
            if (change.change !== 'renamed' || typeof change.from !== 'string' || typeof change.to !== 'string')
                continue;
            renames.push({ kind: change.kind ?? 'Entity', from: change.from, to: change.to, file: file.path });
        }
    }
    return renames;
}
/**
 * Every string value (never a key) in `documents` equal to a renamed entity's old id, whatever
 * key holds it: a reviewer reads `"primary": "tech-lead"` after tech-lead was renamed as a
 * reference the rename left behind, whether or not `primary` is a known reference key.
 */
function findLeftovers(renames, documents, stillDefined = new Set()) {
    const live = renames.filter((r) => !stillDefined.has(r.from));
    const found = new Map(live.map((r) => [r.from, []]));
    if (live.length > 0) {
        for (const doc of documents) {
            const decoded = (0,json/* decodeUtf8 */._6)(doc.bytes);
            if (!decoded.ok)
                continue;
            const text = decoded.text;
            // A cheap look for the ids as text first: most files name none of them.
            if (!live.some((r) => text.includes(r.from)))
                continue;
            if (!(0,json/* parseJson */.qF)(text).ok)
                continue;
            (0,main.visit)(text, {
                onLiteralValue: (value, offset, length, startLine, startCharacter, pathSupplier) => {
                    if (typeof value !== 'string')
                        return;
                    const list = found.get(value);
                    if (!list)
                        return;
                    const pointer = pathSupplier()
                        .map((s) => `/${(0,json/* escapePointerSegment */.mE)(String(s))}`)
                        .join('');
                    list.push({ file: doc.path, line: startLine + 1, column: startCharacter + 1, pointer, offset, length });
                },
            });
        }
    }
    return renames.map((r) => ({ ...r, remaining: stillDefined.has(r.from) ? [] : [...(found.get(r.from) ?? [])] }));
}

;// CONCATENATED MODULE: ./lib/core/judge/judge.js





/** Codes of findings that are a reference to something the config does not define. */
const BROKEN_REFERENCE_CODES = new Set(['unknown-agent', 'renamed-reference']);
/**
 * Judges a change the way a reviewer does: both sides are validated, and each finding is
 * labelled new (introduced by the change), fixed or existing. Findings are matched by what they
 * are about (code, file, subject, pointer without array indices), never by line, so moving text
 * makes nothing new. Renamed entities are followed through: every string in `after` still equal
 * to an old id is a leftover reference, and a broken one.
 */
async function judgeChange(before, after, options = {}) {
    const settings = options.settings ?? config_settings/* DEFAULT_SETTINGS */.a$;
    const validation = { settings, ...(options.trustedSchemas ? { trustedSchemas: options.trustedSchemas } : {}) };
    const [beforeReport, afterReport] = await Promise.all([
        (0,validate/* validateDocuments */.$)(before.documents, { ...validation, agents: before.agents }),
        (0,validate/* validateDocuments */.$)(after.documents, { ...validation, agents: after.agents }),
    ]);
    const diff = options.diff ?? diffSnapshots(before.documents, after.documents, { fromLabel: before.label, toLabel: after.label, patches: false, secretKeys: settings.secretKeys });
    const defined = definedAgents(after.documents);
    for (const definition of after.agents?.definitions ?? [])
        defined.add(definition.name);
    const renames = findLeftovers(renamesOf(diff), after.documents, defined);
    const problems = (list) => list.filter((d) => d.severity !== 'info');
    const labelled = labelFindings(problems(beforeReport.diagnostics), problems(afterReport.diagnostics));
    const renamedFrom = new Map(renames.map((r) => [r.from, r]));
    // A reference a change breaks blocks like an error. A config that did not exist before
    // breaks nothing: its dangling references keep their own severity (a first commit, a first PR).
    const hadConfig = before.exists && before.documents.length > 0;
    const added = labelled.new.map((d) => (hadConfig && BROKEN_REFERENCE_CODES.has(d.code) ? brokenReference(d, d.subject === undefined ? undefined : renamedFrom.get(d.subject)) : d));
    added.push(...leftoverFindings(renames, added));
    if (before.documents.length > 0 && after.documents.length === 0) {
        added.unshift({
            severity: 'error',
            code: 'config-removed',
            message: `all ${before.documents.length} config file${before.documents.length === 1 ? '' : 's'} that ${before.label} had ${before.documents.length === 1 ? 'is' : 'are'} gone${after.exists ? '' : ' (the config directory is missing)'}: ${before.documents.map((d) => d.path).join(', ')}`,
        });
    }
    added.sort(bySeverity);
    const strict = options.strict ?? false;
    const fails = added.some((d) => d.severity === 'error' || (strict && d.severity === 'warning'));
    return {
        since: before.label,
        to: after.label,
        verdict: fails ? 'fail' : 'pass',
        strict,
        new: added,
        fixed: labelled.fixed,
        existing: labelled.existing,
        renames,
        reports: { before: beforeReport, after: afterReport },
    };
}
const withoutIndices = (pointer) => (pointer ?? '').replace(/\/\d+(?=\/|$)/g, '/#');
/** What a finding is about: the same problem keeps this key when lines move or array items shift. */
function fineKey(d) {
    return [d.code, d.file ?? '', d.subject ?? '', withoutIndices(d.pointer)].join('\0');
}
/** A subject named in the same file by the same rule: the reference moved to another key. */
function coarseKey(d) {
    return d.subject === undefined ? undefined : [d.code, d.file ?? '', d.subject].join('\0');
}
/**
 * Pairs findings of the two sides, many to many as multisets: first by their fine key, then
 * the rest by subject. What `after` keeps unpaired is new, what `before` keeps is fixed.
 */
function labelFindings(before, after) {
    const pool = new Map();
    for (const d of before) {
        const key = fineKey(d);
        const list = pool.get(key);
        if (list)
            list.push(d);
        else
            pool.set(key, [d]);
    }
    const existing = [];
    const unpaired = [];
    for (const d of after) {
        if (pool.get(fineKey(d))?.shift())
            existing.push(d);
        else
            unpaired.push(d);
    }
    const coarse = new Map();
    for (const list of pool.values()) {
        for (const d of list) {
            const key = coarseKey(d);
            if (key === undefined)
                continue;
            const bucket = coarse.get(key);
            if (bucket)
                bucket.push(d);
            else
                coarse.set(key, [d]);
        }
    }
    const paired = new Set();
    const added = [];
    for (const d of unpaired) {
        const key = coarseKey(d);
        const match = key === undefined ? undefined : coarse.get(key)?.shift();
        if (match) {
            paired.add(match);
            existing.push(d);
        }
        else
            added.push(d);
    }
    const fixed = [...pool.values()].flat().filter((d) => !paired.has(d));
    return { new: added, fixed, existing };
}
/** A reference the change broke blocks like an error, and says when a rename broke it. */
function brokenReference(d, rename) {
    if (!rename)
        return { ...d, severity: 'error' };
    return { ...d, severity: 'error', message: renamedMessage(rename) };
}
function renamedMessage(rename) {
    return `${rename.kind} '${rename.from}' was renamed to '${rename.to}' in ${rename.file}; this reference still uses '${rename.from}'`;
}
/** Leftovers of renames that no validation rule reported already (their key is not a reference key). */
function leftoverFindings(renames, reported) {
    const seen = new Set(reported.map((d) => `${d.file}\0${d.pointer}`));
    return renames.flatMap((rename) => rename.remaining
        .filter((r) => !seen.has(`${r.file}\0${r.pointer}`))
        .map((r) => ({ severity: 'error', code: 'renamed-reference', subject: rename.from, file: r.file, pointer: r.pointer, line: r.line, column: r.column, message: renamedMessage(rename) })));
}
/** Agents teams.json defines (members and orchestrators): an old id still defined is no leftover. */
function definedAgents(documents) {
    const agents = new Set();
    const teamsDoc = documents.find((d) => d.path === 'teams.json');
    const decoded = teamsDoc && (0,json/* decodeUtf8 */._6)(teamsDoc.bytes);
    const parsed = decoded?.ok ? (0,json/* parseJson */.qF)(decoded.text) : undefined;
    const teams = parsed?.ok ? parsed.value?.teams : undefined;
    if (typeof teams !== 'object' || teams === null)
        return agents;
    for (const team of Object.values(teams)) {
        if (typeof team !== 'object' || team === null)
            continue;
        const { orchestrator, members } = team;
        if (typeof orchestrator === 'string')
            agents.add(orchestrator);
        if (Array.isArray(members))
            for (const m of members)
                if (typeof m?.agent === 'string')
                    agents.add(m.agent);
    }
    return agents;
}
const RANK = { error: 0, warning: 1, info: 2 };
function bySeverity(a, b) {
    return RANK[a.severity] - RANK[b.severity] || compareText(a.file ?? '', b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}
// Code-unit order: localeCompare would load ICU's collator, time the pre-commit hook cannot spare.
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./lib/core/claude/after-edit.js







/**
 * PostToolUse on a config edit: the config as it is now, judged against the backup PreToolUse
 * made (or found) for the same tool use; without one, against the newest backup.
 */
async function judgeAfterEdit(options) {
    const backup = (await takePreEditBackup(options.backupDir, options)) ?? (await newestBackup(options.backupDir));
    if (!backup)
        return { status: 'no-before-state' };
    const [stored, current] = await Promise.all([
        (0,backup_files/* readBackupFiles */.m)(options.backupDir, backup),
        // The tool may have removed the whole config dir: that state has no files, not an error.
        (0,snapshot/* readSnapshot */.RA)({ configDir: options.configDir, backupDir: options.backupDir, settings: options.settings }).catch((error) => {
            if (error instanceof errors/* ConfigDirNotFoundError */.D5)
                return { files: [] };
            throw error;
        }),
    ]);
    const before = stored.files;
    const after = current.files.map((f) => ({ path: f.path, bytes: f.bytes }));
    // The agent definition files are not part of a backup: both sides are checked against them as
    // they are now, so only the config edit makes a difference.
    const agents = await readAgentDefinitions({ configDir: options.configDir, agentsDir: options.settings.agentsDir });
    const judgement = await judgeChange({ label: backup, documents: before, exists: true, agents }, { label: 'current', documents: after, exists: after.length > 0, agents }, { settings: options.settings });
    return { status: 'judged', backup, judgement, broken: judgement.verdict === 'fail' || judgement.new.some((d) => BREAKING_WARNINGS.has(d.code)) };
}
/** Warnings Claude must repair too: a team member Claude Code cannot load. */
const BREAKING_WARNINGS = new Set(['missing-agent-file']);
async function newestBackup(backupDir) {
    const all = await (0,store/* loadAllManifests */.Em)(backupDir, { checksums: false });
    return all.find((m) => m.manifest && m.problems.length === 0)?.name;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./lib/core/restore/journal.js
var journal = __webpack_require__(7473);
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
const relative = { format: (value, unit) => (relativeFormat ??= new Intl.RelativeTimeFormat('en', { numeric: 'auto' })).format(value, unit) };
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
        ...result.skipped.map((s) => `  ${c.yellow('⚠️')}  ${s.path} skipped: ${s.reason}`),
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
            const verdict = b.comparison.compatible ? c.green('✅ compatible') : c.yellow(`⚠️ ${b.comparison.reasons.join('; ')}`);
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
    lines.push(field('Created', `${formatTime(m.createdAt)} (${formatAge(new Date(m.createdAt), ctx.now)})`), field('Description', m.description ?? '-'), field('Trigger', m.trigger), field('Tags', m.tags.length ? m.tags.join(', ') : '-'), field('Version', m.configVersion ?? 'none'), field('Size', `${formatSize(m.totalSize)} in ${plural(m.files.length, 'file')}${m.compression === 'gzip' ? `, ${formatSize(m.storedSize)} stored (gzip)` : ''}`), field('Validation', m.validation ? `${m.validation.status} (${plural(m.validation.errors, 'error')}, ${plural(m.validation.warnings, 'warning')})` : 'not recorded'), field('Tool', `${m.tool.name} ${m.tool.version}`), field('Checksum', m.checksum), field('Location', `${ctx.displayPath(loaded.dir)}/`), '', 'Files:');
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
    lines.push('', damaged === 0 ? c.green(`✅ ${plural(results.length, 'backup')} verified, all intact`) : c.red(`❌ ${damaged} of ${plural(results.length, 'backup')} damaged`));
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
    const status = report.status === 'invalid' ? c.red('❌ INVALID') : report.status === 'needs-attention' ? c.yellow('⚠️ NEEDS ATTENTION') : c.green('✅ VALID');
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
            return [errors > 0 ? `${lead}${plural(errors, 'error')}` : '', warnings > 0 ? `${errors > 0 ? ' and ' : lead}${plural(warnings, 'new warning')}` : ''].join('');
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
    const left = r.remaining.length === 0 ? 'no reference uses the old id' : `${plural(r.remaining.length, 'reference')} still ${r.remaining.length === 1 ? 'uses' : 'use'} '${r.from}'`;
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
    const dirs = [where.configDir !== undefined ? ` --config-dir ${shellWord(where.configDir)}` : '', where.backupDir !== undefined ? ` --backup-dir ${shellWord(where.backupDir)}` : ''].join('');
    return `orch-backup${dirs} validate --since ${shellWord(since)} --fix`;
}

;// CONCATENATED MODULE: ./lib/render/claude.js


/**
 * The PostToolUse `reason` Claude reads when its edit broke the config: where, what, and how to
 * repair it. Problems that were there before the edit are left out, so Claude fixes its own.
 */
function renderEditReason(judgement, backup, tool) {
    const lines = [`orch-backup: this ${tool} broke the orchestration config (compared with backup ${backup}, the config just before it).`];
    const renames = renamesWithLeftovers(judgement);
    const renamed = new Set(renames.map((r) => r.from));
    for (const r of renames) {
        const where = r.remaining.map((l) => `${l.file}:${l.line}`).join(', ');
        lines.push(`- ${r.kind} '${r.from}' was renamed to '${r.to}' in ${r.file}, but '${r.from}' still appears at ${where}. Replace '${r.from}' with '${r.to}' there.`);
    }
    for (const d of judgement.new) {
        if (d.severity === 'info')
            continue;
        if ((d.code === 'unknown-agent' || d.code === 'renamed-reference') && d.subject !== undefined && renamed.has(d.subject))
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

;// CONCATENATED MODULE: ./lib/hook/claude-run.js








/** The part of the hook that runs once a tool call touches the config; returns the exit code. */
async function runClaudeHook(run) {
    const event = run.payload.hook_event_name;
    let settings;
    try {
        const settingsFile = external_node_path_.resolve(run.projectDir, process.env.ORCH_BACKUP_SETTINGS ?? external_node_path_.join(run.configDir, config_settings/* SETTINGS_FILE */.tP));
        settings = (await (0,config_settings/* loadSettings */.M5)(settingsFile)).settings;
        const lockTimeoutMs = process.env.ORCH_BACKUP_LOCK_TIMEOUT ? Number(process.env.ORCH_BACKUP_LOCK_TIMEOUT) * 1000 : settings.lockTimeoutMs;
        if ((0,external_node_fs_.existsSync)((0,journal/* journalPath */.HY)(run.backupDir))) {
            const { recoverInterruptedRestore } = await __webpack_require__.e(/* import() */ 449).then(__webpack_require__.bind(__webpack_require__, 7449));
            await recoverInterruptedRestore({ backupDir: run.backupDir, lockTimeoutMs });
        }
        const use = { ...(run.payload.session_id ? { sessionId: run.payload.session_id } : {}), ...(run.payload.tool_use_id ? { toolUseId: run.payload.tool_use_id } : {}) };
        const common = { configDir: run.configDir, backupDir: run.backupDir, settings, ...use };
        if (event === 'PreToolUse') {
            const outcome = await backupBeforeEdit({ ...common, lockTimeoutMs, target: run.target });
            // Exit 0's stdout is for Claude Code's transcript only; the backup is not news for Claude.
            if (outcome.status === 'backed-up')
                run.stdout(`orch-backup: 📦 backup ${outcome.backup}: ${outcome.description}\n`);
            return 0;
        }
        if (event === 'PostToolUse') {
            const outcome = await judgeAfterEdit(common);
            if (outcome.status === 'judged' && outcome.broken) {
                run.stdout(`${JSON.stringify({ decision: 'block', reason: renderEditReason(outcome.judgement, outcome.backup, run.target.tool) })}\n`);
            }
            return 0;
        }
        return 0;
    }
    catch (error) {
        const reason = error instanceof errors/* OrchBackupError */.FY ? error.message : String(error?.message ?? error);
        if (event === 'PreToolUse' && settings?.claudeCode.failClosed) {
            run.stderr(`orch-backup: the ${run.target.tool} call was blocked because no backup of the config could be made first (claudeCode.failClosed is set): ${reason}\n`);
            return 2;
        }
        const what = event === 'PreToolUse' ? `no backup was made before this ${run.target.tool}` : `this ${run.target.tool} was not checked`;
        run.stderr(`orch-backup: ${what} (the tool call goes on): ${reason}\n`);
        return 1;
    }
}


/***/ })

};
