"use strict";
exports.id = 889;
exports.ids = [889];
exports.modules = {

/***/ 5889:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  listBackups: () => (/* binding */ listBackups)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/errors/index.js + 5 modules
var errors = __webpack_require__(8378);
// EXTERNAL MODULE: ./lib/core/store/manifest.js
var store_manifest = __webpack_require__(2048);
// EXTERNAL MODULE: ./lib/core/store/pack.js
var pack = __webpack_require__(6624);
// EXTERNAL MODULE: ./lib/core/config/snapshot.js
var config_snapshot = __webpack_require__(936);
// EXTERNAL MODULE: ./lib/core/config/select.js
var config_select = __webpack_require__(8080);
// EXTERNAL MODULE: ./lib/core/store/backup-reader.js
var backup_reader = __webpack_require__(1883);
// EXTERNAL MODULE: ./lib/core/diff/formatting.js
var formatting = __webpack_require__(1424);
// EXTERNAL MODULE: ./lib/core/kinds/index.js
var kinds = __webpack_require__(6751);
// EXTERNAL MODULE: ./lib/core/config/settings.js
var config_settings = __webpack_require__(2393);
// EXTERNAL MODULE: ./lib/core/store/store.js
var store = __webpack_require__(7288);
// EXTERNAL MODULE: ./lib/core/config/config-version.js
var config_version = __webpack_require__(4679);
// EXTERNAL MODULE: ./lib/core/diff/snapshots.js
var snapshots = __webpack_require__(2430);
// EXTERNAL MODULE: ./lib/core/diff/summary.js
var summary = __webpack_require__(1247);
// EXTERNAL MODULE: ./lib/core/diff/text.js
var diff_text = __webpack_require__(2036);
;// CONCATENATED MODULE: ./lib/core/inspect/list-changes.js





/**
 * Names what changed between backups and the current config, entity by entity ("11 agents
 * renamed, +1 file"), for a list of many backups: each distinct file content is parsed once,
 * and backups whose files differ from the current config in the same way share one answer
 * (a store of daily backups of an unchanged config costs one diff, not one per backup).
 */
class ChangeNamer {
    backupDir;
    secretKeys;
    parsed = new Map();
    answers = new Map();
    current;
    constructor(backupDir, current, secretKeys) {
        this.backupDir = backupDir;
        this.secretKeys = secretKeys;
        this.current = new Map(current.map((f) => [f.path, f]));
    }
    /**
     * The changes from the backup to the current config, as `summarizeChanges` phrases them;
     * undefined when a stored copy cannot be read or does not match its manifest (the list's
     * file counts stand then, and `verify` says why).
     */
    async describe(dir, manifest) {
        const inBackup = new Map(manifest.files.map((f) => [f.path, f]));
        const changed = manifest.files.filter((f) => this.current.get(f.path)?.sha256 !== f.sha256);
        const added = [...this.current.keys()].filter((p) => !inBackup.has(p)).sort();
        const key = [...changed.map((f) => `${f.path}\0${f.sha256}`), ...added].join('\n');
        if (this.answers.has(key))
            return this.answers.get(key);
        const read = (0,backup_reader/* storedContentReader */.Ud)(this.backupDir, dir, manifest);
        const settings = (0,snapshots/* withDefaults */.rO)({ secretKeys: [...this.secretKeys], patches: false });
        const files = added.map((p) => ({
            path: p,
            status: 'added',
            changes: [],
            patch: null,
            version: { from: null, to: null, majorChange: false },
        }));
        let answer;
        try {
            for (const file of changed) {
                const now = this.current.get(file.path);
                if (!now) {
                    files.push({
                        path: file.path,
                        status: 'removed',
                        changes: [],
                        patch: null,
                        version: { from: null, to: null, majorChange: false },
                    });
                    continue;
                }
                const load = async () => {
                    const bytes = await read(file);
                    if (bytes.length !== file.size || (0,config_snapshot/* sha256Hex */.fg)(bytes) !== file.sha256)
                        throw new Error(`${file.path}: content changed`);
                    return bytes;
                };
                if ((0,diff_text/* isNonJson */.Ym)(file.path)) {
                    files.push((0,diff_text/* diffNonJson */.re)(file.path, await load(), now.bytes));
                    continue;
                }
                const before = await this.parse(file.sha256, load);
                const after = await this.parse(now.sha256, async () => now.bytes);
                files.push((0,snapshots/* diffContent */.t5)(file.path, before, after, settings));
            }
            answer = (0,summary/* summarizeChanges */.N)(files);
        }
        catch {
            answer = undefined;
        }
        this.answers.set(key, answer);
        return answer;
    }
    async parse(sha256, load) {
        let parsed = this.parsed.get(sha256);
        if (!parsed) {
            parsed = (0,snapshots/* parseDocument */.Tp)({ bytes: await load() });
            this.parsed.set(sha256, parsed);
        }
        return parsed;
    }
}

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
    const storedProblems = loaded.map((entry) => entry.manifest ? missingCopies(options.backupDir, entry.dir, entry.manifest, onDisk) : []);
    const formatting = current ? formattingCheck(options.backupDir, current) : undefined;
    for (const [i, entry] of loaded.entries()) {
        const problems = [...entry.problems, ...(storedProblems[i] ?? [])];
        if (!entry.manifest || problems.length > 0) {
            // A backup a concurrent clean removed while this list ran (its packs may go first) is gone, not damaged.
            if ((0,external_node_fs_.lstatSync)(entry.dir, { throwIfNoEntry: false }))
                damaged.push({ name: entry.name, problems });
        }
        else
            backups.push(await summarizeBackup(entry.manifest, entry.dir, current, formatting));
    }
    if (current) {
        const namer = new ChangeNamer(options.backupDir, current.files, settings.secretKeys);
        const manifests = new Map(loaded.map((entry) => [entry.name, entry]));
        for (const backup of backups.slice(0, options.namedChanges ?? backups.length)) {
            const entry = manifests.get(backup.name);
            const comparison = backup.comparison;
            if (!entry?.manifest || !comparison || comparison.summary === IDENTICAL)
                continue;
            // Only reformatted files: the file count already says all there is ("1 file differs: formatting only").
            const d = comparison.difference;
            if (d.added.length + d.removed.length === 0 && comparison.formattingOnly.length === d.changed.length)
                continue;
            // Runtime state is left out of the comparison, as restore leaves it alone.
            const compared = {
                ...entry.manifest,
                files: entry.manifest.files.filter((f) => current.leftOut(f.path) === null),
            };
            const named = await namer.describe(entry.dir, compared);
            if (named !== undefined && named !== 'no changes')
                comparison.summary = named;
        }
    }
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
        return { files: snapshot.files, configVersion: (0,config_version/* configurationVersion */.jq)(versions), leftOut: (0,config_select/* fileSelection */.B)(settings) };
    }
    catch (error) {
        // Listing must work even when the config dir is gone, or keeps losing files to a restore
        // running at the same time (readSnapshot read it again first): then without comparing.
        if (error instanceof errors/* ConfigDirNotFoundError */.D5 || error instanceof errors/* EmptyConfigError */.xz)
            return null;
        if (error instanceof errors/* FileUnreadableError */.Wd && error.errno === 'ENOENT')
            return null;
        throw error;
    }
}
async function summarizeBackup(manifest, dir, current, formatting) {
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
    if (current && formatting)
        summary.comparison = await compareWithCurrent(manifest, dir, current, formatting);
    return summary;
}
function formattingCheck(backupDir, current) {
    const now = new Map(current.files.map((f) => [f.path, f]));
    const known = new Map();
    return (dir, manifest, file) => {
        const entry = manifest.files.find((f) => f.path === file);
        const mine = now.get(file);
        if (!entry || !mine || (0,kinds/* kindOfPath */.Bs)(file) !== 'json')
            return Promise.resolve(false);
        const key = `${mine.sha256}:${entry.sha256}`;
        let verdict = known.get(key);
        if (!verdict) {
            // A copy that cannot be read or does not match its checksum differs, and `verify` says why.
            verdict = (0,backup_reader/* storedContentReader */.Ud)(backupDir, dir, manifest)(entry).then((bytes) => (0,config_snapshot/* sha256Hex */.fg)(bytes) === entry.sha256 && (0,formatting/* isFormattingOnly */.e)(file, mine.bytes, bytes), () => false);
            known.set(key, verdict);
        }
        return verdict;
    };
}
async function compareWithCurrent(manifest, dir, current, formatting) {
    const difference = (0,config_snapshot/* contentDifference */.Lz)(current.files, manifest.files.filter((f) => current.leftOut(f.path) === null));
    const formattingOnly = [];
    for (const file of difference.changed)
        if (await formatting(dir, manifest, file))
            formattingOnly.push(file);
    const reasons = [];
    const backupMajor = (0,config_version/* majorVersion */.iR)(manifest.configVersion);
    const currentMajor = (0,config_version/* majorVersion */.iR)(current.configVersion);
    if (backupMajor !== undefined && currentMajor !== undefined && backupMajor !== currentMajor) {
        reasons.push(`major version ${manifest.configVersion} differs from current ${current.configVersion}`);
    }
    if (manifest.validation && manifest.validation.errors > 0) {
        reasons.push(`${manifest.validation.errors} validation error${manifest.validation.errors === 1 ? '' : 's'}`);
    }
    return {
        compatible: reasons.length === 0,
        reasons,
        difference,
        formattingOnly,
        summary: describeDifference(difference, formattingOnly.length),
    };
}
const IDENTICAL = 'identical to current';
function describeDifference(d, formattingOnly) {
    const total = d.added.length + d.removed.length + d.changed.length;
    if (total === 0)
        return IDENTICAL;
    const parts = [];
    if (d.changed.length > 0) {
        const differ = `${d.changed.length} file${d.changed.length === 1 ? '' : 's'} differ${d.changed.length === 1 ? 's' : ''}`;
        parts.push(formattingOnly === 0
            ? differ
            : formattingOnly === d.changed.length
                ? `${differ}: ${formatting/* FORMATTING_ONLY */.p}`
                : `${differ} (${formattingOnly} ${formatting/* FORMATTING_ONLY */.p})`);
    }
    if (d.removed.length > 0)
        parts.push(`${d.removed.length} only in current`);
    if (d.added.length > 0)
        parts.push(`${d.added.length} only in backup`);
    return parts.join(', ');
}


/***/ })

};
;