"use strict";
exports.id = 107;
exports.ids = [107];
exports.modules = {

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
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8378);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5637);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9877);
/* harmony import */ var _owned_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3742);






/**
 * A config being rewritten while it is read (a restore moves files in and out, an editor saves by
 * rename) can lose a file between the listing and the read: the whole read is taken again, up to
 * this many times, before such a file is an error.
 */
const READ_ATTEMPTS = 3;
/** Reads every config file once: its bytes, size and SHA-256. */
async function readSnapshot(options) {
    for (let attempt = 1;; attempt++) {
        try {
            return await readSnapshotOnce(options);
        }
        catch (error) {
            if (!(error instanceof _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .FileUnreadableError */ .Wd && error.errno === 'ENOENT') || attempt >= READ_ATTEMPTS)
                throw error;
        }
    }
}
async function readSnapshotOnce(options) {
    const scan = await (0,_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .scanConfigDir */ .j1)({
        configDir: options.configDir,
        backupDir: options.backupDir,
        settings: options.settings,
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

/***/ 7990:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IW: () => (/* binding */ redactPatch),
/* harmony export */   Nq: () => (/* binding */ redactAt),
/* harmony export */   VL: () => (/* binding */ secretPairField),
/* harmony export */   XF: () => (/* reexport safe */ _secret_keys_js__WEBPACK_IMPORTED_MODULE_1__.XF),
/* harmony export */   ZT: () => (/* reexport safe */ _secret_keys_js__WEBPACK_IMPORTED_MODULE_1__.ZT),
/* harmony export */   bL: () => (/* binding */ rememberPatchSecrets),
/* harmony export */   jB: () => (/* binding */ redactPointer),
/* harmony export */   mL: () => (/* binding */ isSecretPointer),
/* harmony export */   oo: () => (/* binding */ isSecretEntity),
/* harmony export */   pu: () => (/* binding */ redactSecretValue),
/* harmony export */   redact: () => (/* binding */ redact),
/* harmony export */   redactString: () => (/* reexport safe */ _secret_keys_js__WEBPACK_IMPORTED_MODULE_1__.rd),
/* harmony export */   sJ: () => (/* binding */ isPlainScalarText),
/* harmony export */   uE: () => (/* reexport safe */ _secret_keys_js__WEBPACK_IMPORTED_MODULE_1__.uE),
/* harmony export */   wp: () => (/* reexport safe */ _secret_keys_js__WEBPACK_IMPORTED_MODULE_1__.wp)
/* harmony export */ });
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3044);
/* harmony import */ var _secret_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5400);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(793);




/** Fields that name an entry in `[{name, value}]`-style lists (environment variables, headers). */
const PAIR_NAME_FIELDS = ['name', 'key', 'id', 'header', 'variable', 'env'];
const PAIR_VALUE_FIELDS = ['value', 'secret_value', 'val'];
/** The field holding a secret in a `{name: "API_TOKEN", value: "…"}` pair, if the object is one. */
function secretPairField(value, secretKeys = _secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_SECRET_KEYS */ .wp) {
    if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(value))
        return undefined;
    const name = PAIR_NAME_FIELDS.map((f) => value[f]).find((v) => typeof v === 'string');
    if (name === undefined || !(0,_secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretKey */ .uE)(name, secretKeys))
        return undefined;
    return PAIR_VALUE_FIELDS.find((f) => Object.prototype.hasOwnProperty.call(value, f));
}
/**
 * What may be shown of a value under a secret key. Secrets are strings: a string is `•••`, while a
 * number, boolean or null is a count, a switch or nothing (`tokens: 40000` is a threshold) and is
 * shown. An array's items are judged one by one; a map is `•••` whole, since maps under secret
 * keys are sometimes keyed by the secrets themselves.
 */
function redactSecretValue(value) {
    if (Array.isArray(value))
        return value.map(redactSecretValue);
    return value === null || typeof value === 'number' || typeof value === 'boolean' ? value : _secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .REDACTED */ .XF;
}
/**
 * Whether the text after `key:` on a YAML or JSON line is a bare number, boolean or null (`40000`,
 * `1.5e3,`, `true  # why`), which {@link redactSecretValue} would show. Anything else is read as a
 * string, and so is a number with a leading zero (`0123`), which looks more like a PIN than a count.
 */
function isPlainScalarText(text) {
    return PLAIN_SCALAR.test(text);
}
const PLAIN_SCALAR = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?|true|True|TRUE|false|False|FALSE|null|Null|NULL|~)\s*,?\s*(?:#.*)?$/;
/**
 * A copy of the value in which every string under a secret key, and every credential-shaped value,
 * is `•••` (numbers, booleans and null under a secret key are not secrets: {@link redactSecretValue}).
 */
function redact(value, secretKeys = _secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_SECRET_KEYS */ .wp) {
    if (typeof value === 'string')
        return (0,_secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .redactString */ .rd)(value, secretKeys);
    if (Array.isArray(value)) {
        // `["--api-key", "sk-…"]`: the item after a secret-named flag is its value.
        return value.map((item, i) => i > 0 &&
            typeof item === 'string' &&
            typeof value[i - 1] === 'string' &&
            (0,_secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretFlag */ .ZT)(value[i - 1], secretKeys)
            ? _secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .REDACTED */ .XF
            : redact(item, secretKeys));
    }
    if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(value))
        return value;
    const pairField = secretPairField(value, secretKeys);
    const copy = {};
    for (const key of Object.keys(value)) {
        const shown = key === pairField || (0,_secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretKey */ .uE)(key, secretKeys)
            ? redactSecretValue(value[key])
            : redact(value[key], secretKeys);
        Object.defineProperty(copy, key, { value: shown, enumerable: true, writable: true, configurable: true });
    }
    return copy;
}
function pointerSegments(pointer) {
    return pointer === '' ? [] : pointer.slice(1).split('/').map(_util_json_js__WEBPACK_IMPORTED_MODULE_0__/* .unescapePointerSegment */ .J5);
}
/** Whether the value at this pointer lies under a secret key (at any depth). */
function isSecretPointer(pointer, secretKeys = _secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_SECRET_KEYS */ .wp) {
    return pointerSegments(pointer).some((segment) => (0,_secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretKey */ .uE)(segment, secretKeys));
}
/** The value as it may be shown, knowing where it sits in its document. */
function redactAt(pointer, value, secretKeys = _secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_SECRET_KEYS */ .wp) {
    return isSecretPointer(pointer, secretKeys) ? redactSecretValue(value) : redact(value, secretKeys);
}
/**
 * The pointer as it may be shown: segments below a secret key are masked, because maps under
 * such keys are sometimes keyed by the secrets themselves.
 */
function redactPointer(pointer, secretKeys = _secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_SECRET_KEYS */ .wp) {
    let masked = false;
    let shown = '';
    for (const raw of pointer === '' ? [] : pointer.slice(1).split('/')) {
        shown += `/${masked ? _secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .REDACTED */ .XF : raw}`;
        if ((0,_secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretKey */ .uE)((0,_util_json_js__WEBPACK_IMPORTED_MODULE_0__/* .unescapePointerSegment */ .J5)(raw), secretKeys))
            masked = true;
    }
    return shown;
}
/** Whether an entity's id must be hidden: maps under secret keys are sometimes keyed by the secrets themselves. */
function isSecretEntity(pointer, secretKeys = _secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_SECRET_KEYS */ .wp) {
    return isSecretPointer(pointer.slice(0, Math.max(0, pointer.lastIndexOf('/'))), secretKeys);
}
/**
 * Pointers whose values the semantic diff masked although no key on their path is secret
 * (the `value` of a `{name: "API_TOKEN", value}` pair): a patch operation at or below one of
 * them must be masked too, since the operation alone cannot tell.
 */
function maskedPointers(changes) {
    return changes.filter((c) => holdsRedacted(c.from) || holdsRedacted(c.to)).map((c) => c.pointer);
}
/** `•••`, or an array {@link redactSecretValue} made with one in it. */
function holdsRedacted(value) {
    return value === _secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .REDACTED */ .XF || (Array.isArray(value) && value.some(holdsRedacted));
}
/**
 * An operation's value as it may be shown, given {@link maskedPointers} of its file and the
 * secrets {@link secretsOfPatch} remembers for its patch.
 */
function redactOperationValue(path, value, masked, secretKeys = _secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_SECRET_KEYS */ .wp, known = NO_SECRETS) {
    if (masked.some((p) => path === p || path.startsWith(`${p}/`)))
        return redactSecretValue(value);
    return scrubKnown(redactAt(path, value, secretKeys), known);
}
const NO_SECRETS = new Set();
/**
 * A file's patch as a person or a log may see it: values under secret keys masked, and the keys
 * of maps under secret keys (which may be the secrets themselves) masked in paths too.
 */
function redactPatch(patch, changes, secretKeys) {
    const masked = maskedPointers(changes);
    const known = secretsOfPatch(patch);
    return patch.map((op) => {
        const shown = {
            ...op,
            path: redactPointer(op.path, secretKeys),
            ...('from' in op ? { from: redactPointer(op.from, secretKeys) } : {}),
        };
        if (!('value' in op))
            return shown;
        return {
            ...shown,
            value: redactOperationValue(op.path, op.value, masked, secretKeys, known),
        };
    });
}
/**
 * Every string `redact` would hide in this document: strings under secret keys, the value
 * of a secret `{name, value}` pair, the item after `--api-key` in an array. A patch operation
 * loses the context that made them secret (`replace /args/3` does not say that item 2 is
 * `--api-key`, and indices shift between the two sides), so its values are checked against these.
 */
function secretScalars(value, secretKeys = _secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_SECRET_KEYS */ .wp, into = new Set()) {
    const walk = (node, hidden) => {
        if (typeof node === 'string') {
            if (hidden && node !== '' && node !== _secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .REDACTED */ .XF)
                into.add(node);
        }
        else if (Array.isArray(node)) {
            node.forEach((item, i) => walk(item, hidden ||
                (i > 0 &&
                    typeof item === 'string' &&
                    typeof node[i - 1] === 'string' &&
                    (0,_secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretFlag */ .ZT)(node[i - 1], secretKeys))));
        }
        else if ((0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(node)) {
            const pairField = secretPairField(node, secretKeys);
            for (const key of Object.keys(node))
                walk(node[key], hidden || key === pairField || (0,_secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretKey */ .uE)(key, secretKeys));
        }
    };
    walk(value, false);
    return into;
}
/** A copy in which every string equal to a known secret, or holding a long one, is `•••`; numbers are never secrets. */
function scrubKnown(value, known) {
    if (known.size === 0)
        return value;
    if (typeof value === 'string') {
        if (known.has(value))
            return _secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .REDACTED */ .XF;
        let shown = value;
        // Long secrets are masked inside other text too; short ones only whole, or "read" would go everywhere.
        for (const secret of known)
            if (secret.length >= 8 && shown.includes(secret))
                shown = shown.split(secret).join(_secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .REDACTED */ .XF);
        return shown;
    }
    if (Array.isArray(value))
        return value.map((item) => scrubKnown(item, known));
    if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(value))
        return value;
    const copy = {};
    for (const key of Object.keys(value)) {
        Object.defineProperty(copy, key, {
            value: scrubKnown(value[key], known),
            enumerable: true,
            writable: true,
            configurable: true,
        });
    }
    return copy;
}
/**
 * The secrets of the two documents a patch was computed from, kept beside the patch rather than in
 * it: the patch is part of a result that is serialised, and must never carry them a second time.
 */
const patchSecrets = new WeakMap();
function rememberPatchSecrets(patch, before, after, secretKeys) {
    patchSecrets.set(patch, secretScalars(after, secretKeys, secretScalars(before, secretKeys)));
}
function secretsOfPatch(patch) {
    return (patch && patchSecrets.get(patch)) || NO_SECRETS;
}


/***/ }),

/***/ 1883:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tw: () => (/* binding */ openBackup),
/* harmony export */   Ud: () => (/* binding */ storedContentReader),
/* harmony export */   m3: () => (/* binding */ storedCopyProblem)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8378);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2048);
/* harmony import */ var _pack_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6624);
/* harmony import */ var _config_snapshot_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(936);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7288);
/* harmony import */ var _util_builtins_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5262);









const gunzip = (raw) => (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)((0,_util_builtins_js__WEBPACK_IMPORTED_MODULE_8__/* .zlib */ .w)().gunzip)(raw);
/** Opens a backup whose manifest checks out; reads no file content yet. */
async function openBackup(backupDir, name) {
    const loaded = await (0,_store_js__WEBPACK_IMPORTED_MODULE_7__/* .loadManifest */ .eY)(backupDir, name);
    if (!loaded.manifest)
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .ManifestError */ .Sh(name, loaded.problems.join('; '));
    if (loaded.problems.length > 0)
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupDamagedError */ .EF(name, loaded.problems);
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
                throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupDamagedError */ .EF(name, [storedCopyProblem(manifest, file, error).message]);
            }
            if (bytes.length !== file.size || (0,_config_snapshot_js__WEBPACK_IMPORTED_MODULE_6__/* .sha256Hex */ .fg)(bytes) !== file.sha256)
                throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupDamagedError */ .EF(name, [`${file.path}: content changed`]);
            return bytes;
        },
    };
}
/** Why a file's stored copy could not be read, in the words `verify`, `restore` and `diff` all use. */
function storedCopyProblem(manifest, file, error) {
    const where = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .isPackedEntry */ .Bd)(file) ? `in pack ${manifest.packs?.[file.pack]?.slice(0, 12)}…` : file.stored;
    const code = (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoOf */ .UQ)(error);
    if (code === 'ENOENT')
        return { kind: 'missing', message: `${file.path}: stored copy ${where} is missing` };
    if (code === 'ETRUNCATED')
        return { kind: 'altered', message: `${file.path}: stored copy ${where} is truncated` };
    if (code === 'EACCES' || code === 'EPERM' || code === 'EISDIR')
        return { kind: 'unreadable', message: `${file.path}: stored copy is unreadable (${code})` };
    return {
        kind: 'unreadable',
        message: `${file.path}: stored copy ${where} is corrupt (${code ?? error.message})`,
    };
}
/**
 * Reads files' content as stored, unchecked. Files of one pack block share a gzip member;
 * the last few decompressed members are kept so reading a backup in order inflates each once.
 */
function storedContentReader(backupDir, dir, manifest) {
    const members = new Map();
    return async (file) => {
        if (!(0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .isPackedEntry */ .Bd)(file)) {
            const stored = file.stored ?? '';
            // Synchronous: a loose backup's files are mostly small (larger configs are packed), and each
            // asynchronous read is four round trips through the thread pool.
            const raw = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, ...stored.split('/')));
            return stored.endsWith('.gz') ? gunzip(raw) : raw;
        }
        const pack = (0,_pack_js__WEBPACK_IMPORTED_MODULE_5__/* .packPath */ .x9)(backupDir, manifest.packs?.[file.pack] ?? '');
        const key = `${file.pack}:${file.offset}`;
        let member = members.get(key);
        if (!member) {
            member = (0,_pack_js__WEBPACK_IMPORTED_MODULE_5__/* .readMember */ .hd)(pack, file.offset, file.storedSize);
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

/***/ 7309:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ readHistory),
/* harmony export */   b: () => (/* binding */ appendHistory)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8378);
/* harmony import */ var _diff_redact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7990);





const HISTORY_FILE = 'history.jsonl';
/**
 * Appends one line with a single O_APPEND write, so concurrent writers never interleave
 * inside a line. History is a record, not a dependency: this never throws. A failed append
 * comes back as a one-line warning for the caller to report beside the operation's outcome,
 * which it must not change (the backup exists whether or not the log says so).
 */
async function appendHistory(backupDir, entry) {
    // Errors and details may quote what git or a file said: the log masks credentials as every output does.
    const line = `${JSON.stringify((0,_diff_redact_js__WEBPACK_IMPORTED_MODULE_4__.redact)({ time: entry.time ?? new Date().toISOString(), ...entry }))}\n`;
    const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(backupDir, HISTORY_FILE);
    // Synchronous: six small calls, each a round trip through the thread pool when asynchronous,
    // cost more than the work itself (every hook commit appends a line).
    try {
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'a+', 0o644);
        try {
            // A crash may have left a torn last line without its newline: start a fresh line, or the
            // torn one would swallow this entry too.
            const { size } = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
            const last = Buffer.alloc(1);
            const torn = size > 0 && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, last, 0, 1, size - 1) === 1 && last[0] !== 0x0a;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, torn ? `\n${line}` : line);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
        return undefined;
    }
    catch (error) {
        return `the operation was not recorded in ${file} (${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoOf */ .UQ)(error) ?? error.message})`;
    }
}
/** Reads the log, skipping torn lines left by a crash but keeping an entry glued to one. */
async function readHistory(backupDir) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(backupDir, HISTORY_FILE), 'utf8');
    }
    catch (error) {
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoOf */ .UQ)(error) === 'ENOENT')
            return [];
        throw error;
    }
    const entries = [];
    for (const line of text.split('\n')) {
        if (line.trim() === '')
            continue;
        const entry = parseLine(line);
        if (entry)
            entries.push(entry);
    }
    return entries;
}
/**
 * One line, or (written by older versions, which appended straight after a torn line) a torn
 * prefix followed by a whole entry: the last `{"time":` that starts a parseable rest wins.
 */
function parseLine(line) {
    for (let at = 0; at !== -1; at = line.indexOf('{"time":', at + 1)) {
        try {
            const value = JSON.parse(line.slice(at));
            // Lines an older version wrote were not masked: they are when read.
            if (value !== null && typeof value === 'object' && !Array.isArray(value))
                return (0,_diff_redact_js__WEBPACK_IMPORTED_MODULE_4__.redact)(value);
        }
        catch {
            // A partial entry from an interrupted append: the operation itself is judged by the store.
        }
    }
    return undefined;
}


/***/ }),

/***/ 30:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IZ: () => (/* binding */ acquireLock),
/* harmony export */   NP: () => (/* binding */ breakLock),
/* harmony export */   WW: () => (/* binding */ inspectLock)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8378);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5637);






const LOCK_FILE = '.lock';
/** restic's figures: a lock nobody refreshed for 30 minutes is stale; holders refresh every 5. */
const STALE_AFTER_MS = 30 * 60 * 1000;
const REFRESH_EVERY_MS = 5 * 60 * 1000;
/**
 * An exclusive lock on the store: a file created with O_EXCL that names its holder.
 * A lock is broken and taken over only when its holder is provably gone: on this machine and
 * in this PID namespace, its PID is dead or recycled. A holder this process cannot see (another
 * host, another PID namespace, /proc mounted hidepid) is judged by age instead: holders refresh
 * the lock every 5 minutes, and one not refreshed for 30 is stale.
 */
async function acquireLock(backupDir, options) {
    const lockPath = node_path__WEBPACK_IMPORTED_MODULE_3__.join(backupDir, LOCK_FILE);
    const me = {
        pid: process.pid,
        ...machine(),
        startTime: processStartTime(process.pid),
        command: options.command,
        acquiredAt: new Date().toISOString(),
    };
    const body = JSON.stringify(me);
    const started = Date.now();
    const poll = options.pollMs ?? 50;
    for (;;) {
        try {
            // No fsync: O_EXCL creation is what excludes others, and after a crash the holder is dead anyway.
            // Synchronous: the lock is taken on every hook commit, and the thread pool's round trips cost more.
            (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .writeNewFileSync */ .rs)(lockPath, body, 0o644, false);
            return held(lockPath, body, options.refreshMs ?? REFRESH_EVERY_MS);
        }
        catch (error) {
            if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error) !== 'EEXIST')
                throw error;
        }
        const status = await inspectLock(backupDir);
        if (status?.stale) {
            await breakLock(lockPath, status.raw);
            continue;
        }
        const waited = Date.now() - started;
        if (waited >= options.timeoutMs)
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .StoreBusyError */ .VF(lockPath, status?.holder ?? {}, waited);
        await new Promise((resolve) => setTimeout(resolve, Math.min(poll, Math.max(1, options.timeoutMs - waited))));
    }
}
function held(lockPath, body, refreshMs) {
    // Touch the lock while it is held, so a process that cannot check our PID sees us alive.
    const timer = setInterval(() => {
        void (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(lockPath, 'utf8')
            .then((current) => (current === body ? (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.utimes)(lockPath, new Date(), new Date()) : undefined))
            .catch(() => undefined);
    }, refreshMs);
    timer.unref();
    return {
        path: lockPath,
        release: async () => {
            clearInterval(timer);
            // Only remove the lock if it is still ours: a lock broken as stale may belong to someone else now.
            try {
                if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(lockPath, 'utf8') === body)
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(lockPath);
            }
            catch {
                // Gone or unreadable: nothing of ours to remove.
            }
        },
    };
}
/** Who holds the store's lock and whether it may be broken; undefined when there is none. */
async function inspectLock(backupDir, staleAfterMs = STALE_AFTER_MS) {
    const lockPath = node_path__WEBPACK_IMPORTED_MODULE_3__.join(backupDir, LOCK_FILE);
    let raw;
    let mtimeMs;
    try {
        [raw, mtimeMs] = await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(lockPath, 'utf8'), (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(lockPath).then((s) => s.mtimeMs)]);
    }
    catch (error) {
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error) === 'ENOENT')
            return undefined;
        throw error;
    }
    let holder = {};
    try {
        const parsed = JSON.parse(raw);
        if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
            holder = parsed;
    }
    catch {
        // judged below as an unreadable lock
    }
    const ageMs = Math.max(0, Date.now() - mtimeMs);
    return { path: lockPath, raw, holder, ageMs, ...verdict(holder, ageMs, staleAfterMs) };
}
function verdict(holder, ageMs, staleAfterMs) {
    if (typeof holder.pid !== 'number') {
        // The holder died between creating and writing it; give a live writer a moment.
        return ageMs > 2000
            ? { stale: true, reason: 'the lock file names no holder' }
            : { stale: false, reason: 'the lock is being written' };
    }
    const me = machine();
    const byAge = (why) => {
        const minutes = Math.floor(ageMs / 60_000);
        return ageMs > staleAfterMs
            ? { stale: true, reason: `${why}, and it has not refreshed the lock for ${minutes} minutes` }
            : {
                stale: false,
                reason: `${why}; it refreshed the lock ${minutes < 1 ? 'less than a minute' : `${minutes} minutes`} ago`,
            };
    };
    if (holder.hostname !== me.hostname)
        return byAge(`it runs on another host (${holder.hostname ?? 'unknown'})`);
    if (holder.bootId !== undefined && me.bootId !== undefined && holder.bootId !== me.bootId)
        return byAge('it runs on another machine or an earlier boot of this one (another boot id)');
    if (holder.pidNamespace !== undefined && me.pidNamespace !== undefined && holder.pidNamespace !== me.pidNamespace) {
        return byAge(`it runs in another PID namespace (${holder.pidNamespace}), whose processes this one cannot see`);
    }
    if (!pidExists(holder.pid))
        return { stale: true, reason: `process ${holder.pid} no longer exists` };
    const startTime = processStartTime(holder.pid);
    // Unreadable /proc/<pid>/stat (hidepid, another user) is "cannot see", never "dead".
    if (startTime === undefined)
        return byAge(`process ${holder.pid} exists but this process cannot inspect it`);
    if (holder.startTime !== undefined && startTime !== holder.startTime)
        return { stale: true, reason: `process ${holder.pid} is a different process now (its PID was reused)` };
    return { stale: false, reason: `process ${holder.pid} is running` };
}
/**
 * Removes the lock if it still holds exactly `seenRaw` (the content that was judged stale, or
 * that `unlock --force` showed): someone who replaced it meanwhile keeps it. A `.break` guard
 * keeps two breakers from removing each other's fresh lock. Returns whether it removed it.
 */
async function breakLock(lockPath, seenRaw) {
    const breaker = `${lockPath}.break`;
    try {
        await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .writeNewFile */ .S0)(breaker, String(process.pid), 0o644, false);
    }
    catch (error) {
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error) !== 'EEXIST')
            throw error;
        const age = Date.now() -
            (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(breaker).then((s) => s.mtimeMs, () => Date.now()));
        if (age > 5000)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.unlink)(breaker).catch(() => undefined);
        return false;
    }
    try {
        const now = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(lockPath, 'utf8').catch(() => undefined);
        if (now !== seenRaw)
            return false;
        const aside = `${lockPath}.stale-${process.pid}`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(lockPath, aside);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.unlink)(aside).catch(() => undefined);
        return true;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.unlink)(breaker).catch(() => undefined);
    }
}
/** A signal-0 probe: EPERM means it exists (another user's process); only ESRCH means gone. */
function pidExists(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error) !== 'ESRCH';
    }
}
let machineCache;
/** This process's host name, boot id and PID namespace (the last two only where /proc shows them). */
function machine() {
    if (machineCache)
        return machineCache;
    const bootId = attempt(() => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)('/proc/sys/kernel/random/boot_id', 'utf8').trim());
    const pidNamespace = attempt(() => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readlinkSync)('/proc/self/ns/pid'));
    machineCache = { hostname: (0,node_os__WEBPACK_IMPORTED_MODULE_2__.hostname)(), ...(bootId ? { bootId } : {}), ...(pidNamespace ? { pidNamespace } : {}) };
    return machineCache;
}
function attempt(read) {
    try {
        return read();
    }
    catch {
        return undefined;
    }
}
function processStartTime(pid) {
    return attempt(() => {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        // Field 22, counted after the parenthesised command name (which may itself contain spaces).
        return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    });
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
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8378);
/* harmony import */ var _util_builtins_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5262);






const gzip = (content, options) => (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)((0,_util_builtins_js__WEBPACK_IMPORTED_MODULE_5__/* .zlib */ .w)().gzip)(content, options);
const gunzip = (raw, options) => (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)((0,_util_builtins_js__WEBPACK_IMPORTED_MODULE_5__/* .zlib */ .w)().gunzip)(raw, options);
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
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error) === 'ENOENT')
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
            if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error) !== 'ENOENT')
                throw error;
        });
        removed.push(id);
    }
    return removed;
}


/***/ }),

/***/ 7288:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ lockStore),
/* harmony export */   Em: () => (/* binding */ loadAllManifests),
/* harmony export */   G2: () => (/* binding */ ensureBackupDir),
/* harmony export */   GD: () => (/* binding */ confirmManifest),
/* harmony export */   Gr: () => (/* binding */ replaceViaStaging),
/* harmony export */   QC: () => (/* binding */ publishStaged),
/* harmony export */   Vu: () => (/* binding */ stagingPath),
/* harmony export */   YB: () => (/* binding */ loadManifestsOf),
/* harmony export */   _t: () => (/* binding */ TRASH_PREFIX),
/* harmony export */   eY: () => (/* binding */ loadManifest),
/* harmony export */   pS: () => (/* binding */ backupNames),
/* harmony export */   th: () => (/* binding */ STAGING_PREFIX)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8378);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5637);
/* harmony import */ var _lock_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(30);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2048);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1833);
/* harmony import */ var _util_suggest_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4674);
/* harmony import */ var _util_builtins_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5262);










/**
 * Written when a store is created, as Python's venv does: the backups stay out of git in any
 * repository, without a line in its .gitignore. Delete it to commit them deliberately.
 */
const STORE_GITIGNORE = '.gitignore';
const STORE_GITIGNORE_TEXT = '# Written by orch-backup when it created this backup store: backups stay out of git.\n*\n';
/** Temporary entries in the backup dir: never listed, removed by the next writer. */
const STAGING_PREFIX = '.staging-';
const TRASH_PREFIX = '.trash-';
/**
 * Makes sure the backup dir exists and is a directory. With `create: false` a missing dir
 * is fine (an empty store); a file in its place is always an error.
 */
async function ensureBackupDir(backupDir, create) {
    // Synchronous checks: every command (and hook) starts here, and thread-pool round trips cost more than these calls.
    try {
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(backupDir);
        if (info.isSymbolicLink()) {
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(backupDir).isDirectory())
                throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupDirError */ .WK(backupDir, 'is a symlink to something that is not a directory');
        }
        else if (!info.isDirectory())
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupDirError */ .WK(backupDir, 'is a file, not a directory: move it away or pass --backup-dir');
        // An empty directory someone made for the store gets its first write too.
        if (create && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(backupDir).length === 0)
            await writeStoreGitignore(backupDir);
        return true;
    }
    catch (error) {
        if (error instanceof _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupDirError */ .WK)
            throw error;
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoOf */ .UQ)(error) === 'ENOTDIR')
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupDirError */ .WK(backupDir, 'is inside something that is not a directory');
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoOf */ .UQ)(error) !== 'ENOENT')
            throw error;
    }
    if (!create)
        return false;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(backupDir, { recursive: true });
        await writeStoreGitignore(backupDir);
    }
    catch (error) {
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoOf */ .UQ)(error) === 'ENOTDIR' || (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoOf */ .UQ)(error) === 'EEXIST')
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupDirError */ .WK(backupDir, 'cannot be created: a parent is a file');
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .StoreWriteError */ .NW(backupDir, (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoOf */ .UQ)(error), { cause: error });
    }
    return true;
}
async function writeStoreGitignore(backupDir) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(backupDir, STORE_GITIGNORE), STORE_GITIGNORE_TEXT, { flag: 'wx' });
    }
    catch (error) {
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoOf */ .UQ)(error) === 'EEXIST')
            return; // a concurrent writer made it
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoOf */ .UQ)(error) === 'EACCES' ||
            (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoOf */ .UQ)(error) === 'EROFS' ||
            (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoOf */ .UQ)(error) === 'EPERM' ||
            (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoOf */ .UQ)(error) === 'ENOSPC')
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .StoreWriteError */ .NW(backupDir, (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoOf */ .UQ)(error), { cause: error });
        throw error;
    }
}
/** Creates the dir if needed, locks the store and removes what interrupted writers left. */
async function lockStore(backupDir, command, timeoutMs) {
    await ensureBackupDir(backupDir, true);
    let lock;
    try {
        lock = await (0,_lock_js__WEBPACK_IMPORTED_MODULE_5__/* .acquireLock */ .IZ)(backupDir, { command, timeoutMs });
    }
    catch (error) {
        const code = (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoOf */ .UQ)(error);
        if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM' || code === 'ENOSPC')
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .StoreWriteError */ .NW(backupDir, code, { cause: error });
        throw error;
    }
    await removeLeftovers(backupDir);
    return lock;
}
let stagedFiles = 0;
/**
 * A new path in the store for a file written aside before it goes into place: a staging name,
 * which the next writer to take the store lock removes if a crash left it there.
 */
function stagingPath(backupDir, label) {
    stagedFiles += 1;
    return node_path__WEBPACK_IMPORTED_MODULE_2__.join(backupDir, `${STAGING_PREFIX}${label}-${process.pid}-${Date.now().toString(36)}-${stagedFiles}`);
}
/**
 * Replaces `target` atomically by a file written whole under a staging name in the store first
 * (a crash leaves the old version or the new one, and at most a copy the next writer to take the
 * lock removes). The caller holds the store lock. `beforeRename` is a test-only fault step.
 */
async function replaceViaStaging(backupDir, label, target, body, mode, beforeRename = () => undefined) {
    const temporary = stagingPath(backupDir, label);
    await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .writeNewFile */ .S0)(temporary, body, mode);
    beforeRename();
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temporary, target);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(temporary).catch(() => undefined);
        throw error;
    }
    await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .fsyncDir */ .t_)(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(target));
}
async function removeLeftovers(backupDir) {
    for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(backupDir)) {
        if (entry.startsWith(STAGING_PREFIX) || entry.startsWith(TRASH_PREFIX))
            await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .removeTree */ .dM)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(backupDir, entry));
    }
}
/** Names of the entries that may be backups (valid names, directories or not). */
async function backupNames(backupDir) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(backupDir).filter(_names_js__WEBPACK_IMPORTED_MODULE_7__/* .isValidName */ .uV).sort();
    }
    catch (error) {
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoOf */ .UQ)(error) === 'ENOENT')
            return [];
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoOf */ .UQ)(error) === 'ENOTDIR')
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupDirError */ .WK(backupDir, 'is a file, not a directory: move it away or pass --backup-dir');
        throw error;
    }
}
/** Reads one backup's manifest without checking its files (that is `verifyBackup`). */
async function loadManifest(backupDir, name) {
    return loadManifestNow(backupDir, name);
}
/**
 * Synchronous on purpose: listing 1,000 backups is 1,000 small reads, and going through the
 * thread pool for each cost more than the reads themselves.
 */
function loadManifestNow(backupDir, name, checksum = true) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2__.join(backupDir, name);
    const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dir, { throwIfNoEntry: false });
    if (!info)
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupNotFoundError */ .I_(name, backupDir, similarBackupNames(backupDir, name));
    if (!info.isDirectory())
        return { name, dir, problems: ['the backup is not a directory'] };
    let text;
    try {
        text = readManifestText(dir);
    }
    catch (error) {
        const code = (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoOf */ .UQ)(error);
        return {
            name,
            dir,
            problems: [
                code === 'ENOENT'
                    ? 'manifest.json is missing'
                    : code?.startsWith('Z_')
                        ? 'manifest.json.gz is corrupt'
                        : `manifest.json is unreadable (${code})`,
            ],
        };
    }
    const { manifest, problems } = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .parseManifest */ .Ng)(text, name, { checksum });
    if (!manifest)
        return { name, dir, problems };
    return checksum ? { name, dir, manifest, problems } : { name, dir, manifest, problems, checksumUnchecked: true };
}
/** Backups named like a mistyped `name`, for the "did you mean" of a not-found error. */
function similarBackupNames(backupDir, name) {
    try {
        return (0,_util_suggest_js__WEBPACK_IMPORTED_MODULE_8__/* .closestNames */ .g)(name, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(backupDir).filter(_names_js__WEBPACK_IMPORTED_MODULE_7__/* .isValidName */ .uV));
    }
    catch {
        return [];
    }
}
/**
 * Checks the checksum of a manifest loaded with `checksums: false`, adding the problem when it
 * does not match. True when the backup's manifest is intact.
 */
function confirmManifest(entry) {
    if (entry.manifest && entry.checksumUnchecked) {
        entry.checksumUnchecked = false;
        if ((0,_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .manifestChecksum */ .vS)(entry.manifest) !== entry.manifest.checksum)
            entry.problems.push(_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .CHECKSUM_MISMATCH */ .Lw);
    }
    return !!entry.manifest && entry.problems.length === 0;
}
/** A loose backup's `manifest.json`, else a packed backup's `manifest.json.gz`. */
function readManifestText(dir) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, _manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .MANIFEST_FILE */ .h1), 'utf8');
    }
    catch (error) {
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoOf */ .UQ)(error) !== 'ENOENT')
            throw error;
    }
    return (0,_util_builtins_js__WEBPACK_IMPORTED_MODULE_9__/* .zlib */ .w)()
        .gunzipSync((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, _manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .PACKED_MANIFEST_FILE */ .K$)))
        .toString('utf8');
}
/**
 * All backups' manifests, newest first; equal times are ordered by name, the last name counting
 * as newer. With `checksums: false` the (costly) manifest checksums are left for
 * `confirmManifest` to check on the entries a caller actually relies on.
 */
async function loadAllManifests(backupDir, options = {}) {
    return loadManifestsOf(backupDir, await backupNames(backupDir), options);
}
/** `loadAllManifests` for the given backup names only (a listing the caller already has). */
function loadManifestsOf(backupDir, names, options = {}) {
    const loaded = names.flatMap((name) => {
        try {
            return [loadManifestNow(backupDir, name, options.checksums !== false)];
        }
        catch (error) {
            // Gone since the directory was read: a concurrent clean removed it, which is no damage.
            if (error instanceof _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupNotFoundError */ .I_)
                return [];
            return [{ name, dir: node_path__WEBPACK_IMPORTED_MODULE_2__.join(backupDir, name), problems: [String(error.message)] }];
        }
    });
    return loaded.sort(newestFirst);
}
function newestFirst(a, b) {
    const ta = a.manifest ? Date.parse(a.manifest.createdAt) : -Infinity;
    const tb = b.manifest ? Date.parse(b.manifest.createdAt) : -Infinity;
    if (ta !== tb)
        return tb - ta;
    return a.name < b.name ? 1 : a.name > b.name ? -1 : 0;
}
const FEW_DIRS = 4;
/**
 * Makes a fully written staging directory the backup `name`: its directories are fsynced, it is
 * renamed into place (atomic, and never over an existing backup), then the store is fsynced.
 */
async function publishStaged(backupDir, staging, name, dirs) {
    // The order among them does not matter, only that all are done before the rename. A few (a
    // small loose backup, made on every hook commit) are synced directly: the thread pool's round
    // trips cost more than the calls; many go through it several at a time.
    const unique = [...new Set(dirs)];
    if (unique.length <= FEW_DIRS)
        for (const dir of unique)
            (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .fsyncDirSync */ .QY)(dir);
    else
        await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .mapLimit */ .sf)(unique, 8, (dir) => (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .fsyncDir */ .t_)(dir));
    const finalDir = node_path__WEBPACK_IMPORTED_MODULE_2__.join(backupDir, name);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(staging, finalDir);
    }
    catch (error) {
        if (['EEXIST', 'ENOTEMPTY', 'EISDIR', 'ENOTDIR'].includes((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoOf */ .UQ)(error) ?? ''))
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupExistsError */ .j2(name);
        throw error;
    }
    (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .fsyncDirSync */ .QY)(backupDir);
    return finalDir;
}


/***/ }),

/***/ 5262:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ childProcess),
/* harmony export */   w: () => (/* binding */ zlib)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8995);

// Built-in modules that cost milliseconds to load and that most runs of the hooks never use,
// required on first use instead: zlib serves only stores large enough for packs (and packed
// manifests), child_process only a pre-commit hook whose script did not already ask git.
const requireBuiltin = (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(String(require("url").pathToFileURL(__filename).href));
const zlib = () => requireBuiltin('node:zlib');
const childProcess = () => requireBuiltin('node:child_process');


/***/ }),

/***/ 5637:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QY: () => (/* binding */ fsyncDirSync),
/* harmony export */   S0: () => (/* binding */ writeNewFile),
/* harmony export */   TP: () => (/* binding */ readTextIfExists),
/* harmony export */   dM: () => (/* binding */ removeTree),
/* harmony export */   rs: () => (/* binding */ writeNewFileSync),
/* harmony export */   sf: () => (/* binding */ mapLimit),
/* harmony export */   t_: () => (/* binding */ fsyncDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8378);



/** Flushes a directory entry table so a rename inside it survives power loss. */
async function fsyncDir(dir) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(dir, 'r');
        await handle.sync();
    }
    catch (error) {
        // Some file systems refuse fsync on directories; the data itself is already synced.
        if (!['EINVAL', 'EISDIR', 'EBADF', 'EPERM'].includes((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoOf */ .UQ)(error) ?? ''))
            throw error;
    }
    finally {
        await handle?.close();
    }
}
/**
 * `fsyncDir` without the thread pool: for the few fixed steps of a small write (create, the
 * hooks), where each asynchronous call's round trip cost more than the call itself.
 */
function fsyncDirSync(dir) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(dir, 'r');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
    }
    catch (error) {
        if (!['EINVAL', 'EISDIR', 'EBADF', 'EPERM'].includes((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoOf */ .UQ)(error) ?? ''))
            throw error;
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** `writeNewFile` without the thread pool, for small files (a manifest, the lock). */
function writeNewFileSync(path, data, mode = 0o644, durable = true) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'wx', mode);
    try {
        const bytes = typeof data === 'string' ? Buffer.from(data) : data;
        for (let done = 0; done < bytes.length;)
            done += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, bytes, done, bytes.length - done);
        if (durable)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Writes `data` to a new file (never an existing one), fsynced unless `durable` is false. */
async function writeNewFile(path, data, mode = 0o644, durable = true) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'wx', mode);
    try {
        await handle.writeFile(data);
        if (durable)
            await handle.sync();
    }
    finally {
        await handle.close();
    }
}
async function removeTree(path) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(path, { recursive: true, force: true, maxRetries: 2 });
}
/** Runs `fn` over `items` with at most `limit` calls in flight, keeping the input order. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    let failure;
    // After a failure no item starts, and the call settles only once none is in flight: a caller
    // cleaning up (removing a staging dir) never races work still writing into it.
    const worker = async () => {
        while (!failure && next < items.length) {
            const index = next++;
            try {
                results[index] = await fn(items[index], index);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    if (failure)
        throw failure.error;
    return results;
}
/** A text file's content, or undefined when there is no such file. */
async function readTextIfExists(file) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8');
    }
    catch (error) {
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoOf */ .UQ)(error) === 'ENOENT')
            return undefined;
        throw error;
    }
}


/***/ }),

/***/ 4674:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ closestNames)
/* harmony export */ });
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1916);

/**
 * The known names closest to a mistyped one, best first: within a few edits (about a third of
 * the name), or containing it / contained in it ("0120" finds "backup-20240120-103045").
 * At most `max`, so a store of thousands of backups never floods an error line.
 */
function closestNames(name, known, max = 3) {
    const limit = Math.max(2, Math.floor(name.length / 3));
    const lower = name.toLowerCase();
    const scored = [];
    for (const candidate of known) {
        if (candidate === name)
            continue;
        const other = candidate.toLowerCase();
        if (lower.length >= 3 && (other.includes(lower) || lower.includes(other))) {
            scored.push({ candidate, score: Math.abs(other.length - lower.length) / 100 });
            continue;
        }
        if (Math.abs(candidate.length - name.length) > limit)
            continue;
        const d = (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .distance */ .Io)(lower, other);
        if (d <= limit)
            scored.push({ candidate, score: d });
    }
    return scored
        .sort((a, b) => a.score - b.score || (a.candidate < b.candidate ? -1 : 1))
        .slice(0, max)
        .map((s) => s.candidate);
}


/***/ })

};
;