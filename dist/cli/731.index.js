export const id = 731;
export const ids = [731];
export const modules = {

/***/ 3731:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  diffCommand: () => (/* binding */ diffCommand)
});

// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/core/diff/index.js + 5 modules
var diff = __webpack_require__(8862);
// EXTERNAL MODULE: ./lib/core/read-backup.js + 1 modules
var read_backup = __webpack_require__(7681);
// EXTERNAL MODULE: ./lib/core/snapshot.js
var snapshot = __webpack_require__(4587);
// EXTERNAL MODULE: ./lib/core/settings.js
var core_settings = __webpack_require__(7726);
// EXTERNAL MODULE: ./lib/core/store.js + 1 modules
var store = __webpack_require__(6897);
;// CONCATENATED MODULE: ./lib/core/compare.js






/** The name `diff` uses for the live config dir. */
const CURRENT = 'current';
/**
 * Semantic diff between two backups, or a backup and the current config. Between two backups
 * the migration path walks every intact backup made between them, in time order.
 */
async function compareBackups(from, to, options) {
    const settings = options.settings ?? core_settings/* DEFAULT_SETTINGS */.a$;
    const diffOptions = { secretKeys: settings.secretKeys };
    const [a, b] = await Promise.all([load(from, options, settings), load(to, options, settings)]);
    const result = (0,diff/* diffSnapshots */.V1)(a, b, { ...diffOptions, fromLabel: from, toLabel: to });
    if (from === CURRENT || to === CURRENT)
        return result;
    const manifests = (await (0,store/* loadAllManifests */.Em)(options.backupDir)).filter((m) => m.manifest && m.problems.length === 0);
    const time = (name) => Date.parse(manifests.find((m) => m.name === name)?.manifest?.createdAt ?? '');
    const [start, end] = [time(from), time(to)];
    const between = manifests
        .filter((m) => m.name === from || m.name === to || (Date.parse(m.manifest?.createdAt ?? '') > Math.min(start, end) && Date.parse(m.manifest?.createdAt ?? '') < Math.max(start, end)))
        .sort((x, y) => Date.parse(x.manifest?.createdAt ?? '') - Date.parse(y.manifest?.createdAt ?? ''));
    if (start > end)
        between.reverse();
    const steps = await Promise.all(between.map(async (m) => ({ name: m.name, createdAt: m.manifest?.createdAt ?? '', configVersion: m.manifest?.configVersion ?? null, files: (await (0,read_backup/* readBackupFiles */.m)(options.backupDir, m.name)).files })));
    return { ...result, migrationPath: (0,diff/* migrationPath */.OQ)(steps, diffOptions) };
}
async function load(name, options, settings) {
    if (name !== CURRENT)
        return (await (0,read_backup/* readBackupFiles */.m)(options.backupDir, name)).files;
    try {
        return (await (0,snapshot/* readSnapshot */.RA)({ configDir: options.configDir, backupDir: options.backupDir, settings })).files;
    }
    catch (error) {
        if (error instanceof errors/* ConfigDirNotFoundError */.D5 && error.reason === 'missing')
            return [];
        throw error;
    }
}
/** The patches with values under secret keys masked: for anything a person or a log may see. */
function redactPatches(result, secretKeys) {
    const mask = (op) => ('value' in op ? { ...op, value: (0,diff/* redactAt */.Nq)(op.path, op.value, secretKeys) } : op);
    return { ...result, files: result.files.map((f) => ({ ...f, patch: f.patch ? f.patch.map(mask) : null })) };
}
//# sourceMappingURL=compare.js.map
// EXTERNAL MODULE: ./lib/core/names.js
var names = __webpack_require__(6599);
// EXTERNAL MODULE: ./lib/render/diff.js
var render_diff = __webpack_require__(4693);
;// CONCATENATED MODULE: ./lib/cli/diff-command.js




/**
 * `diff <a> [b]`: b defaults to the current config. `--patch` prints only the RFC 6902 patches;
 * their secret values are real only when stdout is a file or a pipe, never on a terminal.
 */
async function diffCommand(opts, a, b, flags, stdoutIsTTY, say) {
    const to = b ?? CURRENT;
    for (const name of [a, to])
        if (name !== CURRENT)
            (0,names/* assertValidName */.QB)(name);
    const result = await compareBackups(a, to, { configDir: opts.configDir, backupDir: opts.backupDir, settings: opts.settings });
    const shown = redactPatches(result, opts.settings.secretKeys);
    if (flags.patch) {
        const source = stdoutIsTTY ? shown : result;
        if (stdoutIsTTY)
            say('orch-backup: secret values in the patch are hidden on a terminal; redirect to a file or pipe to get them\n');
        const patches = Object.fromEntries(source.files.filter((f) => f.status === 'modified' && f.patch).map((f) => [f.path, f.patch]));
        const text = `${JSON.stringify(patches, null, 2)}\n`;
        return { human: text, json: patches, exitCode: errors/* ExitCode */.yU.ok };
    }
    return { human: (0,render_diff/* renderDiff */.i)(result, opts.render, { mode: 'diff', secretKeys: opts.settings.secretKeys }), json: shown, exitCode: errors/* ExitCode */.yU.ok };
}
//# sourceMappingURL=diff-command.js.map

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

/***/ 4693:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ renderDiff)
/* harmony export */ });
/* harmony import */ var _core_diff_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7990);
/* harmony import */ var _core_diff_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1247);
/* harmony import */ var _core_diff_words_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5450);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9109);





const DEFAULT_MAX_VALUE_LENGTH = 60;
/** In restore mode, more entities than this of one kind and change become a count. */
const MAX_NAMED_IN_RESTORE = 5;
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
    const safe = (0,_core_diff_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactAt */ .Nq)(pointer, value, shown.secretKeys);
    return safe === _core_diff_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .REDACTED */ .XF ? _core_diff_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .REDACTED */ .XF : truncated(JSON.stringify(safe), shown.maxValueLength);
}
/** An entity id, hidden when its collection sits under a secret key. */
function idText(id, pointer, shown) {
    if ((0,_core_diff_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .isSecretEntity */ .oo)(pointer, shown.secretKeys))
        return _core_diff_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .REDACTED */ .XF;
    return printable(truncated(String(id), shown.maxValueLength));
}
function pointerText(pointer, shown) {
    return printable((0,_core_diff_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactPointer */ .jB)(pointer, shown.secretKeys)) || '(document)';
}
function entity(change, shown, id = change.id) {
    return `${change.kind} '${idText(id, change.pointer, shown)}'`;
}
function isEntityReorder(change) {
    return change.change === 'reordered' && change.id === null && change.kind !== null;
}
function isPlain(change) {
    return change.change === 'value' || (change.change === 'reordered' && !isEntityReorder(change));
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
/** Plain changes reported under the `modified` line of the entity that holds them. */
function heldBy(owner, change) {
    return (isPlain(change) &&
        change.kind === owner.kind &&
        change.id === owner.id &&
        (change.pointer === owner.pointer || change.pointer.startsWith(`${owner.pointer}/`)));
}
function diffFileLines(file, ctx, shown) {
    const { colors: c } = ctx;
    const lines = [];
    const { from, to, majorChange } = file.version;
    const version = from !== to && from !== null && to !== null ? ` (version ${versionText(file.version)}${majorChange ? `, ${c.yellow('major version change')}` : ''})` : '';
    lines.push(`  📝 ${c.bold(printable(file.path))}: ${(0,_core_diff_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .summarizeChanges */ .N)(file)}${version}`);
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
                    lines.push(`     ↕ ${capitalized((0,_core_diff_words_js__WEBPACK_IMPORTED_MODULE_2__/* .pluralKind */ .R2)(change.kind))} reordered in ${pointerText(change.pointer, shown)}`);
                }
                else
                    lines.push(`     ${plainLine(change, shown)}`);
        }
    }
    return lines;
}
function renderDiffMode(result, ctx, shown) {
    const { colors: c } = ctx;
    const lines = [(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .heading */ .R_)('Configuration Diff'), `🔍 Comparing: ${c.bold(printable(result.from))} → ${c.bold(printable(result.to))}`];
    const major = result.versions.majorChange ? ` ${c.yellow('⚠️  major version change')}` : result.versions.from === result.versions.to ? ' (unchanged)' : '';
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
    section('Not Comparable', byStatus('unparseable'), (f) => [`  ${c.yellow('⚠️')}  ${printable(f.path)}: ${f.problem ?? 'cannot be compared'}`]);
    section('Unchanged Files', byStatus('unchanged'), (f) => [`  ✅ ${printable(f.path)}${f.formattingOnly ? ' (formatting only)' : ''}`]);
    const counts = ['added', 'removed', 'modified', 'unparseable', 'unchanged']
        .map((status) => [status, byStatus(status).length])
        .filter(([, n]) => n > 0)
        .map(([status, n]) => `${n} ${status === 'unparseable' ? 'not comparable' : status}`);
    const differences = result.files.some((f) => f.status !== 'unchanged');
    lines.push(differences
        ? `Summary: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(result.files.length, 'file')} (${counts.join(', ')}); ${(0,_core_diff_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .summarizeChanges */ .N)(result.files)}`
        : c.green(`✅ No differences (${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(result.files.length, 'file')} compared)`));
    return `${lines.join('\n')}\n`;
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
                lines.push(`    - ${(0,_core_diff_words_js__WEBPACK_IMPORTED_MODULE_2__/* .countKind */ .MQ)(changes.length, 'field')} will change`);
            else
                for (const change of changes)
                    lines.push(`    - ${restoreFieldLine(change, shown)}`);
            continue;
        }
        const verb = RESTORE_VERB[first.change];
        if (first.change === 'reordered') {
            for (const change of changes)
                lines.push(`    - ${capitalized((0,_core_diff_words_js__WEBPACK_IMPORTED_MODULE_2__/* .pluralKind */ .R2)(change.kind))} in ${pointerText(change.pointer, shown)} ${verb}`);
        }
        else if (first.change === 'modified' ? changes.length > 1 : changes.length > MAX_NAMED_IN_RESTORE) {
            lines.push(`    - ${(0,_core_diff_words_js__WEBPACK_IMPORTED_MODULE_2__/* .countKind */ .MQ)(changes.length, first.kind)} ${verb}`);
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
    const changed = result.files.filter((f) => f.status !== 'unchanged');
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
        secretKeys: options.secretKeys ?? _core_diff_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SECRET_KEYS */ .wp,
        maxValueLength: options.maxValueLength ?? DEFAULT_MAX_VALUE_LENGTH,
    };
    return options.mode === 'restore' ? renderRestoreMode(result, ctx, shown) : renderDiffMode(result, ctx, shown);
}
//# sourceMappingURL=diff.js.map

/***/ })

};
