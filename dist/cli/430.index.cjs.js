"use strict";
exports.id = 430;
exports.ids = [430];
exports.modules = {

/***/ 8595:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ applyJsonPatch)
/* harmony export */ });
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8378);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3044);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(793);



const ARRAY_INDEX = /^(0|[1-9][0-9]*)$/;
function segmentsOf(pointer, fail) {
    if (pointer === '')
        return [];
    if (!pointer.startsWith('/'))
        fail(`not a JSON pointer: ${JSON.stringify(pointer)}`);
    return pointer.slice(1).split('/').map(_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .unescapePointerSegment */ .J5);
}
function setOwn(object, key, value) {
    // defineProperty, not assignment: a `__proto__` key must stay data, not change the prototype.
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}
/**
 * Strict RFC 6902 application, returning a new document (the input is not modified). It is
 * the differ's own check that a generated patch reproduces its target.
 */
function applyJsonPatch(document, patch) {
    let root = (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .cloneJson */ .Y7)(document);
    for (const operation of patch) {
        const fail = (reason) => {
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PatchApplyError */ .$0(operation, reason);
        };
        const resolve = (pointer) => {
            let node = root;
            for (const segment of segmentsOf(pointer, fail)) {
                if (Array.isArray(node)) {
                    if (!ARRAY_INDEX.test(segment) || Number(segment) >= node.length)
                        fail(`no index ${segment} in ${pointer}`);
                    node = node[Number(segment)];
                }
                else if ((0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(node)) {
                    if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .hasOwn */ .$3)(node, segment))
                        fail(`no member ${JSON.stringify(segment)} in ${pointer}`);
                    node = node[segment];
                }
                else
                    fail(`${pointer} goes through a scalar`);
            }
            return node;
        };
        const parentOf = (pointer) => {
            const segments = segmentsOf(pointer, fail);
            const last = segments.pop();
            const parentPointer = segments.map((s) => `/${(0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .escapePointerSegment */ .mE)(s)}`).join('');
            return { parent: resolve(parentPointer), last };
        };
        const add = (pointer, value) => {
            if (pointer === '') {
                root = value;
                return;
            }
            const { parent, last } = parentOf(pointer);
            if (Array.isArray(parent)) {
                if (last === '-')
                    parent.push(value);
                else if (ARRAY_INDEX.test(last) && Number(last) <= parent.length)
                    parent.splice(Number(last), 0, value);
                else
                    fail(`index ${last} out of range`);
            }
            else if ((0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(parent))
                setOwn(parent, last, value);
            else
                fail('parent is not a container');
        };
        const remove = (pointer) => {
            if (pointer === '')
                return fail('cannot remove the whole document');
            const value = resolve(pointer);
            const { parent, last } = parentOf(pointer);
            if (Array.isArray(parent))
                parent.splice(Number(last), 1);
            else
                delete parent[last];
            return value;
        };
        switch (operation.op) {
            case 'add':
                add(operation.path, (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .cloneJson */ .Y7)(operation.value));
                break;
            case 'remove':
                remove(operation.path);
                break;
            case 'replace':
                resolve(operation.path);
                if (operation.path === '')
                    root = (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .cloneJson */ .Y7)(operation.value);
                else {
                    const { parent, last } = parentOf(operation.path);
                    if (Array.isArray(parent))
                        parent[Number(last)] = (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .cloneJson */ .Y7)(operation.value);
                    else
                        setOwn(parent, last, (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .cloneJson */ .Y7)(operation.value));
                }
                break;
            case 'move':
                if (operation.path.startsWith(`${operation.from}/`))
                    fail('cannot move a value into itself');
                if (operation.from !== operation.path)
                    add(operation.path, remove(operation.from));
                else
                    resolve(operation.from);
                break;
            case 'copy':
                add(operation.path, (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .cloneJson */ .Y7)(resolve(operation.from)));
                break;
            case 'test':
                if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .deepEqual */ .bD)(resolve(operation.path), operation.value))
                    fail('test failed');
                break;
            default:
                fail(`unknown operation ${JSON.stringify(operation.op)}`);
        }
    }
    return root;
}


/***/ }),

/***/ 9248:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ semanticChanges)
/* harmony export */ });
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7990);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(793);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5450);



/**
 * Changes between two JSON values as a reviewer names them: entities added, removed,
 * renamed, modified or reordered, and plain fields by pointer.
 */
function semanticChanges(from, to, options) {
    const walker = new ChangeWalker(options);
    walker.value(from, to, { from: '', to: '' }, options.rootKey, null);
    return walker.changes;
}
/**
 * A keyed map is a collection of entities when every value on both sides is an object:
 * `teams: {engineering: {…}}` is, `settings: {max: 5}` and `review_requirements: {code: […]}` are not.
 */
function isEntityMap(a, b) {
    const values = [...Object.values(a), ...Object.values(b)];
    return values.length > 0 && values.every(_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd);
}
function isIdentity(value) {
    return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}
/** The first identity field that every item on both sides has, unique within each side. */
function identityFieldOf(a, b, fields) {
    const items = [...a, ...b];
    if (items.length === 0 || !items.every(_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd))
        return undefined;
    const uniqueOn = (list, field) => new Set(list.map((item) => String(item[field]))).size === list.length;
    return fields.find((field) => items.every((item) => (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .hasOwn */ .$3)(item, field) && isIdentity(item[field])) &&
        uniqueOn(a, field) &&
        uniqueOn(b, field));
}
/**
 * Pairs removed and added ids whose content (as given by `contentOf*`) is identical: those
 * are renames. Pairing is one-to-one, first come first served, in the order of `added`.
 */
function pairRenames(removed, added, contentOfRemoved, contentOfAdded) {
    const candidates = new Map();
    for (const id of removed) {
        const content = contentOfRemoved(id);
        candidates.set(content, [...(candidates.get(content) ?? []), id]);
    }
    const renames = new Map();
    for (const id of added) {
        const old = candidates.get(contentOfAdded(id))?.shift();
        if (old !== undefined)
            renames.set(old, id);
    }
    return renames;
}
function inverse(map) {
    return new Map([...map].map(([k, v]) => [v, k]));
}
function child(at, fromSegment, toSegment = fromSegment) {
    return { from: (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)(at.from, fromSegment), to: (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)(at.to, toSegment) };
}
class ChangeWalker {
    options;
    changes = [];
    constructor(options) {
        this.options = options;
    }
    value(a, b, at, key, owner) {
        if ((0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .deepEqual */ .bD)(a, b))
            return;
        if ((0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(a) && (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(b)) {
            // The root object is a record of sections (`teams`, `version`), never itself a collection.
            if (at.to !== '' && isEntityMap(a, b))
                this.entityMap(a, b, at, (0,_words_js__WEBPACK_IMPORTED_MODULE_2__/* .kindForMap */ .gp)(key));
            else
                this.fields(a, b, at, owner);
        }
        else if (Array.isArray(a) && Array.isArray(b)) {
            this.array(a, b, at, key, owner);
        }
        else {
            this.plain(owner, { change: 'value', pointer: at.to, from: a, to: b });
        }
    }
    fields(a, b, at, owner) {
        // `{name: "API_TOKEN", value: "…"}`: the value is a secret although its key is just "value".
        const pair = (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .secretPairField */ .VL)(a, this.options.secretKeys) ?? (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .secretPairField */ .VL)(b, this.options.secretKeys);
        if (pair !== undefined && (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .hasOwn */ .$3)(a, pair) && (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .hasOwn */ .$3)(b, pair) && !(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .deepEqual */ .bD)(a[pair], b[pair])) {
            this.plain(owner, {
                change: 'value',
                pointer: child(at, pair).to,
                from: (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecretValue */ .pu)(a[pair]),
                to: (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecretValue */ .pu)(b[pair]),
            });
            a = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .withoutKeys */ .Pe)(a, (k) => k === pair);
            b = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .withoutKeys */ .Pe)(b, (k) => k === pair);
        }
        for (const key of Object.keys(a)) {
            if ((0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .hasOwn */ .$3)(b, key))
                this.value(a[key], b[key], child(at, key), key, owner);
            else
                this.plain(owner, { change: 'value', pointer: child(at, key).to, from: a[key] });
        }
        for (const key of Object.keys(b)) {
            if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .hasOwn */ .$3)(a, key))
                this.plain(owner, { change: 'value', pointer: child(at, key).to, to: b[key] });
        }
    }
    entityMap(a, b, at, kind) {
        const removed = Object.keys(a).filter((k) => !(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .hasOwn */ .$3)(b, k));
        const added = Object.keys(b).filter((k) => !(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .hasOwn */ .$3)(a, k));
        // A value that repeats its own key in an identity field (`"x": {"id": "x"}`) renames both.
        const content = (side) => (id) => (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)((0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .withoutKeys */ .Pe)(side[id], (field) => {
            // Only strings and numbers are ids: String() on an object whose own `toString` is data throws.
            const value = side[id][field];
            return this.options.identityFields.includes(field) && isIdentity(value) && String(value) === id;
        }));
        const renamedTo = pairRenames(removed, added, content(a), content(b));
        const renamedFrom = inverse(renamedTo);
        for (const id of Object.keys(a)) {
            if ((0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .hasOwn */ .$3)(b, id))
                this.entity(a[id], b[id], child(at, id), kind, id);
            else if (!renamedTo.has(id))
                this.entityChange({ kind, id, change: 'removed', pointer: child(at, id).from });
        }
        for (const id of added) {
            const pointer = child(at, id).to;
            const old = renamedFrom.get(id);
            if (old !== undefined)
                this.entityChange({ kind, id, change: 'renamed', pointer, from: old, to: id });
            else
                this.entityChange({ kind, id, change: 'added', pointer });
        }
    }
    array(a, b, at, key, owner) {
        const field = identityFieldOf(a, b, this.options.identityFields);
        if (field !== undefined) {
            this.entityArray(a, b, at, (0,_words_js__WEBPACK_IMPORTED_MODULE_2__/* .kindForArray */ .rA)(key, field), field);
            return;
        }
        const sorted = (list) => list.map(_values_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj).sort().join(',');
        if (a.length === b.length && sorted(a) === sorted(b)) {
            this.plain(owner, { change: 'reordered', pointer: at.to, from: a, to: b });
        }
        else if (a.length === b.length && [...a, ...b].some(_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isContainer */ .u_)) {
            // Same length, structured items: most likely edited in place, so compare position by position.
            // An item alone does not show that the one before it is `--api-key`: that is checked here.
            a.forEach((item, i) => {
                if (i > 0 &&
                    !(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .deepEqual */ .bD)(item, b[i]) &&
                    ((0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .isSecretFlag */ .ZT)(a[i - 1], this.options.secretKeys) || (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .isSecretFlag */ .ZT)(b[i - 1], this.options.secretKeys))) {
                    this.plain(owner, {
                        change: 'value',
                        pointer: child(at, i).to,
                        from: (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecretValue */ .pu)(item),
                        to: (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecretValue */ .pu)(b[i]),
                    });
                }
                else
                    this.value(item, b[i], child(at, i), key, owner);
            });
        }
        else {
            this.plain(owner, { change: 'value', pointer: at.to, from: a, to: b });
        }
    }
    entityArray(a, b, at, kind, field) {
        const idOf = (item) => String(item[field]);
        const indexA = new Map(a.map((item, i) => [idOf(item), i]));
        const indexB = new Map(b.map((item, i) => [idOf(item), i]));
        const content = (side, index) => (id) => (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)((0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .withoutKeys */ .Pe)(side[index.get(id)], (k) => k === field));
        const removed = [...indexA.keys()].filter((id) => !indexB.has(id));
        const added = [...indexB.keys()].filter((id) => !indexA.has(id));
        const renamedTo = pairRenames(removed, added, content(a, indexA), content(b, indexB));
        const renamedFrom = inverse(renamedTo);
        // Only items present on both sides can be out of order; additions and removals are not reorders.
        const orderBefore = a.map((item) => renamedTo.get(idOf(item)) ?? idOf(item)).filter((id) => indexB.has(id));
        const orderAfter = b.map(idOf).filter((id) => indexA.has(id) || renamedFrom.has(id));
        if (orderBefore.join('\u0000') !== orderAfter.join('\u0000')) {
            this.entityChange({ kind, id: null, change: 'reordered', pointer: at.to, from: orderBefore, to: orderAfter });
        }
        b.forEach((item, j) => {
            const id = idOf(item);
            const i = indexA.get(id);
            const old = renamedFrom.get(id);
            if (i !== undefined)
                this.entity(a[i], item, child(at, i, j), kind, id);
            else if (old !== undefined)
                this.entityChange({ kind, id, change: 'renamed', pointer: child(at, j).to, from: old, to: id });
            else
                this.entityChange({ kind, id, change: 'added', pointer: child(at, j).to });
        });
        a.forEach((item, i) => {
            const id = idOf(item);
            if (!indexB.has(id) && !renamedTo.has(id))
                this.entityChange({ kind, id, change: 'removed', pointer: child(at, i).from });
        });
    }
    /** An entity present on both sides: its own fields are compared, with it as their owner. */
    entity(a, b, at, kind, id) {
        if ((0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .deepEqual */ .bD)(a, b))
            return;
        const owner = { kind, id, pointer: at.to, announced: false };
        if ((0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(a) && (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(b))
            this.fields(a, b, at, owner);
        else
            this.plain(owner, { change: 'value', pointer: at.to, from: a, to: b });
    }
    entityChange(change) {
        const shown = { ...change };
        if ('from' in change)
            shown.from = (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactAt */ .Nq)(change.pointer, change.from, this.options.secretKeys);
        if ('to' in change)
            shown.to = (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactAt */ .Nq)(change.pointer, change.to, this.options.secretKeys);
        this.changes.push(shown);
    }
    /** A change to a plain field; the first one inside an entity also reports the entity as modified. */
    plain(owner, change) {
        if (owner && !owner.announced) {
            owner.announced = true;
            this.changes.push({ kind: owner.kind, id: owner.id, change: 'modified', pointer: owner.pointer });
        }
        this.entityChange({ kind: owner?.kind ?? null, id: owner?.id ?? null, ...change });
    }
}


/***/ }),

/***/ 1424:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ isFormattingOnly),
/* harmony export */   p: () => (/* binding */ FORMATTING_ONLY)
/* harmony export */ });
/* harmony import */ var _kinds_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6751);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3044);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(793);



/**
 * The words every view uses for a JSON file whose bytes differ but whose parsed content is the
 * same (indentation, key order, a final newline): `list`, `diff` and `restore` say exactly this.
 */
const FORMATTING_ONLY = 'formatting only';
/** Two versions of a file differ in formatting only: both JSON, both parse, and to equal values. */
function isFormattingOnly(file, before, after) {
    if ((0,_kinds_index_js__WEBPACK_IMPORTED_MODULE_0__/* .kindOfPath */ .Bs)(file) !== 'json')
        return false;
    const a = parsed(before);
    if (a === NOT_JSON)
        return false;
    const b = parsed(after);
    return b !== NOT_JSON && (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .deepEqual */ .bD)(a, b);
}
const NOT_JSON = Symbol('not JSON');
function parsed(bytes) {
    const decoded = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeUtf8 */ ._6)(bytes);
    if (!decoded.ok)
        return NOT_JSON;
    const result = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(decoded.text);
    return result.ok ? result.value : NOT_JSON;
}


/***/ }),

/***/ 3329:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ migrationPatch)
/* harmony export */ });
/* harmony import */ var jsondiffpatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3967);
/* harmony import */ var jsondiffpatch_formatters_jsonpatch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(906);
/* harmony import */ var _apply_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8595);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9786);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(793);





/**
 * Array items are matched by identity field when they have one (so an edited agent is a
 * nested change, not a removal and an addition), else by content (so moved items are moves).
 * jsondiffpatch also hands null to objectHash, since typeof null is 'object'.
 */
function objectHash(identityFields) {
    return (item) => {
        if ((0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(item)) {
            for (const field of identityFields) {
                const id = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .hasOwn */ .$3)(item, field) ? item[field] : undefined;
                if (typeof id === 'string' || typeof id === 'number')
                    return `${field}=${JSON.stringify(id)}`;
            }
        }
        return (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(item);
    };
}
const differCache = new Map();
/**
 * Two ways of matching array items, both tried, the shorter verified patch kept: by identity
 * (an inserted agent is one `add`) and by position (a renamed agent is one `replace` of its
 * `agent` field instead of a removal and a re-insertion of the whole object).
 */
function differsFor(identityFields) {
    const cacheKey = JSON.stringify(identityFields);
    let cached = differCache.get(cacheKey);
    if (!cached) {
        // Text deltas cannot be expressed in RFC 6902. The plain entry point has no text differ,
        // but jsondiffpatch caches one module-wide once anyone in the process used
        // `with-text-diffs`; an infinite threshold keeps long strings as plain replaces regardless.
        const textDiff = { minLength: Number.POSITIVE_INFINITY };
        cached = [
            (0,jsondiffpatch__WEBPACK_IMPORTED_MODULE_2__/* .create */ .vt)({
                objectHash: objectHash(identityFields),
                arrays: { detectMove: true, includeValueOnMove: false },
                textDiff,
            }),
            (0,jsondiffpatch__WEBPACK_IMPORTED_MODULE_2__/* .create */ .vt)({ matchByPosition: true, arrays: { detectMove: true, includeValueOnMove: false }, textDiff }),
        ];
        differCache.set(cacheKey, cached);
    }
    return cached;
}
function libraryPatch(differ, from, to) {
    try {
        return compacted((0,jsondiffpatch_formatters_jsonpatch__WEBPACK_IMPORTED_MODULE_3__/* .format */ .GP)(differ.diff(from, to)));
    }
    catch {
        return null;
    }
}
/** jsondiffpatch writes an in-place array edit as `remove` then `add` at the same index. */
function compacted(patch) {
    const result = [];
    for (let i = 0; i < patch.length; i++) {
        const op = patch[i];
        const next = patch[i + 1];
        if (op.op === 'remove' && next?.op === 'add' && next.path === op.path && !op.path.endsWith('/-')) {
            result.push({ op: 'replace', path: op.path, value: next.value });
            i++;
        }
        else
            result.push(op);
    }
    return result;
}
function reproduces(from, patch, to) {
    try {
        return (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .deepEqual */ .bD)((0,_apply_js__WEBPACK_IMPORTED_MODULE_0__/* .applyJsonPatch */ .Z)(from, patch), to);
    }
    catch {
        return false;
    }
}
function prefixed(prefix, patch) {
    return patch.map((op) => 'from' in op ? { ...op, from: prefix + op.from, path: prefix + op.path } : { ...op, path: prefix + op.path });
}
/**
 * jsondiffpatch's patch, used only once it is proven to reproduce `to`. When it does not (its
 * JSON Patch formatter has had bugs with array moves), objects are patched member by member
 * and anything else is replaced whole: the smallest enclosing value that still comes out right.
 */
function verifiedPatch(differs, from, to) {
    if ((0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .deepEqual */ .bD)(from, to))
        return [];
    let best;
    for (const differ of differs) {
        const candidate = libraryPatch(differ, from, to);
        if (candidate &&
            reproduces(from, candidate, to) &&
            (!best || JSON.stringify(candidate).length < JSON.stringify(best).length))
            best = candidate;
    }
    if (best)
        return best;
    if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(from) || !(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(to))
        return [{ op: 'replace', path: '', value: to }];
    const patch = [];
    for (const key of Object.keys(from))
        if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .hasOwn */ .$3)(to, key))
            patch.push({ op: 'remove', path: (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)('', key) });
    for (const key of Object.keys(to)) {
        const path = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)('', key);
        if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .hasOwn */ .$3)(from, key))
            patch.push({ op: 'add', path, value: to[key] });
        else
            patch.push(...prefixed(path, verifiedPatch(differs, from[key], to[key])));
    }
    return patch;
}
/**
 * An RFC 6902 patch that turns `from` into `to` exactly (deep-equal after application by any
 * conforming implementation). Operation values are copies, never shared with `to`.
 */
function migrationPatch(from, to, identityFields = _types_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_IDENTITY_FIELDS */ .f) {
    return (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .cloneJson */ .Y7)(verifiedPatch(differsFor(identityFields), from, to));
}


/***/ }),

/***/ 2430:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bn: () => (/* binding */ versionChange),
/* harmony export */   E4: () => (/* binding */ versionOf),
/* harmony export */   QL: () => (/* binding */ unchangedFile),
/* harmony export */   Tp: () => (/* binding */ parseDocument),
/* harmony export */   V1: () => (/* binding */ diffSnapshots),
/* harmony export */   ob: () => (/* binding */ snapshotResult),
/* harmony export */   rO: () => (/* binding */ withDefaults),
/* harmony export */   t5: () => (/* binding */ diffContent),
/* harmony export */   xw: () => (/* binding */ stepSummary)
/* harmony export */ });
/* unused harmony export migrationPath */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3044);
/* harmony import */ var _config_config_version_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4679);
/* harmony import */ var _entities_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9248);
/* harmony import */ var _patch_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3329);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7990);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1247);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9786);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(793);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2036);










function parseDocument(document) {
    const decoded = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeUtf8 */ ._6)(document.bytes);
    if (!decoded.ok)
        return { ok: false, problem: decoded.problem };
    const parsed = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(decoded.text);
    if (!parsed.ok)
        return {
            ok: false,
            problem: `${parsed.problem} at line ${parsed.position.line}, column ${parsed.position.column}`,
        };
    return { ok: true, value: parsed.value };
}
function sameBytes(a, b) {
    return a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}
function versionChange(from, to) {
    const majorFrom = (0,_config_config_version_js__WEBPACK_IMPORTED_MODULE_8__/* .majorVersion */ .iR)(from);
    const majorTo = (0,_config_config_version_js__WEBPACK_IMPORTED_MODULE_8__/* .majorVersion */ .iR)(to);
    return {
        from: from ?? null,
        to: to ?? null,
        majorChange: majorFrom !== undefined && majorTo !== undefined && majorFrom !== majorTo,
    };
}
function versionOf(parsed) {
    return parsed?.ok ? ((0,_config_config_version_js__WEBPACK_IMPORTED_MODULE_8__/* .documentVersion */ .am)(parsed.value) ?? null) : null;
}
/** `.claude/orchestration/teams.json` → `teams`: the root of a file is a collection of… teams. */
function rootKeyOf(file) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(file.replace(/\\/g, '/')).replace(/\.[^.]*$/, '');
}
function diffFile(file, from, to, options) {
    // Equal bytes are unchanged whatever they hold; parsing one side is enough to tell its version.
    if (from && to && sameBytes(from.bytes, to.bytes))
        return (0,_text_js__WEBPACK_IMPORTED_MODULE_7__/* .isNonJson */ .Ym)(file) ? (0,_text_js__WEBPACK_IMPORTED_MODULE_7__/* .nonJsonUnchanged */ .pp)(file) : unchangedFile(file, versionOf(parseDocument(from)));
    if ((0,_text_js__WEBPACK_IMPORTED_MODULE_7__/* .isNonJson */ .Ym)(file))
        return (0,_text_js__WEBPACK_IMPORTED_MODULE_7__/* .diffNonJson */ .re)(file, from?.bytes, to?.bytes);
    return diffContent(file, from && parseDocument(from), to && parseDocument(to), options);
}
function unchangedFile(file, version) {
    return { path: file, changes: [], version: versionChange(version, version), status: 'unchanged', patch: [] };
}
/** A file whose bytes differ between the sides, or that one side lacks (`undefined`). */
function diffContent(file, before, after, options) {
    const version = versionChange(versionOf(before), versionOf(after));
    const base = { path: file, changes: [], version };
    if (!before)
        return { ...base, status: 'added', patch: null };
    if (!after)
        return { ...base, status: 'removed', patch: null };
    if (!before.ok || !after.ok) {
        const broken = [
            !before.ok && `in ${options.fromLabel}: ${before.problem}`,
            !after.ok && `in ${options.toLabel}: ${after.problem}`,
        ].filter(Boolean);
        return {
            ...base,
            status: 'unparseable',
            patch: null,
            problem: `not valid JSON (${broken.join('; ')}), so it cannot be compared semantically and no JSON Patch can express the change`,
        };
    }
    if ((0,_values_js__WEBPACK_IMPORTED_MODULE_6__/* .deepEqual */ .bD)(before.value, after.value))
        return { ...base, status: 'unchanged', patch: [], formattingOnly: true };
    const patch = options.patches ? (0,_patch_js__WEBPACK_IMPORTED_MODULE_3__/* .migrationPatch */ .B)(before.value, after.value, options.identityFields) : null;
    if (patch)
        (0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .rememberPatchSecrets */ .bL)(patch, before.value, after.value, options.secretKeys);
    return {
        ...base,
        status: 'modified',
        changes: (0,_entities_js__WEBPACK_IMPORTED_MODULE_2__/* .semanticChanges */ .m)(before.value, after.value, {
            identityFields: options.identityFields,
            secretKeys: options.secretKeys,
            rootKey: rootKeyOf(file),
        }),
        patch,
    };
}
function withDefaults(options) {
    return {
        fromLabel: options.fromLabel ?? 'from',
        toLabel: options.toLabel ?? 'to',
        identityFields: options.identityFields ?? _types_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_IDENTITY_FIELDS */ .f,
        secretKeys: options.secretKeys ?? _redact_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_SECRET_KEYS */ .wp,
        patches: options.patches ?? true,
    };
}
function stepSummary(version, files) {
    return `${version.from ?? 'unversioned'} → ${version.to ?? 'unversioned'}: ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .summarizeChanges */ .N)(files)}`;
}
/** Compares two snapshots file by file (matched by path) and, inside JSON files, entity by entity. */
function diffSnapshots(from, to, options = {}) {
    const settings = withDefaults(options);
    const before = new Map(from.map((d) => [d.path, d]));
    const after = new Map(to.map((d) => [d.path, d]));
    const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
    const files = paths.map((file) => diffFile(file, before.get(file), after.get(file), settings));
    return snapshotResult(files, settings);
}
/** The result around per-file diffs given sorted by path: the configuration versions and the single step. */
function snapshotResult(files, settings) {
    const versions = versionChange((0,_config_config_version_js__WEBPACK_IMPORTED_MODULE_8__/* .configurationVersion */ .jq)(files.filter((f) => f.status !== 'added').map((f) => ({ path: f.path, version: f.version.from ?? undefined }))), (0,_config_config_version_js__WEBPACK_IMPORTED_MODULE_8__/* .configurationVersion */ .jq)(files.filter((f) => f.status !== 'removed').map((f) => ({ path: f.path, version: f.version.to ?? undefined }))));
    const step = {
        from: settings.fromLabel,
        to: settings.toLabel,
        version: { from: versions.from, to: versions.to },
        summary: stepSummary(versions, files),
    };
    return { from: settings.fromLabel, to: settings.toLabel, files, versions, migrationPath: [step] };
}
/**
 * One summary per consecutive pair of a chain of backups given in time order:
 * "1.1.0 → 1.2.0: +1 team, 2 workflows modified".
 */
function migrationPath(steps, options = {}) {
    const chain = [];
    for (let i = 1; i < steps.length; i++) {
        const older = steps[i - 1];
        const newer = steps[i];
        const result = diffSnapshots(older.files, newer.files, {
            ...options,
            fromLabel: older.name,
            toLabel: newer.name,
            patches: false,
        });
        const version = { from: older.configVersion, to: newer.configVersion };
        chain.push({ from: older.name, to: newer.name, version, summary: stepSummary(version, result.files) });
    }
    return chain;
}


/***/ }),

/***/ 1247:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ summarizeChanges)
/* harmony export */ });
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5450);
/* harmony import */ var _formatting_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1424);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2036);



/** Order in which phrases appear: "+1 team, -1 agent, 2 workflows modified, 11 agents renamed". */
const PHRASE_ORDER = ['added', 'removed', 'modified', 'renamed', 'reordered'];
function phraseFor(change, count, kind) {
    switch (change) {
        case 'added':
            return `+${(0,_words_js__WEBPACK_IMPORTED_MODULE_0__/* .countKind */ .MQ)(count, kind)}`;
        case 'removed':
            return `-${(0,_words_js__WEBPACK_IMPORTED_MODULE_0__/* .countKind */ .MQ)(count, kind)}`;
        case 'reordered':
            // The count is of arrays, not of items: "agents reordered", "agents reordered (2 lists)".
            return `${(0,_words_js__WEBPACK_IMPORTED_MODULE_0__/* .pluralKind */ .R2)(kind)} reordered${count > 1 ? ` (${count} lists)` : ''}`;
        default:
            return `${(0,_words_js__WEBPACK_IMPORTED_MODULE_0__/* .countKind */ .MQ)(count, kind)} ${change}`;
    }
}
/**
 * Compact phrase for one file's changes or a whole comparison: "+1 team, 2 workflows modified,
 * 11 agents renamed". Fields outside any entity count as "fields changed"; fields inside an
 * entity are already told by that entity's "modified". A file's top-level `version` is told
 * apart from other fields (callers show versions on their own), as "version changed" only when
 * nothing else changed. "no changes" when there is nothing.
 */
function summarizeChanges(files) {
    const list = Array.isArray(files) ? files : [files];
    const counts = new Map(PHRASE_ORDER.map((c) => [c, new Map()]));
    let fields = 0;
    let versionChanged = false;
    const fileCounts = { added: 0, removed: 0, unparseable: 0, formatting: 0, text: 0, binary: 0 };
    const lines = { added: 0, removed: 0 };
    for (const file of list) {
        if (file.status === 'added' || file.status === 'removed' || file.status === 'unparseable')
            fileCounts[file.status]++;
        if (file.status === 'unchanged' && file.formattingOnly)
            fileCounts.formatting++;
        if (file.status === 'modified' && file.kind !== undefined) {
            if (file.unifiedDiff === undefined)
                fileCounts.binary++;
            else {
                fileCounts.text++;
                const counted = (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .lineCounts */ .Zl)(file.unifiedDiff);
                lines.added += counted.added;
                lines.removed += counted.removed;
            }
        }
        for (const change of file.changes) {
            const isEntityChange = change.change !== 'value' && change.kind !== null && (change.change !== 'reordered' || change.id === null);
            if (isEntityChange) {
                const byKind = counts.get(change.change);
                byKind.set(change.kind, (byKind.get(change.kind) ?? 0) + 1);
            }
            else if (change.kind === null && change.pointer === '/version')
                versionChanged = true;
            else if (change.kind === null)
                fields++;
        }
    }
    const phrases = [];
    if (fileCounts.added > 0)
        phrases.push(`+${(0,_words_js__WEBPACK_IMPORTED_MODULE_0__/* .countKind */ .MQ)(fileCounts.added, 'file')}`);
    if (fileCounts.removed > 0)
        phrases.push(`-${(0,_words_js__WEBPACK_IMPORTED_MODULE_0__/* .countKind */ .MQ)(fileCounts.removed, 'file')}`);
    for (const change of PHRASE_ORDER) {
        for (const [kind, count] of counts.get(change) ?? [])
            phrases.push(phraseFor(change, count, kind));
    }
    if (fields > 0)
        phrases.push(`${(0,_words_js__WEBPACK_IMPORTED_MODULE_0__/* .countKind */ .MQ)(fields, 'field')} changed`);
    if (fileCounts.text > 0)
        phrases.push(`${list.length === 1 ? 'text' : (0,_words_js__WEBPACK_IMPORTED_MODULE_0__/* .countKind */ .MQ)(fileCounts.text, 'text file')} changed (+${lines.added} -${lines.removed} lines)`);
    if (fileCounts.binary > 0)
        phrases.push(`${(0,_words_js__WEBPACK_IMPORTED_MODULE_0__/* .countKind */ .MQ)(fileCounts.binary, 'file')} changed (not text)`);
    if (fileCounts.formatting > 0)
        phrases.push(list.length === 1 ? _formatting_js__WEBPACK_IMPORTED_MODULE_1__/* .FORMATTING_ONLY */ .p : `${(0,_words_js__WEBPACK_IMPORTED_MODULE_0__/* .countKind */ .MQ)(fileCounts.formatting, 'file')} ${_formatting_js__WEBPACK_IMPORTED_MODULE_1__/* .FORMATTING_ONLY */ .p}`);
    if (fileCounts.unparseable > 0)
        phrases.push(`${(0,_words_js__WEBPACK_IMPORTED_MODULE_0__/* .countKind */ .MQ)(fileCounts.unparseable, 'file')} not comparable`);
    if (phrases.length === 0 && versionChanged)
        phrases.push('version changed');
    return phrases.length > 0 ? phrases.join(', ') : 'no changes';
}


/***/ }),

/***/ 2036:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ textSidesOf),
/* harmony export */   Fm: () => (/* binding */ redactTextLine),
/* harmony export */   Ym: () => (/* binding */ isNonJson),
/* harmony export */   Zl: () => (/* binding */ lineCounts),
/* harmony export */   pp: () => (/* binding */ nonJsonUnchanged),
/* harmony export */   re: () => (/* binding */ diffNonJson)
/* harmony export */ });
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7291);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7990);
/* harmony import */ var _kinds_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6751);



/** Beyond this many changed lines a line diff costs more than it tells: the file is reported as changed. */
const MAX_EDIT_LENGTH = 5000;
/** True for files compared as text or bytes rather than as JSON values. */
function isNonJson(file) {
    return (0,_kinds_index_js__WEBPACK_IMPORTED_MODULE_1__/* .kindOfPath */ .Bs)(file) !== 'json';
}
/**
 * A non-JSON file whose bytes differ on the two sides: a unified diff (3 lines of context, as
 * `git diff`) when both sides are text, else the sizes. Added and removed files need no diff.
 */
function diffNonJson(file, before, after) {
    const base = { ...nonJsonUnchanged(file), patch: null };
    if (!before)
        return { ...base, status: 'added' };
    if (!after)
        return { ...base, status: 'removed' };
    if (!(0,_kinds_index_js__WEBPACK_IMPORTED_MODULE_1__/* .isText */ .KH)(before) || !(0,_kinds_index_js__WEBPACK_IMPORTED_MODULE_1__/* .isText */ .KH)(after)) {
        return {
            ...base,
            status: 'modified',
            binary: true,
            problem: `binary content differs (${before.length} → ${after.length} bytes)`,
        };
    }
    const a = Buffer.from(before).toString('utf8');
    const b = Buffer.from(after).toString('utf8');
    const patch = (0,diff__WEBPACK_IMPORTED_MODULE_2__/* .createTwoFilesPatch */ .ss)(`a/${file}`, `b/${file}`, a, b, undefined, undefined, {
        context: 3,
        maxEditLength: MAX_EDIT_LENGTH,
    });
    if (patch === undefined)
        return {
            ...base,
            status: 'modified',
            problem: `too many changed lines for a line diff (${before.length} → ${after.length} bytes)`,
        };
    const diffed = { ...base, status: 'modified', unifiedDiff: withoutIndexLine(patch) };
    // YAML can hold a secret lines below its key: what is shown is masked from both whole texts.
    if (/\.ya?ml$/i.test(file) || (/\.(md|markdown)$/i.test(file) && (FRONT_MATTER.test(a) || FRONT_MATTER.test(b))))
        textSides.set(diffed, [a, b]);
    return diffed;
}
const FRONT_MATTER = /^\uFEFF?---[ \t\r]*\n/;
/** The two texts a YAML or Markdown file's line diff was made from, kept beside the result, never in it. */
const textSides = new WeakMap();
function textSidesOf(file) {
    return textSides.get(file);
}
/** A non-JSON file with the same bytes on both sides: nothing read, nothing parsed. */
function nonJsonUnchanged(file) {
    return {
        path: file,
        status: 'unchanged',
        changes: [],
        version: { from: null, to: null, majorChange: false },
        patch: [],
        kind: (0,_kinds_index_js__WEBPACK_IMPORTED_MODULE_1__/* .kindOfPath */ .Bs)(file) === 'yaml' ? 'yaml' : 'other',
    };
}
/** jsdiff starts with a `===` line (and an `Index:` one for a single name), which `diff -u` and git do not print. */
function withoutIndexLine(patch) {
    return patch.replace(/^(Index: .*\n)?=+\n/, '');
}
/** Lines added and removed by a unified diff. */
function lineCounts(unifiedDiff) {
    let added = 0;
    let removed = 0;
    for (const line of unifiedDiff.split('\n')) {
        if (line.startsWith('+') && !line.startsWith('+++ '))
            added++;
        else if (line.startsWith('-') && !line.startsWith('--- '))
            removed++;
    }
    return { added, removed };
}
/**
 * A line of a text diff with the secrets that show masked: the value of a `key: value`,
 * `key = value` (`export KEY=value` too) or `"key": value` whose key is secret-like, and credentials by their form
 * (`redactString`). Text has no structure to go by, so this is the best a line can do. A bare
 * number, boolean or null after `key:` is a YAML/JSON scalar, not a secret (`tokens: 40000`), and
 * is shown; after `=` (shell, `.env`) every value is a string and stays masked.
 */
function redactTextLine(line, secretKeys = _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SECRET_KEYS */ .wp) {
    const keyed = /^([+\- ]?\s*(?:-\s+)?(?:export\s+)?["']?)([A-Za-z_][\w.-]*)(["']?\s*[:=]\s*)(\S.*)$/.exec(line);
    if (keyed &&
        (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .isSecretKey */ .uE)(keyed[2], secretKeys) &&
        !(keyed[3].includes(':') && (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainScalarText */ .sJ)(keyed[4])))
        return `${keyed[1]}${keyed[2]}${keyed[3]}${_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .REDACTED */ .XF}`;
    return (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__.redactString)(line, secretKeys);
}


/***/ }),

/***/ 9786:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ DEFAULT_IDENTITY_FIELDS)
/* harmony export */ });
/**
 * The shape of a semantic diff. `DiffResult` serialised with JSON.stringify is the CLI's
 * `--json` contract, so fields are only ever added here, never renamed.
 */
const DEFAULT_IDENTITY_FIELDS = ['agent', 'id', 'name', 'key', 'command', 'slug', 'uuid'];


/***/ }),

/***/ 5450:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MQ: () => (/* binding */ countKind),
/* harmony export */   R2: () => (/* binding */ pluralKind),
/* harmony export */   gp: () => (/* binding */ kindForMap),
/* harmony export */   rA: () => (/* binding */ kindForArray)
/* harmony export */ });
/**
 * Kind words for entities: `teams` → "Team", `delegation_rules` → "Delegation rule",
 * members identified by `agent` → "Agent".
 */
// Identity fields that say nothing about what the item is; the container's name is better then.
const GENERIC_IDENTITY_FIELDS = new Set(['id', 'name', 'key', 'uuid', 'slug', 'title']);
function words(key) {
    return key
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .split(/[\s_.-]+/)
        .filter((w) => w !== '')
        .map((w) => w.toLowerCase());
}
function capitalized(list) {
    const text = list.join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
}
function singularWord(word) {
    if (/[^aeiou]ies$/.test(word))
        return `${word.slice(0, -3)}y`;
    if (/(ss|[^s]us|is)$/.test(word))
        return word;
    if (/(sses|ches|shes|xes|zes)$/.test(word))
        return word.slice(0, -2);
    if (word.endsWith('s') && word.length > 1)
        return word.slice(0, -1);
    return word;
}
function pluralWord(word) {
    if (/[^aeiou]y$/.test(word))
        return `${word.slice(0, -1)}ies`;
    if (/(s|x|z|ch|sh)$/.test(word))
        return `${word}es`;
    return `${word}s`;
}
function singularKind(key, fallback) {
    const list = key === null ? [] : words(key);
    const last = list.pop();
    if (last === undefined || /^\d+$/.test(last))
        return fallback;
    return capitalized([...list, singularWord(last)]);
}
/** Kind of the values of a keyed map, from the map's own key. */
function kindForMap(containerKey) {
    return singularKind(containerKey, 'Entry');
}
/** Kind of identified array items: a telling identity field wins over the array's key. */
function kindForArray(containerKey, identityField) {
    if (!GENERIC_IDENTITY_FIELDS.has(identityField.toLowerCase()))
        return singularKind(identityField, 'Item');
    return singularKind(containerKey, 'Item');
}
/** "agents", "delegation rules": the kind in lower case, plural. */
function pluralKind(kind) {
    const list = words(kind);
    const last = list.pop() ?? 'item';
    return [...list, pluralWord(last)].join(' ');
}
/** "1 team", "11 agents", "2 delegation rules". */
function countKind(count, kind) {
    const list = words(kind);
    const last = list.pop() ?? 'item';
    return `${count} ${[...list, count === 1 ? last : pluralWord(last)].join(' ')}`;
}


/***/ })

};
;