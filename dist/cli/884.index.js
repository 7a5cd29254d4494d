export const id = 884;
export const ids = [884];
export const modules = {

/***/ 7309:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ readHistory),
/* harmony export */   b: () => (/* binding */ appendHistory)
/* harmony export */ });
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
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(backupDir, HISTORY_FILE), 'utf8');
    }
    catch (error) {
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoOf */ .UQ)(error) === 'ENOENT')
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

/***/ 30:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IZ: () => (/* binding */ acquireLock),
/* harmony export */   NP: () => (/* binding */ breakLock),
/* harmony export */   WW: () => (/* binding */ inspectLock)
/* harmony export */ });
/* unused harmony exports STALE_AFTER_MS, REFRESH_EVERY_MS */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5150);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5637);






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
    const lockPath = node_path__WEBPACK_IMPORTED_MODULE_3__.join(backupDir, LOCK_FILE);
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
            await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .writeNewFile */ .S0)(lockPath, body, 0o644, false);
            return held(lockPath, body, options.refreshMs ?? REFRESH_EVERY_MS);
        }
        catch (error) {
            if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error) !== 'EEXIST')
                throw error;
        }
        const status = await inspectLock(backupDir);
        if (status?.stale) {
            await breakLock(lockPath, status.raw);
            continue;
        }
        const waited = Date.now() - started;
        if (waited >= options.timeoutMs)
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .StoreBusyError */ .VF(lockPath, status?.holder ?? {}, waited);
        await new Promise((resolve) => setTimeout(resolve, Math.min(poll, Math.max(1, options.timeoutMs - waited))));
    }
}
function held(lockPath, body, refreshMs) {
    // Touch the lock while it is held, so a process that cannot check our PID sees us alive.
    const timer = setInterval(() => {
        void (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(lockPath, 'utf8')
            .then((current) => (current === body ? (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.utimes)(lockPath, new Date(), new Date()) : undefined))
            .catch(() => undefined);
    }, refreshMs);
    timer.unref();
    return {
        path: lockPath,
        release: async () => {
            clearInterval(timer);
            // Only remove the lock if it is still ours: a lock broken as stale may belong to someone else now.
            const current = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(lockPath, 'utf8').catch(() => undefined);
            if (current === body)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.unlink)(lockPath).catch(() => undefined);
        },
    };
}
/** Who holds the store's lock and whether it may be broken; undefined when there is none. */
async function inspectLock(backupDir, staleAfterMs = STALE_AFTER_MS) {
    const lockPath = node_path__WEBPACK_IMPORTED_MODULE_3__.join(backupDir, LOCK_FILE);
    let raw;
    let mtimeMs;
    try {
        [raw, mtimeMs] = await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(lockPath, 'utf8'), (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(lockPath).then((s) => s.mtimeMs)]);
    }
    catch (error) {
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error) === 'ENOENT')
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
        await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .writeNewFile */ .S0)(breaker, String(process.pid), 0o644, false);
    }
    catch (error) {
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error) !== 'EEXIST')
            throw error;
        const age = Date.now() - (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(breaker).then((s) => s.mtimeMs, () => Date.now()));
        if (age > 5000)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.unlink)(breaker).catch(() => undefined);
        return false;
    }
    try {
        const now = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(lockPath, 'utf8').catch(() => undefined);
        if (now !== seenRaw)
            return false;
        const aside = `${lockPath}.stale-${process.pid}`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(lockPath, aside);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.unlink)(aside).catch(() => undefined);
        return true;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.unlink)(breaker).catch(() => undefined);
    }
}
/** A signal-0 probe: EPERM means it exists (another user's process); only ESRCH means gone. */
function pidExists(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error) !== 'ESRCH';
    }
}
let machineCache;
/** This process's host name, boot id and PID namespace (the last two only where /proc shows them). */
function machine() {
    if (machineCache)
        return machineCache;
    const bootId = attempt(() => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)('/proc/sys/kernel/random/boot_id', 'utf8').trim());
    const pidNamespace = attempt(() => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readlinkSync)('/proc/self/ns/pid'));
    machineCache = { hostname: (0,node_os__WEBPACK_IMPORTED_MODULE_2__.hostname)(), ...(bootId ? { bootId } : {}), ...(pidNamespace ? { pidNamespace } : {}) };
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
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        // Field 22, counted after the parenthesised command name (which may itself contain spaces).
        return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    });
}


/***/ }),

/***/ 7288:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ lockStore),
/* harmony export */   Em: () => (/* binding */ loadAllManifests),
/* harmony export */   G2: () => (/* binding */ ensureBackupDir),
/* harmony export */   GD: () => (/* binding */ confirmManifest),
/* harmony export */   QC: () => (/* binding */ publishStaged),
/* harmony export */   _t: () => (/* binding */ TRASH_PREFIX),
/* harmony export */   eY: () => (/* binding */ loadManifest),
/* harmony export */   pS: () => (/* binding */ backupNames),
/* harmony export */   th: () => (/* binding */ STAGING_PREFIX)
/* harmony export */ });
/* unused harmony export STORE_GITIGNORE */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8522);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5150);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5637);
/* harmony import */ var _lock_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(30);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2048);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1833);
/* harmony import */ var _util_suggest_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4674);










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
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(backupDir);
        if (info.isSymbolicLink()) {
            if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(backupDir)).isDirectory())
                throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupDirError */ .WK(backupDir, 'is a symlink to something that is not a directory');
        }
        else if (!info.isDirectory())
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupDirError */ .WK(backupDir, 'is a file, not a directory: move it away or pass --backup-dir');
        // An empty directory someone made for the store gets its first write too.
        if (create && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(backupDir)).length === 0)
            await writeStoreGitignore(backupDir);
        return true;
    }
    catch (error) {
        if (error instanceof _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupDirError */ .WK)
            throw error;
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error) === 'ENOTDIR')
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupDirError */ .WK(backupDir, 'is inside something that is not a directory');
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error) !== 'ENOENT')
            throw error;
    }
    if (!create)
        return false;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(backupDir, { recursive: true });
        await writeStoreGitignore(backupDir);
    }
    catch (error) {
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error) === 'ENOTDIR' || (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error) === 'EEXIST')
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupDirError */ .WK(backupDir, 'cannot be created: a parent is a file');
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .StoreWriteError */ .NW(backupDir, (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error), { cause: error });
    }
    return true;
}
async function writeStoreGitignore(backupDir) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(backupDir, STORE_GITIGNORE), STORE_GITIGNORE_TEXT, { flag: 'wx' });
    }
    catch (error) {
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error) === 'EEXIST')
            return; // a concurrent writer made it
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error) === 'EACCES' || (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error) === 'EROFS' || (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error) === 'EPERM' || (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error) === 'ENOSPC')
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .StoreWriteError */ .NW(backupDir, (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error), { cause: error });
        throw error;
    }
}
/** Creates the dir if needed, locks the store and removes what interrupted writers left. */
async function lockStore(backupDir, command, timeoutMs) {
    await ensureBackupDir(backupDir, true);
    let lock;
    try {
        lock = await (0,_lock_js__WEBPACK_IMPORTED_MODULE_6__/* .acquireLock */ .IZ)(backupDir, { command, timeoutMs });
    }
    catch (error) {
        const code = (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error);
        if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM' || code === 'ENOSPC')
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .StoreWriteError */ .NW(backupDir, code, { cause: error });
        throw error;
    }
    await removeLeftovers(backupDir);
    return lock;
}
async function removeLeftovers(backupDir) {
    for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(backupDir)) {
        if (entry.startsWith(STAGING_PREFIX) || entry.startsWith(TRASH_PREFIX))
            await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .removeTree */ .dM)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(backupDir, entry));
    }
}
/** Names of the entries that may be backups (valid names, directories or not). */
async function backupNames(backupDir) {
    try {
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(backupDir)).filter(_names_js__WEBPACK_IMPORTED_MODULE_8__/* .isValidName */ .uV).sort();
    }
    catch (error) {
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error) === 'ENOENT')
            return [];
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error) === 'ENOTDIR')
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupDirError */ .WK(backupDir, 'is a file, not a directory: move it away or pass --backup-dir');
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
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2__.join(backupDir, name);
    const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dir, { throwIfNoEntry: false });
    if (!info)
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupNotFoundError */ .I_(name, backupDir, similarBackupNames(backupDir, name));
    if (!info.isDirectory())
        return { name, dir, problems: ['the backup is not a directory'] };
    let text;
    try {
        text = readManifestText(dir);
    }
    catch (error) {
        const code = (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error);
        return { name, dir, problems: [code === 'ENOENT' ? 'manifest.json is missing' : code?.startsWith('Z_') ? 'manifest.json.gz is corrupt' : `manifest.json is unreadable (${code})`] };
    }
    const { manifest, problems } = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .parseManifest */ .Ng)(text, name, { checksum });
    if (!manifest)
        return { name, dir, problems };
    return checksum ? { name, dir, manifest, problems } : { name, dir, manifest, problems, checksumUnchecked: true };
}
/** Backups named like a mistyped `name`, for the "did you mean" of a not-found error. */
function similarBackupNames(backupDir, name) {
    try {
        return (0,_util_suggest_js__WEBPACK_IMPORTED_MODULE_9__/* .closestNames */ .g)(name, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(backupDir).filter(_names_js__WEBPACK_IMPORTED_MODULE_8__/* .isValidName */ .uV));
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
        if ((0,_manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .manifestChecksum */ .vS)(entry.manifest) !== entry.manifest.checksum)
            entry.problems.push(_manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .CHECKSUM_MISMATCH */ .Lw);
    }
    return !!entry.manifest && entry.problems.length === 0;
}
/** A loose backup's `manifest.json`, else a packed backup's `manifest.json.gz`. */
function readManifestText(dir) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, _manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .MANIFEST_FILE */ .h1), 'utf8');
    }
    catch (error) {
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error) !== 'ENOENT')
            throw error;
    }
    return (0,node_zlib__WEBPACK_IMPORTED_MODULE_3__.gunzipSync)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, _manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .PACKED_MANIFEST_FILE */ .K$))).toString('utf8');
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
            if (error instanceof _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupNotFoundError */ .I_)
                return [];
            return [{ name, dir: node_path__WEBPACK_IMPORTED_MODULE_2__.join(backupDir, name), problems: [String(error.message)] }];
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
        await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .fsyncDir */ .t_)(dir);
    const finalDir = node_path__WEBPACK_IMPORTED_MODULE_2__.join(backupDir, name);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(staging, finalDir);
    }
    catch (error) {
        if (['EEXIST', 'ENOTEMPTY', 'EISDIR', 'ENOTDIR'].includes((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error) ?? ''))
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupExistsError */ .j2(name);
        throw error;
    }
    await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .fsyncDir */ .t_)(backupDir);
    return finalDir;
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


/***/ })

};
