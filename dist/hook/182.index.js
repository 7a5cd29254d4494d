export const id = 182;
export const ids = [182];
export const modules = {

/***/ 1182:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  recoverInterruptedRestore: () => (/* binding */ recoverInterruptedRestore)
});

// UNUSED EXPORTS: ConfigChangedError, RestoreRefusedError, planRestore, restoreBackup

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/errors/index.js
var errors = __webpack_require__(8027);
// EXTERNAL MODULE: ./lib/core/create/create.js + 3 modules
var create = __webpack_require__(4373);
// EXTERNAL MODULE: ./lib/core/util/faults.js
var faults = __webpack_require__(2567);
// EXTERNAL MODULE: ./lib/core/store/history.js
var store_history = __webpack_require__(7309);
// EXTERNAL MODULE: ./lib/core/restore/journal.js
var restore_journal = __webpack_require__(7473);
// EXTERNAL MODULE: ./lib/core/store/backup-reader.js
var backup_reader = __webpack_require__(1883);
// EXTERNAL MODULE: ./lib/core/inspect/verify.js
var verify = __webpack_require__(1015);
// EXTERNAL MODULE: ./lib/core/validate/index.js + 5 modules
var validate = __webpack_require__(6771);
// EXTERNAL MODULE: ./lib/core/config/settings.js
var settings = __webpack_require__(2393);
;// CONCATENATED MODULE: ./lib/core/inspect/backup-files.js





/** A backup's files as they were backed up; refuses a backup whose manifest or content does not check out. */
async function backup_files_readBackupFiles(backupDir, name) {
    const backup = await openBackup(backupDir, name);
    const problems = [];
    const files = [];
    for (const file of backup.manifest.files) {
        try {
            files.push({ path: file.path, bytes: await backup.read(file) });
        }
        catch (error) {
            if (!(error instanceof BackupDamagedError))
                throw error;
            problems.push(...error.problems);
        }
    }
    // Same verdict as `verify`: a backup with unlisted files is damaged, even if none is ever read.
    for (const extra of await extraFiles(backup.dir, backup.manifest))
        problems.push(extra.message);
    if (problems.length > 0)
        throw new BackupDamagedError(name, problems);
    return { manifest: backup.manifest, files };
}
/** Validates a backup's content exactly as `validateConfig` validates the live config. */
async function validateBackup(backupDir, name, settings = DEFAULT_SETTINGS) {
    const { files } = await backup_files_readBackupFiles(backupDir, name);
    return validateDocuments(files, { settings });
}
//# sourceMappingURL=backup-files.js.map
// EXTERNAL MODULE: ./lib/core/config/snapshot.js
var snapshot = __webpack_require__(936);
// EXTERNAL MODULE: ./lib/core/store/store.js + 2 modules
var store = __webpack_require__(2581);
;// CONCATENATED MODULE: ./lib/core/restore/restore.js












class RestoreRefusedError extends errors/* OrchBackupError */.FY {
    backupName;
    reason;
    code = 'RESTORE_REFUSED';
    constructor(backupName, reason) {
        super(`refusing to restore ${JSON.stringify(backupName)}: ${reason}`);
        this.backupName = backupName;
        this.reason = reason;
    }
}
class ConfigChangedError extends errors/* OrchBackupError */.FY {
    files;
    code = 'CONFIG_CHANGED';
    constructor(files) {
        super(`the config changed while the restore was being planned (${files.slice(0, 3).join(', ')}); nothing was restored: run the restore again`);
        this.files = files;
    }
}
/** Works out what restoring `name` would change, after checking the backup's checksums and content. */
async function planRestore(name, options) {
    const settings = options.settings ?? DEFAULT_SETTINGS;
    const { manifest, files: backupFiles } = await readBackupFiles(options.backupDir, name);
    const validation = await validateDocuments(backupFiles, { settings });
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
    const settings = options.settings ?? DEFAULT_SETTINGS;
    const faults = options.faults ?? noFaults;
    const base = { restored: plan.backup, changed: plan.overwrite, added: plan.add, removed: plan.remove };
    if (plan.validation.summary.errors > 0 && !options.force) {
        throw new RestoreRefusedError(plan.backup, `its content has ${plan.validation.summary.errors} validation error(s) (see: orch-backup validate --backup ${plan.backup}); pass --force to restore it anyway`);
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
        const safetyBackup = now.length === 0 ? null : await makeSafetyBackup(plan, options, settings);
        faults.reached('restore:safety-backup');
        await transition({
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
        const validation = plan.keep.length === 0 ? plan.validation : await validateConfig({ configDir: options.configDir, backupDir: options.backupDir, settings });
        let rolledBack = false;
        if (validation.summary.errors > 0 && !options.force) {
            await rollBack(plan, options, safetyBackup, faults);
            rolledBack = true;
        }
        const journal = await readJournal(options.backupDir);
        if (journal)
            await removeJournal(options.backupDir, journal);
        await appendHistory(options.backupDir, {
            operation: 'restore',
            backup: plan.backup,
            outcome: rolledBack ? 'failure' : 'success',
            detail: rolledBack ? `restored config did not validate; rolled back to ${safetyBackup ?? 'the previous (empty) state'}` : `safety backup ${safetyBackup ?? 'none (config was empty)'}`,
        });
        return { ...base, identical: false, safetyBackup, validation, rolledBack };
    }
    catch (error) {
        await appendHistory(options.backupDir, {
            operation: 'restore',
            backup: plan.backup,
            outcome: 'failure',
            error: error instanceof OrchBackupError ? error.toJSON() : { code: errnoOf(error) ?? 'INTERNAL', message: String(error) },
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
    const journal = await readJournal(options.backupDir).catch(() => null);
    if (journal?.phase !== 'staging' || error instanceof OrchBackupError)
        throw error;
    await finishJournal(options.backupDir, journal, noFaults).catch(() => undefined);
    let code = errnoOf(error);
    if (code === 'ENOENT')
        code = await access(options.configDir, constants.W_OK).then(() => code, (e) => errnoOf(e) ?? code);
    throw new StoreWriteError(options.configDir, code, { cause: error });
}
async function makeSafetyBackup(plan, options, settings) {
    const safety = await createBackupLocked({
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
    const previous = safetyBackup ? (await readBackupFiles(options.backupDir, safetyBackup)).files : [];
    const keepPaths = new Set(previous.map((f) => f.path));
    const introduced = [...plan.add, ...plan.overwrite].filter((p) => !keepPaths.has(p));
    await transition({
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
    if (!(await (0,restore_journal/* readJournal */.a0)(options.backupDir)))
        return null;
    const lock = await (0,store/* lockStore */.$_)(options.backupDir, 'recover', options.lockTimeoutMs);
    try {
        const journal = await (0,restore_journal/* readJournal */.a0)(options.backupDir);
        if (!journal)
            return null;
        const outcome = await (0,restore_journal/* finishJournal */.l_)(options.backupDir, journal, options.faults ?? faults/* noFaults */.n);
        await (0,store_history/* appendHistory */.b8)(options.backupDir, {
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
        return (await readSnapshot({ configDir: options.configDir, backupDir: options.backupDir, settings })).files;
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
//# sourceMappingURL=restore.js.map

/***/ })

};
