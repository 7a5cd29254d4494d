export const id = 103;
export const ids = [103];
export const modules = {

/***/ 631:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b8: () => (/* binding */ appendHistory)
/* harmony export */ });
/* unused harmony exports HISTORY_FILE, readHistory */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(452);



const HISTORY_FILE = 'history.jsonl';
/**
 * Appends one line with a single O_APPEND write, so concurrent writers never interleave
 * inside a line. History is a record, not a dependency: callers may ignore its failure.
 */
async function appendHistory(backupDir, entry) {
    const line = `${JSON.stringify({ time: entry.time ?? new Date().toISOString(), ...entry })}\n`;
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(backupDir, HISTORY_FILE), 'a', 0o644);
    try {
        await handle.write(line);
        await handle.sync();
    }
    finally {
        await handle.close();
    }
}
/** Reads the log, skipping a torn last line left by a crash. */
async function readHistory(backupDir) {
    let text;
    try {
        text = await readFile(path.join(backupDir, HISTORY_FILE), 'utf8');
    }
    catch (error) {
        if (errnoOf(error) === 'ENOENT')
            return [];
        throw error;
    }
    const entries = [];
    for (const line of text.split('\n')) {
        if (line.trim() === '')
            continue;
        try {
            entries.push(JSON.parse(line));
        }
        catch {
            // A partial line from an interrupted append: the operation itself is judged by the store.
        }
    }
    return entries;
}
//# sourceMappingURL=history.js.map

/***/ }),

/***/ 3085:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J5: () => (/* binding */ unescapePointerSegment),
/* harmony export */   _6: () => (/* binding */ decodeUtf8),
/* harmony export */   ln: () => (/* binding */ findDuplicateKeys),
/* harmony export */   mE: () => (/* binding */ escapePointerSegment),
/* harmony export */   qF: () => (/* binding */ parseJson),
/* harmony export */   uH: () => (/* binding */ PositionIndex)
/* harmony export */ });
/* unused harmony exports MAX_DEPTH, nestingDepth, positionAt */
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);

/** Deeper documents are refused before any recursive code touches them. */
const MAX_DEPTH = 1000;
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function decodeUtf8(bytes) {
    try {
        const text = decoder.decode(bytes);
        const bom = text.charCodeAt(0) === 0xfeff;
        return { ok: true, text: bom ? text.slice(1) : text, bom };
    }
    catch {
        const offset = firstInvalidUtf8(bytes);
        const before = Buffer.from(bytes.subarray(0, offset)).toString('utf8');
        return { ok: false, problem: `not valid UTF-8 (byte ${offset})`, position: positionAt(before, before.length) };
    }
}
/**
 * Strict JSON (RFC 8259). The native parser does the work; the slower positional parser
 * runs only on failure, to say where the error is.
 */
function parseJson(text) {
    const depth = nestingDepth(text);
    if (depth.depth > MAX_DEPTH) {
        return { ok: false, problem: `nesting deeper than ${MAX_DEPTH} levels`, position: positionAt(text, depth.offset) };
    }
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch (error) {
        return { ok: false, ...locateSyntaxError(text, error.message) };
    }
}
function locateSyntaxError(text, nativeMessage) {
    if (text.trim() === '')
        return { problem: 'the file is empty', position: { line: 1, column: 1 } };
    const errors = [];
    (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    if (first)
        return { problem: describeParseError((0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(first.error)), position: positionAt(text, first.offset) };
    // jsonc-parser accepts a few things JSON.parse rejects (e.g. control characters in strings).
    return { problem: nativeMessage.replace(/^JSON\.parse: /, ''), position: { line: 1, column: 1 } };
}
function describeParseError(code) {
    const words = {
        InvalidSymbol: 'unexpected character',
        InvalidNumberFormat: 'invalid number',
        PropertyNameExpected: 'property name expected',
        ValueExpected: 'value expected',
        ColonExpected: "':' expected",
        CommaExpected: "',' expected",
        CloseBraceExpected: "'}' expected",
        CloseBracketExpected: "']' expected",
        EndOfFileExpected: 'unexpected content after the end of the document',
        InvalidCommentToken: 'comments are not allowed in JSON',
        UnexpectedEndOfComment: 'unterminated comment',
        UnexpectedEndOfString: 'unterminated string',
        UnexpectedEndOfNumber: 'unterminated number',
        InvalidUnicode: 'invalid unicode escape',
        InvalidEscapeCharacter: 'invalid escape character',
        InvalidCharacter: 'invalid character',
    };
    return words[code] ?? code;
}
/** Deepest bracket nesting outside strings, and where it first got that deep. */
function nestingDepth(text) {
    let depth = 0;
    let max = 0;
    let maxOffset = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 92)
                i++;
            else if (c === 34)
                inString = false;
        }
        else if (c === 34)
            inString = true;
        else if (c === 123 || c === 91) {
            depth++;
            if (depth > max) {
                max = depth;
                maxOffset = i;
                if (max > MAX_DEPTH)
                    break;
            }
        }
        else if (c === 125 || c === 93)
            depth--;
    }
    return { depth: max, offset: maxOffset };
}
function positionAt(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: offset - lineStart + 1 };
}
/** Maps JSON pointers of one document to line/column, building the positional tree once. */
class PositionIndex {
    text;
    tree = null;
    lineStarts;
    constructor(text) {
        this.text = text;
    }
    /** Line and column of an offset, by binary search over line starts computed once. */
    positionOf(offset) {
        if (!this.lineStarts) {
            this.lineStarts = [0];
            for (let i = 0; i < this.text.length; i++)
                if (this.text.charCodeAt(i) === 10)
                    this.lineStarts.push(i + 1);
        }
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - this.lineStarts[lo] + 1 };
    }
    of(pointer) {
        if (this.tree === null)
            this.tree = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(this.text) ?? undefined;
        if (!this.tree)
            return undefined;
        const segments = pointer === '' ? [] : pointer.slice(1).split('/').map(unescapePointerSegment);
        const node = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.findNodeAtLocation)(this.tree, segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s)));
        if (!node)
            return undefined;
        // Point at the key of a property rather than its value: that is where editors jump.
        const target = node.parent?.type === 'property' ? node.parent : node;
        return this.positionOf(target.offset);
    }
}
function unescapePointerSegment(segment) {
    return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
function escapePointerSegment(segment) {
    return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
/** Object keys that occur twice in the same object: JSON.parse silently keeps the last. */
function findDuplicateKeys(text) {
    const found = [];
    const stack = [];
    (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.visit)(text, {
        onObjectBegin: () => {
            stack.push(new Set());
        },
        onObjectEnd: () => {
            stack.pop();
        },
        // The path is built only for a duplicate: building it for every object doubled the scan's cost.
        onObjectProperty: (property, _offset, _length, startLine, startCharacter, pathSupplier) => {
            const keys = stack[stack.length - 1];
            if (!keys)
                return;
            if (keys.has(property)) {
                found.push({
                    key: property,
                    pointer: `${toPointer(pathSupplier())}/${escapePointerSegment(property)}`,
                    position: { line: startLine + 1, column: startCharacter + 1 },
                });
            }
            keys.add(property);
        },
    }, { disallowComments: true });
    return found;
}
function toPointer(segments) {
    return segments.map((s) => `/${escapePointerSegment(String(s))}`).join('');
}
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
        if (need < 0 || i + need >= bytes.length + (need === 0 ? 1 : 0))
            return i;
        for (let k = 1; k <= need; k++)
            if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80)
                return i;
        i += need + 1;
    }
    return i;
}
//# sourceMappingURL=json.js.map

/***/ }),

/***/ 9718:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ sealManifest),
/* harmony export */   Hp: () => (/* binding */ FORMAT_VERSION),
/* harmony export */   MZ: () => (/* binding */ serializeManifest),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   VH: () => (/* binding */ isSafeRelativePath),
/* harmony export */   h1: () => (/* binding */ MANIFEST_FILE),
/* harmony export */   qM: () => (/* binding */ FILES_DIR)
/* harmony export */ });
/* unused harmony export manifestChecksum */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var canonicalize__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3842);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6599);



const MANIFEST_FILE = 'manifest.json';
const FILES_DIR = 'files';
const FORMAT_VERSION = 1;
// canonicalize is CommonJS whose typings claim an ES default export; at run time the import is the function.
const jcs = canonicalize__WEBPACK_IMPORTED_MODULE_1__;
function manifestChecksum(manifest) {
    const { checksum: _ignored, ...rest } = manifest;
    const canonical = jcs(rest) ?? '';
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonical, 'utf8').digest('hex')}`;
}
function sealManifest(manifest) {
    return { ...manifest, checksum: manifestChecksum(manifest) };
}
function serializeManifest(manifest) {
    return `${JSON.stringify(manifest, null, 2)}\n`;
}
/**
 * Parses and checks a manifest read from disk or an archive. Returns the manifest and a list
 * of problems; a manifest with problems is never trusted for restore.
 */
function parseManifest(text, expectedName) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch {
        return { problems: [text.trim() === '' ? 'manifest.json is empty' : 'manifest.json is not valid JSON (truncated or edited?)'] };
    }
    const problems = structuralProblems(raw);
    if (problems.length > 0)
        return { problems };
    const manifest = raw;
    if (manifest.formatVersion > FORMAT_VERSION) {
        return { manifest, problems: [`manifest format ${manifest.formatVersion} is newer than this tool understands (${FORMAT_VERSION}): upgrade orchestration-backup`] };
    }
    if (manifestChecksum(manifest) !== manifest.checksum)
        problems.push('manifest checksum mismatch (the manifest was edited or damaged)');
    if (expectedName !== undefined && manifest.name !== expectedName) {
        problems.push(`manifest names the backup ${JSON.stringify(manifest.name)} but its directory is ${JSON.stringify(expectedName)}`);
    }
    return { manifest, problems };
}
function structuralProblems(raw) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        return ['manifest.json is not a JSON object'];
    const m = raw;
    const problems = [];
    const need = (key, ok) => {
        if (!ok)
            problems.push(`manifest field "${key}" is missing or has the wrong type`);
    };
    need('formatVersion', Number.isInteger(m.formatVersion));
    need('name', typeof m.name === 'string');
    need('createdAt', typeof m.createdAt === 'string' && !Number.isNaN(Date.parse(m.createdAt)));
    need('checksum', typeof m.checksum === 'string');
    need('compression', m.compression === 'none' || m.compression === 'gzip');
    need('tags', Array.isArray(m.tags) && m.tags.every((t) => typeof t === 'string'));
    need('totalSize', Number.isInteger(m.totalSize));
    need('files', Array.isArray(m.files));
    if (typeof m.name === 'string') {
        try {
            (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .assertValidName */ .QB)(m.name);
        }
        catch (error) {
            problems.push(error.message);
        }
    }
    if (Array.isArray(m.files)) {
        const seen = new Set();
        m.files.forEach((f, i) => {
            const file = f;
            if (!file || typeof file.path !== 'string' || typeof file.stored !== 'string' || typeof file.sha256 !== 'string' || !Number.isInteger(file.size)) {
                problems.push(`manifest file entry ${i} is malformed`);
                return;
            }
            for (const p of [file.path, file.stored]) {
                if (!isSafeRelativePath(p))
                    problems.push(`manifest file entry ${i} has an unsafe path ${JSON.stringify(p)}`);
            }
            if (!/^[0-9a-f]{64}$/.test(file.sha256))
                problems.push(`manifest file entry ${i} has a malformed sha256`);
            if (seen.has(file.path))
                problems.push(`manifest lists ${file.path} twice`);
            seen.add(file.path);
        });
    }
    return problems;
}
/** A relative `/`-separated path that stays inside its root: no `..`, no absolute, no NUL or backslash. */
function isSafeRelativePath(p) {
    if (p === '' || p.startsWith('/') || p.includes('\\') || p.includes('\0') || /^[A-Za-z]:/.test(p))
        return false;
    return p.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}
//# sourceMappingURL=manifest.js.map

/***/ }),

/***/ 6599:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fi: () => (/* binding */ uniqueName),
/* harmony export */   QB: () => (/* binding */ assertValidName),
/* harmony export */   e2: () => (/* binding */ timestampName),
/* harmony export */   uV: () => (/* binding */ isValidName)
/* harmony export */ });
/* unused harmony export MAX_NAME_LENGTH */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);

const MAX_NAME_LENGTH = 100;
const NAME_PATTERN = /^[A-Za-z0-9._-]+$/;
/** Store entries that are not backups; a backup may never take these names. */
const RESERVED = new Set(['history.jsonl']);
/** Throws InvalidNameError unless `name` can be a backup directory name. */
function assertValidName(name) {
    if (name.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidNameError */ .Tw(name, 'it is empty');
    if (name.includes('\0'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidNameError */ .Tw(name, 'it contains a NUL byte');
    if (/[\r\n]/.test(name))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidNameError */ .Tw(name, 'it contains a line break');
    if (name.includes('/') || name.includes('\\'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidNameError */ .Tw(name, 'it must be a name, not a path');
    if (name === '.' || name === '..')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidNameError */ .Tw(name, 'it must be a name, not a path');
    if (name.length > MAX_NAME_LENGTH) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidNameError */ .Tw(name, `it has ${name.length} characters (at most ${MAX_NAME_LENGTH})`);
    }
    if (!NAME_PATTERN.test(name)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidNameError */ .Tw(name, 'use only letters A-Z a-z, digits, ".", "_" and "-"');
    }
    if (name.startsWith('.'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidNameError */ .Tw(name, 'names starting with "." are reserved for the store');
    if (RESERVED.has(name.toLowerCase()))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidNameError */ .Tw(name, 'this name is reserved for the store');
}
function isValidName(name) {
    try {
        assertValidName(name);
        return true;
    }
    catch {
        return false;
    }
}
/** `backup-YYYYMMDD-HHMMSS` in UTC, as the seed specifies; `prefix` allows `backup-pre-restore`. */
function timestampName(date, prefix = 'backup') {
    const iso = date.toISOString(); // 2024-01-20T10:30:45.123Z
    const stamp = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}`;
    return `${prefix}-${stamp}`;
}
/** First of `base`, `base-2`, `base-3`, … that `taken` does not hold. */
function uniqueName(base, taken) {
    if (!taken(base))
        return base;
    for (let n = 2;; n++) {
        const candidate = `${base}-${n}`;
        if (!taken(candidate))
            return candidate;
    }
}
//# sourceMappingURL=names.js.map

/***/ }),

/***/ 7794:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ resolveConfigRoot),
/* harmony export */   j: () => (/* binding */ scanConfigDir)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4006);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(452);




const NEVER_DESCEND = new Set(['.git', 'node_modules']);
/**
 * Lists the config files to back up. Symlinks are followed only when they resolve to a
 * file inside the config dir: a backup must never pull in (or later overwrite) files
 * elsewhere on the machine. FIFOs and devices are skipped because opening them can block.
 */
async function scanConfigDir(options) {
    const root = await resolveConfigRoot(options.configDir);
    const backupReal = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(options.backupDir).catch(() => node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(options.backupDir));
    const isIncluded = picomatch__WEBPACK_IMPORTED_MODULE_3__(options.include, { dot: false });
    const isExcluded = options.exclude.length > 0 ? picomatch__WEBPACK_IMPORTED_MODULE_3__(options.exclude, { dot: true }) : () => false;
    const wanted = (rel) => isIncluded(rel) && !isExcluded(rel);
    const files = [];
    const skipped = [];
    const walk = async (dir, relDir) => {
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
        for (const entry of entries) {
            const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, entry.name);
            const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigDirNotFoundError */ .D5(configDir, 'not-a-directory');
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(configDir);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigDirNotFoundError */ .D5)
            throw error;
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoOf */ .UQ)(error) === 'ENOENT' || (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoOf */ .UQ)(error) === 'ENOTDIR')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigDirNotFoundError */ .D5(configDir, 'missing');
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
//# sourceMappingURL=scan.js.map

/***/ }),

/***/ 4587:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ sameContent),
/* harmony export */   Lz: () => (/* binding */ contentDifference),
/* harmony export */   RA: () => (/* binding */ readSnapshot),
/* harmony export */   fg: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(452);
/* harmony import */ var _fsutil_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9484);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7794);





/** Reads every config file once: its bytes, size and SHA-256. */
async function readSnapshot(options) {
    const scan = await (0,_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .scanConfigDir */ .j)({
        configDir: options.configDir,
        backupDir: options.backupDir,
        include: options.settings.include,
        exclude: options.settings.exclude,
    });
    const files = await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_3__/* .mapLimit */ .sf)(scan.files, 8, async (file) => {
        let bytes;
        try {
            bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file.absolutePath);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileUnreadableError */ .Wd(file.path, (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoOf */ .UQ)(error), { cause: error });
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
//# sourceMappingURL=snapshot.js.map

/***/ }),

/***/ 6897:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  th: () => (/* binding */ STAGING_PREFIX),
  _t: () => (/* binding */ TRASH_PREFIX),
  pS: () => (/* binding */ backupNames),
  G2: () => (/* binding */ ensureBackupDir),
  Em: () => (/* binding */ loadAllManifests),
  eY: () => (/* binding */ loadManifest),
  $_: () => (/* binding */ lockStore),
  QC: () => (/* binding */ publishStaged)
});

// UNUSED EXPORTS: newestFirst

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/core/fsutil.js
var fsutil = __webpack_require__(9484);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./lib/core/lock.js






const LOCK_FILE = '.lock';
/**
 * An exclusive lock on the store: a file created with O_EXCL that names its holder.
 * A lock whose holder process is gone (same host, PID dead or recycled) is broken and
 * taken over, so a killed `create` never blocks the store for good.
 */
async function acquireLock(backupDir, options) {
    const lockPath = external_node_path_.join(backupDir, LOCK_FILE);
    const me = {
        pid: process.pid,
        hostname: (0,external_node_os_.hostname)(),
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
            await (0,fsutil/* writeNewFile */.S0)(lockPath, body, 0o644, false);
            return { path: lockPath, release: () => releaseLock(lockPath, body) };
        }
        catch (error) {
            if ((0,errors/* errnoOf */.UQ)(error) !== 'EEXIST')
                throw error;
        }
        const current = await readHolder(lockPath);
        if (current && (await isStale(lockPath, current))) {
            await breakLock(lockPath, current.raw);
            continue;
        }
        const waited = Date.now() - started;
        if (waited >= options.timeoutMs)
            throw new errors/* StoreBusyError */.VF(lockPath, current?.holder ?? {}, waited);
        await new Promise((resolve) => setTimeout(resolve, Math.min(poll, Math.max(1, options.timeoutMs - waited))));
    }
}
async function releaseLock(lockPath, body) {
    // Only remove the lock if it is still ours: a lock broken as stale may belong to someone else now.
    const current = await (0,promises_.readFile)(lockPath, 'utf8').catch(() => undefined);
    if (current === body)
        await (0,promises_.unlink)(lockPath).catch(() => undefined);
}
async function readHolder(lockPath) {
    let raw;
    try {
        raw = await (0,promises_.readFile)(lockPath, 'utf8');
    }
    catch (error) {
        if ((0,errors/* errnoOf */.UQ)(error) === 'ENOENT')
            return undefined;
        throw error;
    }
    try {
        return { raw, holder: JSON.parse(raw) };
    }
    catch {
        return { raw, holder: {} };
    }
}
async function isStale(lockPath, current) {
    const { holder } = current;
    if (typeof holder.pid !== 'number') {
        // Unreadable content: the holder died between creating and writing it. Give a live writer a moment.
        const age = Date.now() - (await (0,promises_.stat)(lockPath).then((s) => s.mtimeMs, () => Date.now()));
        return age > 2000;
    }
    if (holder.hostname !== (0,external_node_os_.hostname)())
        return false;
    if (!isAlive(holder.pid))
        return true;
    return holder.startTime !== undefined && processStartTime(holder.pid) !== holder.startTime;
}
/** Removes a stale lock, unless someone replaced it meanwhile (then the next loop looks again). */
async function breakLock(lockPath, staleBody) {
    const breaker = `${lockPath}.break`;
    try {
        await (0,fsutil/* writeNewFile */.S0)(breaker, String(process.pid), 0o644, false);
    }
    catch (error) {
        if ((0,errors/* errnoOf */.UQ)(error) !== 'EEXIST')
            throw error;
        const age = Date.now() - (await (0,promises_.stat)(breaker).then((s) => s.mtimeMs, () => Date.now()));
        if (age > 5000)
            await (0,promises_.unlink)(breaker).catch(() => undefined);
        return;
    }
    try {
        const now = await (0,promises_.readFile)(lockPath, 'utf8').catch(() => undefined);
        if (now === staleBody) {
            const aside = `${lockPath}.stale-${process.pid}`;
            await (0,promises_.rename)(lockPath, aside);
            await (0,promises_.unlink)(aside).catch(() => undefined);
        }
    }
    finally {
        await (0,promises_.unlink)(breaker).catch(() => undefined);
    }
}
function isAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return (0,errors/* errnoOf */.UQ)(error) === 'EPERM';
    }
}
function processStartTime(pid) {
    try {
        const stat = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        // Field 22, counted after the parenthesised command name (which may itself contain spaces).
        return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    }
    catch {
        return undefined;
    }
}
//# sourceMappingURL=lock.js.map
// EXTERNAL MODULE: ./lib/core/manifest.js
var core_manifest = __webpack_require__(9718);
// EXTERNAL MODULE: ./lib/core/names.js
var names = __webpack_require__(6599);
;// CONCATENATED MODULE: ./lib/core/store.js







/** Temporary entries in the backup dir: never listed, removed by the next writer. */
const STAGING_PREFIX = '.staging-';
const TRASH_PREFIX = '.trash-';
/**
 * Makes sure the backup dir exists and is a directory. With `create: false` a missing dir
 * is fine (an empty store); a file in its place is always an error.
 */
async function ensureBackupDir(backupDir, create) {
    try {
        const info = await (0,promises_.lstat)(backupDir);
        if (info.isSymbolicLink()) {
            if (!(await (0,promises_.stat)(backupDir)).isDirectory())
                throw new errors/* BackupDirError */.WK(backupDir, 'is a symlink to something that is not a directory');
            return true;
        }
        if (!info.isDirectory())
            throw new errors/* BackupDirError */.WK(backupDir, 'is a file, not a directory: move it away or pass --backup-dir');
        return true;
    }
    catch (error) {
        if (error instanceof errors/* BackupDirError */.WK)
            throw error;
        if ((0,errors/* errnoOf */.UQ)(error) === 'ENOTDIR')
            throw new errors/* BackupDirError */.WK(backupDir, 'is inside something that is not a directory');
        if ((0,errors/* errnoOf */.UQ)(error) !== 'ENOENT')
            throw error;
    }
    if (!create)
        return false;
    try {
        await (0,promises_.mkdir)(backupDir, { recursive: true });
    }
    catch (error) {
        if ((0,errors/* errnoOf */.UQ)(error) === 'ENOTDIR' || (0,errors/* errnoOf */.UQ)(error) === 'EEXIST')
            throw new errors/* BackupDirError */.WK(backupDir, 'cannot be created: a parent is a file');
        throw new errors/* StoreWriteError */.NW(backupDir, (0,errors/* errnoOf */.UQ)(error), { cause: error });
    }
    return true;
}
/** Creates the dir if needed, locks the store and removes what interrupted writers left. */
async function lockStore(backupDir, command, timeoutMs) {
    await ensureBackupDir(backupDir, true);
    let lock;
    try {
        lock = await acquireLock(backupDir, { command, timeoutMs });
    }
    catch (error) {
        const code = (0,errors/* errnoOf */.UQ)(error);
        if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM' || code === 'ENOSPC')
            throw new errors/* StoreWriteError */.NW(backupDir, code, { cause: error });
        throw error;
    }
    await removeLeftovers(backupDir);
    return lock;
}
async function removeLeftovers(backupDir) {
    for (const entry of await (0,promises_.readdir)(backupDir)) {
        if (entry.startsWith(STAGING_PREFIX) || entry.startsWith(TRASH_PREFIX))
            await (0,fsutil/* removeTree */.dM)(external_node_path_.join(backupDir, entry));
    }
}
/** Names of the entries that may be backups (valid names, directories or not). */
async function backupNames(backupDir) {
    try {
        return (await (0,promises_.readdir)(backupDir)).filter(names/* isValidName */.uV).sort();
    }
    catch (error) {
        if ((0,errors/* errnoOf */.UQ)(error) === 'ENOENT')
            return [];
        if ((0,errors/* errnoOf */.UQ)(error) === 'ENOTDIR')
            throw new errors/* BackupDirError */.WK(backupDir, 'is a file, not a directory: move it away or pass --backup-dir');
        throw error;
    }
}
/** Reads one backup's manifest without checking its files (that is `verifyBackup`). */
async function loadManifest(backupDir, name) {
    const dir = external_node_path_.join(backupDir, name);
    let info;
    try {
        info = await (0,promises_.lstat)(dir);
    }
    catch (error) {
        if ((0,errors/* errnoOf */.UQ)(error) === 'ENOENT')
            throw new errors/* BackupNotFoundError */.I_(name, backupDir);
        throw error;
    }
    if (!info.isDirectory())
        return { name, dir, problems: ['the backup is not a directory'] };
    let text;
    try {
        text = await (0,promises_.readFile)(external_node_path_.join(dir, core_manifest/* MANIFEST_FILE */.h1), 'utf8');
    }
    catch (error) {
        const code = (0,errors/* errnoOf */.UQ)(error);
        return { name, dir, problems: [code === 'ENOENT' ? 'manifest.json is missing' : `manifest.json is unreadable (${code})`] };
    }
    const { manifest, problems } = (0,core_manifest/* parseManifest */.Ng)(text, name);
    return manifest ? { name, dir, manifest, problems } : { name, dir, problems };
}
/** All backups' manifests, newest first; equal times are ordered by name, the last name counting as newer. */
async function loadAllManifests(backupDir) {
    const names = await backupNames(backupDir);
    const loaded = await Promise.all(names.map((name) => loadManifest(backupDir, name).catch((error) => ({ name, dir: external_node_path_.join(backupDir, name), problems: [String(error.message)] }))));
    return loaded.sort(newestFirst);
}
function newestFirst(a, b) {
    const ta = a.manifest ? Date.parse(a.manifest.createdAt) : -Infinity;
    const tb = b.manifest ? Date.parse(b.manifest.createdAt) : -Infinity;
    if (ta !== tb)
        return tb - ta;
    return a.name < b.name ? 1 : a.name > b.name ? -1 : 0;
}
/**
 * Makes a fully written staging directory the backup `name`: its directories are fsynced, it is
 * renamed into place (atomic, and never over an existing backup), then the store is fsynced.
 */
async function publishStaged(backupDir, staging, name, dirs) {
    for (const dir of [...dirs].sort().reverse())
        await (0,fsutil/* fsyncDir */.t_)(dir);
    const finalDir = external_node_path_.join(backupDir, name);
    try {
        await (0,promises_.rename)(staging, finalDir);
    }
    catch (error) {
        if (['EEXIST', 'ENOTEMPTY', 'EISDIR', 'ENOTDIR'].includes((0,errors/* errnoOf */.UQ)(error) ?? ''))
            throw new errors/* BackupExistsError */.j2(name);
        throw error;
    }
    await (0,fsutil/* fsyncDir */.t_)(backupDir);
    return finalDir;
}
//# sourceMappingURL=store.js.map

/***/ }),

/***/ 1472:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* binding */ validateConfig),
  s: () => (/* binding */ validateDocuments)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/core/settings.js
var core_settings = __webpack_require__(7726);
// EXTERNAL MODULE: ./lib/core/scan.js
var core_scan = __webpack_require__(7794);
// EXTERNAL MODULE: ./lib/core/json.js
var json = __webpack_require__(3085);
;// CONCATENATED MODULE: ./lib/core/validate/document.js

/** Decodes and parses one document; problems become diagnostics instead of exceptions. */
function parseDocument(doc, diagnostics) {
    const decoded = (0,json/* decodeUtf8 */._6)(doc.bytes);
    if (!decoded.ok) {
        diagnostics.push({ severity: 'error', code: 'encoding', file: doc.path, ...decoded.position, message: decoded.problem });
        return undefined;
    }
    if (decoded.bom) {
        diagnostics.push({
            severity: 'warning',
            code: 'bom',
            file: doc.path,
            line: 1,
            column: 1,
            message: 'starts with a UTF-8 byte order mark; some JSON parsers reject it',
        });
    }
    const parsed = (0,json/* parseJson */.qF)(decoded.text);
    if (!parsed.ok) {
        diagnostics.push({ severity: 'error', code: 'json-syntax', file: doc.path, ...parsed.position, message: `invalid JSON: ${parsed.problem}` });
        return undefined;
    }
    for (const dup of (0,json/* findDuplicateKeys */.ln)(decoded.text)) {
        diagnostics.push({
            severity: 'error',
            code: 'duplicate-key',
            file: doc.path,
            pointer: dup.pointer,
            ...dup.position,
            message: `duplicate key ${JSON.stringify(dup.key)}: only the last value would be used`,
        });
    }
    return { path: doc.path, text: decoded.text, value: parsed.value, positions: new json/* PositionIndex */.uH(decoded.text) };
}
/** A diagnostic about a place inside a parsed document, with its line and column. */
function at(doc, pointer, severity, code, message) {
    const position = doc.positions.of(pointer);
    return { severity, code, file: doc.path, pointer, ...(position ?? {}), message };
}
//# sourceMappingURL=document.js.map
;// CONCATENATED MODULE: ./lib/core/validate/orchestration.js


const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const ptr = (...segments) => segments.map((s) => `/${(0,json/* escapePointerSegment */.mE)(String(s))}`).join('');
/** Built-in orchestration checks: the structure of teams.json/workflows.json and agent references. */
function checkOrchestration(docs, referenceKeys) {
    const diagnostics = [];
    const teams = docs.find((d) => d.path === 'teams.json');
    const workflows = docs.find((d) => d.path === 'workflows.json');
    const settings = docs.find((d) => d.path === 'settings.json');
    let agents;
    if (teams)
        agents = checkTeams(teams, diagnostics);
    if (workflows)
        checkWorkflows(workflows, diagnostics);
    if (settings && isObject(settings.value) && settings.value.version === undefined) {
        diagnostics.push(at(settings, '', 'info', 'no-version', 'settings.json has no "version": the configuration version is taken from the other files'));
    }
    if (!agents) {
        if (workflows)
            diagnostics.push({ severity: 'info', code: 'no-teams', file: 'workflows.json', message: 'no teams.json: agent references were not checked' });
        return diagnostics;
    }
    const keys = new Set(referenceKeys);
    for (const doc of [teams, workflows]) {
        if (!doc)
            continue;
        const unknown = new Map();
        collectReferences(doc.value, '', keys, (name, pointer) => {
            if (doc === teams && /^\/teams\/[^/]+\/members\/\d+\/agent$/.test(pointer))
                return;
            if (!agents.has(name))
                unknown.set(name, [...(unknown.get(name) ?? []), pointer]);
        });
        for (const [name, pointers] of unknown) {
            const first = pointers[0];
            const more = pointers.length > 1 ? `, +${pointers.length - 1} more` : '';
            diagnostics.push(at(doc, first, 'warning', 'unknown-agent', `Agent '${name}' is not defined in teams.json (referenced at ${first}${more})`));
        }
    }
    const teamCount = teams && isObject(teams.value) && isObject(teams.value.teams) ? Object.keys(teams.value.teams).length : 0;
    diagnostics.push({ severity: 'info', code: 'inventory', file: 'teams.json', message: `${teamCount} teams, ${agents.size} agents defined` });
    return diagnostics;
}
function checkTeams(doc, diagnostics) {
    const root = doc.value;
    if (!isObject(root)) {
        diagnostics.push(at(doc, '', 'error', 'wrong-type', 'teams.json must be a JSON object'));
        return undefined;
    }
    if (!isObject(root.teams)) {
        diagnostics.push(at(doc, root.teams === undefined ? '' : '/teams', 'error', 'missing-field', root.teams === undefined ? 'teams.json has no "teams" object' : '"teams" must be an object keyed by team id'));
        return undefined;
    }
    const agents = new Map();
    for (const [teamId, team] of Object.entries(root.teams)) {
        const teamPtr = ptr('teams', teamId);
        if (!isObject(team)) {
            diagnostics.push(at(doc, teamPtr, 'error', 'wrong-type', `Team '${teamId}' must be an object`));
            continue;
        }
        if (typeof team.name !== 'string')
            diagnostics.push(at(doc, teamPtr, 'warning', 'missing-field', `Team '${teamId}' has no "name"`));
        if (typeof team.orchestrator === 'string')
            agents.set(team.orchestrator, { name: team.orchestrator, pointer: `${teamPtr}/orchestrator` });
        if (team.members === undefined)
            continue;
        if (!Array.isArray(team.members)) {
            diagnostics.push(at(doc, `${teamPtr}/members`, 'error', 'wrong-type', `Team '${teamId}': "members" must be an array`));
            continue;
        }
        team.members.forEach((member, index) => {
            const memberPtr = `${teamPtr}/members/${index}`;
            if (!isObject(member) || typeof member.agent !== 'string' || member.agent.trim() === '') {
                diagnostics.push(at(doc, memberPtr, 'error', 'missing-field', `Team '${teamId}' member ${index} has no "agent" id`));
                return;
            }
            const previous = agents.get(member.agent);
            if (previous && !previous.pointer.endsWith('/orchestrator')) {
                diagnostics.push(at(doc, `${memberPtr}/agent`, 'error', 'duplicate-agent', `Agent '${member.agent}' is defined twice: ${previous.pointer} and ${memberPtr}`));
            }
            agents.set(member.agent, { name: member.agent, pointer: `${memberPtr}/agent` });
        });
    }
    return agents;
}
function checkWorkflows(doc, diagnostics) {
    const root = doc.value;
    if (!isObject(root)) {
        diagnostics.push(at(doc, '', 'error', 'wrong-type', 'workflows.json must be a JSON object'));
        return;
    }
    if (!isObject(root.workflows)) {
        diagnostics.push(at(doc, root.workflows === undefined ? '' : '/workflows', 'error', 'missing-field', root.workflows === undefined ? 'workflows.json has no "workflows" object' : '"workflows" must be an object keyed by workflow id'));
        return;
    }
    for (const [id, workflow] of Object.entries(root.workflows)) {
        if (!isObject(workflow))
            diagnostics.push(at(doc, ptr('workflows', id), 'error', 'wrong-type', `Workflow '${id}' must be an object`));
    }
}
const isReferenceValue = (v) => typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
/** `{ code: ["a"], design: ["b", "c"] }`: every value names agents. */
const isReferenceMap = (v) => isObject(v) && Object.keys(v).length > 0 && Object.values(v).every(isReferenceValue);
/**
 * Calls `found` for every agent name under a reference key. The same key can also name an
 * entity (`workflows.review` is a workflow, `review: "lead"` a reviewer), so only strings,
 * lists of strings and pure maps of them count as references.
 */
function collectReferences(value, pointer, keys, found) {
    const emit = (v, p) => {
        if (typeof v === 'string')
            found(v, p);
        else
            v.forEach((name, i) => found(name, `${p}/${i}`));
    };
    if (Array.isArray(value)) {
        value.forEach((item, i) => collectReferences(item, `${pointer}/${i}`, keys, found));
        return;
    }
    if (!isObject(value))
        return;
    for (const [key, child] of Object.entries(value)) {
        const childPointer = `${pointer}/${(0,json/* escapePointerSegment */.mE)(key)}`;
        if (keys.has(key) && isReferenceValue(child))
            emit(child, childPointer);
        else if (keys.has(key) && isReferenceMap(child)) {
            for (const [inner, v] of Object.entries(child))
                emit(v, `${childPointer}/${(0,json/* escapePointerSegment */.mE)(inner)}`);
        }
        else
            collectReferences(child, childPointer, keys, found);
    }
}
//# sourceMappingURL=orchestration.js.map
// EXTERNAL MODULE: external "node:path/posix"
var posix_ = __webpack_require__(3916);
;// CONCATENATED MODULE: ./lib/core/validate/schema.js



/** Finds the schema that applies to `doc`: configured, then `<schemaDir>/<name>.schema.json`, then a local `$schema`. */
function schemaPathFor(doc, options, exists) {
    const configured = options.schemas[doc.path];
    if (configured)
        return posix_.normalize(configured);
    const conventional = posix_.join(options.schemaDir, doc.path.replace(/\.json$/, '.schema.json'));
    if (exists(conventional))
        return conventional;
    const declared = doc.value?.$schema;
    if (typeof declared === 'string' && !/^[a-z][a-z0-9+.-]*:/i.test(declared)) {
        return posix_.normalize(posix_.join(posix_.dirname(doc.path), declared));
    }
    return undefined;
}
function isSchemaFile(file, options) {
    return file.startsWith(`${posix_.normalize(options.schemaDir)}/`) || Object.values(options.schemas).some((s) => posix_.normalize(s) === file);
}
/**
 * Validates each document against its JSON Schema with ajv. Ajv is imported only when a
 * schema applies, so configs without schemas don't pay for it (the hook runs on every commit).
 */
async function checkSchemas(docs, options, readSchema, known) {
    const diagnostics = [];
    const targets = docs
        .filter((d) => !isSchemaFile(d.path, options))
        .map((doc) => ({ doc, schemaPath: schemaPathFor(doc, options, (p) => known.has(p)) }))
        .filter((t) => t.schemaPath !== undefined);
    if (targets.length === 0)
        return diagnostics;
    const compiled = new Map();
    const compile = await loadCompiler();
    for (const { doc, schemaPath } of targets) {
        if (!compiled.has(schemaPath)) {
            const bytes = await readSchema(schemaPath);
            if (!bytes) {
                diagnostics.push({ severity: 'error', code: 'schema-missing', file: doc.path, message: `schema ${schemaPath} not found` });
                compiled.set(schemaPath, null);
                continue;
            }
            const parsed = (0,json/* parseJson */.qF)(Buffer.from(bytes).toString('utf8'));
            if (!parsed.ok) {
                diagnostics.push({ severity: 'error', code: 'schema-invalid', file: schemaPath, ...parsed.position, message: `schema is not valid JSON: ${parsed.problem}` });
                compiled.set(schemaPath, null);
                continue;
            }
            try {
                compiled.set(schemaPath, compile(parsed.value));
            }
            catch (error) {
                diagnostics.push({ severity: 'error', code: 'schema-invalid', file: schemaPath, message: `schema cannot be used: ${error.message}` });
                compiled.set(schemaPath, null);
            }
        }
        const validate = compiled.get(schemaPath);
        if (!validate || validate(doc.value))
            continue;
        for (const error of validate.errors ?? []) {
            diagnostics.push(at(doc, error.instancePath, 'error', 'schema', `${describe(error)} (schema ${schemaPath})`));
        }
    }
    return diagnostics;
}
function describe(error) {
    const where = error.instancePath || '(root)';
    const params = error.params;
    if (error.keyword === 'additionalProperties')
        return `${where}: unexpected property ${JSON.stringify(params.additionalProperty)}`;
    if (error.keyword === 'required')
        return `${where}: missing required property ${JSON.stringify(params.missingProperty)}`;
    if (error.keyword === 'enum')
        return `${where}: ${error.message} (${JSON.stringify(params.allowedValues)})`;
    return `${where}: ${error.message ?? error.keyword}`;
}
async function loadCompiler() {
    const [{ Ajv }, { Ajv2020 }, formats] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(463)]).then(__webpack_require__.t.bind(__webpack_require__, 2463, 19)), Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(210)]).then(__webpack_require__.t.bind(__webpack_require__, 2210, 19)), Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(815)]).then(__webpack_require__.t.bind(__webpack_require__, 2815, 19))]);
    const options = { allErrors: true, strict: false };
    const draft07 = new Ajv(options);
    const draft2020 = new Ajv2020(options);
    // ajv-formats is CommonJS: under NodeNext its function arrives as `default` or `default.default`.
    const mod = formats;
    const addFormats = mod.default.default ?? mod.default;
    addFormats(draft07);
    addFormats(draft2020);
    return (schema) => {
        const dialect = schema?.$schema;
        const ajv = typeof dialect === 'string' && dialect.includes('2020-12') ? draft2020 : draft07;
        return ajv.compile(schema);
    };
}
//# sourceMappingURL=schema.js.map
;// CONCATENATED MODULE: ./lib/core/validate/types.js
function summarize(files, diagnostics) {
    const summary = { errors: 0, warnings: 0, info: 0 };
    for (const d of diagnostics) {
        if (d.severity === 'error')
            summary.errors++;
        else if (d.severity === 'warning')
            summary.warnings++;
        else
            summary.info++;
    }
    const status = summary.errors > 0 ? 'invalid' : summary.warnings > 0 ? 'needs-attention' : 'valid';
    return { status, valid: summary.errors === 0, files, diagnostics, summary };
}
//# sourceMappingURL=types.js.map
;// CONCATENATED MODULE: ./lib/core/validate/index.js








/** Validates a set of config documents: syntax, JSON Schemas, built-in orchestration checks. */
async function validateDocuments(docs, options = {}) {
    const settings = options.settings ?? core_settings/* DEFAULT_SETTINGS */.a$;
    const diagnostics = [];
    const parsed = [];
    for (const doc of docs) {
        const result = parseDocument(doc, diagnostics);
        if (result)
            parsed.push(result);
    }
    const byPath = new Map(docs.map((d) => [d.path, d.bytes]));
    const configs = parsed.filter((d) => !isSchemaFile(d.path, settings));
    diagnostics.push(...(await checkSchemas(configs, settings, async (p) => byPath.get(p) ?? (await options.readExtra?.(p)), new Set(byPath.keys()))));
    diagnostics.push(...checkOrchestration(configs, settings.referenceKeys));
    diagnostics.sort(bySeverityThenPlace);
    return summarize(docs.map((d) => d.path), diagnostics);
}
/** Validates the config dir as it is on disk. */
async function validateConfig(options) {
    const settings = options.settings ?? core_settings/* DEFAULT_SETTINGS */.a$;
    const scan = await (0,core_scan/* scanConfigDir */.j)({ configDir: options.configDir, backupDir: options.backupDir, include: settings.include, exclude: settings.exclude });
    const docs = [];
    const unreadable = [];
    for (const file of scan.files) {
        try {
            docs.push({ path: file.path, bytes: await (0,promises_.readFile)(file.absolutePath) });
        }
        catch (error) {
            unreadable.push({ severity: 'error', code: 'unreadable', file: file.path, message: `cannot read: ${error.code ?? error}` });
        }
    }
    const report = await validateDocuments(docs, {
        settings,
        readExtra: async (p) => (0,promises_.readFile)(external_node_path_.join(scan.root, p)).catch(() => undefined),
    });
    const skipped = scan.skipped.map((s) => ({ severity: 'warning', code: 'skipped', file: s.path, message: s.reason }));
    if (unreadable.length === 0 && skipped.length === 0)
        return report;
    return summarize([...report.files, ...unreadable.map((u) => u.file)].sort(), [...unreadable, ...report.diagnostics, ...skipped].sort(bySeverityThenPlace));
}
const RANK = { error: 0, warning: 1, info: 2 };
function bySeverityThenPlace(a, b) {
    return (RANK[a.severity] - RANK[b.severity] ||
        // Plain code-unit order: localeCompare would load ICU's collator, ~10 ms the hook cannot spare.
        compareText(a.file ?? '', b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0));
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 8238:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ verifyBackups),
/* harmony export */   O2: () => (/* binding */ extraFiles),
/* harmony export */   gu: () => (/* binding */ verifyBackup)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7075);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6466);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8522);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(452);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(631);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9718);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6897);
/* harmony import */ var _fsutil_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9484);












/** Recomputes every checksum of one backup and reports each difference from its manifest. */
async function verifyBackup(backupDir, name, options = {}) {
    const loaded = await (0,_store_js__WEBPACK_IMPORTED_MODULE_10__/* .loadManifest */ .eY)(backupDir, name);
    const problems = loaded.problems.map((message) => ({
        kind: message.includes('not a directory') ? 'not-a-directory' : 'manifest',
        message,
    }));
    const manifest = loaded.manifest;
    if (manifest) {
        const fileProblems = await (0,_fsutil_js__WEBPACK_IMPORTED_MODULE_11__/* .mapLimit */ .sf)(manifest.files, 4, (file) => checkFile(loaded.dir, file));
        for (const problem of fileProblems)
            if (problem)
                problems.push(problem);
        problems.push(...(await extraFiles(loaded.dir, manifest)));
    }
    const result = manifest ? { name, ok: problems.length === 0, problems, manifest } : { name, ok: problems.length === 0, problems };
    if (options.record) {
        await (0,_history_js__WEBPACK_IMPORTED_MODULE_8__/* .appendHistory */ .b8)(backupDir, {
            operation: 'verify',
            backup: name,
            outcome: result.ok ? 'success' : 'failure',
            ...(result.ok ? {} : { detail: problems.map((p) => p.message).join('; ') }),
        }).catch(() => undefined);
    }
    return result;
}
/** Verifies the named backups, or all of them. */
async function verifyBackups(backupDir, names, options = {}) {
    const all = !names || names.length === 0;
    const targets = all ? await (0,_store_js__WEBPACK_IMPORTED_MODULE_10__/* .backupNames */ .pS)(backupDir) : names;
    const results = [];
    for (const name of targets) {
        // Verifying the whole store takes no lock: a backup a concurrent clean removed after the
        // listing is gone, not damaged. Names asked for explicitly are still reported as missing.
        const result = await verifyBackup(backupDir, name, options).catch((error) => {
            if (all && error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .BackupNotFoundError */ .I_)
                return null;
            throw error;
        });
        if (!result)
            continue;
        if (all && !result.ok && !(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(node_path__WEBPACK_IMPORTED_MODULE_3__.join(backupDir, name)).then(() => true, () => false)))
            continue;
        results.push(result);
    }
    return results;
}
async function checkFile(dir, file) {
    const stored = node_path__WEBPACK_IMPORTED_MODULE_3__.join(dir, ...file.stored.split('/'));
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    const sink = new node_stream__WEBPACK_IMPORTED_MODULE_4__.Writable({
        write(chunk, _encoding, done) {
            hash.update(chunk);
            size += chunk.length;
            done();
        },
    });
    try {
        const source = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(stored);
        if (file.stored.endsWith('.gz'))
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.pipeline)(source, (0,node_zlib__WEBPACK_IMPORTED_MODULE_6__.createGunzip)(), sink);
        else
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.pipeline)(source, sink);
    }
    catch (error) {
        const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errnoOf */ .UQ)(error);
        if (code === 'ENOENT')
            return { kind: 'missing', path: file.path, message: `${file.path}: stored copy ${file.stored} is missing` };
        if (code === 'EACCES' || code === 'EPERM' || code === 'EISDIR') {
            return { kind: 'unreadable', path: file.path, message: `${file.path}: stored copy is unreadable (${code})` };
        }
        return { kind: 'unreadable', path: file.path, message: `${file.path}: stored copy is corrupt (${code ?? error.message})` };
    }
    const digest = hash.digest('hex');
    if (digest !== file.sha256 || size !== file.size) {
        return { kind: 'altered', path: file.path, message: `${file.path}: content changed (sha256 ${digest.slice(0, 12)}…, expected ${file.sha256.slice(0, 12)}…)` };
    }
    return undefined;
}
/** Files in a backup's directory that its manifest does not list. */
async function extraFiles(dir, manifest) {
    const expected = new Set([_manifest_js__WEBPACK_IMPORTED_MODULE_9__/* .MANIFEST_FILE */ .h1, ...manifest.files.map((f) => f.stored)]);
    const found = [];
    const walk = async (abs, rel) => {
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(abs, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            const relPath = rel ? `${rel}/${entry.name}` : entry.name;
            if (entry.isDirectory())
                await walk(node_path__WEBPACK_IMPORTED_MODULE_3__.join(abs, entry.name), relPath);
            else if (!expected.has(relPath))
                found.push({ kind: 'extra', path: relPath, message: `${relPath}: not listed in the manifest` });
        }
    };
    await walk(dir, '');
    return found;
}
//# sourceMappingURL=verify.js.map

/***/ })

};
