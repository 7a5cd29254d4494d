export const id = 731;
export const ids = [731];
export const modules = {

/***/ 1653:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  diffCommand: () => (/* binding */ diffCommand)
});

// EXTERNAL MODULE: ./lib/errors/index.js
var errors = __webpack_require__(8027);
// EXTERNAL MODULE: ./lib/core/store/backup-reader.js
var backup_reader = __webpack_require__(1883);
// EXTERNAL MODULE: ./lib/core/diff/index.js
var diff = __webpack_require__(3483);
// EXTERNAL MODULE: ./lib/core/util/fs.js
var fs = __webpack_require__(5637);
// EXTERNAL MODULE: ./lib/core/config/snapshot.js
var config_snapshot = __webpack_require__(936);
// EXTERNAL MODULE: ./lib/core/config/settings.js
var config_settings = __webpack_require__(2393);
// EXTERNAL MODULE: ./lib/core/store/store.js + 1 modules
var store = __webpack_require__(4680);
;// CONCATENATED MODULE: ./lib/core/inspect/diff-backups.js







/** The name `diff` uses for the live config dir. */
const CURRENT = 'current';
/**
 * Semantic diff between two backups, or a backup and the current config. Between two backups
 * the migration path walks every intact backup made between them, in time order.
 *
 * Files whose SHA-256 is the same on both sides are unchanged without being read, so the cost
 * follows the changes, not the size of the config. What a diff vouches for is what it shows:
 * each backup's manifest (sealed by its checksum) and every file it reads are checked, and a
 * backup failing either is refused; stored copies it has no reason to read are left to `verify`.
 */
async function compareBackups(from, to, options) {
    const settings = options.settings ?? config_settings/* DEFAULT_SETTINGS */.a$;
    const diffOptions = { secretKeys: settings.secretKeys };
    const [a, b] = await Promise.all([load(from, options, settings), load(to, options, settings)]);
    const result = await (0,diff/* diffLazySnapshots */.xK)(a.files, b.files, { ...diffOptions, fromLabel: from, toLabel: to });
    if (from === CURRENT || to === CURRENT)
        return result;
    // One pair at a time: memory holds two manifests and the changed files of one pair, however long the path.
    const migrationPath = [];
    let older;
    for (const name of await backupsBetween(options.backupDir, a, b)) {
        const newer = name === from ? a : name === to ? b : lazyBackup(await (0,backup_reader/* openBackup */.Tw)(options.backupDir, name));
        if (older)
            migrationPath.push(await (0,diff/* lazyMigrationStep */.xV)(older, newer, diffOptions));
        older = newer;
    }
    return { ...result, migrationPath };
}
async function load(name, options, settings) {
    if (name !== CURRENT)
        return lazyBackup(await (0,backup_reader/* openBackup */.Tw)(options.backupDir, name));
    try {
        const snapshot = await (0,config_snapshot/* readSnapshot */.RA)({ configDir: options.configDir, backupDir: options.backupDir, settings });
        // The live files are in memory already; their versions are parsed only when no backup side records them.
        const files = snapshot.files.map((f) => ({ path: f.path, size: f.size, sha256: f.sha256, load: async () => f.bytes }));
        return { name, time: NaN, configVersion: null, files };
    }
    catch (error) {
        if (error instanceof errors/* ConfigDirNotFoundError */.D5 && error.reason === 'missing')
            return { name, time: NaN, configVersion: null, files: [] };
        throw error;
    }
}
function lazyBackup(backup) {
    const files = backup.manifest.files.map((f) => ({ path: f.path, size: f.size, sha256: f.sha256, version: f.version ?? null, load: () => backup.read(f) }));
    return { name: backup.name, time: Date.parse(backup.manifest.createdAt), configVersion: backup.manifest.configVersion, files };
}
/**
 * `from`, `to` and every intact backup made between them, in the order the walk goes (from
 * `from` to `to`, backwards in time when `from` is the newer). Backups made in the same
 * millisecond go in descending name order, as they always have here.
 */
async function backupsBetween(backupDir, from, to) {
    // Only names and times are kept: a store of many large backups never has its manifests in memory at once.
    const others = (await (0,store/* backupNames */.pS)(backupDir)).filter((name) => name !== from.name && name !== to.name);
    const dated = await (0,fs/* mapLimit */.sf)(others, 4, async (name) => {
        try {
            return { name, time: Date.parse((await (0,backup_reader/* openBackup */.Tw)(backupDir, name)).manifest.createdAt) };
        }
        catch {
            return undefined; // damaged or gone: not part of the path, as `list` shows it
        }
    });
    const [start, end] = [from.time, to.time];
    const inside = dated.filter((d) => d !== undefined && d.time > Math.min(start, end) && d.time < Math.max(start, end));
    const between = [from, ...(from.name === to.name ? [] : [to]), ...inside];
    between.sort((x, y) => x.time - y.time || (x.name < y.name ? 1 : x.name > y.name ? -1 : 0));
    if (start > end)
        between.reverse();
    return between.map((d) => d.name);
}
/** The patches with values under secret keys masked: for anything a person or a log may see. */
function redactPatches(result, secretKeys) {
    const mask = (op) => ('value' in op ? { ...op, value: (0,diff/* redactAt */.Nq)(op.path, op.value, secretKeys) } : op);
    return { ...result, files: result.files.map((f) => ({ ...f, patch: f.patch ? f.patch.map(mask) : null })) };
}
//# sourceMappingURL=diff-backups.js.map
// EXTERNAL MODULE: ./lib/core/store/names.js
var names = __webpack_require__(1833);
// EXTERNAL MODULE: ./lib/render/diff.js + 1 modules
var render_diff = __webpack_require__(927);
;// CONCATENATED MODULE: ./lib/cli/diff-command.js




/**
 * `diff <a> [b]`: b defaults to the current config. `--patch` prints only the RFC 6902 patches;
 * their secret values are real only when stdout is a file or a pipe, never on a terminal.
 * A damaged backup is refused when its manifest or a file the diff reads fails its check; files
 * equal on both sides are not read, so `verify` remains the command that checks every copy.
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

/***/ 4679:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   am: () => (/* binding */ documentVersion),
/* harmony export */   fB: () => (/* binding */ fileVersion),
/* harmony export */   iR: () => (/* binding */ majorVersion),
/* harmony export */   jq: () => (/* binding */ configurationVersion)
/* harmony export */ });
/* unused harmony export compareVersions */
/** A top-level `version` field as a string, if the document has one. */
function documentVersion(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return undefined;
    const version = value.version;
    if (typeof version === 'string' && version.trim() !== '')
        return version.trim();
    if (typeof version === 'number' && Number.isFinite(version))
        return String(version);
    return undefined;
}
/**
 * The configuration's version: settings.json's `version`, else the most common top-level
 * `version` among the files (ties go to the highest), else null.
 */
function configurationVersion(files) {
    const settings = files.find((f) => f.path === 'settings.json');
    if (settings?.version)
        return settings.version;
    const counts = new Map();
    for (const file of files)
        if (file.version)
            counts.set(file.version, (counts.get(file.version) ?? 0) + 1);
    let best = null;
    let bestCount = 0;
    for (const [version, count] of counts) {
        if (count > bestCount || (count === bestCount && best !== null && compareVersions(version, best) > 0)) {
            best = version;
            bestCount = count;
        }
    }
    return best;
}
/** Major component of a dotted version (`v1.2.0` → 1), or undefined when there is none. */
function majorVersion(version) {
    const match = version ? /^v?(\d+)/.exec(version.trim()) : null;
    return match ? Number(match[1]) : undefined;
}
function compareVersions(a, b) {
    const pa = a.replace(/^v/, '').split(/[.-]/);
    const pb = b.replace(/^v/, '').split(/[.-]/);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const x = pa[i] ?? '0';
        const y = pb[i] ?? '0';
        const nx = Number(x);
        const ny = Number(y);
        const diff = Number.isNaN(nx) || Number.isNaN(ny) ? x.localeCompare(y) : nx - ny;
        if (diff !== 0)
            return diff;
    }
    return 0;
}
/** The top-level `version` of a JSON file given as bytes, if it parses and has one. */
function fileVersion(bytes) {
    try {
        return documentVersion(JSON.parse(Buffer.from(bytes).toString('utf8').replace(/^\uFEFF/, '')));
    }
    catch {
        return undefined;
    }
}
//# sourceMappingURL=config-version.js.map

/***/ }),

/***/ 3483:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nf: () => (/* reexport safe */ _summary_js__WEBPACK_IMPORTED_MODULE_6__.N),
/* harmony export */   Nq: () => (/* reexport safe */ _redact_js__WEBPACK_IMPORTED_MODULE_4__.Nq),
/* harmony export */   V1: () => (/* reexport safe */ _snapshots_js__WEBPACK_IMPORTED_MODULE_5__.V1),
/* harmony export */   xK: () => (/* reexport safe */ _lazy_js__WEBPACK_IMPORTED_MODULE_1__.x),
/* harmony export */   xV: () => (/* reexport safe */ _lazy_js__WEBPACK_IMPORTED_MODULE_1__.Q)
/* harmony export */ });
/* harmony import */ var _apply_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8595);
/* harmony import */ var _lazy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4709);
/* harmony import */ var _entities_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9248);
/* harmony import */ var _patch_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3329);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7990);
/* harmony import */ var _snapshots_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2430);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1247);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5450);









//# sourceMappingURL=index.js.map

/***/ }),

/***/ 927:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ renderDiff)
});

// UNUSED EXPORTS: summarizeChanges

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
//# sourceMappingURL=change-groups.js.map
;// CONCATENATED MODULE: ./lib/render/diff.js






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
    const version = from !== to && from !== null && to !== null ? ` (version ${versionText(file.version)}${majorChange ? `, ${c.yellow('major version change')}` : ''})` : '';
    lines.push(`  📝 ${c.bold(printable(file.path))}: ${(0,summary/* summarizeChanges */.N)(file)}${version}`);
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
function renderDiffMode(result, ctx, shown) {
    const { colors: c } = ctx;
    const lines = [(0,format/* heading */.R_)('Configuration Diff'), `🔍 Comparing: ${c.bold(printable(result.from))} → ${c.bold(printable(result.to))}`];
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
        ? `Summary: ${(0,format/* plural */.LS)(result.files.length, 'file')} (${counts.join(', ')}); ${(0,summary/* summarizeChanges */.N)(result.files)}`
        : c.green(`✅ No differences (${(0,format/* plural */.LS)(result.files.length, 'file')} compared)`));
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
        secretKeys: options.secretKeys ?? redact/* DEFAULT_SECRET_KEYS */.wp,
        maxValueLength: options.maxValueLength ?? DEFAULT_MAX_VALUE_LENGTH,
    };
    return options.mode === 'restore' ? renderRestoreMode(result, ctx, shown) : renderDiffMode(result, ctx, shown);
}
//# sourceMappingURL=diff.js.map

/***/ })

};
