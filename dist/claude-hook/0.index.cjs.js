"use strict";
exports.id = 0;
exports.ids = [0];
exports.modules = {

/***/ 3000:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   backupBeforeEdit: () => (/* binding */ backupBeforeEdit)
/* harmony export */ });
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8378);
/* harmony import */ var _create_create_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4373);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5799);



/**
 * PreToolUse on a config edit: a verified backup of the config as it is now (none when the newest
 * backup already holds exactly this content), remembered for the PostToolUse of the same tool use.
 */
async function backupBeforeEdit(options) {
    const description = describeEdit(options.target);
    let result;
    try {
        result = await (0,_create_create_js__WEBPACK_IMPORTED_MODULE_1__/* .createBackup */ .d)({
            configDir: options.configDir,
            backupDir: options.backupDir,
            settings: options.settings,
            lockTimeoutMs: options.lockTimeoutMs,
            trigger: 'claude-code',
            description,
            // A config that is already broken is exactly what must be kept before it changes again.
            allowInvalid: true,
            // The newest backup only: a store fills with one backup per edit, and checking every
            // manifest on each edit would make the hook slower the longer Claude works.
            skipIfUnchanged: true,
            // Read the recent backups only; `create` and `clean` delete orphaned packs.
            sweepPacks: false,
            ...(options.now ? { now: options.now } : {}),
        });
    }
    catch (error) {
        // Claude is about to create the first config file: there is nothing to back up yet.
        if (error instanceof _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigDirNotFoundError */ .D5)
            return { status: 'no-config', reason: 'missing' };
        if (error instanceof _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .EmptyConfigError */ .xz)
            return { status: 'no-config', reason: 'empty' };
        throw error;
    }
    const backup = result.created ? result.name : result.unchangedSince;
    await (0,_state_js__WEBPACK_IMPORTED_MODULE_2__/* .recordPreEditBackup */ .l)(options.backupDir, options, backup, options.now);
    return result.created ? { status: 'backed-up', backup, description } : { status: 'already-stored', backup };
}
/** "before Claude Code Edit of teams.json" / "before Claude Code Bash: sed -i … teams.json". */
function describeEdit(target) {
    if (target.kind === 'file')
        return `before Claude Code ${target.tool} of ${target.file}`;
    const command = target.command.replace(/\s+/g, ' ').trim();
    return `before Claude Code Bash: ${command.length > 120 ? `${command.slice(0, 119)}…` : command}`;
}


/***/ }),

/***/ 5799:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ takePreEditBackup),
/* harmony export */   l: () => (/* binding */ recordPreEditBackup)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/**
 * Which backup holds the config as it was when PreToolUse ran, kept for the PostToolUse call of
 * the same tool use: one small file per tool use in the store's `.claude-code/` folder (a name
 * starting with "." is never taken for a backup).
 */


const STATE_DIR = '.claude-code';
/** Tool uses whose PostToolUse never came (a killed session) leave a file; a day is plenty. */
const STALE_MS = 24 * 60 * 60 * 1000;
function stateFile(backupDir, use) {
    const safe = (s, fallback) => s ? s.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 100) : fallback;
    return node_path__WEBPACK_IMPORTED_MODULE_1__.join(backupDir, STATE_DIR, `${safe(use.sessionId, 'no-session')}--${safe(use.toolUseId, 'last')}.json`);
}
async function recordPreEditBackup(backupDir, use, backup, now = new Date()) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.join(backupDir, STATE_DIR);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    const file = stateFile(backupDir, use);
    const temp = `${file}.${process.pid}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(temp, `${JSON.stringify({ backup, at: now.toISOString() })}\n`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(temp, file);
    await removeStale(dir, now).catch(() => undefined);
}
/** The backup PreToolUse recorded for this tool use (and forgets it), or undefined. */
async function takePreEditBackup(backupDir, use) {
    const file = stateFile(backupDir, use);
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch {
        return undefined;
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(file, { force: true });
    try {
        const value = JSON.parse(text);
        return typeof value.backup === 'string' ? value.backup : undefined;
    }
    catch {
        return undefined;
    }
}
async function removeStale(dir, now) {
    for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir)) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, name);
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file).catch(() => undefined);
        if (info && now.getTime() - info.mtimeMs > STALE_MS)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(file, { force: true });
    }
}


/***/ })

};
;