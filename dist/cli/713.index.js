export const id = 713;
export const ids = [713];
export const modules = {

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

/***/ 9713:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  catCommand: () => (/* binding */ catCommand),
  historyCommand: () => (/* binding */ historyCommand),
  tagCommand: () => (/* binding */ tagCommand)
});

// EXTERNAL MODULE: ./lib/errors/index.js + 6 modules
var errors = __webpack_require__(5150);
// EXTERNAL MODULE: ./lib/core/store/backup-reader.js
var backup_reader = __webpack_require__(1883);
// EXTERNAL MODULE: ./lib/core/util/suggest.js
var suggest = __webpack_require__(4674);
;// CONCATENATED MODULE: ./lib/core/inspect/cat.js



/**
 * One file of a backup, as it was backed up (like `restic dump` or `git show REV:path`): read
 * from its loose copy or its pack, and checked against the manifest's size and SHA-256 before
 * anything is returned. `filePath` is relative to the config dir; `./` and `\` are accepted.
 */
async function readBackupFile(backupDir, name, filePath) {
    const backup = await (0,backup_reader/* openBackup */.Tw)(backupDir, name);
    const wanted = filePath.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
    const file = backup.manifest.files.find((f) => f.path === wanted);
    if (!file) {
        const paths = backup.manifest.files.map((f) => f.path);
        // A bare file name finds its file in a subfolder ("teams.json" → "sub/teams.json").
        const byBaseName = paths.filter((p) => p.endsWith(`/${wanted}`));
        const suggestions = byBaseName.length > 0 ? byBaseName.slice(0, 3) : (0,suggest/* closestNames */.g)(wanted, paths);
        throw new errors/* FileNotInBackupError */.zv(name, filePath, paths.length, suggestions);
    }
    return { file, bytes: await backup.read(file) };
}

// EXTERNAL MODULE: ./lib/core/store/names.js
var names = __webpack_require__(1833);
// EXTERNAL MODULE: ./lib/core/store/history.js
var store_history = __webpack_require__(7309);
;// CONCATENATED MODULE: ./lib/core/inspect/history.js

/** The store's operation log newest first, at most `limit` entries (all when omitted). */
async function recentHistory(backupDir, limit) {
    const all = await (0,store_history/* readHistory */.L)(backupDir);
    // Appended in time order; reversing keeps same-millisecond entries in their real order too.
    const newestFirst = all.reverse();
    return { entries: limit === undefined ? newestFirst : newestFirst.slice(0, limit), total: newestFirst.length };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./lib/core/util/fs.js
var fs = __webpack_require__(5637);
// EXTERNAL MODULE: ./lib/core/store/manifest.js
var store_manifest = __webpack_require__(2048);
// EXTERNAL MODULE: ./lib/core/store/store.js
var store = __webpack_require__(7288);
;// CONCATENATED MODULE: ./lib/core/store/tags.js









/** A tag `clean --keep-tag a,b` can name: no comma, no control characters, not blank. */
function assertValidTag(tag) {
    if (tag.trim() === '')
        throw new errors/* UsageError */.eb('a tag cannot be empty');
    if (tag.length > 100)
        throw new errors/* UsageError */.eb(`tag ${JSON.stringify(tag.slice(0, 40))}… is longer than 100 characters`);
    if (tag.includes(','))
        throw new errors/* UsageError */.eb(`tag ${JSON.stringify(tag)} contains a comma (commas separate the tags of a keep-tag policy)`);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this refuses
    if (/[\u0000-\u001f\u007f]/.test(tag))
        throw new errors/* UsageError */.eb(`tag ${JSON.stringify(tag)} contains a control character`);
}
/**
 * Adds and removes tags of an existing backup. The manifest is the only file that changes: it
 * is re-sealed with a new checksum and replaced atomically (written next to the store, fsynced,
 * renamed over the old one) under the store lock, so a reader sees the old or the new manifest,
 * both verifiable. A manifest that does not verify is refused rather than re-sealed: sealing it
 * would make an edited or damaged backup look intact.
 */
async function changeTags(change) {
    (0,names/* assertValidName */.QB)(change.name);
    for (const tag of [...change.add, ...change.remove])
        assertValidTag(tag);
    if (change.add.length + change.remove.length === 0)
        throw new errors/* UsageError */.eb('nothing to change: give --add <tag> or --remove <tag>');
    const lock = await (0,store/* lockStore */.$_)(change.backupDir, 'tag', change.lockTimeoutMs);
    try {
        const loaded = await (0,store/* loadManifest */.eY)(change.backupDir, change.name);
        if (!loaded.manifest)
            throw new errors/* ManifestError */.Sh(change.name, loaded.problems.join('; '));
        if (loaded.problems.length > 0)
            throw new errors/* BackupDamagedError */.EF(change.name, loaded.problems);
        const before = loaded.manifest.tags;
        const removing = new Set(change.remove);
        const tags = [...new Set([...before.filter((t) => !removing.has(t)), ...change.add.filter((t) => !removing.has(t))])];
        if (tags.length === before.length && tags.every((t, i) => t === before[i]))
            return { name: change.name, before, tags, changed: false };
        const { checksum: _old, ...rest } = loaded.manifest;
        await replaceManifest(change.backupDir, loaded.dir, (0,store_manifest/* sealManifest */.DB)({ ...rest, tags }));
        const written = await (0,store/* loadManifest */.eY)(change.backupDir, change.name);
        if (written.problems.length > 0)
            throw new errors/* BackupDamagedError */.EF(change.name, written.problems);
        await (0,store_history/* appendHistory */.b)(change.backupDir, { operation: 'tag', backup: change.name, outcome: 'success', detail: `tags: ${tags.join(', ') || '(none)'}` }).catch(() => undefined);
        return { name: change.name, before, tags, changed: true };
    }
    finally {
        await lock.release();
    }
}
/** Writes the new manifest beside the store (a staging name the next writer removes after a crash) and renames it into place. */
async function replaceManifest(backupDir, dir, manifest) {
    const temporary = external_node_path_.join(backupDir, `${store/* STAGING_PREFIX */.th}tag-${manifest.name}-${process.pid}`);
    const body = (0,store_manifest/* isPacked */.lS)(manifest) ? (0,external_node_zlib_.gzipSync)(`${JSON.stringify(manifest)}\n`, { level: 9 }) : (0,store_manifest/* serializeManifest */.MZ)(manifest);
    await (0,fs/* writeNewFile */.S0)(temporary, body, 0o444);
    try {
        await (0,promises_.rename)(temporary, external_node_path_.join(dir, (0,store_manifest/* manifestFileName */.V6)(manifest)));
    }
    catch (error) {
        await (0,promises_.unlink)(temporary).catch(() => undefined);
        throw error;
    }
    await (0,fs/* fsyncDir */.t_)(dir);
}

// EXTERNAL MODULE: ./lib/cli/limit.js
var limit = __webpack_require__(2445);
// EXTERNAL MODULE: ./lib/render/format.js
var format = __webpack_require__(9109);
;// CONCATENATED MODULE: ./lib/render/verbs.js

function renderHistory(entries, total, ctx) {
    const { colors: c } = ctx;
    const lines = [(0,format/* heading */.R_)('Backup History')];
    if (total === 0)
        return `${lines[0]}\nNo operations recorded yet.\n`;
    lines.push(entries.length < total ? `Newest ${entries.length} of ${(0,format/* plural */.LS)(total, 'entry', 'entries')}:` : `${(0,format/* plural */.LS)(total, 'entry', 'entries')}, newest first:`, '');
    const width = Math.max(...entries.map((e) => e.operation.length));
    for (const e of entries) {
        const mark = e.outcome === 'success' ? c.green('✅') : c.red('❌');
        const trigger = e.trigger && e.trigger !== 'manual' ? ` (${e.trigger})` : '';
        const detail = e.error ? ` — ${e.error.message}` : e.detail ? ` — ${e.detail}` : '';
        lines.push(`  ${(0,format/* formatTime */.fU)(e.time)}  ${mark} ${e.operation.padEnd(width)}  ${e.backup ?? '-'}${trigger}${detail}`);
    }
    return `${lines.join('\n')}\n`;
}
function renderTags(result, ctx) {
    const shown = result.tags.length > 0 ? result.tags.join(', ') : '(none)';
    if (!result.changed)
        return `Backup ${ctx.colors.bold(result.name)} already has these tags: ${shown}. Nothing changed.\n`;
    return `${ctx.colors.green('✅')} Tags of ${ctx.colors.bold(result.name)}: ${shown} (manifest re-sealed, checksum verified)\n`;
}

;// CONCATENATED MODULE: ./lib/cli/verb-commands.js







/** `cat <name> <path>`: the stored bytes on stdout, unchanged; with --json, the file's entry and its text. */
async function catCommand(opts, name, filePath) {
    (0,names/* assertValidName */.QB)(name);
    const { file, bytes } = await readBackupFile(opts.backupDir, name, filePath);
    return {
        human: '',
        bytes,
        json: { name, path: file.path, size: file.size, sha256: file.sha256, content: bytes.toString('utf8') },
        exitCode: errors/* ExitCode */.yU.ok,
    };
}
async function historyCommand(opts, flags) {
    const { entries, total } = await recentHistory(opts.backupDir, (0,limit/* parseLimit */.F)(flags.limit));
    return { human: renderHistory(entries, total, opts.render), json: { entries, total }, exitCode: errors/* ExitCode */.yU.ok };
}
async function tagCommand(opts, name, flags) {
    (0,names/* assertValidName */.QB)(name);
    const result = await changeTags({ backupDir: opts.backupDir, name, add: flags.add ?? [], remove: flags.remove ?? [], lockTimeoutMs: opts.lockTimeoutMs });
    return { human: renderTags(result, opts.render), json: result, exitCode: errors/* ExitCode */.yU.ok };
}


/***/ }),

/***/ 9877:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ resolveConfigRoot),
/* harmony export */   j: () => (/* binding */ scanConfigDir)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4006);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5150);
/* harmony import */ var _owned_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3742);





const NEVER_DESCEND = new Set(['.git', 'node_modules']);
/**
 * Lists the config files to back up. Symlinks are followed only when they resolve to a
 * file inside the config dir: a backup must never pull in (or later overwrite) files
 * elsewhere on the machine. FIFOs and devices are skipped because opening them can block.
 */
async function scanConfigDir(options) {
    const root = await resolveConfigRoot(options.configDir);
    const backupReal = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(options.backupDir).catch(() => node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(options.backupDir));
    const isIncluded = picomatch__WEBPACK_IMPORTED_MODULE_4__(options.include, { dot: false });
    const isExcluded = options.exclude.length > 0 ? picomatch__WEBPACK_IMPORTED_MODULE_4__(options.exclude, { dot: true }) : () => false;
    const wanted = (rel) => isIncluded(rel) && !isExcluded(rel);
    const owned = options.owned ?? _owned_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_OWNED */ .Su;
    const files = [];
    const skipped = [];
    const walk = async (dir, relDir) => {
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
        for (const entry of entries) {
            const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, entry.name);
            const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
            if ((0,_owned_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .ownedPathProblem */ .ic)(rel, owned) === 'owned-path') {
                if (!entry.isDirectory() && wanted(rel))
                    skipped.push({ path: rel, reason: "the tool's own file, never backed up" });
                continue;
            }
            if (entry.isDirectory()) {
                if (NEVER_DESCEND.has(entry.name) || abs === backupReal || abs === options.backupDir)
                    continue;
                await walk(abs, rel);
            }
            else if (entry.isFile()) {
                if (wanted(rel))
                    files.push({ path: rel, absolutePath: abs });
            }
            else if (entry.isSymbolicLink()) {
                const problem = await symlinkProblem(abs, root);
                if (problem === 'directory') {
                    if (wanted(`${rel}/x.json`) || wanted(rel))
                        skipped.push({ path: rel, reason: 'symlinked directory, not followed' });
                }
                else if (wanted(rel)) {
                    if (problem)
                        skipped.push({ path: rel, reason: problem });
                    else
                        files.push({ path: rel, absolutePath: abs });
                }
            }
            else if (wanted(rel)) {
                skipped.push({ path: rel, reason: 'not a regular file' });
            }
        }
    };
    await walk(root, '');
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { root, files, skipped };
}
async function resolveConfigRoot(configDir) {
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(configDir);
        if (!info.isDirectory())
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigDirNotFoundError */ .D5(configDir, 'not-a-directory');
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(configDir);
    }
    catch (error) {
        if (error instanceof _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigDirNotFoundError */ .D5)
            throw error;
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoOf */ .UQ)(error) === 'ENOENT' || (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoOf */ .UQ)(error) === 'ENOTDIR')
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigDirNotFoundError */ .D5(configDir, 'missing');
        throw error;
    }
}
async function symlinkProblem(link, root) {
    let target;
    try {
        target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(link);
    }
    catch {
        return 'broken symlink';
    }
    if (target !== root && !target.startsWith(root + node_path__WEBPACK_IMPORTED_MODULE_1__.sep))
        return 'symlink points outside the config dir, not followed';
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(target);
    if (info.isDirectory())
        return 'directory';
    return info.isFile() ? null : 'symlink to something that is not a regular file';
}


/***/ }),

/***/ 936:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ sameContent),
/* harmony export */   Lz: () => (/* binding */ contentDifference),
/* harmony export */   RA: () => (/* binding */ readSnapshot),
/* harmony export */   fg: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5150);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5637);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9877);
/* harmony import */ var _owned_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3742);






/** Reads every config file once: its bytes, size and SHA-256. */
async function readSnapshot(options) {
    const scan = await (0,_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .scanConfigDir */ .j)({
        configDir: options.configDir,
        backupDir: options.backupDir,
        include: options.settings.include,
        exclude: options.settings.exclude,
        owned: (0,_owned_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .ownedPaths */ .qX)(options),
    });
    const files = await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .mapLimit */ .sf)(scan.files, 8, async (file) => {
        let bytes;
        try {
            bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file.absolutePath);
        }
        catch (error) {
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .FileUnreadableError */ .Wd(file.path, (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoOf */ .UQ)(error), { cause: error });
        }
        return { path: file.path, bytes, size: bytes.length, sha256: sha256Hex(bytes) };
    });
    return { root: scan.root, files, skipped: scan.skipped };
}
function sha256Hex(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
/** True when two file lists hold the same paths with the same content. */
function sameContent(a, b) {
    if (a.length !== b.length)
        return false;
    const byPath = new Map(a.map((f) => [f.path, f.sha256]));
    return b.every((f) => byPath.get(f.path) === f.sha256);
}
/** Which files differ between `from` and `to` (by path and hash). */
function contentDifference(from, to) {
    const before = new Map(from.map((f) => [f.path, f.sha256]));
    const after = new Map(to.map((f) => [f.path, f.sha256]));
    const added = [...after.keys()].filter((p) => !before.has(p));
    const removed = [...before.keys()].filter((p) => !after.has(p));
    const changed = [...after.keys()].filter((p) => before.has(p) && before.get(p) !== after.get(p));
    return { added, removed, changed };
}


/***/ }),

/***/ 1883:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tw: () => (/* binding */ openBackup),
/* harmony export */   Ud: () => (/* binding */ storedContentReader),
/* harmony export */   m3: () => (/* binding */ storedCopyProblem)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8522);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5150);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2048);
/* harmony import */ var _pack_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6624);
/* harmony import */ var _config_snapshot_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(936);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7288);









const gunzip = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_zlib__WEBPACK_IMPORTED_MODULE_3__.gunzip);
/** Opens a backup whose manifest checks out; reads no file content yet. */
async function openBackup(backupDir, name) {
    const loaded = await (0,_store_js__WEBPACK_IMPORTED_MODULE_8__/* .loadManifest */ .eY)(backupDir, name);
    if (!loaded.manifest)
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .ManifestError */ .Sh(name, loaded.problems.join('; '));
    if (loaded.problems.length > 0)
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupDamagedError */ .EF(name, loaded.problems);
    const { dir, manifest } = loaded;
    const content = storedContentReader(backupDir, dir, manifest);
    return {
        name,
        dir,
        manifest,
        read: async (file) => {
            let bytes;
            try {
                bytes = await content(file);
            }
            catch (error) {
                throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupDamagedError */ .EF(name, [storedCopyProblem(manifest, file, error).message]);
            }
            if (bytes.length !== file.size || (0,_config_snapshot_js__WEBPACK_IMPORTED_MODULE_7__/* .sha256Hex */ .fg)(bytes) !== file.sha256)
                throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupDamagedError */ .EF(name, [`${file.path}: content changed`]);
            return bytes;
        },
    };
}
/** Why a file's stored copy could not be read, in the words `verify`, `restore` and `diff` all use. */
function storedCopyProblem(manifest, file, error) {
    const where = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .isPackedEntry */ .Bd)(file) ? `in pack ${manifest.packs?.[file.pack]?.slice(0, 12)}…` : file.stored;
    const code = (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error);
    if (code === 'ENOENT')
        return { kind: 'missing', message: `${file.path}: stored copy ${where} is missing` };
    if (code === 'ETRUNCATED')
        return { kind: 'altered', message: `${file.path}: stored copy ${where} is truncated` };
    if (code === 'EACCES' || code === 'EPERM' || code === 'EISDIR')
        return { kind: 'unreadable', message: `${file.path}: stored copy is unreadable (${code})` };
    return { kind: 'unreadable', message: `${file.path}: stored copy ${where} is corrupt (${code ?? error.message})` };
}
/**
 * Reads files' content as stored, unchecked. Files of one pack block share a gzip member;
 * the last few decompressed members are kept so reading a backup in order inflates each once.
 */
function storedContentReader(backupDir, dir, manifest) {
    const members = new Map();
    return async (file) => {
        if (!(0,_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .isPackedEntry */ .Bd)(file)) {
            const stored = file.stored ?? '';
            const raw = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, ...stored.split('/')));
            return stored.endsWith('.gz') ? gunzip(raw) : raw;
        }
        const pack = (0,_pack_js__WEBPACK_IMPORTED_MODULE_6__/* .packPath */ .x9)(backupDir, manifest.packs?.[file.pack] ?? '');
        const key = `${file.pack}:${file.offset}`;
        let member = members.get(key);
        if (!member) {
            member = (0,_pack_js__WEBPACK_IMPORTED_MODULE_6__/* .readMember */ .hd)(pack, file.offset, file.storedSize);
            members.set(key, member);
            if (members.size > 8)
                members.delete(members.keys().next().value);
        }
        const content = await member;
        if (file.start + file.size > content.length)
            throw Object.assign(new Error('short member'), { code: 'ETRUNCATED' });
        return content.subarray(file.start, file.start + file.size);
    };
}


/***/ }),

/***/ 6624:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lb: () => (/* binding */ PACKS_DIR),
/* harmony export */   hd: () => (/* binding */ readMember),
/* harmony export */   lp: () => (/* binding */ PackWriter),
/* harmony export */   rD: () => (/* binding */ removeUnreferencedPacks),
/* harmony export */   x9: () => (/* binding */ packPath)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7975);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8522);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5150);






const gzip = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_zlib__WEBPACK_IMPORTED_MODULE_4__.gzip);
const gunzip = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_zlib__WEBPACK_IMPORTED_MODULE_4__.gunzip);
/** Packs live beside the backups; the leading dot keeps the directory out of the backup names. */
const PACKS_DIR = '.packs';
/**
 * Files are compressed in blocks of about this many bytes, one gzip member per block: small
 * JSON files compress far better together (deflate reuses the previous file's text), and a
 * reader still decompresses at most one block to reach any file.
 */
const BLOCK_BYTES = 1 << 20;
/** Blocks being compressed at once: the thread pool does the work while the caller reads and validates. */
const BLOCKS_IN_FLIGHT = 4;
function packPath(backupDir, id) {
    return node_path__WEBPACK_IMPORTED_MODULE_2__.join(backupDir, PACKS_DIR, `${id}.pack`);
}
/**
 * Writes a new pack file: the files given to `add`, grouped into blocks, each block one gzip
 * member, appended in order. The pack's id is the SHA-256 of its bytes, computed as written.
 */
class PackWriter {
    handle;
    level;
    locations = [];
    hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    size = 0;
    block = [];
    blockBytes = 0;
    blockFiles = [];
    written = Promise.resolve();
    inFlight = 0;
    failure;
    constructor(handle, level) {
        this.handle = handle;
        this.level = level;
    }
    static async create(file, level) {
        return new PackWriter(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'wx', 0o444), level);
    }
    added = 0;
    get fileCount() {
        return this.added;
    }
    /** Queues one file's bytes; resolves when memory allows the next one. Returns its index. */
    async add(bytes) {
        const index = this.added++;
        this.blockFiles.push(index);
        this.block.push(bytes);
        this.blockBytes += bytes.length;
        if (this.blockBytes >= BLOCK_BYTES)
            this.flushBlock();
        while (this.inFlight >= BLOCKS_IN_FLIGHT && this.failure === undefined)
            await this.written;
        if (this.failure !== undefined)
            throw this.failure;
        return index;
    }
    /** Writes the last block, fsyncs and closes; returns the pack's id and size. */
    async finish() {
        this.flushBlock();
        await this.written;
        if (this.failure !== undefined)
            throw this.failure;
        await this.handle.sync();
        await this.handle.close();
        return { id: this.hash.digest('hex'), size: this.size };
    }
    async abort() {
        await this.written.catch(() => undefined);
        await this.handle.close().catch(() => undefined);
    }
    flushBlock() {
        if (this.blockFiles.length === 0)
            return;
        const files = this.blockFiles;
        const content = this.block.length === 1 ? this.block[0] : Buffer.concat(this.block);
        const starts = [];
        let start = 0;
        for (const part of this.block) {
            starts.push(start);
            start += part.length;
        }
        this.block = [];
        this.blockBytes = 0;
        this.blockFiles = [];
        this.inFlight++;
        // A large output chunk: the default 16 KiB one costs a main-thread callback per chunk.
        const compressed = gzip(content, { level: this.level, chunkSize: 256 * 1024 });
        this.written = this.written.then(async () => {
            try {
                if (this.failure !== undefined)
                    return;
                const member = await compressed;
                await this.handle.write(member);
                this.hash.update(member);
                files.forEach((file, i) => {
                    this.locations[file] = { offset: this.size, storedSize: member.length, start: starts[i] };
                });
                this.size += member.length;
            }
            catch (error) {
                this.failure ??= error;
            }
            finally {
                this.inFlight--;
            }
        });
        compressed.catch(() => undefined);
    }
}
/** Reads one gzip member of a pack and returns its decompressed content. */
async function readMember(file, offset, length) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r');
    try {
        const raw = Buffer.allocUnsafe(length);
        const { bytesRead } = await handle.read(raw, 0, length, offset);
        if (bytesRead !== length)
            throw Object.assign(new Error(`pack ends ${length - bytesRead} bytes early`), { code: 'ETRUNCATED' });
        // One callback per MiB of output instead of per 16 KiB: a member inflates to about a block.
        return await gunzip(raw, { chunkSize: BLOCK_BYTES });
    }
    finally {
        await handle.close();
    }
}
/**
 * Deletes packs no backup references (left by a create that crashed before publishing, or
 * freed by clean). Callers hold the store lock. A backup whose manifest cannot be read might
 * reference any pack, so then nothing is deleted.
 */
async function removeUnreferencedPacks(backupDir, loaded) {
    if (loaded.some((entry) => !entry.manifest))
        return [];
    const referenced = new Set(loaded.flatMap((entry) => entry.manifest?.packs ?? []));
    let names;
    try {
        names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(backupDir, PACKS_DIR));
    }
    catch (error) {
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .errnoOf */ .UQ)(error) === 'ENOENT')
            return [];
        throw error;
    }
    const removed = [];
    for (const name of names) {
        const id = /^([0-9a-f]{64})\.pack$/.exec(name)?.[1];
        if (!id || referenced.has(id))
            continue;
        const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(backupDir, PACKS_DIR, name);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(file).catch((error) => {
            if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .errnoOf */ .UQ)(error) !== 'ENOENT')
                throw error;
        });
        removed.push(id);
    }
    return removed;
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
const relative = { format: (value, unit) => (relativeFormat ??= new Intl.RelativeTimeFormat('en', { numeric: 'auto' })).format(value, unit) };
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


/***/ })

};
