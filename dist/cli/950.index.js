export const id = 950;
export const ids = [950];
export const modules = {

/***/ 1015:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ verifyBackups),
/* harmony export */   O2: () => (/* binding */ extraFiles),
/* harmony export */   gu: () => (/* binding */ verifyBackup)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8027);
/* harmony import */ var _store_backup_reader_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1883);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7309);
/* harmony import */ var _store_manifest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2048);
/* harmony import */ var _store_pack_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6624);
/* harmony import */ var _config_snapshot_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(936);
/* harmony import */ var _store_store_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4680);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5637);










/** Recomputes every checksum of one backup and reports each difference from its manifest. */
async function verifyBackup(backupDir, name, options = {}) {
    const loaded = await (0,_store_store_js__WEBPACK_IMPORTED_MODULE_8__/* .loadManifest */ .eY)(backupDir, name);
    const problems = loaded.problems.map((message) => ({
        kind: message.includes('not a directory') ? 'not-a-directory' : 'manifest',
        message,
    }));
    const manifest = loaded.manifest;
    if (manifest) {
        const content = (0,_store_backup_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .storedContentReader */ .Ud)(backupDir, loaded.dir, manifest);
        const trusted = options.trustedPacks ?? new Set();
        const packSizes = new Map();
        const read = async (file) => {
            const pack = (0,_store_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .isPackedEntry */ .Bd)(file) ? manifest.packs?.[file.pack] : undefined;
            if (!pack || !trusted.has(pack) || !(0,_store_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .isPackedEntry */ .Bd)(file))
                return content(file);
            let size = packSizes.get(pack);
            if (!size)
                packSizes.set(pack, (size = (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,_store_pack_js__WEBPACK_IMPORTED_MODULE_6__/* .packPath */ .x9)(backupDir, pack)).then((s) => s.size)));
            if ((await size) < file.offset + file.storedSize)
                throw Object.assign(new Error('pack too short'), { code: 'ETRUNCATED' });
            return undefined;
        };
        // Files sharing a pack member are checked together, members several at a time, so each
        // member is inflated once and the thread pool inflates several at once.
        const groups = new Map();
        for (const file of manifest.files) {
            const key = (0,_store_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .isPackedEntry */ .Bd)(file) ? `${file.pack}:${file.offset}` : file.path;
            const group = groups.get(key);
            if (group)
                group.push(file);
            else
                groups.set(key, [file]);
        }
        const checked = await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_9__/* .mapLimit */ .sf)([...groups.values()], 4, async (files) => {
            const found = [];
            for (const file of files) {
                const problem = await checkFile(read, manifest, file);
                if (problem)
                    found.push(problem);
            }
            return found;
        });
        const byPath = new Map(checked.flat().map((p) => [p.path, p]));
        for (const file of manifest.files) {
            const problem = byPath.get(file.path);
            if (problem)
                problems.push(problem);
        }
        problems.push(...(await extraFiles(loaded.dir, manifest)));
    }
    const result = manifest ? { name, ok: problems.length === 0, problems, manifest } : { name, ok: problems.length === 0, problems };
    if (options.record) {
        await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_4__/* .appendHistory */ .b8)(backupDir, {
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
    const targets = all ? await (0,_store_store_js__WEBPACK_IMPORTED_MODULE_8__/* .backupNames */ .pS)(backupDir) : names;
    const results = [];
    for (const name of targets) {
        // Verifying the whole store takes no lock: a backup a concurrent clean removed after the
        // listing is gone, not damaged. Names asked for explicitly are still reported as missing.
        const result = await verifyBackup(backupDir, name, options).catch((error) => {
            if (all && error instanceof _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .BackupNotFoundError */ .I_)
                return null;
            throw error;
        });
        if (!result)
            continue;
        if (all && !result.ok && !(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(backupDir, name)).then(() => true, () => false)))
            continue;
        results.push(result);
    }
    return results;
}
async function checkFile(read, manifest, file) {
    let content;
    try {
        content = await read(file);
        if (content === undefined)
            return undefined;
    }
    catch (error) {
        return { ...(0,_store_backup_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .storedCopyProblem */ .m3)(manifest, file, error), path: file.path };
    }
    const digest = (0,_config_snapshot_js__WEBPACK_IMPORTED_MODULE_7__/* .sha256Hex */ .fg)(content);
    if (digest !== file.sha256 || content.length !== file.size) {
        return { kind: 'altered', path: file.path, message: `${file.path}: content changed (sha256 ${digest.slice(0, 12)}…, expected ${file.sha256.slice(0, 12)}…)` };
    }
    return undefined;
}
/** Files in a backup's directory that its manifest does not list. */
async function extraFiles(dir, manifest) {
    const expected = new Set([(0,_store_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .manifestFileName */ .V6)(manifest), ...manifest.files.flatMap((f) => f.stored ?? [])]);
    const found = [];
    const walk = async (abs, rel) => {
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(abs, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            const relPath = rel ? `${rel}/${entry.name}` : entry.name;
            if (entry.isDirectory())
                await walk(node_path__WEBPACK_IMPORTED_MODULE_1__.join(abs, entry.name), relPath);
            else if (!expected.has(relPath))
                found.push({ kind: 'extra', path: relPath, message: `${relPath}: not listed in the manifest` });
        }
    };
    await walk(dir, '');
    return found;
}
//# sourceMappingURL=verify.js.map

/***/ }),

/***/ 7309:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b8: () => (/* binding */ appendHistory)
/* harmony export */ });
/* unused harmony exports HISTORY_FILE, readHistory */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8027);



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

/***/ 1472:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  oS: () => (/* binding */ DocumentValidator),
  $r: () => (/* binding */ validateConfig),
  $: () => (/* binding */ validateDocuments)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/core/config/settings.js
var config_settings = __webpack_require__(2393);
// EXTERNAL MODULE: ./lib/core/config/scan.js
var config_scan = __webpack_require__(9877);
// EXTERNAL MODULE: ./lib/core/util/json.js
var json = __webpack_require__(3044);
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
    // The positional scan costs several times the parse; it runs only where a duplicate exists.
    const duplicates = parsed.mayHaveDuplicateKeys ? (0,json/* findDuplicateKeys */.ln)(decoded.text) : [];
    for (const dup of duplicates) {
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
/** The only documents the orchestration checks read. */
const ORCHESTRATION_FILES = new Set(['teams.json', 'workflows.json', 'settings.json']);
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
            if (agents.has(name))
                return;
            const pointers = unknown.get(name);
            // Appending in place: copying the list per reference was quadratic in a name's references.
            if (pointers)
                pointers.push(pointer);
            else
                unknown.set(name, [pointer]);
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
// EXTERNAL MODULE: ./lib/core/util/module-interop.js
var module_interop = __webpack_require__(1466);
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
    const [ajv, ajv2020, formats] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(463)]).then(__webpack_require__.t.bind(__webpack_require__, 2463, 19)), Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(210)]).then(__webpack_require__.t.bind(__webpack_require__, 2210, 19)), Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(815)]).then(__webpack_require__.t.bind(__webpack_require__, 2815, 19))]);
    const Ajv = (0,module_interop/* mainExport */.q)(ajv);
    const Ajv2020 = (0,module_interop/* mainExport */.q)(ajv2020);
    const addFormats = (0,module_interop/* mainExport */.q)(formats);
    const options = { allErrors: true, strict: false };
    const draft07 = new Ajv(options);
    const draft2020 = new Ajv2020(options);
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
    const byPath = new Map(docs.map((d) => [d.path, d.bytes]));
    const validator = new DocumentValidator(byPath.keys(), {
        ...options,
        readExtra: async (p) => byPath.get(p) ?? (await options.readExtra?.(p)),
    });
    for (const doc of docs)
        validator.add(doc);
    return validator.finish();
}
/**
 * Validation one document at a time, for callers that must not hold every file at once (create
 * on a 50 MB tree): each document is checked as it is added and only what a later check needs
 * is kept (the orchestration files, documents with a schema, schema files). Cross-file checks
 * run in `finish`.
 */
class DocumentValidator {
    options;
    settings;
    paths;
    added = [];
    diagnostics = [];
    configs = [];
    schemaBytes = new Map();
    /** `paths`: every document that will be added (schemas are looked up among them). */
    constructor(paths, options = {}) {
        this.options = options;
        this.settings = options.settings ?? config_settings/* DEFAULT_SETTINGS */.a$;
        this.paths = new Set(paths);
    }
    /** Checks one document; returns its parsed value (undefined when it does not parse). */
    add(doc) {
        this.added.push(doc.path);
        const result = parseDocument(doc, this.diagnostics);
        if (isSchemaFile(doc.path, this.settings))
            this.schemaBytes.set(doc.path, doc.bytes);
        // Only documents a later check reads are kept: holding every parsed tree to the end made
        // garbage collection cost as much as the parsing itself on a large tree.
        else if (result && (ORCHESTRATION_FILES.has(result.path) || schemaPathFor(result, this.settings, (p) => this.schemaPaths.has(p))))
            this.configs.push(result);
        return result;
    }
    get schemaPaths() {
        return this.options.trustedSchemas?.paths ?? this.paths;
    }
    async finish() {
        const trusted = this.options.trustedSchemas;
        const readSchema = trusted
            ? (p) => trusted.read(p)
            : async (p) => this.schemaBytes.get(p) ?? (await this.options.readExtra?.(p));
        // A loop, not push(...list): spreading ~120,000 schema errors as arguments overflowed the stack.
        const found = [await checkSchemas(this.configs, this.settings, readSchema, new Set(this.schemaPaths)), checkOrchestration(this.configs, this.settings.referenceKeys)];
        const diagnostics = [...this.diagnostics];
        if (trusted)
            for (const diagnostic of await this.untrustedSchemaNotes(trusted))
                diagnostics.push(diagnostic);
        for (const list of found)
            for (const diagnostic of list)
                diagnostics.push(diagnostic);
        diagnostics.sort(bySeverityThenPlace);
        return summarize([...this.added].sort(), diagnostics);
    }
    /** Schemas among the documents that were not used because they differ from the trusted ones. */
    async untrustedSchemaNotes(trusted) {
        const notes = [];
        for (const [file, bytes] of this.schemaBytes) {
            const base = await trusted.read(file);
            if (base && Buffer.from(base).equals(Buffer.from(bytes)))
                continue;
            notes.push({
                severity: 'warning',
                code: 'schema-not-trusted',
                file,
                message: `this schema is ${base ? 'changed' : 'new'} here and was not used: only trusted schemas are compiled (in the action under pull_request_target, the base branch's); it applies once merged`,
            });
        }
        return notes;
    }
}
/** Validates the config dir as it is on disk. */
async function validateConfig(options) {
    const settings = options.settings ?? config_settings/* DEFAULT_SETTINGS */.a$;
    const scan = await (0,config_scan/* scanConfigDir */.j)({ configDir: options.configDir, backupDir: options.backupDir, include: settings.include, exclude: settings.exclude });
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

/***/ })

};
