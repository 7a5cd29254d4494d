"use strict";
exports.id = 415;
exports.ids = [415];
exports.modules = {

/***/ 3415:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   slashPlan: () => (/* binding */ slashPlan)
/* harmony export */ });
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8378);

const PASS_THROUGH = new Set(['create', 'list', 'show', 'verify', 'validate', 'diff']);
/** Commands that change or delete: their plan only, unless the user adds --confirm. */
const CONFIRMED = new Set(['restore', 'clean']);
const SLASH_USAGE = '/config-backup [create|list|restore|diff|validate|clean] [backup-name]';
/**
 * Maps the slash command's arguments to an orch-backup command line. A restore or clean shows
 * its plan (--dry-run) and tells how to apply it; only `--confirm`, typed by the user, applies
 * it (as --yes, since the slash command has no terminal to ask on).
 */
function slashPlan(args) {
    const [command = 'list', ...rest] = args;
    if (PASS_THROUGH.has(command))
        return { argv: [command, ...rest] };
    if (!CONFIRMED.has(command))
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`unknown command ${JSON.stringify(command)}; use ${SLASH_USAGE}`);
    if (command === 'restore' && (rest.length === 0 || rest[0]?.startsWith('-')))
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`restore needs a backup name: /config-backup restore <backup-name> (see /config-backup list)`);
    const options = rest.filter((a) => a !== '--confirm' && a !== '--yes' && a !== '-y' && a !== '--dry-run');
    if (rest.includes('--confirm'))
        return { argv: ['--yes', command, ...options] };
    return {
        argv: [command, ...options, '--dry-run'],
        note: `Nothing was changed. To apply this ${command}: /config-backup ${[command, ...options, '--confirm'].join(' ')}`,
    };
}


/***/ })

};
;