"use strict";
exports.id = 3;
exports.ids = [3];
exports.modules = {

/***/ 2003:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createCommand: () => (/* binding */ createCommand),
  listCommand: () => (/* binding */ listCommand),
  showCommand: () => (/* binding */ showCommand),
  validateCommand: () => (/* binding */ validateCommand),
  verifyCommand: () => (/* binding */ verifyCommand)
});

// EXTERNAL MODULE: ./lib/core/create/create.js + 2 modules
var create = __webpack_require__(4666);
// EXTERNAL MODULE: ./lib/cli/interrupt.js
var interrupt = __webpack_require__(9085);
// EXTERNAL MODULE: ./lib/cli/progress.js
var progress = __webpack_require__(9095);
// EXTERNAL MODULE: ./lib/core/inspect/backup-files.js
var backup_files = __webpack_require__(8478);
// EXTERNAL MODULE: ./lib/core/store/store.js
var store = __webpack_require__(7288);
// EXTERNAL MODULE: ./lib/core/agents/front-matter.js
var front_matter = __webpack_require__(1927);
// EXTERNAL MODULE: ./lib/core/agents/read-disk.js
var read_disk = __webpack_require__(8472);
;// CONCATENATED MODULE: ./lib/core/agents/index.js



// EXTERNAL MODULE: ./lib/core/validate/index.js + 10 modules
var validate = __webpack_require__(8676);
// EXTERNAL MODULE: ./lib/core/inspect/verify.js
var verify = __webpack_require__(1015);
// EXTERNAL MODULE: ./lib/core/store/names.js
var store_names = __webpack_require__(1833);
// EXTERNAL MODULE: ./lib/errors/index.js + 5 modules
var errors = __webpack_require__(8378);
// EXTERNAL MODULE: ./lib/render/text.js
var render_text = __webpack_require__(2801);
// EXTERNAL MODULE: ./lib/cli/limit.js
var cli_limit = __webpack_require__(2445);
;// CONCATENATED MODULE: ./lib/cli/commands.js












async function createCommand(opts, name, flags) {
    const result = await (0,interrupt/* stoppableByCtrlC */.c)((signal) => (0,progress/* withProgress */.E0)(opts, progress/* rawStderr */.dK, (onProgress) => (0,create/* createBackup */.d)({
        signal,
        onProgress,
        configDir: opts.configDir,
        backupDir: opts.backupDir,
        settings: opts.settings,
        settingsFile: opts.settingsPath,
        lockTimeoutMs: opts.lockTimeoutMs,
        trigger: 'manual',
        ...(name !== undefined ? { name } : {}),
        ...(flags.message !== undefined ? { description: flags.message } : {}),
        ...(flags.tag ? { tags: flags.tag } : {}),
        skipIfUnchanged: flags.skipIfUnchanged ?? false,
        allowInvalid: flags.allowInvalid ?? false,
        faults: opts.faults,
    })));
    const m = result.manifest;
    return {
        human: (0,render_text/* renderCreate */.dI)(result, opts.render),
        json: {
            created: result.created,
            ...(result.created ? {} : { unchangedSince: result.unchangedSince }),
            name: m.name,
            path: result.path,
            files: m.files.map((f) => ({ path: f.path, size: f.size, sha256: f.sha256 })),
            totalSize: m.totalSize,
            configVersion: m.configVersion,
            checksum: m.checksum,
            compressed: m.compression === 'gzip',
            skipped: result.skipped,
            validation: result.validation.summary,
            warnings: result.created ? result.warnings : [],
        },
        exitCode: errors/* ExitCode */.yU.ok,
    };
}
async function listCommand(opts, flags = {}) {
    const limit = (0,cli_limit/* parseLimit */.F)(flags.limit);
    // Loaded here, not with this module: list names changes through the diff code (jsondiffpatch,
    // diff), which `create` and the other commands here never use.
    const { listBackups } = await Promise.all(/* import() */[__webpack_require__.e(324), __webpack_require__.e(430), __webpack_require__.e(889)]).then(__webpack_require__.bind(__webpack_require__, 5889));
    // Changes are named entity by entity only on the lines shown: a diff per backup is not free.
    const all = await listBackups({
        backupDir: opts.backupDir,
        configDir: opts.configDir,
        settings: opts.settings,
        ...(limit === undefined ? {} : { namedChanges: limit }),
    });
    // Storage and damage still cover the whole store: --limit only shortens the list of backups.
    const result = limit === undefined ? all : { ...all, backups: all.backups.slice(0, limit) };
    const hidden = all.backups.length - result.backups.length;
    return {
        human: (0,render_text/* renderList */.pI)(result, opts.settings.retention, opts.render) +
            (hidden > 0 ? `(${hidden} older backup${hidden === 1 ? '' : 's'} not shown; --limit ${limit})\n` : ''),
        json: {
            total: all.backups.length,
            backups: result.backups.map((b) => ({
                name: b.name,
                createdAt: b.createdAt,
                totalSize: b.totalSize,
                fileCount: b.fileCount,
                description: b.description,
                configVersion: b.configVersion,
                trigger: b.trigger,
                tags: b.tags,
                compressed: b.compressed,
                storedSize: b.storedSize,
                ...(b.comparison
                    ? {
                        compatible: b.comparison.compatible,
                        compatibilityProblems: b.comparison.reasons,
                        differences: b.comparison.difference,
                        formattingOnly: b.comparison.formattingOnly,
                        differenceSummary: b.comparison.summary,
                    }
                    : {}),
            })),
            damaged: result.damaged,
            storage: result.storage,
            retention: opts.settings.retention,
        },
        exitCode: errors/* ExitCode */.yU.ok,
    };
}
async function showCommand(opts, name) {
    (0,store_names/* assertValidName */.QB)(name);
    const loaded = await (0,store/* loadManifest */.eY)(opts.backupDir, name);
    return {
        human: (0,render_text/* renderShow */.Y$)(loaded, opts.render),
        json: { name, path: loaded.dir, manifest: loaded.manifest ?? null, problems: loaded.problems },
        exitCode: loaded.problems.length === 0 ? errors/* ExitCode */.yU.ok : errors/* ExitCode */.yU.failed,
    };
}
async function verifyCommand(opts, names) {
    for (const name of names)
        (0,store_names/* assertValidName */.QB)(name);
    const results = await (0,progress/* withProgress */.E0)(opts, progress/* rawStderr */.dK, (onProgress) => (0,verify/* verifyBackups */.$Y)(opts.backupDir, names, { record: true, onProgress }));
    return {
        human: (0,render_text/* renderVerify */.Cu)(results, opts.render),
        json: { results: results.map((r) => ({ name: r.name, ok: r.ok, problems: r.problems })) },
        exitCode: results.every((r) => r.ok) ? errors/* ExitCode */.yU.ok : errors/* ExitCode */.yU.failed,
    };
}
async function validateCommand(opts, flags) {
    let report;
    let source;
    if (flags.backup !== undefined) {
        (0,store_names/* assertValidName */.QB)(flags.backup);
        report = await (0,backup_files/* validateBackup */.B)(opts.backupDir, flags.backup, opts.settings);
        source = `Backup: ${flags.backup}`;
    }
    else {
        const agents = await (0,read_disk/* readAgentDefinitions */.Y)({ configDir: opts.configDir, agentsDir: opts.settings.agentsDir });
        report = await (0,validate/* validateConfig */.$r)({
            configDir: opts.configDir,
            backupDir: opts.backupDir,
            settings: opts.settings,
            agents,
        });
        source = `Config: ${opts.render.displayPath(opts.configDir)}`;
    }
    const failed = report.summary.errors > 0 || (flags.strict === true && report.summary.warnings > 0);
    return {
        human: (0,render_text/* renderValidation */.kQ)(report, source, opts.render),
        json: report,
        exitCode: failed ? errors/* ExitCode */.yU.failed : errors/* ExitCode */.yU.ok,
    };
}


/***/ }),

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

/***/ 2445:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ parseLimit)
/* harmony export */ });
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8378);

/** `--limit N`: a whole number, 1 or more. */
function parseLimit(value) {
    if (value === undefined)
        return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1)
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--limit needs a whole number of 1 or more, got ${JSON.stringify(value)}`);
    return n;
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

/***/ 1927:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QY: () => (/* binding */ frontMatterEnd),
/* harmony export */   sJ: () => (/* binding */ agentDefinitionsFrom)
/* harmony export */ });
/* unused harmony export simpleName */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);

const OPENING = /^\uFEFF?---[ \t\r]*$/;
const CLOSING = /^(---|\.\.\.)[ \t\r]*$/;
/**
 * The index of the line that closes a file's front matter: null when `---` opens it but nothing
 * closes it, undefined when the file has none. Lines may keep a trailing `\r`.
 */
function frontMatterEnd(lines) {
    if (!OPENING.test(lines[0] ?? ''))
        return undefined;
    const close = lines.findIndex((line, i) => i > 0 && CLOSING.test(line));
    return close === -1 ? null : close;
}
/**
 * The agents a set of definition files defines. Problems in a file's front matter become
 * findings, never exceptions, and the file still defines the agent named by its stem: one bad
 * file should not also turn every reference to its agent into an "unknown agent".
 */
async function agentDefinitionsFrom(dir, files, memo = new Map()) {
    const definitions = [];
    const problems = [];
    // The YAML parser is loaded only when some file has front matter: the pre-commit hook pays
    // for every module it loads.
    let yaml;
    for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(dir, f.path);
        const stem = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(f.path).replace(/\.md$/i, '');
        const lines = f.text.split(/\r?\n/);
        const close = frontMatterEnd(lines);
        if (close === undefined) {
            definitions.push({ name: stem, file });
            continue;
        }
        if (close === null) {
            problems.push({
                kind: 'front-matter',
                file,
                line: 1,
                column: 1,
                message: 'front matter opened with "---" is never closed: Claude Code cannot read its name',
            });
            definitions.push({ name: stem, file });
            continue;
        }
        const text = lines.slice(1, close).join('\n');
        let found = memo.get(text) ?? simpleName(text);
        if (found === undefined) {
            yaml ??= await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(615)]).then(__webpack_require__.bind(__webpack_require__, 4615));
            found = yaml.readName(text);
        }
        memo.set(text, found);
        if ('problem' in found) {
            // Front matter starts on the file's second line.
            problems.push({
                kind: 'front-matter',
                file,
                ...(found.line ? { line: found.line + 1, column: found.column ?? 1 } : {}),
                message: found.problem,
            });
            definitions.push({ name: stem, file });
        }
        else if (found.name === undefined)
            definitions.push({ name: stem, file });
        else
            definitions.push({ name: found.name, file, line: found.line + 1 });
    }
    return { dir, exists: true, definitions, problems };
}
const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*?))? *$/;
/** Characters after which YAML could read a line other than as `key: text` (controls, other line breaks, BOM). */
const UNUSUAL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;
/** Plain scalars YAML 1.2's core schema resolves to null, booleans or numbers, not to text. */
const NOT_TEXT = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/**
 * `name:` from front matter written as most agent files are: one `key: text` per line, no
 * nesting, quoting only without escapes. For such text the answer is the YAML parser's, without
 * loading and warming up the parser (~3 ms a file on a cold start, which the hooks pay for every
 * agent file). Undefined for anything else: the parser decides then, errors and all.
 */
function simpleName(text) {
    if (UNUSUAL.test(text))
        return undefined;
    const keys = new Set();
    let found = {};
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (/^ *$/.test(line) || line.startsWith('#'))
            continue;
        const match = KEY_LINE.exec(line);
        if (!match || line.length > 1000)
            return undefined;
        const [, key, raw = ''] = match;
        if (keys.has(key) || NOT_TEXT.test(key))
            return undefined;
        keys.add(key);
        const value = scalarText(raw);
        if (value === undefined)
            return undefined;
        if (key !== 'name')
            continue;
        if (value.text.trim() === '' || (!value.quoted && NOT_TEXT.test(value.text)))
            return undefined;
        found = { name: value.text.trim(), line: i + 1 };
    }
    return found;
}
/** A one-line scalar whose text is plain to see; undefined when YAML might read more into it. */
function scalarText(raw) {
    if (raw === '')
        return { text: '', quoted: false };
    const quote = raw[0];
    if (quote === '"' || quote === "'") {
        const inner = raw.slice(1, -1);
        return raw.length >= 2 && raw.endsWith(quote) && !inner.includes(quote) && !inner.includes('\\')
            ? { text: inner, quoted: true }
            : undefined;
    }
    if (/^[-?:,[\]{}#&*!|>%@`]/.test(raw) || raw.includes(': ') || raw.endsWith(':') || raw.includes(' #'))
        return undefined;
    return { text: raw, quoted: false };
}


/***/ }),

/***/ 8472:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ readAgentDefinitions)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8378);
/* harmony import */ var _front_matter_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1927);




/**
 * Reads the agent definition files (`**\/*.md`) under the agents directory on disk. Undefined
 * when the setting turns them off; `exists: false` when there is no such directory.
 */
async function readAgentDefinitions(options) {
    if (options.agentsDir === false)
        return undefined;
    const root = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(options.configDir, options.agentsDir);
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(options.configDir), root).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') || '.';
    const isDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(root).then((s) => s.isDirectory(), () => false);
    if (!isDir)
        return { dir, exists: false, definitions: [], problems: [] };
    const files = [];
    const unreadable = [];
    const cannotRead = (relative, error, what, consequence) => void unreadable.push({
        kind: 'unreadable',
        file: node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(dir, relative),
        message: `cannot read ${what} (${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoOf */ .UQ)(error) ?? String(error)}): ${consequence}`,
    });
    for (const relative of await listMarkdown(root, (folder, error) => cannotRead(folder, error, 'this folder', 'the agent files in it were not checked'))) {
        try {
            files.push({ path: relative, text: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, relative), 'utf8') });
        }
        catch (error) {
            cannotRead(relative, error, 'this agent file', 'Claude Code cannot load it either');
        }
    }
    const set = await (0,_front_matter_js__WEBPACK_IMPORTED_MODULE_3__/* .agentDefinitionsFrom */ .sJ)(dir, files, options.memo);
    return { ...set, problems: [...unreadable, ...set.problems] };
}
/**
 * Every `.md` file below `root`, relative to it. A symlink counts when it points at a file;
 * symlinked directories are not entered, so a link cycle cannot make the walk endless.
 */
async function listMarkdown(root, unreadable) {
    const found = [];
    const pending = [''];
    for (let relative = pending.pop(); relative !== undefined; relative = pending.pop()) {
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, relative), { withFileTypes: true });
        }
        catch (error) {
            unreadable(relative, error);
            continue;
        }
        for (const entry of entries) {
            const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
            if (entry.isDirectory())
                pending.push(child);
            else if (!entry.name.toLowerCase().endsWith('.md'))
                continue;
            else if (entry.isFile())
                found.push(child);
            else if (entry.isSymbolicLink() &&
                (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, child)).then((s) => s.isFile(), () => false)))
                found.push(child);
        }
    }
    return found.sort();
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