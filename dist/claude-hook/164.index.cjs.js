"use strict";
exports.id = 164;
exports.ids = [164];
exports.modules = {

/***/ 9164:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  judgeAfterEdit: () => (/* binding */ judgeAfterEdit)
});

// EXTERNAL MODULE: ./lib/errors/index.js + 5 modules
var errors = __webpack_require__(8378);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/core/agents/front-matter.js

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
        const file = external_node_path_.posix.join(dir, f.path);
        const stem = external_node_path_.posix.basename(f.path).replace(/\.md$/i, '');
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./lib/core/agents/read-disk.js




/**
 * Reads the agent definition files (`**\/*.md`) under the agents directory on disk. Undefined
 * when the setting turns them off; `exists: false` when there is no such directory.
 */
async function readAgentDefinitions(options) {
    if (options.agentsDir === false)
        return undefined;
    const root = external_node_path_.resolve(options.configDir, options.agentsDir);
    const dir = external_node_path_.relative(external_node_path_.resolve(options.configDir), root).split(external_node_path_.sep).join('/') || '.';
    const isDir = await (0,promises_.stat)(root).then((s) => s.isDirectory(), () => false);
    if (!isDir)
        return { dir, exists: false, definitions: [], problems: [] };
    const files = [];
    const unreadable = [];
    const cannotRead = (relative, error, what, consequence) => void unreadable.push({
        kind: 'unreadable',
        file: external_node_path_.posix.join(dir, relative),
        message: `cannot read ${what} (${(0,errors/* errnoOf */.UQ)(error) ?? String(error)}): ${consequence}`,
    });
    for (const relative of await listMarkdown(root, (folder, error) => cannotRead(folder, error, 'this folder', 'the agent files in it were not checked'))) {
        try {
            files.push({ path: relative, text: await (0,promises_.readFile)(external_node_path_.join(root, relative), 'utf8') });
        }
        catch (error) {
            cannotRead(relative, error, 'this agent file', 'Claude Code cannot load it either');
        }
    }
    const set = await agentDefinitionsFrom(dir, files, options.memo);
    return { ...set, problems: [...unreadable, ...set.problems] };
}
/**
 * Every `.md` file below `root`, relative to it. A symlink counts when it points at a file;
 * symlinked directories are not entered, so a link cycle cannot make the walk endless.
 */
async function listMarkdown(root, unreadable) {
    const found = [];
    const pending = [''];
    for (let relative = pending.pop(); relative !== undefined; relative = pending.pop()) {
        let entries;
        try {
            entries = await (0,promises_.readdir)(external_node_path_.join(root, relative), { withFileTypes: true });
        }
        catch (error) {
            unreadable(relative, error);
            continue;
        }
        for (const entry of entries) {
            const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
            if (entry.isDirectory())
                pending.push(child);
            else if (!entry.name.toLowerCase().endsWith('.md'))
                continue;
            else if (entry.isFile())
                found.push(child);
            else if (entry.isSymbolicLink() &&
                (await (0,promises_.stat)(external_node_path_.join(root, child)).then((s) => s.isFile(), () => false)))
                found.push(child);
        }
    }
    return found.sort();
}

;// CONCATENATED MODULE: ./lib/core/agents/index.js



// EXTERNAL MODULE: ./lib/core/config/snapshot.js
var snapshot = __webpack_require__(936);
// EXTERNAL MODULE: ./lib/core/inspect/backup-files.js
var backup_files = __webpack_require__(8478);
// EXTERNAL MODULE: ./lib/core/store/store.js + 1 modules
var store = __webpack_require__(4680);
// EXTERNAL MODULE: ./lib/core/util/json.js
var json = __webpack_require__(3044);
// EXTERNAL MODULE: ./lib/core/diff/values.js
var diff_values = __webpack_require__(793);
;// CONCATENATED MODULE: ./lib/core/diff/apply.js



const ARRAY_INDEX = /^(0|[1-9][0-9]*)$/;
function segmentsOf(pointer, fail) {
    if (pointer === '')
        return [];
    if (!pointer.startsWith('/'))
        fail(`not a JSON pointer: ${JSON.stringify(pointer)}`);
    return pointer.slice(1).split('/').map(json/* unescapePointerSegment */.J5);
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
    let root = (0,diff_values/* cloneJson */.Y7)(document);
    for (const operation of patch) {
        const fail = (reason) => {
            throw new errors/* PatchApplyError */.$0(operation, reason);
        };
        const resolve = (pointer) => {
            let node = root;
            for (const segment of segmentsOf(pointer, fail)) {
                if (Array.isArray(node)) {
                    if (!ARRAY_INDEX.test(segment) || Number(segment) >= node.length)
                        fail(`no index ${segment} in ${pointer}`);
                    node = node[Number(segment)];
                }
                else if ((0,diff_values/* isPlainObject */.Qd)(node)) {
                    if (!(0,diff_values/* hasOwn */.$3)(node, segment))
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
            const parentPointer = segments.map((s) => `/${(0,json/* escapePointerSegment */.mE)(s)}`).join('');
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
            else if ((0,diff_values/* isPlainObject */.Qd)(parent))
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
                add(operation.path, (0,diff_values/* cloneJson */.Y7)(operation.value));
                break;
            case 'remove':
                remove(operation.path);
                break;
            case 'replace':
                resolve(operation.path);
                if (operation.path === '')
                    root = (0,diff_values/* cloneJson */.Y7)(operation.value);
                else {
                    const { parent, last } = parentOf(operation.path);
                    if (Array.isArray(parent))
                        parent[Number(last)] = (0,diff_values/* cloneJson */.Y7)(operation.value);
                    else
                        setOwn(parent, last, (0,diff_values/* cloneJson */.Y7)(operation.value));
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
                add(operation.path, (0,diff_values/* cloneJson */.Y7)(resolve(operation.from)));
                break;
            case 'test':
                if (!(0,diff_values/* deepEqual */.bD)(resolve(operation.path), operation.value))
                    fail('test failed');
                break;
            default:
                fail(`unknown operation ${JSON.stringify(operation.op)}`);
        }
    }
    return root;
}

// EXTERNAL MODULE: ./lib/core/util/fs.js
var fs = __webpack_require__(5637);
// EXTERNAL MODULE: ./lib/core/config/config-version.js
var config_version = __webpack_require__(4679);
// EXTERNAL MODULE: ./lib/core/diff/redact.js
var redact = __webpack_require__(7990);
;// CONCATENATED MODULE: ./lib/core/diff/words.js
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

;// CONCATENATED MODULE: ./lib/core/diff/entities.js



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
    return values.length > 0 && values.every(diff_values/* isPlainObject */.Qd);
}
function isIdentity(value) {
    return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}
/** The first identity field that every item on both sides has, unique within each side. */
function identityFieldOf(a, b, fields) {
    const items = [...a, ...b];
    if (items.length === 0 || !items.every(diff_values/* isPlainObject */.Qd))
        return undefined;
    const uniqueOn = (list, field) => new Set(list.map((item) => String(item[field]))).size === list.length;
    return fields.find((field) => items.every((item) => (0,diff_values/* hasOwn */.$3)(item, field) && isIdentity(item[field])) &&
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
    return { from: (0,diff_values/* childPointer */.Y2)(at.from, fromSegment), to: (0,diff_values/* childPointer */.Y2)(at.to, toSegment) };
}
class ChangeWalker {
    options;
    changes = [];
    constructor(options) {
        this.options = options;
    }
    value(a, b, at, key, owner) {
        if ((0,diff_values/* deepEqual */.bD)(a, b))
            return;
        if ((0,diff_values/* isPlainObject */.Qd)(a) && (0,diff_values/* isPlainObject */.Qd)(b)) {
            // The root object is a record of sections (`teams`, `version`), never itself a collection.
            if (at.to !== '' && isEntityMap(a, b))
                this.entityMap(a, b, at, kindForMap(key));
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
        const pair = (0,redact/* secretPairField */.VL)(a, this.options.secretKeys) ?? (0,redact/* secretPairField */.VL)(b, this.options.secretKeys);
        if (pair !== undefined && (0,diff_values/* hasOwn */.$3)(a, pair) && (0,diff_values/* hasOwn */.$3)(b, pair) && !(0,diff_values/* deepEqual */.bD)(a[pair], b[pair])) {
            this.plain(owner, {
                change: 'value',
                pointer: child(at, pair).to,
                from: (0,redact/* redactSecretValue */.pu)(a[pair]),
                to: (0,redact/* redactSecretValue */.pu)(b[pair]),
            });
            a = (0,diff_values/* withoutKeys */.Pe)(a, (k) => k === pair);
            b = (0,diff_values/* withoutKeys */.Pe)(b, (k) => k === pair);
        }
        for (const key of Object.keys(a)) {
            if ((0,diff_values/* hasOwn */.$3)(b, key))
                this.value(a[key], b[key], child(at, key), key, owner);
            else
                this.plain(owner, { change: 'value', pointer: child(at, key).to, from: a[key] });
        }
        for (const key of Object.keys(b)) {
            if (!(0,diff_values/* hasOwn */.$3)(a, key))
                this.plain(owner, { change: 'value', pointer: child(at, key).to, to: b[key] });
        }
    }
    entityMap(a, b, at, kind) {
        const removed = Object.keys(a).filter((k) => !(0,diff_values/* hasOwn */.$3)(b, k));
        const added = Object.keys(b).filter((k) => !(0,diff_values/* hasOwn */.$3)(a, k));
        // A value that repeats its own key in an identity field (`"x": {"id": "x"}`) renames both.
        const content = (side) => (id) => (0,diff_values/* canonicalJson */.dj)((0,diff_values/* withoutKeys */.Pe)(side[id], (field) => {
            // Only strings and numbers are ids: String() on an object whose own `toString` is data throws.
            const value = side[id][field];
            return this.options.identityFields.includes(field) && isIdentity(value) && String(value) === id;
        }));
        const renamedTo = pairRenames(removed, added, content(a), content(b));
        const renamedFrom = inverse(renamedTo);
        for (const id of Object.keys(a)) {
            if ((0,diff_values/* hasOwn */.$3)(b, id))
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
            this.entityArray(a, b, at, kindForArray(key, field), field);
            return;
        }
        const sorted = (list) => list.map(diff_values/* canonicalJson */.dj).sort().join(',');
        if (a.length === b.length && sorted(a) === sorted(b)) {
            this.plain(owner, { change: 'reordered', pointer: at.to, from: a, to: b });
        }
        else if (a.length === b.length && [...a, ...b].some(diff_values/* isContainer */.u_)) {
            // Same length, structured items: most likely edited in place, so compare position by position.
            // An item alone does not show that the one before it is `--api-key`: that is checked here.
            a.forEach((item, i) => {
                if (i > 0 &&
                    !(0,diff_values/* deepEqual */.bD)(item, b[i]) &&
                    ((0,redact/* isSecretFlag */.ZT)(a[i - 1], this.options.secretKeys) || (0,redact/* isSecretFlag */.ZT)(b[i - 1], this.options.secretKeys))) {
                    this.plain(owner, {
                        change: 'value',
                        pointer: child(at, i).to,
                        from: (0,redact/* redactSecretValue */.pu)(item),
                        to: (0,redact/* redactSecretValue */.pu)(b[i]),
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
        const content = (side, index) => (id) => (0,diff_values/* canonicalJson */.dj)((0,diff_values/* withoutKeys */.Pe)(side[index.get(id)], (k) => k === field));
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
        if ((0,diff_values/* deepEqual */.bD)(a, b))
            return;
        const owner = { kind, id, pointer: at.to, announced: false };
        if ((0,diff_values/* isPlainObject */.Qd)(a) && (0,diff_values/* isPlainObject */.Qd)(b))
            this.fields(a, b, at, owner);
        else
            this.plain(owner, { change: 'value', pointer: at.to, from: a, to: b });
    }
    entityChange(change) {
        const shown = { ...change };
        if ('from' in change)
            shown.from = (0,redact/* redactAt */.Nq)(change.pointer, change.from, this.options.secretKeys);
        if ('to' in change)
            shown.to = (0,redact/* redactAt */.Nq)(change.pointer, change.to, this.options.secretKeys);
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

// EXTERNAL MODULE: ./node_modules/jsondiffpatch/lib/index.js + 14 modules
var lib = __webpack_require__(3967);
// EXTERNAL MODULE: ./node_modules/jsondiffpatch/lib/formatters/jsonpatch.js + 1 modules
var jsonpatch = __webpack_require__(906);
;// CONCATENATED MODULE: ./lib/core/diff/types.js
/**
 * The shape of a semantic diff. `DiffResult` serialised with JSON.stringify is the CLI's
 * `--json` contract, so fields are only ever added here, never renamed.
 */
const DEFAULT_IDENTITY_FIELDS = ['agent', 'id', 'name', 'key', 'command', 'slug', 'uuid'];

;// CONCATENATED MODULE: ./lib/core/diff/patch.js





/**
 * Array items are matched by identity field when they have one (so an edited agent is a
 * nested change, not a removal and an addition), else by content (so moved items are moves).
 * jsondiffpatch also hands null to objectHash, since typeof null is 'object'.
 */
function objectHash(identityFields) {
    return (item) => {
        if ((0,diff_values/* isPlainObject */.Qd)(item)) {
            for (const field of identityFields) {
                const id = (0,diff_values/* hasOwn */.$3)(item, field) ? item[field] : undefined;
                if (typeof id === 'string' || typeof id === 'number')
                    return `${field}=${JSON.stringify(id)}`;
            }
        }
        return (0,diff_values/* canonicalJson */.dj)(item);
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
            (0,lib/* create */.vt)({
                objectHash: objectHash(identityFields),
                arrays: { detectMove: true, includeValueOnMove: false },
                textDiff,
            }),
            (0,lib/* create */.vt)({ matchByPosition: true, arrays: { detectMove: true, includeValueOnMove: false }, textDiff }),
        ];
        differCache.set(cacheKey, cached);
    }
    return cached;
}
function libraryPatch(differ, from, to) {
    try {
        return compacted((0,jsonpatch/* format */.GP)(differ.diff(from, to)));
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
        return (0,diff_values/* deepEqual */.bD)(applyJsonPatch(from, patch), to);
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
    if ((0,diff_values/* deepEqual */.bD)(from, to))
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
    if (!(0,diff_values/* isPlainObject */.Qd)(from) || !(0,diff_values/* isPlainObject */.Qd)(to))
        return [{ op: 'replace', path: '', value: to }];
    const patch = [];
    for (const key of Object.keys(from))
        if (!(0,diff_values/* hasOwn */.$3)(to, key))
            patch.push({ op: 'remove', path: (0,diff_values/* childPointer */.Y2)('', key) });
    for (const key of Object.keys(to)) {
        const path = (0,diff_values/* childPointer */.Y2)('', key);
        if (!(0,diff_values/* hasOwn */.$3)(from, key))
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
function migrationPatch(from, to, identityFields = DEFAULT_IDENTITY_FIELDS) {
    return (0,diff_values/* cloneJson */.Y7)(verifiedPatch(differsFor(identityFields), from, to));
}

// EXTERNAL MODULE: ./lib/core/diff/formatting.js
var formatting = __webpack_require__(1424);
// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
// EXTERNAL MODULE: ./lib/core/kinds/index.js
var kinds = __webpack_require__(6751);
;// CONCATENATED MODULE: ./lib/core/diff/text.js



/** Beyond this many changed lines a line diff costs more than it tells: the file is reported as changed. */
const MAX_EDIT_LENGTH = 5000;
/** True for files compared as text or bytes rather than as JSON values. */
function text_isNonJson(file) {
    return (0,kinds/* kindOfPath */.Bs)(file) !== 'json';
}
/**
 * A non-JSON file whose bytes differ on the two sides: a unified diff (3 lines of context, as
 * `git diff`) when both sides are text, else the sizes. Added and removed files need no diff.
 */
function text_diffNonJson(file, before, after) {
    const base = { ...text_nonJsonUnchanged(file), patch: null };
    if (!before)
        return { ...base, status: 'added' };
    if (!after)
        return { ...base, status: 'removed' };
    if (!(0,kinds/* isText */.KH)(before) || !(0,kinds/* isText */.KH)(after)) {
        return {
            ...base,
            status: 'modified',
            binary: true,
            problem: `binary content differs (${before.length} → ${after.length} bytes)`,
        };
    }
    const a = Buffer.from(before).toString('utf8');
    const b = Buffer.from(after).toString('utf8');
    const patch = (0,create/* createTwoFilesPatch */.ss)(`a/${file}`, `b/${file}`, a, b, undefined, undefined, {
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
function text_nonJsonUnchanged(file) {
    return {
        path: file,
        status: 'unchanged',
        changes: [],
        version: { from: null, to: null, majorChange: false },
        patch: [],
        kind: (0,kinds/* kindOfPath */.Bs)(file) === 'yaml' ? 'yaml' : 'other',
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
function redactTextLine(line, secretKeys = DEFAULT_SECRET_KEYS) {
    const keyed = /^([+\- ]?\s*(?:-\s+)?(?:export\s+)?["']?)([A-Za-z_][\w.-]*)(["']?\s*[:=]\s*)(\S.*)$/.exec(line);
    if (keyed &&
        isSecretKey(keyed[2], secretKeys) &&
        !(keyed[3].includes(':') && isPlainScalarText(keyed[4])))
        return `${keyed[1]}${keyed[2]}${keyed[3]}${REDACTED}`;
    return redactString(line, secretKeys);
}

;// CONCATENATED MODULE: ./lib/core/diff/summary.js



/** Order in which phrases appear: "+1 team, -1 agent, 2 workflows modified, 11 agents renamed". */
const PHRASE_ORDER = ['added', 'removed', 'modified', 'renamed', 'reordered'];
function phraseFor(change, count, kind) {
    switch (change) {
        case 'added':
            return `+${countKind(count, kind)}`;
        case 'removed':
            return `-${countKind(count, kind)}`;
        case 'reordered':
            // The count is of arrays, not of items: "agents reordered", "agents reordered (2 lists)".
            return `${pluralKind(kind)} reordered${count > 1 ? ` (${count} lists)` : ''}`;
        default:
            return `${countKind(count, kind)} ${change}`;
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
                const counted = lineCounts(file.unifiedDiff);
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
        phrases.push(`+${countKind(fileCounts.added, 'file')}`);
    if (fileCounts.removed > 0)
        phrases.push(`-${countKind(fileCounts.removed, 'file')}`);
    for (const change of PHRASE_ORDER) {
        for (const [kind, count] of counts.get(change) ?? [])
            phrases.push(phraseFor(change, count, kind));
    }
    if (fields > 0)
        phrases.push(`${countKind(fields, 'field')} changed`);
    if (fileCounts.text > 0)
        phrases.push(`${list.length === 1 ? 'text' : countKind(fileCounts.text, 'text file')} changed (+${lines.added} -${lines.removed} lines)`);
    if (fileCounts.binary > 0)
        phrases.push(`${countKind(fileCounts.binary, 'file')} changed (not text)`);
    if (fileCounts.formatting > 0)
        phrases.push(list.length === 1 ? formatting/* FORMATTING_ONLY */.p : `${countKind(fileCounts.formatting, 'file')} ${formatting/* FORMATTING_ONLY */.p}`);
    if (fileCounts.unparseable > 0)
        phrases.push(`${countKind(fileCounts.unparseable, 'file')} not comparable`);
    if (phrases.length === 0 && versionChanged)
        phrases.push('version changed');
    return phrases.length > 0 ? phrases.join(', ') : 'no changes';
}

;// CONCATENATED MODULE: ./lib/core/diff/snapshots.js










function snapshots_parseDocument(document) {
    const decoded = (0,json/* decodeUtf8 */._6)(document.bytes);
    if (!decoded.ok)
        return { ok: false, problem: decoded.problem };
    const parsed = (0,json/* parseJson */.qF)(decoded.text);
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
function snapshots_versionChange(from, to) {
    const majorFrom = (0,config_version/* majorVersion */.iR)(from);
    const majorTo = (0,config_version/* majorVersion */.iR)(to);
    return {
        from: from ?? null,
        to: to ?? null,
        majorChange: majorFrom !== undefined && majorTo !== undefined && majorFrom !== majorTo,
    };
}
function snapshots_versionOf(parsed) {
    return parsed?.ok ? ((0,config_version/* documentVersion */.am)(parsed.value) ?? null) : null;
}
/** `.claude/orchestration/teams.json` → `teams`: the root of a file is a collection of… teams. */
function rootKeyOf(file) {
    return external_node_path_.posix.basename(file.replace(/\\/g, '/')).replace(/\.[^.]*$/, '');
}
function diffFile(file, from, to, options) {
    // Equal bytes are unchanged whatever they hold; parsing one side is enough to tell its version.
    if (from && to && sameBytes(from.bytes, to.bytes))
        return text_isNonJson(file) ? text_nonJsonUnchanged(file) : snapshots_unchangedFile(file, snapshots_versionOf(snapshots_parseDocument(from)));
    if (text_isNonJson(file))
        return text_diffNonJson(file, from?.bytes, to?.bytes);
    return snapshots_diffContent(file, from && snapshots_parseDocument(from), to && snapshots_parseDocument(to), options);
}
function snapshots_unchangedFile(file, version) {
    return { path: file, changes: [], version: snapshots_versionChange(version, version), status: 'unchanged', patch: [] };
}
/** A file whose bytes differ between the sides, or that one side lacks (`undefined`). */
function snapshots_diffContent(file, before, after, options) {
    const version = snapshots_versionChange(snapshots_versionOf(before), snapshots_versionOf(after));
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
    if ((0,diff_values/* deepEqual */.bD)(before.value, after.value))
        return { ...base, status: 'unchanged', patch: [], formattingOnly: true };
    const patch = options.patches ? migrationPatch(before.value, after.value, options.identityFields) : null;
    if (patch)
        (0,redact/* rememberPatchSecrets */.bL)(patch, before.value, after.value, options.secretKeys);
    return {
        ...base,
        status: 'modified',
        changes: semanticChanges(before.value, after.value, {
            identityFields: options.identityFields,
            secretKeys: options.secretKeys,
            rootKey: rootKeyOf(file),
        }),
        patch,
    };
}
function snapshots_withDefaults(options) {
    return {
        fromLabel: options.fromLabel ?? 'from',
        toLabel: options.toLabel ?? 'to',
        identityFields: options.identityFields ?? DEFAULT_IDENTITY_FIELDS,
        secretKeys: options.secretKeys ?? redact/* DEFAULT_SECRET_KEYS */.wp,
        patches: options.patches ?? true,
    };
}
function snapshots_stepSummary(version, files) {
    return `${version.from ?? 'unversioned'} → ${version.to ?? 'unversioned'}: ${summarizeChanges(files)}`;
}
/** Compares two snapshots file by file (matched by path) and, inside JSON files, entity by entity. */
function diffSnapshots(from, to, options = {}) {
    const settings = snapshots_withDefaults(options);
    const before = new Map(from.map((d) => [d.path, d]));
    const after = new Map(to.map((d) => [d.path, d]));
    const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
    const files = paths.map((file) => diffFile(file, before.get(file), after.get(file), settings));
    return snapshots_snapshotResult(files, settings);
}
/** The result around per-file diffs given sorted by path: the configuration versions and the single step. */
function snapshots_snapshotResult(files, settings) {
    const versions = snapshots_versionChange((0,config_version/* configurationVersion */.jq)(files.filter((f) => f.status !== 'added').map((f) => ({ path: f.path, version: f.version.from ?? undefined }))), (0,config_version/* configurationVersion */.jq)(files.filter((f) => f.status !== 'removed').map((f) => ({ path: f.path, version: f.version.to ?? undefined }))));
    const step = {
        from: settings.fromLabel,
        to: settings.toLabel,
        version: { from: versions.from, to: versions.to },
        summary: snapshots_stepSummary(versions, files),
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
        chain.push({ from: older.name, to: newer.name, version, summary: snapshots_stepSummary(version, result.files) });
    }
    return chain;
}

;// CONCATENATED MODULE: ./lib/core/diff/lazy.js



/**
 * Changed files are read a few at a time: enough to overlap reading with parsing, few enough
 * that memory holds a handful of files rather than a whole side.
 */
const READ_CONCURRENCY = 4;
/** `diffSnapshots` over lazy documents: the same result, reading only files whose hashes differ. */
async function diffLazySnapshots(from, to, options = {}) {
    const settings = withDefaults(options);
    const before = new Map(from.map((d) => [d.path, d]));
    const after = new Map(to.map((d) => [d.path, d]));
    const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
    const files = await mapLimit(paths, READ_CONCURRENCY, (file) => diffLazyFile(file, before.get(file), after.get(file), settings));
    return snapshotResult(files, settings);
}
/** One step of a migration path ("1.1.0 → 1.2.0: +1 team"), reading only the files that changed. */
async function lazyMigrationStep(older, newer, options = {}) {
    // Summaries need statuses and semantic changes only; per-file versions and patches are not shown.
    const result = await diffLazySnapshots(older.files, newer.files, {
        ...options,
        fromLabel: older.name,
        toLabel: newer.name,
        patches: false,
    });
    const version = { from: older.configVersion, to: newer.configVersion };
    return { from: older.name, to: newer.name, version, summary: stepSummary(version, result.files) };
}
async function diffLazyFile(file, from, to, settings) {
    if (isNonJson(file)) {
        if (from && to && from.sha256 === to.sha256 && from.size === to.size)
            return nonJsonUnchanged(file);
        // An added or removed file needs no content: the status says it all.
        if (!from || !to)
            return diffNonJson(file, from && new Uint8Array(), to && new Uint8Array());
        const [before, after] = await Promise.all([from.load(), to.load()]);
        return diffNonJson(file, before, after);
    }
    if (from && to && from.sha256 === to.sha256 && from.size === to.size) {
        // Same bytes on both sides, so either side's version is the file's: take the one known without reading.
        return unchangedFile(file, await versionOfDocument(from.version !== undefined ? from : to));
    }
    if (!from || !to) {
        const present = (from ?? to);
        const version = await versionOfDocument(present);
        const base = {
            path: file,
            changes: [],
            version: from ? versionChange(version, null) : versionChange(null, version),
        };
        return { ...base, status: from ? 'removed' : 'added', patch: null };
    }
    const [before, after] = await Promise.all([from.load(), to.load()]);
    return diffContent(file, parseDocument({ bytes: before }), parseDocument({ bytes: after }), settings);
}
async function versionOfDocument(document) {
    if (document.version !== undefined)
        return document.version;
    return versionOf(parseDocument({ bytes: await document.load() }));
}

;// CONCATENATED MODULE: ./lib/core/diff/index.js









// EXTERNAL MODULE: ./lib/core/config/settings.js
var config_settings = __webpack_require__(2393);
// EXTERNAL MODULE: ./lib/core/validate/index.js + 10 modules
var validate = __webpack_require__(8676);
// EXTERNAL MODULE: ./lib/core/validate/types.js
var types = __webpack_require__(6567);
// EXTERNAL MODULE: ./lib/core/util/jsonc.js
var jsonc = __webpack_require__(9003);
;// CONCATENATED MODULE: ./lib/core/judge/leftovers.js


/** Entity renames of a diff whose ids are strings (old id → new id), in diff order. */
function renamesOf(diff) {
    const renames = [];
    for (const file of diff.files) {
        for (const change of file.changes) {
            if (change.change !== 'renamed' || typeof change.from !== 'string' || typeof change.to !== 'string')
                continue;
            renames.push({ kind: change.kind ?? 'Entity', from: change.from, to: change.to, file: file.path });
        }
    }
    return renames;
}
/**
 * Every string value (never a key) in `documents` equal to a renamed entity's old id, whatever
 * key holds it: a reviewer reads `"primary": "tech-lead"` after tech-lead was renamed as a
 * reference the rename left behind, whether or not `primary` is a known reference key.
 */
function findLeftovers(renames, documents, stillDefined = new Set()) {
    const live = renames.filter((r) => !stillDefined.has(r.from));
    const found = new Map(live.map((r) => [r.from, []]));
    if (live.length > 0) {
        for (const doc of documents) {
            const decoded = (0,json/* decodeUtf8 */._6)(doc.bytes);
            if (!decoded.ok)
                continue;
            const text = decoded.text;
            // A cheap look for the ids as text first: most files name none of them.
            if (!live.some((r) => text.includes(r.from)))
                continue;
            if (!(0,json/* parseJson */.qF)(text).ok)
                continue;
            (0,jsonc/* visit */.YR)(text, {
                onLiteralValue: (value, offset, length, startLine, startCharacter, pathSupplier) => {
                    if (typeof value !== 'string')
                        return;
                    const list = found.get(value);
                    if (!list)
                        return;
                    const pointer = pathSupplier()
                        .map((s) => `/${(0,json/* escapePointerSegment */.mE)(String(s))}`)
                        .join('');
                    list.push({ file: doc.path, line: startLine + 1, column: startCharacter + 1, pointer, offset, length });
                },
            });
        }
    }
    return renames.map((r) => ({ ...r, remaining: stillDefined.has(r.from) ? [] : [...(found.get(r.from) ?? [])] }));
}

;// CONCATENATED MODULE: ./lib/core/judge/judge.js






/** Codes of findings that are a reference to something the config does not define. */
const BROKEN_REFERENCE_CODES = new Set(['unknown-agent', 'renamed-reference']);
/**
 * Judges a change the way a reviewer does: both sides are validated, and each finding is
 * labelled new (introduced by the change), fixed or existing. Findings are matched by what they
 * are about (code, file, subject, pointer without array indices), never by line, so moving text
 * makes nothing new. Renamed entities are followed through: every string in `after` still equal
 * to an old id is a leftover reference, and a broken one.
 */
async function judgeChange(before, after, options = {}) {
    const settings = options.settings ?? config_settings/* DEFAULT_SETTINGS */.a$;
    const validation = { settings, ...(options.trustedSchemas ? { trustedSchemas: options.trustedSchemas } : {}) };
    const [beforeReport, afterReport] = await Promise.all([
        (0,validate/* validateDocuments */.$)(before.documents, { ...validation, agents: before.agents }),
        (0,validate/* validateDocuments */.$)(after.documents, { ...validation, agents: after.agents }),
    ]);
    const diff = options.diff ??
        diffSnapshots(before.documents, after.documents, {
            fromLabel: before.label,
            toLabel: after.label,
            patches: false,
            secretKeys: settings.secretKeys,
        });
    const defined = definedAgents(after.documents);
    for (const definition of after.agents?.definitions ?? [])
        defined.add(definition.name);
    const renames = findLeftovers(renamesOf(diff), after.documents, defined);
    const problems = (list) => list.filter((d) => d.severity !== 'info');
    const labelled = labelFindings(problems(beforeReport.diagnostics), problems(afterReport.diagnostics));
    const renamedFrom = new Map(renames.map((r) => [r.from, r]));
    // A reference a change breaks blocks like an error. A config that did not exist before
    // breaks nothing: its dangling references keep their own severity (a first commit, a first PR).
    const hadConfig = before.exists && before.documents.length > 0;
    const added = labelled.new.map((d) => hadConfig && BROKEN_REFERENCE_CODES.has(d.code)
        ? brokenReference(d, d.subject === undefined ? undefined : renamedFrom.get(d.subject))
        : d);
    added.push(...leftoverFindings(renames, added));
    if (before.documents.length > 0 && after.documents.length === 0) {
        added.unshift({
            severity: 'error',
            code: 'config-removed',
            message: `all ${before.documents.length} config file${before.documents.length === 1 ? '' : 's'} that ${before.label} had ${before.documents.length === 1 ? 'is' : 'are'} gone${after.exists ? '' : ' (the config directory is missing)'}: ${before.documents.map((d) => d.path).join(', ')}`,
        });
    }
    added.sort(types/* bySeverityThenPlace */.v);
    const strict = options.strict ?? false;
    const fails = added.some((d) => d.severity === 'error' || (strict && d.severity === 'warning'));
    return {
        since: before.label,
        to: after.label,
        verdict: fails ? 'fail' : 'pass',
        strict,
        new: added,
        fixed: labelled.fixed,
        existing: labelled.existing,
        renames,
        agentsFrom: {
            before: before.agents ? (before.agentsFrom ?? null) : null,
            after: after.agents ? (after.agentsFrom ?? null) : null,
        },
        reports: { before: beforeReport, after: afterReport },
    };
}
const withoutIndices = (pointer) => (pointer ?? '').replace(/\/\d+(?=\/|$)/g, '/#');
/** What a finding is about: the same problem keeps this key when lines move or array items shift. */
function fineKey(d) {
    return [d.code, d.file ?? '', d.subject ?? '', withoutIndices(d.pointer)].join('\0');
}
/** A subject named in the same file by the same rule: the reference moved to another key. */
function coarseKey(d) {
    return d.subject === undefined ? undefined : [d.code, d.file ?? '', d.subject].join('\0');
}
/**
 * Pairs findings of the two sides, many to many as multisets: first by their fine key, then
 * the rest by subject. What `after` keeps unpaired is new, what `before` keeps is fixed.
 */
function labelFindings(before, after) {
    const pool = new Map();
    for (const d of before) {
        const key = fineKey(d);
        const list = pool.get(key);
        if (list)
            list.push(d);
        else
            pool.set(key, [d]);
    }
    const existing = [];
    const unpaired = [];
    for (const d of after) {
        if (pool.get(fineKey(d))?.shift())
            existing.push(d);
        else
            unpaired.push(d);
    }
    const coarse = new Map();
    for (const list of pool.values()) {
        for (const d of list) {
            const key = coarseKey(d);
            if (key === undefined)
                continue;
            const bucket = coarse.get(key);
            if (bucket)
                bucket.push(d);
            else
                coarse.set(key, [d]);
        }
    }
    const paired = new Set();
    const added = [];
    for (const d of unpaired) {
        const key = coarseKey(d);
        const match = key === undefined ? undefined : coarse.get(key)?.shift();
        if (match) {
            paired.add(match);
            existing.push(d);
        }
        else
            added.push(d);
    }
    const fixed = [...pool.values()].flat().filter((d) => !paired.has(d));
    return { new: added, fixed, existing };
}
/** A reference the change broke blocks like an error, and says when a rename broke it. */
function brokenReference(d, rename) {
    if (!rename)
        return { ...d, severity: 'error' };
    return { ...d, severity: 'error', message: renamedMessage(rename) };
}
function renamedMessage(rename) {
    return `${rename.kind} '${rename.from}' was renamed to '${rename.to}' in ${rename.file}; this reference still uses '${rename.from}'`;
}
/** Leftovers of renames that no validation rule reported already (their key is not a reference key). */
function leftoverFindings(renames, reported) {
    const seen = new Set(reported.map((d) => `${d.file}\0${d.pointer}`));
    return renames.flatMap((rename) => rename.remaining
        .filter((r) => !seen.has(`${r.file}\0${r.pointer}`))
        .map((r) => ({
        severity: 'error',
        code: 'renamed-reference',
        subject: rename.from,
        file: r.file,
        pointer: r.pointer,
        line: r.line,
        column: r.column,
        message: renamedMessage(rename),
    })));
}
/** Agents teams.json defines (members and orchestrators): an old id still defined is no leftover. */
function definedAgents(documents) {
    const agents = new Set();
    const teamsDoc = documents.find((d) => d.path === 'teams.json');
    const decoded = teamsDoc && (0,json/* decodeUtf8 */._6)(teamsDoc.bytes);
    const parsed = decoded?.ok ? (0,json/* parseJson */.qF)(decoded.text) : undefined;
    const teams = parsed?.ok ? parsed.value?.teams : undefined;
    if (typeof teams !== 'object' || teams === null)
        return agents;
    for (const team of Object.values(teams)) {
        if (typeof team !== 'object' || team === null)
            continue;
        const { orchestrator, members } = team;
        if (typeof orchestrator === 'string')
            agents.add(orchestrator);
        if (Array.isArray(members))
            for (const m of members)
                if (typeof m?.agent === 'string')
                    agents.add(m.agent);
    }
    return agents;
}

;// CONCATENATED MODULE: ./lib/core/judge/types.js
/** Where a side's agent files were read when not from git (`agentsFrom`). */
const WORK_TREE = 'work tree';

// EXTERNAL MODULE: ./lib/core/claude/state.js
var state = __webpack_require__(5799);
;// CONCATENATED MODULE: ./lib/core/claude/after-edit.js








/**
 * PostToolUse on a config edit: the config as it is now, judged against the backup PreToolUse
 * made (or found) for the same tool use; without one, against the newest backup.
 */
async function judgeAfterEdit(options) {
    const backup = (await (0,state/* takePreEditBackup */.h)(options.backupDir, options)) ?? (await newestBackup(options.backupDir));
    if (!backup)
        return { status: 'no-before-state' };
    const [stored, current] = await Promise.all([
        (0,backup_files/* readBackupFiles */.m)(options.backupDir, backup),
        // The tool may have removed the whole config dir: that state has no files, not an error.
        (0,snapshot/* readSnapshot */.RA)({ configDir: options.configDir, backupDir: options.backupDir, settings: options.settings }).catch((error) => {
            if (error instanceof errors/* ConfigDirNotFoundError */.D5)
                return { files: [] };
            throw error;
        }),
    ]);
    const before = stored.files;
    const after = current.files.map((f) => ({ path: f.path, bytes: f.bytes }));
    // The agent definition files are not part of a backup: both sides are checked against them as
    // they are now, so only the config edit makes a difference.
    const agents = await readAgentDefinitions({ configDir: options.configDir, agentsDir: options.settings.agentsDir });
    const judgement = await judgeChange({ label: backup, documents: before, exists: true, agents, agentsFrom: WORK_TREE }, { label: 'current', documents: after, exists: after.length > 0, agents, agentsFrom: WORK_TREE }, { settings: options.settings });
    return {
        status: 'judged',
        backup,
        judgement,
        broken: judgement.verdict === 'fail' || judgement.new.some((d) => BREAKING_WARNINGS.has(d.code)),
    };
}
/** Warnings Claude must repair too: a team member Claude Code cannot load. */
const BREAKING_WARNINGS = new Set(['missing-agent-file']);
async function newestBackup(backupDir) {
    const all = await (0,store/* loadAllManifests */.Em)(backupDir, { checksums: false });
    return all.find((m) => m.manifest && m.problems.length === 0)?.name;
}


/***/ }),

/***/ 5799:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ takePreEditBackup),
/* harmony export */   l: () => (/* binding */ recordPreEditBackup)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/**
 * Which backup holds the config as it was when PreToolUse ran, kept for the PostToolUse call of
 * the same tool use: one small file per tool use in the store's `.claude-code/` folder (a name
 * starting with "." is never taken for a backup).
 */


const STATE_DIR = '.claude-code';
/** Tool uses whose PostToolUse never came (a killed session) leave a file; a day is plenty. */
const STALE_MS = 24 * 60 * 60 * 1000;
function stateFile(backupDir, use) {
    const safe = (s, fallback) => s ? s.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 100) : fallback;
    return node_path__WEBPACK_IMPORTED_MODULE_1__.join(backupDir, STATE_DIR, `${safe(use.sessionId, 'no-session')}--${safe(use.toolUseId, 'last')}.json`);
}
async function recordPreEditBackup(backupDir, use, backup, now = new Date()) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.join(backupDir, STATE_DIR);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    const file = stateFile(backupDir, use);
    const temp = `${file}.${process.pid}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(temp, `${JSON.stringify({ backup, at: now.toISOString() })}\n`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(temp, file);
    await removeStale(dir, now).catch(() => undefined);
}
/** The backup PreToolUse recorded for this tool use (and forgets it), or undefined. */
async function takePreEditBackup(backupDir, use) {
    const file = stateFile(backupDir, use);
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch {
        return undefined;
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(file, { force: true });
    try {
        const value = JSON.parse(text);
        return typeof value.backup === 'string' ? value.backup : undefined;
    }
    catch {
        return undefined;
    }
}
async function removeStale(dir, now) {
    for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir)) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, name);
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file).catch(() => undefined);
        if (info && now.getTime() - info.mtimeMs > STALE_MS)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(file, { force: true });
    }
}


/***/ }),

/***/ 1424:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ FORMATTING_ONLY)
/* harmony export */ });
/* unused harmony export isFormattingOnly */
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
    if (kindOfPath(file) !== 'json')
        return false;
    const a = parsed(before);
    if (a === NOT_JSON)
        return false;
    const b = parsed(after);
    return b !== NOT_JSON && deepEqual(a, b);
}
const NOT_JSON = Symbol('not JSON');
function parsed(bytes) {
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok)
        return NOT_JSON;
    const result = parseJson(decoded.text);
    return result.ok ? result.value : NOT_JSON;
}


/***/ }),

/***/ 8478:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ readBackupFiles)
/* harmony export */ });
/* unused harmony export validateBackup */
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8378);
/* harmony import */ var _store_backup_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1883);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1015);
/* harmony import */ var _validate_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8676);
/* harmony import */ var _config_settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2393);





/** A backup's files as they were backed up; refuses a backup whose manifest or content does not check out. */
async function readBackupFiles(backupDir, name) {
    const backup = await (0,_store_backup_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .openBackup */ .Tw)(backupDir, name);
    const problems = [];
    const files = [];
    for (const file of backup.manifest.files) {
        try {
            files.push({ path: file.path, bytes: await backup.read(file) });
        }
        catch (error) {
            if (!(error instanceof _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .BackupDamagedError */ .EF))
                throw error;
            problems.push(...error.problems);
        }
    }
    // Same verdict as `verify`: a backup with unlisted files is damaged, even if none is ever read.
    for (const extra of await (0,_verify_js__WEBPACK_IMPORTED_MODULE_2__/* .extraFiles */ .O2)(backup.dir, backup.manifest))
        problems.push(extra.message);
    if (problems.length > 0)
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .BackupDamagedError */ .EF(name, problems);
    return { manifest: backup.manifest, files };
}
/** Validates a backup's content exactly as `validateConfig` validates the live config. */
async function validateBackup(backupDir, name, settings = DEFAULT_SETTINGS) {
    const { files } = await readBackupFiles(backupDir, name);
    return validateDocuments(files, { settings });
}


/***/ })

};
;