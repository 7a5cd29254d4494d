"use strict";
exports.id = 653;
exports.ids = [653];
exports.modules = {

/***/ 1653:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  diffCommand: () => (/* binding */ diffCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/core/diff/redact.js
var redact = __webpack_require__(7990);
// EXTERNAL MODULE: ./lib/errors/index.js + 5 modules
var errors = __webpack_require__(8378);
// EXTERNAL MODULE: ./lib/core/store/backup-reader.js
var backup_reader = __webpack_require__(1883);
// EXTERNAL MODULE: ./lib/core/diff/index.js
var diff = __webpack_require__(3483);
// EXTERNAL MODULE: ./lib/core/diff/snapshots.js
var snapshots = __webpack_require__(2430);
// EXTERNAL MODULE: ./lib/core/util/fs.js
var fs = __webpack_require__(5637);
// EXTERNAL MODULE: ./lib/core/diff/text-redact.js
var text_redact = __webpack_require__(8360);
// EXTERNAL MODULE: ./lib/core/config/snapshot.js
var config_snapshot = __webpack_require__(936);
// EXTERNAL MODULE: ./lib/core/config/settings.js
var config_settings = __webpack_require__(2393);
// EXTERNAL MODULE: ./lib/core/store/store.js
var store = __webpack_require__(7288);
// EXTERNAL MODULE: ./lib/core/config/select.js
var config_select = __webpack_require__(8080);
;// CONCATENATED MODULE: ./lib/core/inspect/diff-backups.js











/**
 * How `compareBackups` names the live config dir. `@` cannot occur in a backup name, so no
 * backup can shadow it; results label that side `current`.
 */
const CURRENT = '@current';
const CURRENT_LABEL = 'current';
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
    const result = await (0,diff/* diffLazySnapshots */.xK)(asRestoreSees(a, from, to, settings), asRestoreSees(b, from, to, settings), {
        ...diffOptions,
        fromLabel: labelOf(from),
        toLabel: labelOf(to),
    });
    // What is shown of YAML text diffs is masked from both whole texts, which are at hand only now.
    await (0,text_redact/* prepareTextSecrets */.k)(result.files, settings.secretKeys);
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
/**
 * Per file, the RFC 6902 document that turns `from` into `to`, added and removed files included
 * as whole-document operations: an added file is `[{"op":"add","path":"","value":…}]` (its whole
 * value), a removed one `[{"op":"remove","path":""}]` (no document remains). Files that are not
 * JSON on the side that matters have no patch and are left out, as are unchanged files.
 * `secretKeys` masks values as `redactPatches` does (for a terminal); without it values are real.
 */
async function filePatches(result, to, options) {
    const patches = {};
    const added = new Set(result.files.filter((f) => f.status === 'added').map((f) => f.path));
    const side = added.size > 0 ? await load(to, options, options.settings ?? config_settings/* DEFAULT_SETTINGS */.a$) : undefined;
    const addedDocs = new Map((side?.files ?? []).filter((f) => added.has(f.path)).map((f) => [f.path, f]));
    for (const file of result.files) {
        if (file.status === 'modified' && file.patch)
            patches[file.path] = file.patch;
        else if (file.status === 'removed')
            patches[file.path] = [{ op: 'remove', path: '' }];
        else if (file.status === 'added') {
            const doc = addedDocs.get(file.path);
            const parsed = doc ? (0,snapshots/* parseDocument */.Tp)({ bytes: await doc.load() }) : undefined;
            if (!parsed?.ok)
                continue;
            patches[file.path] = [
                {
                    op: 'add',
                    path: '',
                    value: options.secretKeys ? (0,redact/* redactAt */.Nq)('', parsed.value, options.secretKeys) : parsed.value,
                },
            ];
        }
    }
    return patches;
}
/**
 * Against the current config, a backup's files that the settings leave out (runtime state an
 * older backup holds) are not compared: the current side cannot have them, and a restore leaves
 * them alone. Between two backups every stored file counts.
 */
function asRestoreSees(side, from, to, settings) {
    if (side.name === CURRENT || (from !== CURRENT && to !== CURRENT))
        return side.files;
    const leftOut = (0,config_select/* fileSelection */.B)(settings);
    return side.files.filter((f) => leftOut(f.path) === null);
}
function labelOf(name) {
    return name === CURRENT ? CURRENT_LABEL : name;
}
async function load(name, options, settings) {
    if (name !== CURRENT)
        return lazyBackup(await (0,backup_reader/* openBackup */.Tw)(options.backupDir, name));
    try {
        const snapshot = await (0,config_snapshot/* readSnapshot */.RA)({ configDir: options.configDir, backupDir: options.backupDir, settings });
        // The live files are in memory already; their versions are parsed only when no backup side records them.
        const files = snapshot.files.map((f) => ({
            path: f.path,
            size: f.size,
            sha256: f.sha256,
            load: async () => f.bytes,
        }));
        return { name, time: NaN, configVersion: null, files };
    }
    catch (error) {
        if (error instanceof errors/* ConfigDirNotFoundError */.D5 && error.reason === 'missing')
            return { name, time: NaN, configVersion: null, files: [] };
        throw error;
    }
}
function lazyBackup(backup) {
    const files = backup.manifest.files.map((f) => ({
        path: f.path,
        size: f.size,
        sha256: f.sha256,
        version: f.version ?? null,
        load: () => backup.read(f),
    }));
    return {
        name: backup.name,
        time: Date.parse(backup.manifest.createdAt),
        configVersion: backup.manifest.configVersion,
        files,
    };
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
    return {
        ...result,
        files: result.files.map((f) => {
            // Maps under secret keys may be keyed by the secrets themselves: their keys are masked in paths and ids too.
            const changes = f.changes.map((c) => ({
                ...c,
                pointer: (0,redact/* redactPointer */.jB)(c.pointer, secretKeys),
                ...(c.id !== null && (0,redact/* isSecretEntity */.oo)(c.pointer, secretKeys) ? { id: redact/* REDACTED */.XF } : {}),
            }));
            const text = f.unifiedDiff === undefined ? {} : { unifiedDiff: (0,text_redact/* shownUnifiedDiff */.H)(f, secretKeys) };
            return { ...f, changes, patch: f.patch ? (0,redact/* redactPatch */.IW)(f.patch, f.changes, secretKeys) : null, ...text };
        }),
    };
}

// EXTERNAL MODULE: ./lib/core/store/names.js
var names = __webpack_require__(1833);
// EXTERNAL MODULE: ./lib/render/diff.js + 1 modules
var render_diff = __webpack_require__(927);
// EXTERNAL MODULE: ./lib/core/inspect/backup-files.js
var backup_files = __webpack_require__(8478);
// EXTERNAL MODULE: ./lib/core/judge/judge.js
var judge = __webpack_require__(2916);
// EXTERNAL MODULE: ./lib/core/judge/leftovers.js
var leftovers = __webpack_require__(9911);
// EXTERNAL MODULE: ./lib/core/judge/point.js
var point = __webpack_require__(5801);
// EXTERNAL MODULE: ./lib/render/judge.js
var render_judge = __webpack_require__(7715);
// EXTERNAL MODULE: ./lib/cli/judge-command.js + 2 modules
var judge_command = __webpack_require__(292);
;// CONCATENATED MODULE: ./lib/cli/diff-command.js













/**
 * `diff <a> [b]`: b defaults to the current config. `--patch` prints only the RFC 6902 patches,
 * secret values masked like everything else the tool prints (a CI step's pipe goes to a log too);
 * `--show-secrets` asks for the real values, for a patch meant to be applied.
 * A damaged backup is refused when its manifest or a file the diff reads fails its check; files
 * equal on both sides are not read, so `verify` remains the command that checks every copy.
 */
async function diffCommand(opts, a, b, flags, say) {
    const [from, to] = [side(a, opts.backupDir), side(b ?? CURRENT, opts.backupDir)];
    const result = await compareBackups(from, to, {
        configDir: opts.configDir,
        backupDir: opts.backupDir,
        settings: opts.settings,
    });
    if (flags.patch) {
        const patchOptions = { configDir: opts.configDir, backupDir: opts.backupDir, settings: opts.settings };
        const patches = await filePatches(flags.showSecrets ? result : redactPatches(result, opts.settings.secretKeys), to, flags.showSecrets ? patchOptions : { ...patchOptions, secretKeys: opts.settings.secretKeys });
        const text = `${JSON.stringify(patches, null, 2)}\n`;
        if (!flags.showSecrets && !opts.json && text.includes(redact/* REDACTED */.XF)) {
            say('orch-backup: secret values in the patch are shown as •••; add --show-secrets for a patch to apply\n');
        }
        return { human: text, json: patches, exitCode: differenceExit(result, flags) };
    }
    const renames = await leftoversOf(result, to, opts);
    const leftovers = (0,render_judge/* renderLeftovers */.$_)(renames, to === CURRENT ? (0,judge_command.fixCommandFor)(opts, a) : null);
    const exitCode = differenceExit(result, flags);
    // One form is printed: the other is not built (each walks every changed file's text).
    if (!opts.json)
        return {
            human: (0,render_diff/* renderDiff */.i)(result, opts.render, { mode: 'diff', secretKeys: opts.settings.secretKeys }) +
                (leftovers ? `\n${leftovers}` : ''),
            json: null,
            exitCode,
        };
    return {
        human: '',
        json: {
            ...redactPatches(result, opts.settings.secretKeys),
            renames: renames.map((r) => ({
                kind: r.kind,
                from: r.from,
                to: r.to,
                file: r.file,
                remaining: r.remaining.map((x) => ({ file: x.file, line: x.line, column: x.column, pointer: x.pointer })),
            })),
        },
        exitCode,
    };
}
/** Renames of the diff with the references to the old ids the `to` side still holds (read only when something was renamed). */
async function leftoversOf(result, to, opts) {
    const renames = (0,leftovers/* renamesOf */.f)(result);
    if (renames.length === 0)
        return [];
    const documents = to === CURRENT
        ? (await (0,point/* readPoint */.DH)({ kind: 'dir', configDir: opts.configDir, backupDir: opts.backupDir }, opts.settings))
            .documents
        : (await (0,backup_files/* readBackupFiles */.m)(opts.backupDir, to)).files;
    return (0,leftovers/* findLeftovers */.Q)(renames, documents, (0,judge/* definedAgents */.QV)(documents));
}
/**
 * `@current` is always the current config. Plain `current` is its shorthand, except in a store
 * that already holds a backup of that name (new backups cannot take it): then it is that backup.
 */
function side(name, backupDir) {
    if (name === CURRENT)
        return CURRENT;
    if (name === 'current' && !(0,external_node_fs_.existsSync)(external_node_path_.join(backupDir, name)))
        return CURRENT;
    (0,names/* assertValidName */.QB)(name);
    return name;
}
/**
 * `--exit-code`, as in git diff: 1 when the sides differ at all, formatting-only changes
 * included (a restore would rewrite those bytes), 0 when they are byte-identical.
 */
function differenceExit(result, flags) {
    if (!flags.exitCode)
        return errors/* ExitCode */.yU.ok;
    return result.files.some((f) => f.status !== 'unchanged' || f.formattingOnly) ? errors/* ExitCode */.yU.failed : errors/* ExitCode */.yU.ok;
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


/***/ })

};
;