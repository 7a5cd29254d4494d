"use strict";
exports.id = 626;
exports.ids = [626];
exports.modules = {

/***/ 1015:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ verifyBackups),
/* harmony export */   O2: () => (/* binding */ extraFiles),
/* harmony export */   gu: () => (/* binding */ verifyBackup)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8378);
/* harmony import */ var _store_backup_reader_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1883);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7309);
/* harmony import */ var _store_manifest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2048);
/* harmony import */ var _store_pack_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6624);
/* harmony import */ var _config_snapshot_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(936);
/* harmony import */ var _store_store_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7288);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5637);
/* harmony import */ var _util_progress_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(4301);












/** Recomputes every checksum of one backup and reports each difference from its manifest. */
async function verifyBackup(backupDir, name, options = {}) {
    const loaded = await (0,_store_store_js__WEBPACK_IMPORTED_MODULE_9__/* .loadManifest */ .eY)(backupDir, name);
    const problems = loaded.problems.map((message) => ({
        kind: message.includes('not a directory') ? 'not-a-directory' : 'manifest',
        message,
    }));
    const manifest = loaded.manifest;
    if (manifest) {
        const content = (0,_store_backup_reader_js__WEBPACK_IMPORTED_MODULE_4__/* .storedContentReader */ .Ud)(backupDir, loaded.dir, manifest);
        const trusted = options.trustedPacks ?? new Set();
        const packSizes = new Map();
        const read = async (file) => {
            const pack = (0,_store_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .isPackedEntry */ .Bd)(file) ? manifest.packs?.[file.pack] : undefined;
            if (!pack || !trusted.has(pack) || !(0,_store_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .isPackedEntry */ .Bd)(file))
                return content(file);
            let size = packSizes.get(pack);
            if (!size)
                packSizes.set(pack, (size = (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)((0,_store_pack_js__WEBPACK_IMPORTED_MODULE_7__/* .packPath */ .x9)(backupDir, pack)).then((s) => s.size)));
            if ((await size) < file.offset + file.storedSize)
                throw Object.assign(new Error('pack too short'), { code: 'ETRUNCATED' });
            return undefined;
        };
        // Files sharing a pack member are checked together, members several at a time, so each
        // member is inflated once and the thread pool inflates several at once.
        const groups = new Map();
        for (const file of manifest.files) {
            const key = (0,_store_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .isPackedEntry */ .Bd)(file) ? `${file.pack}:${file.offset}` : file.path;
            const group = groups.get(key);
            if (group)
                group.push(file);
            else
                groups.set(key, [file]);
        }
        const tick = (0,_util_progress_js__WEBPACK_IMPORTED_MODULE_11__/* .progressCounter */ .Q)(options.onProgress, 'verifying', manifest.files.length);
        const checked = await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_10__/* .mapLimit */ .sf)([...groups.values()], 4, async (files) => {
            const found = [];
            for (const file of files) {
                const problem = await checkFile(read, manifest, file);
                tick();
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
    const result = manifest
        ? { name, ok: problems.length === 0, problems, manifest }
        : { name, ok: problems.length === 0, problems };
    if (options.record) {
        await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_5__/* .appendHistory */ .b)(backupDir, {
            operation: 'verify',
            backup: name,
            outcome: result.ok ? 'success' : 'failure',
            ...(result.ok ? {} : { detail: problems.map((p) => p.message).join('; ') }),
        });
    }
    return result;
}
/** Verifies the named backups, or all of them. */
async function verifyBackups(backupDir, names, options = {}) {
    const all = !names || names.length === 0;
    const targets = all ? await (0,_store_store_js__WEBPACK_IMPORTED_MODULE_9__/* .backupNames */ .pS)(backupDir) : names;
    const results = [];
    for (const name of targets) {
        // Verifying the whole store takes no lock: a backup a concurrent clean removed after the
        // listing is gone, not damaged. Names asked for explicitly are still reported as missing.
        const result = await verifyBackup(backupDir, name, options).catch((error) => {
            if (all && error instanceof _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .BackupNotFoundError */ .I_)
                return null;
            throw error;
        });
        if (!result)
            continue;
        if (all &&
            !result.ok &&
            !(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(backupDir, name)).then(() => true, () => false)))
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
        return { ...(0,_store_backup_reader_js__WEBPACK_IMPORTED_MODULE_4__/* .storedCopyProblem */ .m3)(manifest, file, error), path: file.path };
    }
    const digest = (0,_config_snapshot_js__WEBPACK_IMPORTED_MODULE_8__/* .sha256Hex */ .fg)(content);
    if (digest !== file.sha256 || content.length !== file.size) {
        return {
            kind: 'altered',
            path: file.path,
            message: `${file.path}: content changed (sha256 ${digest.slice(0, 12)}…, expected ${file.sha256.slice(0, 12)}…)`,
        };
    }
    return undefined;
}
/** Files in a backup's directory that its manifest does not list. */
async function extraFiles(dir, manifest) {
    const expected = new Set([(0,_store_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .manifestFileName */ .V6)(manifest), ...manifest.files.flatMap((f) => f.stored ?? [])]);
    const found = [];
    const walk = async (abs, rel) => {
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(abs, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            const relPath = rel ? `${rel}/${entry.name}` : entry.name;
            if (entry.isDirectory())
                await walk(node_path__WEBPACK_IMPORTED_MODULE_2__.join(abs, entry.name), relPath);
            else if (!expected.has(relPath))
                found.push({ kind: 'extra', path: relPath, message: `${relPath}: not listed in the manifest` });
        }
    };
    await walk(dir, '');
    return found;
}


/***/ }),

/***/ 6751:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ kindOfPath),
/* harmony export */   KH: () => (/* binding */ isText)
/* harmony export */ });
/* unused harmony export kindOf */
const YAML_EXTENSIONS = /\.(ya?ml)$/i;
/** The kind a path promises, before its content is known: `other` is text or binary. */
function kindOfPath(file) {
    if (/\.json$/i.test(file))
        return 'json';
    if (YAML_EXTENSIONS.test(file))
        return 'yaml';
    return 'other';
}
/** A file's kind from its path and, for files that are neither JSON nor YAML, its content. */
function kindOf(file, bytes) {
    const byPath = kindOfPath(file);
    if (byPath !== 'other')
        return byPath;
    return isText(bytes) ? 'text' : 'binary';
}
const strict = new TextDecoder('utf-8', { fatal: true });
/** Valid UTF-8 without NUL bytes: what git and diff tools also take for text. */
function isText(bytes) {
    if (bytes.includes(0))
        return false;
    try {
        strict.decode(bytes);
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 2763:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ interruptible)
/* harmony export */ });
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8378);
/* harmony import */ var _faults_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2567);


/**
 * The steps an operation reports (`faults.reached`) are the points where it can stop cleanly:
 * once `signal` is aborted, the next step throws `OperationInterruptedError` (once), and the
 * operation's own error handling undoes what it began. Rollback steps never throw: a rollback
 * stopped half way would leave the very state it exists to undo.
 */
function interruptible(faults, signal, operation) {
    const inner = faults ?? _faults_js__WEBPACK_IMPORTED_MODULE_1__/* .noFaults */ .n;
    if (!signal)
        return inner;
    let stopped = false;
    return {
        reached(step) {
            inner.reached(step);
            if (!signal.aborted || stopped || step.startsWith('rollback:'))
                return;
            stopped = true;
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationInterruptedError */ .Cz(operation, 'nothing-changed');
        },
    };
}


/***/ }),

/***/ 4301:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ progressCounter)
/* harmony export */ });
/** A tick per finished item of one phase; nothing when nobody listens. */
function progressCounter(report, step, total) {
    if (!report)
        return () => undefined;
    let done = 0;
    report(step, 0, total);
    return () => report(step, ++done, total);
}


/***/ }),

/***/ 8676:
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
// EXTERNAL MODULE: ./lib/core/diff/redact.js
var redact = __webpack_require__(7990);
;// CONCATENATED MODULE: ./lib/core/validate/document.js


/** Decodes and parses one document; problems become diagnostics instead of exceptions. */
function parseDocument(doc, diagnostics, secretKeys = redact/* DEFAULT_SECRET_KEYS */.wp) {
    const decoded = (0,json/* decodeUtf8 */._6)(doc.bytes);
    if (!decoded.ok) {
        diagnostics.push({
            severity: 'error',
            code: 'encoding',
            file: doc.path,
            ...decoded.position,
            message: decoded.problem,
        });
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
        diagnostics.push({
            severity: 'error',
            code: 'json-syntax',
            file: doc.path,
            ...parsed.position,
            message: `invalid JSON: ${parsed.problem}`,
        });
        return undefined;
    }
    // The positional scan costs several times the parse; it runs only where a duplicate exists.
    const duplicates = parsed.mayHaveDuplicateKeys ? (0,json/* findDuplicateKeys */.ln)(decoded.text) : [];
    for (const dup of duplicates) {
        // A map under a secret key may be keyed by the secrets themselves.
        const hidden = (0,redact/* isSecretEntity */.oo)(dup.pointer, secretKeys);
        diagnostics.push({
            severity: 'error',
            code: 'duplicate-key',
            file: doc.path,
            pointer: (0,redact/* redactPointer */.jB)(dup.pointer, secretKeys),
            ...dup.position,
            message: `duplicate key ${hidden ? redact/* REDACTED */.XF : JSON.stringify(dup.key)}: only the last value would be used`,
        });
    }
    return { path: doc.path, text: decoded.text, value: parsed.value, positions: new json/* PositionIndex */.uH(decoded.text) };
}
/** A diagnostic about a place inside a parsed document, with its line and column. */
function at(doc, pointer, severity, code, message) {
    const position = doc.positions.of(pointer);
    return { severity, code, file: doc.path, pointer, ...(position ?? {}), message };
}

;// CONCATENATED MODULE: ./lib/core/validate/agent-files.js

/**
 * What the agent definition files say about the teams: a team agent without a file cannot be
 * loaded by Claude Code; a file no team or workflow names is probably left over; a file whose
 * front matter is broken, or two files defining one name, make loading unpredictable.
 */
function checkAgentFiles(agents, teams, referenced) {
    const diagnostics = [];
    if (!agents.exists) {
        if (teams)
            diagnostics.push({
                severity: 'info',
                code: 'no-agents-dir',
                message: `no agents directory at ${agents.dir} (relative to the config dir): agent definition files were not checked`,
            });
        return diagnostics;
    }
    for (const p of agents.problems) {
        const code = p.kind === 'unreadable' ? 'agent-file-unreadable' : 'agent-front-matter';
        diagnostics.push({
            severity: 'warning',
            code,
            file: p.file,
            ...(p.line ? { line: p.line, column: p.column ?? 1 } : {}),
            subject: stemOf(p.file),
            message: p.message,
        });
    }
    const byName = new Map();
    for (const def of agents.definitions) {
        const first = byName.get(def.name);
        if (!first)
            byName.set(def.name, def);
        else
            diagnostics.push({
                ...place(def),
                severity: 'warning',
                code: 'duplicate-agent-file',
                subject: def.name,
                message: `Agent '${def.name}' is also defined by ${first.file}: Claude Code loads only one of them`,
            });
    }
    if (!teams)
        return diagnostics;
    for (const agent of teams.agents) {
        if (byName.has(agent.name))
            continue;
        const role = agent.role === 'orchestrator' ? `orchestrator of team '${agent.team}'` : `team '${agent.team}'`;
        diagnostics.push({
            ...at(teams.doc, agent.pointer, 'warning', 'missing-agent-file', `Agent '${agent.name}' (${role}) has no definition file in ${agents.dir}: Claude Code cannot load it`),
            subject: agent.name,
        });
    }
    const inTeams = new Set(teams.agents.map((a) => a.name));
    for (const def of byName.values()) {
        if (inTeams.has(def.name) || referenced.has(def.name))
            continue;
        diagnostics.push({
            ...place(def),
            severity: 'info',
            code: 'unused-agent-file',
            subject: def.name,
            message: `Agent '${def.name}' has a definition file but no team or workflow uses it`,
        });
    }
    return diagnostics;
}
function place(def) {
    return { file: def.file, ...(def.line ? { line: def.line, column: 1 } : {}) };
}
function stemOf(file) {
    return (file.split('/').pop() ?? file).replace(/\.md$/i, '');
}

;// CONCATENATED MODULE: ./lib/core/validate/json-tree.js

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A JSON Pointer from its unescaped segments. */
const ptr = (...segments) => segments.map((s) => `/${(0,json/* escapePointerSegment */.mE)(String(s))}`).join('');

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(1916);
;// CONCATENATED MODULE: ./lib/core/validate/references.js



/** Values under reference keys that stand for a group, not an agent (`"required_roles": ["all"]`). */
const NOT_AGENTS = new Set(['all', 'any', 'none', '*']);
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
        if (typeof v === 'string') {
            if (!NOT_AGENTS.has(v))
                found(v, p);
        }
        else
            v.forEach((name, i) => !NOT_AGENTS.has(name) && found(name, `${p}/${i}`));
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
/**
 * The known name an unknown one is most likely a typo of, if any: at most one edit per four
 * characters (and at most three), so `product-manger` finds `product-manager` while `qa-lead`
 * does not find `ux-lead`. Ties go to the alphabetically first name, so output is stable.
 */
function closestName(name, known) {
    const limit = Math.max(1, Math.min(3, Math.floor(name.length / 4)));
    let best;
    let bestDistance = limit + 1;
    for (const candidate of known) {
        if (Math.abs(candidate.length - name.length) > limit)
            continue;
        const d = (0,mod/* distance */.Io)(name, candidate);
        if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}

;// CONCATENATED MODULE: ./lib/core/validate/structure.js


/**
 * The structure of teams.json: a `teams` map whose teams have a name and a members list, each
 * member naming its agent once. Returns the agents the teams name (undefined when teams.json has
 * no usable `teams` map, so references cannot be checked against it).
 */
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
    const agents = [];
    const members = new Map();
    for (const [teamId, team] of Object.entries(root.teams)) {
        const teamPtr = ptr('teams', teamId);
        const about = (pointer, severity, code, message) => void diagnostics.push({ ...at(doc, pointer, severity, code, message), subject: teamId });
        if (!isObject(team)) {
            about(teamPtr, 'error', 'wrong-type', `Team '${teamId}' must be an object`);
            continue;
        }
        if (typeof team.name !== 'string')
            about(teamPtr, 'warning', 'team-without-name', `Team '${teamId}' has no "name"`);
        if (typeof team.orchestrator === 'string')
            agents.push({ name: team.orchestrator, team: teamId, role: 'orchestrator', pointer: `${teamPtr}/orchestrator` });
        if (team.members === undefined) {
            about(teamPtr, 'error', 'team-without-members', `Team '${teamId}' has no "members" list`);
            continue;
        }
        if (!Array.isArray(team.members)) {
            about(`${teamPtr}/members`, 'error', 'wrong-type', `Team '${teamId}': "members" must be an array`);
            continue;
        }
        team.members.forEach((member, index) => {
            const memberPtr = `${teamPtr}/members/${index}`;
            if (!isObject(member) || typeof member.agent !== 'string' || member.agent.trim() === '') {
                about(memberPtr, 'error', 'missing-field', `Team '${teamId}' member ${index} has no "agent" id`);
                return;
            }
            const previous = members.get(member.agent);
            if (previous) {
                diagnostics.push({
                    ...at(doc, `${memberPtr}/agent`, 'error', 'duplicate-agent', `Agent '${member.agent}' is defined twice: ${previous} and ${memberPtr}`),
                    subject: member.agent,
                });
            }
            members.set(member.agent, memberPtr);
            agents.push({ name: member.agent, team: teamId, role: 'member', pointer: `${memberPtr}/agent` });
        });
    }
    return { teamCount: Object.keys(root.teams).length, agents };
}
/** workflows.json has a non-empty `workflows` map, and every workflow has phases or types. */
function checkWorkflows(doc, diagnostics) {
    const root = doc.value;
    if (!isObject(root)) {
        diagnostics.push(at(doc, '', 'error', 'wrong-type', 'workflows.json must be a JSON object'));
        return;
    }
    if (root.workflows === undefined) {
        diagnostics.push(at(doc, '', 'error', 'no-workflows', 'workflows.json has no "workflows" map'));
        return;
    }
    if (!isObject(root.workflows)) {
        diagnostics.push(at(doc, '/workflows', 'error', 'wrong-type', '"workflows" must be an object keyed by workflow id'));
        return;
    }
    const entries = Object.entries(root.workflows);
    if (entries.length === 0)
        diagnostics.push(at(doc, '/workflows', 'error', 'no-workflows', 'the "workflows" map is empty: no workflow is defined'));
    for (const [id, workflow] of entries) {
        const pointer = ptr('workflows', id);
        if (!isObject(workflow))
            diagnostics.push({
                ...at(doc, pointer, 'error', 'wrong-type', `Workflow '${id}' must be an object`),
                subject: id,
            });
        else if (workflow.phases === undefined && workflow.types === undefined) {
            diagnostics.push({
                ...at(doc, pointer, 'warning', 'workflow-without-phases', `Workflow '${id}' has neither "phases" nor "types": it defines no steps`),
                subject: id,
            });
        }
    }
}
/**
 * `full_auto` switched on anywhere: as a mode (`default_mode: "full_auto"`), a flag
 * (`full_auto: true`) or an enabled mode entry (`{ name: "full_auto", enabled: true }`).
 * Objects with `enabled: false` are off, with everything under them.
 */
function checkFullAuto(doc, diagnostics) {
    const found = (pointer) => void diagnostics.push({
        ...at(doc, pointer, 'warning', 'full-auto', 'full_auto mode is switched on: it spawns agents without asking for consent'),
        subject: pointer,
    });
    const visit = (value, pointer) => {
        if (Array.isArray(value)) {
            value.forEach((item, i) => visit(item, `${pointer}/${i}`));
            return;
        }
        if (!isObject(value) || value.enabled === false)
            return;
        if (value.name === 'full_auto' && value.enabled === true)
            found(pointer);
        for (const [key, child] of Object.entries(value)) {
            const childPtr = `${pointer}${ptr(key)}`;
            if (key === 'full_auto' && (child === true || (isObject(child) && child.enabled === true)))
                found(childPtr);
            else if (/(^|_)mode$/i.test(key) && child === 'full_auto')
                found(childPtr);
            else
                visit(child, childPtr);
        }
    };
    visit(doc.value, '');
}

;// CONCATENATED MODULE: ./lib/core/validate/orchestration.js





/** The only documents the orchestration checks read. */
const ORCHESTRATION_FILES = new Set(['teams.json', 'workflows.json', 'settings.json']);
/**
 * Built-in orchestration checks: the structure of teams.json/workflows.json, `full_auto`, agent
 * references and, when given, the agent definition files.
 */
function checkOrchestration(docs, options) {
    const diagnostics = [];
    const teams = docs.find((d) => d.path === 'teams.json');
    const workflows = docs.find((d) => d.path === 'workflows.json');
    const settings = docs.find((d) => d.path === 'settings.json');
    const teamInfo = teams ? checkTeams(teams, diagnostics) : undefined;
    if (workflows)
        checkWorkflows(workflows, diagnostics);
    for (const doc of [settings, workflows, teams])
        if (doc)
            checkFullAuto(doc, diagnostics);
    if (settings && isObject(settings.value) && settings.value.version === undefined) {
        diagnostics.push(at(settings, '', 'info', 'no-version', 'settings.json has no "version": the configuration version is taken from the other files'));
    }
    const files = options.agents;
    if (!teams || !teamInfo) {
        if (files)
            for (const d of checkAgentFiles(files, undefined, new Set()))
                diagnostics.push(d);
        if (workflows)
            diagnostics.push({
                severity: 'info',
                code: 'no-teams',
                file: 'workflows.json',
                message: 'no teams.json: agent references were not checked',
            });
        return diagnostics;
    }
    const known = new Set(teamInfo.agents.map((a) => a.name));
    const withFiles = files?.exists === true;
    if (withFiles)
        for (const def of files.definitions)
            known.add(def.name);
    const where = withFiles ? `teams.json or ${files.dir}` : 'teams.json';
    const suggestions = new Map();
    const referenced = new Set();
    const keys = new Set(options.referenceKeys);
    for (const doc of [teams, workflows]) {
        if (!doc)
            continue;
        // One finding per reference, each at its own place: a judge of a change tells a new
        // reference from an old one by where it is, and an editor jumps to each.
        collectReferences(doc.value, '', keys, (name, pointer) => {
            if (doc === teams && /^\/teams\/[^/]+\/members\/\d+\/agent$/.test(pointer))
                return;
            referenced.add(name);
            if (known.has(name))
                return;
            if (!suggestions.has(name))
                suggestions.set(name, closestName(name, known));
            const suggestion = suggestions.get(name);
            const hint = suggestion ? ` (did you mean '${suggestion}'?)` : '';
            diagnostics.push({
                ...at(doc, pointer, 'warning', 'unknown-agent', `Agent '${name}' is not defined in ${where}${hint}`),
                subject: name,
            });
        });
    }
    if (files)
        for (const d of checkAgentFiles(files, { doc: teams, agents: teamInfo.agents }, referenced))
            diagnostics.push(d);
    const inTeams = new Set(teamInfo.agents.map((a) => a.name)).size;
    const fileCount = withFiles ? `, ${files.definitions.length} agent definition files in ${files.dir}` : '';
    diagnostics.push({
        severity: 'info',
        code: 'inventory',
        file: 'teams.json',
        message: `${count(teamInfo.teamCount, 'team')}, ${count(inTeams, 'agent')} defined${fileCount}`,
    });
    return diagnostics;
}
const count = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;

// EXTERNAL MODULE: external "node:path/posix"
var posix_ = __webpack_require__(3916);
;// CONCATENATED MODULE: ./lib/core/util/module-interop.js
/**
 * The main export of a CommonJS package loaded with `import()`. Node puts `module.exports` on
 * `default` (and adds the named exports it can detect); the ncc/webpack bundles in dist/ put it
 * on `default` only, so a named import such as `{ Ajv }` works under Node and fails in a bundle.
 * Packages compiled from TypeScript (ajv, ajv-formats) also set `exports.default` to themselves.
 */
function mainExport(namespace) {
    const main = namespace.default ?? namespace;
    return (main.default ?? main);
}

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
    return (file.startsWith(`${posix_.normalize(options.schemaDir)}/`) ||
        Object.values(options.schemas).some((s) => posix_.normalize(s) === file));
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
        const unusable = (error) => {
            diagnostics.push({
                severity: 'error',
                code: 'schema-invalid',
                file: schemaPath,
                message: `schema cannot be used: ${whyUnusable(error)}`,
            });
            compiled.set(schemaPath, null);
        };
        if (!compiled.has(schemaPath)) {
            const bytes = await readSchema(schemaPath);
            if (!bytes) {
                diagnostics.push({
                    severity: 'error',
                    code: 'schema-missing',
                    file: doc.path,
                    message: `schema ${schemaPath} not found`,
                });
                compiled.set(schemaPath, null);
                continue;
            }
            const parsed = (0,json/* parseJson */.qF)(Buffer.from(bytes).toString('utf8'));
            if (!parsed.ok) {
                diagnostics.push({
                    severity: 'error',
                    code: 'schema-invalid',
                    file: schemaPath,
                    ...parsed.position,
                    message: `schema is not valid JSON: ${parsed.problem}`,
                });
                compiled.set(schemaPath, null);
                continue;
            }
            try {
                compiled.set(schemaPath, compile(parsed.value));
            }
            catch (error) {
                unusable(error);
            }
        }
        const validate = compiled.get(schemaPath);
        if (!validate)
            continue;
        let valid;
        try {
            valid = validate(doc.value);
        }
        catch (error) {
            // A schema that refers to itself without descending into the data (`{"$ref": "#"}`)
            // recurses until the stack runs out; that is the schema's fault, said in one line.
            unusable(error);
            continue;
        }
        if (valid)
            continue;
        const secretKeys = options.secretKeys ?? redact/* DEFAULT_SECRET_KEYS */.wp;
        for (const error of validate.errors ?? []) {
            const found = at(doc, error.instancePath, 'error', 'schema', `${describe(error, secretKeys)} (schema ${schemaPath})`);
            diagnostics.push({ ...found, pointer: (0,redact/* redactPointer */.jB)(error.instancePath, secretKeys) });
        }
    }
    return diagnostics;
}
/** A stack overflow, at compile or at validation time, comes from a `$ref` loop. */
function whyUnusable(error) {
    if (error instanceof RangeError)
        return 'its $ref chain loops back to itself without descending into the data';
    return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
}
/** Maps under secret keys are sometimes keyed by the secrets themselves: such keys are never named. */
function describe(error, secretKeys) {
    const where = (0,redact/* redactPointer */.jB)(error.instancePath, secretKeys) || '(root)';
    const params = error.params;
    if (error.keyword === 'additionalProperties') {
        const name = (0,redact/* isSecretPointer */.mL)(error.instancePath, secretKeys) ? redact/* REDACTED */.XF : JSON.stringify(params.additionalProperty);
        return `${where}: unexpected property ${name}`;
    }
    if (error.keyword === 'required')
        return `${where}: missing required property ${JSON.stringify(params.missingProperty)}`;
    if (error.keyword === 'enum')
        return `${where}: ${error.message} (${JSON.stringify(params.allowedValues)})`;
    return `${where}: ${error.message ?? error.keyword}`;
}
/**
 * Schema `pattern`s run on RE2 (re2js, linear time): JavaScript's backtracking engine would let
 * a pattern such as `^(a+)+$` hang validation (and with it every command and every commit) on
 * one long string. RE2 has no lookaround or backreferences; such a pattern makes the schema
 * unusable with a message naming it, rather than risking a hang.
 */
function safeRegExpEngine(RE2JS) {
    const compile = (pattern) => {
        try {
            return RE2JS.compile(RE2JS.translateRegExp(pattern));
        }
        catch (error) {
            const shown = JSON.stringify(pattern.length > 80 ? `${pattern.slice(0, 80)}…` : pattern);
            throw new Error(`pattern ${shown} is not supported by the linear-time regex engine (no lookaround or backreferences): ${error.message}`);
        }
    };
    return Object.assign(compile, { code: 're2js' });
}
async function loadCompiler() {
    const [ajv, ajv2020, formats, re2] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(463)]).then(__webpack_require__.t.bind(__webpack_require__, 2463, 19)),
        Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(210)]).then(__webpack_require__.t.bind(__webpack_require__, 2210, 19)),
        Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(196)]).then(__webpack_require__.t.bind(__webpack_require__, 2815, 19)),
        __webpack_require__.e(/* import() */ 856).then(__webpack_require__.bind(__webpack_require__, 2856)),
    ]);
    const Ajv = mainExport(ajv);
    const Ajv2020 = mainExport(ajv2020);
    const addFormats = mainExport(formats);
    const RE2JS = re2.RE2JS ??
        mainExport(re2).RE2JS;
    const options = { allErrors: true, strict: false, code: { regExp: safeRegExpEngine(RE2JS) } };
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

// EXTERNAL MODULE: ./lib/core/validate/types.js
var types = __webpack_require__(6567);
// EXTERNAL MODULE: ./lib/core/kinds/index.js
var kinds = __webpack_require__(6751);
;// CONCATENATED MODULE: ./lib/core/kinds/yaml.js
/**
 * Parses YAML text (every document of a multi-document stream) and reports the first syntax
 * error with its line and column, never an exception. The parser is loaded on first use: the
 * hooks pay for every module they load, and most configs hold no YAML.
 */
async function parseYaml(text) {
    const yaml = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const lineCounter = new yaml.LineCounter();
    const documents = yaml.parseAllDocuments(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
    const list = Array.isArray(documents) ? documents : [];
    for (const doc of list) {
        const error = doc.errors[0];
        if (error) {
            const at = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
            const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code;
            return { ok: false, problem: reason, line: at.line, column: at.col };
        }
    }
    // Only the syntax is checked: no rule reads YAML values yet, and turning aliases into values
    // is where YAML can explode in size.
    return { ok: true };
}

;// CONCATENATED MODULE: ./lib/core/validate/yaml.js


/** A YAML file's syntax error (or broken encoding) as a finding at its line and column, or null. */
async function checkYaml(doc) {
    const decoded = (0,json/* decodeUtf8 */._6)(doc.bytes);
    // Not `encoding`: that code is JSON's, which create refuses to back up.
    if (!decoded.ok)
        return {
            severity: 'error',
            code: 'yaml-syntax',
            file: doc.path,
            ...decoded.position,
            message: `invalid YAML: ${decoded.problem}`,
        };
    const parsed = await parseYaml(decoded.text);
    if (parsed.ok)
        return null;
    return {
        severity: 'error',
        code: 'yaml-syntax',
        file: doc.path,
        line: parsed.line,
        column: parsed.column,
        message: `invalid YAML: ${parsed.problem}`,
    };
}

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
    /** YAML is checked in `finish`, where its parser can be loaded without blocking. */
    yamlDocs = [];
    /** `paths`: every document that will be added (schemas are looked up among them). */
    constructor(paths, options = {}) {
        this.options = options;
        this.settings = options.settings ?? config_settings/* DEFAULT_SETTINGS */.a$;
        this.paths = new Set(paths);
    }
    /** Checks one document; returns its parsed value (undefined when it does not parse). */
    add(doc) {
        this.added.push(doc.path);
        // Only JSON is validated in depth; YAML for its syntax; Markdown and other files are kept as they are.
        const kind = (0,kinds/* kindOfPath */.Bs)(doc.path);
        if (kind === 'yaml')
            this.yamlDocs.push(doc);
        if (kind !== 'json')
            return undefined;
        const result = parseDocument(doc, this.diagnostics, this.settings.secretKeys);
        if (isSchemaFile(doc.path, this.settings))
            this.schemaBytes.set(doc.path, doc.bytes);
        // Only documents a later check reads are kept: holding every parsed tree to the end made
        // garbage collection cost as much as the parsing itself on a large tree.
        else if (result &&
            (ORCHESTRATION_FILES.has(result.path) || schemaPathFor(result, this.settings, (p) => this.schemaPaths.has(p))))
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
        const found = [
            await checkSchemas(this.configs, this.settings, readSchema, new Set(this.schemaPaths)),
            checkOrchestration(this.configs, { referenceKeys: this.settings.referenceKeys, agents: this.options.agents }),
        ];
        const diagnostics = [...this.diagnostics];
        for (const doc of this.yamlDocs) {
            const problem = await checkYaml(doc);
            if (problem)
                diagnostics.push(problem);
        }
        if (trusted)
            for (const diagnostic of await this.untrustedSchemaNotes(trusted))
                diagnostics.push(diagnostic);
        for (const list of found)
            for (const diagnostic of list)
                diagnostics.push(diagnostic);
        diagnostics.sort(types/* bySeverityThenPlace */.v);
        return (0,types/* summarize */.e)([...this.added].sort(), diagnostics);
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
    const scan = await (0,config_scan/* scanConfigDir */.j1)({ configDir: options.configDir, backupDir: options.backupDir, settings });
    const docs = [];
    const unreadable = [];
    for (const file of scan.files) {
        try {
            docs.push({ path: file.path, bytes: await (0,promises_.readFile)(file.absolutePath) });
        }
        catch (error) {
            unreadable.push({
                severity: 'error',
                code: 'unreadable',
                file: file.path,
                message: `cannot read: ${error.code ?? error}`,
            });
        }
    }
    const report = await validateDocuments(docs, {
        settings,
        readExtra: async (p) => (0,promises_.readFile)(external_node_path_.join(scan.root, p)).catch(() => undefined),
        agents: options.agents,
    });
    const skipped = scan.skipped
        .filter(config_scan/* isSkipProblem */.pw)
        .map((s) => ({ severity: 'warning', code: 'skipped', file: s.path, message: s.reason }));
    if (unreadable.length === 0 && skipped.length === 0)
        return report;
    return (0,types/* summarize */.e)([...report.files, ...unreadable.map((u) => u.file)].sort(), [...unreadable, ...report.diagnostics, ...skipped].sort(types/* bySeverityThenPlace */.v));
}


/***/ }),

/***/ 6567:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ summarize),
/* harmony export */   v: () => (/* binding */ bySeverityThenPlace)
/* harmony export */ });
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
const RANK = { error: 0, warning: 1, info: 2 };
/** The order diagnostics are shown in: errors first, then by file, line and column. */
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