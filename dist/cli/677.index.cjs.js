"use strict";
exports.id = 677;
exports.ids = [677];
exports.modules = {

/***/ 7677:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  claudeInstallCommand: () => (/* binding */ claudeInstallCommand),
  claudeUninstallCommand: () => (/* binding */ claudeUninstallCommand),
  parseScope: () => (/* binding */ parseScope)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/core/util/fs.js
var fs = __webpack_require__(5637);
// EXTERNAL MODULE: ./lib/core/util/shell.js
var shell = __webpack_require__(1942);
// EXTERNAL MODULE: ./lib/errors/index.js + 5 modules
var errors = __webpack_require__(8378);
;// CONCATENATED MODULE: ./lib/core/claude/slash-command.js
/**
 * The /config-backup slash command, as `claude install` writes it to .claude/commands/ and as
 * the plugin ships it (plugin/commands/config-backup.md holds the same text; a test keeps them
 * equal). It runs `orch-backup claude slash` with the user's arguments before the prompt is
 * sent (the `!` line), so Claude only shows the output; `allowed-tools` permits nothing else.
 */
const SLASH_COMMAND_MARKER = '<!-- orch-backup: /config-backup';
const SLASH_COMMAND = `---
description: Back up, list, compare, validate, restore or clean the orchestration config with orch-backup
argument-hint: [create|list|restore|diff|validate|clean] [backup-name]
allowed-tools: Bash(npx --no-install orch-backup claude slash:*)
---
${SLASH_COMMAND_MARKER} from orchestration-backup: \`orch-backup claude install\` writes it, \`orch-backup claude uninstall\` removes it -->

## Output of \`orch-backup $ARGUMENTS\`

!\`npx --no-install orch-backup claude slash $ARGUMENTS\`

Show the output above to the user as it is, in a code block, and nothing else: do not run any
other command, do not edit any file, and do not repeat the command with other arguments. A
restore or clean without \`--confirm\` only showed its plan; it is applied only when the user
runs \`/config-backup restore <backup-name> --confirm\` (or \`clean … --confirm\`) themselves.
`;

// EXTERNAL MODULE: ./lib/core/util/jsonc.js
var jsonc = __webpack_require__(9003);
;// CONCATENATED MODULE: ./lib/core/claude/settings-text.js
/**
 * Edits to a JSON settings file's text that touch only the bytes they add: a child is appended
 * after the last one (or inside an empty container) in the file's own indentation, and removing
 * it takes exactly those bytes away again, so install followed by uninstall gives the file back
 * byte for byte. (jsonc-parser's own `modify` re-formats the whole line around an insertion,
 * which rewrote users' one-line hook entries.)
 */

/** The indentation unit and line ending the file already uses (2 spaces, LF by default). */
function styleOf(text) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const indented = /\n([ \t]+)\S/.exec(text)?.[1];
    const unit = indented === undefined ? '  ' : indented.startsWith('\t') ? '\t' : ' '.repeat(Math.min(indented.length, 8));
    return { unit, eol };
}
/** Parses settings text; undefined when it is not a JSON object (with where it fails). */
function parseObject(text) {
    const errors = [];
    const root = (0,jsonc/* parseTree */.cZ)(text, errors, { allowTrailingComma: true, disallowComments: false });
    if (errors.length > 0 || !root)
        return { error: `not valid JSON at offset ${errors[0]?.offset ?? 0}` };
    if (root.type !== 'object')
        return { error: 'not a JSON object' };
    return { root };
}
function nodeAt(root, path) {
    return (0,jsonc/* findNodeAtLocation */.Wc)(root, path);
}
/** The text of `value` as a child at `depth` (1 = a top-level property). */
function childText(key, value, depth, style) {
    const indent = style.unit.repeat(depth);
    const json = JSON.stringify(value, null, style.unit).split('\n').join(`${style.eol}${indent}`);
    return `${indent}${key === undefined ? '' : `${JSON.stringify(key)}: `}${json}`;
}
/** Appends a property (objects, `key` given) or an element (arrays) to `container` at `depth`. */
function appendChild(text, container, key, value, depth, style) {
    const child = childText(key, value, depth, style);
    const last = container.children?.at(-1);
    if (last) {
        const end = last.offset + last.length;
        return `${text.slice(0, end)},${style.eol}${child}${text.slice(end)}`;
    }
    const open = container.offset + 1;
    return `${text.slice(0, open)}${style.eol}${child}${style.eol}${style.unit.repeat(depth - 1)}${text.slice(open)}`;
}
/** Removes `container`'s child at `index`: the exact inverse of appendChild for what it appended. */
function removeChild(text, container, index, depth, style) {
    const children = container.children ?? [];
    const child = children[index];
    if (!child)
        return text;
    const end = child.offset + child.length;
    const previous = children[index - 1];
    if (previous)
        return text.slice(0, previous.offset + previous.length) + text.slice(end);
    const next = children[index + 1];
    if (next)
        return text.slice(0, child.offset) + text.slice(next.offset);
    // The only child: take the line break and indentation appendChild put around it.
    const open = container.offset + 1;
    const closing = `${style.eol}${style.unit.repeat(depth - 1)}`;
    const tail = text.startsWith(closing, end) && /^\s*$/.test(text.slice(open, child.offset)) ? end + closing.length : end;
    return text.slice(0, open) + text.slice(tail);
}
/** Replaces a string value in place. */
function replaceValue(text, node, value) {
    return text.slice(0, node.offset) + JSON.stringify(value) + text.slice(node.offset + node.length);
}

;// CONCATENATED MODULE: ./lib/core/claude/install.js
/**
 * `orch-backup claude install / uninstall`: our PreToolUse and PostToolUse entries in a Claude
 * Code settings file, and the /config-backup slash command. Nothing else in the settings file
 * changes (see settings-text.ts), install is idempotent and uninstall gives back the bytes the
 * file had before install (removing it when install created it).
 */







/** Every command we write runs this bin; uninstall recognises our entries by it. */
const HOOK_BIN = 'orch-backup-claude-hook';
const HOOK_EVENTS = ['PreToolUse', 'PostToolUse'];
const HOOK_MATCHER = 'Write|Edit|MultiEdit|Bash';
/** Seconds; a backup waits up to the store's lock timeout (10 s by default). */
const HOOK_TIMEOUT = 60;
function settingsFileFor(projectDir, scope) {
    return external_node_path_.join(projectDir, '.claude', scope === 'local' ? 'settings.local.json' : 'settings.json');
}
function commandFileFor(projectDir) {
    return external_node_path_.join(projectDir, '.claude', 'commands', 'config-backup.md');
}
/**
 * The hook command, as Claude Code runs it with `sh -c`: the bin from the project's own
 * node_modules (no machine-specific path), or one line saying it is missing, exit 1 (a
 * non-blocking error Claude Code shows the user; the tool call goes on).
 */
function hookCommand(options, where = 'settings') {
    const rel = (p) => {
        const r = external_node_path_.relative(options.projectDir, p);
        return r.startsWith('..') || external_node_path_.isAbsolute(r) ? p : r.split(external_node_path_.sep).join('/');
    };
    const args = [];
    const config = rel(options.configDir);
    if (config !== '.claude/orchestration')
        args.push('--config-dir', (0,shell/* shellQuote */.Z)(config));
    const backup = rel(options.backupDir);
    if (backup !== `${config}/.backups`)
        args.push('--backup-dir', (0,shell/* shellQuote */.Z)(backup));
    const bin = `"\${CLAUDE_PROJECT_DIR:-.}/node_modules/.bin/${HOOK_BIN}"`;
    return [
        // A plugin is enabled for every project: it stays silent where there is no config to guard.
        ...(where === 'plugin'
            ? ['[ -d "${CLAUDE_PROJECT_DIR:-.}/${ORCH_BACKUP_CONFIG_DIR:-.claude/orchestration}" ] || exit 0']
            : []),
        `[ -x ${bin} ] || { echo "orch-backup: ${HOOK_BIN} is not installed in this project (npm install --save-dev orchestration-backup): config edits are neither backed up nor checked" >&2; exit 1; }`,
        `exec ${[bin, ...args].join(' ')}`,
    ].join('; ');
}
const isOurs = (command) => command.includes(`/${HOOK_BIN}`);
async function installClaude(options) {
    const settingsFile = settingsFileFor(options.projectDir, options.scope);
    const commandFile = commandFileFor(options.projectDir);
    const report = { settingsFile, commandFile, changes: [], notes: [] };
    const existing = await (0,fs/* readTextIfExists */.TP)(settingsFile);
    const original = existing ?? '{}\n';
    let text = original;
    const style = styleOf(text);
    const command = hookCommand(options);
    for (const event of HOOK_EVENTS) {
        const root = rootOf(text, settingsFile);
        const found = findOurs(root, event);
        if (found.length > 0) {
            const stale = found.find((f) => f.command.value !== command);
            if (stale) {
                text = replaceValue(text, stale.command, command);
                report.changes.push(`updated the ${event} hook command in ${external_node_path_.basename(settingsFile)}`);
            }
            continue;
        }
        const entry = { matcher: HOOK_MATCHER, hooks: [{ type: 'command', command, timeout: HOOK_TIMEOUT }] };
        const hooks = nodeAt(root, ['hooks']);
        if (!hooks)
            text = appendChild(text, root, 'hooks', { [event]: [entry] }, 1, style);
        else if (hooks.type !== 'object')
            throw new errors/* SettingsError */.GN(settingsFile, '"hooks" is not an object; fix it first');
        else {
            const list = nodeAt(hooks, [event]);
            if (!list)
                text = appendChild(text, hooks, event, [entry], 2, style);
            else if (list.type !== 'array')
                throw new errors/* SettingsError */.GN(settingsFile, `"hooks.${event}" is not an array; fix it first`);
            else
                text = appendChild(text, list, undefined, entry, 3, style);
        }
        report.changes.push(`added the ${event} hook (${HOOK_MATCHER}) to ${external_node_path_.basename(settingsFile)}`);
    }
    if (text !== original || existing === undefined) {
        await (0,promises_.mkdir)(external_node_path_.dirname(settingsFile), { recursive: true });
        await (0,promises_.writeFile)(settingsFile, text);
        if (existing === undefined)
            report.changes.unshift(`created ${external_node_path_.basename(settingsFile)}`);
    }
    const current = await (0,fs/* readTextIfExists */.TP)(commandFile);
    if (current === SLASH_COMMAND)
        return report;
    if (current !== undefined && !current.includes(SLASH_COMMAND_MARKER)) {
        report.notes.push(`${external_node_path_.relative(options.projectDir, commandFile)} exists and is not ours: left as it is (no /config-backup from orch-backup)`);
        return report;
    }
    await (0,promises_.mkdir)(external_node_path_.dirname(commandFile), { recursive: true });
    await (0,promises_.writeFile)(commandFile, SLASH_COMMAND);
    report.changes.push(`${current === undefined ? 'added' : 'updated'} the /config-backup slash command (${external_node_path_.relative(options.projectDir, commandFile)})`);
    return report;
}
async function uninstallClaude(options) {
    const settingsFile = settingsFileFor(options.projectDir, options.scope);
    const commandFile = commandFileFor(options.projectDir);
    const report = { settingsFile, commandFile, changes: [], notes: [] };
    const original = await (0,fs/* readTextIfExists */.TP)(settingsFile);
    if (original !== undefined) {
        let text = original;
        const style = styleOf(text);
        for (const event of HOOK_EVENTS) {
            let found = findOurs(rootOf(text, settingsFile), event);
            while (found[0]) {
                text = removeOurs(text, found[0], event, style, settingsFile);
                report.changes.push(`removed the ${event} hook from ${external_node_path_.basename(settingsFile)}`);
                found = findOurs(rootOf(text, settingsFile), event);
            }
        }
        if (text !== original) {
            const root = rootOf(text, settingsFile);
            // What install creates from nothing is `{}` plus our entries: that file goes again.
            if ((root.children ?? []).length === 0 && text.trim() === '{}') {
                await (0,promises_.rm)(settingsFile);
                report.changes.push(`removed ${external_node_path_.basename(settingsFile)} (it held nothing else)`);
            }
            else
                await (0,promises_.writeFile)(settingsFile, text);
        }
    }
    const current = await (0,fs/* readTextIfExists */.TP)(commandFile);
    if (current?.includes(SLASH_COMMAND_MARKER)) {
        await (0,promises_.rm)(commandFile);
        await (0,promises_.rmdir)(external_node_path_.dirname(commandFile)).catch(() => undefined); // only when empty
        report.changes.push('removed the /config-backup slash command');
    }
    await (0,promises_.rmdir)(external_node_path_.join(options.projectDir, '.claude')).catch(() => undefined); // only when empty
    return report;
}
function rootOf(text, file) {
    const parsed = parseObject(text);
    if ('error' in parsed)
        throw new errors/* SettingsError */.GN(file, `${parsed.error}; nothing was changed`);
    return parsed.root;
}
function findOurs(root, event) {
    const list = nodeAt(root, ['hooks', event]);
    if (list?.type !== 'array')
        return [];
    const found = [];
    (list.children ?? []).forEach((entry, e) => {
        const hooks = nodeAt(entry, ['hooks']);
        if (hooks?.type !== 'array')
            return;
        (hooks.children ?? []).forEach((hook, h) => {
            const command = nodeAt(hook, ['command']);
            if (command?.type === 'string' && isOurs(String(command.value)))
                found.push({ entry: e, hook: h, command });
        });
    });
    return found;
}
/** Removes one of our hooks, then each container that it leaves empty (which install made). */
function removeOurs(text, found, event, style, file) {
    let root = rootOf(text, file);
    const entry = nodeAt(root, ['hooks', event, found.entry]);
    const keys = (entry.children ?? []).map((p) => p.children?.[0]?.value);
    const hooks = nodeAt(entry, ['hooks']);
    if ((hooks.children ?? []).length > 1 || keys.some((k) => k !== 'matcher' && k !== 'hooks')) {
        return removeChild(text, hooks, found.hook, 5, style);
    }
    text = removeChild(text, nodeAt(root, ['hooks', event]), found.entry, 3, style);
    root = rootOf(text, file);
    const list = nodeAt(root, ['hooks', event]);
    if ((list.children ?? []).length > 0)
        return text;
    const hooksObject = nodeAt(root, ['hooks']);
    text = removeChild(text, hooksObject, propertyIndex(hooksObject, event), 2, style);
    root = rootOf(text, file);
    const after = nodeAt(root, ['hooks']);
    if ((after.children ?? []).length > 0)
        return text;
    return removeChild(text, root, propertyIndex(root, 'hooks'), 1, style);
}
function propertyIndex(object, key) {
    return (object.children ?? []).findIndex((p) => p.children?.[0]?.value === key);
}

;// CONCATENATED MODULE: ./lib/cli/claude-command.js



function parseScope(value) {
    if (value === undefined || value === 'project' || value === 'local')
        return value ?? 'project';
    throw new errors/* UsageError */.eb(`--scope must be "project" (.claude/settings.json, committed) or "local" (.claude/settings.local.json), got ${JSON.stringify(value)}`);
}
async function claudeInstallCommand(opts, cwd, flags) {
    const report = await installClaude({
        projectDir: cwd,
        scope: parseScope(flags.scope),
        configDir: opts.configDir,
        backupDir: opts.backupDir,
    });
    return { human: render(report, cwd, 'installed', 'already installed'), json: report, exitCode: errors/* ExitCode */.yU.ok };
}
async function claudeUninstallCommand(_opts, cwd, flags) {
    const report = await uninstallClaude({ projectDir: cwd, scope: parseScope(flags.scope) });
    return { human: render(report, cwd, 'removed', 'not installed'), json: report, exitCode: errors/* ExitCode */.yU.ok };
}
function render(report, cwd, done, nothing) {
    const where = external_node_path_.relative(cwd, report.settingsFile);
    const lines = report.changes.length
        ? [`🪝 orch-backup Claude Code hooks ${done} (${where}):`, ...report.changes.map((c) => `  - ${c}`)]
        : [`🪝 orch-backup Claude Code hooks ${nothing} (${where}); nothing changed.`];
    for (const note of report.notes)
        lines.push(`  ⚠️  ${note}`);
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 5637:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QY: () => (/* binding */ fsyncDirSync),
/* harmony export */   S0: () => (/* binding */ writeNewFile),
/* harmony export */   TP: () => (/* binding */ readTextIfExists),
/* harmony export */   dM: () => (/* binding */ removeTree),
/* harmony export */   rs: () => (/* binding */ writeNewFileSync),
/* harmony export */   sf: () => (/* binding */ mapLimit),
/* harmony export */   t_: () => (/* binding */ fsyncDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8378);



/** Flushes a directory entry table so a rename inside it survives power loss. */
async function fsyncDir(dir) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(dir, 'r');
        await handle.sync();
    }
    catch (error) {
        // Some file systems refuse fsync on directories; the data itself is already synced.
        if (!['EINVAL', 'EISDIR', 'EBADF', 'EPERM'].includes((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoOf */ .UQ)(error) ?? ''))
            throw error;
    }
    finally {
        await handle?.close();
    }
}
/**
 * `fsyncDir` without the thread pool: for the few fixed steps of a small write (create, the
 * hooks), where each asynchronous call's round trip cost more than the call itself.
 */
function fsyncDirSync(dir) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(dir, 'r');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
    }
    catch (error) {
        if (!['EINVAL', 'EISDIR', 'EBADF', 'EPERM'].includes((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoOf */ .UQ)(error) ?? ''))
            throw error;
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** `writeNewFile` without the thread pool, for small files (a manifest, the lock). */
function writeNewFileSync(path, data, mode = 0o644, durable = true) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'wx', mode);
    try {
        const bytes = typeof data === 'string' ? Buffer.from(data) : data;
        for (let done = 0; done < bytes.length;)
            done += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, bytes, done, bytes.length - done);
        if (durable)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Writes `data` to a new file (never an existing one), fsynced unless `durable` is false. */
async function writeNewFile(path, data, mode = 0o644, durable = true) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'wx', mode);
    try {
        await handle.writeFile(data);
        if (durable)
            await handle.sync();
    }
    finally {
        await handle.close();
    }
}
async function removeTree(path) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(path, { recursive: true, force: true, maxRetries: 2 });
}
/** Runs `fn` over `items` with at most `limit` calls in flight, keeping the input order. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    let failure;
    // After a failure no item starts, and the call settles only once none is in flight: a caller
    // cleaning up (removing a staging dir) never races work still writing into it.
    const worker = async () => {
        while (!failure && next < items.length) {
            const index = next++;
            try {
                results[index] = await fn(items[index], index);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    if (failure)
        throw failure.error;
    return results;
}
/** A text file's content, or undefined when there is no such file. */
async function readTextIfExists(file) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8');
    }
    catch (error) {
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoOf */ .UQ)(error) === 'ENOENT')
            return undefined;
        throw error;
    }
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



/***/ }),

/***/ 1942:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ shellQuote)
/* harmony export */ });
/** A word for the POSIX shell lines the installers write: quoted only when it has to be. */
function shellQuote(text) {
    return /^[\w./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}


/***/ })

};
;