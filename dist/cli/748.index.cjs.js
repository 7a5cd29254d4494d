"use strict";
exports.id = 748;
exports.ids = [748];
exports.modules = {

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

/***/ 748:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   maskUnifiedDiff: () => (/* binding */ maskUnifiedDiff),
/* harmony export */   secretMaskedLines: () => (/* binding */ secretMaskedLines)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7990);
/* harmony import */ var _agents_front_matter_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1927);
/* harmony import */ var _kinds_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6751);




/**
 * The file's lines (split at `\n`) with every secret `•••`, everything else as it is; the same
 * number of lines, so line i of the result is line i of the file. Undefined when the file is not
 * YAML (or Markdown with front matter) that parses: the caller then has only the line rule.
 */
function secretMaskedLines(file, text, lines, secretKeys) {
    if ((0,_kinds_index_js__WEBPACK_IMPORTED_MODULE_3__/* .kindOfPath */ .Bs)(file) === 'yaml') {
        const ranges = yamlSecretRanges(text, secretKeys);
        return ranges && maskRanges(lines, ranges);
    }
    if (/\.(md|markdown)$/i.test(file)) {
        const front = frontMatter(lines);
        if (!front)
            return [...lines];
        const ranges = yamlSecretRanges(front.text, secretKeys);
        return ranges && maskRanges(lines, ranges, front.offset);
    }
    return undefined;
}
/** The YAML between a Markdown file's opening `---` and its closing line, and where it starts. */
function frontMatter(lines) {
    const close = (0,_agents_front_matter_js__WEBPACK_IMPORTED_MODULE_2__/* .frontMatterEnd */ .QY)(lines);
    if (close === undefined || close === null)
        return undefined;
    return { text: lines.slice(1, close).join('\n'), offset: lines[0].length + 1 };
}
/** The source ranges of every secret in the YAML stream, or undefined when any document fails to parse. */
function yamlSecretRanges(text, secretKeys) {
    const documents = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseAllDocuments)(text);
    if (!Array.isArray(documents))
        return undefined;
    const ranges = [];
    for (const doc of documents) {
        if (doc.errors.length > 0)
            return undefined;
        const walker = new SecretWalker(doc, text, secretKeys, ranges);
        walker.walk(doc.contents, 'open');
    }
    return ranges;
}
class SecretWalker {
    doc;
    text;
    secretKeys;
    ranges;
    /** Anchored nodes already walked through an alias: an alias cycle or a repeated one is walked once. */
    followed = new Set();
    constructor(doc, text, secretKeys, ranges) {
        this.doc = doc;
        this.text = text;
        this.secretKeys = secretKeys;
        this.ranges = ranges;
    }
    walk(node, mode) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isAlias)(node)) {
            // `api_key: *shared`: the value shown is the anchored one, wherever it is written.
            if (mode === 'open')
                return;
            const target = node.resolve(this.doc);
            if (target && !this.followed.has(target)) {
                this.followed.add(target);
                this.walk(target, mode);
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(node)) {
            if (node.range && (mode === 'whole' || (mode === 'secret' && !this.isShownScalar(node.value, node.range))))
                this.ranges.push([node.range[0], node.range[1]]);
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(node)) {
            const pairField = mode === 'open' ? (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .secretPairField */ .VL)(this.scalarFields(node.items), this.secretKeys) : undefined;
            for (const pair of node.items) {
                if (mode !== 'open') {
                    // A map under a secret key is hidden whole: its keys may be the secrets themselves.
                    this.walk(pair.key, 'whole');
                    this.walk(pair.value, 'whole');
                    continue;
                }
                const key = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(pair.key) ? String(pair.key.value) : undefined;
                const secret = key !== undefined && (key === pairField || (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretKey */ .uE)(key, this.secretKeys));
                this.walk(pair.value, secret ? 'secret' : 'open');
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(node)) {
            node.items.forEach((item, i) => {
                const previous = node.items[i - 1];
                // `["--api-key", "sk-…"]`: the item after a secret-named flag is its value.
                const flagged = mode === 'open' && (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(previous) && (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretFlag */ .ZT)(previous.value, this.secretKeys) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(item);
                this.walk(item, flagged ? 'secret' : mode);
            });
        }
    }
    /**
     * A number, boolean or null under a secret key is a count, a switch or nothing, and is shown; so
     * are they in the line rule, which also reads `0123` (a PIN more than a count) as a string.
     */
    isShownScalar(value, range) {
        if (value !== null && typeof value !== 'number' && typeof value !== 'boolean')
            return false;
        return (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainScalarText */ .sJ)(this.text.slice(range[0], range[1]));
    }
    /** A map's scalar fields as a plain object, enough to tell a `{name: API_TOKEN, value}` pair. */
    scalarFields(items) {
        const fields = {};
        for (const { key, value } of items)
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(key) && typeof key.value === 'string' && (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(value))
                Object.defineProperty(fields, key.value, { value: value.value, enumerable: true });
        return fields;
    }
}
/**
 * The lines with each range's visible text on each line it spans replaced by `•••` (indentation
 * and line ends kept), so a block scalar's lines each read `•••` and the line count is unchanged.
 */
function maskRanges(lines, ranges, offset = 0) {
    const starts = [];
    let at = 0;
    for (const line of lines) {
        starts.push(at);
        at += line.length + 1;
    }
    // Per line, the columns to mask; applied right to left so earlier columns keep their place.
    const cuts = new Map();
    for (const [from, to] of ranges) {
        const [start, end] = [from + offset, to + offset];
        for (let i = lineAt(starts, start); i < lines.length && starts[i] < end; i++) {
            const lineStart = starts[i];
            const line = lines[i];
            const segment = [
                Math.max(start, lineStart) - lineStart,
                Math.min(end, lineStart + line.length) - lineStart,
            ];
            const list = cuts.get(i) ?? [];
            list.push(segment);
            cuts.set(i, list);
        }
    }
    return lines.map((line, i) => {
        const list = cuts.get(i);
        if (!list)
            return line;
        let shown = line;
        for (const [from, to] of [...list].sort((x, y) => y[0] - x[0])) {
            const segment = shown.slice(from, to);
            const visible = segment.trim();
            if (visible === '' || visible === _redact_js__WEBPACK_IMPORTED_MODULE_1__/* .REDACTED */ .XF)
                continue;
            const lead = segment.length - segment.trimStart().length;
            shown = `${shown.slice(0, from + lead)}${_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .REDACTED */ .XF}${shown.slice(from + lead + visible.length)}`;
        }
        return shown;
    });
}
/** The index of the line holding this offset, by binary search over the line starts. */
function lineAt(starts, offset) {
    let [lo, hi] = [0, starts.length - 1];
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
/**
 * A unified diff of the two texts with each line replaced by the masked line it came from
 * (`-` from the old side, `+` from the new, context from either, masked if either side masks it).
 * The diff itself is made from the real texts, so a changed secret still shows as a changed line.
 * Undefined when a line does not match its source (the caller then keeps the line rule alone).
 */
function maskUnifiedDiff(unifiedDiff, before, after) {
    let [oldAt, newAt] = [0, 0];
    const out = [];
    for (const line of unifiedDiff.split('\n')) {
        const hunk = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
        if (hunk) {
            oldAt = Math.max(0, Number(hunk[1]) - (hunk[2] === '0' ? 0 : 1));
            newAt = Math.max(0, Number(hunk[3]) - (hunk[4] === '0' ? 0 : 1));
            out.push(line);
            continue;
        }
        const mark = line[0];
        if (line.startsWith('--- ') || line.startsWith('+++ ') || line.startsWith('\\') || mark === undefined) {
            out.push(line);
            continue;
        }
        const content = line.slice(1);
        const take = (side, at) => {
            const raw = side.raw[at];
            if (raw === content)
                return side.masked[at];
            return raw === `${content}\r` ? side.masked[at]?.replace(/\r$/, '') : undefined;
        };
        let shown;
        if (mark === '-')
            shown = take(before, oldAt++);
        else if (mark === '+')
            shown = take(after, newAt++);
        else if (mark === ' ') {
            const [old, now] = [take(before, oldAt++), take(after, newAt++)];
            shown = old === undefined || now === undefined ? undefined : old !== content ? old : now;
        }
        if (shown === undefined)
            return undefined;
        out.push(`${mark}${shown}`);
    }
    return out.join('\n');
}


/***/ })

};
;