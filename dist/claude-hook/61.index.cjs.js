"use strict";
exports.id = 61;
exports.ids = [61];
exports.modules = {

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
/* harmony import */ var _util_parse_problem_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7777);
/* harmony import */ var _diff_secret_keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5400);




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
    secretKeys: [..._diff_secret_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_SECRET_KEYS */ .wp],
    retention: DEFAULT_RETENTION,
    lockTimeoutMs: 10_000,
    hook: { bulkFiles: 5, bulkEntities: 20 },
    claudeCode: { failClosed: false },
};
// The schema is src/core/config/settings.schema.json; settings-validator.generated.ts is its
// compiled form (scripts/settings-validator.mjs), so no run loads ajv or compiles it again.
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
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .SettingsError */ .GN(file, `not valid JSON (${(0,_util_parse_problem_js__WEBPACK_IMPORTED_MODULE_3__/* .parseProblemWithoutInput */ .Z)(error.message)})`);
    }
    // Loaded only when there is a settings file: the hooks start without it otherwise.
    const { default: checkSettings } = await __webpack_require__.e(/* import() */ 217).then(__webpack_require__.bind(__webpack_require__, 6217));
    if (!checkSettings(raw)) {
        const first = checkSettings.errors?.[0];
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

/***/ 5400:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XF: () => (/* binding */ REDACTED),
/* harmony export */   ZT: () => (/* binding */ isSecretFlag),
/* harmony export */   rd: () => (/* binding */ redactString),
/* harmony export */   uE: () => (/* binding */ isSecretKey),
/* harmony export */   wp: () => (/* binding */ DEFAULT_SECRET_KEYS)
/* harmony export */ });
/* unused harmony export needlesOf */
// Which keys name secrets, and masking of credentials in free text: its own module because
// every edge's error message goes through redactString (errors/remedy.ts), and the rest of
// redact.ts (values, pointers, patches) is loaded only where values are shown.
/**
 * The key fragments that name secrets unless the settings say otherwise (`secretKeys`); a bare
 * library call is as careful as the CLI. Here rather than in settings.ts, so that this module
 * imports nothing: errors/remedy.ts masks every error message through it.
 */
const DEFAULT_SECRET_KEYS = [
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
];
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
/** Each secret-key fragment as its singular words: `api_keys` → api, key. Memoised per list. */
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
/** `--api-key`, `-token`, `--password`: a command-line flag whose name is secret-like. */
function isSecretFlag(text, secretKeys = DEFAULT_SECRET_KEYS) {
    if (typeof text !== 'string')
        return false;
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
        shown = shown.replace(/([?&;])([^=&#\s]+)=([^&#\s]+)/g, (all, sep, name) => isSecretKey(name, secretKeys) ? `${sep}${name}=${REDACTED}` : all);
    }
    if (AUTH_SCHEME.test(shown))
        shown = shown.replace(/\b(Bearer|Basic|Token|Digest)\s+[A-Za-z0-9._~+/=:-]{6,}/g, `$1 ${REDACTED}`);
    if (shown.includes('-')) {
        shown = shown.replace(/(^|\s)(--?[A-Za-z][\w.-]*)(=|\s+)(?!-)(\S+)/g, (all, lead, flag, sep) => isSecretFlag(flag, secretKeys) ? `${lead}${flag}${sep}${REDACTED}` : all);
    }
    return shown;
}
const AUTH_SCHEME = /\b(?:Bearer|Basic|Token|Digest)\s/;


/***/ }),

/***/ 7957:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ journalPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);

const JOURNAL_FILE = '.restore-journal.json';
/**
 * Where a restore keeps its journal. Its own module because every command and hook checks for
 * an interrupted restore before anything else: the check must not load the journal code itself.
 */
function journalPath(backupDir) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.join(backupDir, JOURNAL_FILE);
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
  Uc: () => (/* reexport */ describeError),
  UQ: () => (/* reexport */ base/* errnoOf */.UQ)
});

// UNUSED EXPORTS: ArchiveRejectedError, ArtifactExpiredError, ArtifactNotFoundError, ArtifactsUnavailableError, ConfigChangedError, ConfirmationRequiredError, DangerousCleanError, DurationError, EmptyPolicyError, ExitCode, FileNotInBackupError, FixConflictError, GitError, GitHubPermissionError, HookConflictError, LIBRARY_REMEDIES, LockHeldError, NoConfigDirError, OutputExistsError, RestoreRecoveryError, RestoreRefusedError, RestoreRolledBackError, UnknownRevisionError, UsageError, describeErrno, describeLockHolder, remedyFor, whenInvalidJsonArchive, whenMissingConfigDir

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

// EXTERNAL MODULE: ./lib/core/diff/secret-keys.js
var secret_keys = __webpack_require__(5400);
;// CONCATENATED MODULE: ./lib/errors/remedy.js

function remedyFor(error, remedies) {
    const remedy = remedies[error.code];
    return typeof remedy === 'function' ? remedy(error) : remedy;
}
/**
 * The error's message followed by the edge's remedy, if it has one. A message may quote what git,
 * a parser or the API said: credentials in it are masked here, where every edge's message passes.
 */
function describeError(error, remedies) {
    const remedy = remedyFor(error, remedies);
    return (0,secret_keys/* redactString */.rd)(remedy ? `${error.message}: ${remedy}` : error.message);
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

/***/ 2061:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runClaudeHook: () => (/* binding */ runClaudeHook)
/* harmony export */ });
/* harmony import */ var _core_config_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2393);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _core_restore_journal_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7957);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8378);
/* harmony import */ var _core_diff_secret_keys_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5400);






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
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,_core_restore_journal_path_js__WEBPACK_IMPORTED_MODULE_3__/* .journalPath */ .H)(run.backupDir))) {
            const { recoverInterruptedRestore } = await Promise.all(/* import() */[__webpack_require__.e(519), __webpack_require__.e(377), __webpack_require__.e(40), __webpack_require__.e(373), __webpack_require__.e(218)]).then(__webpack_require__.bind(__webpack_require__, 1218));
            await recoverInterruptedRestore({ backupDir: run.backupDir, lockTimeoutMs });
        }
        const use = {
            ...(run.payload.session_id ? { sessionId: run.payload.session_id } : {}),
            ...(run.payload.tool_use_id ? { toolUseId: run.payload.tool_use_id } : {}),
        };
        const common = { configDir: run.configDir, backupDir: run.backupDir, settings, ...use };
        // Each event loads only its own half: a backup needs no diff or judgement, and the other way round.
        if (event === 'PreToolUse') {
            const { backupBeforeEdit } = await Promise.all(/* import() */[__webpack_require__.e(519), __webpack_require__.e(377), __webpack_require__.e(40), __webpack_require__.e(373), __webpack_require__.e(0)]).then(__webpack_require__.bind(__webpack_require__, 3000));
            const outcome = await backupBeforeEdit({ ...common, lockTimeoutMs, target: run.target });
            // Exit 0's stdout is for Claude Code's transcript only; the backup is not news for Claude.
            if (outcome.status === 'backed-up')
                run.stdout(`orch-backup: 📦 backup ${outcome.backup}: ${outcome.description}\n`);
            return 0;
        }
        if (event === 'PostToolUse') {
            const [{ judgeAfterEdit }, { renderEditReason }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(519), __webpack_require__.e(377), __webpack_require__.e(324), __webpack_require__.e(40), __webpack_require__.e(164)]).then(__webpack_require__.bind(__webpack_require__, 9164)),
                Promise.all(/* import() */[__webpack_require__.e(519), __webpack_require__.e(30)]).then(__webpack_require__.bind(__webpack_require__, 3030)),
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
        // Masked like every error line: a message may quote what git or a file said.
        const reason = error instanceof _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .OrchBackupError */ .FY
            ? (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .describeError */ .Uc)(error, {})
            : (0,_core_diff_secret_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .redactString */ .rd)(String(error?.message ?? error));
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