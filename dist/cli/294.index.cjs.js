"use strict";
exports.id = 294;
exports.ids = [294];
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

/***/ 8472:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ readAgentDefinitions)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8378);
/* harmony import */ var _front_matter_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1927);




/**
 * Reads the agent definition files (`**\/*.md`) under the agents directory on disk. Undefined
 * when the setting turns them off; `exists: false` when there is no such directory.
 */
async function readAgentDefinitions(options) {
    if (options.agentsDir === false)
        return undefined;
    const root = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(options.configDir, options.agentsDir);
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(options.configDir), root).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') || '.';
    const isDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(root).then((s) => s.isDirectory(), () => false);
    if (!isDir)
        return { dir, exists: false, definitions: [], problems: [] };
    const files = [];
    const unreadable = [];
    const cannotRead = (relative, error, what, consequence) => void unreadable.push({
        kind: 'unreadable',
        file: node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(dir, relative),
        message: `cannot read ${what} (${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoOf */ .UQ)(error) ?? String(error)}): ${consequence}`,
    });
    for (const relative of await listMarkdown(root, (folder, error) => cannotRead(folder, error, 'this folder', 'the agent files in it were not checked'))) {
        try {
            files.push({ path: relative, text: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, relative), 'utf8') });
        }
        catch (error) {
            cannotRead(relative, error, 'this agent file', 'Claude Code cannot load it either');
        }
    }
    const set = await (0,_front_matter_js__WEBPACK_IMPORTED_MODULE_3__/* .agentDefinitionsFrom */ .sJ)(dir, files, options.memo);
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
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, relative), { withFileTypes: true });
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
                (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, child)).then((s) => s.isFile(), () => false)))
                found.push(child);
        }
    }
    return found.sort();
}


/***/ }),

/***/ 2889:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vf: () => (/* binding */ agentSetOf),
/* harmony export */   gH: () => (/* binding */ agentsDirLabel),
/* harmony export */   gQ: () => (/* binding */ agentEntries),
/* harmony export */   r3: () => (/* binding */ agentsDirInRepo),
/* harmony export */   rd: () => (/* binding */ readAgentDefinitionsAt)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _config_git_tree_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2067);
/* harmony import */ var _front_matter_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1927);



/** `<agentsDir>` relative to the repository root, `/`-separated; null when it lies outside the repository. */
function agentsDirInRepo(root, configDir, agentsDir) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(root, node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(configDir, agentsDir)).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
    return rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(rel) ? null : rel;
}
/** The agents directory as findings name it: relative to the config dir, `/`-separated. */
function agentsDirLabel(configDir, agentsDir) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.relative(node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(configDir), node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(configDir, agentsDir)).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/') || '.';
}
/**
 * The agent definition files recorded under `<agentsDir>` in a commit (`ref`) or in the index
 * (`ref` null), read from git's objects: nothing is checked out. Only regular files count (git
 * records a symlink's target, not the file it points at). `exists: false` when git records no
 * file under the directory at that point.
 */
async function readAgentDefinitionsAt(root, options) {
    const inRepo = agentsDirInRepo(root, options.configDir, options.agentsDir);
    if (inRepo === null)
        return undefined;
    const [set] = await agentDefinitionsFromEntries(root, inRepo, agentsDirLabel(options.configDir, options.agentsDir), [await (0,_config_git_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .listEntries */ .fi)(root, [inRepo === '' ? '.' : inRepo], options.ref)], options.memo);
    return set;
}
/** The definition files among listed entries (repo path → blob id), and whether git records the directory at all. */
function agentEntries(entries, inRepo) {
    const prefix = inRepo === '' ? '' : `${inRepo}/`;
    const files = [];
    let exists = false;
    for (const [repoPath, oid] of entries) {
        if (!repoPath.startsWith(prefix))
            continue;
        exists = true;
        if (repoPath.toLowerCase().endsWith('.md'))
            files.push({ path: repoPath.slice(prefix.length), oid });
    }
    return { exists, files };
}
/** The agents one side defines, from its listed files and their blobs' content. */
async function agentSetOf(label, side, documents, memo) {
    if (!side.exists)
        return { dir: label, exists: false, definitions: [], problems: [] };
    return (0,_front_matter_js__WEBPACK_IMPORTED_MODULE_2__/* .agentDefinitionsFrom */ .sJ)(label, documents.map((d) => ({ path: d.path, text: Buffer.from(d.bytes).toString('utf8') })), memo);
}
/** Each side's agents from its listed entries, all blobs read through one `git cat-file`, each distinct front matter read once. */
async function agentDefinitionsFromEntries(root, inRepo, label, sides, memo = new Map()) {
    const listed = sides.map((entries) => agentEntries(entries, inRepo));
    const docs = await (0,_config_git_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .documentsOf */ .uo)(root, ...listed.map((side) => side.files));
    const sets = [];
    for (const [i, side] of listed.entries())
        sets.push(await agentSetOf(label, side, docs[i] ?? [], memo));
    return sets;
}


/***/ }),

/***/ 911:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ parseBatch),
/* harmony export */   _S: () => (/* binding */ parseListing)
/* harmony export */ });
/* unused harmony exports parseRawDiff, unquoteGitPath */
// Git's listing and object formats, without the rest of the tool: the pre-commit hook reads
// what its shell script asked git before its main code has loaded.
/**
 * Regular files in `git ls-files -s -z` (`fromIndex`) or `git ls-tree -r -z` output: repo path →
 * blob id. Symlinks (120000) and submodules (160000) hold a target, not a file; conflict stages
 * are not content yet.
 */
function parseListing(listing, fromIndex) {
    const entries = new Map();
    for (const record of listing.toString('utf8').split('\0')) {
        if (record === '')
            continue;
        const tab = record.indexOf('\t');
        const [mode, second, third] = record.slice(0, tab).split(' ');
        const oid = fromIndex ? second : third;
        const stage = fromIndex ? third : '0';
        if ((mode === '100644' || mode === '100755') && stage === '0' && oid)
            entries.set(record.slice(tab + 1), oid);
    }
    return entries;
}
/**
 * The objects in `git cat-file --batch` output, by id: each blob's bytes, or the type git
 * reported instead (`missing`, `tree`, …). Output cut short ends the reading.
 */
function parseBatch(out) {
    const objects = new Map();
    let offset = 0;
    while (offset < out.length) {
        const newline = out.indexOf(10, offset);
        if (newline === -1)
            break;
        const [name = '', type = 'missing', sizeText] = out.subarray(offset, newline).toString().split(' ');
        // `<name> missing` (or `ambiguous`) has no body; every object has its size and a closing newline.
        if (sizeText === undefined) {
            objects.set(name, { notBlob: type });
            offset = newline + 1;
            continue;
        }
        const end = newline + 1 + Number(sizeText);
        if (!Number.isSafeInteger(end) || out[end] !== 10)
            break;
        objects.set(name, type === 'blob' ? out.subarray(newline + 1, end) : { notBlob: type });
        offset = end + 1;
    }
    return objects;
}
const RAW_LINE = /^:(\d{6}) \d{6} ([0-9a-f]{40}|[0-9a-f]{64}) (?:[0-9a-f]{40}|[0-9a-f]{64}) [ADMTUX]\d*\t(.+)$/;
/** `git diff-index` raw output (without -z: paths git quoted are unquoted); undefined when a line is not that. */
function parseRawDiff(text) {
    const changes = [];
    for (const line of text.split('\n')) {
        if (line === '')
            continue;
        const match = RAW_LINE.exec(line);
        const path = match ? unquoteGitPath(match[3]) : undefined;
        if (!match || path === undefined)
            return undefined;
        changes.push({ path, headMode: match[1], headOid: match[2] });
    }
    return changes;
}
const ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
/**
 * A path as git prints it outside -z output: as is, or in double quotes with C escapes and
 * octal bytes (`core.quotePath`); undefined when the quoting is not git's.
 */
function unquoteGitPath(text) {
    if (!text.startsWith('"'))
        return text;
    if (text.length < 2 || !text.endsWith('"'))
        return undefined;
    // By code point: with core.quotePath off, a quoted path may hold characters beyond ASCII as they are.
    const chars = Array.from(text.slice(1, -1));
    const bytes = [];
    for (let i = 0; i < chars.length; i++) {
        const char = chars[i];
        if (char !== '\\') {
            bytes.push(...Buffer.from(char, 'utf8'));
            continue;
        }
        const next = chars[++i] ?? '';
        const octal = chars.slice(i, i + 3).join('');
        if (next in ESCAPES)
            bytes.push(ESCAPES[next]);
        else if (/^[0-3][0-7]{2}$/.test(octal)) {
            bytes.push(Number.parseInt(octal, 8));
            i += 2;
        }
        else
            return undefined;
    }
    return Buffer.from(bytes).toString('utf8');
}


/***/ }),

/***/ 2067:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   B: () => (/* binding */ documentsWith),
/* harmony export */   Xv: () => (/* binding */ readTreeDocuments),
/* harmony export */   Y5: () => (/* binding */ workTreeBlobs),
/* harmony export */   aN: () => (/* binding */ scopeFor),
/* harmony export */   fi: () => (/* binding */ listEntries),
/* harmony export */   jv: () => (/* binding */ repoRoot),
/* harmony export */   ls: () => (/* binding */ configEntries),
/* harmony export */   uo: () => (/* binding */ documentsOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8378);
/* harmony import */ var _util_builtins_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5262);
/* harmony import */ var _git_objects_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(911);
/* harmony import */ var _select_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8080);







/** Runs git in `cwd`; the environment git gave the hook (GIT_INDEX_FILE for `commit <paths>`, GIT_DIR) is inherited. */
function git(cwd, args) {
    return new Promise((resolve, reject) => {
        (0,_util_builtins_js__WEBPACK_IMPORTED_MODULE_4__/* .childProcess */ .Q)().execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024 }, (error, stdout, stderr) => {
            if (error)
                reject(new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .GitError */ .XS(args, stderr.toString() || error.message));
            else
                resolve(stdout);
        });
    });
}
/**
 * Runs a short local git command to completion. Synchronous on purpose: the hooks start several
 * of these on every commit and tool call, and a blocking spawn costs the Node process less than
 * an asynchronous one with its pipes and streams (3 spawns: 30 ms less CPU here).
 */
function gitNow(cwd, args, input) {
    const result = (0,_util_builtins_js__WEBPACK_IMPORTED_MODULE_4__/* .childProcess */ .Q)().spawnSync('git', args, { cwd, input, maxBuffer: 1024 * 1024 * 1024 });
    if (result.error)
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .GitError */ .XS(args, result.error.message);
    if (result.status !== 0)
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .GitError */ .XS(args, result.stderr.toString() || `exit ${result.status}`);
    return result.stdout;
}
async function repoRoot(cwd) {
    return (await git(cwd, ['rev-parse', '--show-toplevel'])).toString().trim();
}
function scopeFor(root, configDir, backupDir, selection) {
    const rel = (p) => {
        const r = node_path__WEBPACK_IMPORTED_MODULE_2__.relative(root, p).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
        return r.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute(r) ? null : r;
    };
    const config = rel(configDir);
    if (config === null)
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .GitError */ .XS(['rev-parse'], `the config dir ${configDir} is outside the repository ${root}`);
    return {
        configDir: config,
        backupDir: rel(backupDir),
        leftOut: (0,_select_js__WEBPACK_IMPORTED_MODULE_6__/* .fileSelection */ .B)(selection),
    };
}
/** Regular files under `pathspecs` in the index (`ref` null) or a commit: repo path → blob id. */
async function listEntries(root, pathspecs, ref) {
    const listing = ref === null
        ? gitNow(root, ['ls-files', '-s', '-z', '--', ...pathspecs])
        : gitNow(root, ['ls-tree', '-r', '-z', ref, '--', ...pathspecs]);
    return (0,_git_objects_js__WEBPACK_IMPORTED_MODULE_5__/* .parseListing */ ._S)(listing, ref === null);
}
/** The entries that are config files of `scope`, as config-dir-relative paths (same rules as a disk backup). */
function configEntries(entries, scope) {
    const { leftOut } = scope;
    const prefix = scope.configDir === '' ? '' : `${scope.configDir}/`;
    const out = [];
    for (const [repoPath, oid] of entries) {
        if (!repoPath.startsWith(prefix))
            continue;
        if (scope.backupDir && (repoPath === scope.backupDir || repoPath.startsWith(`${scope.backupDir}/`)))
            continue;
        const rel = repoPath.slice(prefix.length);
        if (leftOut(rel) === null)
            out.push({ path: rel, oid });
    }
    return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/** Config documents for listed entries, every blob read through one `git cat-file` process. */
async function documentsOf(root, ...sides) {
    return documentsWith(root, new Map(), sides);
}
/** `documentsOf`, with the blobs in `known` (by id) taken from there instead of from git. */
function documentsWith(root, known, sides) {
    const missing = [...new Set(sides.flat().map((e) => e.oid))].filter((oid) => !known.has(oid));
    const blobs = readBlobs(root, missing);
    const byOid = new Map([...known, ...missing.map((oid, i) => [oid, blobs[i]])]);
    return sides.map((side) => side.map((e) => ({ path: e.path, bytes: byOid.get(e.oid) })));
}
/**
 * The blobs among `entries` (repo path → id) whose work-tree file holds exactly that content,
 * read from the disk: a few reads cost less than git's object store, and the hash proves the
 * bytes are the blob's (a file edited since `git add`, or rewritten by a filter, is left to git).
 */
function workTreeBlobs(root, entries, skip) {
    const found = new Map();
    for (const [repoPath, oid] of entries) {
        if (skip.has(oid) || found.has(oid))
            continue;
        let bytes;
        try {
            bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, repoPath));
        }
        catch {
            continue;
        }
        // Git names a blob by the hash of "blob <size>\0" and its bytes: SHA-1, or SHA-256 in repositories that use it.
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(oid.length === 64 ? 'sha256' : 'sha1');
        if (hash.update(`blob ${bytes.length}\0`).update(bytes).digest('hex') === oid)
            found.set(oid, bytes);
    }
    return found;
}
/** The config documents as recorded in the index (`ref` = null) or in a commit. */
async function readTreeDocuments(root, scope, ref) {
    const entries = await listEntries(root, [scope.configDir === '' ? '.' : scope.configDir], ref);
    const [docs] = await documentsOf(root, configEntries(entries, scope));
    return docs ?? [];
}
/** Reads many blobs through one `git cat-file --batch` process. */
function readBlobs(root, oids) {
    if (oids.length === 0)
        return [];
    const objects = (0,_git_objects_js__WEBPACK_IMPORTED_MODULE_5__/* .parseBatch */ .Gc)(gitNow(root, ['cat-file', '--batch'], `${oids.join('\n')}\n`));
    return oids.map((oid) => {
        const object = objects.get(oid);
        if (Buffer.isBuffer(object))
            return object;
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .GitError */ .XS(['cat-file'], `object ${oid} is ${object?.notBlob ?? 'missing'}`);
    });
}


/***/ }),

/***/ 3483:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nf: () => (/* reexport safe */ _summary_js__WEBPACK_IMPORTED_MODULE_6__.N),
/* harmony export */   V1: () => (/* reexport safe */ _snapshots_js__WEBPACK_IMPORTED_MODULE_5__.V1),
/* harmony export */   xK: () => (/* reexport safe */ _lazy_js__WEBPACK_IMPORTED_MODULE_1__.x),
/* harmony export */   xV: () => (/* reexport safe */ _lazy_js__WEBPACK_IMPORTED_MODULE_1__.Q)
/* harmony export */ });
/* harmony import */ var _apply_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8595);
/* harmony import */ var _lazy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4709);
/* harmony import */ var _entities_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9248);
/* harmony import */ var _patch_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3329);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7990);
/* harmony import */ var _snapshots_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2430);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1247);










/***/ }),

/***/ 4709:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ lazyMigrationStep),
/* harmony export */   x: () => (/* binding */ diffLazySnapshots)
/* harmony export */ });
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5637);
/* harmony import */ var _snapshots_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2430);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2036);



/**
 * Changed files are read a few at a time: enough to overlap reading with parsing, few enough
 * that memory holds a handful of files rather than a whole side.
 */
const READ_CONCURRENCY = 4;
/** `diffSnapshots` over lazy documents: the same result, reading only files whose hashes differ. */
async function diffLazySnapshots(from, to, options = {}) {
    const settings = (0,_snapshots_js__WEBPACK_IMPORTED_MODULE_1__/* .withDefaults */ .rO)(options);
    const before = new Map(from.map((d) => [d.path, d]));
    const after = new Map(to.map((d) => [d.path, d]));
    const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
    const files = await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_0__/* .mapLimit */ .sf)(paths, READ_CONCURRENCY, (file) => diffLazyFile(file, before.get(file), after.get(file), settings));
    return (0,_snapshots_js__WEBPACK_IMPORTED_MODULE_1__/* .snapshotResult */ .ob)(files, settings);
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
    return { from: older.name, to: newer.name, version, summary: (0,_snapshots_js__WEBPACK_IMPORTED_MODULE_1__/* .stepSummary */ .xw)(version, result.files) };
}
async function diffLazyFile(file, from, to, settings) {
    if ((0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .isNonJson */ .Ym)(file)) {
        if (from && to && from.sha256 === to.sha256 && from.size === to.size)
            return (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .nonJsonUnchanged */ .pp)(file);
        // An added or removed file needs no content: the status says it all.
        if (!from || !to)
            return (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .diffNonJson */ .re)(file, from && new Uint8Array(), to && new Uint8Array());
        const [before, after] = await Promise.all([from.load(), to.load()]);
        return (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .diffNonJson */ .re)(file, before, after);
    }
    if (from && to && from.sha256 === to.sha256 && from.size === to.size) {
        // Same bytes on both sides, so either side's version is the file's: take the one known without reading.
        return (0,_snapshots_js__WEBPACK_IMPORTED_MODULE_1__/* .unchangedFile */ .QL)(file, await versionOfDocument(from.version !== undefined ? from : to));
    }
    if (!from || !to) {
        const present = (from ?? to);
        const version = await versionOfDocument(present);
        const base = {
            path: file,
            changes: [],
            version: from ? (0,_snapshots_js__WEBPACK_IMPORTED_MODULE_1__/* .versionChange */ .Bn)(version, null) : (0,_snapshots_js__WEBPACK_IMPORTED_MODULE_1__/* .versionChange */ .Bn)(null, version),
        };
        return { ...base, status: from ? 'removed' : 'added', patch: null };
    }
    const [before, after] = await Promise.all([from.load(), to.load()]);
    return (0,_snapshots_js__WEBPACK_IMPORTED_MODULE_1__/* .diffContent */ .t5)(file, (0,_snapshots_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)({ bytes: before }), (0,_snapshots_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)({ bytes: after }), settings);
}
async function versionOfDocument(document) {
    if (document.version !== undefined)
        return document.version;
    return (0,_snapshots_js__WEBPACK_IMPORTED_MODULE_1__/* .versionOf */ .E4)((0,_snapshots_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)({ bytes: await document.load() }));
}


/***/ }),

/***/ 2916:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QV: () => (/* binding */ definedAgents),
/* harmony export */   sx: () => (/* binding */ judgeChange)
/* harmony export */ });
/* unused harmony export labelFindings */
/* harmony import */ var _diff_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3483);
/* harmony import */ var _config_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2393);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3044);
/* harmony import */ var _validate_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8676);
/* harmony import */ var _validate_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6567);
/* harmony import */ var _leftovers_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9911);






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
    const settings = options.settings ?? _config_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_SETTINGS */ .a$;
    const validation = { settings, ...(options.trustedSchemas ? { trustedSchemas: options.trustedSchemas } : {}) };
    const [beforeReport, afterReport] = await Promise.all([
        (0,_validate_index_js__WEBPACK_IMPORTED_MODULE_3__/* .validateDocuments */ .$)(before.documents, { ...validation, agents: before.agents }),
        (0,_validate_index_js__WEBPACK_IMPORTED_MODULE_3__/* .validateDocuments */ .$)(after.documents, { ...validation, agents: after.agents }),
    ]);
    const diff = options.diff ??
        (0,_diff_index_js__WEBPACK_IMPORTED_MODULE_0__/* .diffSnapshots */ .V1)(before.documents, after.documents, {
            fromLabel: before.label,
            toLabel: after.label,
            patches: false,
            secretKeys: settings.secretKeys,
        });
    const defined = definedAgents(after.documents);
    for (const definition of after.agents?.definitions ?? [])
        defined.add(definition.name);
    const renames = (0,_leftovers_js__WEBPACK_IMPORTED_MODULE_5__/* .findLeftovers */ .Q)((0,_leftovers_js__WEBPACK_IMPORTED_MODULE_5__/* .renamesOf */ .f)(diff), after.documents, defined);
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
    added.sort(_validate_types_js__WEBPACK_IMPORTED_MODULE_4__/* .bySeverityThenPlace */ .v);
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
    const decoded = teamsDoc && (0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeUtf8 */ ._6)(teamsDoc.bytes);
    const parsed = decoded?.ok ? (0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJson */ .qF)(decoded.text) : undefined;
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


/***/ }),

/***/ 9911:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ findLeftovers),
/* harmony export */   f: () => (/* binding */ renamesOf)
/* harmony export */ });
/* harmony import */ var _util_jsonc_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9003);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3044);


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
            const decoded = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeUtf8 */ ._6)(doc.bytes);
            if (!decoded.ok)
                continue;
            const text = decoded.text;
            // A cheap look for the ids as text first: most files name none of them.
            if (!live.some((r) => text.includes(r.from)))
                continue;
            if (!(0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(text).ok)
                continue;
            (0,_util_jsonc_js__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(text, {
                onLiteralValue: (value, offset, length, startLine, startCharacter, pathSupplier) => {
                    if (typeof value !== 'string')
                        return;
                    const list = found.get(value);
                    if (!list)
                        return;
                    const pointer = pathSupplier()
                        .map((s) => `/${(0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .escapePointerSegment */ .mE)(String(s))}`)
                        .join('');
                    list.push({ file: doc.path, line: startLine + 1, column: startCharacter + 1, pointer, offset, length });
                },
            });
        }
    }
    return renames.map((r) => ({ ...r, remaining: stillDefined.has(r.from) ? [] : [...(found.get(r.from) ?? [])] }));
}


/***/ }),

/***/ 202:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ WORK_TREE)
/* harmony export */ });
/** Where a side's agent files were read when not from git (`agentsFrom`). */
const WORK_TREE = 'work tree';


/***/ }),

/***/ 6265:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ex: () => (/* binding */ renamesWithLeftovers),
/* harmony export */   V2: () => (/* binding */ fixCommand),
/* harmony export */   ge: () => (/* binding */ verdictHeadline),
/* harmony export */   q1: () => (/* binding */ renameSentence),
/* harmony export */   r7: () => (/* binding */ shellWord)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9109);

const BROKEN = new Set(['unknown-agent', 'renamed-reference']);
function isBrokenReference(f) {
    return BROKEN.has(f.code);
}
/** "❌ This change breaks 6 agent references (23 places)", "✅ No new problems (4 were already there)". */
function verdictHeadline(j) {
    const broken = j.new.filter(isBrokenReference);
    const subjects = new Set(broken.map((f) => f.subject ?? f.message));
    const blocking = (f) => f.severity === 'error' || (j.strict && f.severity === 'warning');
    const others = j.new.filter((f) => !isBrokenReference(f) && blocking(f));
    const already = j.existing.length > 0 ? ` (${j.existing.length} ${j.existing.length === 1 ? 'was' : 'were'} already there)` : '';
    if (j.verdict === 'fail') {
        const otherText = (lead) => {
            const errors = others.filter((f) => f.severity === 'error').length;
            const warnings = others.length - errors;
            return [
                errors > 0 ? `${lead}${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(errors, 'error')}` : '',
                warnings > 0 ? `${errors > 0 ? ' and ' : lead}${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(warnings, 'new warning')}` : '',
            ].join('');
        };
        if (broken.length > 0) {
            const what = broken.every((f) => f.message.startsWith("Agent '")) ? 'agent reference' : 'reference';
            const places = broken.length !== subjects.size ? ` (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(broken.length, 'place')})` : '';
            const more = others.length > 0 ? otherText(' and introduces ').replace(/ (error|new warning)/, ' other $1') : '';
            return { icon: '❌', text: `This change breaks ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(subjects.size, what)}${places}${more}` };
        }
        return { icon: '❌', text: `This change introduces ${otherText('')}` };
    }
    const fixed = j.fixed.length > 0 ? `; it fixes ${j.fixed.length}` : '';
    const warnings = j.new.filter((f) => f.severity === 'warning').length;
    if (warnings > 0)
        return { icon: '⚠️', text: `No new errors, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(warnings, 'new warning')}${fixed}${already}` };
    return { icon: '✅', text: `No new problems${fixed}${already}` };
}
/** "Agent 'tech-lead' was renamed to 'engineering-lead'; 11 references still use 'tech-lead'" */
function renameSentence(r) {
    const left = r.remaining.length === 0
        ? 'no reference uses the old id'
        : `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(r.remaining.length, 'reference')} still ${r.remaining.length === 1 ? 'uses' : 'use'} '${r.from}'`;
    return `${r.kind} '${r.from}' was renamed to '${r.to}'; ${left}`;
}
/** The renames that left references behind. */
function renamesWithLeftovers(j) {
    return j.renames.filter((r) => r.remaining.length > 0);
}
/** A shell word: quoted only when it has to be. */
function shellWord(text) {
    return /^[\w@%+=:,./~^-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
/** The one-line fix command for the leftovers of a judgement against `since`. */
function fixCommand(since, where = {}) {
    const dirs = [
        where.configDir !== undefined ? ` --config-dir ${shellWord(where.configDir)}` : '',
        where.backupDir !== undefined ? ` --backup-dir ${shellWord(where.backupDir)}` : '',
    ].join('');
    return `orch-backup${dirs} validate --since ${shellWord(since)} --fix`;
}


/***/ })

};
;