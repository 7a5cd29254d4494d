"use strict";
exports.id = 990;
exports.ids = [990];
exports.modules = {

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

/***/ 793:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $3: () => (/* binding */ hasOwn),
/* harmony export */   Pe: () => (/* binding */ withoutKeys),
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   Y2: () => (/* binding */ childPointer),
/* harmony export */   Y7: () => (/* binding */ cloneJson),
/* harmony export */   bD: () => (/* binding */ deepEqual),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   u_: () => (/* binding */ isContainer)
/* harmony export */ });
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3044);

function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isContainer(value) {
    return typeof value === 'object' && value !== null;
}
function hasOwn(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
}
/** Equality of JSON values: key order does not matter, array order does. */
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a)) {
        if (!Array.isArray(b) || a.length !== b.length)
            return false;
        return a.every((item, i) => deepEqual(item, b[i]));
    }
    if (isPlainObject(a)) {
        if (!isPlainObject(b))
            return false;
        const keys = Object.keys(a);
        if (keys.length !== Object.keys(b).length)
            return false;
        return keys.every((key) => hasOwn(b, key) && deepEqual(a[key], b[key]));
    }
    return false;
}
/** JSON text with object keys sorted, so equal values always serialise the same way. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (isPlainObject(value)) {
        const members = Object.keys(value)
            .sort()
            .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`);
        return `{${members.join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
/** A deep copy that keeps own `__proto__` keys as data (JSON.parse defines them properly). */
function cloneJson(value) {
    return value === undefined ? value : JSON.parse(JSON.stringify(value));
}
function childPointer(pointer, segment) {
    return `${pointer}/${(0,_util_json_js__WEBPACK_IMPORTED_MODULE_0__/* .escapePointerSegment */ .mE)(String(segment))}`;
}
function withoutKeys(object, drop) {
    const rest = {};
    for (const key of Object.keys(object))
        if (!drop(key))
            Object.defineProperty(rest, key, { value: object[key], enumerable: true, writable: true, configurable: true });
    return rest;
}


/***/ }),

/***/ 3044:
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
/* harmony import */ var _jsonc_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9003);
/* harmony import */ var _parse_problem_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7777);


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
 * Strict JSON (RFC 8259). The native parser does the work (it is not recursive, so deep
 * input cannot overflow it); depth and duplicate keys are then read off the parsed value,
 * and the slower text scans run only when that cannot answer exactly.
 */
function parseJson(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        // Depth first: the positional parser that locates syntax errors recurses.
        return tooDeep(text) ?? { ok: false, ...locateSyntaxError(text, error.message) };
    }
    const escaped = text.includes('\\u');
    const shape = shapeOf(value, !escaped);
    const mayHaveDuplicateKeys = shape.depth > MAX_DEPTH ||
        (escaped ? keyTokens(text) !== shape.keys : countColons(text) !== shape.keys + shape.colons);
    // A duplicate's discarded value is not in the parsed value, so its depth must come from the text.
    if (mayHaveDuplicateKeys) {
        const deep = tooDeep(text);
        if (deep)
            return deep;
    }
    return { ok: true, value, mayHaveDuplicateKeys };
}
function tooDeep(text) {
    const depth = nestingDepth(text);
    if (depth.depth <= MAX_DEPTH)
        return undefined;
    return { ok: false, problem: `nesting deeper than ${MAX_DEPTH} levels`, position: positionAt(text, depth.offset) };
}
/**
 * Own keys of all objects in a parsed value, its nesting depth (stopping past MAX_DEPTH),
 * and, if asked, the colons inside its keys and strings. Iterative: depth is unbounded here.
 *
 * Why this finds duplicates exactly: JSON.parse keeps one property per distinct key, so the
 * text has more members than the value has keys exactly when some object repeats a key.
 * In valid JSON every colon outside strings ends a key, and without \u escapes every colon
 * in a parsed string was a literal colon in the text; so the text's colon count equals
 * keys + string colons of the value exactly when nothing was dropped.
 */
function shapeOf(root, withColons) {
    let keys = 0;
    let colons = 0;
    let max = 0;
    const containers = [];
    const depths = [];
    // Containers go on the stack; strings are counted where they are met, sparing a push each.
    const visit = (value, depth) => {
        if (typeof value === 'string') {
            if (withColons)
                colons += countColons(value);
        }
        else if (typeof value === 'object' && value !== null) {
            containers.push(value);
            depths.push(depth);
        }
    };
    visit(root, 1);
    while (containers.length > 0) {
        const value = containers.pop();
        const depth = depths.pop();
        if (depth > max) {
            max = depth;
            if (max > MAX_DEPTH)
                break;
        }
        if (Array.isArray(value)) {
            for (const item of value)
                visit(item, depth + 1);
            continue;
        }
        // Object.keys, not for-in: an enumerable property added to Object.prototype must not count.
        const own = Object.keys(value);
        keys += own.length;
        for (const key of own) {
            if (withColons)
                colons += countColons(key);
            visit(value[key], depth + 1);
        }
    }
    return { keys, depth: max, colons };
}
function countColons(text) {
    let count = 0;
    for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1))
        count++;
    return count;
}
/**
 * Members in valid JSON text, counted as string tokens followed by a colon: for text with
 * \u escapes, where a colon in a parsed string may have been spelled \u003a. Outside strings
 * every quote opens one, so the regex consumes whole strings and never starts inside one.
 * NaN (never equal to a count) if the regex engine gives up on a pathological string.
 */
function keyTokens(text) {
    const token = /"[^"\\]*(?:\\[\s\S][^"\\]*)*"(\s*:)?/g;
    let count = 0;
    try {
        for (let match = token.exec(text); match; match = token.exec(text))
            if (match[1] !== undefined)
                count++;
    }
    catch {
        return Number.NaN;
    }
    return count;
}
function locateSyntaxError(text, nativeMessage) {
    if (text.trim() === '')
        return { problem: 'the file is empty', position: { line: 1, column: 1 } };
    const errors = [];
    (0,_jsonc_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTree */ .cZ)(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    if (first)
        return { problem: describeParseError(first.error), position: positionAt(text, first.offset) };
    // jsonc-parser accepts a few things JSON.parse rejects (e.g. control characters in strings).
    return { problem: (0,_parse_problem_js__WEBPACK_IMPORTED_MODULE_1__/* .parseProblemWithoutInput */ .Z)(nativeMessage), position: { line: 1, column: 1 } };
}
const PARSE_ERRORS = {
    [1 /* ParseErrorCode.InvalidSymbol */]: 'unexpected character',
    [2 /* ParseErrorCode.InvalidNumberFormat */]: 'invalid number',
    [3 /* ParseErrorCode.PropertyNameExpected */]: 'property name expected',
    [4 /* ParseErrorCode.ValueExpected */]: 'value expected',
    [5 /* ParseErrorCode.ColonExpected */]: "':' expected",
    [6 /* ParseErrorCode.CommaExpected */]: "',' expected",
    [7 /* ParseErrorCode.CloseBraceExpected */]: "'}' expected",
    [8 /* ParseErrorCode.CloseBracketExpected */]: "']' expected",
    [9 /* ParseErrorCode.EndOfFileExpected */]: 'unexpected content after the end of the document',
    [10 /* ParseErrorCode.InvalidCommentToken */]: 'comments are not allowed in JSON',
    [11 /* ParseErrorCode.UnexpectedEndOfComment */]: 'unterminated comment',
    [12 /* ParseErrorCode.UnexpectedEndOfString */]: 'unterminated string',
    [13 /* ParseErrorCode.UnexpectedEndOfNumber */]: 'unterminated number',
    [14 /* ParseErrorCode.InvalidUnicode */]: 'invalid unicode escape',
    [15 /* ParseErrorCode.InvalidEscapeCharacter */]: 'invalid escape character',
    [16 /* ParseErrorCode.InvalidCharacter */]: 'invalid character',
};
function describeParseError(code) {
    return PARSE_ERRORS[code] ?? `parse error ${code}`;
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
            this.tree = (0,_jsonc_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTree */ .cZ)(this.text) ?? undefined;
        if (!this.tree)
            return undefined;
        const segments = pointer === '' ? [] : pointer.slice(1).split('/').map(unescapePointerSegment);
        const node = (0,_jsonc_js__WEBPACK_IMPORTED_MODULE_0__/* .findNodeAtLocation */ .Wc)(this.tree, segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s)));
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
    (0,_jsonc_js__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(text, {
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
/**
 * Offset of the first byte that starts an ill-formed sequence, by the well-formed ranges of
 * Unicode's table 3-7: the second byte's range excludes overlong forms (E0 80-9F, F0 80-8F),
 * UTF-16 surrogates (ED A0-BF) and code points above U+10FFFF (F4 90-BF), exactly what the
 * fatal TextDecoder rejects.
 */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        let need;
        let low = 0x80;
        let high = 0xbf;
        if (b >= 0xc2 && b <= 0xdf)
            need = 1;
        else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            if (b === 0xe0)
                low = 0xa0;
            else if (b === 0xed)
                high = 0x9f;
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            if (b === 0xf0)
                low = 0x90;
            else if (b === 0xf4)
                high = 0x8f;
        }
        else
            return i;
        for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf))
                return i;
        }
        i += need + 1;
    }
    return i;
}


/***/ }),

/***/ 9003:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wc: () => (/* reexport safe */ jsonc_parser_lib_umd_impl_parser_js__WEBPACK_IMPORTED_MODULE_0__.findNodeAtLocation),
/* harmony export */   YR: () => (/* reexport safe */ jsonc_parser_lib_umd_impl_parser_js__WEBPACK_IMPORTED_MODULE_0__.visit),
/* harmony export */   cZ: () => (/* reexport safe */ jsonc_parser_lib_umd_impl_parser_js__WEBPACK_IMPORTED_MODULE_0__.parseTree)
/* harmony export */ });
/* harmony import */ var jsonc_parser_lib_umd_impl_parser_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5152);
/**
 * jsonc-parser's scanner and parser, which is all this project uses of it. The package's entry
 * also loads its formatter and editor, whose start-up tables (1,200 indentation strings) cost
 * every command and hook ~4 ms before any work; its parser module is the code the entry
 * re-exports, and ParseErrorCode is a const enum, inlined at compile time.
 */



/***/ })

};
;