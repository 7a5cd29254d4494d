"use strict";
exports.id = 218;
exports.ids = [218];
exports.modules = {

/***/ 1424:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ FORMATTING_ONLY)
/* harmony export */ });
/* unused harmony export isFormattingOnly */
/* harmony import */ var _kinds_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6751);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3044);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(793);



/**
 * The words every view uses for a JSON file whose bytes differ but whose parsed content is the
 * same (indentation, key order, a final newline): `list`, `diff` and `restore` say exactly this.
 */
const FORMATTING_ONLY = 'formatting only';
/** Two versions of a file differ in formatting only: both JSON, both parse, and to equal values. */
function isFormattingOnly(file, before, after) {
    if (kindOfPath(file) !== 'json')
        return false;
    const a = parsed(before);
    if (a === NOT_JSON)
        return false;
    const b = parsed(after);
    return b !== NOT_JSON && deepEqual(a, b);
}
const NOT_JSON = Symbol('not JSON');
function parsed(bytes) {
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok)
        return NOT_JSON;
    const result = parseJson(decoded.text);
    return result.ok ? result.value : NOT_JSON;
}


/***/ }),

/***/ 8478:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ readBackupFiles)
/* harmony export */ });
/* unused harmony export validateBackup */
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8378);
/* harmony import */ var _store_backup_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1883);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1015);
/* harmony import */ var _validate_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8676);
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

/***/ 1218:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  recoverInterruptedRestore: () => (/* reexport */ recoverInterruptedRestore)
});

// UNUSED EXPORTS: planRestore, restoreBackup

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/errors/index.js + 5 modules
var errors = __webpack_require__(8378);
// EXTERNAL MODULE: ./lib/core/create/create.js + 3 modules
var create = __webpack_require__(4373);
// EXTERNAL MODULE: ./lib/core/util/faults.js
var util_faults = __webpack_require__(2567);
// EXTERNAL MODULE: ./lib/core/util/interrupt.js
var interrupt = __webpack_require__(2763);
// EXTERNAL MODULE: ./lib/core/store/history.js
var store_history = __webpack_require__(7309);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/errors/base.js
var base = __webpack_require__(1638);
;// CONCATENATED MODULE: ./lib/errors/restore.js

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
class restore_RestoreObstacleError extends base/* OrchBackupError */.FY {
    backupName;
    path;
    reason;
    errno;
    code = 'RESTORE_OBSTACLE';
    constructor(backupName, path, reason, errno) {
        const text = reason === 'not-writable' && errno ? `is not writable (${(0,base/* describeErrno */.cZ)(errno)})` : OBSTACLE_TEXT[reason];
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
class restore_RestoreMoveFailedError extends base/* OrchBackupError */.FY {
    backupName;
    path;
    errno;
    code = 'RESTORE_MOVE_FAILED';
    constructor(backupName, path, errno, options) {
        super(`restoring ${JSON.stringify(backupName)} failed while moving ${JSON.stringify(path)} (${(0,base/* describeErrno */.cZ)(errno)}); ` +
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
class restore_RestoreStuckError extends base/* OrchBackupError */.FY {
    backupName;
    configDir;
    stagingDir;
    attempts;
    code = 'RESTORE_INTERRUPTED';
    constructor(backupName, configDir, stagingDir, attempts) {
        const tried = attempts
            .map((a) => `${a.direction === 'finish' ? 'finishing' : 'rolling back'} failed at ${JSON.stringify(a.path)} (${(0,base/* describeErrno */.cZ)(a.errno)})`)
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
class JournalRejectedError extends base/* OrchBackupError */.FY {
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
class JournalKeyError extends base/* OrchBackupError */.FY {
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
class JournalOfOtherUserError extends base/* OrchBackupError */.FY {
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
class restore_RestorePathError extends base/* OrchBackupError */.FY {
    backupName;
    path;
    reason;
    suggestions;
    code = 'RESTORE_PATH';
    exitCode = base/* ExitCode */.yU.usage;
    constructor(backupName, path, reason, 
    /** For `not-found`: the known paths closest to `path`, best first (at most a few). */
    suggestions = []) {
        const shown = JSON.stringify((0,base/* truncate */.xv)(path, 80));
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
class LegacyJournalError extends base/* OrchBackupError */.FY {
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

// EXTERNAL MODULE: ./lib/core/config/owned-paths.js
var owned_paths = __webpack_require__(3742);
// EXTERNAL MODULE: ./lib/core/store/manifest.js
var manifest = __webpack_require__(2048);
// EXTERNAL MODULE: ./lib/core/store/names.js
var names = __webpack_require__(1833);
// EXTERNAL MODULE: ./lib/core/store/store.js + 1 modules
var store = __webpack_require__(4680);
// EXTERNAL MODULE: ./lib/core/util/fs.js
var fs = __webpack_require__(5637);
// EXTERNAL MODULE: ./lib/core/store/backup-reader.js
var backup_reader = __webpack_require__(1883);
;// CONCATENATED MODULE: ./lib/core/restore/legacy-journal.js







function isLegacyJournal(raw) {
    return typeof raw === 'object' && raw !== null && raw.version === 1;
}
/** What can be known from a format-1 journal without trusting it; null when it is not even shaped like one. */
async function inspectLegacyJournal(raw, backupDir) {
    const j = raw;
    if (j.purpose !== 'restore' && j.purpose !== 'rollback')
        return null;
    if (typeof j.backup !== 'string' || !(0,names/* isValidName */.uV)(j.backup))
        return null;
    if (j.safetyBackup !== null && (typeof j.safetyBackup !== 'string' || !(0,names/* isValidName */.uV)(j.safetyBackup)))
        return null;
    if (typeof j.configDir !== 'string' || !external_node_path_.isAbsolute(j.configDir))
        return null;
    if (j.phase !== 'staging' && j.phase !== 'applying' && j.phase !== 'applied')
        return null;
    if (!Array.isArray(j.operations))
        return null;
    const owned = (0,owned_paths/* ownedPaths */.qX)({ configDir: j.configDir, backupDir });
    const operations = j.operations.filter((op) => typeof op === 'object' &&
        op !== null &&
        typeof op.path === 'string' &&
        (0,owned_paths/* ownedPathProblem */.ic)(op.path, owned) === null &&
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
    const now = new Map(await Promise.all(operations.map(async (op) => [op.path, await sha256Of(external_node_path_.join(j.configDir, ...op.path.split('/')))])));
    const done = operations.every((op) => now.get(op.path) === (op.action === 'write' ? op.sha256 : null));
    const untouched = beforeFiles !== undefined && operations.every((op) => now.get(op.path) === (beforeFiles.get(op.path) ?? null));
    return {
        purpose: j.purpose,
        configDir: j.configDir,
        stagingDir: external_node_path_.join(j.configDir, '.orch-backup-restore'),
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
        const backup = await (0,backup_reader/* openBackup */.Tw)(backupDir, name);
        return new Map(backup.manifest.files.map((f) => [f.path, f.sha256]));
    }
    catch {
        return undefined;
    }
}
async function sha256Of(file) {
    try {
        return (0,external_node_crypto_.createHash)('sha256')
            .update(await (0,promises_.readFile)(file))
            .digest('hex');
    }
    catch (error) {
        if ((0,errors/* errnoOf */.UQ)(error) === 'ENOENT' || (0,errors/* errnoOf */.UQ)(error) === 'ENOTDIR')
            return null;
        return 'unreadable';
    }
}

// EXTERNAL MODULE: ./lib/core/restore/journal-path.js
var journal_path = __webpack_require__(7957);
;// CONCATENATED MODULE: ./lib/core/restore/journal.js














/** The secret that authenticates journals: only a journal this store's user wrote is ever executed. */
const JOURNAL_KEY_FILE = '.journal-key';
const REJECTED_PREFIX = '.rejected-journal-';
function journal_stagingDirOf(configRoot) {
    return external_node_path_.join(configRoot, owned_paths/* RESTORE_STAGING_DIR */.T);
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
async function journal_journalKey(backupDir, create, faults = util_faults/* noFaults */.n) {
    const file = external_node_path_.join(backupDir, JOURNAL_KEY_FILE);
    const info = await (0,promises_.lstat)(file).catch((error) => {
        if ((0,errors/* errnoOf */.UQ)(error) === 'ENOENT')
            return null;
        throw error;
    });
    if (!info) {
        if (!create)
            return null;
        // Written whole aside, then linked into place: a crash never leaves a short key in use, and
        // linking, unlike renaming, never replaces a key another process put there first.
        const key = (0,external_node_crypto_.randomBytes)(32).toString('hex');
        const temp = (0,store/* stagingPath */.Vu)(backupDir, 'key');
        await (0,fs/* writeNewFile */.S0)(temp, key, 0o600);
        faults.reached('journal:key-aside');
        // A file system without hard links gets an exclusive create, as before.
        await (0,promises_.link)(temp, file)
            .catch(() => (0,fs/* writeNewFile */.S0)(file, key, 0o600))
            .catch((error) => {
            if ((0,errors/* errnoOf */.UQ)(error) !== 'EEXIST')
                throw error;
        })
            .finally(() => (0,promises_.unlink)(temp).catch(() => undefined));
        return journal_journalKey(backupDir, false);
    }
    const uid = typeof process.geteuid === 'function' ? process.geteuid() : info.uid;
    if (!info.isFile())
        throw new JournalKeyError(file, 'it is not a regular file');
    if ((info.mode & 0o077) !== 0)
        throw new JournalKeyError(file, `others may read or change it (mode ${(info.mode & 0o777).toString(8)})`);
    if (info.uid !== uid)
        throw new JournalKeyError(file, `it belongs to uid ${info.uid}, not to you (uid ${uid})`, info.uid);
    return Buffer.from(await (0,promises_.readFile)(file, 'utf8'), 'utf8');
}
function macOf(key, journal) {
    const { mac: _ignored, ...rest } = journal;
    return (0,external_node_crypto_.createHmac)('sha256', key).update((0,manifest/* canonicalJson */.dj)(rest)).digest('hex');
}
/** Replaces the journal atomically, signed; every journal write happens under the store lock. */
async function journal_writeJournal(backupDir, key, journal, faults = util_faults/* noFaults */.n) {
    const signed = { ...journal, mac: macOf(key, journal) };
    // Readable by all: it holds no secret (the signature is what matters), and another user must
    // be able to see whose interrupted restore it is.
    await (0,store/* replaceViaStaging */.Gr)(backupDir, 'journal', (0,journal_path/* journalPath */.H)(backupDir), JSON.stringify(signed, null, 2), 0o644, () => faults.reached('journal:temp-written'));
    return signed;
}
/**
 * Reads the journal and decides whether it may be executed: it must be signed with this store's
 * key, and even then every path in it must be confined (the staging dir the known one inside its
 * config dir, every operation a safe relative path that is not the tool's own).
 */
async function journal_loadJournal(backupDir) {
    let text;
    try {
        text = await (0,promises_.readFile)((0,journal_path/* journalPath */.H)(backupDir), 'utf8');
    }
    catch (error) {
        if ((0,errors/* errnoOf */.UQ)(error) === 'ENOENT' || (0,errors/* errnoOf */.UQ)(error) === 'ENOTDIR')
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
    if (isLegacyJournal(raw))
        return { legacy: raw };
    const problem = shapeProblem(raw, backupDir);
    if (problem)
        return { rejected: problem };
    const journal = raw;
    let key;
    try {
        key = await journal_journalKey(backupDir, false);
    }
    catch (error) {
        // Another user's private key: their journal may be their interrupted restore; leave it to them.
        if (error instanceof JournalKeyError && error.ownerUid !== undefined)
            return { otherUser: error.ownerUid };
        return { rejected: error.message };
    }
    if (!key)
        return { rejected: `the store has no journal key (${JOURNAL_KEY_FILE}), so it did not write this journal` };
    const expected = Buffer.from(macOf(key, journal), 'hex');
    const actual = Buffer.from(String(journal.mac), 'hex');
    if (actual.length !== expected.length || !(0,external_node_crypto_.timingSafeEqual)(actual, expected))
        return { rejected: "its signature does not match the store's journal key (planted or edited)" };
    return { journal, key };
}
function shapeProblem(raw, backupDir) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        return 'it is not a JSON object';
    const j = raw;
    if (j.version !== 2)
        return `it has format ${JSON.stringify(j.version)}, not 2`;
    if (typeof j.backup !== 'string' || !(0,names/* isValidName */.uV)(j.backup))
        return 'it names no valid backup';
    if (j.safetyBackup !== null && (typeof j.safetyBackup !== 'string' || !(0,names/* isValidName */.uV)(j.safetyBackup)))
        return 'its safety backup name is not valid';
    if (typeof j.configDir !== 'string' || !external_node_path_.isAbsolute(j.configDir) || external_node_path_.resolve(j.configDir) !== j.configDir)
        return 'its config dir is not an absolute, normalised path';
    if (resolved(j.configDir) !== j.configDir)
        return `its config dir ${j.configDir} is reached through a symlink`;
    if (j.stagingDir !== journal_stagingDirOf(j.configDir))
        return `its staging dir ${JSON.stringify(j.stagingDir)} is not ${journal_stagingDirOf(j.configDir)}`;
    if (!['staging', 'applying', 'applied', 'rolling-back'].includes(String(j.phase)))
        return 'its phase is unknown';
    if (!Array.isArray(j.operations) || !Array.isArray(j.createdDirs) || typeof j.mac !== 'string')
        return 'it lacks operations, directories or a signature';
    const owned = (0,owned_paths/* ownedPaths */.qX)({ configDir: j.configDir, backupDir });
    const sha = (v) => v === null || (typeof v === 'string' && /^[0-9a-f]{64}$/.test(v));
    const seen = new Set();
    for (const op of j.operations) {
        const o = op;
        if (!o || typeof o.path !== 'string' || !sha(o.before) || !sha(o.after) || (o.before === null && o.after === null))
            return 'an operation is malformed';
        if ((0,owned_paths/* ownedPathProblem */.ic)(o.path, owned))
            return `an operation names ${JSON.stringify(o.path)}, outside what a restore may touch`;
        if (seen.has(o.path))
            return `it names ${JSON.stringify(o.path)} twice`;
        seen.add(o.path);
    }
    for (const dir of j.createdDirs) {
        if (typeof dir !== 'string' || (0,owned_paths/* ownedPathProblem */.ic)(dir, owned) || ![...seen].some((p) => p.startsWith(`${dir}/`)))
            return `a directory it would remove (${JSON.stringify(dir)}) is not one it creates`;
    }
    return null;
}
function resolved(dir) {
    try {
        return external_node_fs_.realpathSync.native(dir);
    }
    catch {
        return dir;
    }
}
/** Ends a transaction: the staging dir (with the originals set aside) and the journal go. */
async function journal_removeJournal(backupDir, journal) {
    await (0,fs/* removeTree */.dM)(journal.stagingDir);
    await (0,promises_.unlink)((0,journal_path/* journalPath */.H)(backupDir)).catch((error) => {
        if ((0,errors/* errnoOf */.UQ)(error) !== 'ENOENT')
            throw error;
    });
    await (0,fs/* fsyncDir */.t_)(backupDir);
}
/** A refused journal is kept for inspection under a name of the store's own, never executed. */
async function setJournalAside(backupDir, now = new Date()) {
    const target = external_node_path_.join(backupDir, `${REJECTED_PREFIX}${now.toISOString().replace(/[:.]/g, '-')}.json`);
    try {
        await (0,promises_.rename)((0,journal_path/* journalPath */.H)(backupDir), target);
        return target;
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./lib/core/restore/moves.js





/** A move that failed, with the path (relative to the config dir) it failed at. */
class moves_MoveFailure extends Error {
    path;
    errno;
    direction;
    constructor(path, errno, direction, options) {
        super(`${direction} failed at ${path} (${errno ?? 'unknown error'})`, options);
        this.path = path;
        this.errno = errno;
        this.direction = direction;
    }
}
const at = (root, rel) => external_node_path_.join(root, ...rel.split('/'));
const staged = (j, rel) => at(external_node_path_.join(j.stagingDir, 'new'), rel);
const original = (j, rel) => at(external_node_path_.join(j.stagingDir, 'old'), rel);
/**
 * Moves the target into place: each original is first set aside in `old/` (a hard link, so the
 * file never disappears from the config, else a rename), then the staged file is renamed over
 * it. Nothing is deleted, so `rollBack` can always undo it, and both directions can be run again
 * from any point a crash or a failure left.
 */
async function moves_moveForward(journal, faults) {
    const dirs = moves_directoryMaker();
    await settleInOrder(journal.operations, 'finish', async (op) => {
        const dest = at(journal.configDir, op.path);
        const aside = original(journal, op.path);
        // Whatever is at the destination before the move (a file, or a symlink the scan skipped)
        // is kept; once the staged copy has moved, the destination holds the new file instead.
        if (!(await exists(aside)) && (op.after === null || (await exists(staged(journal, op.path))))) {
            await dirs.ensure(external_node_path_.dirname(aside));
            if (op.after === null)
                await ignoreMissing((0,promises_.rename)(dest, aside));
            else
                await ignoreMissing(keepCopy(dest, aside));
        }
        if (op.after !== null) {
            await dirs.ensure(external_node_path_.dirname(dest));
            const moved = await ignoreMissing((0,promises_.rename)(staged(journal, op.path), dest));
            if (!moved && !(await hasContent(dest, op.after)))
                throw Object.assign(new Error(`the staged copy of ${op.path} is gone`), { code: 'ENOENT' });
        }
        faults.reached('restore:moved-file');
    });
    await syncDirs(journal);
}
/**
 * Puts every original back and takes every new file out again (into `new/`, so the restore can
 * still be finished later), then removes the directories the restore created.
 */
async function moves_rollBack(journal, faults) {
    const dirs = moves_directoryMaker();
    await settleInOrder([...journal.operations].reverse(), 'rollback', async (op) => {
        const dest = at(journal.configDir, op.path);
        const aside = original(journal, op.path);
        const hasOriginal = await exists(aside);
        if (op.after !== null && !(await exists(staged(journal, op.path))) && (await hasContent(dest, op.after))) {
            await dirs.ensure(external_node_path_.dirname(staged(journal, op.path)));
            if (hasOriginal)
                await keepCopy(dest, staged(journal, op.path));
            else
                await (0,promises_.rename)(dest, staged(journal, op.path));
        }
        if (hasOriginal)
            await (0,promises_.rename)(aside, dest);
        faults.reached('rollback:moved-file');
    });
    for (const dir of [...journal.createdDirs].reverse()) {
        await (0,promises_.rmdir)(at(journal.configDir, dir)).catch(() => undefined);
    }
    await syncDirs(journal);
}
/** Links `from` to `to`, or (where hard links are refused) renames it there. */
async function keepCopy(from, to) {
    try {
        await (0,promises_.link)(from, to);
    }
    catch (error) {
        if ((0,errors/* errnoOf */.UQ)(error) === 'EEXIST')
            return;
        if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'EMLINK'].includes((0,errors/* errnoOf */.UQ)(error) ?? ''))
            throw error;
        await (0,promises_.rename)(from, to);
    }
}
/**
 * Runs the moves with a few in flight, stops starting new ones at the first failure and waits for
 * those in flight, so that the caller knows nothing is still moving when it turns back.
 */
async function settleInOrder(ops, direction, fn) {
    let next = 0;
    let failure;
    const worker = async () => {
        while (!failure && next < ops.length) {
            const op = ops[next++];
            try {
                await fn(op);
            }
            catch (error) {
                failure ??= new moves_MoveFailure(op.path, (0,errors/* errnoOf */.UQ)(error), direction, { cause: error });
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(8, ops.length) }, worker));
    if (failure)
        throw failure;
}
async function syncDirs(journal) {
    const dirs = new Set(journal.operations.map((op) => external_node_path_.dirname(at(journal.configDir, op.path))));
    for (const dir of dirs)
        await (0,fs/* fsyncDir */.t_)(dir).catch(() => undefined);
}
async function ignoreMissing(operation) {
    try {
        await operation;
        return true;
    }
    catch (error) {
        if ((0,errors/* errnoOf */.UQ)(error) === 'ENOENT')
            return false;
        throw error;
    }
}
async function exists(file) {
    return (0,promises_.lstat)(file).then(() => true, () => false);
}
async function hasContent(file, sha256) {
    try {
        return ((0,external_node_crypto_.createHash)('sha256')
            .update(await (0,promises_.readFile)(file))
            .digest('hex') === sha256);
    }
    catch {
        return false;
    }
}
/** `mkdir -p` that asks the file system once per directory, however many files go into it. */
function moves_directoryMaker() {
    const made = new Map();
    return {
        ensure: async (dir) => {
            let done = made.get(dir);
            if (!done)
                made.set(dir, (done = (0,promises_.mkdir)(dir, { recursive: true })));
            await done;
        },
    };
}

;// CONCATENATED MODULE: ./lib/core/restore/transaction.js









/**
 * Stages the target beside the config, then moves it into place through a signed journal. A move
 * that fails midway is undone at once (`RestoreMoveFailedError`); when even that fails the journal
 * stays for `recover` (`RestoreStuckError`). Returns before the commit so the caller can validate.
 */
async function transaction_applyTransaction(input) {
    const key = (await journalKey(input.backupDir, true, input.faults));
    const stagingDir = stagingDirOf(input.configRoot);
    const operations = [
        ...input.target.map((f) => ({
            path: f.path,
            before: f.before,
            after: createHash('sha256').update(f.bytes).digest('hex'),
        })),
        ...input.remove.map((f) => ({ path: f.path, before: f.before, after: null })),
    ];
    let journal = {
        version: 2,
        backup: input.backup,
        safetyBackup: input.safetyBackup,
        configDir: input.configRoot,
        stagingDir,
        phase: 'staging',
        operations,
        createdDirs: [...input.createdDirs],
        startedAt: new Date().toISOString(),
    };
    await removeTree(stagingDir);
    journal = await writeJournal(input.backupDir, key, journal, input.faults);
    try {
        return await stageAndMove(input, key, journal);
    }
    catch (error) {
        if (!(error instanceof OperationInterruptedError))
            throw error;
        // Stopped on request: staged copies and the journal go; files already moved are put back first.
        const current = await loadJournal(input.backupDir).catch(() => undefined);
        const latest = current && 'journal' in current ? current.journal : journal;
        if (latest.phase === 'staging') {
            await removeJournal(input.backupDir, latest);
            throw error;
        }
        await transaction_rollBackTransaction(input.backupDir, { journal: latest, key }, input.faults);
        throw new OperationInterruptedError('restore', 'rolled-back');
    }
}
async function stageAndMove(input, key, started) {
    let journal = started;
    const { stagingDir } = journal;
    input.faults.reached('restore:journal-written');
    const newDir = path.join(stagingDir, 'new');
    await mkdir(newDir, { recursive: true });
    const dirs = directoryMaker();
    // Several writes (and their fsyncs) in flight let the file system commit them together.
    const tick = progressCounter(input.onProgress, 'staging', input.target.length);
    await mapLimit(input.target, 8, async (file) => {
        const staged = path.join(newDir, ...file.path.split('/'));
        await dirs.ensure(path.dirname(staged));
        await writeNewFile(staged, file.bytes);
        tick();
        input.faults.reached('restore:staged-file');
    });
    await fsyncTree(newDir, input.target.map((f) => f.path));
    journal = await writeJournal(input.backupDir, key, { ...journal, phase: 'applying' }, input.faults);
    input.faults.reached('restore:applying');
    try {
        await moveForward(journal, input.faults);
    }
    catch (error) {
        if (!(error instanceof MoveFailure))
            throw error;
        if (error.cause instanceof OperationInterruptedError)
            throw error.cause;
        await undoFailedMove({ journal, key }, input.backupDir, error, input.faults);
    }
    journal = await writeJournal(input.backupDir, key, { ...journal, phase: 'applied' }, input.faults);
    input.faults.reached('restore:applied');
    return { journal, key };
}
/** Drops the originals kept aside: from here on the restore is final (the safety backup remains). */
async function transaction_commitTransaction(backupDir, applied) {
    await removeJournal(backupDir, applied.journal);
}
/** Puts the config back as it was before the transaction (validation failed after the move). */
async function transaction_rollBackTransaction(backupDir, applied, faults) {
    await rollBackAndClose(backupDir, applied, faults, []);
}
/** The move forward failed part way: back to the config as it was, then the failure is reported. */
async function undoFailedMove(applied, backupDir, failure, faults) {
    const finish = { direction: 'finish', path: failure.path, errno: failure.errno };
    await rollBackAndClose(backupDir, applied, faults, [finish]);
    throw new RestoreMoveFailedError(applied.journal.backup, failure.path, failure.errno, { cause: failure });
}
/**
 * Moves the originals back and drops the journal. A move back that fails leaves the config mixed:
 * the restore is stuck, reported with the attempts that failed before (`failed`) and this one.
 */
async function rollBackAndClose(backupDir, applied, faults, failed) {
    const journal = await writeJournal(backupDir, applied.key, { ...applied.journal, phase: 'rolling-back' }, faults);
    try {
        await rollBack(journal, faults);
    }
    catch (error) {
        if (!(error instanceof MoveFailure))
            throw error;
        throw new RestoreStuckError(journal.backup, journal.configDir, journal.stagingDir, [
            ...failed,
            { direction: 'rollback', path: error.path, errno: error.errno },
        ]);
    }
    await removeJournal(backupDir, journal);
}
async function fsyncTree(root, files) {
    const dirs = new Set([root]);
    for (const f of files) {
        let dir = path.dirname(path.join(root, ...f.split('/')));
        while (dir.startsWith(root) && !dirs.has(dir)) {
            dirs.add(dir);
            dir = path.dirname(dir);
        }
    }
    await mapLimit([...dirs], 8, (dir) => fsyncDir(dir));
}

;// CONCATENATED MODULE: ./lib/core/restore/mounts.js

/**
 * Every mount point this process sees (Linux `/proc/self/mountinfo`), or null where there is no
 * such file. A bind-mounted file shares its device number with its directory, so comparing
 * `st_dev` alone does not find it; `rename` onto or away from it fails with EBUSY.
 */
async function mounts_readMountPoints(file = '/proc/self/mountinfo') {
    let text;
    try {
        text = await readFile(file, 'utf8');
    }
    catch {
        return null;
    }
    const points = new Set();
    for (const line of text.split('\n')) {
        // id parent major:minor root mount-point options … (proc(5)); spaces in paths are octal escapes.
        const field = line.split(' ')[4];
        if (field)
            points.add(unescapeOctal(field));
    }
    return points;
}
function unescapeOctal(text) {
    return text.replace(/\\([0-7]{3})/g, (_, code) => String.fromCharCode(Number.parseInt(code, 8)));
}

;// CONCATENATED MODULE: ./lib/core/restore/preflight.js







/**
 * Checks, before anything moves, that every target can take its file by a rename from the
 * staging dir: confined to the config dir and not the tool's own, no symlinked directory on its
 * way, the right kind of entry, no mount point, the same file system as the staging dir, a
 * writable parent. Throws the first obstacle; returns the directories the restore will create
 * (so that a rollback can remove them again), parents first.
 */
async function preflight_checkTargets(check) {
    const refuse = (rel, reason, errno) => {
        throw new RestoreObstacleError(check.backup, rel, reason, errno);
    };
    for (const rel of [...check.writes, ...check.removes]) {
        const problem = ownedPathProblem(rel, check.owned);
        if (problem)
            refuse(rel, problem);
    }
    const root = await lstatOrNull(check.configRoot);
    // A config dir that is gone is made anew, files and all: nothing in it can be in the way.
    if (!root)
        return [];
    const mounts = await readMountPoints();
    const infos = new Map();
    const info = async (rel) => {
        if (!infos.has(rel))
            infos.set(rel, await lstatOrNull(path.join(check.configRoot, ...rel.split('/'))));
        return infos.get(rel) ?? null;
    };
    const crossing = (rel, stats) => mounts?.has(path.join(check.configRoot, ...rel.split('/')))
        ? 'mount-point'
        : stats.dev !== root.dev
            ? 'other-file-system'
            : null;
    const writable = new Map();
    const canWrite = (rel) => {
        let done = writable.get(rel);
        if (!done) {
            const dir = rel === '' ? check.configRoot : path.join(check.configRoot, ...rel.split('/'));
            writable.set(rel, (done = access(dir, constants.W_OK | constants.X_OK).then(() => undefined, (error) => errnoOf(error) ?? 'EACCES')));
        }
        return done;
    };
    if (mounts?.has(check.stagingDir))
        refuse(path.basename(check.stagingDir), 'mount-point');
    const rootErrno = await canWrite('');
    if (rootErrno)
        refuse('.', 'not-writable', rootErrno);
    const created = new Set();
    const writes = new Set(check.writes);
    for (const rel of [...check.writes, ...check.removes]) {
        const segments = rel.split('/');
        let parent = '';
        let missingFrom = -1;
        for (let i = 0; i < segments.length - 1; i++) {
            const dir = segments.slice(0, i + 1).join('/');
            const stats = await info(dir);
            if (!stats) {
                missingFrom = i;
                break;
            }
            if (stats.isSymbolicLink())
                refuse(dir, 'symlinked-directory');
            if (!stats.isDirectory())
                refuse(dir, 'file-in-place-of-directory');
            const mounted = crossing(dir, stats);
            if (mounted)
                refuse(dir, mounted);
            parent = dir;
        }
        // The nearest existing directory takes the new entry (or the first directory made for it).
        const errno = await canWrite(parent);
        if (errno)
            refuse(parent === '' ? '.' : parent, 'not-writable', errno);
        if (missingFrom >= 0) {
            if (writes.has(rel))
                for (let i = missingFrom; i < segments.length - 1; i++)
                    created.add(segments.slice(0, i + 1).join('/'));
            continue;
        }
        const stats = await info(rel);
        if (!stats || stats.isSymbolicLink())
            continue; // a symlink itself is replaced, never followed
        if (stats.isDirectory())
            refuse(rel, 'directory-in-place-of-file');
        if (!stats.isFile())
            refuse(rel, 'not-a-regular-file');
        const mounted = crossing(rel, stats);
        if (mounted)
            refuse(rel, mounted);
    }
    return [...created].sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1));
}
/**
 * Throws unless no directory on the way to each path (inside the config dir) is a symlink: a
 * recovery re-checks this, as the tree may have changed since the restore was planned.
 */
async function assertNoSymlinkedDirectory(backup, configRoot, paths) {
    const seen = new Set();
    for (const rel of paths) {
        const segments = rel.split('/');
        for (let i = 0; i < segments.length - 1; i++) {
            const dir = segments.slice(0, i + 1).join('/');
            if (seen.has(dir))
                continue;
            seen.add(dir);
            const stats = await lstatOrNull(external_node_path_.join(configRoot, ...dir.split('/')));
            if (!stats)
                break;
            if (stats.isSymbolicLink())
                throw new restore_RestoreObstacleError(backup, dir, 'symlinked-directory');
        }
    }
}
async function lstatOrNull(file) {
    try {
        return await (0,promises_.lstat)(file);
    }
    catch (error) {
        if ((0,errors/* errnoOf */.UQ)(error) === 'ENOENT' || (0,errors/* errnoOf */.UQ)(error) === 'ENOTDIR')
            return null;
        throw error;
    }
}

// EXTERNAL MODULE: ./lib/core/util/suggest.js
var suggest = __webpack_require__(4674);
;// CONCATENATED MODULE: ./lib/core/restore/select-paths.js





const GLOB = /[*?[\]{}]/;
/**
 * The config paths a partial restore touches: each requested path (relative to the config dir;
 * `./` and `\` accepted) names a file, a folder (every file under it) or a glob, matched against
 * the files of the backup and of the config now. Whatever neither side holds, what leaves the
 * config dir and the tool's own files are refused, so a typo never restores nothing silently.
 */
function select_paths_selectRestorePaths(backup, requested, known, owned) {
    const all = [...new Set([...known.backup, ...known.current])].sort();
    const selected = new Set();
    for (const raw of requested) {
        const wanted = normalized(raw);
        if (wanted === null)
            throw new RestorePathError(backup, raw, 'outside-config-dir');
        const isGlob = GLOB.test(wanted);
        if (!isGlob && wanted !== '') {
            const problem = ownedPathProblem(wanted, owned);
            if (problem)
                throw new RestorePathError(backup, raw, problem === 'owned-path' ? 'owned-path' : 'outside-config-dir');
        }
        const isMatch = isGlob ? picomatch(wanted, { dot: true }) : () => false;
        const matches = (isGlob
            ? all.filter((p) => isMatch(p))
            : all.filter((p) => wanted === '' || p === wanted || p.startsWith(`${wanted}/`))).filter((p) => ownedPathProblem(p, owned) === null);
        if (matches.length === 0) {
            const byBaseName = isGlob ? [] : all.filter((p) => p.endsWith(`/${wanted}`));
            const suggestions = byBaseName.length > 0 ? byBaseName.slice(0, 3) : isGlob ? [] : closestNames(wanted, all);
            throw new RestorePathError(backup, raw, 'not-found', suggestions);
        }
        for (const match of matches)
            selected.add(match);
    }
    return [...selected].sort();
}
/** `/`-separated and relative, or null when the path is absolute or climbs out of the config dir. */
function normalized(raw) {
    const slashed = raw.replace(/\\/g, '/');
    if (slashed.startsWith('/') || /^[A-Za-z]:\//.test(slashed))
        return null;
    const joined = path.posix.normalize(slashed).replace(/\/+$/, '');
    if (joined === '..' || joined.startsWith('../'))
        return null;
    return joined === '.' ? '' : joined;
}

// EXTERNAL MODULE: ./lib/core/inspect/backup-files.js
var backup_files = __webpack_require__(8478);
// EXTERNAL MODULE: ./lib/core/config/snapshot.js
var snapshot = __webpack_require__(936);
// EXTERNAL MODULE: ./lib/core/config/settings.js
var settings = __webpack_require__(2393);
// EXTERNAL MODULE: ./lib/core/config/select.js
var config_select = __webpack_require__(8080);
// EXTERNAL MODULE: ./lib/core/diff/formatting.js
var formatting = __webpack_require__(1424);
// EXTERNAL MODULE: ./lib/core/validate/index.js + 10 modules
var validate = __webpack_require__(8676);
;// CONCATENATED MODULE: ./lib/core/restore/recover.js











/**
 * Ends a restore that a crash or a failure interrupted. Every command calls this first (`auto`),
 * so the config dir is never seen half restored: before anything moved the restore is dropped;
 * while moving it is finished, or rolled back when it cannot be finished; while rolling back it is
 * rolled back, or finished when it cannot be. When neither works it throws `RestoreStuckError`,
 * which names both ways out (`orch-backup recover --rollback|--finish`).
 */
async function recoverInterruptedRestore(options) {
    if (!(await (0,promises_.lstat)((0,journal_path/* journalPath */.H)(options.backupDir)).then(() => true, () => false)))
        return null;
    const faults = options.faults ?? util_faults/* noFaults */.n;
    const choice = options.choice ?? 'auto';
    const lock = await (0,store/* lockStore */.$_)(options.backupDir, 'recover', options.lockTimeoutMs);
    try {
        const loaded = await journal_loadJournal(options.backupDir);
        if (!loaded)
            return null;
        if ('otherUser' in loaded)
            throw new JournalOfOtherUserError((0,journal_path/* journalPath */.H)(options.backupDir), external_node_path_.join(options.backupDir, JOURNAL_KEY_FILE), loaded.otherUser);
        if ('legacy' in loaded) {
            const rejected = await legacyJournal(options.backupDir, loaded.legacy);
            await recordRejection(options.backupDir, rejected);
            const legacy = rejected instanceof LegacyJournalError ? rejected : undefined;
            return {
                backup: legacy?.finishWith ?? '',
                safetyBackup: legacy?.goBackWith ?? null,
                outcome: 'rejected',
                wasRollingBack: false,
                rejected,
            };
        }
        if ('rejected' in loaded) {
            const movedTo = await setJournalAside(options.backupDir);
            const rejected = new JournalRejectedError((0,journal_path/* journalPath */.H)(options.backupDir), loaded.rejected, movedTo);
            await recordRejection(options.backupDir, rejected);
            return { backup: '', safetyBackup: null, outcome: 'rejected', wasRollingBack: false, rejected };
        }
        const { journal, key } = loaded;
        const base = {
            backup: journal.backup,
            safetyBackup: journal.safetyBackup,
            wasRollingBack: journal.phase === 'rolling-back',
        };
        // The tree may have changed since the journal was written: never move through a symlink.
        await assertNoSymlinkedDirectory(journal.backup, journal.configDir, journal.operations.map((op) => op.path));
        const report = await settle(journal, key, choice, options.backupDir, faults);
        const outcome = { ...base, ...report };
        await (0,store_history/* appendHistory */.b)(options.backupDir, {
            operation: 'restore',
            backup: journal.backup,
            outcome: outcome.outcome === 'completed' && !outcome.wasRollingBack ? 'success' : 'failure',
            detail: `interrupted restore ${outcome.outcome === 'completed' ? 'completed' : outcome.outcome === 'discarded' ? 'dropped before it changed anything' : 'rolled back'} (${choice === 'auto' ? 'by the next command' : `recover --${choice}`})`,
        }).catch(() => undefined);
        return outcome;
    }
    finally {
        await lock.release();
    }
}
async function settle(journal, key, choice, backupDir, faults) {
    // Before `applying` some staged copies may be incomplete and nothing has moved: drop it.
    if (journal.phase === 'staging') {
        await journal_removeJournal(backupDir, journal);
        return { outcome: 'discarded' };
    }
    if (journal.phase === 'applied' && choice !== 'rollback') {
        await journal_removeJournal(backupDir, journal);
        return { outcome: 'completed' };
    }
    const order = choice === 'finish'
        ? ['finish']
        : choice === 'rollback'
            ? ['rollback']
            : journal.phase === 'applying'
                ? ['finish', 'rollback']
                : ['rollback', 'finish'];
    const attempts = [];
    for (const direction of order) {
        try {
            if (direction === 'finish') {
                const current = await journal_writeJournal(backupDir, key, { ...journal, phase: 'applying' }, faults);
                await moves_moveForward(current, faults);
                await journal_removeJournal(backupDir, await journal_writeJournal(backupDir, key, { ...journal, phase: 'applied' }, faults));
                return { outcome: 'completed', ...(attempts[0] ? { abandoned: attempts[0] } : {}) };
            }
            const current = await journal_writeJournal(backupDir, key, { ...journal, phase: 'rolling-back' }, faults);
            await moves_rollBack(current, faults);
            await journal_removeJournal(backupDir, current);
            return { outcome: 'rolled-back', ...(attempts[0] ? { abandoned: attempts[0] } : {}) };
        }
        catch (error) {
            if (!(error instanceof moves_MoveFailure))
                throw error;
            attempts.push({ direction, path: error.path, errno: error.errno });
        }
    }
    throw new restore_RestoreStuckError(journal.backup, journal.configDir, journal.stagingDir, attempts);
}
/** A refused journal goes in the history as a failed restore; the history never decides the outcome. */
async function recordRejection(backupDir, rejected) {
    await (0,store_history/* appendHistory */.b)(backupDir, {
        operation: 'restore',
        backup: null,
        outcome: 'failure',
        error: rejected.toJSON(),
    }).catch(() => undefined);
}
/**
 * A format-1 journal is set aside, never executed: it is unsigned, and it kept no originals to go
 * back with. What it names is checked (read only) so the warning can say which restore ends it.
 */
async function legacyJournal(backupDir, raw) {
    const findings = await inspectLegacyJournal(raw, backupDir);
    const movedTo = await setJournalAside(backupDir);
    if (!findings)
        return new JournalRejectedError((0,journal_path/* journalPath */.H)(backupDir), 'it has format 1 (an older version) but is not shaped like one, or names paths outside the config dir', movedTo);
    const { purpose, state, configDir, stagingDir, finishWith, goBackWith, missing } = findings;
    return new LegacyJournalError((0,journal_path/* journalPath */.H)(backupDir), movedTo, purpose, state, configDir, stagingDir, finishWith, goBackWith, missing);
}

;// CONCATENATED MODULE: ./lib/core/restore/restore.js






















/** Works out what restoring `name` would change, after checking the backup's checksums and content. */
async function planRestore(name, options) {
    const settings = options.settings ?? DEFAULT_SETTINGS;
    const { manifest, files: stored } = await readBackupFiles(options.backupDir, name);
    // A backup (an imported one, or one stored by an older version) may name the tool's own files.
    const owned = ownedPaths({
        configDir: options.configDir,
        backupDir: options.backupDir,
        settingsFile: options.settingsFile ?? null,
    });
    for (const file of manifest.files) {
        const problem = ownedPathProblem(file.path, owned);
        if (problem)
            throw new RestoreObstacleError(name, file.path, problem);
    }
    // Runtime state an older backup holds (or anything the settings now leave out) is not the
    // backup's to rewind: the config a restore writes is exactly what a backup now would hold.
    const leftOut = fileSelection(settings);
    const leftAlone = stored.flatMap((f) => {
        const reason = leftOut(f.path);
        return reason === null ? [] : [{ path: f.path, reason }];
    });
    const backupFiles = stored.filter((f) => leftOut(f.path) === null);
    const currentFiles = await readCurrent(options, settings);
    if (options.paths && options.paths.length > 0) {
        return planPartialRestore(name, manifest, backupFiles, currentFiles, options.paths, owned, settings);
    }
    const inBackup = new Set(backupFiles.map((f) => f.path));
    const extra = currentFiles.map((f) => f.path).filter((p) => !inBackup.has(p));
    return {
        ...movesOf(name, manifest, backupFiles, currentFiles, options.keepExtra ? [] : extra),
        keep: options.keepExtra ? extra : [],
        leftAlone,
        validation: await validateDocuments(backupFiles, { settings }),
        paths: null,
    };
}
/**
 * Only the named paths: the backup's copies of them go in, those it lacks are removed, and the
 * config as it will be (the other files as they are now) is what gets validated. Paths the
 * settings leave out (runtime state) are neither backup nor config here, as in a full restore.
 */
async function planPartialRestore(name, manifest, allBackupFiles, currentFiles, requested, owned, settings) {
    const paths = selectRestorePaths(name, requested, { backup: allBackupFiles.map((f) => f.path), current: currentFiles.map((f) => f.path) }, owned);
    const selected = new Set(paths);
    const backupFiles = allBackupFiles.filter((f) => selected.has(f.path));
    const inBackup = new Set(backupFiles.map((f) => f.path));
    const remove = currentFiles.map((f) => f.path).filter((p) => selected.has(p) && !inBackup.has(p));
    const after = [...currentFiles.filter((f) => !selected.has(f.path)), ...backupFiles];
    return {
        ...movesOf(name, manifest, backupFiles, currentFiles, remove),
        keep: [],
        leftAlone: [],
        validation: await validateDocuments(after, { settings }),
        paths,
    };
}
/** The part of a plan a full and a partial restore share: putting `backupFiles` in place over `currentFiles`, removing `remove`. */
function movesOf(name, manifest, backupFiles, currentFiles, remove) {
    const { overwrite, add, unchanged } = compareFiles(manifest, new Set(backupFiles.map((f) => f.path)), currentFiles);
    return {
        backup: name,
        manifest,
        backupFiles,
        currentFiles,
        overwrite,
        formattingOnly: formattingOnlyOf(overwrite, currentFiles, backupFiles),
        add,
        remove,
        unchanged,
        identical: overwrite.length + add.length + remove.length === 0,
    };
}
/** The manifest's files among `restored`, each to be added, overwritten or already as the backup has it. */
function compareFiles(manifest, restored, currentFiles) {
    const current = new Map(currentFiles.map((f) => [f.path, f.sha256]));
    const overwrite = [];
    const add = [];
    const unchanged = [];
    for (const file of manifest.files) {
        if (!restored.has(file.path))
            continue;
        const now = current.get(file.path);
        if (now === undefined)
            add.push(file.path);
        else if (now === file.sha256)
            unchanged.push(file.path);
        else
            overwrite.push(file.path);
    }
    return { overwrite, add, unchanged };
}
/** Of the files to overwrite: JSON whose content is the same, only formatted differently. */
function formattingOnlyOf(overwrite, currentFiles, backupFiles) {
    const currentBytes = new Map(currentFiles.map((f) => [f.path, f.bytes]));
    const backupBytes = new Map(backupFiles.map((f) => [f.path, f.bytes]));
    return overwrite.filter((p) => isFormattingOnly(p, currentBytes.get(p), backupBytes.get(p)));
}
/**
 * Applies a plan: every target checked first, a verified safety backup of the current state,
 * then a journaled move into place that keeps the originals until validation passes (else they
 * are put back) and can be undone at any point.
 */
async function restoreBackup(plan, options) {
    const settings = options.settings ?? DEFAULT_SETTINGS;
    const faults = interruptible(options.faults ?? noFaults, options.signal, 'restore');
    const base = { restored: plan.backup, changed: plan.overwrite, added: plan.add, removed: plan.remove };
    if (plan.validation.summary.errors > 0 && !options.force) {
        throw new RestoreRefusedError(plan.backup, 'invalid-content', plan.validation.summary.errors);
    }
    if (plan.identical)
        return { ...base, identical: true, safetyBackup: null, validation: plan.validation, rolledBack: false };
    const unchanged = new Set(plan.unchanged);
    const lock = await lockStore(options.backupDir, 'restore', options.lockTimeoutMs ?? settings.lockTimeoutMs);
    try {
        const now = await readCurrent(options, settings);
        if (!sameContent(now, plan.currentFiles)) {
            throw new ConfigChangedError(changedPaths(now, plan.currentFiles));
        }
        const configRoot = await resolvedConfigDir(options.configDir);
        const target = plan.backupFiles.filter((f) => !unchanged.has(f.path));
        const before = new Map(now.map((f) => [f.path, f.sha256]));
        const createdDirs = await checkTargets({
            backup: plan.backup,
            configRoot,
            stagingDir: stagingDirOf(configRoot),
            writes: target.map((f) => f.path),
            removes: plan.remove,
            owned: ownedPaths({
                configDir: configRoot,
                backupDir: options.backupDir,
                settingsFile: options.settingsFile ?? null,
            }),
        });
        const safetyBackup = now.length === 0 ? null : await makeSafetyBackup(plan, options, settings, faults);
        faults.reached('restore:safety-backup');
        const applied = await applyTransaction({
            backupDir: options.backupDir,
            configRoot,
            backup: plan.backup,
            safetyBackup,
            target: target.map((f) => ({ ...f, before: before.get(f.path) ?? null })),
            remove: plan.remove.map((p) => ({ path: p, before: before.get(p) })),
            createdDirs,
            faults,
            ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        }).catch(async (error) => discardFailedStaging(options, error));
        // The config now holds exactly the bytes validated in the plan, unless files were kept
        // beside them: only then can the result differ from what was already checked.
        const validation = plan.keep.length === 0
            ? plan.validation
            : await validateConfig({ configDir: options.configDir, backupDir: options.backupDir, settings });
        const rolledBack = validation.summary.errors > 0 && !options.force;
        if (rolledBack)
            await rollBackTransaction(options.backupDir, applied, faults);
        else
            await commitTransaction(options.backupDir, applied);
        await appendHistory(options.backupDir, {
            operation: 'restore',
            backup: plan.backup,
            outcome: rolledBack ? 'failure' : 'success',
            detail: rolledBack
                ? `restored config did not validate; rolled back to ${safetyBackup ?? 'the previous (empty) state'}`
                : `safety backup ${safetyBackup ?? 'none (config was empty)'}`,
        });
        return { ...base, identical: false, safetyBackup, validation, rolledBack };
    }
    catch (caught) {
        // Stopped while the safety backup was made or the files were staged: the config was never touched.
        const error = caught instanceof OperationInterruptedError && caught.state !== 'rolled-back'
            ? new OperationInterruptedError('restore', 'nothing-changed')
            : caught;
        await appendHistory(options.backupDir, {
            operation: 'restore',
            backup: plan.backup,
            outcome: 'failure',
            error: error instanceof OrchBackupError
                ? error.toJSON()
                : { code: errnoOf(error) ?? 'INTERNAL', message: String(error) },
        }).catch(() => undefined);
        throw error;
    }
    finally {
        await lock.release();
    }
}
/**
 * A restore that failed while staging (disk full, read-only config dir) has changed nothing:
 * its journal and staged copies are removed now rather than by the next command, and the
 * error says why in words (a recursive mkdir on a read-only file system reports ENOENT).
 */
async function discardFailedStaging(options, error) {
    if (error instanceof OrchBackupError)
        throw error;
    const loaded = await loadJournal(options.backupDir).catch(() => undefined);
    if (!loaded || !('journal' in loaded) || loaded.journal.phase !== 'staging')
        throw error;
    await removeJournal(options.backupDir, loaded.journal).catch(() => undefined);
    let code = errnoOf(error);
    if (code === 'ENOENT')
        code = await access(options.configDir, constants.W_OK).then(() => code, (e) => errnoOf(e) ?? code);
    throw new StoreWriteError(options.configDir, code, { cause: error });
}
async function makeSafetyBackup(plan, options, settings, faults) {
    const safety = await createBackupLocked({
        faults,
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        configDir: options.configDir,
        backupDir: options.backupDir,
        settings,
        settingsFile: options.settingsFile ?? null,
        namePrefix: 'backup-pre-restore',
        trigger: 'pre-restore',
        description: `Before restoring ${plan.backup}`,
        allowInvalid: true,
        ...(options.now ? { now: options.now } : {}),
    });
    if (!safety.created)
        throw new Error('safety backup was not created');
    return safety.name;
}
/** The config dir with every symlink resolved; a missing one by its nearest existing parent. */
async function resolvedConfigDir(configDir) {
    const absolute = path.resolve(configDir);
    try {
        return await realpath(absolute);
    }
    catch {
        const parent = await resolvedConfigDir(path.dirname(absolute)).catch(() => path.dirname(absolute));
        return path.join(parent, path.basename(absolute));
    }
}
async function readCurrent(options, settings) {
    try {
        return (await readSnapshot({
            configDir: options.configDir,
            backupDir: options.backupDir,
            settings,
            settingsFile: options.settingsFile ?? null,
        })).files;
    }
    catch (error) {
        if (error instanceof ConfigDirNotFoundError && error.reason === 'missing')
            return [];
        throw error;
    }
}
function changedPaths(a, b) {
    const before = new Map(b.map((f) => [f.path, f.sha256]));
    const after = new Map(a.map((f) => [f.path, f.sha256]));
    return [...new Set([...before.keys(), ...after.keys()])].filter((p) => before.get(p) !== after.get(p));
}


/***/ })

};
;