"use strict";
exports.id = 473;
exports.ids = [473];
exports.modules = {

/***/ 7473:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CM: () => (/* binding */ stagingDirOf),
/* harmony export */   KJ: () => (/* binding */ setJournalAside),
/* harmony export */   Nw: () => (/* binding */ peekJournal),
/* harmony export */   Sw: () => (/* binding */ removeJournal),
/* harmony export */   _e: () => (/* binding */ loadJournal),
/* harmony export */   dR: () => (/* binding */ journalKey),
/* harmony export */   fS: () => (/* binding */ JOURNAL_KEY_FILE),
/* harmony export */   fY: () => (/* binding */ writeJournal)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8378);
/* harmony import */ var _errors_restore_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1589);
/* harmony import */ var _config_owned_paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3742);
/* harmony import */ var _store_manifest_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2048);
/* harmony import */ var _store_names_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1833);
/* harmony import */ var _store_store_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7288);
/* harmony import */ var _util_faults_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2567);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(5637);
/* harmony import */ var _legacy_journal_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(9993);
/* harmony import */ var _journal_path_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(7957);














/** The secret that authenticates journals: only a journal this store's user wrote is ever executed. */
const JOURNAL_KEY_FILE = '.journal-key';
const REJECTED_PREFIX = '.rejected-journal-';
function stagingDirOf(configRoot) {
    return node_path__WEBPACK_IMPORTED_MODULE_3__.join(configRoot, _config_owned_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .RESTORE_STAGING_DIR */ .T);
}
/**
 * The journal as it lies on disk, unchecked: only for decisions that cannot hurt when it is
 * planted (clean keeps the backups it names).
 */
async function peekJournal(backupDir) {
    try {
        const raw = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)((0,_journal_path_js__WEBPACK_IMPORTED_MODULE_13__/* .journalPath */ .H)(backupDir), 'utf8'));
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
async function journalKey(backupDir, create, faults = _util_faults_js__WEBPACK_IMPORTED_MODULE_10__/* .noFaults */ .n) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_3__.join(backupDir, JOURNAL_KEY_FILE);
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(file).catch((error) => {
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error) === 'ENOENT')
            return null;
        throw error;
    });
    if (!info) {
        if (!create)
            return null;
        // Written whole aside, then linked into place: a crash never leaves a short key in use, and
        // linking, unlike renaming, never replaces a key another process put there first.
        const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(32).toString('hex');
        const temp = (0,_store_store_js__WEBPACK_IMPORTED_MODULE_9__/* .stagingPath */ .Vu)(backupDir, 'key');
        await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_11__/* .writeNewFile */ .S0)(temp, key, 0o600);
        faults.reached('journal:key-aside');
        // A file system without hard links gets an exclusive create, as before.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.link)(temp, file)
            .catch(() => (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_11__/* .writeNewFile */ .S0)(file, key, 0o600))
            .catch((error) => {
            if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error) !== 'EEXIST')
                throw error;
        })
            .finally(() => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(temp).catch(() => undefined));
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
/** Replaces the journal atomically, signed; every journal write happens under the store lock. */
async function writeJournal(backupDir, key, journal, faults = _util_faults_js__WEBPACK_IMPORTED_MODULE_10__/* .noFaults */ .n) {
    const signed = { ...journal, mac: macOf(key, journal) };
    // Readable by all: it holds no secret (the signature is what matters), and another user must
    // be able to see whose interrupted restore it is.
    await (0,_store_store_js__WEBPACK_IMPORTED_MODULE_9__/* .replaceViaStaging */ .Gr)(backupDir, 'journal', (0,_journal_path_js__WEBPACK_IMPORTED_MODULE_13__/* .journalPath */ .H)(backupDir), JSON.stringify(signed, null, 2), 0o644, () => faults.reached('journal:temp-written'));
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
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)((0,_journal_path_js__WEBPACK_IMPORTED_MODULE_13__/* .journalPath */ .H)(backupDir), 'utf8');
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
    if ((0,_legacy_journal_js__WEBPACK_IMPORTED_MODULE_12__/* .isLegacyJournal */ .f)(raw))
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
    await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_11__/* .removeTree */ .dM)(journal.stagingDir);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)((0,_journal_path_js__WEBPACK_IMPORTED_MODULE_13__/* .journalPath */ .H)(backupDir)).catch((error) => {
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error) !== 'ENOENT')
            throw error;
    });
    await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_11__/* .fsyncDir */ .t_)(backupDir);
}
/** A refused journal is kept for inspection under a name of the store's own, never executed. */
async function setJournalAside(backupDir, now = new Date()) {
    const target = node_path__WEBPACK_IMPORTED_MODULE_3__.join(backupDir, `${REJECTED_PREFIX}${now.toISOString().replace(/[:.]/g, '-')}.json`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)((0,_journal_path_js__WEBPACK_IMPORTED_MODULE_13__/* .journalPath */ .H)(backupDir), target);
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

/***/ 1589:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ RestoreObstacleError),
/* harmony export */   DS: () => (/* binding */ JournalKeyError),
/* harmony export */   F1: () => (/* binding */ RestoreStuckError),
/* harmony export */   H7: () => (/* binding */ RestoreMoveFailedError),
/* harmony export */   Xj: () => (/* binding */ LegacyJournalError),
/* harmony export */   Y7: () => (/* binding */ JournalRejectedError),
/* harmony export */   c9: () => (/* binding */ JournalOfOtherUserError),
/* harmony export */   cR: () => (/* binding */ RestorePathError)
/* harmony export */ });
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


/***/ })

};
;