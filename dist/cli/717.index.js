export const id = 717;
export const ids = [717];
export const modules = {

/***/ 4670:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* reexport */ readAgentDefinitions)
});

// UNUSED EXPORTS: agentDefinitionsFrom

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/core/agents/front-matter.js

const OPENING = /^\uFEFF?---[ \t]*$/;
const CLOSING = /^(---|\.\.\.)[ \t]*$/;
/**
 * The agents a set of definition files defines. Problems in a file's front matter become
 * findings, never exceptions, and the file still defines the agent named by its stem: one bad
 * file should not also turn every reference to its agent into an "unknown agent".
 */
async function agentDefinitionsFrom(dir, files) {
    const definitions = [];
    const problems = [];
    // The YAML parser is loaded only when some file has front matter: the pre-commit hook pays
    // for every module it loads.
    let yaml;
    for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
        const file = external_node_path_.posix.join(dir, f.path);
        const stem = external_node_path_.posix.basename(f.path).replace(/\.md$/i, '');
        const lines = f.text.split(/\r?\n/);
        if (!OPENING.test(lines[0] ?? '')) {
            definitions.push({ name: stem, file });
            continue;
        }
        const close = lines.findIndex((line, i) => i > 0 && CLOSING.test(line));
        if (close === -1) {
            problems.push({ kind: 'front-matter', file, line: 1, column: 1, message: 'front matter opened with "---" is never closed: Claude Code cannot read its name' });
            definitions.push({ name: stem, file });
            continue;
        }
        yaml ??= await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
        const found = readName(yaml, lines.slice(1, close).join('\n'));
        if ('problem' in found) {
            // Front matter starts on the file's second line.
            problems.push({ kind: 'front-matter', file, ...(found.line ? { line: found.line + 1, column: found.column ?? 1 } : {}), message: found.problem });
            definitions.push({ name: stem, file });
        }
        else if (found.name === undefined)
            definitions.push({ name: stem, file });
        else
            definitions.push({ name: found.name, file, line: found.line + 1 });
    }
    return { dir, exists: true, definitions, problems };
}
/** `name:` from front matter text; lines counted from 1 within that text. */
function readName(yaml, text) {
    const lineCounter = new yaml.LineCounter();
    const doc = yaml.parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
    const error = doc.errors[0];
    if (error) {
        const at = error.linePos?.[0];
        const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code;
        return { problem: `front matter is not valid YAML: ${reason}`, ...(at ? { line: at.line, column: at.col } : {}) };
    }
    if (doc.contents === null)
        return {};
    if (!yaml.isMap(doc.contents))
        return { problem: 'front matter is not a map of fields (name:, description:, …)', line: 1, column: 1 };
    const node = doc.contents.get('name', true);
    if (node === undefined)
        return {};
    const place = node.range ? lineCounter.linePos(node.range[0]) : { line: 1, col: 1 };
    const value = yaml.isScalar(node) ? node.value : undefined;
    if (typeof value === 'string' && value.trim() !== '')
        return { name: value.trim(), line: place.line };
    return { problem: '"name:" must be a non-empty text', line: place.line, column: place.col };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/errors/index.js + 6 modules
var errors = __webpack_require__(5150);
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
    const cannotRead = (relative, error, what, consequence) => void unreadable.push({ kind: 'unreadable', file: external_node_path_.posix.join(dir, relative), message: `cannot read ${what} (${(0,errors/* errnoOf */.UQ)(error) ?? String(error)}): ${consequence}` });
    for (const relative of await listMarkdown(root, (folder, error) => cannotRead(folder, error, 'this folder', 'the agent files in it were not checked'))) {
        try {
            files.push({ path: relative, text: await (0,promises_.readFile)(external_node_path_.join(root, relative), 'utf8') });
        }
        catch (error) {
            cannotRead(relative, error, 'this agent file', 'Claude Code cannot load it either');
        }
    }
    const set = await agentDefinitionsFrom(dir, files);
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
            else if (entry.isSymbolicLink() && (await (0,promises_.stat)(external_node_path_.join(root, child)).then((s) => s.isFile(), () => false)))
                found.push(child);
        }
    }
    return found.sort();
}

;// CONCATENATED MODULE: ./lib/core/agents/index.js




/***/ }),

/***/ 2067:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   Xv: () => (/* binding */ readTreeDocuments),
/* harmony export */   aN: () => (/* binding */ scopeFor),
/* harmony export */   fi: () => (/* binding */ listEntries),
/* harmony export */   jv: () => (/* binding */ repoRoot),
/* harmony export */   ls: () => (/* binding */ configEntries),
/* harmony export */   uo: () => (/* binding */ documentsOf)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4006);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5150);




/** Runs git in `cwd`; the environment git gave the hook (GIT_INDEX_FILE for `commit <paths>`, GIT_DIR) is inherited. */
function git(cwd, args) {
    return new Promise((resolve, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, { cwd, encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024 }, (error, stdout, stderr) => {
            if (error)
                reject(new _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .GitError */ .XS(args, stderr.toString() || error.message));
            else
                resolve(stdout);
        });
    });
}
async function repoRoot(cwd) {
    return (await git(cwd, ['rev-parse', '--show-toplevel'])).toString().trim();
}
function scopeFor(root, configDir, backupDir, include, exclude) {
    const rel = (p) => {
        const r = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, p).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
        return r.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(r) ? null : r;
    };
    const config = rel(configDir);
    if (config === null)
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .GitError */ .XS(['rev-parse'], `the config dir ${configDir} is outside the repository ${root}`);
    return { configDir: config, backupDir: rel(backupDir), include, exclude };
}
/** Regular files under `pathspecs` in the index (`ref` null) or a commit: repo path → blob id. */
async function listEntries(root, pathspecs, ref) {
    const listing = ref === null ? await git(root, ['ls-files', '-s', '-z', '--', ...pathspecs]) : await git(root, ['ls-tree', '-r', '-z', ref, '--', ...pathspecs]);
    const entries = new Map();
    for (const record of splitZ(listing)) {
        const tab = record.indexOf('\t');
        const [mode, second, third] = record.slice(0, tab).split(' ');
        const oid = ref === null ? second : third;
        const stage = ref === null ? third : '0';
        // Symlinks (120000) and submodules (160000) hold a target, not a file; conflict stages are not content yet.
        if ((mode === '100644' || mode === '100755') && stage === '0' && oid)
            entries.set(record.slice(tab + 1), oid);
    }
    return entries;
}
/** The entries that are config files of `scope`, as config-dir-relative paths (same rules as a disk backup). */
function configEntries(entries, scope) {
    const isIncluded = picomatch__WEBPACK_IMPORTED_MODULE_3__(scope.include, { dot: false });
    const isExcluded = scope.exclude.length ? picomatch__WEBPACK_IMPORTED_MODULE_3__(scope.exclude, { dot: true }) : () => false;
    const prefix = scope.configDir === '' ? '' : `${scope.configDir}/`;
    const out = [];
    for (const [repoPath, oid] of entries) {
        if (!repoPath.startsWith(prefix))
            continue;
        if (scope.backupDir && (repoPath === scope.backupDir || repoPath.startsWith(`${scope.backupDir}/`)))
            continue;
        const rel = repoPath.slice(prefix.length);
        if (isIncluded(rel) && !isExcluded(rel))
            out.push({ path: rel, oid });
    }
    return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/** Config documents for listed entries, every blob read through one `git cat-file` process. */
async function documentsOf(root, ...sides) {
    const oids = [...new Set(sides.flat().map((e) => e.oid))];
    const blobs = await readBlobs(root, oids);
    const byOid = new Map(oids.map((oid, i) => [oid, blobs[i]]));
    return sides.map((side) => side.map((e) => ({ path: e.path, bytes: byOid.get(e.oid) })));
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
        return Promise.resolve([]);
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['cat-file', '--batch'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
        const chunks = [];
        let stderr = '';
        child.stdout.on('data', (c) => chunks.push(c));
        child.stderr.on('data', (c) => (stderr += c.toString()));
        child.on('error', reject);
        child.on('close', (code) => {
            if (code !== 0)
                return reject(new _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .GitError */ .XS(['cat-file'], stderr));
            const out = Buffer.concat(chunks);
            const blobs = [];
            let offset = 0;
            for (let i = 0; i < oids.length; i++) {
                const newline = out.indexOf(10, offset);
                const header = out.subarray(offset, newline).toString().split(' ');
                if (header[1] !== 'blob')
                    return reject(new _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .GitError */ .XS(['cat-file'], `object ${oids[i]} is ${header[1] ?? 'missing'}`));
                const size = Number(header[2]);
                blobs.push(out.subarray(newline + 1, newline + 1 + size));
                offset = newline + 1 + size + 1;
            }
            resolve(blobs);
        });
        child.stdin.end(`${oids.join('\n')}\n`);
    });
}
function splitZ(out) {
    return out
        .toString('utf8')
        .split('\0')
        .filter((s) => s !== '');
}


/***/ }),

/***/ 3483:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nf: () => (/* reexport safe */ _summary_js__WEBPACK_IMPORTED_MODULE_7__.N),
/* harmony export */   V1: () => (/* reexport safe */ _snapshots_js__WEBPACK_IMPORTED_MODULE_6__.V1),
/* harmony export */   xK: () => (/* reexport safe */ _lazy_js__WEBPACK_IMPORTED_MODULE_2__.x),
/* harmony export */   xV: () => (/* reexport safe */ _lazy_js__WEBPACK_IMPORTED_MODULE_2__.Q)
/* harmony export */ });
/* harmony import */ var _apply_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8595);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5150);
/* harmony import */ var _lazy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4709);
/* harmony import */ var _entities_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9248);
/* harmony import */ var _patch_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3329);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7990);
/* harmony import */ var _snapshots_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2430);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1247);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5450);












/***/ }),

/***/ 2916:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QV: () => (/* binding */ definedAgents),
/* harmony export */   sx: () => (/* binding */ judgeChange)
/* harmony export */ });
/* unused harmony exports BROKEN_REFERENCE_CODES, labelFindings */
/* harmony import */ var _diff_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3483);
/* harmony import */ var _config_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2393);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3044);
/* harmony import */ var _validate_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3552);
/* harmony import */ var _leftovers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9911);





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
    const diff = options.diff ?? (0,_diff_index_js__WEBPACK_IMPORTED_MODULE_0__/* .diffSnapshots */ .V1)(before.documents, after.documents, { fromLabel: before.label, toLabel: after.label, patches: false, secretKeys: settings.secretKeys });
    const defined = definedAgents(after.documents);
    for (const definition of after.agents?.definitions ?? [])
        defined.add(definition.name);
    const renames = (0,_leftovers_js__WEBPACK_IMPORTED_MODULE_4__/* .findLeftovers */ .Q)((0,_leftovers_js__WEBPACK_IMPORTED_MODULE_4__/* .renamesOf */ .f)(diff), after.documents, defined);
    const problems = (list) => list.filter((d) => d.severity !== 'info');
    const labelled = labelFindings(problems(beforeReport.diagnostics), problems(afterReport.diagnostics));
    const renamedFrom = new Map(renames.map((r) => [r.from, r]));
    // A reference a change breaks blocks like an error. A config that did not exist before
    // breaks nothing: its dangling references keep their own severity (a first commit, a first PR).
    const hadConfig = before.exists && before.documents.length > 0;
    const added = labelled.new.map((d) => (hadConfig && BROKEN_REFERENCE_CODES.has(d.code) ? brokenReference(d, d.subject === undefined ? undefined : renamedFrom.get(d.subject)) : d));
    added.push(...leftoverFindings(renames, added));
    if (before.documents.length > 0 && after.documents.length === 0) {
        added.unshift({
            severity: 'error',
            code: 'config-removed',
            message: `all ${before.documents.length} config file${before.documents.length === 1 ? '' : 's'} that ${before.label} had ${before.documents.length === 1 ? 'is' : 'are'} gone${after.exists ? '' : ' (the config directory is missing)'}: ${before.documents.map((d) => d.path).join(', ')}`,
        });
    }
    added.sort(bySeverity);
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
        .map((r) => ({ severity: 'error', code: 'renamed-reference', subject: rename.from, file: r.file, pointer: r.pointer, line: r.line, column: r.column, message: renamedMessage(rename) })));
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
const RANK = { error: 0, warning: 1, info: 2 };
function bySeverity(a, b) {
    return RANK[a.severity] - RANK[b.severity] || compareText(a.file ?? '', b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}
// Code-unit order: localeCompare would load ICU's collator, time the pre-commit hook cannot spare.
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 9911:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ findLeftovers),
/* harmony export */   f: () => (/* binding */ renamesOf)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
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
            (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.visit)(text, {
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

/***/ 6265:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ex: () => (/* binding */ renamesWithLeftovers),
/* harmony export */   V2: () => (/* binding */ fixCommand),
/* harmony export */   ge: () => (/* binding */ verdictHeadline),
/* harmony export */   q1: () => (/* binding */ renameSentence),
/* harmony export */   r7: () => (/* binding */ shellWord)
/* harmony export */ });
/* unused harmony export isBrokenReference */
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
            return [errors > 0 ? `${lead}${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(errors, 'error')}` : '', warnings > 0 ? `${errors > 0 ? ' and ' : lead}${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(warnings, 'new warning')}` : ''].join('');
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
    const left = r.remaining.length === 0 ? 'no reference uses the old id' : `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(r.remaining.length, 'reference')} still ${r.remaining.length === 1 ? 'uses' : 'use'} '${r.from}'`;
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
    const dirs = [where.configDir !== undefined ? ` --config-dir ${shellWord(where.configDir)}` : '', where.backupDir !== undefined ? ` --backup-dir ${shellWord(where.backupDir)}` : ''].join('');
    return `orch-backup${dirs} validate --since ${shellWord(since)} --fix`;
}


/***/ })

};
