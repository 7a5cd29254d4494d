"use strict";
exports.id = 983;
exports.ids = [983];
exports.modules = {

/***/ 1916:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
exports.Io = __webpack_unused_export__ = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.Io = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
__webpack_unused_export__ = closest;


/***/ }),

/***/ 6444:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ rollBack),
/* harmony export */   I1: () => (/* binding */ directoryMaker),
/* harmony export */   n9: () => (/* binding */ moveForward),
/* harmony export */   ok: () => (/* binding */ MoveFailure)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8378);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5637);





/** A move that failed, with the path (relative to the config dir) it failed at. */
class MoveFailure extends Error {
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
const at = (root, rel) => node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, ...rel.split('/'));
const staged = (j, rel) => at(node_path__WEBPACK_IMPORTED_MODULE_2__.join(j.stagingDir, 'new'), rel);
const original = (j, rel) => at(node_path__WEBPACK_IMPORTED_MODULE_2__.join(j.stagingDir, 'old'), rel);
/**
 * Moves the target into place: each original is first set aside in `old/` (a hard link, so the
 * file never disappears from the config, else a rename), then the staged file is renamed over
 * it. Nothing is deleted, so `rollBack` can always undo it, and both directions can be run again
 * from any point a crash or a failure left.
 */
async function moveForward(journal, faults) {
    const dirs = directoryMaker();
    await settleInOrder(journal.operations, 'finish', async (op) => {
        const dest = at(journal.configDir, op.path);
        const aside = original(journal, op.path);
        // Whatever is at the destination before the move (a file, or a symlink the scan skipped)
        // is kept; once the staged copy has moved, the destination holds the new file instead.
        if (!(await exists(aside)) && (op.after === null || (await exists(staged(journal, op.path))))) {
            await dirs.ensure(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(aside));
            if (op.after === null)
                await ignoreMissing((0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(dest, aside));
            else
                await ignoreMissing(keepCopy(dest, aside));
        }
        if (op.after !== null) {
            await dirs.ensure(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(dest));
            const moved = await ignoreMissing((0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(staged(journal, op.path), dest));
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
async function rollBack(journal, faults) {
    const dirs = directoryMaker();
    await settleInOrder([...journal.operations].reverse(), 'rollback', async (op) => {
        const dest = at(journal.configDir, op.path);
        const aside = original(journal, op.path);
        const hasOriginal = await exists(aside);
        if (op.after !== null && !(await exists(staged(journal, op.path))) && (await hasContent(dest, op.after))) {
            await dirs.ensure(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(staged(journal, op.path)));
            if (hasOriginal)
                await keepCopy(dest, staged(journal, op.path));
            else
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(dest, staged(journal, op.path));
        }
        if (hasOriginal)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(aside, dest);
        faults.reached('rollback:moved-file');
    });
    for (const dir of [...journal.createdDirs].reverse()) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rmdir)(at(journal.configDir, dir)).catch(() => undefined);
    }
    await syncDirs(journal);
}
/** Links `from` to `to`, or (where hard links are refused) renames it there. */
async function keepCopy(from, to) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.link)(from, to);
    }
    catch (error) {
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoOf */ .UQ)(error) === 'EEXIST')
            return;
        if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'EMLINK'].includes((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoOf */ .UQ)(error) ?? ''))
            throw error;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(from, to);
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
                failure ??= new MoveFailure(op.path, (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoOf */ .UQ)(error), direction, { cause: error });
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(8, ops.length) }, worker));
    if (failure)
        throw failure;
}
async function syncDirs(journal) {
    const dirs = new Set(journal.operations.map((op) => node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(at(journal.configDir, op.path))));
    for (const dir of dirs)
        await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .fsyncDir */ .t_)(dir).catch(() => undefined);
}
async function ignoreMissing(operation) {
    try {
        await operation;
        return true;
    }
    catch (error) {
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoOf */ .UQ)(error) === 'ENOENT')
            return false;
        throw error;
    }
}
async function exists(file) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(file).then(() => true, () => false);
}
async function hasContent(file, sha256) {
    try {
        return ((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
            .update(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file))
            .digest('hex') === sha256);
    }
    catch {
        return false;
    }
}
/** `mkdir -p` that asks the file system once per directory, however many files go into it. */
function directoryMaker() {
    const made = new Map();
    return {
        ensure: async (dir) => {
            let done = made.get(dir);
            if (!done)
                made.set(dir, (done = (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true })));
            await done;
        },
    };
}


/***/ }),

/***/ 2533:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P: () => (/* binding */ assertNoSymlinkedDirectory),
  V: () => (/* binding */ checkTargets)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/errors/index.js + 5 modules
var errors = __webpack_require__(8378);
// EXTERNAL MODULE: ./lib/errors/restore.js
var restore = __webpack_require__(1589);
// EXTERNAL MODULE: ./lib/core/config/owned-paths.js
var owned_paths = __webpack_require__(3742);
;// CONCATENATED MODULE: ./lib/core/restore/mounts.js

/**
 * Every mount point this process sees (Linux `/proc/self/mountinfo`), or null where there is no
 * such file. A bind-mounted file shares its device number with its directory, so comparing
 * `st_dev` alone does not find it; `rename` onto or away from it fails with EBUSY.
 */
async function readMountPoints(file = '/proc/self/mountinfo') {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
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
async function checkTargets(check) {
    const refuse = (rel, reason, errno) => {
        throw new restore/* RestoreObstacleError */.Am(check.backup, rel, reason, errno);
    };
    for (const rel of [...check.writes, ...check.removes]) {
        const problem = (0,owned_paths/* ownedPathProblem */.ic)(rel, check.owned);
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
            infos.set(rel, await lstatOrNull(external_node_path_.join(check.configRoot, ...rel.split('/'))));
        return infos.get(rel) ?? null;
    };
    const crossing = (rel, stats) => mounts?.has(external_node_path_.join(check.configRoot, ...rel.split('/')))
        ? 'mount-point'
        : stats.dev !== root.dev
            ? 'other-file-system'
            : null;
    const writable = new Map();
    const canWrite = (rel) => {
        let done = writable.get(rel);
        if (!done) {
            const dir = rel === '' ? check.configRoot : external_node_path_.join(check.configRoot, ...rel.split('/'));
            writable.set(rel, (done = (0,promises_.access)(dir, external_node_fs_.constants.W_OK | external_node_fs_.constants.X_OK).then(() => undefined, (error) => (0,errors/* errnoOf */.UQ)(error) ?? 'EACCES')));
        }
        return done;
    };
    if (mounts?.has(check.stagingDir))
        refuse(external_node_path_.basename(check.stagingDir), 'mount-point');
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
                throw new restore/* RestoreObstacleError */.Am(backup, dir, 'symlinked-directory');
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


/***/ }),

/***/ 6198:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   recoverInterruptedRestore: () => (/* binding */ recoverInterruptedRestore)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_restore_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1589);
/* harmony import */ var _legacy_journal_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9993);
/* harmony import */ var _journal_path_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7957);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7309);
/* harmony import */ var _store_store_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7288);
/* harmony import */ var _util_faults_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2567);
/* harmony import */ var _journal_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7473);
/* harmony import */ var _moves_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6444);
/* harmony import */ var _preflight_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2533);











/**
 * Ends a restore that a crash or a failure interrupted. Every command calls this first (`auto`),
 * so the config dir is never seen half restored: before anything moved the restore is dropped;
 * while moving it is finished, or rolled back when it cannot be finished; while rolling back it is
 * rolled back, or finished when it cannot be. When neither works it throws `RestoreStuckError`,
 * which names both ways out (`orch-backup recover --rollback|--finish`).
 */
async function recoverInterruptedRestore(options) {
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)((0,_journal_path_js__WEBPACK_IMPORTED_MODULE_4__/* .journalPath */ .H)(options.backupDir)).then(() => true, () => false)))
        return null;
    const faults = options.faults ?? _util_faults_js__WEBPACK_IMPORTED_MODULE_7__/* .noFaults */ .n;
    const choice = options.choice ?? 'auto';
    const lock = await (0,_store_store_js__WEBPACK_IMPORTED_MODULE_6__/* .lockStore */ .$_)(options.backupDir, 'recover', options.lockTimeoutMs);
    try {
        const loaded = await (0,_journal_js__WEBPACK_IMPORTED_MODULE_8__/* .loadJournal */ ._e)(options.backupDir);
        if (!loaded)
            return null;
        if ('otherUser' in loaded)
            throw new _errors_restore_js__WEBPACK_IMPORTED_MODULE_2__/* .JournalOfOtherUserError */ .c9((0,_journal_path_js__WEBPACK_IMPORTED_MODULE_4__/* .journalPath */ .H)(options.backupDir), node_path__WEBPACK_IMPORTED_MODULE_1__.join(options.backupDir, _journal_js__WEBPACK_IMPORTED_MODULE_8__/* .JOURNAL_KEY_FILE */ .fS), loaded.otherUser);
        if ('legacy' in loaded) {
            const rejected = await legacyJournal(options.backupDir, loaded.legacy);
            await recordRejection(options.backupDir, rejected);
            const legacy = rejected instanceof _errors_restore_js__WEBPACK_IMPORTED_MODULE_2__/* .LegacyJournalError */ .Xj ? rejected : undefined;
            return {
                backup: legacy?.finishWith ?? '',
                safetyBackup: legacy?.goBackWith ?? null,
                outcome: 'rejected',
                wasRollingBack: false,
                rejected,
            };
        }
        if ('rejected' in loaded) {
            const movedTo = await (0,_journal_js__WEBPACK_IMPORTED_MODULE_8__/* .setJournalAside */ .KJ)(options.backupDir);
            const rejected = new _errors_restore_js__WEBPACK_IMPORTED_MODULE_2__/* .JournalRejectedError */ .Y7((0,_journal_path_js__WEBPACK_IMPORTED_MODULE_4__/* .journalPath */ .H)(options.backupDir), loaded.rejected, movedTo);
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
        await (0,_preflight_js__WEBPACK_IMPORTED_MODULE_10__/* .assertNoSymlinkedDirectory */ .P)(journal.backup, journal.configDir, journal.operations.map((op) => op.path));
        const report = await settle(journal, key, choice, options.backupDir, faults);
        const outcome = { ...base, ...report };
        await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_5__/* .appendHistory */ .b)(options.backupDir, {
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
        await (0,_journal_js__WEBPACK_IMPORTED_MODULE_8__/* .removeJournal */ .Sw)(backupDir, journal);
        return { outcome: 'discarded' };
    }
    if (journal.phase === 'applied' && choice !== 'rollback') {
        await (0,_journal_js__WEBPACK_IMPORTED_MODULE_8__/* .removeJournal */ .Sw)(backupDir, journal);
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
                const current = await (0,_journal_js__WEBPACK_IMPORTED_MODULE_8__/* .writeJournal */ .fY)(backupDir, key, { ...journal, phase: 'applying' }, faults);
                await (0,_moves_js__WEBPACK_IMPORTED_MODULE_9__/* .moveForward */ .n9)(current, faults);
                await (0,_journal_js__WEBPACK_IMPORTED_MODULE_8__/* .removeJournal */ .Sw)(backupDir, await (0,_journal_js__WEBPACK_IMPORTED_MODULE_8__/* .writeJournal */ .fY)(backupDir, key, { ...journal, phase: 'applied' }, faults));
                return { outcome: 'completed', ...(attempts[0] ? { abandoned: attempts[0] } : {}) };
            }
            const current = await (0,_journal_js__WEBPACK_IMPORTED_MODULE_8__/* .writeJournal */ .fY)(backupDir, key, { ...journal, phase: 'rolling-back' }, faults);
            await (0,_moves_js__WEBPACK_IMPORTED_MODULE_9__/* .rollBack */ .Fu)(current, faults);
            await (0,_journal_js__WEBPACK_IMPORTED_MODULE_8__/* .removeJournal */ .Sw)(backupDir, current);
            return { outcome: 'rolled-back', ...(attempts[0] ? { abandoned: attempts[0] } : {}) };
        }
        catch (error) {
            if (!(error instanceof _moves_js__WEBPACK_IMPORTED_MODULE_9__/* .MoveFailure */ .ok))
                throw error;
            attempts.push({ direction, path: error.path, errno: error.errno });
        }
    }
    throw new _errors_restore_js__WEBPACK_IMPORTED_MODULE_2__/* .RestoreStuckError */ .F1(journal.backup, journal.configDir, journal.stagingDir, attempts);
}
/** A refused journal goes in the history as a failed restore; the history never decides the outcome. */
async function recordRejection(backupDir, rejected) {
    await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_5__/* .appendHistory */ .b)(backupDir, {
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
    const findings = await (0,_legacy_journal_js__WEBPACK_IMPORTED_MODULE_3__/* .inspectLegacyJournal */ .P)(raw, backupDir);
    const movedTo = await (0,_journal_js__WEBPACK_IMPORTED_MODULE_8__/* .setJournalAside */ .KJ)(backupDir);
    if (!findings)
        return new _errors_restore_js__WEBPACK_IMPORTED_MODULE_2__/* .JournalRejectedError */ .Y7((0,_journal_path_js__WEBPACK_IMPORTED_MODULE_4__/* .journalPath */ .H)(backupDir), 'it has format 1 (an older version) but is not shaped like one, or names paths outside the config dir', movedTo);
    const { purpose, state, configDir, stagingDir, finishWith, goBackWith, missing } = findings;
    return new _errors_restore_js__WEBPACK_IMPORTED_MODULE_2__/* .LegacyJournalError */ .Xj((0,_journal_path_js__WEBPACK_IMPORTED_MODULE_4__/* .journalPath */ .H)(backupDir), movedTo, purpose, state, configDir, stagingDir, finishWith, goBackWith, missing);
}


/***/ })

};
;