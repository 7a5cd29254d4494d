"use strict";
exports.id = 292;
exports.ids = [292];
exports.modules = {

/***/ 292:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fixCommandFor: () => (/* binding */ fixCommandFor),
  validateSinceCommand: () => (/* binding */ validateSinceCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/core/create/create.js + 2 modules
var create = __webpack_require__(4666);
// EXTERNAL MODULE: ./lib/core/util/fs.js
var fs = __webpack_require__(5637);
// EXTERNAL MODULE: ./lib/core/util/json.js
var json = __webpack_require__(3044);
// EXTERNAL MODULE: ./lib/errors/index.js + 5 modules
var errors = __webpack_require__(8378);
;// CONCATENATED MODULE: ./lib/core/judge/fix.js






/** What `--fix` would rewrite: the leftover references of every rename, and nothing else. */
function planFix(judgement, after) {
    const byFile = new Map();
    for (const rename of judgement.renames) {
        for (const r of rename.remaining) {
            const edits = byFile.get(r.file) ?? [];
            edits.push({
                pointer: r.pointer,
                line: r.line,
                column: r.column,
                offset: r.offset,
                length: r.length,
                from: rename.from,
                to: rename.to,
            });
            byFile.set(r.file, edits);
        }
    }
    const files = [];
    for (const [file, edits] of [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        edits.sort((a, b) => a.offset - b.offset);
        const doc = after.documents.find((d) => d.path === file);
        const decoded = doc ? (0,json/* decodeUtf8 */._6)(doc.bytes) : undefined;
        const text = decoded?.ok ? decoded.text : '';
        const patch = edits.flatMap((e) => [
            { op: 'test', path: e.pointer, value: e.from },
            { op: 'replace', path: e.pointer, value: e.to },
        ]);
        files.push({ file, edits, patch, lines: changedLines(text, edits) });
    }
    return { files, references: files.reduce((n, f) => n + f.edits.length, 0) };
}
/** Replaces exactly the edited string tokens; every other character stays as it was. */
function applyEdits(text, edits, file) {
    let out = '';
    let at = 0;
    for (const e of [...edits].sort((a, b) => a.offset - b.offset)) {
        const token = text.slice(e.offset, e.offset + e.length);
        let value;
        try {
            value = JSON.parse(token);
        }
        catch {
            value = undefined;
        }
        if (value !== e.from || e.offset < at)
            throw new errors/* FixConflictError */.ik(file, e.pointer);
        out += text.slice(at, e.offset) + JSON.stringify(e.to);
        at = e.offset + e.length;
    }
    return out + text.slice(at);
}
function changedLines(text, edits) {
    if (text === '')
        return [];
    const lines = [];
    const byLine = new Map();
    for (const e of edits)
        byLine.set(e.line, [...(byLine.get(e.line) ?? []), e]);
    for (const [line, onLine] of byLine) {
        const start = text.lastIndexOf('\n', onLine[0].offset - 1) + 1;
        const endAt = text.indexOf('\n', start);
        const end = endAt === -1 ? text.length : endAt;
        const before = text.slice(start, end).replace(/\r$/, '');
        const shifted = onLine.map((e) => ({ ...e, offset: e.offset - start }));
        lines.push({ line, before, after: applyEdits(before, shifted, '') });
    }
    return lines;
}
/**
 * Rewrites the planned references in the config dir: a verified safety backup first, then
 * every file's new text computed (and each token checked to still hold the old id) before any
 * file is written, each written to a temporary file and renamed over the old one.
 */
async function applyFix(plan, options) {
    const backup = await (0,create/* createBackup */.d)({
        configDir: options.configDir,
        backupDir: options.backupDir,
        settings: options.settings,
        lockTimeoutMs: options.lockTimeoutMs,
        trigger: 'pre-fix',
        namePrefix: 'backup-pre-fix',
        description: `before validate --fix: ${plan.references} leftover reference${plan.references === 1 ? '' : 's'} in ${plan.files.map((f) => f.file).join(', ')}`,
        tags: ['pre-fix'],
        allowInvalid: true,
        ...(options.faults ? { faults: options.faults } : {}),
    });
    const safetyBackup = backup.created ? backup.name : backup.unchangedSince;
    const writes = [];
    for (const f of plan.files) {
        const target = external_node_path_.join(options.configDir, f.file);
        const bytes = await (0,promises_.readFile)(target);
        const decoded = (0,json/* decodeUtf8 */._6)(bytes);
        if (!decoded.ok)
            throw new errors/* FixConflictError */.ik(f.file, f.edits[0].pointer);
        const text = applyEdits(decoded.text, f.edits, f.file);
        writes.push({
            target,
            bytes: Buffer.from(`${decoded.bom ? '\uFEFF' : ''}${text}`, 'utf8'),
            mode: (await (0,promises_.stat)(target)).mode & 0o7777,
        });
    }
    for (const w of writes)
        await writeAtomically(w.target, w.bytes, w.mode);
    return { safetyBackup, files: plan.files.map((f) => f.file) };
}
async function writeAtomically(target, bytes, mode) {
    const temporary = external_node_path_.join(external_node_path_.dirname(target), `.${external_node_path_.basename(target)}.orch-fix-${process.pid}`);
    try {
        await (0,fs/* writeNewFile */.S0)(temporary, bytes, mode);
        await (0,promises_.rename)(temporary, target);
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true });
        throw error;
    }
    await (0,fs/* fsyncDir */.t_)(external_node_path_.dirname(target));
}

// EXTERNAL MODULE: ./lib/core/judge/judge.js
var judge_judge = __webpack_require__(2916);
;// CONCATENATED MODULE: ./lib/core/judge/json.js
function findingJson(f) {
    return {
        severity: f.severity,
        code: f.code,
        message: f.message,
        file: f.file ?? null,
        line: f.line ?? null,
        column: f.column ?? null,
        pointer: f.pointer ?? null,
    };
}
/** The `--json` contract of `validate --since`: exactly these fields, absent values as null. */
function judgementJson(j) {
    return {
        since: j.since,
        verdict: j.verdict,
        new: j.new.map(findingJson),
        fixed: j.fixed.map(findingJson),
        existing: j.existing.map(findingJson),
        renames: j.renames.map((r) => ({
            kind: r.kind,
            from: r.from,
            to: r.to,
            file: r.file,
            remaining: r.remaining.map((x) => ({ file: x.file, line: x.line, column: x.column, pointer: x.pointer })),
        })),
        agentsFrom: j.agentsFrom,
    };
}

// EXTERNAL MODULE: ./lib/core/judge/point.js
var point = __webpack_require__(5801);
// EXTERNAL MODULE: ./lib/render/judge.js
var render_judge = __webpack_require__(7715);
// EXTERNAL MODULE: ./lib/render/verdict.js
var verdict = __webpack_require__(6265);
// EXTERNAL MODULE: ./lib/core/config/discover.js
var discover = __webpack_require__(1959);
// EXTERNAL MODULE: ./lib/cli/prompt.js
var cli_prompt = __webpack_require__(3550);
;// CONCATENATED MODULE: ./lib/cli/judge-command.js










/**
 * `validate --since REF`: the verdict on the change from REF (a backup, or a git revision) to
 * the config dir. With `--fix`, the references renames left behind are rewritten to the new ids
 * after a verified safety backup, and the change is judged again.
 */
async function validateSinceCommand(opts, cwd, flags, say) {
    if (flags.dryRun && !flags.fix)
        throw new errors/* UsageError */.eb('--dry-run goes with --fix (validate --since REF --fix --dry-run)');
    const settings = opts.settings;
    const since = await (0,point/* resolveSince */.hB)(flags.since, { cwd, configDir: opts.configDir, backupDir: opts.backupDir });
    const current = { kind: 'dir', configDir: opts.configDir, backupDir: opts.backupDir };
    // A git revision brings its own agent definition files; a backup holds none, so the work
    // tree's stand for it (--json says which: agentsFrom). Each front matter text is read once.
    const where = { configDir: opts.configDir, agentsDir: opts.settings.agentsDir, memo: new Map() };
    const beforeAgents = await (0,point/* readAgentsAt */.Cd)(since, where);
    const afterAgents = await (0,point/* readAgentsAt */.Cd)(current, where);
    const before = { ...(await (0,point/* readPoint */.DH)(since, settings)), ...beforeAgents };
    const judge = async () => (0,judge_judge/* judgeChange */.sx)(before, { ...(await (0,point/* readPoint */.DH)(current, settings)), ...afterAgents }, { settings, strict: flags.strict ?? false });
    const judgement = await judge();
    const compared = `${flags.since} → current in ${opts.render.displayPath(opts.configDir)}`;
    const command = fixCommandFor(opts, flags.since);
    const exitCode = (verdict) => (verdict === 'fail' ? errors/* ExitCode */.yU.failed : errors/* ExitCode */.yU.ok);
    const report = (j, fixing) => (0,render_judge/* renderJudgement */.a)(j, opts.render, { compared, fixCommand: fixing ? null : command });
    const json = (j) => ({ ...judgementJson(j), since: flags.since });
    if (!flags.fix)
        return { human: report(judgement, false), json: json(judgement), exitCode: exitCode(judgement.verdict) };
    const plan = planFix(judgement, await (0,point/* readPoint */.DH)(current, settings));
    const planText = (0,render_judge/* renderFixPlan */.Vh)(plan, opts.render, flags.dryRun ?? false);
    const planJson = plan.files.map((f) => ({ file: f.file, patch: f.patch, lines: f.lines }));
    if (plan.references === 0 || flags.dryRun) {
        return {
            human: report(judgement, true) + planText,
            json: { ...json(judgement), fix: { dryRun: flags.dryRun ?? false, safetyBackup: null, files: planJson } },
            exitCode: exitCode(judgement.verdict),
        };
    }
    if (!opts.yes) {
        if (!opts.interactive)
            throw new errors/* ConfirmationRequiredError */.ly('validate --fix');
        if (!opts.json)
            say(planText);
        if (!(await (0,cli_prompt/* confirm */.l)('Rewrite these references?'))) {
            return {
                human: 'Fix cancelled; nothing was changed.\n',
                json: { ...json(judgement), fix: { cancelled: true } },
                exitCode: errors/* ExitCode */.yU.usage,
            };
        }
    }
    const result = await applyFix(plan, {
        configDir: opts.configDir,
        backupDir: opts.backupDir,
        settings,
        lockTimeoutMs: opts.lockTimeoutMs,
        faults: opts.faults,
    });
    const after = await judge();
    return {
        human: (opts.yes ? planText : '') + (0,render_judge/* renderFixResult */.rF)(result) + report(after, false),
        json: { ...json(after), fix: { dryRun: false, safetyBackup: result.safetyBackup, files: planJson } },
        exitCode: exitCode(after.verdict),
    };
}
/** The fix command as this user would type it here: directories named only when not the defaults. */
function fixCommandFor(opts, since) {
    const configDir = opts.render.displayPath(opts.configDir);
    return (0,verdict/* fixCommand */.V2)(since, {
        ...(configDir === discover/* DEFAULT_CONFIG_DIR */.Z ? {} : { configDir }),
        ...(opts.backupDir === external_node_path_.join(opts.configDir, '.backups')
            ? {}
            : { backupDir: opts.render.displayPath(opts.backupDir) }),
    });
}


/***/ }),

/***/ 3550:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ confirm)
/* harmony export */ });
/** Asks a yes/no question on the terminal, defaulting to no; the prompt goes to stderr so stdout stays clean. */
async function confirm(question) {
    const { default: ask } = await __webpack_require__.e(/* import() */ 828).then(__webpack_require__.bind(__webpack_require__, 6828));
    return ask({
        message: question,
        default: false,
        theme: { prefix: '', style: { defaultAnswer: (text) => `[${text}]` } },
    }, { output: process.stderr });
}


/***/ }),

/***/ 8478:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ validateBackup),
/* harmony export */   m: () => (/* binding */ readBackupFiles)
/* harmony export */ });
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
async function validateBackup(backupDir, name, settings = _config_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_SETTINGS */ .a$) {
    const { files } = await readBackupFiles(backupDir, name);
    return (0,_validate_index_js__WEBPACK_IMPORTED_MODULE_3__/* .validateDocuments */ .$)(files, { settings });
}


/***/ }),

/***/ 5801:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cd: () => (/* binding */ readAgentsAt),
/* harmony export */   DH: () => (/* binding */ readPoint),
/* harmony export */   hB: () => (/* binding */ resolveSince)
/* harmony export */ });
/* harmony import */ var _inspect_backup_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8478);
/* harmony import */ var _config_snapshot_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(936);
/* harmony import */ var _config_git_tree_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2067);
/* harmony import */ var _store_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7288);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(202);
/* harmony import */ var _agents_read_disk_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8472);
/* harmony import */ var _agents_read_git_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2889);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8378);








/**
 * The agent definition files that go with a point. A git revision or the index has its own
 * `<agentsDir>`, read from git's objects (a change that deletes an agent file is judged as one).
 * A backup holds only the config dir, so for a backup, the live config or documents handed in,
 * the work tree's files stand in; so they do when `<agentsDir>` lies outside the repository.
 */
async function readAgentsAt(point, where) {
    if (where.agentsDir === false)
        return { agents: undefined, agentsFrom: undefined };
    if (point.kind === 'git') {
        const root = await (0,_config_git_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .repoRoot */ .jv)(point.cwd);
        const agents = await (0,_agents_read_git_js__WEBPACK_IMPORTED_MODULE_5__/* .readAgentDefinitionsAt */ .rd)(root, {
            configDir: point.configDir,
            agentsDir: where.agentsDir,
            ref: point.ref,
            ...(where.memo ? { memo: where.memo } : {}),
        });
        if (agents)
            return { agents, agentsFrom: point.ref === null ? 'git index' : `git ${point.ref}` };
    }
    const agents = await (0,_agents_read_disk_js__WEBPACK_IMPORTED_MODULE_4__/* .readAgentDefinitions */ .Y)({
        configDir: where.configDir,
        agentsDir: where.agentsDir,
        ...(where.memo ? { memo: where.memo } : {}),
    });
    return { agents, agentsFrom: _types_js__WEBPACK_IMPORTED_MODULE_7__/* .WORK_TREE */ .h };
}
function pointLabel(point) {
    switch (point.kind) {
        case 'dir':
            return 'current';
        case 'backup':
            return point.name;
        case 'git':
            return point.ref ?? 'staged';
        case 'documents':
            return point.label;
    }
}
async function readPoint(point, settings) {
    const label = pointLabel(point);
    switch (point.kind) {
        case 'dir':
            try {
                const snapshot = await (0,_config_snapshot_js__WEBPACK_IMPORTED_MODULE_1__/* .readSnapshot */ .RA)({ configDir: point.configDir, backupDir: point.backupDir, settings });
                return { label, documents: snapshot.files, exists: true };
            }
            catch (error) {
                if (error instanceof _errors_index_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigDirNotFoundError */ .D5)
                    return { label, documents: [], exists: false };
                throw error;
            }
        case 'backup':
            return { label, documents: (await (0,_inspect_backup_files_js__WEBPACK_IMPORTED_MODULE_0__/* .readBackupFiles */ .m)(point.backupDir, point.name)).files, exists: true };
        case 'git': {
            const root = await (0,_config_git_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .repoRoot */ .jv)(point.cwd);
            const scope = (0,_config_git_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .scopeFor */ .aN)(root, point.configDir, point.backupDir, settings);
            const documents = await (0,_config_git_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .readTreeDocuments */ .Xv)(root, scope, point.ref);
            return { label, documents, exists: documents.length > 0 };
        }
        case 'documents':
            return { label, documents: point.documents, exists: true };
    }
}
/**
 * What `--since REF` names: a backup when the store has one of that name, else (inside a git
 * work tree) a git revision, which is read from git's objects and never checked out.
 */
async function resolveSince(ref, where) {
    if ((await (0,_store_store_js__WEBPACK_IMPORTED_MODULE_3__/* .backupNames */ .pS)(where.backupDir).catch(() => [])).includes(ref))
        return { kind: 'backup', backupDir: where.backupDir, name: ref };
    // `--` cannot follow --verify; a ref starting with '-' would be read as an option.
    if (!ref.startsWith('-')) {
        const isRevision = await (0,_config_git_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(where.cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).then(() => true, () => false);
        if (isRevision)
            return { kind: 'git', cwd: where.cwd, configDir: where.configDir, backupDir: where.backupDir, ref };
    }
    const inGit = await (0,_config_git_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(where.cwd, ['rev-parse', '--is-inside-work-tree']).then((out) => out.toString().trim() === 'true', () => false);
    throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_6__/* .UnknownRevisionError */ .CZ(ref, inGit);
}


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ renderLeftovers),
/* harmony export */   Vh: () => (/* binding */ renderFixPlan),
/* harmony export */   a: () => (/* binding */ renderJudgement),
/* harmony export */   rF: () => (/* binding */ renderFixResult)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9109);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6265);


// Ids, keys and messages come from the documents: control characters must not reach the terminal.
function printable(text) {
    return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function where(f) {
    if (!f.file)
        return '(config)';
    return printable(f.line ? `${f.file}:${f.line}:${f.column ?? 1}` : f.file);
}
const SHOWN_PLACES = 3;
function renderJudgement(j, ctx, options) {
    const { colors: c } = ctx;
    const head = (0,_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .verdictHeadline */ .ge)(j);
    const color = head.icon === '❌' ? c.red : head.icon === '⚠️' ? c.yellow : c.green;
    const lines = [color(`${head.icon} ${head.text}`), `🔍 Compared: ${printable(options.compared)}`, ''];
    const icon = (f) => f.severity === 'error' ? c.red('❌') : f.severity === 'warning' ? c.yellow('⚠️ ') : 'ℹ️ ';
    const list = (title, items, mark) => {
        if (items.length === 0)
            return;
        lines.push(`${title} (${items.length}):`);
        for (const f of items)
            lines.push(`  ${mark(f)} ${where(f)}  ${printable(f.message)}`);
        lines.push('');
    };
    list('New problems', j.new, icon);
    const leftovers = (0,_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .renamesWithLeftovers */ .Ex)(j);
    const block = renderLeftovers(j.renames, options.fixCommand);
    if (block)
        lines.push(block);
    const clean = j.renames.length - leftovers.length;
    if (clean > 0)
        lines.push(`${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(clean, 'other rename')} left no reference behind.`, '');
    list('Fixed by this change', j.fixed, () => c.green('✅'));
    if (options.existing !== false)
        list('Already there before', j.existing, icon);
    lines.push(`Verdict: ${j.verdict === 'pass' ? c.green('PASS') : c.red('FAIL')}${j.strict ? ' (strict: new warnings fail too)' : ''}`);
    return `${lines.join('\n')}\n`;
}
/** "Renamed, with references left behind:" and one line per rename, then the fix command; '' when none. */
function renderLeftovers(renames, fixCommand) {
    const leftovers = renames.filter((r) => r.remaining.length > 0);
    if (leftovers.length === 0)
        return '';
    const lines = ['Renamed, with references left behind:'];
    for (const r of leftovers) {
        const places = r.remaining.slice(0, SHOWN_PLACES).map(where).join(', ');
        const more = r.remaining.length > SHOWN_PLACES ? `, +${r.remaining.length - SHOWN_PLACES} more` : '';
        lines.push(`  ${printable((0,_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .renameSentence */ .q1)(r))}: ${places}${more}`);
    }
    if (fixCommand)
        lines.push(`  Fix them all: ${printable(fixCommand)}`);
    return `${lines.join('\n')}\n`;
}
/** `--fix --dry-run`: the RFC 6902 patch per file and each line as it is and would be. */
function renderFixPlan(plan, ctx, dryRun) {
    const { colors: c } = ctx;
    if (plan.references === 0)
        return 'Nothing to fix: no rename left a reference behind.\n';
    const lines = [
        `🔧 ${dryRun ? 'Would rewrite' : 'Rewriting'} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(plan.references, 'leftover reference')} in ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(plan.files.length, 'file')}:`,
        '',
    ];
    for (const f of plan.files) {
        lines.push(`${printable(f.file)}:`);
        for (const l of f.lines) {
            lines.push(c.red(`  - ${String(l.line).padStart(4)} | ${printable(l.before)}`));
            lines.push(c.green(`  + ${String(l.line).padStart(4)} | ${printable(l.after)}`));
        }
        lines.push('', `  RFC 6902 patch for ${printable(f.file)}:`, ...JSON.stringify(f.patch, null, 2)
            .split('\n')
            .map((l) => `  ${printable(l)}`), '');
    }
    if (dryRun)
        lines.push('Dry run: nothing was changed.');
    return `${lines.join('\n')}\n`;
}
function renderFixResult(result) {
    return `🛟 Safety backup: ${printable(result.safetyBackup)}\n✍️  Rewrote ${result.files.map(printable).join(', ')}\n\n`;
}


/***/ })

};
;