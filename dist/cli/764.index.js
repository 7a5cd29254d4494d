export const id = 764;
export const ids = [764];
export const modules = {

/***/ 8478:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ validateBackup),
/* harmony export */   m: () => (/* binding */ readBackupFiles)
/* harmony export */ });
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8027);
/* harmony import */ var _store_backup_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1883);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1015);
/* harmony import */ var _validate_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1472);
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
async function validateBackup(backupDir, name, settings = _config_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_SETTINGS */ .a$) {
    const { files } = await readBackupFiles(backupDir, name);
    return (0,_validate_index_js__WEBPACK_IMPORTED_MODULE_3__/* .validateDocuments */ .$)(files, { settings });
}
//# sourceMappingURL=backup-files.js.map

/***/ }),

/***/ 1764:
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
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8027);
/* harmony import */ var _create_create_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4666);
/* harmony import */ var _util_faults_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2567);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7309);
/* harmony import */ var _journal_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7473);
/* harmony import */ var _inspect_backup_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8478);
/* harmony import */ var _config_snapshot_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(936);
/* harmony import */ var _config_settings_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2393);
/* harmony import */ var _store_store_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4680);
/* harmony import */ var _validate_index_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1472);












class RestoreRefusedError extends _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .OrchBackupError */ .FY {
    backupName;
    reason;
    code = 'RESTORE_REFUSED';
    constructor(backupName, reason) {
        super(`refusing to restore ${JSON.stringify(backupName)}: ${reason}`);
        this.backupName = backupName;
        this.reason = reason;
    }
}
class ConfigChangedError extends _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .OrchBackupError */ .FY {
    files;
    code = 'CONFIG_CHANGED';
    constructor(files) {
        super(`the config changed while the restore was being planned (${files.slice(0, 3).join(', ')}); nothing was restored: run the restore again`);
        this.files = files;
    }
}
/** Works out what restoring `name` would change, after checking the backup's checksums and content. */
async function planRestore(name, options) {
    const settings = options.settings ?? _config_settings_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_SETTINGS */ .a$;
    const { manifest, files: backupFiles } = await (0,_inspect_backup_files_js__WEBPACK_IMPORTED_MODULE_7__/* .readBackupFiles */ .m)(options.backupDir, name);
    const validation = await (0,_validate_index_js__WEBPACK_IMPORTED_MODULE_11__/* .validateDocuments */ .$)(backupFiles, { settings });
    const currentFiles = await readCurrent(options, settings);
    const current = new Map(currentFiles.map((f) => [f.path, f.sha256]));
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
    const settings = options.settings ?? _config_settings_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_SETTINGS */ .a$;
    const faults = options.faults ?? _util_faults_js__WEBPACK_IMPORTED_MODULE_4__/* .noFaults */ .n;
    const base = { restored: plan.backup, changed: plan.overwrite, added: plan.add, removed: plan.remove };
    if (plan.validation.summary.errors > 0 && !options.force) {
        throw new RestoreRefusedError(plan.backup, `its content has ${plan.validation.summary.errors} validation error(s) (see: orch-backup validate --backup ${plan.backup}); pass --force to restore it anyway`);
    }
    if (plan.identical)
        return { ...base, identical: true, safetyBackup: null, validation: plan.validation, rolledBack: false };
    const unchanged = new Set(plan.unchanged);
    const lock = await (0,_store_store_js__WEBPACK_IMPORTED_MODULE_10__/* .lockStore */ .$_)(options.backupDir, 'restore', options.lockTimeoutMs ?? settings.lockTimeoutMs);
    try {
        const now = await readCurrent(options, settings);
        if (!(0,_config_snapshot_js__WEBPACK_IMPORTED_MODULE_8__/* .sameContent */ .Cm)(now, plan.currentFiles)) {
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
            target: plan.backupFiles.filter((f) => !unchanged.has(f.path)),
            remove: plan.remove,
            faults,
        }).catch(async (error) => discardFailedStaging(options, error));
        // The config now holds exactly the bytes validated in the plan, unless files were kept
        // beside them: only then can the result differ from what was already checked.
        const validation = plan.keep.length === 0 ? plan.validation : await (0,_validate_index_js__WEBPACK_IMPORTED_MODULE_11__/* .validateConfig */ .$r)({ configDir: options.configDir, backupDir: options.backupDir, settings });
        let rolledBack = false;
        if (validation.summary.errors > 0 && !options.force) {
            await rollBack(plan, options, safetyBackup, faults);
            rolledBack = true;
        }
        const journal = await (0,_journal_js__WEBPACK_IMPORTED_MODULE_6__/* .readJournal */ .a0)(options.backupDir);
        if (journal)
            await (0,_journal_js__WEBPACK_IMPORTED_MODULE_6__/* .removeJournal */ .Sw)(options.backupDir, journal);
        await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_5__/* .appendHistory */ .b8)(options.backupDir, {
            operation: 'restore',
            backup: plan.backup,
            outcome: rolledBack ? 'failure' : 'success',
            detail: rolledBack ? `restored config did not validate; rolled back to ${safetyBackup ?? 'the previous (empty) state'}` : `safety backup ${safetyBackup ?? 'none (config was empty)'}`,
        });
        return { ...base, identical: false, safetyBackup, validation, rolledBack };
    }
    catch (error) {
        await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_5__/* .appendHistory */ .b8)(options.backupDir, {
            operation: 'restore',
            backup: plan.backup,
            outcome: 'failure',
            error: error instanceof _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .OrchBackupError */ .FY ? error.toJSON() : { code: (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoOf */ .UQ)(error) ?? 'INTERNAL', message: String(error) },
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
    if (journal?.phase !== 'staging' || error instanceof _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .OrchBackupError */ .FY)
        throw error;
    await (0,_journal_js__WEBPACK_IMPORTED_MODULE_6__/* .finishJournal */ .l_)(options.backupDir, journal, _util_faults_js__WEBPACK_IMPORTED_MODULE_4__/* .noFaults */ .n).catch(() => undefined);
    let code = (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoOf */ .UQ)(error);
    if (code === 'ENOENT')
        code = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(options.configDir, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK).then(() => code, (e) => (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoOf */ .UQ)(e) ?? code);
    throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreWriteError */ .NW(options.configDir, code, { cause: error });
}
async function makeSafetyBackup(plan, options, settings) {
    const safety = await (0,_create_create_js__WEBPACK_IMPORTED_MODULE_3__/* .createBackupLocked */ .z)({
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
    const previous = safetyBackup ? (await (0,_inspect_backup_files_js__WEBPACK_IMPORTED_MODULE_7__/* .readBackupFiles */ .m)(options.backupDir, safetyBackup)).files : [];
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
    const lock = await (0,_store_store_js__WEBPACK_IMPORTED_MODULE_10__/* .lockStore */ .$_)(options.backupDir, 'recover', options.lockTimeoutMs);
    try {
        const journal = await (0,_journal_js__WEBPACK_IMPORTED_MODULE_6__/* .readJournal */ .a0)(options.backupDir);
        if (!journal)
            return null;
        const outcome = await (0,_journal_js__WEBPACK_IMPORTED_MODULE_6__/* .finishJournal */ .l_)(options.backupDir, journal, options.faults ?? _util_faults_js__WEBPACK_IMPORTED_MODULE_4__/* .noFaults */ .n);
        await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_5__/* .appendHistory */ .b8)(options.backupDir, {
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
        return (await (0,_config_snapshot_js__WEBPACK_IMPORTED_MODULE_8__/* .readSnapshot */ .RA)({ configDir: options.configDir, backupDir: options.backupDir, settings })).files;
    }
    catch (error) {
        if (error instanceof _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigDirNotFoundError */ .D5 && error.reason === 'missing')
            return [];
        throw error;
    }
}
function changedPaths(a, b) {
    const before = new Map(b.map((f) => [f.path, f.sha256]));
    const after = new Map(a.map((f) => [f.path, f.sha256]));
    return [...new Set([...before.keys(), ...after.keys()])].filter((p) => before.get(p) !== after.get(p));
}
//# sourceMappingURL=restore.js.map

/***/ })

};
