"use strict";
exports.id = 838;
exports.ids = [838];
exports.modules = {

/***/ 1916:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
exports.Io = __webpack_unused_export__ = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.Io = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
__webpack_unused_export__ = closest;


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
        return documentVersion(JSON.parse(Buffer.from(bytes)
            .toString('utf8')
            .replace(/^\uFEFF/, '')));
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 4666:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ createBackup),
  z: () => (/* binding */ createBackupLocked)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/errors/index.js + 5 modules
var errors = __webpack_require__(8378);
// EXTERNAL MODULE: ./lib/core/util/interrupt.js
var interrupt = __webpack_require__(2763);
// EXTERNAL MODULE: ./lib/core/util/faults.js
var util_faults = __webpack_require__(2567);
// EXTERNAL MODULE: ./lib/core/util/fs.js
var fs = __webpack_require__(5637);
// EXTERNAL MODULE: ./lib/core/store/pack.js
var pack = __webpack_require__(6624);
// EXTERNAL MODULE: ./lib/core/store/history.js
var store_history = __webpack_require__(7309);
// EXTERNAL MODULE: ./lib/core/store/names.js
var store_names = __webpack_require__(1833);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./lib/core/util/progress.js
var progress = __webpack_require__(4301);
// EXTERNAL MODULE: ./lib/core/config/scan.js
var config_scan = __webpack_require__(9877);
// EXTERNAL MODULE: ./lib/core/config/owned-paths.js
var owned_paths = __webpack_require__(3742);
// EXTERNAL MODULE: ./lib/core/config/snapshot.js
var config_snapshot = __webpack_require__(936);
// EXTERNAL MODULE: ./lib/core/validate/index.js + 10 modules
var validate = __webpack_require__(8676);
// EXTERNAL MODULE: ./lib/core/config/config-version.js
var config_version = __webpack_require__(4679);
// EXTERNAL MODULE: ./lib/core/kinds/index.js
var kinds = __webpack_require__(6751);
// EXTERNAL MODULE: ./lib/core/util/json.js
var json = __webpack_require__(3044);
;// CONCATENATED MODULE: ./lib/core/create/hash-source.js













async function hashConfigDir(options, feed) {
    const scan = await (0,config_scan/* scanConfigDir */.j1)({ ...options, owned: (0,owned_paths/* ownedPaths */.qX)(options) });
    const where = new Map(scan.files.map((f) => [f.path, f.absolutePath]));
    // Synchronous reads: async ones wait in the thread pool behind the pack's gzip jobs, which
    // left the main thread idle for a third of a large create.
    const readBytes = async (relative) => {
        try {
            return (0,external_node_fs_.readFileSync)(where.get(relative) ?? external_node_path_.join(scan.root, relative));
        }
        catch (error) {
            throw new errors/* FileUnreadableError */.Wd(relative, (0,errors/* errnoOf */.UQ)(error), { cause: error });
        }
    };
    const readExtra = async (relative) => (0,promises_.readFile)(external_node_path_.join(scan.root, relative)).catch(() => undefined);
    const sizeOf = (file) => {
        try {
            return (0,external_node_fs_.statSync)(file).size;
        }
        catch {
            return 0;
        }
    };
    const totalSize = scan.files.reduce((sum, f) => sum + sizeOf(f.absolutePath), 0);
    const paths = [...where.keys()];
    return hashSource(paths, scan.skipped, readBytes, new validate/* DocumentValidator */.oS(paths, { settings: options.settings, readExtra }), await feed?.(totalSize), (0,progress/* progressCounter */.Q)(options.onProgress, 'reading', where.size));
}
/**
 * `validation`: the documents' report when the caller has just made it (the pre-commit hook
 * judges HEAD's documents): they are then parsed only for their `version`, not validated again.
 */
async function hashDocuments(documents, settings, feed, validation) {
    const bytes = new Map(documents.map((d) => [d.path, Buffer.from(d.bytes.buffer, d.bytes.byteOffset, d.bytes.byteLength)]));
    const totalSize = documents.reduce((sum, d) => sum + d.bytes.byteLength, 0);
    const paths = [...bytes.keys()];
    return hashSource(paths, [], async (p) => bytes.get(p), validation ? reportGiven(validation) : new validate/* DocumentValidator */.oS(paths, { settings, readExtra: async () => undefined }), await feed?.(totalSize));
}
/** A report made by the caller; each JSON document is parsed as the validator does, for its value. */
function reportGiven(validation) {
    return {
        add: (doc) => {
            if ((0,kinds/* kindOfPath */.Bs)(doc.path) !== 'json')
                return undefined;
            const decoded = (0,json/* decodeUtf8 */._6)(doc.bytes);
            const parsed = decoded.ok ? (0,json/* parseJson */.qF)(decoded.text) : undefined;
            return parsed?.ok ? { value: parsed.value } : undefined;
        },
        finish: async () => validation,
    };
}
async function hashSource(paths, skipped, readBytes, validator, sink, tick = () => undefined) {
    // With a sink, one file at a time and in path order: the pack's layout stays deterministic.
    const files = await (0,fs/* mapLimit */.sf)(paths, sink ? 1 : 8, async (relative) => {
        const bytes = await readBytes(relative);
        const version = (0,config_version/* documentVersion */.am)(validator.add({ path: relative, bytes })?.value);
        const file = {
            path: relative,
            size: bytes.length,
            sha256: (0,config_snapshot/* sha256Hex */.fg)(bytes),
            ...(version === undefined ? {} : { version }),
        };
        await sink?.(file, bytes);
        tick();
        return file;
    });
    return {
        files,
        skipped,
        validation: await validator.finish(),
        read: async (file) => {
            const bytes = await readBytes(file.path);
            if (bytes.length !== file.size || (0,config_snapshot/* sha256Hex */.fg)(bytes) !== file.sha256)
                throw new errors/* ConfigChangedDuringBackupError */.i0(file.path);
            return bytes;
        },
    };
}

// EXTERNAL MODULE: ./lib/core/config/settings.js
var config_settings = __webpack_require__(2393);
// EXTERNAL MODULE: ./lib/core/store/store.js
var store = __webpack_require__(7288);
// EXTERNAL MODULE: ./lib/core/inspect/verify.js
var verify = __webpack_require__(1015);
// EXTERNAL MODULE: ./lib/version.js
var version = __webpack_require__(3411);
// EXTERNAL MODULE: ./lib/core/store/manifest.js
var store_manifest = __webpack_require__(2048);
// EXTERNAL MODULE: ./lib/core/util/builtins.js
var builtins = __webpack_require__(5262);
;// CONCATENATED MODULE: ./lib/core/create/write-backup.js












/**
 * Writes the backup `name` in a staging directory and publishes it. Configs over
 * `compressAbove` bytes are packed (format 2); smaller ones keep one plain copy per file
 * (format 1), readable with `cat` when it matters most.
 */
async function writeBackup(input) {
    const totalSize = input.files.reduce((sum, f) => sum + f.size, 0);
    let stager = input.stager;
    const staging = stager?.staging ?? external_node_path_.join(input.backupDir, `${store/* STAGING_PREFIX */.th}${input.name}-${process.pid}`);
    try {
        if (!stager && isPackedSize(totalSize, input.settings)) {
            stager = await PackStager.open({
                backupDir: input.backupDir,
                label: `${input.name}-${process.pid}`,
                level: input.settings.compressionLevel,
                previous: input.previous,
                faults: input.faults,
            });
        }
        if (stager)
            return await writePacked(input, stager, totalSize);
        (0,external_node_fs_.mkdirSync)(staging);
        return await writeLoose(input, staging, totalSize);
    }
    catch (error) {
        await (stager?.discard() ?? (0,fs/* removeTree */.dM)(staging)).catch(() => undefined);
        if (error instanceof errors/* OrchBackupError */.FY)
            throw error;
        throw new errors/* StoreWriteError */.NW(external_node_path_.join(input.backupDir, input.name), (0,errors/* errnoOf */.UQ)(error), { cause: error });
    }
}
/** Configs over `compressAbove` bytes are packed. */
function isPackedSize(totalSize, settings) {
    return totalSize > settings.compressAbove;
}
function seal(input, totalSize, body) {
    const { packs, ...rest } = body;
    return (0,store_manifest/* sealManifest */.DB)({
        formatVersion: rest.formatVersion,
        name: input.name,
        createdAt: (input.now ?? new Date()).toISOString(),
        description: input.description ?? null,
        trigger: input.trigger ?? 'manual',
        tags: [...new Set(input.tags ?? [])],
        tool: { name: version/* TOOL_NAME */.l, version: version/* TOOL_VERSION */.w },
        configVersion: (0,config_version/* configurationVersion */.jq)(rest.files),
        compression: rest.compression,
        ...(packs ? { packs } : {}),
        files: rest.files,
        fileCount: rest.files.length,
        totalSize,
        storedSize: rest.storedSize,
        validation: {
            status: input.validation.status,
            errors: input.validation.summary.errors,
            warnings: input.validation.summary.warnings,
        },
    });
}
function baseEntry(file) {
    return { path: file.path, size: file.size, sha256: file.sha256, ...(file.version ? { version: file.version } : {}) };
}
async function writeLoose(input, staging, totalSize) {
    const faults = input.faults ?? util_faults/* noFaults */.n;
    const reusable = reusableCopies(input.previous[0]);
    const dirs = new Set([staging, external_node_path_.join(staging, store_manifest/* FILES_DIR */.qM)]);
    for (const file of input.files)
        dirs.add(external_node_path_.join(staging, store_manifest/* FILES_DIR */.qM, external_node_path_.dirname(file.path)));
    // Synchronous, as the manifest below: fixed steps whose thread-pool round trips cost more than they do.
    for (const dir of [...dirs].sort())
        if (dir !== staging)
            (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    // A few files (a typical config, backed up on every hook commit) are linked and written
    // directly, one after another; many go through the thread pool several at a time.
    const few = input.files.length <= FEW_FILES;
    const files = await (0,fs/* mapLimit */.sf)(input.files, few ? 1 : 8, async (file) => {
        const stored = `${store_manifest/* FILES_DIR */.qM}/${file.path}`;
        const target = external_node_path_.join(staging, ...stored.split('/'));
        const entry = { ...baseEntry(file), stored };
        const same = reusable.get(file.sha256);
        if (same && (await linked(same.path, target, few)))
            return { ...entry, storedSize: same.storedSize };
        const bytes = await input.read(file);
        if (few)
            (0,fs/* writeNewFileSync */.rs)(target, bytes, 0o444);
        else
            await (0,fs/* writeNewFile */.S0)(target, bytes, 0o444);
        faults.reached('create:staged-file');
        return { ...entry, storedSize: file.size };
    });
    const manifest = seal(input, totalSize, {
        formatVersion: store_manifest/* LOOSE_FORMAT_VERSION */.GV,
        compression: 'none',
        files,
        storedSize: files.reduce((s, f) => s + f.storedSize, 0),
    });
    (0,fs/* writeNewFileSync */.rs)(external_node_path_.join(staging, store_manifest/* MANIFEST_FILE */.h1), (0,store_manifest/* serializeManifest */.MZ)(manifest), 0o444);
    faults.reached('create:manifest-written');
    await (0,store/* publishStaged */.QC)(input.backupDir, staging, input.name, dirs);
    return manifest;
}
const FEW_FILES = 16;
/** Hard-links `existing` as `target`; false when that is not possible (another file system, a limit). */
async function linked(existing, target, sync) {
    if (!sync)
        return (0,promises_.link)(existing, target).then(() => true, () => false);
    try {
        (0,external_node_fs_.linkSync)(existing, target);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Plain copies of the newest loose backup, by content, that the new backup can share as hard
 * links (as rsnapshot does). Copies are read-only and a backup's deletion only drops a link.
 */
function reusableCopies(previous) {
    const copies = new Map();
    if (!previous?.manifest || previous.manifest.compression !== 'none')
        return copies;
    for (const file of previous.manifest.files) {
        if (!file.stored || file.stored.endsWith('.gz'))
            continue;
        copies.set(file.sha256, { path: external_node_path_.join(previous.dir, ...file.stored.split('/')), storedSize: file.storedSize });
    }
    return copies;
}
/**
 * The new pack of a packed backup, in the backup's staging directory. Create offers it each
 * file's bytes during its first pass, so compression runs in the thread pool while the main
 * thread hashes and validates; content an intact packed backup already holds is not stored.
 */
class PackStager {
    staging;
    writer;
    known;
    faults;
    slots = new Map();
    constructor(staging, writer, known, faults) {
        this.staging = staging;
        this.writer = writer;
        this.known = known;
        this.faults = faults;
    }
    /** `label` names the staging directory; the backup's own name is given when it is published. */
    static async open(options) {
        const staging = external_node_path_.join(options.backupDir, `${store/* STAGING_PREFIX */.th}${options.label}`);
        const known = await storedContent(options.backupDir, options.previous);
        await (0,promises_.mkdir)(staging);
        try {
            return new PackStager(staging, await pack/* PackWriter */.lp.create(external_node_path_.join(staging, 'new.pack'), options.level), known, options.faults ?? util_faults/* noFaults */.n);
        }
        catch (error) {
            await (0,fs/* removeTree */.dM)(staging).catch(() => undefined);
            throw error;
        }
    }
    holds(sha256) {
        return this.known.has(sha256) || this.slots.has(sha256);
    }
    async offer(sha256, bytes) {
        if (this.holds(sha256))
            return;
        this.slots.set(sha256, await this.writer.add(bytes));
        this.faults.reached('create:staged-file');
    }
    /** Writes the last block and fsyncs; returns the new pack's id, if it holds anything. */
    async finish() {
        const stagedPack = external_node_path_.join(this.staging, 'new.pack');
        if (this.slots.size === 0) {
            await this.writer.abort();
            await (0,promises_.unlink)(stagedPack);
            return undefined;
        }
        const { id } = await this.writer.finish();
        return {
            id,
            locate: (sha256) => ({
                ...this.writer.locations[this.slots.get(sha256)],
                pack: id,
            }),
        };
    }
    async discard() {
        await this.writer.abort();
        await (0,fs/* removeTree */.dM)(this.staging);
    }
}
/**
 * Format 2: new content goes into one new pack (one file, one fsync); content any intact packed
 * backup already holds is referenced where it is. The pack is moved into `.packs/` before the
 * backup is published, so a crash in between leaves an unreferenced pack that the next writer
 * deletes, never a backup without its data.
 */
async function writePacked(input, stager, totalSize) {
    const faults = input.faults ?? util_faults/* noFaults */.n;
    // Files the first pass did not offer (or every file, when no first pass fed the stager).
    for (const file of input.files)
        if (!stager.holds(file.sha256))
            await stager.offer(file.sha256, await input.read(file));
    const pack = await stager.finish();
    const located = input.files.map((file) => stager.known.get(file.sha256) ?? pack.locate(file.sha256));
    const packs = [...new Set(located.map((l) => l.pack))].sort();
    const files = input.files.map((file, i) => {
        const where = located[i];
        return {
            ...baseEntry(file),
            pack: packs.indexOf(where.pack),
            offset: where.offset,
            start: where.start,
            storedSize: where.storedSize,
        };
    });
    const members = new Map(files.map((f) => [`${f.pack}:${f.offset}`, f.storedSize]));
    const storedSize = [...members.values()].reduce((s, n) => s + n, 0);
    const manifest = seal(input, totalSize, {
        formatVersion: store_manifest/* FORMAT_VERSION */.Hp,
        compression: 'gzip',
        packs,
        files,
        storedSize,
    });
    await (0,fs/* writeNewFile */.S0)(external_node_path_.join(stager.staging, store_manifest/* PACKED_MANIFEST_FILE */.K$), (0,builtins/* zlib */.w)().gzipSync(`${JSON.stringify(manifest)}\n`, { level: 9 }), 0o444);
    faults.reached('create:manifest-written');
    if (pack) {
        await movePack(input.backupDir, external_node_path_.join(stager.staging, 'new.pack'), pack.id);
        faults.reached('create:pack-stored');
    }
    await (0,store/* publishStaged */.QC)(input.backupDir, stager.staging, input.name, [stager.staging]);
    return manifest;
}
/** Where each content (by SHA-256) already is in a pack that still exists. */
async function storedContent(backupDir, previous) {
    const known = new Map();
    const exists = new Map();
    const packExists = (id) => {
        let found = exists.get(id);
        if (!found)
            exists.set(id, (found = (0,promises_.stat)((0,pack/* packPath */.x9)(backupDir, id)).then((s) => s.isFile(), () => false)));
        return found;
    };
    for (const entry of previous) {
        const manifest = entry.manifest;
        if (!manifest?.packs || entry.problems.length > 0)
            continue;
        for (const file of manifest.files) {
            if (known.has(file.sha256) || !(0,store_manifest/* isPackedEntry */.Bd)(file))
                continue;
            const id = manifest.packs[file.pack];
            if (!(await packExists(id)))
                continue;
            known.set(file.sha256, { pack: id, offset: file.offset, start: file.start, storedSize: file.storedSize });
        }
    }
    return known;
}
async function movePack(backupDir, stagedPack, id) {
    const dir = external_node_path_.join(backupDir, pack/* PACKS_DIR */.Lb);
    const created = await (0,promises_.mkdir)(dir).then(() => true, (error) => {
        if ((0,errors/* errnoOf */.UQ)(error) !== 'EEXIST')
            throw error;
        return false;
    });
    if (created)
        await (0,fs/* fsyncDir */.t_)(backupDir);
    // Same id, same bytes: a pack already there (e.g. from a crashed earlier attempt) is kept.
    await (0,promises_.rename)(stagedPack, (0,pack/* packPath */.x9)(backupDir, id));
    await (0,fs/* fsyncDir */.t_)(dir);
}

;// CONCATENATED MODULE: ./lib/core/create/create.js

















/**
 * Snapshots the config dir into a new backup: built in a staging directory, fsynced,
 * renamed into place (so it appears whole or not at all), then re-read and verified.
 */
async function createBackup(options) {
    const settings = options.settings ?? config_settings/* DEFAULT_SETTINGS */.a$;
    if (options.name !== undefined)
        (0,store_names/* assertNewName */.AP)(options.name);
    // Before the lock: locking creates the backup dir, which must not conjure up a missing config dir.
    if (!options.documents)
        await (0,config_scan/* resolveConfigRoot */.bx)(options.configDir);
    const lock = await (0,store/* lockStore */.$_)(options.backupDir, 'create', options.lockTimeoutMs ?? settings.lockTimeoutMs);
    try {
        return await createBackupLocked(options);
    }
    finally {
        await lock.release();
    }
}
/** How many of the newest backups a new one may share content with (packs, hard links). */
const SHARE_WITH_NEWEST = 3;
/** How many of the newest backups skipIfStored compares with (and, without the sweep, all that is read). */
const STORED_WINDOW = 50;
/** `createBackup` for a caller that already holds the store lock (restore's safety backup). */
async function createBackupLocked(options) {
    const settings = options.settings ?? config_settings/* DEFAULT_SETTINGS */.a$;
    const faults = (0,interrupt/* interruptible */.I)(options.faults ?? util_faults/* noFaults */.n, options.signal, 'create');
    if (options.name !== undefined)
        (0,store_names/* assertNewName */.AP)(options.name);
    // Checksums only for the backups create relies on: the newest few (content to share, the
    // unchanged check) and, for skipIfStored, the one whose content matches; checking every
    // manifest of a large store cost more than the rest of an incremental create (the hooks
    // create with skipIfStored on every commit and every config edit).
    // One listing, taken under the lock, serves the reads below and the choice of the new name.
    const names = await (0,store/* backupNames */.pS)(options.backupDir);
    const recent = new Set((0,store_names/* newestNames */.vr)(names, STORED_WINDOW));
    const sweep = options.sweepPacks !== false;
    const all = (0,store/* loadManifestsOf */.YB)(options.backupDir, sweep ? names : [...recent], { checksums: false });
    const parsed = all.filter((m) => m.manifest && m.problems.length === 0);
    const intact = parsed.slice(0, SHARE_WITH_NEWEST).filter(store/* confirmManifest */.GD);
    if (sweep)
        await (0,pack/* removeUnreferencedPacks */.rD)(options.backupDir, all);
    let stager;
    const feed = async (totalSize) => {
        if (!isPackedSize(totalSize, settings))
            return undefined;
        const opened = await PackStager.open({
            backupDir: options.backupDir,
            label: `create-${process.pid}`,
            level: settings.compressionLevel,
            previous: intact,
            faults,
        });
        stager = opened;
        return (file, bytes) => opened.offer(file.sha256, bytes);
    };
    let snapshot;
    let validation;
    try {
        // Documents from elsewhere (git's HEAD) are held to the same rule as the scan: never the tool's own files.
        const owned = (0,owned_paths/* ownedPaths */.qX)({
            configDir: options.configDir,
            backupDir: options.backupDir,
            settingsFile: options.settingsFile ?? null,
        });
        snapshot = options.documents
            ? await hashDocuments(options.documents.filter((d) => (0,owned_paths/* ownedPathProblem */.ic)(d.path, owned) === null), settings, feed, options.documentsValidation)
            : await hashConfigDir({
                configDir: options.configDir,
                backupDir: options.backupDir,
                settings,
                settingsFile: options.settingsFile ?? null,
                ...pick(options, ['onProgress']),
            }, feed);
        if (snapshot.files.length === 0)
            throw new errors/* EmptyConfigError */.xz(options.configDir, settings.include);
        faults.reached('create:hashed');
        validation = snapshot.validation;
        const syntax = validation.diagnostics.find((d) => d.code === 'json-syntax' || d.code === 'encoding');
        if (syntax && !options.allowInvalid)
            throw new errors/* InvalidJsonError */.a6(syntax.file ?? '?', syntax.line ?? 1, syntax.column ?? 1, syntax.message.replace(/^invalid JSON: /, ''));
    }
    catch (error) {
        await stager?.discard().catch(() => undefined);
        if (error instanceof errors/* OperationInterruptedError */.Cz && stager)
            throw new errors/* OperationInterruptedError */.Cz(error.operation, 'partial-removed');
        throw error;
    }
    let name;
    try {
        if (options.skipIfUnchanged || options.skipIfStored) {
            const candidates = options.skipIfStored ? parsed.filter((m) => recent.has(m.name)) : intact.slice(0, 1);
            const same = candidates.find((m) => m.manifest && (0,config_snapshot/* sameContent */.Cm)(m.manifest.files, snapshot.files) && (0,store/* confirmManifest */.GD)(m));
            if (same?.manifest) {
                await stager?.discard();
                return {
                    created: false,
                    unchangedSince: same.name,
                    path: same.dir,
                    manifest: same.manifest,
                    skipped: snapshot.skipped,
                    validation,
                };
            }
        }
        name = await chooseName(options, names);
        const finalDir = external_node_path_.join(options.backupDir, name);
        const input = {
            backupDir: options.backupDir,
            name,
            files: snapshot.files,
            read: snapshot.read,
            validation,
            settings,
            previous: intact,
            ...pick(options, ['description', 'trigger', 'tags', 'now']),
            faults,
        };
        let manifest = await writeBackup({ ...input, ...(stager ? { stager } : {}) });
        faults.reached('create:published');
        // The content written now is read back and checked; packs shared with earlier backups were
        // checked when they were written (and `verify` checks every byte): here only their length.
        const shared = new Set(intact.flatMap((m) => m.manifest?.packs ?? []));
        let check = await (0,verify/* verifyBackup */.gu)(options.backupDir, name, { trustedPacks: shared, ...pick(options, ['onProgress']) });
        if (!check.ok && intact[0]) {
            // A shared copy may have rotted in an earlier backup: write every file anew once.
            await discard(options.backupDir, name);
            manifest = await writeBackup({ ...input, previous: [] });
            check = await (0,verify/* verifyBackup */.gu)(options.backupDir, name);
        }
        if (!check.ok) {
            await discard(options.backupDir, name);
            throw new errors/* BackupDamagedError */.EF(name, check.problems.map((p) => p.message));
        }
        faults.reached('create:verified');
        // The backup is published and verified: from here on nothing may report it as not made.
        const unrecorded = await (0,store_history/* appendHistory */.b)(options.backupDir, {
            operation: 'create',
            backup: name,
            outcome: 'success',
            trigger: manifest.trigger,
        });
        return {
            created: true,
            name,
            path: finalDir,
            manifest,
            skipped: snapshot.skipped,
            validation,
            warnings: unrecorded ? [unrecorded] : [],
        };
    }
    catch (error) {
        await stager?.discard().catch(() => undefined);
        let failure = error instanceof errors/* OrchBackupError */.FY
            ? error
            : new errors/* StoreWriteError */.NW(options.backupDir, (0,errors/* errnoOf */.UQ)(error), { cause: error });
        if (failure instanceof errors/* OperationInterruptedError */.Cz && name !== undefined) {
            // Stopped after writing began: the staging dir is gone (writeBackup removes it); a published but unverified backup goes too.
            await discard(options.backupDir, name);
            failure = new errors/* OperationInterruptedError */.Cz(failure.operation, 'partial-removed');
        }
        await (0,store_history/* appendHistory */.b)(options.backupDir, {
            operation: 'create',
            backup: options.name ?? null,
            outcome: 'failure',
            error: failure.toJSON(),
        });
        throw failure;
    }
}
async function chooseName(options, names) {
    const existing = new Set(names);
    if (options.name !== undefined) {
        const taken = existing.has(options.name) ||
            (await (0,promises_.lstat)(external_node_path_.join(options.backupDir, options.name)).then(() => true, () => false));
        if (taken)
            throw new errors/* BackupExistsError */.j2(options.name);
        return options.name;
    }
    return (0,store_names/* uniqueName */.Fi)((0,store_names/* timestampName */.e2)(options.now ?? new Date(), options.namePrefix ?? 'backup'), (n) => existing.has(n));
}
async function discard(backupDir, name) {
    const trash = external_node_path_.join(backupDir, `${store/* TRASH_PREFIX */._t}${name}-${process.pid}`);
    await (0,promises_.rename)(external_node_path_.join(backupDir, name), trash).catch(() => undefined);
    await (0,fs/* removeTree */.dM)(trash);
}
function pick(object, keys) {
    return Object.fromEntries(keys.filter((k) => object[k] !== undefined).map((k) => [k, object[k]]));
}


/***/ })

};
;