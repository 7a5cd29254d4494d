"use strict";
exports.id = 347;
exports.ids = [347];
exports.modules = {

/***/ 9085:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ stoppableByCtrlC)
/* harmony export */ });
/**
 * Runs a create, restore, export or import so that Ctrl-C stops it cleanly instead of killing
 * the process mid-write: the first SIGINT aborts the signal, the operation stops at its next
 * step and undoes what it began, and the error it throws (exit 130) says what state things are
 * in. Other commands keep Node's default (exit at once), since they write nothing.
 */
async function stoppableByCtrlC(work) {
    const controller = new AbortController();
    const onSigint = () => controller.abort();
    process.on('SIGINT', onSigint);
    try {
        return await work(controller.signal);
    }
    finally {
        process.off('SIGINT', onSigint);
    }
}


/***/ }),

/***/ 9095:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E0: () => (/* binding */ withProgress),
/* harmony export */   dK: () => (/* binding */ rawStderr)
/* harmony export */ });
/* unused harmony export progressLine */
/** At most this often a redraw: a terminal is slow, and the eye cannot follow more. */
const REDRAW_MS = 100;
const LABELS = {
    reading: 'Reading',
    staging: 'Staging',
    verifying: 'Verifying',
    writing: 'Writing',
};
/**
 * One line on stderr, redrawn in place (`\r`, erase to end of line), for work that has run over
 * a second; nothing when `enabled` is false (not a terminal, CI, --json, --quiet).
 */
function progressLine(enabled, write, now = Date.now, showAfterMs = 1000) {
    if (!enabled)
        return { report: () => undefined, clear: () => undefined };
    const started = now();
    let drawnAt = -Infinity;
    let drawn = false;
    let lastStep = '';
    return {
        report(step, done, total) {
            const time = now();
            if (time - started < showAfterMs)
                return;
            if (step === lastStep && done < total && time - drawnAt < REDRAW_MS)
                return;
            lastStep = step;
            drawnAt = time;
            drawn = true;
            const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
            write(`\r\u001b[K${LABELS[step] ?? step} ${done}/${total} files (${percent}%)`);
        },
        clear() {
            if (drawn)
                write('\r\u001b[K');
            drawn = false;
        },
    };
}
/** Runs `work` with a progress line that is erased when it ends, however it ends. */
async function withProgress(opts, write, work) {
    const line = progressLine(opts.progress, write, Date.now, opts.progressAfterMs);
    try {
        return await work(line.report);
    }
    finally {
        line.clear();
    }
}
/** The progress line's own escapes (`\r`, erase line) must reach the terminal, so it bypasses the escaping gate of io.stderr. */
const rawStderr = (text) => {
    process.stderr.write(text);
};


/***/ }),

/***/ 3550:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ confirm)
/* harmony export */ });
/** Asks a yes/no question on the terminal, defaulting to no; the prompt goes to stderr so stdout stays clean. */
async function confirm(question) {
    const { default: ask } = await __webpack_require__.e(/* import() */ 828).then(__webpack_require__.bind(__webpack_require__, 6828));
    return ask({
        message: question,
        default: false,
        theme: { prefix: '', style: { defaultAnswer: (text) => `[${text}]` } },
    }, { output: process.stderr });
}


/***/ }),

/***/ 7347:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  recoverCommand: () => (/* binding */ recoverCommand),
  restoreCommand: () => (/* binding */ restoreCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/errors/index.js + 5 modules
var errors = __webpack_require__(8378);
// EXTERNAL MODULE: ./lib/core/create/create.js + 2 modules
var create = __webpack_require__(4666);
// EXTERNAL MODULE: ./lib/core/util/faults.js
var util_faults = __webpack_require__(2567);
// EXTERNAL MODULE: ./lib/core/util/interrupt.js
var interrupt = __webpack_require__(2763);
// EXTERNAL MODULE: ./lib/core/store/history.js
var store_history = __webpack_require__(7309);
// EXTERNAL MODULE: ./lib/core/restore/journal.js
var restore_journal = __webpack_require__(7473);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/errors/restore.js
var restore = __webpack_require__(1589);
// EXTERNAL MODULE: ./lib/core/util/progress.js
var progress = __webpack_require__(4301);
// EXTERNAL MODULE: ./lib/core/util/fs.js
var fs = __webpack_require__(5637);
// EXTERNAL MODULE: ./lib/core/restore/moves.js
var moves = __webpack_require__(6444);
;// CONCATENATED MODULE: ./lib/core/restore/transaction.js









/**
 * Stages the target beside the config, then moves it into place through a signed journal. A move
 * that fails midway is undone at once (`RestoreMoveFailedError`); when even that fails the journal
 * stays for `recover` (`RestoreStuckError`). Returns before the commit so the caller can validate.
 */
async function applyTransaction(input) {
    const key = (await (0,restore_journal/* journalKey */.dR)(input.backupDir, true, input.faults));
    const stagingDir = (0,restore_journal/* stagingDirOf */.CM)(input.configRoot);
    const operations = [
        ...input.target.map((f) => ({
            path: f.path,
            before: f.before,
            after: (0,external_node_crypto_.createHash)('sha256').update(f.bytes).digest('hex'),
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
    await (0,fs/* removeTree */.dM)(stagingDir);
    journal = await (0,restore_journal/* writeJournal */.fY)(input.backupDir, key, journal, input.faults);
    try {
        return await stageAndMove(input, key, journal);
    }
    catch (error) {
        if (!(error instanceof errors/* OperationInterruptedError */.Cz))
            throw error;
        // Stopped on request: staged copies and the journal go; files already moved are put back first.
        const current = await (0,restore_journal/* loadJournal */._e)(input.backupDir).catch(() => undefined);
        const latest = current && 'journal' in current ? current.journal : journal;
        if (latest.phase === 'staging') {
            await (0,restore_journal/* removeJournal */.Sw)(input.backupDir, latest);
            throw error;
        }
        await rollBackTransaction(input.backupDir, { journal: latest, key }, input.faults);
        throw new errors/* OperationInterruptedError */.Cz('restore', 'rolled-back');
    }
}
async function stageAndMove(input, key, started) {
    let journal = started;
    const { stagingDir } = journal;
    input.faults.reached('restore:journal-written');
    const newDir = external_node_path_.join(stagingDir, 'new');
    await (0,promises_.mkdir)(newDir, { recursive: true });
    const dirs = (0,moves/* directoryMaker */.I1)();
    // Several writes (and their fsyncs) in flight let the file system commit them together.
    const tick = (0,progress/* progressCounter */.Q)(input.onProgress, 'staging', input.target.length);
    await (0,fs/* mapLimit */.sf)(input.target, 8, async (file) => {
        const staged = external_node_path_.join(newDir, ...file.path.split('/'));
        await dirs.ensure(external_node_path_.dirname(staged));
        await (0,fs/* writeNewFile */.S0)(staged, file.bytes);
        tick();
        input.faults.reached('restore:staged-file');
    });
    await fsyncTree(newDir, input.target.map((f) => f.path));
    journal = await (0,restore_journal/* writeJournal */.fY)(input.backupDir, key, { ...journal, phase: 'applying' }, input.faults);
    input.faults.reached('restore:applying');
    try {
        await (0,moves/* moveForward */.n9)(journal, input.faults);
    }
    catch (error) {
        if (!(error instanceof moves/* MoveFailure */.ok))
            throw error;
        if (error.cause instanceof errors/* OperationInterruptedError */.Cz)
            throw error.cause;
        await undoFailedMove({ journal, key }, input.backupDir, error, input.faults);
    }
    journal = await (0,restore_journal/* writeJournal */.fY)(input.backupDir, key, { ...journal, phase: 'applied' }, input.faults);
    input.faults.reached('restore:applied');
    return { journal, key };
}
/** Drops the originals kept aside: from here on the restore is final (the safety backup remains). */
async function commitTransaction(backupDir, applied) {
    await (0,restore_journal/* removeJournal */.Sw)(backupDir, applied.journal);
}
/** Puts the config back as it was before the transaction (validation failed after the move). */
async function rollBackTransaction(backupDir, applied, faults) {
    await rollBackAndClose(backupDir, applied, faults, []);
}
/** The move forward failed part way: back to the config as it was, then the failure is reported. */
async function undoFailedMove(applied, backupDir, failure, faults) {
    const finish = { direction: 'finish', path: failure.path, errno: failure.errno };
    await rollBackAndClose(backupDir, applied, faults, [finish]);
    throw new restore/* RestoreMoveFailedError */.H7(applied.journal.backup, failure.path, failure.errno, { cause: failure });
}
/**
 * Moves the originals back and drops the journal. A move back that fails leaves the config mixed:
 * the restore is stuck, reported with the attempts that failed before (`failed`) and this one.
 */
async function rollBackAndClose(backupDir, applied, faults, failed) {
    const journal = await (0,restore_journal/* writeJournal */.fY)(backupDir, applied.key, { ...applied.journal, phase: 'rolling-back' }, faults);
    try {
        await (0,moves/* rollBack */.Fu)(journal, faults);
    }
    catch (error) {
        if (!(error instanceof moves/* MoveFailure */.ok))
            throw error;
        throw new restore/* RestoreStuckError */.F1(journal.backup, journal.configDir, journal.stagingDir, [
            ...failed,
            { direction: 'rollback', path: error.path, errno: error.errno },
        ]);
    }
    await (0,restore_journal/* removeJournal */.Sw)(backupDir, journal);
}
async function fsyncTree(root, files) {
    const dirs = new Set([root]);
    for (const f of files) {
        let dir = external_node_path_.dirname(external_node_path_.join(root, ...f.split('/')));
        while (dir.startsWith(root) && !dirs.has(dir)) {
            dirs.add(dir);
            dir = external_node_path_.dirname(dir);
        }
    }
    await (0,fs/* mapLimit */.sf)([...dirs], 8, (dir) => (0,fs/* fsyncDir */.t_)(dir));
}

// EXTERNAL MODULE: ./lib/core/restore/preflight.js + 1 modules
var preflight = __webpack_require__(2533);
// EXTERNAL MODULE: ./lib/core/config/owned-paths.js
var owned_paths = __webpack_require__(3742);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
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
function selectRestorePaths(backup, requested, known, owned) {
    const all = [...new Set([...known.backup, ...known.current])].sort();
    const selected = new Set();
    for (const raw of requested) {
        const wanted = normalized(raw);
        if (wanted === null)
            throw new restore/* RestorePathError */.cR(backup, raw, 'outside-config-dir');
        const isGlob = GLOB.test(wanted);
        if (!isGlob && wanted !== '') {
            const problem = (0,owned_paths/* ownedPathProblem */.ic)(wanted, owned);
            if (problem)
                throw new restore/* RestorePathError */.cR(backup, raw, problem === 'owned-path' ? 'owned-path' : 'outside-config-dir');
        }
        const isMatch = isGlob ? picomatch(wanted, { dot: true }) : () => false;
        const matches = (isGlob
            ? all.filter((p) => isMatch(p))
            : all.filter((p) => wanted === '' || p === wanted || p.startsWith(`${wanted}/`))).filter((p) => (0,owned_paths/* ownedPathProblem */.ic)(p, owned) === null);
        if (matches.length === 0) {
            const byBaseName = isGlob ? [] : all.filter((p) => p.endsWith(`/${wanted}`));
            const suggestions = byBaseName.length > 0 ? byBaseName.slice(0, 3) : isGlob ? [] : (0,suggest/* closestNames */.g)(wanted, all);
            throw new restore/* RestorePathError */.cR(backup, raw, 'not-found', suggestions);
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
    const joined = external_node_path_.posix.normalize(slashed).replace(/\/+$/, '');
    if (joined === '..' || joined.startsWith('../'))
        return null;
    return joined === '.' ? '' : joined;
}

// EXTERNAL MODULE: ./lib/core/inspect/backup-files.js
var backup_files = __webpack_require__(8478);
// EXTERNAL MODULE: ./lib/core/config/snapshot.js
var snapshot = __webpack_require__(936);
// EXTERNAL MODULE: ./lib/core/config/settings.js
var config_settings = __webpack_require__(2393);
// EXTERNAL MODULE: ./lib/core/store/store.js
var store = __webpack_require__(7288);
// EXTERNAL MODULE: ./lib/core/config/select.js
var config_select = __webpack_require__(8080);
// EXTERNAL MODULE: ./lib/core/diff/formatting.js
var formatting = __webpack_require__(1424);
// EXTERNAL MODULE: ./lib/core/validate/index.js + 10 modules
var validate = __webpack_require__(8676);
// EXTERNAL MODULE: ./lib/core/restore/recover.js
var recover = __webpack_require__(6198);
;// CONCATENATED MODULE: ./lib/core/restore/restore.js






















/** Works out what restoring `name` would change, after checking the backup's checksums and content. */
async function planRestore(name, options) {
    const settings = options.settings ?? config_settings/* DEFAULT_SETTINGS */.a$;
    const { manifest, files: stored } = await (0,backup_files/* readBackupFiles */.m)(options.backupDir, name);
    // A backup (an imported one, or one stored by an older version) may name the tool's own files.
    const owned = (0,owned_paths/* ownedPaths */.qX)({
        configDir: options.configDir,
        backupDir: options.backupDir,
        settingsFile: options.settingsFile ?? null,
    });
    for (const file of manifest.files) {
        const problem = (0,owned_paths/* ownedPathProblem */.ic)(file.path, owned);
        if (problem)
            throw new restore/* RestoreObstacleError */.Am(name, file.path, problem);
    }
    // Runtime state an older backup holds (or anything the settings now leave out) is not the
    // backup's to rewind: the config a restore writes is exactly what a backup now would hold.
    const leftOut = (0,config_select/* fileSelection */.B)(settings);
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
        validation: await (0,validate/* validateDocuments */.$)(backupFiles, { settings }),
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
        validation: await (0,validate/* validateDocuments */.$)(after, { settings }),
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
    return overwrite.filter((p) => (0,formatting/* isFormattingOnly */.e)(p, currentBytes.get(p), backupBytes.get(p)));
}
/**
 * Applies a plan: every target checked first, a verified safety backup of the current state,
 * then a journaled move into place that keeps the originals until validation passes (else they
 * are put back) and can be undone at any point.
 */
async function restoreBackup(plan, options) {
    const settings = options.settings ?? config_settings/* DEFAULT_SETTINGS */.a$;
    const faults = (0,interrupt/* interruptible */.I)(options.faults ?? util_faults/* noFaults */.n, options.signal, 'restore');
    const base = { restored: plan.backup, changed: plan.overwrite, added: plan.add, removed: plan.remove };
    if (plan.validation.summary.errors > 0 && !options.force) {
        throw new errors/* RestoreRefusedError */.HI(plan.backup, 'invalid-content', plan.validation.summary.errors);
    }
    if (plan.identical)
        return { ...base, identical: true, safetyBackup: null, validation: plan.validation, rolledBack: false };
    const unchanged = new Set(plan.unchanged);
    const lock = await (0,store/* lockStore */.$_)(options.backupDir, 'restore', options.lockTimeoutMs ?? settings.lockTimeoutMs);
    try {
        const now = await readCurrent(options, settings);
        if (!(0,snapshot/* sameContent */.Cm)(now, plan.currentFiles)) {
            throw new errors/* ConfigChangedError */.t(changedPaths(now, plan.currentFiles));
        }
        const configRoot = await resolvedConfigDir(options.configDir);
        const target = plan.backupFiles.filter((f) => !unchanged.has(f.path));
        const before = new Map(now.map((f) => [f.path, f.sha256]));
        const createdDirs = await (0,preflight/* checkTargets */.V)({
            backup: plan.backup,
            configRoot,
            stagingDir: (0,restore_journal/* stagingDirOf */.CM)(configRoot),
            writes: target.map((f) => f.path),
            removes: plan.remove,
            owned: (0,owned_paths/* ownedPaths */.qX)({
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
            : await (0,validate/* validateConfig */.$r)({ configDir: options.configDir, backupDir: options.backupDir, settings });
        const rolledBack = validation.summary.errors > 0 && !options.force;
        if (rolledBack)
            await rollBackTransaction(options.backupDir, applied, faults);
        else
            await commitTransaction(options.backupDir, applied);
        await (0,store_history/* appendHistory */.b)(options.backupDir, {
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
        const error = caught instanceof errors/* OperationInterruptedError */.Cz && caught.state !== 'rolled-back'
            ? new errors/* OperationInterruptedError */.Cz('restore', 'nothing-changed')
            : caught;
        await (0,store_history/* appendHistory */.b)(options.backupDir, {
            operation: 'restore',
            backup: plan.backup,
            outcome: 'failure',
            error: error instanceof errors/* OrchBackupError */.FY
                ? error.toJSON()
                : { code: (0,errors/* errnoOf */.UQ)(error) ?? 'INTERNAL', message: String(error) },
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
    if (error instanceof errors/* OrchBackupError */.FY)
        throw error;
    const loaded = await (0,restore_journal/* loadJournal */._e)(options.backupDir).catch(() => undefined);
    if (!loaded || !('journal' in loaded) || loaded.journal.phase !== 'staging')
        throw error;
    await (0,restore_journal/* removeJournal */.Sw)(options.backupDir, loaded.journal).catch(() => undefined);
    let code = (0,errors/* errnoOf */.UQ)(error);
    if (code === 'ENOENT')
        code = await (0,promises_.access)(options.configDir, external_node_fs_.constants.W_OK).then(() => code, (e) => (0,errors/* errnoOf */.UQ)(e) ?? code);
    throw new errors/* StoreWriteError */.NW(options.configDir, code, { cause: error });
}
async function makeSafetyBackup(plan, options, settings, faults) {
    const safety = await (0,create/* createBackupLocked */.z)({
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
    const absolute = external_node_path_.resolve(configDir);
    try {
        return await (0,promises_.realpath)(absolute);
    }
    catch {
        const parent = await resolvedConfigDir(external_node_path_.dirname(absolute)).catch(() => external_node_path_.dirname(absolute));
        return external_node_path_.join(parent, external_node_path_.basename(absolute));
    }
}
async function readCurrent(options, settings) {
    try {
        return (await (0,snapshot/* readSnapshot */.RA)({
            configDir: options.configDir,
            backupDir: options.backupDir,
            settings,
            settingsFile: options.settingsFile ?? null,
        })).files;
    }
    catch (error) {
        if (error instanceof errors/* ConfigDirNotFoundError */.D5 && error.reason === 'missing')
            return [];
        throw error;
    }
}
function changedPaths(a, b) {
    const before = new Map(b.map((f) => [f.path, f.sha256]));
    const after = new Map(a.map((f) => [f.path, f.sha256]));
    return [...new Set([...before.keys(), ...after.keys()])].filter((p) => before.get(p) !== after.get(p));
}

// EXTERNAL MODULE: ./lib/core/store/names.js
var names = __webpack_require__(1833);
// EXTERNAL MODULE: ./lib/render/restore.js
var render_restore = __webpack_require__(7266);
// EXTERNAL MODULE: ./lib/cli/prompt.js
var cli_prompt = __webpack_require__(3550);
// EXTERNAL MODULE: ./lib/core/diff/lazy.js
var lazy = __webpack_require__(4709);
// EXTERNAL MODULE: ./lib/render/diff.js + 1 modules
var diff = __webpack_require__(927);
;// CONCATENATED MODULE: ./lib/cli/changes.js



/**
 * "Changes to be applied" from the current config to a backup, in the restore report's wording. The
 * backup's versions come from its manifest, so only files that differ are parsed.
 */
async function describeChanges(current, backup, opts) {
    const entries = new Map(backup.manifest.files.map((f) => [f.path, f]));
    const fromCurrent = (doc) => ({
        path: doc.path,
        size: doc.size,
        sha256: doc.sha256,
        load: async () => doc.bytes,
    });
    // The backup's files were checked against these hashes when they were read.
    const fromBackup = (doc) => {
        const entry = entries.get(doc.path);
        return {
            path: doc.path,
            size: doc.bytes.length,
            sha256: entry?.sha256 ?? (0,snapshot/* sha256Hex */.fg)(doc.bytes),
            version: entry?.version ?? null,
            load: async () => doc.bytes,
        };
    };
    const result = await (0,lazy/* diffLazySnapshots */.x)(current.map(fromCurrent), backup.files.map(fromBackup), {
        fromLabel: 'current',
        toLabel: 'backup',
        secretKeys: opts.settings.secretKeys,
        // The restore preview shows changes, never patches.
        patches: false,
    });
    return (0,diff/* renderDiff */.i)(result, opts.render, { mode: 'restore', secretKeys: opts.settings.secretKeys });
}

// EXTERNAL MODULE: ./lib/cli/interrupt.js
var cli_interrupt = __webpack_require__(9085);
// EXTERNAL MODULE: ./lib/cli/progress.js
var cli_progress = __webpack_require__(9095);
;// CONCATENATED MODULE: ./lib/cli/restore-command.js









async function restoreCommand(opts, name, flags, say) {
    (0,names/* assertValidName */.QB)(name);
    const options = {
        configDir: opts.configDir,
        backupDir: opts.backupDir,
        settings: opts.settings,
        settingsFile: opts.settingsPath,
        lockTimeoutMs: opts.lockTimeoutMs,
        keepExtra: flags.keepExtra ?? false,
        force: flags.force ?? false,
        faults: opts.faults,
        ...(flags.paths && flags.paths.length > 0 ? { paths: flags.paths } : {}),
    };
    const plan = await planRestore(name, options);
    // A partial restore is described as the whole config after it: the other files stay as they are.
    const selected = new Set(plan.paths ?? []);
    const after = plan.paths
        ? [...plan.currentFiles.filter((f) => !selected.has(f.path)), ...plan.backupFiles]
        : plan.backupFiles;
    const planText = (0,render_restore.renderRestorePlan)(plan, await describeChanges(plan.currentFiles, { manifest: plan.manifest, files: after }, opts), opts.render);
    const planJson = {
        restored: name,
        paths: plan.paths,
        dryRun: flags.dryRun ?? false,
        identical: plan.identical,
        changed: plan.overwrite,
        added: plan.add,
        removed: plan.remove,
        kept: plan.keep,
        formattingOnly: plan.formattingOnly,
        leftAlone: plan.leftAlone,
        validation: plan.validation,
    };
    if (plan.identical || flags.dryRun) {
        const note = flags.dryRun && !plan.identical ? 'Dry run: nothing was changed.\n' : '';
        return {
            human: planText + note,
            json: { ...planJson, safetyBackup: null, rolledBack: false },
            exitCode: errors/* ExitCode */.yU.ok,
        };
    }
    if (!opts.yes) {
        if (!opts.interactive)
            throw new errors/* ConfirmationRequiredError */.ly('restore');
        if (!opts.json)
            say(planText);
        if (!(await (0,cli_prompt/* confirm */.l)('Proceed with restore?'))) {
            return {
                human: 'Restore cancelled; nothing was changed.\n',
                json: { ...planJson, cancelled: true },
                exitCode: errors/* ExitCode */.yU.usage,
            };
        }
    }
    const result = await (0,cli_interrupt/* stoppableByCtrlC */.c)((signal) => (0,cli_progress/* withProgress */.E0)(opts, cli_progress/* rawStderr */.dK, (onProgress) => restoreBackup(plan, { ...options, signal, onProgress })));
    return {
        human: (opts.yes ? planText : '') + (0,render_restore.renderRestoreResult)(result, opts.render),
        json: {
            restored: result.restored,
            paths: plan.paths,
            safetyBackup: result.safetyBackup,
            changed: result.changed,
            added: result.added,
            removed: result.removed,
            validation: result.validation,
            rolledBack: result.rolledBack,
        },
        exitCode: result.rolledBack ? errors/* ExitCode */.yU.failed : errors/* ExitCode */.yU.ok,
    };
}
/** `orch-backup recover [--rollback|--finish]`: ends an interrupted restore the way the user chose. */
async function recoverCommand(opts, flags) {
    if (flags.rollback && flags.finish)
        throw new errors/* UsageError */.eb('choose one of --rollback and --finish');
    const choice = flags.rollback ? 'rollback' : flags.finish ? 'finish' : 'auto';
    const report = await (0,recover.recoverInterruptedRestore)({
        backupDir: opts.backupDir,
        lockTimeoutMs: opts.lockTimeoutMs,
        faults: opts.faults,
        choice,
    });
    if (!report)
        return { human: 'No interrupted restore: nothing to do.\n', json: { recovered: false }, exitCode: errors/* ExitCode */.yU.ok };
    return {
        human: (0,render_restore.renderRecovery)(report).replace(/^orch-backup: /, ''),
        json: {
            recovered: report.outcome !== 'rejected',
            outcome: report.outcome,
            backup: report.backup || null,
            safetyBackup: report.safetyBackup,
            ...(report.rejected ? { rejected: report.rejected.toJSON() } : {}),
        },
        exitCode: errors/* ExitCode */.yU.ok,
    };
}


/***/ }),

/***/ 4709:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ lazyMigrationStep),
/* harmony export */   x: () => (/* binding */ diffLazySnapshots)
/* harmony export */ });
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5637);
/* harmony import */ var _snapshots_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2430);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2036);



/**
 * Changed files are read a few at a time: enough to overlap reading with parsing, few enough
 * that memory holds a handful of files rather than a whole side.
 */
const READ_CONCURRENCY = 4;
/** `diffSnapshots` over lazy documents: the same result, reading only files whose hashes differ. */
async function diffLazySnapshots(from, to, options = {}) {
    const settings = (0,_snapshots_js__WEBPACK_IMPORTED_MODULE_1__/* .withDefaults */ .rO)(options);
    const before = new Map(from.map((d) => [d.path, d]));
    const after = new Map(to.map((d) => [d.path, d]));
    const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
    const files = await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_0__/* .mapLimit */ .sf)(paths, READ_CONCURRENCY, (file) => diffLazyFile(file, before.get(file), after.get(file), settings));
    return (0,_snapshots_js__WEBPACK_IMPORTED_MODULE_1__/* .snapshotResult */ .ob)(files, settings);
}
/** One step of a migration path ("1.1.0 → 1.2.0: +1 team"), reading only the files that changed. */
async function lazyMigrationStep(older, newer, options = {}) {
    // Summaries need statuses and semantic changes only; per-file versions and patches are not shown.
    const result = await diffLazySnapshots(older.files, newer.files, {
        ...options,
        fromLabel: older.name,
        toLabel: newer.name,
        patches: false,
    });
    const version = { from: older.configVersion, to: newer.configVersion };
    return { from: older.name, to: newer.name, version, summary: (0,_snapshots_js__WEBPACK_IMPORTED_MODULE_1__/* .stepSummary */ .xw)(version, result.files) };
}
async function diffLazyFile(file, from, to, settings) {
    if ((0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .isNonJson */ .Ym)(file)) {
        if (from && to && from.sha256 === to.sha256 && from.size === to.size)
            return (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .nonJsonUnchanged */ .pp)(file);
        // An added or removed file needs no content: the status says it all.
        if (!from || !to)
            return (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .diffNonJson */ .re)(file, from && new Uint8Array(), to && new Uint8Array());
        const [before, after] = await Promise.all([from.load(), to.load()]);
        return (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .diffNonJson */ .re)(file, before, after);
    }
    if (from && to && from.sha256 === to.sha256 && from.size === to.size) {
        // Same bytes on both sides, so either side's version is the file's: take the one known without reading.
        return (0,_snapshots_js__WEBPACK_IMPORTED_MODULE_1__/* .unchangedFile */ .QL)(file, await versionOfDocument(from.version !== undefined ? from : to));
    }
    if (!from || !to) {
        const present = (from ?? to);
        const version = await versionOfDocument(present);
        const base = {
            path: file,
            changes: [],
            version: from ? (0,_snapshots_js__WEBPACK_IMPORTED_MODULE_1__/* .versionChange */ .Bn)(version, null) : (0,_snapshots_js__WEBPACK_IMPORTED_MODULE_1__/* .versionChange */ .Bn)(null, version),
        };
        return { ...base, status: from ? 'removed' : 'added', patch: null };
    }
    const [before, after] = await Promise.all([from.load(), to.load()]);
    return (0,_snapshots_js__WEBPACK_IMPORTED_MODULE_1__/* .diffContent */ .t5)(file, (0,_snapshots_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)({ bytes: before }), (0,_snapshots_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)({ bytes: after }), settings);
}
async function versionOfDocument(document) {
    if (document.version !== undefined)
        return document.version;
    return (0,_snapshots_js__WEBPACK_IMPORTED_MODULE_1__/* .versionOf */ .E4)((0,_snapshots_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)({ bytes: await document.load() }));
}


/***/ }),

/***/ 8360:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ shownUnifiedDiff),
/* harmony export */   k: () => (/* binding */ prepareTextSecrets)
/* harmony export */ });
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2036);
/* harmony import */ var _secret_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5400);


/**
 * What may be shown of a text file's line diff. The line rule (`redactTextLine`) sees one line at
 * a time, which misses a YAML secret written lines below its key or inside a flow map; so before
 * a result is shown, {@link prepareTextSecrets} masks its YAML and Markdown diffs from the parsed
 * whole texts, and the line rule then runs on top, so nothing it masked is shown.
 */
const prepared = new WeakMap();
/**
 * Masks the YAML (and Markdown front matter) secrets of these files' line diffs, for
 * {@link shownUnifiedDiff}. The parser is loaded only when such a diff is there. A side that does
 * not parse keeps the line rule alone.
 */
async function prepareTextSecrets(files, secretKeys) {
    const pending = files.filter((f) => {
        const sides = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .textSidesOf */ .$Y)(f);
        return (f.unifiedDiff !== undefined &&
            sides !== undefined &&
            !isPrepared(f, secretKeys) &&
            sides.some((text) => mayNameSecret(text, secretKeys)));
    });
    if (pending.length === 0)
        return;
    const { maskUnifiedDiff, secretMaskedLines } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(748)]).then(__webpack_require__.bind(__webpack_require__, 748));
    for (const file of pending) {
        const [a, b] = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .textSidesOf */ .$Y)(file);
        const side = (text) => {
            const raw = text.split('\n');
            return { raw, masked: secretMaskedLines(file.path, text, raw, secretKeys) ?? raw };
        };
        const diff = maskUnifiedDiff(file.unifiedDiff, side(a), side(b));
        if (diff !== undefined)
            prepared.set(file, { secretKeys, diff });
    }
}
/**
 * False when no secret key can be written in the text: no fragment has all its words in it (nor an
 * escape that could spell them). Such a file has nothing the parse could find, and the parser is not
 * loaded for it. Every key `isSecretKey` accepts holds its fragment's words (split as it splits
 * them), less a plural `s`.
 */
function mayNameSecret(text, secretKeys) {
    if (text.includes('\\'))
        return true;
    const lower = text.toLowerCase();
    // A key naming a secret holds each word of some fragment (singular), whatever joins them.
    return (0,_secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .needlesOf */ .en)(secretKeys).some((needle) => needle.every((word) => lower.includes(word)));
}
function isPrepared(file, secretKeys) {
    const ready = prepared.get(file);
    return (ready !== undefined &&
        (ready.secretKeys === secretKeys ||
            (ready.secretKeys.length === secretKeys.length && ready.secretKeys.every((k, i) => k === secretKeys[i]))));
}
/** The file's unified diff with its secrets masked: from the parsed texts when prepared, by the line rule always. */
function shownUnifiedDiff(file, secretKeys) {
    if (file.unifiedDiff === undefined)
        return undefined;
    const diff = isPrepared(file, secretKeys) ? prepared.get(file)?.diff : file.unifiedDiff;
    return diff
        .split('\n')
        .map((line) => (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .redactTextLine */ .Fm)(line, secretKeys))
        .join('\n');
}


/***/ }),

/***/ 8478:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ validateBackup),
/* harmony export */   m: () => (/* binding */ readBackupFiles)
/* harmony export */ });
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
async function validateBackup(backupDir, name, settings = _config_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_SETTINGS */ .a$) {
    const { files } = await readBackupFiles(backupDir, name);
    return (0,_validate_index_js__WEBPACK_IMPORTED_MODULE_3__/* .validateDocuments */ .$)(files, { settings });
}


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


/***/ }),

/***/ 3970:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ groupNote),
/* harmony export */   O: () => (/* binding */ groupDiagnostics)
/* harmony export */ });
const SHOW_LINES = 12;
const SHOW_ALIKE = 20;
/**
 * Findings as readers want them: one line per thing (an unknown agent referenced 11 times is
 * one line naming its 11 lines), and a long run of notes of one kind as one line. The findings
 * themselves stay one per place, for the JSON output and for judging a change.
 */
function groupDiagnostics(items, foldNotesAbove = 5) {
    const groups = [];
    const bySubject = new Map();
    for (const d of items) {
        const key = d.subject === undefined ? undefined : [d.severity, d.code, d.file ?? '', d.subject].join('\0');
        const group = key === undefined ? undefined : bySubject.get(key);
        if (group)
            group.more.push(d);
        else {
            const created = { first: d, more: [], alike: [] };
            groups.push(created);
            if (key !== undefined)
                bySubject.set(key, created);
        }
    }
    const notesPerCode = new Map();
    for (const g of groups) {
        if (g.first.severity !== 'info' || g.first.subject === undefined)
            continue;
        const list = notesPerCode.get(g.first.code) ?? [];
        list.push(g);
        notesPerCode.set(g.first.code, list);
    }
    const folded = new Set();
    for (const list of notesPerCode.values()) {
        if (list.length <= foldNotesAbove)
            continue;
        const [head, ...rest] = list;
        head.alike = rest.map((g) => g.first.subject);
        for (const g of rest)
            folded.add(g);
    }
    return groups.filter((g) => !folded.has(g));
}
/** What follows a group's message: " (+10 more: lines 92, 104, …)", " (and 30 more like it: a, b, …)". */
function groupNote(group) {
    if (group.more.length > 0) {
        const lines = group.more.filter((d) => d.line !== undefined).map((d) => d.line);
        const shown = lines.slice(0, SHOW_LINES).join(', ') + (lines.length > SHOW_LINES ? ', …' : '');
        return ` (+${group.more.length} more${lines.length > 0 ? `: line${lines.length > 1 ? 's' : ''} ${shown}` : ''})`;
    }
    if (group.alike.length > 0) {
        const shown = group.alike.slice(0, SHOW_ALIKE).join(', ') + (group.alike.length > SHOW_ALIKE ? ', …' : '');
        return ` (and ${group.alike.length} more like it: ${shown})`;
    }
    return '';
}


/***/ }),

/***/ 927:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ renderDiff)
});

// EXTERNAL MODULE: ./lib/core/diff/redact.js
var redact = __webpack_require__(7990);
// EXTERNAL MODULE: ./lib/core/diff/summary.js
var summary = __webpack_require__(1247);
// EXTERNAL MODULE: ./lib/core/diff/words.js
var words = __webpack_require__(5450);
// EXTERNAL MODULE: ./lib/render/format.js
var format = __webpack_require__(9109);
;// CONCATENATED MODULE: ./lib/render/change-groups.js
/** How the terminal and the PR comment group changes: both renderers must agree. */
/** A reorder of a list of entities (reported as its own line), not of plain values. */
function isEntityReorder(change) {
    return change.change === 'reordered' && change.id === null && change.kind !== null;
}
/** A value change, or a reorder of plain values. */
function isPlain(change) {
    return change.change === 'value' || (change.change === 'reordered' && !isEntityReorder(change));
}
/** Plain changes listed under the `modified` line of the entity that holds them. */
function heldBy(owner, change) {
    return (isPlain(change) &&
        change.kind === owner.kind &&
        change.id === owner.id &&
        (change.pointer === owner.pointer || change.pointer.startsWith(`${owner.pointer}/`)));
}

// EXTERNAL MODULE: ./lib/core/diff/formatting.js
var diff_formatting = __webpack_require__(1424);
// EXTERNAL MODULE: ./lib/core/diff/text-redact.js
var text_redact = __webpack_require__(8360);
;// CONCATENATED MODULE: ./lib/render/diff.js







const DEFAULT_MAX_VALUE_LENGTH = 60;
/** In restore mode, more entities than this of one kind and change become a count. */
const MAX_NAMED_IN_RESTORE = 5;
/** Renames are always named (a count says nothing about what references break); longer lists end with "and N more". */
const MAX_RENAMES_LISTED = 15;
// Keys and ids come from the documents: control characters must not reach the terminal.
function printable(text) {
    return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function capitalized(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
function truncated(text, max) {
    const chars = [...text];
    return chars.length > max ? `${chars.slice(0, Math.max(1, max - 1)).join('')}…` : text;
}
function valueText(pointer, value, shown) {
    if (value === undefined)
        return '(absent)';
    const safe = (0,redact/* redactAt */.Nq)(pointer, value, shown.secretKeys);
    return safe === redact/* REDACTED */.XF ? redact/* REDACTED */.XF : truncated(JSON.stringify(safe), shown.maxValueLength);
}
/** An entity id, hidden when its collection sits under a secret key. */
function idText(id, pointer, shown) {
    if ((0,redact/* isSecretEntity */.oo)(pointer, shown.secretKeys))
        return redact/* REDACTED */.XF;
    return printable(truncated(String(id), shown.maxValueLength));
}
function pointerText(pointer, shown) {
    return printable((0,redact/* redactPointer */.jB)(pointer, shown.secretKeys)) || '(document)';
}
function entity(change, shown, id = change.id) {
    return `${change.kind} '${idText(id, change.pointer, shown)}'`;
}
function plainLine(change, shown) {
    const where = pointerText(change.pointer, shown);
    if (change.change === 'reordered')
        return `↕ ${where} reordered: ${valueText(change.pointer, change.from, shown)} → ${valueText(change.pointer, change.to, shown)}`;
    return `${where}: ${valueText(change.pointer, change.from, shown)} → ${valueText(change.pointer, change.to, shown)}`;
}
function versionText(version) {
    return `${version.from ?? 'none'} → ${version.to ?? 'none'}`;
}
function diffFileLines(file, ctx, shown) {
    const { colors: c } = ctx;
    const lines = [];
    const { from, to, majorChange } = file.version;
    const version = from !== to && from !== null && to !== null
        ? ` (version ${versionText(file.version)}${majorChange ? `, ${c.yellow('major version change')}` : ''})`
        : '';
    lines.push(`  📝 ${c.bold(printable(file.path))}: ${(0,summary/* summarizeChanges */.N)(file)}${version}`);
    if (file.kind !== undefined)
        return [...lines, ...textDiffLines(file, ctx, shown)];
    const owned = new Set();
    for (const change of file.changes) {
        if (owned.has(change))
            continue;
        switch (change.change) {
            case 'added':
                lines.push(`     ${c.green(`+ ${entity(change, shown)} added`)}`);
                break;
            case 'removed':
                lines.push(`     ${c.red(`- ${entity(change, shown)} removed`)}`);
                break;
            case 'renamed':
                lines.push(`     ${c.cyan(`→ ${entity(change, shown, change.from)} renamed to '${idText(change.to, change.pointer, shown)}'`)}`);
                break;
            case 'modified': {
                lines.push(`     ${c.yellow(`~ ${entity(change, shown)} modified`)}`);
                for (const held of file.changes.filter((other) => heldBy(change, other))) {
                    owned.add(held);
                    lines.push(`         ${plainLine(held, shown)}`);
                }
                break;
            }
            default:
                if (isEntityReorder(change)) {
                    lines.push(`     ↕ ${capitalized((0,words/* pluralKind */.R2)(change.kind))} reordered in ${pointerText(change.pointer, shown)}`);
                }
                else
                    lines.push(`     ${plainLine(change, shown)}`);
        }
    }
    return lines;
}
/** Most lines of one file's text diff shown in the terminal; `diff --json` has all of it. */
const MAX_TEXT_DIFF_LINES = 200;
/** A non-JSON file's unified diff, coloured like git's, secrets masked, control characters escaped. */
function textDiffLines(file, ctx, shown) {
    const { colors: c } = ctx;
    if (file.unifiedDiff === undefined)
        return [`     ${file.problem ?? 'content differs'}`];
    const all = (0,text_redact/* shownUnifiedDiff */.H)(file, shown.secretKeys).replace(/\n$/, '').split('\n');
    const colour = (line) => line.startsWith('+++') || line.startsWith('---')
        ? c.bold(line)
        : line.startsWith('@@')
            ? c.cyan(line)
            : line.startsWith('+')
                ? c.green(line)
                : line.startsWith('-')
                    ? c.red(line)
                    : line;
    const lines = all.slice(0, MAX_TEXT_DIFF_LINES).map((line) => `     ${colour(printable(line))}`);
    if (all.length > MAX_TEXT_DIFF_LINES)
        lines.push(`     … ${all.length - MAX_TEXT_DIFF_LINES} more lines (diff --json has them all)`);
    return lines;
}
function renderDiffMode(result, ctx, shown) {
    const { colors: c } = ctx;
    const lines = [
        (0,format/* heading */.R_)('Configuration Diff'),
        `🔍 Comparing: ${c.bold(printable(result.from))} → ${c.bold(printable(result.to))}`,
    ];
    const major = result.versions.majorChange
        ? ` ${c.yellow('⚠️  major version change')}`
        : result.versions.from === result.versions.to
            ? ' (unchanged)'
            : '';
    lines.push(`🏷️  Version: ${versionText(result.versions)}${major}`, '');
    const byStatus = (status) => result.files.filter((f) => f.status === status);
    const section = (title, files, line) => {
        if (files.length === 0)
            return;
        lines.push(`${title}:`, ...files.flatMap(line), '');
    };
    section('Added Files', byStatus('added'), (f) => [`  ${c.green('➕')} ${printable(f.path)}`]);
    section('Removed Files', byStatus('removed'), (f) => [`  ${c.red('➖')} ${printable(f.path)}`]);
    section('Modified Files', byStatus('modified'), (f) => diffFileLines(f, ctx, shown));
    section('Not Comparable', byStatus('unparseable'), (f) => [
        `  ${c.yellow('⚠️')}  ${printable(f.path)}: ${f.problem ?? 'cannot be compared'}`,
    ]);
    // Same JSON, other bytes: a difference (a restore rewrites those bytes), though not of content.
    const formatting = byStatus('unchanged').filter((f) => f.formattingOnly);
    section('Formatting Only', formatting, (f) => [
        `  📝 ${printable(f.path)}: ${diff_formatting/* FORMATTING_ONLY */.p} (same JSON content, different bytes)`,
    ]);
    section('Unchanged Files', byStatus('unchanged').filter((f) => !f.formattingOnly), (f) => [`  ✅ ${printable(f.path)}`]);
    lines.push(...migrationPathLines(result, ctx));
    const counted = [
        ['added', byStatus('added').length],
        ['removed', byStatus('removed').length],
        ['modified', byStatus('modified').length],
        ['not comparable', byStatus('unparseable').length],
        [diff_formatting/* FORMATTING_ONLY */.p, formatting.length],
        ['unchanged', byStatus('unchanged').length - formatting.length],
    ];
    const counts = counted.filter(([, n]) => n > 0).map(([label, n]) => `${n} ${label}`);
    const differences = result.files.some((f) => f.status !== 'unchanged' || f.formattingOnly);
    lines.push(differences
        ? `Summary: ${(0,format/* plural */.LS)(result.files.length, 'file')} (${counts.join(', ')}); ${(0,summary/* summarizeChanges */.N)(result.files)}`
        : c.green(`✅ No differences (${(0,format/* plural */.LS)(result.files.length, 'file')} compared)`));
    return `${lines.join('\n')}\n`;
}
/**
 * The walk from one side to the other through every backup made between them, one step per
 * pair ("1.1.0 → 1.2.0: +1 team"). A single step repeats the summary below, so it is shown only
 * when backups lie between the sides.
 */
function migrationPathLines(result, ctx) {
    if (result.migrationPath.length < 2)
        return [];
    const { colors: c } = ctx;
    const steps = result.migrationPath.map((step, i) => `  ${i + 1}. ${c.bold(printable(step.from))} → ${c.bold(printable(step.to))}: ${printable(step.summary)}`);
    return [`Migration Path (${(0,format/* plural */.LS)(result.migrationPath.length, 'step')}):`, ...steps, ''];
}
const RESTORE_VERB = {
    removed: 'will be removed',
    added: 'will be restored',
    renamed: 'will be renamed',
    modified: 'will be modified',
    reordered: 'will be reordered',
};
function restoreFieldLine(change, shown) {
    const where = pointerText(change.pointer, shown);
    if (change.change === 'reordered')
        return `${where} will be reordered`;
    return `${where} will change: ${valueText(change.pointer, change.from, shown)} → ${valueText(change.pointer, change.to, shown)}`;
}
function restoreFileLines(file, shown) {
    if (file.status === 'added')
        return ['    - File will be restored'];
    if (file.status === 'removed')
        return ['    - File will be removed'];
    if (file.status === 'unparseable')
        return [`    - File will be replaced as a whole (${file.problem ?? 'cannot be compared'})`];
    if (file.formattingOnly)
        return [`    - ${capitalized(diff_formatting/* FORMATTING_ONLY */.p)}: same JSON content, the file's bytes will be rewritten`];
    if (file.kind !== undefined)
        return [`    - File will be replaced as a whole: ${file.binary ? 'not text' : (0,summary/* summarizeChanges */.N)(file)}`];
    const lines = [];
    const groups = new Map();
    for (const change of file.changes.filter((ch) => !isPlain(ch) || ch.kind === null)) {
        const key = isPlain(change) ? 'field' : `${change.change}\u0000${change.kind}`;
        groups.set(key, [...(groups.get(key) ?? []), change]);
    }
    const order = ['removed', 'added', 'renamed', 'modified', 'reordered', 'field'];
    const rank = (key) => order.indexOf(key.split('\u0000')[0]);
    for (const [key, changes] of [...groups].sort(([a], [b]) => rank(a) - rank(b))) {
        const first = changes[0];
        if (key === 'field') {
            if (changes.length > MAX_NAMED_IN_RESTORE)
                lines.push(`    - ${(0,words/* countKind */.MQ)(changes.length, 'field')} will change`);
            else
                for (const change of changes)
                    lines.push(`    - ${restoreFieldLine(change, shown)}`);
            continue;
        }
        const verb = RESTORE_VERB[first.change];
        if (first.change === 'reordered') {
            for (const change of changes)
                lines.push(`    - ${capitalized((0,words/* pluralKind */.R2)(change.kind))} in ${pointerText(change.pointer, shown)} ${verb}`);
        }
        else if (first.change === 'renamed' && changes.length > MAX_NAMED_IN_RESTORE) {
            lines.push(`    - ${(0,words/* countKind */.MQ)(changes.length, first.kind)} ${verb}:`);
            for (const change of changes.slice(0, MAX_RENAMES_LISTED))
                lines.push(`        ${idText(change.from, change.pointer, shown)} → ${idText(change.to, change.pointer, shown)}`);
            if (changes.length > MAX_RENAMES_LISTED)
                lines.push(`        and ${changes.length - MAX_RENAMES_LISTED} more`);
        }
        else if (first.change === 'modified' ? changes.length > 1 : changes.length > MAX_NAMED_IN_RESTORE) {
            lines.push(`    - ${(0,words/* countKind */.MQ)(changes.length, first.kind)} ${verb}`);
        }
        else {
            for (const change of changes) {
                const rename = change.change === 'renamed' ? ` to '${idText(change.to, change.pointer, shown)}'` : '';
                lines.push(`    - ${entity(change, shown, change.change === 'renamed' ? change.from : change.id)} ${verb}${rename}`);
            }
        }
    }
    return lines;
}
function renderRestoreMode(result, ctx, shown) {
    const changed = result.files.filter((f) => f.status !== 'unchanged' || f.formattingOnly);
    if (changed.length === 0)
        return 'No changes to apply: the configuration already matches.\n';
    const blocks = changed.map((f) => [`  ${printable(f.path)}:`, ...restoreFileLines(f, shown)].join('\n'));
    const lines = ['Changes to be applied:', blocks.join('\n\n')];
    if (result.versions.from !== result.versions.to) {
        const major = result.versions.majorChange ? ` ${ctx.colors.yellow('(major version change)')}` : '';
        lines.push('', `🏷️  Version: ${versionText(result.versions)}${major}`);
    }
    return `${lines.join('\n')}\n`;
}
/** Terminal text for a comparison. Values under secret keys are shown as `•••`; patches never. */
function renderDiff(result, ctx, options = { mode: 'diff' }) {
    const shown = {
        secretKeys: options.secretKeys ?? redact/* DEFAULT_SECRET_KEYS */.wp,
        maxValueLength: options.maxValueLength ?? DEFAULT_MAX_VALUE_LENGTH,
    };
    return options.mode === 'restore' ? renderRestoreMode(result, ctx, shown) : renderDiffMode(result, ctx, shown);
}


/***/ }),

/***/ 7266:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderRecovery: () => (/* binding */ renderRecovery),
/* harmony export */   renderRestorePlan: () => (/* binding */ renderRestorePlan),
/* harmony export */   renderRestoreResult: () => (/* binding */ renderRestoreResult)
/* harmony export */ });
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8378);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9109);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2801);
/* harmony import */ var _terminal_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1762);
/* harmony import */ var _core_diff_formatting_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1424);
/* harmony import */ var _core_config_select_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8080);






/** The plan, as shown before "Proceed with restore? [y/N]". */
function renderRestorePlan(plan, changes, ctx) {
    const { colors: c } = ctx;
    const lines = [(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .heading */ .R_)('Configuration Restore'), `🔄 Restoring from: ${c.bold(plan.backup)}`];
    if (plan.paths)
        lines.push(`📄 Only: ${plan.paths.map(_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeControls */ .UN).join(', ')} (no other file is touched)`);
    lines.push('');
    if (plan.identical) {
        lines.push(plan.paths
            ? `✅ Nothing to restore: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(plan.paths.length, 'file')} already match ${plan.backup}.`
            : `✅ Nothing to restore: the configuration already matches ${plan.backup}.`);
        return `${lines.join('\n')}\n`;
    }
    lines.push(changes.trimEnd(), '');
    const fileLine = (label, files) => files.length ? `  ${label}: ${files.join(', ')}` : undefined;
    const formatting = new Set(plan.formattingOnly);
    const overwrite = plan.overwrite.map((p) => (formatting.has(p) ? `${p} (${_core_diff_formatting_js__WEBPACK_IMPORTED_MODULE_4__/* .FORMATTING_ONLY */ .p})` : p));
    const files = [
        fileLine('overwrite', overwrite),
        fileLine('add', plan.add),
        fileLine('remove', plan.remove),
        fileLine('keep (--keep-extra)', plan.keep),
        fileLine('left alone', plan.leftAlone.map((f) => `${f.path} (${_core_config_select_js__WEBPACK_IMPORTED_MODULE_5__/* .LEFT_OUT_WORDS */ .r[f.reason]})`)),
    ].filter((l) => l !== undefined);
    lines.push('Files:', ...files, `  unchanged: ${plan.unchanged.length}`, '');
    const { errors, warnings } = plan.validation.summary;
    if (errors > 0) {
        lines.push(c.red(plan.paths
            ? `❌ The config after this restore would have ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(errors, 'validation error')}:`
            : `❌ The backup's content has ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(errors, 'validation error')}:`));
        for (const d of plan.validation.diagnostics.filter((x) => x.severity === 'error').slice(0, 10))
            lines.push(`  ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .location */ .C5)(d)}  ${d.message}`);
        lines.push('');
    }
    else if (warnings > 0) {
        lines.push(plan.paths
            ? `📋 Validation of the config after this restore: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(warnings, 'warning')}`
            : `📋 Backup validation: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(warnings, 'warning')} (orch-backup validate --backup ${plan.backup})`, '');
    }
    lines.push(c.yellow(plan.paths
        ? `⚠️  Warning: This will overwrite ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(plan.paths.length, 'file')} of the current configuration`
        : '⚠️  Warning: This will overwrite current configuration'), '');
    return `${lines.join('\n')}\n`;
}
function renderRestoreResult(result, ctx) {
    const { colors: c } = ctx;
    if (result.identical)
        return '';
    const lines = [];
    const undo = result.safetyBackup
        ? `↩️  To undo: orch-backup restore ${result.safetyBackup}`
        : '↩️  The config was empty before; nothing to undo to';
    if (result.rolledBack) {
        lines.push(c.red('❌ The restored configuration did not validate, so it was rolled back:'));
        for (const d of result.validation.diagnostics.filter((x) => x.severity === 'error').slice(0, 10))
            lines.push(`  ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .location */ .C5)(d)}  ${d.message}`);
        lines.push(`↩️  Rolled back to the safety backup: ${result.safetyBackup ?? '(empty config)'}`, '   Pass --force to keep an invalid restore.');
        return `${lines.join('\n')}\n`;
    }
    lines.push(c.green('✅ Configuration restored successfully!'));
    const { errors, warnings } = result.validation.summary;
    lines.push(errors > 0
        ? c.red(`📋 Validation: ❌ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(errors, 'error')} (kept because of --force)`)
        : warnings > 0
            ? `📋 Validation: ⚠️ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(warnings, 'warning')} (run: orch-backup validate)`
            : '📋 Validation: All configurations valid');
    if (result.safetyBackup)
        lines.push(`📦 Safety backup created: ${result.safetyBackup}`);
    lines.push(undo);
    return `${lines.join('\n')}\n`;
}
function renderRecovery(report) {
    if (report.outcome === 'rejected')
        return `orch-backup: warning: ${report.rejected?.message ?? 'ignored a restore journal this store did not write'}\n`;
    if (report.outcome === 'discarded') {
        return `orch-backup: an interrupted restore of ${report.backup} was rolled back before it changed anything: the config is as it was\n`;
    }
    const why = report.abandoned
        ? ` (${report.abandoned.direction === 'finish' ? 'finishing' : 'rolling back'} failed at ${JSON.stringify(report.abandoned.path)}: ${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .describeErrno */ .cZ)(report.abandoned.errno)})`
        : '';
    if (report.outcome === 'rolled-back') {
        if (report.abandoned)
            return `orch-backup: an interrupted restore of ${report.backup} could not be finished${why}, so it was rolled back: the config is as it was before\n`;
        return report.wasRollingBack
            ? `orch-backup: an interrupted rollback was completed: the config is back to its state before the restore of ${report.backup}\n`
            : `orch-backup: an interrupted restore of ${report.backup} was rolled back: the config is as it was before\n`;
    }
    return `orch-backup: an interrupted restore of ${report.backup} was completed${why}: the config now matches ${report.backup}${report.safetyBackup ? ` (undo: orch-backup restore ${report.safetyBackup})` : ''}\n`;
}


/***/ }),

/***/ 2801:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ location),
/* harmony export */   Cu: () => (/* binding */ renderVerify),
/* harmony export */   Y$: () => (/* binding */ renderShow),
/* harmony export */   dI: () => (/* binding */ renderCreate),
/* harmony export */   kQ: () => (/* binding */ renderValidation),
/* harmony export */   pI: () => (/* binding */ renderList)
/* harmony export */ });
/* unused harmony export describeRetention */
/* harmony import */ var _core_config_scan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9877);
/* harmony import */ var _diagnostic_groups_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3970);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9109);



function renderCreate(result, ctx) {
    const { colors: c } = ctx;
    const m = result.manifest;
    if (!result.created) {
        return [
            (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .heading */ .R_)('Configuration Backup Skipped'),
            `✅ Nothing changed since ${c.bold(result.unchangedSince)} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatAge */ .nV)(new Date(m.createdAt), ctx.now)}): no new backup was made.`,
            '',
        ].join('\n');
    }
    const lines = [
        (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .heading */ .R_)('Configuration Backup Created'),
        `📦 Backup: ${c.bold(result.name)}`,
        `📁 Location: ${ctx.displayPath(result.path)}/`,
        '',
        'Files Backed Up:',
        ...m.files.map((f) => `  ✅ ${f.path} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSize */ .Xq)(f.size)})`),
        ...result.skipped.filter(_core_config_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .isSkipProblem */ .pw).map((s) => `  ${c.yellow('⚠️')}  ${s.path} skipped: ${s.reason}`),
        ...leftOutLines(result.skipped),
        '',
        'Manifest:',
        `  - Total Size: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSize */ .Xq)(m.totalSize)}`,
        `  - Files: ${m.files.length}`,
        `  - Version: ${m.configVersion ?? 'none'}`,
        `  - Checksum: ${m.checksum.replace(/^sha256:/, '').slice(0, 8)}...`,
    ];
    if (m.compression === 'gzip')
        lines.push(`  - Compressed: gzip (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSize */ .Xq)(m.storedSize)} on disk)`);
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
/** Names shown per reason a file was left out; `create --json` lists them all. */
const LEFT_OUT_NAMES = 3;
/** "Left out: 2 runtime state (setting runtimeState): state/run.json, team.lock" — counts and a few names per reason. */
function leftOutLines(skipped) {
    const byReason = new Map();
    for (const entry of skipped) {
        if ((0,_core_config_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .isSkipProblem */ .pw)(entry))
            continue;
        byReason.set(entry.reason, [...(byReason.get(entry.reason) ?? []), entry.path]);
    }
    if (byReason.size === 0)
        return [];
    const lines = ['', 'Left Out (not backed up):'];
    for (const [reason, paths] of byReason) {
        const more = paths.length > LEFT_OUT_NAMES ? `, +${paths.length - LEFT_OUT_NAMES} more` : '';
        lines.push(`  ${paths.length} ${reason}: ${paths.slice(0, LEFT_OUT_NAMES).join(', ')}${more}`);
    }
    return lines;
}
function validationLine(report, ctx) {
    const { errors, warnings } = report.summary;
    if (errors > 0)
        return `📋 Validation: ${ctx.colors.red(`❌ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(errors, 'error')}`)}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(warnings, 'warning')} (run: orch-backup validate)`;
    if (warnings > 0)
        return `📋 Validation: ${ctx.colors.yellow(`⚠️ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(warnings, 'warning')}`)} (run: orch-backup validate)`;
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
        lines.push(`  ${i + 1}. ${c.bold(b.name)} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatAge */ .nV)(new Date(b.createdAt), ctx.now)})`);
        lines.push(`     Created: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatTime */ .fU)(b.createdAt)} | Trigger: ${b.trigger}${b.tags.length ? ` | Tags: ${b.tags.join(', ')}` : ''}`);
        lines.push(`     Size: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSize */ .Xq)(b.totalSize)} | Files: ${b.fileCount}${version}${b.compressed ? ' | compressed' : ''}`);
        if (b.description)
            lines.push(`     Description: ${b.description}`);
        if (b.comparison) {
            const verdict = b.comparison.compatible
                ? c.green('✅ compatible')
                : c.yellow(`⚠️ ${b.comparison.reasons.join('; ')}`);
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
    lines.push(`Storage: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSize */ .Xq)(result.storage.bytes)} used (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(result.storage.backups, 'backup')})`);
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
    const lines = [(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .heading */ .R_)(`Backup: ${loaded.name}`)];
    if (!m)
        return `${lines[0]}\n❌ ${loaded.problems.join('\n❌ ')}\n`;
    const field = (label, value) => `${`${label}:`.padEnd(13)}${value}`;
    lines.push(field('Created', `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatTime */ .fU)(m.createdAt)} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatAge */ .nV)(new Date(m.createdAt), ctx.now)})`), field('Description', m.description ?? '-'), field('Trigger', m.trigger), field('Tags', m.tags.length ? m.tags.join(', ') : '-'), field('Version', m.configVersion ?? 'none'), field('Size', `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSize */ .Xq)(m.totalSize)} in ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(m.files.length, 'file')}${m.compression === 'gzip' ? `, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSize */ .Xq)(m.storedSize)} stored (gzip)` : ''}`), field('Validation', m.validation
        ? `${m.validation.status} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(m.validation.errors, 'error')}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(m.validation.warnings, 'warning')})`
        : 'not recorded'), field('Tool', `${m.tool.name} ${m.tool.version}`), field('Checksum', m.checksum), field('Location', `${ctx.displayPath(loaded.dir)}/`), '', 'Files:');
    const width = Math.max(...m.files.map((f) => f.path.length));
    for (const f of m.files) {
        lines.push(`  ${f.path.padEnd(width)}  ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSize */ .Xq)(f.size).padStart(9)}  ${(f.version ? `v${f.version}` : '').padEnd(8)}  sha256:${f.sha256.slice(0, 12)}`);
    }
    for (const problem of loaded.problems)
        lines.push(ctx.colors.red(`❌ ${problem}`));
    return `${lines.join('\n')}\n`;
}
function renderVerify(results, ctx) {
    const { colors: c } = ctx;
    const lines = [(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .heading */ .R_)('Backup Verification'), ''];
    if (results.length === 0)
        lines.push('No backups to verify.');
    for (const r of results) {
        if (r.ok)
            lines.push(`  ✅ ${r.name}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(r.manifest?.files.length ?? 0, 'file')} OK`);
        else {
            lines.push(`  ${c.red('❌')} ${r.name}: damaged`);
            for (const p of r.problems)
                lines.push(`     - ${p.message}`);
        }
    }
    const damaged = results.filter((r) => !r.ok).length;
    lines.push('', damaged === 0
        ? c.green(`✅ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(results.length, 'backup')} verified, all intact`)
        : c.red(`❌ ${damaged} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(results.length, 'backup')} damaged`));
    return `${lines.join('\n')}\n`;
}
function renderValidation(report, source, ctx) {
    const { colors: c } = ctx;
    const lines = [(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .heading */ .R_)('Configuration Validation'), `📁 ${source} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(report.files.length, 'file')})`, ''];
    const group = (severity, title) => {
        const items = report.diagnostics.filter((d) => d.severity === severity);
        if (items.length === 0)
            return;
        lines.push(`${title} (${items.length}):`);
        for (const g of (0,_diagnostic_groups_js__WEBPACK_IMPORTED_MODULE_2__/* .groupDiagnostics */ .O)(items))
            lines.push(`  ${location(g.first)}  ${g.first.message}${(0,_diagnostic_groups_js__WEBPACK_IMPORTED_MODULE_2__/* .groupNote */ .E)(g)}`);
        lines.push('');
    };
    group('error', c.red('❌ Errors'));
    group('warning', c.yellow('⚠️  Warnings'));
    group('info', 'ℹ️  Info');
    const { errors, warnings, info } = report.summary;
    lines.push(`Summary: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(errors, 'error')}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(warnings, 'warning')}, ${info} info`);
    const status = report.status === 'invalid'
        ? c.red('❌ INVALID')
        : report.status === 'needs-attention'
            ? c.yellow('⚠️ NEEDS ATTENTION')
            : c.green('✅ VALID');
    lines.push(`Overall Status: ${status}`);
    return `${lines.join('\n')}\n`;
}
function location(d) {
    if (!d.file)
        return '(config)';
    return d.line ? `${d.file}:${d.line}:${d.column ?? 1}` : d.file;
}


/***/ })

};
;