export const id = 149;
export const ids = [149];
export const modules = {

/***/ 9499:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ createBackup),
/* harmony export */   z: () => (/* binding */ createBackupLocked)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8522);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(452);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(3411);
/* harmony import */ var _faults_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6094);
/* harmony import */ var _fsutil_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9484);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(631);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9718);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6599);
/* harmony import */ var _snapshot_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4587);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7726);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(6897);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(7794);
/* harmony import */ var _validate_index_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(1472);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(8067);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(8238);


















const gzip = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_zlib__WEBPACK_IMPORTED_MODULE_3__.gzip);
/**
 * Snapshots the config dir into a new backup: built in a staging directory, fsynced,
 * renamed into place (so it appears whole or not at all), then re-read and verified.
 */
async function createBackup(options) {
    const settings = options.settings ?? _settings_js__WEBPACK_IMPORTED_MODULE_11__/* .DEFAULT_SETTINGS */ .a$;
    if (options.name !== undefined)
        (0,_names_js__WEBPACK_IMPORTED_MODULE_9__/* .assertValidName */ .QB)(options.name);
    // Before the lock: locking creates the backup dir, which must not conjure up a missing config dir.
    if (!options.documents)
        await (0,_scan_js__WEBPACK_IMPORTED_MODULE_13__/* .resolveConfigRoot */ .b)(options.configDir);
    const lock = await (0,_store_js__WEBPACK_IMPORTED_MODULE_12__/* .lockStore */ .$_)(options.backupDir, 'create', options.lockTimeoutMs ?? settings.lockTimeoutMs);
    try {
        return await createBackupLocked(options);
    }
    finally {
        await lock.release();
    }
}
/** `createBackup` for a caller that already holds the store lock (restore's safety backup). */
async function createBackupLocked(options) {
    const settings = options.settings ?? _settings_js__WEBPACK_IMPORTED_MODULE_11__/* .DEFAULT_SETTINGS */ .a$;
    if (options.name !== undefined)
        (0,_names_js__WEBPACK_IMPORTED_MODULE_9__/* .assertValidName */ .QB)(options.name);
    const snapshot = options.documents
        ? { files: options.documents.map((d) => toSnapshotFile(d)), skipped: [] }
        : await (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_10__/* .readSnapshot */ .RA)({ configDir: options.configDir, backupDir: options.backupDir, settings });
    if (snapshot.files.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .EmptyConfigError */ .QW(options.configDir, settings.include);
    const validation = await (0,_validate_index_js__WEBPACK_IMPORTED_MODULE_14__/* .validateDocuments */ .s)(snapshot.files, { settings });
    const syntax = validation.diagnostics.find((d) => d.code === 'json-syntax' || d.code === 'encoding');
    if (syntax && !options.allowInvalid)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InvalidJsonError */ .a6(syntax.file ?? '?', syntax.line ?? 1, syntax.column ?? 1, syntax.message.replace(/^invalid JSON: /, ''));
    try {
        const intact = (await (0,_store_js__WEBPACK_IMPORTED_MODULE_12__/* .loadAllManifests */ .Em)(options.backupDir)).filter((m) => m.manifest && m.problems.length === 0);
        if (options.skipIfUnchanged || options.skipIfStored) {
            const candidates = options.skipIfStored ? intact : intact.slice(0, 1);
            const same = candidates.find((m) => m.manifest && (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_10__/* .sameContent */ .Cm)(m.manifest.files, snapshot.files));
            if (same?.manifest) {
                return { created: false, unchangedSince: same.name, path: same.dir, manifest: same.manifest, skipped: snapshot.skipped, validation };
            }
        }
        const name = await chooseName(options);
        const finalDir = node_path__WEBPACK_IMPORTED_MODULE_1__.join(options.backupDir, name);
        let manifest = await writeBackup(options, settings, name, snapshot.files, validation, intact[0]);
        (options.faults ?? _faults_js__WEBPACK_IMPORTED_MODULE_5__/* .noFaults */ .n).reached('create:published');
        let check = await (0,_verify_js__WEBPACK_IMPORTED_MODULE_15__/* .verifyBackup */ .gu)(options.backupDir, name);
        if (!check.ok && intact[0]) {
            // A shared copy may have rotted in the previous backup: write every file anew once.
            await discard(options.backupDir, name);
            manifest = await writeBackup(options, settings, name, snapshot.files, validation, undefined);
            check = await (0,_verify_js__WEBPACK_IMPORTED_MODULE_15__/* .verifyBackup */ .gu)(options.backupDir, name);
        }
        if (!check.ok) {
            await discard(options.backupDir, name);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupDamagedError */ .EF(name, check.problems.map((p) => p.message));
        }
        (options.faults ?? _faults_js__WEBPACK_IMPORTED_MODULE_5__/* .noFaults */ .n).reached('create:verified');
        await (0,_history_js__WEBPACK_IMPORTED_MODULE_7__/* .appendHistory */ .b8)(options.backupDir, { operation: 'create', backup: name, outcome: 'success', trigger: manifest.trigger });
        return { created: true, name, path: finalDir, manifest, skipped: snapshot.skipped, validation };
    }
    catch (error) {
        const failure = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .OrchBackupError */ .FY ? error : new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .StoreWriteError */ .NW(options.backupDir, (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error), { cause: error });
        await (0,_history_js__WEBPACK_IMPORTED_MODULE_7__/* .appendHistory */ .b8)(options.backupDir, { operation: 'create', backup: options.name ?? null, outcome: 'failure', error: failure.toJSON() }).catch(() => undefined);
        throw failure;
    }
}
async function chooseName(options) {
    const existing = new Set(await (0,_store_js__WEBPACK_IMPORTED_MODULE_12__/* .backupNames */ .pS)(options.backupDir));
    if (options.name !== undefined) {
        const taken = existing.has(options.name) || (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(options.backupDir, options.name)).then(() => true, () => false));
        if (taken)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupExistsError */ .j2(options.name);
        return options.name;
    }
    return (0,_names_js__WEBPACK_IMPORTED_MODULE_9__/* .uniqueName */ .Fi)((0,_names_js__WEBPACK_IMPORTED_MODULE_9__/* .timestampName */ .e2)(options.now ?? new Date(), options.namePrefix ?? 'backup'), (n) => existing.has(n));
}
async function writeBackup(options, settings, name, files, validation, previous) {
    const staging = node_path__WEBPACK_IMPORTED_MODULE_1__.join(options.backupDir, `${_store_js__WEBPACK_IMPORTED_MODULE_12__/* .STAGING_PREFIX */ .th}${name}-${process.pid}`);
    const totalSize = files.reduce((sum, f) => sum + f.size, 0);
    const compress = totalSize > settings.compressAbove;
    const reusable = reusableCopies(previous, compress);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(staging);
        const dirs = new Set([staging, node_path__WEBPACK_IMPORTED_MODULE_1__.join(staging, _manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .FILES_DIR */ .qM)]);
        for (const file of files)
            dirs.add(node_path__WEBPACK_IMPORTED_MODULE_1__.join(staging, _manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .FILES_DIR */ .qM, node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file.path)));
        for (const dir of [...dirs].sort())
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
        const entries = await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_6__/* .mapLimit */ .sf)(files, 8, async (file) => {
            const stored = `${_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .FILES_DIR */ .qM}/${file.path}${compress ? '.gz' : ''}`;
            const target = node_path__WEBPACK_IMPORTED_MODULE_1__.join(staging, ...stored.split('/'));
            const version = (0,_version_js__WEBPACK_IMPORTED_MODULE_16__/* .fileVersion */ .fB)(file.bytes);
            const entry = { path: file.path, size: file.size, sha256: file.sha256, ...(version ? { version } : {}), stored };
            const same = reusable.get(file.sha256);
            if (same && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.link)(same.path, target).then(() => true, () => false)))
                return { ...entry, storedSize: same.storedSize };
            const data = compress ? await gzip(file.bytes, { level: settings.compressionLevel }) : file.bytes;
            await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_6__/* .writeNewFile */ .S0)(target, data, 0o444);
            (options.faults ?? _faults_js__WEBPACK_IMPORTED_MODULE_5__/* .noFaults */ .n).reached('create:staged-file');
            return { ...entry, storedSize: data.length };
        });
        const manifest = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .sealManifest */ .DB)({
            formatVersion: _manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .FORMAT_VERSION */ .Hp,
            name,
            createdAt: (options.now ?? new Date()).toISOString(),
            description: options.description ?? null,
            trigger: options.trigger ?? 'manual',
            tags: [...new Set(options.tags ?? [])],
            tool: { name: _version_js__WEBPACK_IMPORTED_MODULE_17__/* .TOOL_NAME */ .l, version: _version_js__WEBPACK_IMPORTED_MODULE_17__/* .TOOL_VERSION */ .w },
            configVersion: (0,_version_js__WEBPACK_IMPORTED_MODULE_16__/* .configurationVersion */ .jq)(entries),
            compression: compress ? 'gzip' : 'none',
            files: entries,
            fileCount: entries.length,
            totalSize,
            storedSize: entries.reduce((sum, f) => sum + f.storedSize, 0),
            validation: { status: validation.status, errors: validation.summary.errors, warnings: validation.summary.warnings },
        });
        await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_6__/* .writeNewFile */ .S0)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(staging, _manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .MANIFEST_FILE */ .h1), (0,_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .serializeManifest */ .MZ)(manifest), 0o444);
        (options.faults ?? _faults_js__WEBPACK_IMPORTED_MODULE_5__/* .noFaults */ .n).reached('create:manifest-written');
        await (0,_store_js__WEBPACK_IMPORTED_MODULE_12__/* .publishStaged */ .QC)(options.backupDir, staging, name, dirs);
        return manifest;
    }
    catch (error) {
        await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_6__/* .removeTree */ .dM)(staging).catch(() => undefined);
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .OrchBackupError */ .FY)
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .StoreWriteError */ .NW(node_path__WEBPACK_IMPORTED_MODULE_1__.join(options.backupDir, name), (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error), { cause: error });
    }
}
/**
 * Stored copies of the newest backup, by content, that the new backup can share as hard links
 * (as rsnapshot does): unchanged files then cost no time and no space. Copies are read-only, a
 * backup's deletion only drops a link, and verify still checks every file of every backup.
 */
function reusableCopies(previous, compress) {
    const copies = new Map();
    if (!previous?.manifest)
        return copies;
    for (const file of previous.manifest.files) {
        if (file.stored.endsWith('.gz') !== compress)
            continue;
        copies.set(file.sha256, { path: node_path__WEBPACK_IMPORTED_MODULE_1__.join(previous.dir, ...file.stored.split('/')), storedSize: file.storedSize });
    }
    return copies;
}
async function discard(backupDir, name) {
    const trash = node_path__WEBPACK_IMPORTED_MODULE_1__.join(backupDir, `${_store_js__WEBPACK_IMPORTED_MODULE_12__/* .TRASH_PREFIX */ ._t}${name}-${process.pid}`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(backupDir, name), trash).catch(() => undefined);
    await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_6__/* .removeTree */ .dM)(trash);
}
function toSnapshotFile(doc) {
    const bytes = Buffer.from(doc.bytes.buffer, doc.bytes.byteOffset, doc.bytes.byteLength);
    return { path: doc.path, bytes, size: bytes.length, sha256: (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_10__/* .sha256Hex */ .fg)(bytes) };
}
//# sourceMappingURL=create.js.map

/***/ }),

/***/ 7681:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ readBackupFiles),
  B: () => (/* binding */ validateBackup)
});

// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./lib/core/snapshot.js
var snapshot = __webpack_require__(4587);
// EXTERNAL MODULE: ./lib/core/store.js + 1 modules
var store = __webpack_require__(6897);
;// CONCATENATED MODULE: ./lib/core/backup-reader.js







const gunzip = (0,external_node_util_.promisify)(external_node_zlib_.gunzip);
/** Opens a backup whose manifest checks out; reads no file content yet. */
async function openBackup(backupDir, name) {
    const loaded = await (0,store/* loadManifest */.eY)(backupDir, name);
    if (!loaded.manifest)
        throw new errors/* ManifestError */.Sh(name, loaded.problems.join('; '));
    if (loaded.problems.length > 0)
        throw new errors/* BackupDamagedError */.EF(name, loaded.problems);
    const { dir, manifest } = loaded;
    return {
        name,
        dir,
        manifest,
        read: async (file) => {
            let bytes;
            try {
                const raw = await (0,promises_.readFile)(external_node_path_.join(dir, ...file.stored.split('/')));
                bytes = file.stored.endsWith('.gz') ? await gunzip(raw) : raw;
            }
            catch (error) {
                const missing = error.code === 'ENOENT';
                throw new errors/* BackupDamagedError */.EF(name, [`${file.path}: ${missing ? 'stored copy is missing' : 'stored copy is unreadable'}`]);
            }
            if (bytes.length !== file.size || (0,snapshot/* sha256Hex */.fg)(bytes) !== file.sha256)
                throw new errors/* BackupDamagedError */.EF(name, [`${file.path}: content changed`]);
            return bytes;
        },
    };
}
//# sourceMappingURL=backup-reader.js.map
// EXTERNAL MODULE: ./lib/core/verify.js
var verify = __webpack_require__(8238);
// EXTERNAL MODULE: ./lib/core/validate/index.js + 4 modules
var validate = __webpack_require__(1472);
// EXTERNAL MODULE: ./lib/core/settings.js
var core_settings = __webpack_require__(7726);
;// CONCATENATED MODULE: ./lib/core/read-backup.js





/** A backup's files as they were backed up; refuses a backup whose manifest or content does not check out. */
async function readBackupFiles(backupDir, name) {
    const backup = await openBackup(backupDir, name);
    const problems = [];
    const files = [];
    for (const file of backup.manifest.files) {
        try {
            files.push({ path: file.path, bytes: await backup.read(file) });
        }
        catch (error) {
            if (!(error instanceof errors/* BackupDamagedError */.EF))
                throw error;
            problems.push(...error.problems);
        }
    }
    // Same verdict as `verify`: a backup with unlisted files is damaged, even if none is ever read.
    for (const extra of await (0,verify/* extraFiles */.O2)(backup.dir, backup.manifest))
        problems.push(extra.message);
    if (problems.length > 0)
        throw new errors/* BackupDamagedError */.EF(name, problems);
    return { manifest: backup.manifest, files };
}
/** Validates a backup's content exactly as `validateConfig` validates the live config. */
async function validateBackup(backupDir, name, settings = core_settings/* DEFAULT_SETTINGS */.a$) {
    const { files } = await readBackupFiles(backupDir, name);
    return (0,validate/* validateDocuments */.s)(files, { settings });
}
//# sourceMappingURL=read-backup.js.map

/***/ }),

/***/ 4149:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ConfigChangedError: () => (/* binding */ ConfigChangedError),
/* harmony export */   RestoreRefusedError: () => (/* binding */ RestoreRefusedError),
/* harmony export */   planRestore: () => (/* binding */ planRestore),
/* harmony export */   recoverInterruptedRestore: () => (/* binding */ recoverInterruptedRestore),
/* harmony export */   restoreBackup: () => (/* binding */ restoreBackup)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(452);
/* harmony import */ var _create_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9499);
/* harmony import */ var _faults_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6094);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(631);
/* harmony import */ var _journal_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3396);
/* harmony import */ var _read_backup_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7681);
/* harmony import */ var _snapshot_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4587);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7726);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6897);
/* harmony import */ var _validate_index_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1472);












class RestoreRefusedError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OrchBackupError */ .FY {
    backupName;
    reason;
    code = 'RESTORE_REFUSED';
    constructor(backupName, reason) {
        super(`refusing to restore ${JSON.stringify(backupName)}: ${reason}`);
        this.backupName = backupName;
        this.reason = reason;
    }
}
class ConfigChangedError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OrchBackupError */ .FY {
    files;
    code = 'CONFIG_CHANGED';
    constructor(files) {
        super(`the config changed while the restore was being planned (${files.slice(0, 3).join(', ')}); nothing was restored: run the restore again`);
        this.files = files;
    }
}
/** Works out what restoring `name` would change, after checking the backup's checksums and content. */
async function planRestore(name, options) {
    const settings = options.settings ?? _settings_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_SETTINGS */ .a$;
    const { manifest, files: backupFiles } = await (0,_read_backup_js__WEBPACK_IMPORTED_MODULE_7__/* .readBackupFiles */ .m)(options.backupDir, name);
    const validation = await (0,_validate_index_js__WEBPACK_IMPORTED_MODULE_11__/* .validateDocuments */ .s)(backupFiles, { settings });
    const currentFiles = await readCurrent(options, settings);
    const current = new Map(currentFiles.map((f) => [f.path, (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_8__/* .sha256Hex */ .fg)(f.bytes)]));
    const inBackup = new Set(backupFiles.map((f) => f.path));
    const overwrite = [];
    const add = [];
    const unchanged = [];
    for (const file of manifest.files) {
        const now = current.get(file.path);
        if (now === undefined)
            add.push(file.path);
        else if (now === file.sha256)
            unchanged.push(file.path);
        else
            overwrite.push(file.path);
    }
    const extra = currentFiles.map((f) => f.path).filter((p) => !inBackup.has(p));
    const remove = options.keepExtra ? [] : extra;
    const keep = options.keepExtra ? extra : [];
    return {
        backup: name,
        manifest,
        backupFiles,
        currentFiles,
        overwrite,
        add,
        remove,
        keep,
        unchanged,
        identical: overwrite.length + add.length + remove.length === 0,
        validation,
    };
}
/**
 * Applies a plan: a verified safety backup of the current state first, then a journaled move
 * into place, then validation with automatic rollback to the safety backup when it fails.
 */
async function restoreBackup(plan, options) {
    const settings = options.settings ?? _settings_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_SETTINGS */ .a$;
    const faults = options.faults ?? _faults_js__WEBPACK_IMPORTED_MODULE_4__/* .noFaults */ .n;
    const base = { restored: plan.backup, changed: plan.overwrite, added: plan.add, removed: plan.remove };
    if (plan.validation.summary.errors > 0 && !options.force) {
        throw new RestoreRefusedError(plan.backup, `its content has ${plan.validation.summary.errors} validation error(s) (see: orch-backup validate --backup ${plan.backup}); pass --force to restore it anyway`);
    }
    if (plan.identical)
        return { ...base, identical: true, safetyBackup: null, validation: plan.validation, rolledBack: false };
    const lock = await (0,_store_js__WEBPACK_IMPORTED_MODULE_10__/* .lockStore */ .$_)(options.backupDir, 'restore', options.lockTimeoutMs ?? settings.lockTimeoutMs);
    try {
        const now = await readCurrent(options, settings);
        if (!(0,_snapshot_js__WEBPACK_IMPORTED_MODULE_8__/* .sameContent */ .Cm)(now.map(hashed), plan.currentFiles.map(hashed))) {
            throw new ConfigChangedError(changedPaths(now, plan.currentFiles));
        }
        const safetyBackup = now.length === 0 ? null : await makeSafetyBackup(plan, options, settings);
        faults.reached('restore:safety-backup');
        await (0,_journal_js__WEBPACK_IMPORTED_MODULE_6__/* .transition */ .kY)({
            backupDir: options.backupDir,
            configDir: options.configDir,
            purpose: 'restore',
            backup: plan.backup,
            safetyBackup,
            target: plan.backupFiles.filter((f) => !plan.unchanged.includes(f.path)),
            remove: plan.remove,
            faults,
        }).catch(async (error) => discardFailedStaging(options, error));
        const validation = await (0,_validate_index_js__WEBPACK_IMPORTED_MODULE_11__/* .validateConfig */ .$)({ configDir: options.configDir, backupDir: options.backupDir, settings });
        let rolledBack = false;
        if (validation.summary.errors > 0 && !options.force) {
            await rollBack(plan, options, safetyBackup, faults);
            rolledBack = true;
        }
        const journal = await (0,_journal_js__WEBPACK_IMPORTED_MODULE_6__/* .readJournal */ .a0)(options.backupDir);
        if (journal)
            await (0,_journal_js__WEBPACK_IMPORTED_MODULE_6__/* .removeJournal */ .Sw)(options.backupDir, journal);
        await (0,_history_js__WEBPACK_IMPORTED_MODULE_5__/* .appendHistory */ .b8)(options.backupDir, {
            operation: 'restore',
            backup: plan.backup,
            outcome: rolledBack ? 'failure' : 'success',
            detail: rolledBack ? `restored config did not validate; rolled back to ${safetyBackup ?? 'the previous (empty) state'}` : `safety backup ${safetyBackup ?? 'none (config was empty)'}`,
        });
        return { ...base, identical: false, safetyBackup, validation, rolledBack };
    }
    catch (error) {
        await (0,_history_js__WEBPACK_IMPORTED_MODULE_5__/* .appendHistory */ .b8)(options.backupDir, {
            operation: 'restore',
            backup: plan.backup,
            outcome: 'failure',
            error: error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OrchBackupError */ .FY ? error.toJSON() : { code: (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoOf */ .UQ)(error) ?? 'INTERNAL', message: String(error) },
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
    const journal = await (0,_journal_js__WEBPACK_IMPORTED_MODULE_6__/* .readJournal */ .a0)(options.backupDir).catch(() => null);
    if (journal?.phase !== 'staging' || error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OrchBackupError */ .FY)
        throw error;
    await (0,_journal_js__WEBPACK_IMPORTED_MODULE_6__/* .finishJournal */ .l_)(options.backupDir, journal, _faults_js__WEBPACK_IMPORTED_MODULE_4__/* .noFaults */ .n).catch(() => undefined);
    let code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoOf */ .UQ)(error);
    if (code === 'ENOENT')
        code = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(options.configDir, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK).then(() => code, (e) => (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoOf */ .UQ)(e) ?? code);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreWriteError */ .NW(options.configDir, code, { cause: error });
}
async function makeSafetyBackup(plan, options, settings) {
    const safety = await (0,_create_js__WEBPACK_IMPORTED_MODULE_3__/* .createBackupLocked */ .z)({
        configDir: options.configDir,
        backupDir: options.backupDir,
        settings,
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
/** Puts back exactly what the safety backup holds (or nothing, if the config was empty). */
async function rollBack(plan, options, safetyBackup, faults) {
    const previous = safetyBackup ? (await (0,_read_backup_js__WEBPACK_IMPORTED_MODULE_7__/* .readBackupFiles */ .m)(options.backupDir, safetyBackup)).files : [];
    const keepPaths = new Set(previous.map((f) => f.path));
    const introduced = [...plan.add, ...plan.overwrite].filter((p) => !keepPaths.has(p));
    await (0,_journal_js__WEBPACK_IMPORTED_MODULE_6__/* .transition */ .kY)({
        backupDir: options.backupDir,
        configDir: options.configDir,
        purpose: 'rollback',
        backup: safetyBackup ?? plan.backup,
        safetyBackup,
        target: previous,
        remove: introduced,
        faults,
    });
}
/**
 * Finishes or undoes a restore that a crash interrupted. Every command calls this first, so
 * the config dir is never seen half restored. Only a process holding the lock may do it.
 */
async function recoverInterruptedRestore(options) {
    if (!(await (0,_journal_js__WEBPACK_IMPORTED_MODULE_6__/* .readJournal */ .a0)(options.backupDir)))
        return null;
    const lock = await (0,_store_js__WEBPACK_IMPORTED_MODULE_10__/* .lockStore */ .$_)(options.backupDir, 'recover', options.lockTimeoutMs);
    try {
        const journal = await (0,_journal_js__WEBPACK_IMPORTED_MODULE_6__/* .readJournal */ .a0)(options.backupDir);
        if (!journal)
            return null;
        const outcome = await (0,_journal_js__WEBPACK_IMPORTED_MODULE_6__/* .finishJournal */ .l_)(options.backupDir, journal, options.faults ?? _faults_js__WEBPACK_IMPORTED_MODULE_4__/* .noFaults */ .n);
        await (0,_history_js__WEBPACK_IMPORTED_MODULE_5__/* .appendHistory */ .b8)(options.backupDir, {
            operation: 'restore',
            backup: journal.backup,
            outcome: outcome === 'completed' && journal.purpose === 'restore' ? 'success' : 'failure',
            detail: `interrupted ${journal.purpose} ${outcome === 'completed' ? 'completed' : 'rolled back before it changed anything'} by the next command`,
        }).catch(() => undefined);
        return { purpose: journal.purpose, backup: journal.backup, safetyBackup: journal.safetyBackup, outcome };
    }
    finally {
        await lock.release();
    }
}
async function readCurrent(options, settings) {
    try {
        return (await (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_8__/* .readSnapshot */ .RA)({ configDir: options.configDir, backupDir: options.backupDir, settings })).files;
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigDirNotFoundError */ .D5 && error.reason === 'missing')
            return [];
        throw error;
    }
}
const hashed = (f) => ({ path: f.path, sha256: (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_8__/* .sha256Hex */ .fg)(f.bytes) });
function changedPaths(a, b) {
    const before = new Map(b.map((f) => [f.path, (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_8__/* .sha256Hex */ .fg)(f.bytes)]));
    const after = new Map(a.map((f) => [f.path, (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_8__/* .sha256Hex */ .fg)(f.bytes)]));
    return [...new Set([...before.keys(), ...after.keys()])].filter((p) => before.get(p) !== after.get(p));
}
//# sourceMappingURL=restore.js.map

/***/ })

};
