"use strict";
exports.id = 520;
exports.ids = [520];
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

// EXTERNAL MODULE: ./lib/errors/index.js + 5 modules
var errors = __webpack_require__(8378);
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/core/store/manifest.js
var store_manifest = __webpack_require__(2048);
// EXTERNAL MODULE: ./lib/core/store/store.js
var store = __webpack_require__(7288);
// EXTERNAL MODULE: ./lib/core/util/builtins.js
var builtins = __webpack_require__(5262);
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
        const tags = [
            ...new Set([...before.filter((t) => !removing.has(t)), ...change.add.filter((t) => !removing.has(t))]),
        ];
        if (tags.length === before.length && tags.every((t, i) => t === before[i]))
            return { name: change.name, before, tags, changed: false };
        const { checksum: _old, ...rest } = loaded.manifest;
        await replaceManifest(change.backupDir, loaded.dir, (0,store_manifest/* sealManifest */.DB)({ ...rest, tags }));
        const written = await (0,store/* loadManifest */.eY)(change.backupDir, change.name);
        if (written.problems.length > 0)
            throw new errors/* BackupDamagedError */.EF(change.name, written.problems);
        await (0,store_history/* appendHistory */.b)(change.backupDir, {
            operation: 'tag',
            backup: change.name,
            outcome: 'success',
            detail: `tags: ${tags.join(', ') || '(none)'}`,
        }).catch(() => undefined);
        return { name: change.name, before, tags, changed: true };
    }
    finally {
        await lock.release();
    }
}
/** Writes the new manifest beside the store and renames it into place (replaceViaStaging). */
async function replaceManifest(backupDir, dir, manifest) {
    const body = (0,store_manifest/* isPacked */.lS)(manifest)
        ? (0,builtins/* zlib */.w)().gzipSync(`${JSON.stringify(manifest)}\n`, { level: 9 })
        : (0,store_manifest/* serializeManifest */.MZ)(manifest);
    await (0,store/* replaceViaStaging */.Gr)(backupDir, `tag-${manifest.name}`, external_node_path_.join(dir, (0,store_manifest/* manifestFileName */.V6)(manifest)), body, 0o444);
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
    lines.push(entries.length < total
        ? `Newest ${entries.length} of ${(0,format/* plural */.LS)(total, 'entry', 'entries')}:`
        : `${(0,format/* plural */.LS)(total, 'entry', 'entries')}, newest first:`, '');
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
    const result = await changeTags({
        backupDir: opts.backupDir,
        name,
        add: flags.add ?? [],
        remove: flags.remove ?? [],
        lockTimeoutMs: opts.lockTimeoutMs,
    });
    return { human: renderTags(result, opts.render), json: result, exitCode: errors/* ExitCode */.yU.ok };
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


/***/ })

};
;