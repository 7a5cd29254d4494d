"use strict";
exports.id = 61;
exports.ids = [61];
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

/***/ 2393:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M5: () => (/* binding */ loadSettings),
/* harmony export */   a$: () => (/* binding */ DEFAULT_SETTINGS),
/* harmony export */   tP: () => (/* binding */ SETTINGS_FILE)
/* harmony export */ });
/* unused harmony export DEFAULT_RETENTION */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8378);
/* harmony import */ var _util_module_interop_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1466);
/* harmony import */ var _util_parse_problem_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7777);




const SETTINGS_FILE = '.orch-backup.json';
const DEFAULT_RETENTION = {
    last: 10,
    within: '7d',
    withinWeekly: '1m',
    withinMonthly: '1y',
};
/**
 * Runtime state as public orchestration layouts keep it inside the config dir: a `state/`
 * folder (session handoffs, DAGs, epics, rollback reports), a `state.json`, lock and PID files,
 * logs. Not `team-state.json`-style files at the top: the projects that have one commit it as
 * a template and validate it like the rest of the config (add `**\/*-state.json` to treat it
 * as state).
 */
const DEFAULT_RUNTIME_STATE = ['**/state/**', '**/state.json', '**/*.lock', '**/*.pid', '**/*.log'];
const DEFAULT_SETTINGS = {
    include: ['**/*'],
    exclude: [],
    runtimeState: [...DEFAULT_RUNTIME_STATE],
    compressAbove: 1024 * 1024,
    compressionLevel: 6,
    schemaDir: 'schemas',
    schemas: {},
    referenceKeys: [
        'agent',
        'agents',
        'required_agents',
        'reviewers',
        'review',
        'review_requirements',
        'approvers',
        'approval',
        'required_roles',
        'primary',
        'secondary',
    ],
    agentsDir: '../agents',
    secretKeys: [
        'token',
        'secret',
        'password',
        'passwd',
        'passphrase',
        'api_key',
        'apikey',
        'access_key',
        'credential',
        'private_key',
        'signing_key',
        'authorization',
        'bearer',
        'cookie',
        'webhook',
        'webhook_url',
        'dsn',
        'connection_string',
        'conn_str',
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
        runtimeState: { type: 'array', items: { type: 'string', minLength: 1 } },
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
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .SettingsError */ .GN(file, `not valid JSON (${(0,_util_parse_problem_js__WEBPACK_IMPORTED_MODULE_2__/* .parseProblemWithoutInput */ .Z)(error.message)})`);
    }
    const Ajv = (0,_util_module_interop_js__WEBPACK_IMPORTED_MODULE_3__/* .mainExport */ .q)(await Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(463)]).then(__webpack_require__.t.bind(__webpack_require__, 2463, 19)));
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
        settings: {
            ...DEFAULT_SETTINGS,
            ...partial,
            retention: partial.retention ?? DEFAULT_RETENTION,
            hook: { ...DEFAULT_SETTINGS.hook, ...partial.hook },
            claudeCode: { ...DEFAULT_SETTINGS.claudeCode, ...partial.claudeCode },
        },
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
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8378);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5637);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9877);
/* harmony import */ var _owned_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3742);






/** Reads every config file once: its bytes, size and SHA-256. */
async function readSnapshot(options) {
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
/* unused harmony exports stagingDirOf, peekJournal, journalKey */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8378);
/* harmony import */ var _errors_restore_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1589);
/* harmony import */ var _config_owned_paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3742);
/* harmony import */ var _store_manifest_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2048);
/* harmony import */ var _store_names_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1833);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5637);
/* harmony import */ var _legacy_journal_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9993);











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
    // An older version's journal: never executed, but what it says is worth telling the user.
    if ((0,_legacy_journal_js__WEBPACK_IMPORTED_MODULE_10__/* .isLegacyJournal */ .f)(raw))
        return { legacy: raw };
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

/***/ 9993:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ inspectLegacyJournal),
/* harmony export */   f: () => (/* binding */ isLegacyJournal)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8378);
/* harmony import */ var _config_owned_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3742);
/* harmony import */ var _store_backup_reader_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1883);
/* harmony import */ var _store_names_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1833);







function isLegacyJournal(raw) {
    return typeof raw === 'object' && raw !== null && raw.version === 1;
}
/** What can be known from a format-1 journal without trusting it; null when it is not even shaped like one. */
async function inspectLegacyJournal(raw, backupDir) {
    const j = raw;
    if (j.purpose !== 'restore' && j.purpose !== 'rollback')
        return null;
    if (typeof j.backup !== 'string' || !(0,_store_names_js__WEBPACK_IMPORTED_MODULE_6__/* .isValidName */ .uV)(j.backup))
        return null;
    if (j.safetyBackup !== null && (typeof j.safetyBackup !== 'string' || !(0,_store_names_js__WEBPACK_IMPORTED_MODULE_6__/* .isValidName */ .uV)(j.safetyBackup)))
        return null;
    if (typeof j.configDir !== 'string' || !node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute(j.configDir))
        return null;
    if (j.phase !== 'staging' && j.phase !== 'applying' && j.phase !== 'applied')
        return null;
    if (!Array.isArray(j.operations))
        return null;
    const owned = (0,_config_owned_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .ownedPaths */ .qX)({ configDir: j.configDir, backupDir });
    const operations = j.operations.filter((op) => typeof op === 'object' &&
        op !== null &&
        typeof op.path === 'string' &&
        (0,_config_owned_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .ownedPathProblem */ .ic)(op.path, owned) === null &&
        (op.action === 'remove' || (op.action === 'write' && typeof op.sha256 === 'string')));
    if (operations.length !== j.operations.length)
        return null;
    // A rollback journal's `backup` is the safety backup: finishing it goes back to before.
    const target = j.backup;
    const before = j.purpose === 'rollback' ? null : j.safetyBackup;
    const [targetFiles, beforeFiles] = await Promise.all([
        manifestFiles(backupDir, target),
        before ? manifestFiles(backupDir, before) : Promise.resolve(undefined),
    ]);
    const now = new Map(await Promise.all(operations.map(async (op) => [op.path, await sha256Of(node_path__WEBPACK_IMPORTED_MODULE_2__.join(j.configDir, ...op.path.split('/')))])));
    const done = operations.every((op) => now.get(op.path) === (op.action === 'write' ? op.sha256 : null));
    const untouched = beforeFiles !== undefined && operations.every((op) => now.get(op.path) === (beforeFiles.get(op.path) ?? null));
    return {
        purpose: j.purpose,
        configDir: j.configDir,
        stagingDir: node_path__WEBPACK_IMPORTED_MODULE_2__.join(j.configDir, '.orch-backup-restore'),
        phase: j.phase,
        finishWith: targetFiles ? target : null,
        goBackWith: beforeFiles && before ? before : null,
        missing: [...(targetFiles ? [] : [target]), ...(before && !beforeFiles ? [before] : [])],
        state: j.phase === 'staging' || (untouched && !done) ? 'untouched' : done ? 'finished' : 'mixed',
    };
}
/** The backup's files by path and SHA-256, from its checked manifest; undefined when it is gone or damaged. */
async function manifestFiles(backupDir, name) {
    try {
        const backup = await (0,_store_backup_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .openBackup */ .Tw)(backupDir, name);
        return new Map(backup.manifest.files.map((f) => [f.path, f.sha256]));
    }
    catch {
        return undefined;
    }
}
async function sha256Of(file) {
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
            .update(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file))
            .digest('hex');
    }
    catch (error) {
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoOf */ .UQ)(error) === 'ENOENT' || (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoOf */ .UQ)(error) === 'ENOTDIR')
            return null;
        return 'unreadable';
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
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8378);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2048);
/* harmony import */ var _pack_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6624);
/* harmony import */ var _config_snapshot_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(936);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4680);









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
/* harmony export */   uV: () => (/* binding */ isValidName)
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
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8378);






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
  $_: () => (/* binding */ lockStore),
  QC: () => (/* binding */ publishStaged)
});

// UNUSED EXPORTS: ensureBackupDir

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
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
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8378);


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

/***/ 7777:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ parseProblemWithoutInput)
/* harmony export */ });
/**
 * V8's JSON.parse message with the piece of input it quotes (`..."api_key": sk-…"... is not valid
 * JSON`) left out: a config's content, secrets included, never reaches an error message.
 */
function parseProblemWithoutInput(nativeMessage) {
    return nativeMessage
        .replace(/^JSON\.parse: /, '')
        .replace(/,\s*(?:\.\.\.)?".*"(?:\.\.\.)?\s+is not valid JSON$/s, ' (the text is not quoted here)');
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

/***/ 1638:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FY: () => (/* binding */ OrchBackupError),
/* harmony export */   UQ: () => (/* binding */ errnoOf),
/* harmony export */   cZ: () => (/* binding */ describeErrno),
/* harmony export */   xv: () => (/* binding */ truncate),
/* harmony export */   yU: () => (/* binding */ ExitCode)
/* harmony export */ });
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
    /** Stopped by SIGINT (Ctrl-C), as shells report 128 + 2. */
    interrupted: 130,
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


/***/ }),

/***/ 8378:
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
  Cz: () => (/* reexport */ OperationInterruptedError),
  FY: () => (/* reexport */ base/* OrchBackupError */.FY),
  $0: () => (/* reexport */ PatchApplyError),
  GN: () => (/* reexport */ SettingsError),
  VF: () => (/* reexport */ StoreBusyError),
  NW: () => (/* reexport */ StoreWriteError),
  UQ: () => (/* reexport */ base/* errnoOf */.UQ)
});

// UNUSED EXPORTS: ArchiveRejectedError, ArtifactExpiredError, ArtifactNotFoundError, ArtifactsUnavailableError, ConfigChangedError, ConfirmationRequiredError, DangerousCleanError, DurationError, EmptyPolicyError, ExitCode, FileNotInBackupError, FixConflictError, GitError, GitHubPermissionError, HookConflictError, LIBRARY_REMEDIES, LockHeldError, NoConfigDirError, OutputExistsError, RestoreRecoveryError, RestoreRefusedError, RestoreRolledBackError, UnknownRevisionError, UsageError, describeErrno, describeError, describeLockHolder, remedyFor, whenInvalidJsonArchive, whenMissingConfigDir

// EXTERNAL MODULE: ./lib/errors/base.js
var base = __webpack_require__(1638);
;// CONCATENATED MODULE: ./lib/errors/input.js

// Errors in what the caller asked for: arguments, names, settings, the config dir and its files.
/** A request that cannot be carried out as given (a malformed argument, input or option). */
class UsageError extends base/* OrchBackupError */.FY {
    code = 'USAGE';
    exitCode = base/* ExitCode */.yU.usage;
}
/** A backup name that cannot be a directory in the store, or is reserved. */
class InvalidNameError extends base/* OrchBackupError */.FY {
    backupName;
    reason;
    code = 'INVALID_NAME';
    exitCode = base/* ExitCode */.yU.usage;
    constructor(backupName, reason) {
        super(`invalid backup name ${JSON.stringify((0,base/* truncate */.xv)(backupName, 60))}: ${reason}`);
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
class ConfirmationRequiredError extends base/* OrchBackupError */.FY {
    action;
    code = 'CONFIRMATION_REQUIRED';
    exitCode = base/* ExitCode */.yU.usage;
    constructor(action) {
        super(`${action} needs confirmation`);
        this.action = action;
    }
}
/** The settings file is not valid JSON or holds an unknown or mistyped setting. */
class SettingsError extends base/* OrchBackupError */.FY {
    file;
    problem;
    code = 'SETTINGS_INVALID';
    exitCode = base/* ExitCode */.yU.usage;
    constructor(file, problem) {
        super(`invalid settings in ${file}: ${problem}`);
        this.file = file;
        this.problem = problem;
    }
}
/** A retention policy that keeps nothing: applied, it would delete every backup. */
class EmptyPolicyError extends base/* OrchBackupError */.FY {
    code = 'POLICY_EMPTY';
    exitCode = base/* ExitCode */.yU.usage;
    constructor() {
        super('the retention policy is empty and would delete every backup');
    }
}
/** The config directory is missing, or is not a directory. */
class ConfigDirNotFoundError extends base/* OrchBackupError */.FY {
    configDir;
    reason;
    code = 'CONFIG_DIR_NOT_FOUND';
    constructor(configDir, reason) {
        super(reason === 'missing'
            ? `config directory not found: ${configDir}`
            : `config path is not a directory: ${configDir}`);
        this.configDir = configDir;
        this.reason = reason;
    }
}
/** The config directory holds no file the include patterns match. */
class EmptyConfigError extends base/* OrchBackupError */.FY {
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
class ConfigChangedDuringBackupError extends base/* OrchBackupError */.FY {
    file;
    code = 'CONFIG_CHANGED_DURING_BACKUP';
    constructor(file) {
        super(`${file} changed while it was being backed up; nothing was stored: run the backup again`);
        this.file = file;
    }
}
/** A config file could not be read (permissions, or it vanished). */
class FileUnreadableError extends base/* OrchBackupError */.FY {
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
class InvalidJsonError extends base/* OrchBackupError */.FY {
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
class UnknownRevisionError extends base/* OrchBackupError */.FY {
    ref;
    insideGit;
    code = 'UNKNOWN_REVISION';
    exitCode = base/* ExitCode */.yU.usage;
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
class NoConfigDirError extends base/* OrchBackupError */.FY {
    source;
    code = 'NO_CONFIG_DIR';
    exitCode = base/* ExitCode */.yU.usage;
    constructor(source) {
        super(source.kind === 'given'
            ? `config directory ${source.configDir} does not exist (given by ${source.by})`
            : `no ${source.lookedFor} found in ${source.from}${source.stoppedAt === source.from ? '' : ` or any parent up to ${source.stoppedAt}`} (${source.stoppedKind === 'repository' ? 'the repository root' : 'the file system root'})`);
        this.source = source;
    }
}
/** `hook install` will not take over git's hooks from another hook manager or a hooks directory of the user's. */
class HookConflictError extends base/* OrchBackupError */.FY {
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
    const details = [holder.command, holder.acquiredAt ? `since ${holder.acquiredAt}` : undefined]
        .filter(Boolean)
        .join(', ');
    return `process ${holder.pid} on host ${JSON.stringify(cut(String(holder.hostname ?? 'unknown'), 60))}${details ? ` (${cut(details, 80)})` : ''}`;
}
/** `unlock` found a lock whose holder may still be running. */
class LockHeldError extends base/* OrchBackupError */.FY {
    lockPath;
    holder;
    reason;
    code = 'LOCK_HELD';
    exitCode = base/* ExitCode */.yU.busy;
    constructor(lockPath, holder, reason) {
        super(`${lockPath} is held by ${describeLockHolder(holder)}, which may still be running (${reason}); nothing was removed`);
        this.lockPath = lockPath;
        this.holder = holder;
        this.reason = reason;
    }
}
/** Another process holds the store lock for longer than the lock timeout. */
class StoreBusyError extends base/* OrchBackupError */.FY {
    lockPath;
    holder;
    waitedMs;
    code = 'STORE_BUSY';
    exitCode = base/* ExitCode */.yU.busy;
    constructor(lockPath, holder, waitedMs) {
        super(`store is busy: ${describeLockHolder(holder)} holds ${lockPath}; waited ${(waitedMs / 1000).toFixed(1)} s`);
        this.lockPath = lockPath;
        this.holder = holder;
        this.waitedMs = waitedMs;
    }
}
/** A backup of that name exists; backups are never overwritten. */
class BackupExistsError extends base/* OrchBackupError */.FY {
    backupName;
    code = 'BACKUP_EXISTS';
    constructor(backupName) {
        super(`backup ${JSON.stringify(backupName)} already exists; backups are never overwritten: choose another name`);
        this.backupName = backupName;
    }
}
/** No backup of that name in the store. */
class BackupNotFoundError extends base/* OrchBackupError */.FY {
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
class FileNotInBackupError extends base/* OrchBackupError */.FY {
    backupName;
    path;
    fileCount;
    suggestions;
    code = 'FILE_NOT_IN_BACKUP';
    constructor(backupName, path, fileCount, 
    /** The backup's paths closest to `path`, best first (at most a few). */
    suggestions = []) {
        super(`backup ${JSON.stringify(backupName)} has no file ${JSON.stringify((0,base/* truncate */.xv)(path, 80))}` +
            (suggestions.length > 0 ? didYouMean(suggestions) : ` (it has ${fileCount} file${fileCount === 1 ? '' : 's'})`));
        this.backupName = backupName;
        this.path = path;
        this.fileCount = fileCount;
        this.suggestions = suggestions;
    }
}
/** A clean would delete every manual backup, or every backup but the newest, and nobody confirmed it. */
class DangerousCleanError extends base/* OrchBackupError */.FY {
    allManual;
    allButNewest;
    code = 'CLEAN_NEEDS_FORCE';
    exitCode = base/* ExitCode */.yU.usage;
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
class BackupDirError extends base/* OrchBackupError */.FY {
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
class ManifestError extends base/* OrchBackupError */.FY {
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
class BackupDamagedError extends base/* OrchBackupError */.FY {
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
class StoreWriteError extends base/* OrchBackupError */.FY {
    target;
    errno;
    code = 'STORE_WRITE_FAILED';
    constructor(target, errno, options) {
        super(`${(0,base/* describeErrno */.cZ)(errno)} while writing ${target}; nothing was saved and the config is untouched`, options);
        this.target = target;
        this.errno = errno;
    }
}

;// CONCATENATED MODULE: ./lib/errors/operations.js

// Errors of restore, export/import, git and patches.
/** Restoring this backup would put configs in place that do not validate. */
class RestoreRefusedError extends base/* OrchBackupError */.FY {
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
class ConfigChangedError extends base/* OrchBackupError */.FY {
    files;
    code = 'CONFIG_CHANGED';
    constructor(files) {
        super(`the config changed while the restore was being planned (${files.slice(0, 3).join(', ')}); nothing was restored: run the restore again`);
        this.files = files;
    }
}
/** A restore was applied, its result did not validate, and the config was put back as it was. */
class RestoreRolledBackError extends base/* OrchBackupError */.FY {
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
class RestoreRecoveryError extends base/* OrchBackupError */.FY {
    file;
    code = 'RESTORE_UNRECOVERABLE';
    constructor(file) {
        super(`cannot finish the interrupted restore: staged copy of ${file} is gone`);
        this.file = file;
    }
}
/** An archive that cannot be imported as it is; nothing was written into the store. */
class ArchiveRejectedError extends base/* OrchBackupError */.FY {
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
class OutputExistsError extends base/* OrchBackupError */.FY {
    file;
    code = 'OUTPUT_EXISTS';
    constructor(file) {
        super(`${file} already exists; an export never overwrites a file: remove it or choose another output path`);
        this.file = file;
    }
}
/** A git command the hook or the Action runs failed. */
class GitError extends base/* OrchBackupError */.FY {
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
class PatchApplyError extends base/* OrchBackupError */.FY {
    operation;
    reason;
    code = 'PATCH_NOT_APPLICABLE';
    constructor(operation, reason) {
        super(`${operation.op} ${operation.path}: ${reason}`);
        this.operation = operation;
        this.reason = reason;
    }
    /** The operation without its value: config content (a secret, maybe) never goes into `--json` errors or the log. */
    data() {
        const { op, path } = this.operation;
        return {
            operation: { op, path, ...('from' in this.operation ? { from: this.operation.from } : {}) },
            reason: this.reason,
        };
    }
}
/** A reference to rewrite no longer holds what the judgement saw: the file changed in between. */
class FixConflictError extends base/* OrchBackupError */.FY {
    file;
    pointer;
    code = 'FIX_CONFLICT';
    constructor(file, pointer) {
        super(`${file} changed while it was being fixed (${pointer} no longer holds the old id); nothing was written to it`);
        this.file = file;
        this.pointer = pointer;
    }
}
/** An operation stopped on request (Ctrl-C, an aborted signal) at a point where it could stop cleanly. */
class OperationInterruptedError extends base/* OrchBackupError */.FY {
    operation;
    state;
    code = 'INTERRUPTED';
    exitCode = base/* ExitCode */.yU.interrupted;
    constructor(operation, state) {
        const text = {
            'nothing-changed': 'nothing was changed',
            'rolled-back': 'the restore was rolled back; the config is as before',
            'partial-removed': 'the partial backup was removed',
        };
        super(`${operation} interrupted: ${text[state]}`);
        this.operation = operation;
        this.state = state;
    }
}

;// CONCATENATED MODULE: ./lib/errors/github.js

// Errors only the GitHub Action meets: artifacts and repository permissions.
/** No backup artifact of that name, or the artifact holds no backup. */
class ArtifactNotFoundError extends base/* OrchBackupError */.FY {
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
class ArtifactExpiredError extends base/* OrchBackupError */.FY {
    artifactName;
    expiresAt;
    code = 'ARTIFACT_EXPIRED';
    constructor(artifactName, expiresAt) {
        super(`backup artifact ${JSON.stringify(artifactName)} has expired${expiresAt ? ` (on ${expiresAt})` : ''}: GitHub no longer keeps its content`);
        this.artifactName = artifactName;
        this.expiresAt = expiresAt;
    }
}
/**
 * The artifact service does not exist on this server (GitHub Enterprise Server): `@actions/artifact`
 * supports github.com and GHE.com only, so a backup artifact cannot be downloaded here.
 */
class ArtifactsUnavailableError extends base/* OrchBackupError */.FY {
    serverUrl;
    artifactName;
    code = 'ARTIFACTS_UNAVAILABLE';
    constructor(serverUrl, artifactName) {
        super(`backup artifact ${JSON.stringify(artifactName)} cannot be downloaded from ${serverUrl}, a GitHub Enterprise Server (@actions/artifact, which reads artifacts, supports github.com and GHE.com only)`);
        this.serverUrl = serverUrl;
        this.artifactName = artifactName;
    }
}
/** The workflow's token may not open pull requests; the branch was pushed all the same. */
class GitHubPermissionError extends base/* OrchBackupError */.FY {
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
/* harmony export */   Xj: () => (/* binding */ LegacyJournalError),
/* harmony export */   Y7: () => (/* binding */ JournalRejectedError),
/* harmony export */   c9: () => (/* binding */ JournalOfOtherUserError)
/* harmony export */ });
/* unused harmony exports RestoreMoveFailedError, RestorePathError */
/* harmony import */ var _base_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1638);

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
class RestoreObstacleError extends _base_js__WEBPACK_IMPORTED_MODULE_0__/* .OrchBackupError */ .FY {
    backupName;
    path;
    reason;
    errno;
    code = 'RESTORE_OBSTACLE';
    constructor(backupName, path, reason, errno) {
        const text = reason === 'not-writable' && errno ? `is not writable (${(0,_base_js__WEBPACK_IMPORTED_MODULE_0__/* .describeErrno */ .cZ)(errno)})` : OBSTACLE_TEXT[reason];
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
class RestoreMoveFailedError extends _base_js__WEBPACK_IMPORTED_MODULE_0__/* .OrchBackupError */ .FY {
    backupName;
    path;
    errno;
    code = 'RESTORE_MOVE_FAILED';
    constructor(backupName, path, errno, options) {
        super(`restoring ${JSON.stringify(backupName)} failed while moving ${JSON.stringify(path)} (${(0,_base_js__WEBPACK_IMPORTED_MODULE_0__/* .describeErrno */ .cZ)(errno)}); ` +
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
class RestoreStuckError extends _base_js__WEBPACK_IMPORTED_MODULE_0__/* .OrchBackupError */ .FY {
    backupName;
    configDir;
    stagingDir;
    attempts;
    code = 'RESTORE_INTERRUPTED';
    constructor(backupName, configDir, stagingDir, attempts) {
        const tried = attempts
            .map((a) => `${a.direction === 'finish' ? 'finishing' : 'rolling back'} failed at ${JSON.stringify(a.path)} (${(0,_base_js__WEBPACK_IMPORTED_MODULE_0__/* .describeErrno */ .cZ)(a.errno)})`)
            .join('; ');
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
class JournalRejectedError extends _base_js__WEBPACK_IMPORTED_MODULE_0__/* .OrchBackupError */ .FY {
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
class JournalKeyError extends _base_js__WEBPACK_IMPORTED_MODULE_0__/* .OrchBackupError */ .FY {
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
class JournalOfOtherUserError extends _base_js__WEBPACK_IMPORTED_MODULE_0__/* .OrchBackupError */ .FY {
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
/** A path named for a partial restore that is outside the config dir, the tool's own, or on neither side. */
class RestorePathError extends _base_js__WEBPACK_IMPORTED_MODULE_0__/* .OrchBackupError */ .FY {
    backupName;
    path;
    reason;
    suggestions;
    code = 'RESTORE_PATH';
    exitCode = _base_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.usage;
    constructor(backupName, path, reason, 
    /** For `not-found`: the known paths closest to `path`, best first (at most a few). */
    suggestions = []) {
        const shown = JSON.stringify((0,_base_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(path, 80));
        const text = {
            'outside-config-dir': `cannot restore ${shown}: paths are relative to the config dir and may not leave it`,
            'owned-path': `cannot restore ${shown}: it belongs to the tool itself (its settings, store or restore scratch), not to the config`,
            'not-found': `neither backup ${JSON.stringify(backupName)} nor the config has ${shown}${didYouMean(suggestions)}`,
        };
        super(text[reason]);
        this.backupName = backupName;
        this.path = path;
        this.reason = reason;
        this.suggestions = suggestions;
    }
}
function didYouMean(suggestions) {
    if (suggestions.length === 0)
        return '';
    const quoted = suggestions.map((s) => JSON.stringify(s));
    const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
    return ` (did you mean ${list}?)`;
}
/**
 * A restore journal an older version wrote (format 1): unsigned, so never executed, and set aside.
 * The message says what it was doing and which ordinary restore ends it.
 */
class LegacyJournalError extends _base_js__WEBPACK_IMPORTED_MODULE_0__/* .OrchBackupError */ .FY {
    file;
    movedTo;
    purpose;
    state;
    configDir;
    stagingDir;
    finishWith;
    goBackWith;
    missing;
    code = 'JOURNAL_OLD_FORMAT';
    constructor(file, movedTo, purpose, state, configDir, stagingDir, 
    /** The restore that completes it (`orch-backup restore <finishWith>`), when the store has that backup. */
    finishWith, 
    /** The restore that goes back to before it, when the store has that backup. */
    goBackWith, missing) {
        const what = purpose === 'rollback'
            ? `a rollback to ${JSON.stringify(finishWith ?? missing[0])}`
            : `a restore of ${JSON.stringify(finishWith ?? missing[0])}`;
        const where = `in ${configDir}`;
        const state_ = state === 'finished'
            ? `${what} had completed ${where}: every file it names is as the backup has it, so nothing is left to do`
            : state === 'untouched'
                ? `${what} had not changed any file ${where} yet: the config is as it was`
                : `${what} stopped half way ${where}: the config is partly old, partly new. ` +
                    [
                        finishWith && `To complete it: orch-backup restore ${finishWith}`,
                        goBackWith && `to go back to the config before it: orch-backup restore ${goBackWith}`,
                        !finishWith &&
                            !goBackWith &&
                            'neither backup it names is in this store: check the config by hand (orch-backup validate)',
                    ]
                        .filter(Boolean)
                        .join('; ');
        super(`a restore journal ${file} from an older version (format 1, unsigned) was not executed` +
            `${movedTo ? ` and was set aside as ${movedTo}` : ''}: ${state_}` +
            `${missing.length > 0 && state === 'mixed' && (finishWith || goBackWith) ? ` (${missing.map((m) => JSON.stringify(m)).join(', ')} is no longer in the store)` : ''}` +
            `. Its staged copies, if any, are in ${stagingDir}: nothing there is needed, delete it (rm -r ${JSON.stringify(stagingDir)})`);
        this.file = file;
        this.movedTo = movedTo;
        this.purpose = purpose;
        this.state = state;
        this.configDir = configDir;
        this.stagingDir = stagingDir;
        this.finishWith = finishWith;
        this.goBackWith = goBackWith;
        this.missing = missing;
    }
}


/***/ }),

/***/ 2061:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runClaudeHook: () => (/* binding */ runClaudeHook)
/* harmony export */ });
/* harmony import */ var _core_config_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2393);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _core_restore_journal_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7473);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8378);





/** The part of the hook that runs once a tool call touches the config; returns the exit code. */
async function runClaudeHook(run) {
    const event = run.payload.hook_event_name;
    let settings;
    try {
        const settingsFile = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(run.projectDir, process.env.ORCH_BACKUP_SETTINGS ?? node_path__WEBPACK_IMPORTED_MODULE_2__.join(run.configDir, _core_config_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .SETTINGS_FILE */ .tP));
        settings = (await (0,_core_config_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .loadSettings */ .M5)(settingsFile)).settings;
        const lockTimeoutMs = process.env.ORCH_BACKUP_LOCK_TIMEOUT
            ? Number(process.env.ORCH_BACKUP_LOCK_TIMEOUT) * 1000
            : settings.lockTimeoutMs;
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,_core_restore_journal_js__WEBPACK_IMPORTED_MODULE_3__/* .journalPath */ .HY)(run.backupDir))) {
            const { recoverInterruptedRestore } = await Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(860), __webpack_require__.e(373), __webpack_require__.e(905)]).then(__webpack_require__.bind(__webpack_require__, 5905));
            await recoverInterruptedRestore({ backupDir: run.backupDir, lockTimeoutMs });
        }
        const use = {
            ...(run.payload.session_id ? { sessionId: run.payload.session_id } : {}),
            ...(run.payload.tool_use_id ? { toolUseId: run.payload.tool_use_id } : {}),
        };
        const common = { configDir: run.configDir, backupDir: run.backupDir, settings, ...use };
        // Each event loads only its own half: a backup needs no diff or judgement, and the other way round.
        if (event === 'PreToolUse') {
            const { backupBeforeEdit } = await Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(860), __webpack_require__.e(373), __webpack_require__.e(0)]).then(__webpack_require__.bind(__webpack_require__, 3000));
            const outcome = await backupBeforeEdit({ ...common, lockTimeoutMs, target: run.target });
            // Exit 0's stdout is for Claude Code's transcript only; the backup is not news for Claude.
            if (outcome.status === 'backed-up')
                run.stdout(`orch-backup: 📦 backup ${outcome.backup}: ${outcome.description}\n`);
            return 0;
        }
        if (event === 'PostToolUse') {
            const [{ judgeAfterEdit }, { renderEditReason }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(324), __webpack_require__.e(860), __webpack_require__.e(467)]).then(__webpack_require__.bind(__webpack_require__, 7467)),
                __webpack_require__.e(/* import() */ 30).then(__webpack_require__.bind(__webpack_require__, 3030)),
            ]);
            const outcome = await judgeAfterEdit(common);
            if (outcome.status === 'judged' && outcome.broken) {
                run.stdout(`${JSON.stringify({ decision: 'block', reason: renderEditReason(outcome.judgement, outcome.backup, run.target.tool) })}\n`);
            }
            return 0;
        }
        return 0;
    }
    catch (error) {
        const reason = error instanceof _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .OrchBackupError */ .FY ? error.message : String(error?.message ?? error);
        if (event === 'PreToolUse' && settings?.claudeCode.failClosed) {
            run.stderr(`orch-backup: the ${run.target.tool} call was blocked because no backup of the config could be made first (claudeCode.failClosed is set): ${reason}\n`);
            return 2;
        }
        const what = event === 'PreToolUse'
            ? `no backup was made before this ${run.target.tool}`
            : `this ${run.target.tool} was not checked`;
        run.stderr(`orch-backup: ${what} (the tool call goes on): ${reason}\n`);
        return 1;
    }
}


/***/ })

};
;