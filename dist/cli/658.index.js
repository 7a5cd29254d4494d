export const id = 658;
export const ids = [658];
export const modules = {

/***/ 1658:
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
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/errors/index.js + 6 modules
var errors = __webpack_require__(5150);
// EXTERNAL MODULE: ./lib/core/store/manifest.js
var store_manifest = __webpack_require__(2048);
// EXTERNAL MODULE: ./lib/core/store/pack.js
var pack = __webpack_require__(6624);
// EXTERNAL MODULE: ./lib/core/config/snapshot.js
var config_snapshot = __webpack_require__(936);
// EXTERNAL MODULE: ./lib/core/config/settings.js
var config_settings = __webpack_require__(2393);
// EXTERNAL MODULE: ./lib/core/store/store.js
var store = __webpack_require__(7288);
// EXTERNAL MODULE: ./lib/core/config/config-version.js
var config_version = __webpack_require__(4679);
;// CONCATENATED MODULE: ./lib/core/inspect/list.js









/** All backups newest first, plus those whose manifest cannot be trusted. Never fails on one bad backup. */
async function listBackups(options) {
    const settings = options.settings ?? config_settings/* DEFAULT_SETTINGS */.a$;
    if (!(await (0,store/* ensureBackupDir */.G2)(options.backupDir, false))) {
        return { backups: [], damaged: [], storage: { bytes: 0, backups: 0 }, current: null };
    }
    const [loaded, current] = await Promise.all([(0,store/* loadAllManifests */.Em)(options.backupDir), currentState(options, settings)]);
    const backups = [];
    const damaged = [];
    const onDisk = new Map();
    const storedProblems = loaded.map((entry) => (entry.manifest ? missingCopies(options.backupDir, entry.dir, entry.manifest, onDisk) : []));
    loaded.forEach((entry, i) => {
        const problems = [...entry.problems, ...(storedProblems[i] ?? [])];
        if (!entry.manifest || problems.length > 0) {
            // A backup a concurrent clean removed while this list ran (its packs may go first) is gone, not damaged.
            if ((0,external_node_fs_.lstatSync)(entry.dir, { throwIfNoEntry: false }))
                damaged.push({ name: entry.name, problems });
        }
        else
            backups.push(summarizeBackup(entry.manifest, entry.dir, current));
    });
    // Unchanged files are hard links or packs shared between backups: each inode counts once.
    const bytes = [...onDisk.values()].reduce((sum, size) => sum + size, 0);
    return {
        backups,
        damaged,
        storage: { bytes, backups: backups.length },
        current: current ? { configVersion: current.configVersion, fileCount: current.files.length } : null,
    };
}
/**
 * Cheap damage check for listing: every stored copy exists with its recorded size. Content
 * checksums are `verify`'s job; this catches missing and truncated files at one stat each,
 * and records each file's inode and size in `onDisk` for the storage total.
 */
function missingCopies(backupDir, dir, manifest, onDisk) {
    const problems = [];
    const record = (info) => {
        if (info)
            onDisk.set(`${info.dev}:${info.ino}`, info.size);
    };
    // Synchronous stats: thousands of them, each far cheaper than a trip through the thread pool.
    const stat = (file) => {
        try {
            return (0,external_node_fs_.statSync)(file);
        }
        catch {
            return undefined;
        }
    };
    record(stat(external_node_path_.join(dir, (0,store_manifest/* manifestFileName */.V6)(manifest))));
    if (manifest.packs) {
        const needed = new Map();
        for (const file of manifest.files) {
            if ((0,store_manifest/* isPackedEntry */.Bd)(file))
                needed.set(file.pack, Math.max(needed.get(file.pack) ?? 0, file.offset + file.storedSize));
        }
        manifest.packs.forEach((id, i) => {
            const info = stat((0,pack/* packPath */.x9)(backupDir, id));
            record(info);
            if (!info)
                problems.push(`pack ${id.slice(0, 12)}… is missing`);
            else if (info.size < (needed.get(i) ?? 0))
                problems.push(`pack ${id.slice(0, 12)}… is truncated`);
        });
        return problems.sort();
    }
    for (const file of manifest.files) {
        const info = stat(external_node_path_.join(dir, ...(file.stored ?? '').split('/')));
        record(info);
        if (!info)
            problems.push(`${file.path}: stored copy is missing`);
        else if (info.size !== file.storedSize)
            problems.push(`${file.path}: stored copy has the wrong size`);
    }
    return problems.sort();
}
async function currentState(options, settings) {
    if (!options.configDir)
        return null;
    try {
        const snapshot = await (0,config_snapshot/* readSnapshot */.RA)({ configDir: options.configDir, backupDir: options.backupDir, settings });
        const versions = snapshot.files.map((f) => ({ path: f.path, version: (0,config_version/* fileVersion */.fB)(f.bytes) }));
        return { files: snapshot.files, configVersion: (0,config_version/* configurationVersion */.jq)(versions) };
    }
    catch (error) {
        // Listing must work even when the config dir is gone: that is when people need backups most.
        if (error instanceof errors/* ConfigDirNotFoundError */.D5 || error instanceof errors/* EmptyConfigError */.xz)
            return null;
        throw error;
    }
}
function summarizeBackup(manifest, dir, current) {
    const summary = {
        name: manifest.name,
        path: dir,
        createdAt: manifest.createdAt,
        totalSize: manifest.totalSize,
        storedSize: manifest.storedSize ?? manifest.totalSize,
        fileCount: manifest.files.length,
        description: manifest.description,
        configVersion: manifest.configVersion,
        trigger: manifest.trigger,
        tags: manifest.tags,
        compressed: manifest.compression === 'gzip',
    };
    if (current)
        summary.comparison = compareWithCurrent(manifest, current);
    return summary;
}
function compareWithCurrent(manifest, current) {
    const difference = (0,config_snapshot/* contentDifference */.Lz)(current.files, manifest.files);
    const reasons = [];
    const backupMajor = (0,config_version/* majorVersion */.iR)(manifest.configVersion);
    const currentMajor = (0,config_version/* majorVersion */.iR)(current.configVersion);
    if (backupMajor !== undefined && currentMajor !== undefined && backupMajor !== currentMajor) {
        reasons.push(`major version ${manifest.configVersion} differs from current ${current.configVersion}`);
    }
    if (manifest.validation && manifest.validation.errors > 0) {
        reasons.push(`${manifest.validation.errors} validation error${manifest.validation.errors === 1 ? '' : 's'}`);
    }
    return { compatible: reasons.length === 0, reasons, difference, summary: describeDifference(difference) };
}
function describeDifference(d) {
    const total = d.added.length + d.removed.length + d.changed.length;
    if (total === 0)
        return 'identical to current';
    const parts = [];
    if (d.changed.length > 0)
        parts.push(`${d.changed.length} file${d.changed.length === 1 ? '' : 's'} differ${d.changed.length === 1 ? 's' : ''}`);
    if (d.removed.length > 0)
        parts.push(`${d.removed.length} only in current`);
    if (d.added.length > 0)
        parts.push(`${d.added.length} only in backup`);
    return parts.join(', ');
}

// EXTERNAL MODULE: ./lib/core/inspect/backup-files.js
var backup_files = __webpack_require__(8478);
// EXTERNAL MODULE: ./lib/core/agents/index.js + 2 modules
var core_agents = __webpack_require__(4670);
// EXTERNAL MODULE: ./lib/core/validate/index.js + 8 modules
var validate = __webpack_require__(3552);
// EXTERNAL MODULE: ./lib/core/inspect/verify.js
var verify = __webpack_require__(1015);
// EXTERNAL MODULE: ./lib/core/store/names.js
var store_names = __webpack_require__(1833);
// EXTERNAL MODULE: ./lib/render/text.js
var render_text = __webpack_require__(2801);
// EXTERNAL MODULE: ./lib/cli/limit.js
var cli_limit = __webpack_require__(2445);
;// CONCATENATED MODULE: ./lib/cli/commands.js











async function createCommand(opts, name, flags) {
    const result = await (0,create/* createBackup */.d)({
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
    });
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
    const all = await listBackups({ backupDir: opts.backupDir, configDir: opts.configDir, settings: opts.settings });
    // Storage and damage still cover the whole store: --limit only shortens the list of backups.
    const result = limit === undefined ? all : { ...all, backups: all.backups.slice(0, limit) };
    const hidden = all.backups.length - result.backups.length;
    return {
        human: (0,render_text/* renderList */.pI)(result, opts.settings.retention, opts.render) + (hidden > 0 ? `(${hidden} older backup${hidden === 1 ? '' : 's'} not shown; --limit ${limit})\n` : ''),
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
                    ? { compatible: b.comparison.compatible, compatibilityProblems: b.comparison.reasons, differences: b.comparison.difference, differenceSummary: b.comparison.summary }
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
    const results = await (0,verify/* verifyBackups */.$Y)(opts.backupDir, names, { record: true });
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
        const agents = await (0,core_agents/* readAgentDefinitions */.Y)({ configDir: opts.configDir, agentsDir: opts.settings.agentsDir });
        report = await (0,validate/* validateConfig */.$r)({ configDir: opts.configDir, backupDir: opts.backupDir, settings: opts.settings, agents });
        source = `Config: ${opts.render.displayPath(opts.configDir)}`;
    }
    const failed = report.summary.errors > 0 || (flags.strict === true && report.summary.warnings > 0);
    return { human: (0,render_text/* renderValidation */.kQ)(report, source, opts.render), json: report, exitCode: failed ? errors/* ExitCode */.yU.failed : errors/* ExitCode */.yU.ok };
}


/***/ }),

/***/ 2445:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ parseLimit)
/* harmony export */ });
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5150);

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

/***/ 4670:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* reexport */ readAgentDefinitions)
});

// UNUSED EXPORTS: agentDefinitionsFrom

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/core/agents/front-matter.js

const OPENING = /^\uFEFF?---[ \t]*$/;
const CLOSING = /^(---|\.\.\.)[ \t]*$/;
/**
 * The agents a set of definition files defines. Problems in a file's front matter become
 * findings, never exceptions, and the file still defines the agent named by its stem: one bad
 * file should not also turn every reference to its agent into an "unknown agent".
 */
async function agentDefinitionsFrom(dir, files) {
    const definitions = [];
    const problems = [];
    // The YAML parser is loaded only when some file has front matter: the pre-commit hook pays
    // for every module it loads.
    let yaml;
    for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
        const file = external_node_path_.posix.join(dir, f.path);
        const stem = external_node_path_.posix.basename(f.path).replace(/\.md$/i, '');
        const lines = f.text.split(/\r?\n/);
        if (!OPENING.test(lines[0] ?? '')) {
            definitions.push({ name: stem, file });
            continue;
        }
        const close = lines.findIndex((line, i) => i > 0 && CLOSING.test(line));
        if (close === -1) {
            problems.push({ kind: 'front-matter', file, line: 1, column: 1, message: 'front matter opened with "---" is never closed: Claude Code cannot read its name' });
            definitions.push({ name: stem, file });
            continue;
        }
        yaml ??= await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
        const found = readName(yaml, lines.slice(1, close).join('\n'));
        if ('problem' in found) {
            // Front matter starts on the file's second line.
            problems.push({ kind: 'front-matter', file, ...(found.line ? { line: found.line + 1, column: found.column ?? 1 } : {}), message: found.problem });
            definitions.push({ name: stem, file });
        }
        else if (found.name === undefined)
            definitions.push({ name: stem, file });
        else
            definitions.push({ name: found.name, file, line: found.line + 1 });
    }
    return { dir, exists: true, definitions, problems };
}
/** `name:` from front matter text; lines counted from 1 within that text. */
function readName(yaml, text) {
    const lineCounter = new yaml.LineCounter();
    const doc = yaml.parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
    const error = doc.errors[0];
    if (error) {
        const at = error.linePos?.[0];
        const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code;
        return { problem: `front matter is not valid YAML: ${reason}`, ...(at ? { line: at.line, column: at.col } : {}) };
    }
    if (doc.contents === null)
        return {};
    if (!yaml.isMap(doc.contents))
        return { problem: 'front matter is not a map of fields (name:, description:, …)', line: 1, column: 1 };
    const node = doc.contents.get('name', true);
    if (node === undefined)
        return {};
    const place = node.range ? lineCounter.linePos(node.range[0]) : { line: 1, col: 1 };
    const value = yaml.isScalar(node) ? node.value : undefined;
    if (typeof value === 'string' && value.trim() !== '')
        return { name: value.trim(), line: place.line };
    return { problem: '"name:" must be a non-empty text', line: place.line, column: place.col };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/errors/index.js + 6 modules
var errors = __webpack_require__(5150);
;// CONCATENATED MODULE: ./lib/core/agents/read-disk.js




/**
 * Reads the agent definition files (`**\/*.md`) under the agents directory on disk. Undefined
 * when the setting turns them off; `exists: false` when there is no such directory.
 */
async function readAgentDefinitions(options) {
    if (options.agentsDir === false)
        return undefined;
    const root = external_node_path_.resolve(options.configDir, options.agentsDir);
    const dir = external_node_path_.relative(external_node_path_.resolve(options.configDir), root).split(external_node_path_.sep).join('/') || '.';
    const isDir = await (0,promises_.stat)(root).then((s) => s.isDirectory(), () => false);
    if (!isDir)
        return { dir, exists: false, definitions: [], problems: [] };
    const files = [];
    const unreadable = [];
    const cannotRead = (relative, error, what, consequence) => void unreadable.push({ kind: 'unreadable', file: external_node_path_.posix.join(dir, relative), message: `cannot read ${what} (${(0,errors/* errnoOf */.UQ)(error) ?? String(error)}): ${consequence}` });
    for (const relative of await listMarkdown(root, (folder, error) => cannotRead(folder, error, 'this folder', 'the agent files in it were not checked'))) {
        try {
            files.push({ path: relative, text: await (0,promises_.readFile)(external_node_path_.join(root, relative), 'utf8') });
        }
        catch (error) {
            cannotRead(relative, error, 'this agent file', 'Claude Code cannot load it either');
        }
    }
    const set = await agentDefinitionsFrom(dir, files);
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
            entries = await (0,promises_.readdir)(external_node_path_.join(root, relative), { withFileTypes: true });
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
            else if (entry.isSymbolicLink() && (await (0,promises_.stat)(external_node_path_.join(root, child)).then((s) => s.isFile(), () => false)))
                found.push(child);
        }
    }
    return found.sort();
}

;// CONCATENATED MODULE: ./lib/core/agents/index.js




/***/ }),

/***/ 8478:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ validateBackup),
/* harmony export */   m: () => (/* binding */ readBackupFiles)
/* harmony export */ });
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5150);
/* harmony import */ var _store_backup_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1883);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1015);
/* harmony import */ var _validate_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3552);
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
/* harmony import */ var _diagnostic_groups_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3970);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9109);


function renderCreate(result, ctx) {
    const { colors: c } = ctx;
    const m = result.manifest;
    if (!result.created) {
        return [
            (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .heading */ .R_)('Configuration Backup Skipped'),
            `✅ Nothing changed since ${c.bold(result.unchangedSince)} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatAge */ .nV)(new Date(m.createdAt), ctx.now)}): no new backup was made.`,
            '',
        ].join('\n');
    }
    const lines = [
        (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .heading */ .R_)('Configuration Backup Created'),
        `📦 Backup: ${c.bold(result.name)}`,
        `📁 Location: ${ctx.displayPath(result.path)}/`,
        '',
        'Files Backed Up:',
        ...m.files.map((f) => `  ✅ ${f.path} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSize */ .Xq)(f.size)})`),
        ...result.skipped.map((s) => `  ${c.yellow('⚠️')}  ${s.path} skipped: ${s.reason}`),
        '',
        'Manifest:',
        `  - Total Size: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSize */ .Xq)(m.totalSize)}`,
        `  - Files: ${m.files.length}`,
        `  - Version: ${m.configVersion ?? 'none'}`,
        `  - Checksum: ${m.checksum.replace(/^sha256:/, '').slice(0, 8)}...`,
    ];
    if (m.compression === 'gzip')
        lines.push(`  - Compressed: gzip (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSize */ .Xq)(m.storedSize)} on disk)`);
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
function validationLine(report, ctx) {
    const { errors, warnings } = report.summary;
    if (errors > 0)
        return `📋 Validation: ${ctx.colors.red(`❌ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(errors, 'error')}`)}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(warnings, 'warning')} (run: orch-backup validate)`;
    if (warnings > 0)
        return `📋 Validation: ${ctx.colors.yellow(`⚠️ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(warnings, 'warning')}`)} (run: orch-backup validate)`;
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
        lines.push(`  ${i + 1}. ${c.bold(b.name)} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatAge */ .nV)(new Date(b.createdAt), ctx.now)})`);
        lines.push(`     Created: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatTime */ .fU)(b.createdAt)} | Trigger: ${b.trigger}${b.tags.length ? ` | Tags: ${b.tags.join(', ')}` : ''}`);
        lines.push(`     Size: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSize */ .Xq)(b.totalSize)} | Files: ${b.fileCount}${version}${b.compressed ? ' | compressed' : ''}`);
        if (b.description)
            lines.push(`     Description: ${b.description}`);
        if (b.comparison) {
            const verdict = b.comparison.compatible ? c.green('✅ compatible') : c.yellow(`⚠️ ${b.comparison.reasons.join('; ')}`);
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
    lines.push(`Storage: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSize */ .Xq)(result.storage.bytes)} used (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(result.storage.backups, 'backup')})`);
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
    const lines = [(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .heading */ .R_)(`Backup: ${loaded.name}`)];
    if (!m)
        return `${lines[0]}\n❌ ${loaded.problems.join('\n❌ ')}\n`;
    const field = (label, value) => `${`${label}:`.padEnd(13)}${value}`;
    lines.push(field('Created', `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatTime */ .fU)(m.createdAt)} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatAge */ .nV)(new Date(m.createdAt), ctx.now)})`), field('Description', m.description ?? '-'), field('Trigger', m.trigger), field('Tags', m.tags.length ? m.tags.join(', ') : '-'), field('Version', m.configVersion ?? 'none'), field('Size', `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSize */ .Xq)(m.totalSize)} in ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(m.files.length, 'file')}${m.compression === 'gzip' ? `, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSize */ .Xq)(m.storedSize)} stored (gzip)` : ''}`), field('Validation', m.validation ? `${m.validation.status} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(m.validation.errors, 'error')}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(m.validation.warnings, 'warning')})` : 'not recorded'), field('Tool', `${m.tool.name} ${m.tool.version}`), field('Checksum', m.checksum), field('Location', `${ctx.displayPath(loaded.dir)}/`), '', 'Files:');
    const width = Math.max(...m.files.map((f) => f.path.length));
    for (const f of m.files) {
        lines.push(`  ${f.path.padEnd(width)}  ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSize */ .Xq)(f.size).padStart(9)}  ${(f.version ? `v${f.version}` : '').padEnd(8)}  sha256:${f.sha256.slice(0, 12)}`);
    }
    for (const problem of loaded.problems)
        lines.push(ctx.colors.red(`❌ ${problem}`));
    return `${lines.join('\n')}\n`;
}
function renderVerify(results, ctx) {
    const { colors: c } = ctx;
    const lines = [(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .heading */ .R_)('Backup Verification'), ''];
    if (results.length === 0)
        lines.push('No backups to verify.');
    for (const r of results) {
        if (r.ok)
            lines.push(`  ✅ ${r.name}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(r.manifest?.files.length ?? 0, 'file')} OK`);
        else {
            lines.push(`  ${c.red('❌')} ${r.name}: damaged`);
            for (const p of r.problems)
                lines.push(`     - ${p.message}`);
        }
    }
    const damaged = results.filter((r) => !r.ok).length;
    lines.push('', damaged === 0 ? c.green(`✅ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(results.length, 'backup')} verified, all intact`) : c.red(`❌ ${damaged} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(results.length, 'backup')} damaged`));
    return `${lines.join('\n')}\n`;
}
function renderValidation(report, source, ctx) {
    const { colors: c } = ctx;
    const lines = [(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .heading */ .R_)('Configuration Validation'), `📁 ${source} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(report.files.length, 'file')})`, ''];
    const group = (severity, title) => {
        const items = report.diagnostics.filter((d) => d.severity === severity);
        if (items.length === 0)
            return;
        lines.push(`${title} (${items.length}):`);
        for (const g of (0,_diagnostic_groups_js__WEBPACK_IMPORTED_MODULE_1__/* .groupDiagnostics */ .O)(items))
            lines.push(`  ${location(g.first)}  ${g.first.message}${(0,_diagnostic_groups_js__WEBPACK_IMPORTED_MODULE_1__/* .groupNote */ .E)(g)}`);
        lines.push('');
    };
    group('error', c.red('❌ Errors'));
    group('warning', c.yellow('⚠️  Warnings'));
    group('info', 'ℹ️  Info');
    const { errors, warnings, info } = report.summary;
    lines.push(`Summary: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(errors, 'error')}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(warnings, 'warning')}, ${info} info`);
    const status = report.status === 'invalid' ? c.red('❌ INVALID') : report.status === 'needs-attention' ? c.yellow('⚠️ NEEDS ATTENTION') : c.green('✅ VALID');
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
