"use strict";
exports.id = 660;
exports.ids = [660];
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

/***/ 7660:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cleanCommand: () => (/* binding */ cleanCommand),
  exportCommand: () => (/* binding */ exportCommand),
  importCommand: () => (/* binding */ importCommand),
  policyFromFlags: () => (/* binding */ policyFromFlags),
  unlockCommand: () => (/* binding */ unlockCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(8697);
// EXTERNAL MODULE: ./lib/errors/index.js + 5 modules
var errors = __webpack_require__(8378);
// EXTERNAL MODULE: ./lib/core/util/fs.js
var fs = __webpack_require__(5637);
// EXTERNAL MODULE: ./lib/core/util/progress.js
var progress = __webpack_require__(4301);
// EXTERNAL MODULE: ./lib/core/store/history.js
var store_history = __webpack_require__(7309);
// EXTERNAL MODULE: ./lib/core/store/manifest.js
var store_manifest = __webpack_require__(2048);
// EXTERNAL MODULE: ./lib/core/store/names.js
var names = __webpack_require__(1833);
// EXTERNAL MODULE: ./node_modules/minizlib/dist/esm/index.js + 2 modules
var esm = __webpack_require__(7430);
// EXTERNAL MODULE: ./lib/core/store/backup-reader.js
var backup_reader = __webpack_require__(1883);
;// CONCATENATED MODULE: ./lib/core/archive/portable.js







/** One gzip member, its header portable (OS byte "unknown"): the bytes do not depend on the machine that made them. */
function gzipPortable(bytes) {
    const chunks = [];
    const zip = new esm/* Gzip */.Ne({ level: 9, portable: true });
    zip.on('data', (chunk) => chunks.push(chunk));
    zip.end(bytes); // minizlib compresses synchronously: every chunk is out once end() returns
    return Buffer.concat(chunks);
}
async function portableBackup(backupDir, name) {
    // Every file is read through the reader, which checks it against the manifest: the backup
    // could change between the export's verify and here.
    const backup = await (0,backup_reader/* openBackup */.Tw)(backupDir, name);
    const { dir, manifest } = backup;
    if (!manifest.packs) {
        const manifestBytes = await (0,promises_.readFile)(external_node_path_.join(dir, store_manifest/* MANIFEST_FILE */.h1));
        // The bytes that travel must be the manifest that was checked (backups are never rewritten).
        if (JSON.parse(manifestBytes.toString('utf8')).checksum !== manifest.checksum) {
            throw new errors/* BackupDamagedError */.EF(name, ['manifest.json changed while exporting']);
        }
        return {
            manifest: manifest,
            manifestBytes,
            stored: async (file) => {
                const content = await backup.read(file);
                return file.stored.endsWith('.gz') ? (0,promises_.readFile)(external_node_path_.join(dir, ...file.stored.split('/'))) : content;
            },
        };
    }
    const members = await (0,fs/* mapLimit */.sf)(manifest.files, 4, async (file) => gzipPortable(await backup.read(file)));
    const { checksum: _packed, packs: _packs, ...rest } = manifest;
    const files = manifest.files.map((file, i) => ({
        path: file.path,
        size: file.size,
        sha256: file.sha256,
        ...(file.version === undefined ? {} : { version: file.version }),
        stored: `${store_manifest/* FILES_DIR */.qM}/${file.path}.gz`,
        storedSize: members[i].length,
    }));
    const portable = (0,store_manifest/* sealManifest */.DB)({
        ...rest,
        formatVersion: store_manifest/* LOOSE_FORMAT_VERSION */.GV,
        files,
        storedSize: files.reduce((s, f) => s + f.storedSize, 0),
    });
    const byPath = new Map(files.map((f, i) => [f.stored, members[i]]));
    return {
        manifest: portable,
        manifestBytes: Buffer.from((0,store_manifest/* serializeManifest */.MZ)(portable)),
        stored: async (file) => byPath.get(file.stored),
    };
}

// EXTERNAL MODULE: ./lib/core/inspect/verify.js
var verify = __webpack_require__(1015);
;// CONCATENATED MODULE: ./lib/core/archive/export.js















/** Quotes a name taken from an archive so that a hostile one cannot break the one-line message. */
function quoteEntry(name) {
    return JSON.stringify(name.length > 120 ? `${name.slice(0, 120)}…` : name);
}
function defaultArchiveName(backupName) {
    return `${backupName}.tar.gz`;
}
/**
 * Writes one verified backup as a deterministic `.tar.gz` (`<name>/manifest.json`,
 * `<name>/files/…`): same backup, same bytes. Never overwrites `output`; the archive
 * appears whole or not at all.
 */
async function exportBackup(options) {
    const { backupDir, name } = options;
    const file = external_node_path_.resolve(options.output);
    try {
        (0,names/* assertValidName */.QB)(name);
        if (isInside(external_node_path_.resolve(backupDir, name), file))
            throw new errors/* UsageError */.eb(`cannot write the export of ${JSON.stringify(name)} inside the backup itself (${file})`);
        if (await exists(file))
            throw new errors/* OutputExistsError */.aH(file);
        const check = await (0,verify/* verifyBackup */.gu)(backupDir, name, options.onProgress ? { onProgress: options.onProgress } : {});
        if (!check.ok)
            throw new errors/* BackupDamagedError */.EF(name, check.problems.map((p) => p.message));
        const result = await writeNewArchive(file, packArchive(await portableBackup(backupDir, name), options.onProgress), options.signal);
        await (0,store_history/* appendHistory */.b)(backupDir, {
            operation: 'export',
            backup: name,
            outcome: 'success',
            detail: `to ${file}`,
        }).catch(() => undefined);
        return { file, ...result };
    }
    catch (error) {
        const failure = options.signal?.aborted
            ? new errors/* OperationInterruptedError */.Cz('export', 'nothing-changed')
            : error instanceof errors/* OrchBackupError */.FY
                ? error
                : new errors/* StoreWriteError */.NW(file, (0,errors/* errnoOf */.UQ)(error), { cause: error });
        await (0,store_history/* appendHistory */.b)(backupDir, { operation: 'export', backup: name, outcome: 'failure', error: failure.toJSON() });
        throw failure;
    }
}
const FILE_MODE = 0o644;
const DIR_MODE = 0o755;
/**
 * The archive, gzipped, as node-tar's Pack writes it: portable (no owner, no atime/ctime,
 * directories without mtime, gzip OS byte "unknown"), every file with the backup's own time,
 * so the bytes depend on nothing but the backup. Entries are fed one at a time: memory holds
 * one stored copy, not the backup.
 */
function packArchive(backup, onProgress) {
    const { manifest } = backup;
    const tick = (0,progress/* progressCounter */.Q)(onProgress, 'writing', manifest.files.length);
    const mtime = new Date(Math.max(0, Math.floor(Date.parse(manifest.createdAt) / 1000)) * 1000);
    const pack = new index_min/* Pack */.mM({ mtime, gzip: { level: 9, portable: true } });
    const feed = async () => {
        for (const item of tarItems(backup)) {
            const data = item.type === 'File' ? await item.read() : Buffer.alloc(0);
            if (item.type === 'File' && item.path !== store_manifest/* MANIFEST_FILE */.h1)
                tick();
            const entryPath = item.path === '' ? `${manifest.name}/` : `${manifest.name}/${item.path}${item.type === 'Directory' ? '/' : ''}`;
            const entry = new index_min/* ReadEntry */.lf(new index_min/* Header */.Y9({
                path: entryPath,
                type: item.type,
                size: data.length,
                mode: item.type === 'File' ? FILE_MODE : DIR_MODE,
                uid: 0,
                gid: 0,
                mtime,
            }));
            entry.end(data);
            // Backpressure: when the archive is not flowing, the next stored copy is read once this one
            // has gone into it. Pack's own 'drain' is not a writable's: with gzip it can fail to come,
            // and an export of 10,103 files then never finished; an entry's 'end' always does.
            if (!pack.write(entry))
                await new Promise((resolve) => entry.once('end', resolve));
        }
        pack.end();
    };
    feed().catch((error) => pack.emit('error', error));
    return pack;
}
/** Manifest first (so a reader meets it early), then the directories and files in path order. */
function tarItems({ manifest, manifestBytes, stored }) {
    const dirs = new Set([store_manifest/* FILES_DIR */.qM]);
    for (const file of manifest.files) {
        const segments = file.stored.split('/');
        for (let i = 1; i < segments.length; i++)
            dirs.add(segments.slice(0, i).join('/'));
    }
    const tree = [
        ...[...dirs].map((p) => ({ path: p, type: 'Directory' })),
        ...manifest.files.map((file) => ({ path: file.stored, type: 'File', read: () => stored(file) })),
    ];
    // '/' sorted as the lowest character puts each directory right before its contents.
    const key = (item) => item.path.replaceAll('/', '\0');
    tree.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    return [
        { path: '', type: 'Directory' },
        { path: store_manifest/* MANIFEST_FILE */.h1, type: 'File', read: async () => manifestBytes },
        ...tree,
    ];
}
/** Writes the gzipped archive into a temp file beside `file`, fsyncs it, then links it into place unless `file` exists. */
async function writeNewArchive(file, archive, signal) {
    const temp = external_node_path_.join(external_node_path_.dirname(file), `.${external_node_path_.basename(file)}.${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let bytes = 0;
    const handle = await (0,promises_.open)(temp, 'wx', 0o644);
    const sink = new external_node_stream_.Writable({
        write(chunk, _encoding, done) {
            bytes += chunk.length;
            hash.update(chunk);
            writeAll(handle, chunk).then(() => done(), done);
        },
    });
    try {
        try {
            await (0,external_node_stream_promises_.pipeline)(archive, sink, ...(signal ? [{ signal }] : []));
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await publish(temp, file);
        await (0,fs/* fsyncDir */.t_)(external_node_path_.dirname(file));
    }
    catch (error) {
        await (0,promises_.unlink)(temp);
        throw error;
    }
    return { bytes, sha256: hash.digest('hex') };
}
async function writeAll(handle, chunk) {
    for (let offset = 0; offset < chunk.length;)
        offset += (await handle.write(chunk, offset, chunk.length - offset)).bytesWritten;
}
/** `link` fails when the target exists, unlike `rename`; file systems without hard links fall back to check-then-rename. */
async function publish(temp, file) {
    try {
        await (0,promises_.link)(temp, file);
    }
    catch (error) {
        if ((0,errors/* errnoOf */.UQ)(error) === 'EEXIST')
            throw new errors/* OutputExistsError */.aH(file);
        if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EMLINK'].includes((0,errors/* errnoOf */.UQ)(error) ?? ''))
            throw error;
        if (await exists(file))
            throw new errors/* OutputExistsError */.aH(file);
        await (0,promises_.rename)(temp, file);
        return;
    }
    await (0,promises_.unlink)(temp);
}
function isInside(dir, file) {
    const relative = external_node_path_.relative(dir, file);
    return relative === '' || (relative.split(external_node_path_.sep)[0] !== '..' && !external_node_path_.isAbsolute(relative));
}
async function exists(file) {
    try {
        await (0,promises_.lstat)(file);
        return true;
    }
    catch (error) {
        if ((0,errors/* errnoOf */.UQ)(error) === 'ENOENT')
            return false;
        throw error;
    }
}
const DEFAULT_ARCHIVE_LIMITS = {
    maxTotalBytes: 512 * 1024 * 1024,
    maxFileBytes: 128 * 1024 * 1024,
    maxEntries: 10_000,
};
/** Only plain files and directories may come out of an archive. */
function entryKind(entry, reject) {
    const where = `entry ${quoteEntry(entry.path)}`;
    switch (entry.type) {
        case 'File':
        case 'OldFile':
        case 'ContiguousFile':
            if (entry.linkpath)
                throw reject('link', `${where} carries a link target`, entry.path);
            return 'file';
        case 'Directory':
            return 'directory';
        case 'SymbolicLink':
        case 'Link':
            throw reject('link', `${where} is a ${entry.type === 'Link' ? 'hard' : 'symbolic'} link (to ${quoteEntry(entry.linkpath ?? '')}); links are never imported`, entry.path);
        case 'CharacterDevice':
        case 'BlockDevice':
        case 'FIFO':
            throw reject('special-file', `${where} is a ${entry.type === 'FIFO' ? 'FIFO' : 'device'}; only files and directories are imported`, entry.path);
        default:
            throw reject('unsupported-entry', `${where} has an unsupported type (${entry.type})`, entry.path);
    }
}
/** `./x` and `x/` name `x`; the archive root itself (`./`) is the empty path. Anything that could leave the root is refused. */
function normalisedPath(raw, reject) {
    if (raw.startsWith('/') || /^[A-Za-z]:/.test(raw))
        throw reject('absolute-path', `entry ${quoteEntry(raw)} has an absolute path`, raw);
    let p = raw;
    while (p.startsWith('./'))
        p = p.slice(2);
    if (p.endsWith('/'))
        p = p.slice(0, -1);
    if (p === '' || p === '.')
        return '';
    if (p.split(/[\\/]/).includes('..'))
        throw reject('traversal', `entry ${quoteEntry(raw)} climbs out of the archive with ".."`, raw);
    if (!(0,store_manifest/* isSafeRelativePath */.VH)(p))
        throw reject('unsafe-path', `entry ${quoteEntry(raw)} has an unsafe path`, raw);
    return p;
}
/** Zero-block trailers, pax records and padding may add this much to the content. */
const OVERHEAD_PER_ENTRY = 4 * 512;
const GZIP_MAGIC = [0x1f, 0x8b];
/** O_NONBLOCK so that a FIFO given as the archive cannot hang the open. */
async function openArchive(archive, limits, reject) {
    let handle;
    try {
        handle = await (0,promises_.open)(archive, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0));
    }
    catch (error) {
        const code = (0,errors/* errnoOf */.UQ)(error);
        throw reject('unreadable', code === 'ENOENT' ? 'the file does not exist' : `cannot open it (${code ?? String(error)})`);
    }
    try {
        const info = await handle.stat();
        if (!info.isFile())
            throw reject('unreadable', 'it is not a regular file');
        if (info.size > limits.maxTotalBytes + limits.maxEntries * OVERHEAD_PER_ENTRY)
            throw reject('too-large', `it has ${info.size} bytes, more than the import limit`);
        const magic = Buffer.alloc(2);
        await handle.read(magic, 0, 2, 0);
        if (magic[0] !== GZIP_MAGIC[0] || magic[1] !== GZIP_MAGIC[1])
            throw reject('not-gzip', 'it is not a gzip-compressed tar archive (.tar.gz)');
        return handle;
    }
    catch (error) {
        await handle.close();
        throw error;
    }
}
function tarError(error, sawEntry, reject) {
    if (/Unrecognized archive format/.test(error.message) || (!sawEntry && error.tarCode === 'TAR_ENTRY_INVALID'))
        return reject('not-a-tar', 'it is not a tar archive');
    if (/Truncated input/.test(error.message))
        return reject('truncated', 'the archive is truncated (an entry ends early)');
    return reject('corrupt', `the tar stream is damaged (${error.message.replace(/\s+/g, ' ')})`);
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./lib/core/archive/limits.js


/** Half the physical memory: the archive is held in memory while it is checked. */
function memoryCeiling() {
    return Math.floor((0,external_node_os_.totalmem)() / 2);
}
function initialLimits(given) {
    const explicit = Object.fromEntries(Object.entries(given ?? {}).filter(([, v]) => v !== undefined));
    return { ...DEFAULT_ARCHIVE_LIMITS, ...explicit, source: Object.keys(explicit).length > 0 ? 'caller' : 'defaults' };
}
/** The limits a manifest declares, or undefined when it declares nothing usable (then the defaults stay). */
function limitsFromManifest(bytes) {
    let manifest;
    try {
        manifest = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        return undefined;
    }
    const files = manifest?.files;
    if (!Array.isArray(files))
        return undefined;
    let total = bytes.length;
    let largest = bytes.length;
    let content = 0;
    const dirs = new Set(['', 'files']);
    for (const file of files) {
        const stored = typeof file?.storedSize === 'number' && Number.isSafeInteger(file.storedSize) && file.storedSize >= 0
            ? file.storedSize
            : undefined;
        const size = typeof file?.size === 'number' && Number.isSafeInteger(file.size) && file.size >= 0 ? file.size : undefined;
        if (stored === undefined || size === undefined || typeof file.stored !== 'string')
            return undefined;
        total += stored;
        content += size;
        largest = Math.max(largest, stored, size);
        const segments = file.stored.split('/');
        for (let i = 1; i < segments.length; i++)
            dirs.add(segments.slice(0, i).join('/'));
    }
    const ceiling = memoryCeiling();
    // A little room beyond the declaration, so that a few stray files are reported by name
    // ("not listed in the manifest") rather than as a size limit.
    return {
        source: 'manifest',
        maxFileBytes: Math.min(Math.max(largest, SLACK_BYTES), ceiling),
        maxTotalBytes: Math.min(Math.max(total, content) + SLACK_BYTES, ceiling),
        // Every file, every directory, the manifest and the top-level directory.
        maxEntries: files.length + dirs.size + 2 + SLACK_ENTRIES,
    };
}
const SLACK_BYTES = 1024 * 1024;
const SLACK_ENTRIES = 64;
/** The most the gzip stream may inflate to: the content plus tar's headers and padding. */
function streamCap(limits) {
    return limits.maxTotalBytes + (limits.maxEntries + 2) * OVERHEAD_PER_ENTRY;
}
/** What a decompressed stream starts with when it is compressed again (node-tar would inflate some of these itself). */
const NESTED_FORMATS = [
    { name: 'gzip', magic: [0x1f, 0x8b] },
    { name: 'zstd', magic: [0x28, 0xb5, 0x2f, 0xfd] },
    { name: 'xz', magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
    { name: 'lz4', magic: [0x04, 0x22, 0x4d, 0x18] },
];
/** Bytes needed to recognise any of them (bzip2: "BZh", a level digit, then the block magic). */
const NESTED_MAGIC_BYTES = 10;
/** The compression format the inflated stream starts with, if it is compressed again. */
function nestedCompression(head) {
    const found = NESTED_FORMATS.find(({ magic }) => head.length >= magic.length && magic.every((byte, i) => head[i] === byte))?.name;
    if (found)
        return found;
    // Printable, so a tar entry could start with it: only the full bzip2 header counts.
    const bzip2 = head.length >= 10 &&
        head.toString('latin1', 0, 3) === 'BZh' &&
        head[3] >= 0x31 &&
        head[3] <= 0x39 &&
        head.subarray(4, 10).equals(Buffer.from([0x31, 0x41, 0x59, 0x26, 0x53, 0x59]));
    return bzip2 ? 'bzip2' : undefined;
}

// EXTERNAL MODULE: ./lib/core/util/interrupt.js
var interrupt = __webpack_require__(2763);
// EXTERNAL MODULE: ./lib/core/config/owned-paths.js
var owned_paths = __webpack_require__(3742);
;// CONCATENATED MODULE: ./lib/core/archive/owned-paths.js



/**
 * A backup's content is config, never the tool's own files: an archive naming the settings file
 * (which can switch redaction off) or a path in the store (another backup's manifest) is refused.
 */
function refuseOwnedPaths(archive, manifest, owned) {
    for (const file of manifest.files) {
        const problem = (0,owned_paths/* ownedPathProblem */.ic)(file.path, owned);
        if (problem === 'owned-path') {
            throw new errors/* ArchiveRejectedError */.$4(archive, 'unsafe-path', `its manifest names ${quoteEntry(file.path)}, which belongs to the tool (its settings, store or restore scratch), not to a config`, file.path);
        }
        if (problem)
            throw new errors/* ArchiveRejectedError */.$4(archive, 'unsafe-path', `its manifest names ${quoteEntry(file.path)}, which is not a safe relative path`, file.path);
    }
}

// EXTERNAL MODULE: ./lib/core/config/settings.js
var config_settings = __webpack_require__(2393);
// EXTERNAL MODULE: ./lib/core/config/snapshot.js
var snapshot = __webpack_require__(936);
// EXTERNAL MODULE: ./lib/core/store/store.js
var store = __webpack_require__(7288);
// EXTERNAL MODULE: ./lib/core/validate/index.js + 10 modules
var validate = __webpack_require__(8676);
;// CONCATENATED MODULE: ./lib/core/archive/import.js





















const gunzip = (0,external_node_util_.promisify)(external_node_zlib_.gunzip);
/**
 * Imports a backup from a `.tar.gz` (an export, or `tar czf` of a backup directory, with or
 * without its top-level directory). Archives are untrusted: every entry, the manifest, every
 * checksum and the content are checked in memory before anything is written; then the backup
 * is built in a staging dir under the store lock and renamed into place, never over another.
 */
async function importArchive(options) {
    const settings = options.settings ?? config_settings/* DEFAULT_SETTINGS */.a$;
    const archive = external_node_path_.resolve(options.file);
    try {
        if (options.name !== undefined)
            (0,names/* assertNewName */.AP)(options.name);
        const read = await readArchiveEntries(archive, initialLimits(options.limits));
        const limits = read.limits;
        const tree = backupTree(archive, read.entries);
        const original = readManifest(archive, tree);
        refuseOwnedPaths(archive, original.manifest, (0,owned_paths/* ownedPaths */.qX)(options));
        assertNotFuture(archive, original.manifest.createdAt, options.now ?? new Date());
        const documents = await checkContents(archive, original.manifest, tree, limits);
        const validation = await (0,validate/* validateDocuments */.$)(documents, { settings });
        const syntax = validation.diagnostics.find((d) => d.code === 'json-syntax' || d.code === 'encoding');
        if (syntax && !options.allowInvalid) {
            const where = `${syntax.file ?? '?'}${syntax.line ? `:${syntax.line}:${syntax.column ?? 1}` : ''}`;
            throw new errors/* ArchiveRejectedError */.$4(archive, 'invalid-json', `${where}: ${syntax.message}`, syntax.file);
        }
        const name = options.name ?? original.manifest.name;
        (0,names/* assertNewName */.AP)(name);
        const renamed = name !== original.manifest.name;
        const manifest = renamed ? renameManifest(original.manifest, name) : original.manifest;
        const manifestBytes = renamed ? Buffer.from((0,store_manifest/* serializeManifest */.MZ)(manifest)) : original.bytes;
        const dir = await writeImported(options.backupDir, name, manifest, manifestBytes, tree.files, options.lockTimeoutMs ?? settings.lockTimeoutMs, (0,interrupt/* interruptible */.I)(options.faults, options.signal, 'import'), options.onProgress);
        const detail = `from ${archive}${renamed ? `; renamed from ${JSON.stringify(original.manifest.name)}` : ''}`;
        await (0,store_history/* appendHistory */.b)(options.backupDir, {
            operation: 'import',
            backup: name,
            outcome: 'success',
            trigger: manifest.trigger,
            detail,
        });
        return { name, path: dir, manifest, validation, ...(renamed ? { renamedFrom: original.manifest.name } : {}) };
    }
    catch (error) {
        const failure = error instanceof errors/* OrchBackupError */.FY
            ? error
            : new errors/* StoreWriteError */.NW(options.backupDir, (0,errors/* errnoOf */.UQ)(error), { cause: error });
        await (0,store_history/* appendHistory */.b)(options.backupDir, {
            operation: 'import',
            backup: options.name ?? null,
            outcome: 'failure',
            detail: `from ${archive}`,
            error: failure.toJSON(),
        });
        throw failure;
    }
}
/** Clocks disagree by minutes, time zones by hours; a day covers both. */
const MAX_FUTURE_MS = 24 * 60 * 60 * 1000;
/**
 * A backup dated in the future would stay "the newest" for years: it would hide every real
 * backup from `--skip-if-unchanged` and `list`'s ordering, so it is refused, not clamped
 * (clamping would change the manifest the archive's checksum seals).
 */
function assertNotFuture(archive, createdAt, now) {
    const time = Date.parse(createdAt);
    if (time - now.getTime() > MAX_FUTURE_MS) {
        throw new errors/* ArchiveRejectedError */.$4(archive, 'future-date', `the backup is dated ${createdAt}, more than a day after this machine's clock (${now.toISOString()}); check the clock of the machine that made it`);
    }
}
/** Pax records and GNU long names hold a path; bigger ones are refused. */
const MAX_META_ENTRY = 64 * 1024;
/**
 * Reads every entry of an untrusted `.tar.gz` into memory, refusing on the first entry that
 * is not a plain file or directory with a safe relative path. Nothing touches the disk.
 */
async function readArchiveEntries(archive, given) {
    const reject = (reason, detail, entry) => new errors/* ArchiveRejectedError */.$4(archive, reason, detail, entry);
    // The file itself may be as big as anything a manifest could declare; the stream is bounded below.
    const handle = await openArchive(archive, given.source === 'caller' ? given : { ...given, maxTotalBytes: Math.max(given.maxTotalBytes, memoryCeiling()) }, reject);
    let limits = given;
    try {
        const entries = await new Promise((resolve, fail) => {
            const entries = new Map();
            let settled = false;
            let count = 0;
            let total = 0;
            let inflated = 0;
            let sawEntry = false;
            let sawEnd = false;
            let head = Buffer.alloc(0);
            const source = handle.createReadStream();
            const inflate = (0,external_node_zlib_.createGunzip)();
            const parser = new index_min/* Parser */.iX({ strict: true, maxMetaEntrySize: MAX_META_ENTRY });
            const stop = (error) => {
                if (settled)
                    return;
                settled = true;
                source.destroy();
                inflate.destroy();
                fail(error);
            };
            const feed = (chunk) => {
                try {
                    parser.write(chunk);
                }
                catch (error) {
                    stop(tarError(error, sawEntry, reject));
                }
            };
            const limitNote = () => limits.source === 'manifest'
                ? ' (what its manifest declares)'
                : limits.source === 'defaults'
                    ? ' (before its manifest)'
                    : '';
            source.on('error', (error) => stop(reject('unreadable', `cannot read it (${(0,errors/* errnoOf */.UQ)(error) ?? error.message})`)));
            inflate.on('error', (error) => stop((0,errors/* errnoOf */.UQ)(error) === 'Z_BUF_ERROR'
                ? reject('truncated', 'the archive is truncated (the gzip stream ends early)')
                : reject('corrupt', `the gzip stream is corrupt (${error.message})`)));
            inflate.on('data', (chunk) => {
                if (settled)
                    return;
                inflated += chunk.length;
                if (inflated > streamCap(limits))
                    return stop(reject('too-large', `it inflates to more than ${streamCap(limits)} bytes${limitNote()}`));
                if (head) {
                    head = Buffer.concat([head, chunk]);
                    if (head.length < NESTED_MAGIC_BYTES)
                        return;
                    chunk = head;
                    head = undefined;
                    if (refuseNested(chunk))
                        return;
                }
                feed(chunk);
            });
            // node-tar would inflate a nested gzip (and, where zlib has it, zstd) around our byte count,
            // and on Node 20 crash on zstd: a compressed stream inside the gzip is refused by its magic.
            const refuseNested = (start) => {
                const format = nestedCompression(start);
                if (format)
                    stop(reject('not-a-tar', `the gzip stream holds a ${format}-compressed stream, not a tar archive: decompress it to a plain .tar.gz first`));
                return format !== undefined;
            };
            inflate.on('end', () => {
                if (settled)
                    return;
                if (head && head.length > 0 && refuseNested(head))
                    return;
                if (head && head.length > 0)
                    feed(head);
                try {
                    parser.end();
                }
                catch (error) {
                    stop(tarError(error, sawEntry, reject));
                }
            });
            parser.on('error', (error) => stop(tarError(error, sawEntry, reject)));
            parser.on('ignoredEntry', (entry) => stop(reject('unsupported-entry', `entry ${quoteEntry(entry.path)} has an unsupported type (${entry.type})`, entry.path)));
            parser.on('eof', () => (sawEnd = true));
            parser.on('entry', (entry) => {
                sawEntry = true;
                if (settled)
                    return entry.resume();
                try {
                    if (++count > limits.maxEntries)
                        throw reject('too-many-entries', `it has more than ${limits.maxEntries} entries${limitNote()}`);
                    const kind = entryKind(entry, reject);
                    const name = normalisedPath(entry.path, reject);
                    if (entries.has(name))
                        throw reject('duplicate', `entry ${quoteEntry(entry.path)} appears more than once`, entry.path);
                    if (kind === 'directory') {
                        entries.set(name, { kind });
                        return entry.resume();
                    }
                    if (name === '')
                        throw reject('unsafe-path', `entry ${quoteEntry(entry.path)} is a file in the place of the archive root`, entry.path);
                    if (entry.size > limits.maxFileBytes)
                        throw reject('too-large', `entry ${quoteEntry(entry.path)} has ${entry.size} bytes (at most ${limits.maxFileBytes} per file${limitNote()})`, entry.path);
                    total += entry.size;
                    if (total > limits.maxTotalBytes)
                        throw reject('too-large', `its entries add up to more than ${limits.maxTotalBytes} bytes${limitNote()}`, entry.path);
                    const chunks = [];
                    entries.set(name, { kind: 'file', data: Buffer.alloc(0) });
                    entry.on('data', (chunk) => chunks.push(chunk));
                    entry.on('end', () => {
                        const data = Buffer.concat(chunks);
                        entries.set(name, { kind: 'file', data });
                        // The first manifest (at the root or in the top-level directory) sets the limits.
                        if (limits.source === 'defaults' && /^(?:[^/]+\/)?manifest\.json$/.test(name)) {
                            const declared = limitsFromManifest(data);
                            if (declared)
                                limits = declared;
                        }
                    });
                }
                catch (error) {
                    entry.resume();
                    stop(error);
                }
            });
            parser.on('end', () => {
                if (settled)
                    return;
                if (!sawEnd)
                    return stop(reject('truncated', 'the archive is truncated (no end-of-archive marker)'));
                settled = true;
                source.destroy();
                resolve(entries);
            });
            source.pipe(inflate);
        });
        return { entries, limits };
    }
    finally {
        await handle.close();
    }
}
/** Accepts `<top>/manifest.json, <top>/files/…` or the same at the archive root. */
function backupTree(archive, entries) {
    const atRoot = entries.get(store_manifest/* MANIFEST_FILE */.h1)?.kind === 'file';
    const tops = new Set([...entries.keys()].filter((p) => p !== '').map((p) => p.split('/')[0]));
    const top = atRoot ? undefined : [...tops][0];
    if (!atRoot && tops.size > 1) {
        const [a, b] = [...tops].map(quoteEntry);
        throw new errors/* ArchiveRejectedError */.$4(archive, 'outside-top-level', `its entries sit under more than one top-level name (${a}, ${b}): an archive holds one backup`);
    }
    const tree = { files: new Map(), dirs: new Set(), label: top ?? external_node_path_.basename(archive) };
    for (const [p, entry] of entries) {
        const rel = top === undefined || p === '' ? p : p === top ? '' : p.slice(top.length + 1);
        if (entry.kind === 'directory')
            tree.dirs.add(rel);
        else if (rel === '')
            throw new errors/* ArchiveRejectedError */.$4(archive, 'outside-top-level', `entry ${quoteEntry(p)} is a file beside the backup directory`, p);
        else
            tree.files.set(rel, entry.data);
    }
    for (const p of [...tree.files.keys(), ...tree.dirs]) {
        const segments = p.split('/');
        for (let i = 1; i < segments.length; i++) {
            const parent = segments.slice(0, i).join('/');
            if (tree.files.has(parent))
                throw new errors/* ArchiveRejectedError */.$4(archive, 'path-conflict', `entry ${quoteEntry(parent)} is a file but also holds ${quoteEntry(p)}`, p);
        }
    }
    return tree;
}
function readManifest(archive, tree) {
    const bytes = tree.files.get(store_manifest/* MANIFEST_FILE */.h1);
    if (!bytes)
        throw new errors/* ManifestError */.Sh(tree.label, `manifest.json is missing from ${archive}`);
    const { manifest, problems } = (0,store_manifest/* parseManifest */.Ng)(bytes.toString('utf8'));
    if (!manifest || problems.length > 0)
        throw new errors/* ManifestError */.Sh(manifest?.name ?? tree.label, `${problems.join('; ')} (in ${archive})`);
    // Exports always carry the loose form (one copy per file); packs never travel.
    if (manifest.packs)
        throw new errors/* ManifestError */.Sh(manifest.name, `the manifest describes packed storage, which archives never hold (in ${archive})`);
    return { manifest: manifest, bytes };
}
/** Matches the archive's files one to one with the manifest and checks every checksum. */
async function checkContents(archive, manifest, tree, limits) {
    const problems = [];
    const documents = [];
    const expected = new Set([store_manifest/* MANIFEST_FILE */.h1]);
    const neededDirs = new Set(['', store_manifest/* FILES_DIR */.qM]);
    let inflated = 0;
    for (const file of manifest.files) {
        if (file.stored !== `${store_manifest/* FILES_DIR */.qM}/${file.path}` && file.stored !== `${store_manifest/* FILES_DIR */.qM}/${file.path}.gz`) {
            problems.push(`${file.path}: stored as ${quoteEntry(file.stored)}, not under ${store_manifest/* FILES_DIR */.qM}/ by its own path`);
            continue;
        }
        if (expected.has(file.stored))
            problems.push(`${file.stored}: listed twice in the manifest`);
        expected.add(file.stored);
        const segments = file.stored.split('/');
        for (let i = 1; i < segments.length; i++)
            neededDirs.add(segments.slice(0, i).join('/'));
        const raw = tree.files.get(file.stored);
        if (!raw) {
            problems.push(`${file.path}: stored copy ${file.stored} is missing from the archive`);
            continue;
        }
        let content = raw;
        if (file.stored.endsWith('.gz')) {
            try {
                content = await gunzip(raw, { maxOutputLength: Math.min(limits.maxFileBytes, file.size + 1) });
            }
            catch (error) {
                if ((0,errors/* errnoOf */.UQ)(error) === 'ERR_BUFFER_TOO_LARGE') {
                    throw new errors/* ArchiveRejectedError */.$4(archive, 'too-large', `${file.stored} inflates to more than ${Math.min(limits.maxFileBytes, file.size)} bytes`, file.stored);
                }
                problems.push(`${file.path}: stored copy is corrupt (${error.message})`);
                continue;
            }
            inflated += content.length;
            if (inflated > limits.maxTotalBytes)
                throw new errors/* ArchiveRejectedError */.$4(archive, 'too-large', `its compressed copies inflate to more than ${limits.maxTotalBytes} bytes`);
        }
        if (content.length !== file.size || (0,snapshot/* sha256Hex */.fg)(content) !== file.sha256)
            problems.push(`${file.path}: checksum mismatch (the content differs from the manifest)`);
        else
            documents.push({ path: file.path, bytes: content });
    }
    for (const p of tree.files.keys())
        if (!expected.has(p))
            problems.push(`${p}: not listed in the manifest`);
    for (const p of tree.dirs)
        if (!neededDirs.has(p))
            problems.push(`${p}/: directory not listed in the manifest`);
    if (problems.length > 0)
        throw new errors/* BackupDamagedError */.EF(manifest.name, problems);
    return documents;
}
/** The checksum covers the name, so a renamed manifest is re-sealed; the description keeps the original name. */
function renameManifest(manifest, name) {
    const { checksum: _sealedForOldName, ...rest } = manifest;
    const note = `imported from backup ${JSON.stringify(manifest.name)}`;
    return (0,store_manifest/* sealManifest */.DB)({
        ...rest,
        name,
        description: manifest.description ? `${manifest.description} (${note})` : note,
    });
}
async function writeImported(backupDir, name, manifest, manifestBytes, files, lockTimeoutMs, faults, onProgress) {
    const lock = await (0,store/* lockStore */.$_)(backupDir, 'import', lockTimeoutMs);
    try {
        const finalDir = external_node_path_.join(backupDir, name);
        if (await (0,promises_.lstat)(finalDir).then(() => true, () => false))
            throw new errors/* BackupExistsError */.j2(name);
        const staging = external_node_path_.join(backupDir, `${store/* STAGING_PREFIX */.th}import-${name}-${process.pid}`);
        try {
            await (0,promises_.mkdir)(staging);
            const dirs = new Set([staging, external_node_path_.join(staging, store_manifest/* FILES_DIR */.qM)]);
            for (const file of manifest.files)
                dirs.add(external_node_path_.dirname(external_node_path_.join(staging, ...file.stored.split('/'))));
            for (const dir of [...dirs].sort())
                await (0,promises_.mkdir)(dir, { recursive: true });
            const tick = (0,progress/* progressCounter */.Q)(onProgress, 'writing', manifest.files.length);
            for (const file of manifest.files) {
                await (0,fs/* writeNewFile */.S0)(external_node_path_.join(staging, ...file.stored.split('/')), files.get(file.stored), 0o444);
                tick();
                faults.reached('import:staged-file');
            }
            await (0,fs/* writeNewFile */.S0)(external_node_path_.join(staging, store_manifest/* MANIFEST_FILE */.h1), manifestBytes, 0o444);
            faults.reached('import:manifest-written');
            await (0,store/* publishStaged */.QC)(backupDir, staging, name, dirs);
            faults.reached('import:published');
        }
        catch (error) {
            await (0,fs/* removeTree */.dM)(staging);
            if (error instanceof errors/* OperationInterruptedError */.Cz) {
                // Stopped after the rename into place: the unverified backup goes too.
                await discardPublished(backupDir, name);
                throw new errors/* OperationInterruptedError */.Cz('import', 'partial-removed');
            }
            if (error instanceof errors/* OrchBackupError */.FY)
                throw error;
            throw new errors/* StoreWriteError */.NW(finalDir, (0,errors/* errnoOf */.UQ)(error), { cause: error });
        }
        const check = await (0,verify/* verifyBackup */.gu)(backupDir, name);
        if (!check.ok) {
            await (0,promises_.rename)(finalDir, external_node_path_.join(backupDir, `${store/* TRASH_PREFIX */._t}${name}-${process.pid}`));
            throw new errors/* BackupDamagedError */.EF(name, check.problems.map((p) => p.message));
        }
        return finalDir;
    }
    finally {
        await lock.release();
    }
}
async function discardPublished(backupDir, name) {
    const trash = external_node_path_.join(backupDir, `${store/* TRASH_PREFIX */._t}${name}-${process.pid}`);
    if (await (0,promises_.rename)(external_node_path_.join(backupDir, name), trash).then(() => true, () => false))
        await (0,fs/* removeTree */.dM)(trash);
}

// EXTERNAL MODULE: ./lib/cli/interrupt.js
var cli_interrupt = __webpack_require__(9085);
// EXTERNAL MODULE: ./lib/cli/progress.js
var cli_progress = __webpack_require__(9095);
// EXTERNAL MODULE: ./lib/core/store/pack.js
var pack = __webpack_require__(6624);
;// CONCATENATED MODULE: ./lib/core/retention/clean-space.js



/**
 * Bytes that deleting `removed` gives back, exactly: backups share storage (hard-linked loose
 * copies, packs), so a backup's own size says little. A loose copy counts when all its links
 * are among the removed backups; a pack when no kept backup (nor a damaged one, which might)
 * references it. Manifests always count.
 */
async function freedBySpace(backupDir, removed, kept) {
    const links = new Map();
    let bytes = 0;
    for (const backup of removed) {
        for (const file of await filesUnder(backup.dir)) {
            const info = await (0,promises_.lstat)(file).catch(() => undefined);
            if (!info)
                continue;
            const key = `${info.dev}:${info.ino}`;
            const entry = links.get(key) ?? { size: info.size, nlink: info.nlink, seen: 0 };
            entry.seen++;
            links.set(key, entry);
        }
    }
    for (const { size, nlink, seen } of links.values())
        if (seen >= nlink)
            bytes += size;
    const stillUsed = new Set(kept.flatMap((m) => (m.manifest ? (m.manifest.packs ?? []) : ['*'])));
    if (stillUsed.has('*'))
        return bytes;
    const candidates = new Set(removed.flatMap((m) => m.manifest?.packs ?? []));
    for (const id of candidates) {
        if (stillUsed.has(id))
            continue;
        bytes += (await (0,promises_.stat)((0,pack/* packPath */.x9)(backupDir, id)).catch(() => undefined))?.size ?? 0;
    }
    return bytes;
}
async function filesUnder(dir) {
    const out = [];
    for (const entry of await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => [])) {
        const full = external_node_path_.join(dir, entry.name);
        if (entry.isDirectory())
            out.push(...(await filesUnder(full)));
        else
            out.push(full);
    }
    return out;
}

// EXTERNAL MODULE: ./lib/core/util/faults.js
var util_faults = __webpack_require__(2567);
// EXTERNAL MODULE: ./lib/core/restore/journal.js
var restore_journal = __webpack_require__(7473);
;// CONCATENATED MODULE: ./lib/core/retention/duration.js

const UNIT_FIELDS = { y: 'years', m: 'months', d: 'days', h: 'hours' };
// Large enough for any real window, small enough that every component stays an exact integer.
const MAX_COMPONENT = 999_999_999;
/**
 * Parses restic's duration syntax: number-unit pairs with units y, m (months), d and h, in any
 * order, surrounding whitespace ignored. Stricter than restic where restic's leniency only hides
 * mistakes: negative numbers (restic's `forget` refuses them too), an empty text (restic reads
 * it as "no window") and a unit given twice (restic silently keeps the last) are errors here.
 */
function parseDuration(text) {
    const input = text.trim();
    if (input === '')
        throw new errors/* DurationError */.N2(text, 'it is empty');
    const duration = { years: 0, months: 0, days: 0, hours: 0 };
    const seen = new Set();
    let rest = input;
    while (rest !== '') {
        const match = /^(\d*)(.?)/su.exec(rest);
        const [whole, digits = '', unit = ''] = match;
        if (digits === '') {
            const problem = rest.startsWith('-')
                ? 'negative values are not allowed'
                : `expected a number at ${JSON.stringify(rest)}`;
            throw new errors/* DurationError */.N2(text, problem);
        }
        if (unit === '')
            throw new errors/* DurationError */.N2(text, `no unit after ${digits} (use y, m, d or h)`);
        if (!isUnit(unit)) {
            if (/^\s$/u.test(unit))
                throw new errors/* DurationError */.N2(text, 'spaces are not allowed inside a duration');
            const hint = unit === 'w' ? '; weeks are not a unit, use 7d' : /^[YMDH]$/u.test(unit) ? '; units are lower-case' : '';
            throw new errors/* DurationError */.N2(text, `unknown unit ${JSON.stringify(unit)} after ${digits} (use y, m, d or h${hint})`);
        }
        if (seen.has(unit))
            throw new errors/* DurationError */.N2(text, `the unit ${JSON.stringify(unit)} appears twice`);
        const value = Number(digits);
        if (value > MAX_COMPONENT)
            throw new errors/* DurationError */.N2(text, `${digits} is too large`);
        seen.add(unit);
        duration[UNIT_FIELDS[unit]] = value;
        rest = rest.slice(whole.length);
    }
    return duration;
}
function isUnit(text) {
    return Object.hasOwn(UNIT_FIELDS, text);
}
/** Restic's canonical spelling: years, months, days, hours, zero parts left out (`2d3h` for `3h2d`). */
function formatDuration(duration) {
    return ((duration.years ? `${duration.years}y` : '') +
        (duration.months ? `${duration.months}m` : '') +
        (duration.days ? `${duration.days}d` : '') +
        (duration.hours ? `${duration.hours}h` : ''));
}
/** A zero duration (`0d`) means "no window" in restic: the option is as good as absent. */
function isZeroDuration(duration) {
    return duration.years === 0 && duration.months === 0 && duration.days === 0 && duration.hours === 0;
}
/**
 * The calendar of one IANA time zone, computed with Intl so that it does not depend on the
 * process's TZ (Date's local-time methods do). Restic does its calendar work in Go's local
 * zone; this reproduces Go's rules where they matter (see durationBefore).
 */
class ZonedCalendar {
    timeZone;
    format;
    constructor(timeZone) {
        try {
            this.format = new Intl.DateTimeFormat('en-US', {
                timeZone: timeZone ?? new Intl.DateTimeFormat().resolvedOptions().timeZone,
                hourCycle: 'h23',
                era: 'short',
                year: 'numeric',
                month: 'numeric',
                day: 'numeric',
                hour: 'numeric',
                minute: 'numeric',
                second: 'numeric',
            });
        }
        catch {
            throw new errors/* UsageError */.eb(`unknown time zone ${JSON.stringify(timeZone)} (expected an IANA name such as Europe/Berlin)`);
        }
        this.timeZone = this.format.resolvedOptions().timeZone;
    }
    wallClock(epochMs) {
        const parts = {};
        for (const part of this.format.formatToParts(epochMs))
            parts[part.type] = part.value;
        const yearOfEra = Number(parts.year);
        return {
            year: parts.era === 'BC' ? 1 - yearOfEra : yearOfEra,
            month: Number(parts.month),
            day: Number(parts.day),
            hour: Number(parts.hour),
            minute: Number(parts.minute),
            second: Number(parts.second),
            millisecond: ((epochMs % 1000) + 1000) % 1000,
        };
    }
    /** The zone's UTC offset in milliseconds at an instant (east of Greenwich positive). */
    offsetAt(epochMs) {
        return wallClockAsUtc(this.wallClock(epochMs)) - epochMs;
    }
    /**
     * The instant `duration` before `epochMs`, the way restic computes its window start:
     * Go's `t.AddDate(-y, -m, -d).Add(-h hours)` in the local zone. So calendar overflow
     * normalises forwards (one month before Mar 31 is "Feb 31" = Mar 2 or 3), the wall-clock
     * time of day survives DST changes, a wall time that does not exist or exists twice is
     * resolved as Go's time.Date resolves it, and hours are exact hours.
     * Returns -Infinity when the start lies before any representable date.
     */
    durationBefore(epochMs, duration) {
        const clock = this.wallClock(epochMs);
        const shiftedWall = wallClockAsUtc({
            ...clock,
            year: clock.year - duration.years,
            month: clock.month - duration.months,
            day: clock.day - duration.days,
        });
        if (!(shiftedWall > EARLIEST_SAFE_MS))
            return Number.NEGATIVE_INFINITY;
        // time.Date: guess the offset at the wall time read as UTC, and if the instant that guess
        // gives has a different offset, take that one instead.
        const instant = shiftedWall - this.offsetAt(shiftedWall - this.offsetAt(shiftedWall));
        const start = instant - duration.hours * 3_600_000;
        return start > EARLIEST_SAFE_MS ? start : Number.NEGATIVE_INFINITY;
    }
}
// Date's range ends at ±8.64e15 ms; keep two days clear of it so that offset lookups stay valid.
const EARLIEST_SAFE_MS = -8.64e15 + 2 * 86_400_000;
/** Reads a wall clock as if it were UTC; out-of-range fields overflow into the next unit, as in Go. */
function wallClockAsUtc(clock) {
    const date = new Date(0);
    // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
    date.setUTCFullYear(clock.year, clock.month - 1, clock.day);
    date.setUTCHours(clock.hour, clock.minute, clock.second, clock.millisecond);
    return date.getTime();
}
/** ISO 8601 week-numbering year and week (weeks start on Monday; week 1 holds the first Thursday). */
function isoWeek(year, month, day) {
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    const weekday = date.getUTCDay() || 7;
    date.setUTCDate(date.getUTCDate() + 4 - weekday);
    const weekYear = date.getUTCFullYear();
    const yearStart = new Date(0);
    yearStart.setUTCFullYear(weekYear, 0, 1);
    const dayOfYear = Math.round((date.getTime() - yearStart.getTime()) / 86_400_000);
    return { year: weekYear, week: Math.floor(dayOfYear / 7) + 1 };
}

;// CONCATENATED MODULE: ./lib/core/retention/policy.js



const PERIODS = [
    { period: 'hour', word: 'hourly', count: 'hourly', within: 'withinHourly' },
    { period: 'day', word: 'daily', count: 'daily', within: 'withinDaily' },
    { period: 'week', word: 'weekly', count: 'weekly', within: 'withinWeekly' },
    { period: 'month', word: 'monthly', count: 'monthly', within: 'withinMonthly' },
    { period: 'year', word: 'yearly', count: 'yearly', within: 'withinYearly' },
];
const COUNT_FIELDS = ['last', 'hourly', 'daily', 'weekly', 'monthly', 'yearly'];
const DURATION_FIELDS = [
    'within',
    'withinHourly',
    'withinDaily',
    'withinWeekly',
    'withinMonthly',
    'withinYearly',
];
/** True when the policy would keep everything because nothing is configured (restic's `ExpirePolicy.Empty`). */
function isEmptyPolicy(policy) {
    if (policy.tags !== undefined && policy.tags.length > 0)
        return false;
    if (COUNT_FIELDS.some((field) => policy[field] !== undefined && policy[field] !== 0))
        return false;
    return DURATION_FIELDS.every((field) => {
        const text = policy[field];
        if (text === undefined)
            return true;
        try {
            return isZeroDuration(parseDuration(text));
        }
        catch {
            return false; // configured, if wrongly: assertValidPolicy and planRetention report it
        }
    });
}
/** Throws a UsageError (or DurationError) naming the first invalid field of the policy. */
function assertValidPolicy(policy) {
    compilePolicy(policy);
}
function compilePolicy(policy) {
    for (const field of COUNT_FIELDS) {
        const value = policy[field];
        if (value !== undefined && !(Number.isInteger(value) && value >= -1)) {
            throw new errors/* UsageError */.eb(`invalid retention policy: ${field} must be a whole number, 0 or more, or -1 for unlimited; got ${String(value)}`);
        }
    }
    const durationOf = (field) => {
        const text = policy[field];
        if (text === undefined)
            return undefined;
        const duration = parseDuration(text);
        return isZeroDuration(duration) ? undefined : duration;
    };
    const tagLists = policy.tags ?? [];
    if (!Array.isArray(tagLists) ||
        !tagLists.every((list) => Array.isArray(list) && list.every((tag) => typeof tag === 'string'))) {
        throw new errors/* UsageError */.eb('invalid retention policy: tags must be a list of tag lists, e.g. [["keep"], ["release", "prod"]]');
    }
    const counts = [];
    if (policy.last)
        counts.push({ period: undefined, reason: 'last snapshot', remaining: policy.last });
    for (const { period, word, count } of PERIODS) {
        const value = policy[count];
        if (value)
            counts.push({ period, reason: `${word} snapshot`, remaining: value });
    }
    const windows = [];
    for (const { period, word, within } of PERIODS) {
        const duration = durationOf(within);
        if (duration)
            windows.push({ period, reason: `${word} within ${formatDuration(duration)}`, duration });
    }
    return { tagLists, within: durationOf('within'), counts, windows };
}
/**
 * Decides which backups a restic-style policy keeps. Backups are ordered newest first (equal
 * times: the name that sorts last counts as newer), then, as in restic:
 * - `tags`: kept if it has every tag of any one list; `''` in a list matches an untagged backup;
 * - `within`: kept if strictly newer than the newest backup minus the duration (calendar-aware);
 * - `last`/`hourly`/.../`yearly` N: the newest backup of each hour/day/ISO week/month/year is
 *   kept until N buckets are used (-1: never used up); the OLDEST backup is also kept while a
 *   count is not used up, even in an already-used bucket ("oldest daily snapshot");
 * - `withinHourly`/...: the newest backup of each bucket inside the window, and the oldest
 *   backup if it is inside the window.
 * An empty policy keeps everything (reason "policy is empty"); callers that must refuse one
 * check {@link isEmptyPolicy} first.
 */
function planRetention(backups, policy, options = {}) {
    const compiled = compilePolicy(policy);
    const calendar = new ZonedCalendar(options.timeZone);
    const now = options.now === undefined ? undefined : toEpochMs(options.now, 'now');
    const ordered = backups
        .map((backup) => ({
        backup,
        time: toEpochMs(backup.createdAt, `backup ${JSON.stringify(backup.name)}: createdAt`),
    }))
        .sort((a, b) => b.time - a.time || compareNames(b.backup.name, a.backup.name));
    const isEmpty = compiled.tagLists.length === 0 && !compiled.within && compiled.counts.length === 0 && compiled.windows.length === 0;
    const reasonLists = isEmpty ? ordered.map(() => ['policy is empty']) : applyPolicy(ordered, compiled, calendar, now);
    const plan = { keep: [], remove: [] };
    ordered.forEach(({ backup }, index) => {
        const reasons = reasonLists[index] ?? [];
        const protection = options.protect?.(backup);
        if (protection)
            reasons.push(`protected: ${protection}`);
        if (reasons.length > 0)
            plan.keep.push({ backup, reasons });
        else
            plan.remove.push({ backup });
    });
    return plan;
}
/** Restic's ApplyPolicy over backups sorted newest first; returns each backup's reasons (none: remove). */
function applyPolicy(ordered, policy, calendar, now) {
    const latest = newestBefore(ordered, now);
    // With no usable newest backup restic measures from the zero time, so every window holds everything.
    const windowStart = (duration) => latest === undefined ? Number.NEGATIVE_INFINITY : calendar.durationBefore(latest, duration);
    const withinStart = policy.within && windowStart(policy.within);
    const counts = policy.counts.map((rule) => ({ ...rule, lastBucket: undefined }));
    const windows = policy.windows.map((rule) => ({
        ...rule,
        start: windowStart(rule.duration),
        lastBucket: undefined,
    }));
    return ordered.map(({ backup, time }, index) => {
        const isOldest = index === ordered.length - 1;
        let clock;
        const bucket = (period) => bucketOf((clock ??= calendar.wallClock(time)), period);
        const reasons = [];
        for (const tags of policy.tagLists) {
            if (hasTags(backup.tags ?? [], tags))
                reasons.push(`has tags [${tags.join(', ')}]`);
        }
        if (policy.within && withinStart !== undefined && time > withinStart) {
            reasons.push(`within ${formatDuration(policy.within)}`);
        }
        for (const rule of counts) {
            if (rule.remaining === 0)
                continue;
            const value = rule.period ? bucket(rule.period) : index;
            const isNewBucket = value !== rule.lastBucket;
            if (!isNewBucket && !isOldest)
                continue;
            rule.lastBucket = value;
            if (rule.remaining > 0)
                rule.remaining--;
            reasons.push(isNewBucket ? rule.reason : `oldest ${rule.reason}`);
        }
        for (const rule of windows) {
            if (!(time > rule.start))
                continue;
            const value = bucket(rule.period);
            const isNewBucket = value !== rule.lastBucket;
            if (!isNewBucket && !isOldest)
                continue;
            rule.lastBucket = value;
            reasons.push(isNewBucket ? rule.reason : `oldest ${rule.reason}`);
        }
        return reasons;
    });
}
/** Restic's findLatestTimestamp: the newest time strictly before `now` (any time when there is no `now`). */
function newestBefore(ordered, now) {
    return ordered.find(({ time }) => now === undefined || time < now)?.time;
}
/** Restic's Snapshot.HasTags, quirks included: an empty list matches everything, and `''` matches an untagged backup. */
function hasTags(backupTags, required) {
    for (const tag of required) {
        if (tag === '' && backupTags.length === 0)
            return true;
        if (!backupTags.includes(tag))
            return false;
    }
    return true;
}
/** Restic's bucket numbers: YYYYMMDDHH, YYYYMMDD, ISO YYYYWW, YYYYMM, YYYY in the calendar's zone. */
function bucketOf(clock, period) {
    const { year, month, day, hour } = clock;
    switch (period) {
        case 'hour':
            return ((year * 100 + month) * 100 + day) * 100 + hour;
        case 'day':
            return (year * 100 + month) * 100 + day;
        case 'week': {
            const week = isoWeek(year, month, day);
            return week.year * 100 + week.week;
        }
        case 'month':
            return year * 100 + month;
        case 'year':
            return year;
    }
}
function toEpochMs(value, what) {
    const time = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
    if (!Number.isFinite(time))
        throw new errors/* UsageError */.eb(`${what} is not a valid time: ${JSON.stringify(String(value))}`);
    return time;
}
function compareNames(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Restic's one-line summary of a policy ("keep 10 latest snapshots, ... and all snapshots within 7d of the newest"). */
function describePolicy(policy) {
    const compiled = compilePolicy(policy);
    const counts = [...COUNT_FIELDS]
        .filter((field) => policy[field])
        .map((field) => `${policy[field] === -1 ? 'all' : String(policy[field])} ${field === 'last' ? 'latest' : field}`);
    const windows = compiled.windows.map((rule) => rule.reason.replace(' within ', ' snapshots within '));
    let text = counts.length > 0 ? `${counts.join(', ')} snapshots` : '';
    if (windows.length > 0)
        text += `${text ? ', ' : ''}${windows.join(', ')}`;
    if (compiled.tagLists.length > 0) {
        text += `${text ? ' and ' : ''}all snapshots with tags [${compiled.tagLists.map((l) => `[${l.join(', ')}]`).join(' ')}]`;
    }
    if (compiled.within)
        text += `${text ? ' and ' : ''}all snapshots within ${formatDuration(compiled.within)} of the newest`;
    return text ? `keep ${text}` : 'keep everything (no policy)';
}

;// CONCATENATED MODULE: ./lib/core/retention/groups.js

/**
 * Backups the tool makes on its own: before a restore, in the pre-commit hook, before an agent
 * edit, in CI, on a schedule. Everything else (manual, import, unknown triggers) was asked for by a person.
 */
const AUTOMATIC_TRIGGERS = new Set([
    'pre-restore',
    'pre-commit',
    'claude-code',
    'ci',
    'scheduled',
]);
function isAutomatic(trigger) {
    return AUTOMATIC_TRIGGERS.has(trigger);
}
/**
 * The policy applied to manual and to automatic backups separately, as restic applies it per
 * group: `keep-last 5` keeps the 5 newest manual backups and the 5 newest automatic ones, so a
 * burst of safety or hook backups never pushes the user's own backups out.
 */
function planByTrigger(backups, policy, options = {}) {
    const manual = planRetention(backups.filter((b) => !isAutomatic(b.trigger)), policy, options);
    const automatic = planRetention(backups.filter((b) => isAutomatic(b.trigger)), policy, options);
    const order = new Map(backups.map((b, i) => [b.name, i]));
    const byAge = (a, b) => (order.get(a.backup.name) ?? 0) - (order.get(b.backup.name) ?? 0);
    return {
        keep: [...manual.keep, ...automatic.keep].sort(byAge),
        remove: [...manual.remove, ...automatic.remove].sort(byAge),
    };
}
function cleanDangers(backups, plan, policy) {
    const dangers = {
        unmatchedTags: (policy.tags ?? []).filter((list) => !backups.some((b) => list.every((t) => (t === '' ? (b.tags ?? []).length === 0 : (b.tags ?? []).includes(t))))),
    };
    if (plan.remove.length === 0)
        return dangers;
    const manual = backups.filter((b) => !isAutomatic(b.trigger)).length;
    const manualRemoved = plan.remove.filter((r) => !isAutomatic(r.backup.trigger)).length;
    if (manual > 0 && manualRemoved === manual)
        dangers.allManual = manual;
    if (plan.keep.length === 1 && backups.length > 1)
        dangers.allButNewest = plan.remove.length;
    return dangers;
}
function isDangerous(dangers) {
    return dangers.allManual !== undefined || dangers.allButNewest !== undefined;
}

;// CONCATENATED MODULE: ./lib/core/retention/clean.js












/** The tag that protects a backup from every policy. */
const KEEP_TAG = 'keep';
/**
 * Applies the retention policy to the store's intact backups, to manual and automatic backups
 * separately (see {@link planByTrigger}). Whatever the policy says, the
 * newest backup, backups tagged `keep` and the backups an interrupted restore still needs are
 * kept. An empty policy is refused: restic's forget would delete everything.
 */
async function planClean(options) {
    if (isEmptyPolicy(options.policy)) {
        throw new errors/* EmptyPolicyError */.Kf();
    }
    assertValidPolicy(options.policy);
    if (!(await (0,store/* ensureBackupDir */.G2)(options.backupDir, false)))
        return { keep: [], remove: [], freeableBytes: 0, damaged: [], dangers: { unmatchedTags: [] } };
    const loaded = await (0,store/* loadAllManifests */.Em)(options.backupDir);
    const candidates = [];
    const damaged = [];
    for (const entry of loaded) {
        if (entry.manifest && entry.problems.length === 0) {
            candidates.push({
                name: entry.name,
                createdAt: entry.manifest.createdAt,
                tags: entry.manifest.tags,
                storedSize: entry.manifest.storedSize ?? entry.manifest.totalSize,
                trigger: entry.manifest.trigger,
            });
        }
        else
            damaged.push(entry.name);
    }
    const journal = await (0,restore_journal/* peekJournal */.Nw)(options.backupDir);
    const neededByRestore = new Set([journal?.backup, journal?.safetyBackup].filter((n) => typeof n === 'string'));
    const newest = candidates[0]?.name;
    const plan = planByTrigger(candidates, options.policy, {
        ...(options.timeZone ? { timeZone: options.timeZone } : {}),
        now: options.now ?? new Date(),
        protect: (b) => b.name === newest
            ? 'newest backup'
            : b.tags.includes(KEEP_TAG)
                ? `tagged ${KEEP_TAG}`
                : neededByRestore.has(b.name)
                    ? 'needed by an interrupted restore'
                    : undefined,
    });
    const removing = new Set(plan.remove.map((r) => r.backup.name));
    const freeableBytes = await freedBySpace(options.backupDir, loaded.filter((m) => removing.has(m.name)), loaded.filter((m) => !removing.has(m.name)));
    return {
        keep: plan.keep,
        remove: plan.remove,
        freeableBytes,
        damaged,
        dangers: cleanDangers(candidates, plan, options.policy),
    };
}
/**
 * Deletes what the plan removes, one backup at a time: renamed out of the way first (it
 * vanishes from listings at once and a crash leaves only a `.trash-` entry, which the next
 * writer removes), then deleted. The plan is recomputed under the lock.
 */
async function cleanBackups(options) {
    const faults = options.faults ?? util_faults/* noFaults */.n;
    const lock = await (0,store/* lockStore */.$_)(options.backupDir, 'clean', options.lockTimeoutMs);
    const deleted = [];
    const warnings = new Set();
    try {
        const plan = await planClean(options);
        if (isDangerous(plan.dangers) && !options.force)
            throw new errors/* DangerousCleanError */.QW(plan.dangers.allManual, plan.dangers.allButNewest);
        for (const { backup } of plan.remove) {
            const trash = external_node_path_.join(options.backupDir, `${store/* TRASH_PREFIX */._t}${backup.name}-${process.pid}`);
            await (0,promises_.rename)(external_node_path_.join(options.backupDir, backup.name), trash);
            await (0,fs/* fsyncDir */.t_)(options.backupDir);
            faults.reached('clean:renamed');
            await (0,fs/* removeTree */.dM)(trash);
            deleted.push(backup.name);
            const unrecorded = await (0,store_history/* appendHistory */.b)(options.backupDir, {
                operation: 'delete',
                backup: backup.name,
                outcome: 'success',
                detail: 'retention policy',
            });
            if (unrecorded)
                warnings.add(unrecorded);
            faults.reached('clean:deleted');
        }
        // Packs go once no backup uses them; what that frees was measured under the lock, before.
        if (deleted.length > 0)
            await (0,pack/* removeUnreferencedPacks */.rD)(options.backupDir, await (0,store/* loadAllManifests */.Em)(options.backupDir));
        return { plan, deleted, freedBytes: plan.freeableBytes, warnings: [...warnings] };
    }
    finally {
        await lock.release();
    }
}

// EXTERNAL MODULE: ./lib/render/format.js
var format = __webpack_require__(9109);
;// CONCATENATED MODULE: ./lib/render/store.js


function renderCleanPlan(plan, policy, source, ctx) {
    const { colors: c } = ctx;
    const age = (iso) => (0,format/* formatAge */.nV)(new Date(iso), ctx.now);
    const lines = [(0,format/* heading */.R_)('Backup Cleanup'), `Policy (${source}): ${policy}`, ''];
    if (plan.keep.length + plan.remove.length === 0)
        lines.push('No backups.');
    if (plan.keep.length > 0) {
        lines.push(`Keeping ${(0,format/* plural */.LS)(plan.keep.length, 'backup')}:`);
        const width = Math.max(...plan.keep.map((k) => k.backup.name.length));
        for (const k of plan.keep) {
            const automatic = k.backup.trigger === 'manual' ? '' : ` (${k.backup.trigger})`;
            lines.push(`  ✅ ${k.backup.name.padEnd(width)}  ${age(k.backup.createdAt).padEnd(14)}  ${k.reasons.join(', ')}${automatic}`);
        }
        lines.push('');
    }
    if (plan.remove.length > 0) {
        lines.push(c.yellow(`Deleting ${(0,format/* plural */.LS)(plan.remove.length, 'backup')} (${(0,format/* formatSize */.Xq)(plan.freeableBytes)}):`));
        for (const r of plan.remove)
            lines.push(`  🗑️  ${r.backup.name}  ${age(r.backup.createdAt)}${r.backup.trigger === 'manual' ? '' : `  (${r.backup.trigger})`}`);
        lines.push('');
    }
    else if (plan.keep.length > 0)
        lines.push('Nothing to delete.', '');
    const { allManual, allButNewest, unmatchedTags } = plan.dangers;
    for (const tags of unmatchedTags)
        lines.push(c.yellow(`⚠️  No backup has tags [${tags.join(', ')}]: that rule keeps nothing.`));
    if (allManual !== undefined)
        lines.push(c.red(`⚠️  This deletes every manual backup (${allManual}); only automatic backups would remain.`));
    if (allButNewest !== undefined)
        lines.push(c.red(`⚠️  This deletes every backup but the newest (${allButNewest}).`));
    if (unmatchedTags.length > 0 || allManual !== undefined || allButNewest !== undefined)
        lines.push('');
    if (plan.damaged.length > 0)
        lines.push(c.red(`Damaged, not touched (see: orch-backup verify): ${plan.damaged.join(', ')}`), '');
    return `${lines.join('\n')}`;
}
function renderCleanDone(deleted, freedBytes, ctx, warnings = []) {
    const done = `${ctx.colors.green(`✅ Deleted ${(0,format/* plural */.LS)(deleted.length, 'backup')} (${(0,format/* formatSize */.Xq)(freedBytes)} freed).`)}\n`;
    return done + warnings.map((w) => `${ctx.colors.yellow('⚠️')}  ${w}\n`).join('');
}
function renderExport(name, result, ctx) {
    return [
        (0,format/* heading */.R_)('Backup Exported'),
        `📦 Backup: ${name}`,
        `📁 Archive: ${ctx.displayPath(result.file)} (${(0,format/* formatSize */.Xq)(result.bytes)})`,
        `🔒 SHA-256: ${result.sha256}`,
        '',
        `Import it elsewhere with: orch-backup import ${ctx.displayPath(result.file)}`,
        '',
    ].join('\n');
}
function renderImport(result, ctx) {
    const m = result.manifest;
    const { warnings } = result.validation.summary;
    return [
        (0,format/* heading */.R_)('Backup Imported'),
        `📦 Backup: ${result.name}${result.renamedFrom ? ` (was ${result.renamedFrom})` : ''}`,
        `📁 Location: ${ctx.displayPath(result.path)}/`,
        `   ${(0,format/* plural */.LS)(m.files.length, 'file')}, ${(0,format/* formatSize */.Xq)(m.totalSize)}, v${m.configVersion ?? 'none'}, made ${(0,format/* formatAge */.nV)(new Date(m.createdAt), ctx.now)} (${m.trigger})`,
        '   ✅ manifest and every checksum verified',
        warnings > 0
            ? `📋 Validation: ⚠️ ${(0,format/* plural */.LS)(warnings, 'warning')} (orch-backup validate --backup ${result.name})`
            : '📋 Validation: All configurations valid',
        '',
    ].join('\n');
}
function renderUnlock(result, ctx) {
    if (!result.removed)
        return 'No lock: the store is free.\n';
    const { lock } = result;
    const what = result.forced ? 'Removed the lock (forced)' : 'Removed the stale lock';
    return [
        `${ctx.colors.green('✅')} ${what} of ${(0,errors/* describeLockHolder */.HR)(lock.holder)}: ${lock.reason}.`,
        ...result.warnings.map((w) => `${ctx.colors.yellow('⚠️')}  ${w}`),
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./lib/core/store/lock.js
var store_lock = __webpack_require__(30);
;// CONCATENATED MODULE: ./lib/core/store/unlock.js




/**
 * Removes the store's lock when its holder is gone (or with `force`), after saying whose it
 * was. A lock whose holder may be alive is refused: removing it would let two writers in.
 */
async function unlockStore(options) {
    if (!(await (0,store/* ensureBackupDir */.G2)(options.backupDir, false)))
        return { removed: false, lock: undefined, warnings: [] };
    for (;;) {
        const lock = await (0,store_lock/* inspectLock */.WW)(options.backupDir);
        if (!lock)
            return { removed: false, lock: undefined, warnings: [] };
        if (!lock.stale && !options.force)
            throw new errors/* LockHeldError */.Rk(lock.path, lock.holder, lock.reason);
        // Replaced between the look and the removal: judge the new one.
        if (!(await (0,store_lock/* breakLock */.NP)(lock.path, lock.raw)))
            continue;
        const forced = !lock.stale;
        const unrecorded = await (0,store_history/* appendHistory */.b)(options.backupDir, {
            operation: 'unlock',
            backup: null,
            outcome: 'success',
            detail: `removed the ${forced ? 'lock (forced)' : 'stale lock'} of process ${lock.holder.pid ?? '?'} on host ${lock.holder.hostname ?? '?'}: ${lock.reason}`,
        });
        return { removed: true, lock, forced, warnings: unrecorded ? [unrecorded] : [] };
    }
}

// EXTERNAL MODULE: ./lib/cli/prompt.js
var cli_prompt = __webpack_require__(3550);
;// CONCATENATED MODULE: ./lib/cli/store-commands.js














const COUNT_FLAGS = [
    ['keepLast', 'last'],
    ['keepHourly', 'hourly'],
    ['keepDaily', 'daily'],
    ['keepWeekly', 'weekly'],
    ['keepMonthly', 'monthly'],
    ['keepYearly', 'yearly'],
];
const DURATION_FLAGS = [
    ['keepWithin', 'within'],
    ['keepWithinHourly', 'withinHourly'],
    ['keepWithinDaily', 'withinDaily'],
    ['keepWithinWeekly', 'withinWeekly'],
    ['keepWithinMonthly', 'withinMonthly'],
    ['keepWithinYearly', 'withinYearly'],
];
/** The policy from --keep-* flags; null when none was given (then the settings' policy applies). */
function policyFromFlags(flags) {
    const policy = {};
    for (const [flag, key] of COUNT_FLAGS) {
        const value = flags[flag];
        if (value === undefined)
            continue;
        const n = value === 'unlimited' ? -1 : Number(value);
        if (!Number.isInteger(n) || n < -1)
            throw new errors/* UsageError */.eb(`--${kebab(flag)} needs a whole number, -1 or "unlimited", got ${JSON.stringify(value)}`);
        policy[key] = n;
    }
    for (const [flag, key] of DURATION_FLAGS)
        if (flags[flag] !== undefined)
            policy[key] = flags[flag];
    if (flags.keepTag)
        policy.tags = flags.keepTag.map((t) => t.split(',').map((x) => x.trim()));
    return Object.keys(policy).length > 0 ? policy : null;
}
async function cleanCommand(opts, flags, say) {
    const fromFlags = policyFromFlags(flags);
    const policy = fromFlags ?? opts.settings.retention;
    const source = fromFlags ? 'from the command line' : opts.settingsFile ? 'from settings' : 'default';
    const now = opts.render.now;
    const plan = await planClean({ backupDir: opts.backupDir, policy, now });
    const planText = renderCleanPlan(plan, describePolicy(policy), source, opts.render);
    const json = (deleted) => ({
        keep: plan.keep.map((k) => ({ name: k.backup.name, reasons: k.reasons })),
        remove: plan.remove.map((r) => ({ name: r.backup.name })),
        damaged: plan.damaged,
        dangers: plan.dangers,
        dryRun: flags.dryRun ?? false,
        deleted,
    });
    if (flags.dryRun || plan.remove.length === 0) {
        return {
            human: planText + (flags.dryRun && plan.remove.length ? 'Dry run: nothing was deleted.\n' : ''),
            json: json([]),
            exitCode: errors/* ExitCode */.yU.ok,
        };
    }
    // Deleting every manual backup, or all but the newest, is asked about even with --yes.
    const dangerous = isDangerous(plan.dangers) && !flags.force;
    if (dangerous) {
        if (!opts.interactive)
            throw new errors/* DangerousCleanError */.QW(plan.dangers.allManual, plan.dangers.allButNewest);
        if (!opts.json)
            say(planText);
        if (!(await (0,cli_prompt/* confirm */.l)(`Delete ${(0,format/* plural */.LS)(plan.remove.length, 'backup')} anyway?`))) {
            return {
                human: 'Cleanup cancelled; nothing was deleted.\n',
                json: { ...json([]), cancelled: true },
                exitCode: errors/* ExitCode */.yU.usage,
            };
        }
    }
    else if (!opts.yes) {
        if (!opts.interactive)
            throw new errors/* ConfirmationRequiredError */.ly('clean');
        if (!opts.json)
            say(planText);
        if (!(await (0,cli_prompt/* confirm */.l)(`Delete ${(0,format/* plural */.LS)(plan.remove.length, 'backup')}?`))) {
            return {
                human: 'Cleanup cancelled; nothing was deleted.\n',
                json: { ...json([]), cancelled: true },
                exitCode: errors/* ExitCode */.yU.usage,
            };
        }
    }
    const done = await cleanBackups({
        backupDir: opts.backupDir,
        policy,
        now,
        lockTimeoutMs: opts.lockTimeoutMs,
        faults: opts.faults,
        force: isDangerous(plan.dangers),
    });
    return {
        human: (opts.yes && !dangerous ? planText : '') +
            renderCleanDone(done.deleted, done.freedBytes, opts.render, done.warnings),
        json: {
            ...json(done.deleted),
            freedBytes: done.freedBytes,
            warnings: done.warnings,
            keep: done.plan.keep.map((k) => ({ name: k.backup.name, reasons: k.reasons })),
            remove: done.plan.remove.map((r) => ({ name: r.backup.name })),
        },
        exitCode: errors/* ExitCode */.yU.ok,
    };
}
async function exportCommand(opts, cwd, name, flags) {
    (0,names/* assertValidName */.QB)(name);
    const output = external_node_path_.resolve(cwd, flags.output ?? defaultArchiveName(name));
    const result = await (0,cli_interrupt/* stoppableByCtrlC */.c)((signal) => (0,cli_progress/* withProgress */.E0)(opts, cli_progress/* rawStderr */.dK, (onProgress) => exportBackup({ backupDir: opts.backupDir, name, output, signal, onProgress })));
    return { human: renderExport(name, result, opts.render), json: { name, ...result }, exitCode: errors/* ExitCode */.yU.ok };
}
async function importCommand(opts, cwd, file, flags) {
    if (flags.name !== undefined)
        (0,names/* assertValidName */.QB)(flags.name);
    const result = await (0,cli_interrupt/* stoppableByCtrlC */.c)((signal) => (0,cli_progress/* withProgress */.E0)(opts, cli_progress/* rawStderr */.dK, (onProgress) => importArchive({
        signal,
        onProgress,
        backupDir: opts.backupDir,
        configDir: opts.configDir,
        settingsFile: opts.settingsPath,
        file: external_node_path_.resolve(cwd, file),
        settings: opts.settings,
        now: opts.render.now,
        lockTimeoutMs: opts.lockTimeoutMs,
        ...(flags.name !== undefined ? { name: flags.name } : {}),
        allowInvalid: flags.allowInvalid ?? false,
        faults: opts.faults,
    })));
    return {
        human: renderImport(result, opts.render),
        json: {
            name: result.name,
            path: result.path,
            renamedFrom: result.renamedFrom ?? null,
            files: result.manifest.files.length,
            validation: result.validation.summary,
        },
        exitCode: errors/* ExitCode */.yU.ok,
    };
}
async function unlockCommand(opts, flags) {
    const result = await unlockStore({ backupDir: opts.backupDir, force: flags.force ?? false });
    const json = result.removed
        ? {
            removed: true,
            forced: result.forced,
            holder: result.lock.holder,
            reason: result.lock.reason,
            refreshedSecondsAgo: Math.round(result.lock.ageMs / 1000),
            warnings: result.warnings,
        }
        : { removed: false };
    return { human: renderUnlock(result, opts.render), json, exitCode: errors/* ExitCode */.yU.ok };
}
function kebab(flag) {
    return flag.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}


/***/ })

};
;