"use strict";
exports.id = 266;
exports.ids = [266];
exports.modules = {

/***/ 1424:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ isFormattingOnly),
/* harmony export */   p: () => (/* binding */ FORMATTING_ONLY)
/* harmony export */ });
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
    if ((0,_kinds_index_js__WEBPACK_IMPORTED_MODULE_0__/* .kindOfPath */ .Bs)(file) !== 'json')
        return false;
    const a = parsed(before);
    if (a === NOT_JSON)
        return false;
    const b = parsed(after);
    return b !== NOT_JSON && (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .deepEqual */ .bD)(a, b);
}
const NOT_JSON = Symbol('not JSON');
function parsed(bytes) {
    const decoded = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeUtf8 */ ._6)(bytes);
    if (!decoded.ok)
        return NOT_JSON;
    const result = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(decoded.text);
    return result.ok ? result.value : NOT_JSON;
}


/***/ }),

/***/ 6751:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ kindOfPath),
/* harmony export */   KH: () => (/* binding */ isText)
/* harmony export */ });
/* unused harmony export kindOf */
const YAML_EXTENSIONS = /\.(ya?ml)$/i;
/** The kind a path promises, before its content is known: `other` is text or binary. */
function kindOfPath(file) {
    if (/\.json$/i.test(file))
        return 'json';
    if (YAML_EXTENSIONS.test(file))
        return 'yaml';
    return 'other';
}
/** A file's kind from its path and, for files that are neither JSON nor YAML, its content. */
function kindOf(file, bytes) {
    const byPath = kindOfPath(file);
    if (byPath !== 'other')
        return byPath;
    return isText(bytes) ? 'text' : 'binary';
}
const strict = new TextDecoder('utf-8', { fatal: true });
/** Valid UTF-8 without NUL bytes: what git and diff tools also take for text. */
function isText(bytes) {
    if (bytes.includes(0))
        return false;
    try {
        strict.decode(bytes);
        return true;
    }
    catch {
        return false;
    }
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

/***/ 9109:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   R_: () => (/* binding */ heading),
/* harmony export */   Xq: () => (/* binding */ formatSize),
/* harmony export */   fU: () => (/* binding */ formatTime),
/* harmony export */   nV: () => (/* binding */ formatAge)
/* harmony export */ });
/* unused harmony export plainContext */

function plainContext(now = new Date()) {
    return { colors: pc.createColors(false), displayPath: (p) => p, now };
}
/** `512 B`, `3.2 KB`, `1.5 MB`: binary units with these short labels. */
function formatSize(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KB', 'MB', 'GB', 'TB'];
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(1)} ${units[unit]}`;
}
// Built on first use: loading ICU's relative-time data costs ~15 ms, which the hook should not pay.
let relativeFormat;
const relative = {
    format: (value, unit) => (relativeFormat ??= new Intl.RelativeTimeFormat('en', { numeric: 'auto' })).format(value, unit),
};
/** "just now", "5 minutes ago", "2 hours ago", "yesterday", "5 days ago", "3 months ago". */
function formatAge(then, now) {
    const seconds = Math.round((now.getTime() - then.getTime()) / 1000);
    if (seconds < 0)
        return 'in the future';
    if (seconds < 45)
        return 'just now';
    const minutes = Math.round(seconds / 60);
    if (minutes < 45)
        return relative.format(-minutes, 'minute');
    const hours = Math.round(minutes / 60);
    if (hours < 22)
        return relative.format(-hours, 'hour');
    const days = Math.round(hours / 24);
    if (days < 26)
        return relative.format(-days, 'day');
    const months = Math.round(days / 30.44);
    if (months < 11)
        return relative.format(-Math.max(1, months), 'month');
    return relative.format(-Math.max(1, Math.round(days / 365.25)), 'year');
}
/** `2024-01-20 10:30:45 UTC` */
function formatTime(iso) {
    return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}
function heading(title, rule = '=') {
    return `${title}\n${rule.repeat(title.length)}`;
}
function plural(count, word, pluralWord = `${word}s`) {
    return `${count} ${count === 1 ? word : pluralWord}`;
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