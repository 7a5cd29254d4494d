export const id = 867;
export const ids = [867];
export const modules = {

/***/ 8867:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hookInstallCommand: () => (/* binding */ hookInstallCommand),
  hookRunCommand: () => (/* binding */ hookRunCommand),
  hookUninstallCommand: () => (/* binding */ hookUninstallCommand)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
// EXTERNAL MODULE: ./lib/errors/index.js
var errors = __webpack_require__(8027);
;// CONCATENATED MODULE: ./lib/core/config/git-tree.js




class GitError extends errors/* OrchBackupError */.FY {
    args;
    stderr;
    code = 'GIT_FAILED';
    constructor(args, stderr) {
        super(`git ${args[0] ?? ''} failed: ${stderr.trim().split('\n')[0] || 'unknown error'}`);
        this.args = args;
        this.stderr = stderr;
    }
}
/** Runs git in `cwd`; the environment git gave the hook (GIT_INDEX_FILE for `commit <paths>`, GIT_DIR) is inherited. */
function git(cwd, args) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)('git', args, { cwd, encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024 }, (error, stdout, stderr) => {
            if (error)
                reject(new GitError(args, stderr.toString() || error.message));
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
        const r = external_node_path_.relative(root, p).split(external_node_path_.sep).join('/');
        return r.startsWith('..') || external_node_path_.isAbsolute(r) ? null : r;
    };
    const config = rel(configDir);
    if (config === null)
        throw new GitError(['rev-parse'], `the config dir ${configDir} is outside the repository ${root}`);
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
    const isIncluded = picomatch(scope.include, { dot: false });
    const isExcluded = scope.exclude.length ? picomatch(scope.exclude, { dot: true }) : () => false;
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
        const child = (0,external_node_child_process_.spawn)('git', ['cat-file', '--batch'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
        const chunks = [];
        let stderr = '';
        child.stdout.on('data', (c) => chunks.push(c));
        child.stderr.on('data', (c) => (stderr += c.toString()));
        child.on('error', reject);
        child.on('close', (code) => {
            if (code !== 0)
                return reject(new GitError(['cat-file'], stderr));
            const out = Buffer.concat(chunks);
            const blobs = [];
            let offset = 0;
            for (let i = 0; i < oids.length; i++) {
                const newline = out.indexOf(10, offset);
                const header = out.subarray(offset, newline).toString().split(' ');
                if (header[1] !== 'blob')
                    return reject(new GitError(['cat-file'], `object ${oids[i]} is ${header[1] ?? 'missing'}`));
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
//# sourceMappingURL=git-tree.js.map
;// CONCATENATED MODULE: ./lib/core/hook/install.js





/** Every line install writes ends with this, so uninstall removes exactly those lines. */
const MARKER = '# orch-backup';
const HUSKY_SETUP_MARKER = `${MARKER}: set up husky (core.hooksPath)`;
const PREPARE_MARKER = `${MARKER}: added "husky" to package.json prepare`;
const HUSKY_HOOKS_PATH = '.husky/_';
/** gitignore has no trailing comments, so the marker is a line of its own, just above the entry. */
const IGNORE_MARKER = `${MARKER}: its backups are not committed`;
async function installHook(options) {
    const root = await repoRoot(options.cwd);
    const changes = [];
    const hookFile = external_node_path_.join(root, '.husky', 'pre-commit');
    const existing = await readText(hookFile);
    const lines = existing === undefined ? [] : existing.replace(/\n$/, '').split('\n');
    if ((await hooksPath(root)) !== HUSKY_HOOKS_PATH) {
        await options.setUpHusky(root);
        lines.unshift(HUSKY_SETUP_MARKER);
        changes.push(`set up husky: core.hooksPath = ${HUSKY_HOOKS_PATH}`);
    }
    if (await addHuskyToPrepare(root)) {
        lines.unshift(PREPARE_MARKER);
        changes.push('added "husky" to the prepare script in package.json');
    }
    const line = `${hookLine(root, options)} ${MARKER}`;
    // An earlier version's line for the same directories: the script alone, without the fast path.
    const earlier = lines.indexOf(`${hookCommand(root, options)} ${MARKER}`);
    if (earlier !== -1) {
        lines[earlier] = line;
        changes.push('updated the line in .husky/pre-commit: commits staging no config no longer start a shell for the hook script');
    }
    else if (!lines.some((l) => l.endsWith(MARKER) && (l.startsWith('sh ') || l.startsWith('git diff ')))) {
        lines.push(line);
        changes.push(`${existing === undefined ? 'created' : 'added a line to'} .husky/pre-commit`);
    }
    if (changes.length > 0)
        await (0,promises_.writeFile)(hookFile, `${lines.join('\n')}\n`, { mode: 0o755 });
    const ignoreLine = ignoreEntry(root, options.backupDir);
    const gitignore = external_node_path_.join(root, '.gitignore');
    const text = (await readText(gitignore)) ?? '';
    if (ignoreLine && !text.includes(IGNORE_MARKER) && !(await isIgnored(root, ignoreLine))) {
        await (0,promises_.writeFile)(gitignore, `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${IGNORE_MARKER}\n${ignoreLine}\n`);
        changes.push(`added ${ignoreLine.trim()} to .gitignore`);
    }
    return { root, changes };
}
async function uninstallHook(options) {
    const root = await repoRoot(options.cwd);
    const changes = [];
    const hookFile = external_node_path_.join(root, '.husky', 'pre-commit');
    const text = await readText(hookFile);
    if (text !== undefined && text.includes(MARKER)) {
        const lines = text.replace(/\n$/, '').split('\n');
        const kept = lines.filter((l) => !l.includes(MARKER));
        if (lines.includes(PREPARE_MARKER) && (await removeHuskyFromPrepare(root)))
            changes.push('removed "husky" from the prepare script in package.json');
        if (kept.every((l) => l.trim() === '')) {
            await (0,promises_.rm)(hookFile);
            changes.push('removed .husky/pre-commit');
        }
        else {
            await (0,promises_.writeFile)(hookFile, `${kept.join('\n')}\n`);
            changes.push('removed the orch-backup line from .husky/pre-commit');
        }
        if (lines.includes(HUSKY_SETUP_MARKER)) {
            await git(root, ['config', '--unset', 'core.hooksPath']).catch(() => undefined);
            await (0,promises_.rm)(external_node_path_.join(root, HUSKY_HOOKS_PATH), { recursive: true, force: true });
            await (0,promises_.rmdir)(external_node_path_.join(root, '.husky')).catch(() => undefined);
            changes.push('removed the husky setup install made (core.hooksPath, .husky/_)');
        }
    }
    const gitignore = external_node_path_.join(root, '.gitignore');
    const ignore = await readText(gitignore);
    if (ignore?.includes(IGNORE_MARKER)) {
        const lines = ignore.split('\n');
        const at = lines.indexOf(IGNORE_MARKER);
        const kept = lines.filter((_, i) => i !== at && i !== at + 1);
        if (kept.join('').trim() === '')
            await (0,promises_.rm)(gitignore);
        else
            await (0,promises_.writeFile)(gitignore, kept.join('\n'));
        changes.push('removed the backup dir from .gitignore');
    }
    return { root, changes };
}
/**
 * The directories the hook watches, relative to the repo root; undefined where install was given
 * the default, which the script then takes from ORCH_BACKUP_CONFIG_DIR / ORCH_BACKUP_DIR.
 */
function hookDirs(root, options) {
    const rel = (p) => {
        const r = external_node_path_.relative(root, p);
        return r.startsWith('..') || external_node_path_.isAbsolute(r) ? p : r.split(external_node_path_.sep).join('/');
    };
    const configRel = rel(options.configDir);
    const backupRel = rel(options.backupDir);
    return {
        rel,
        ...(configRel !== '.claude/orchestration' ? { config: configRel } : {}),
        ...(backupRel !== `${configRel}/.backups` ? { backup: backupRel } : {}),
    };
}
/** `sh 'node_modules/orchestration-backup/hooks/pre-commit' --config-dir '…'` relative to the repo root. */
function hookCommand(root, options) {
    const { rel, config, backup } = hookDirs(root, options);
    const args = [`sh ${quote(rel(installedCopy(root, options.hookScript) ?? options.hookScript))}`];
    if (config !== undefined)
        args.push(`--config-dir ${quote(config)}`);
    if (backup !== undefined)
        args.push(`--backup-dir ${quote(backup)}`);
    return args.join(' ');
}
/**
 * hookCommand behind the script's own fast path: most commits stage no config, and husky's shell
 * answers them with one `git diff` instead of starting another shell for the script (which
 * repeats the check, so it stays right on its own). The same directories as the script: those
 * given at install, else the environment's, else the defaults.
 */
function hookLine(root, options) {
    const { config, backup } = hookDirs(root, options);
    const paths = [
        config !== undefined ? quote(config) : '"${ORCH_BACKUP_CONFIG_DIR:-.claude/orchestration}"',
        backup !== undefined ? quote(backup) : '${ORCH_BACKUP_DIR:+"$ORCH_BACKUP_DIR"}',
    ];
    return `git diff --cached --quiet -- ${paths.join(' ')} || ${hookCommand(root, options)}`;
}
/**
 * The package as the repository sees it (node_modules/orchestration-backup), when that is the
 * same file: Node reports the real path of a linked install, which is machine-specific.
 */
function installedCopy(root, hookScript) {
    const candidate = external_node_path_.join(root, 'node_modules', 'orchestration-backup', 'hooks', 'pre-commit');
    try {
        return (0,external_node_fs_.realpathSync)(candidate) === (0,external_node_fs_.realpathSync)(hookScript) ? candidate : undefined;
    }
    catch {
        return undefined;
    }
}
function ignoreEntry(root, backupDir) {
    const rel = external_node_path_.relative(root, backupDir).split(external_node_path_.sep).join('/');
    return rel.startsWith('..') || external_node_path_.isAbsolute(rel) ? undefined : `/${rel}/`;
}
/** `entry` is the `/dir/` form: git needs the trailing slash to match directory-only patterns. */
async function isIgnored(root, entry) {
    return git(root, ['check-ignore', '-q', '--no-index', entry.slice(1)]).then(() => true, () => false);
}
async function hooksPath(root) {
    return git(root, ['config', '--get', 'core.hooksPath']).then((out) => out.toString().trim(), () => undefined);
}
async function addHuskyToPrepare(root) {
    const file = external_node_path_.join(root, 'package.json');
    const text = await readText(file);
    if (text === undefined)
        return false;
    const pkg = JSON.parse(text);
    const prepare = pkg.scripts?.prepare;
    if (prepare && /\bhusky\b/.test(prepare))
        return false;
    pkg.scripts = { ...pkg.scripts, prepare: prepare ? `${prepare} && husky` : 'husky' };
    await (0,promises_.writeFile)(file, `${JSON.stringify(pkg, null, /\t/.test(text) ? '\t' : 2)}\n`);
    return true;
}
async function removeHuskyFromPrepare(root) {
    const file = external_node_path_.join(root, 'package.json');
    const text = await readText(file);
    if (text === undefined)
        return false;
    const pkg = JSON.parse(text);
    const prepare = pkg.scripts?.prepare;
    if (!prepare || !pkg.scripts)
        return false;
    const rest = prepare.replace(/\s*&&\s*husky$/, '');
    if (prepare === 'husky')
        delete pkg.scripts.prepare;
    else if (rest !== prepare)
        pkg.scripts.prepare = rest;
    else
        return false;
    // install creates "scripts" when there was none; an empty one is what it leaves behind.
    if (Object.keys(pkg.scripts).length === 0)
        delete pkg.scripts;
    await (0,promises_.writeFile)(file, `${JSON.stringify(pkg, null, /\t/.test(text) ? '\t' : 2)}\n`);
    return true;
}
function quote(text) {
    return /^[\w./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
async function readText(file) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if ((0,errors/* errnoOf */.UQ)(error) === 'ENOENT')
            return undefined;
        throw error;
    }
}
//# sourceMappingURL=install.js.map
// EXTERNAL MODULE: ./lib/core/create/create.js + 2 modules
var create = __webpack_require__(4666);
// EXTERNAL MODULE: ./lib/core/diff/index.js
var core_diff = __webpack_require__(3483);
// EXTERNAL MODULE: ./lib/core/validate/index.js + 4 modules
var validate = __webpack_require__(1472);
;// CONCATENATED MODULE: ./lib/core/hook/pre-commit.js




/**
 * What the pre-commit hook does once configs are staged: validate the staged content (read
 * from the index, so `git add -p` is honoured), then back up the state being replaced (the
 * configs in HEAD). It never stages, commits or deletes anything.
 */
async function preCommit(options) {
    const root = await repoRoot(options.cwd);
    const scope = scopeFor(root, options.configDir, options.backupDir, options.settings.include, options.settings.exclude);
    const watched = [scope.configDir === '' ? '.' : scope.configDir, ...(scope.backupDir ? [scope.backupDir] : [])];
    // Index against HEAD from two listings: cheaper than `git diff` plus listings, and a failing
    // ls-tree is how an unborn branch (first commit) shows.
    const [index, head] = await Promise.all([listEntries(root, watched, null), listEntries(root, watched, 'HEAD').catch(() => null)]);
    const staged = [...new Set([...index.keys(), ...(head?.keys() ?? [])])].filter((p) => index.get(p) !== head?.get(p)).sort();
    if (scope.backupDir) {
        const backups = staged.filter((p) => p === scope.backupDir || p.startsWith(`${scope.backupDir}/`));
        if (backups.length > 0)
            return { status: 'blocked', reason: 'backup-files-staged', paths: backups };
    }
    if (staged.length === 0)
        return { status: 'no-config-changes' };
    const [after = [], before = []] = await documentsOf(root, configEntries(index, scope), head ? configEntries(head, scope) : []);
    const validation = await (0,validate/* validateDocuments */.$)(after, { settings: options.settings });
    if (validation.summary.errors > 0)
        return { status: 'blocked', reason: 'invalid', staged, validation };
    if (!head) {
        return { status: 'passed', staged, validation, backup: { made: false, note: 'first commit: nothing to back up yet' } };
    }
    if (before.length === 0) {
        return { status: 'passed', staged, validation, backup: { made: false, note: 'HEAD has no config files: nothing to back up' } };
    }
    const diff = (0,core_diff/* diffSnapshots */.V1)(before, after, { fromLabel: 'HEAD', toLabel: 'staged', secretKeys: options.settings.secretKeys, patches: false });
    const { description, major } = describeCommit(diff, options.settings.hook);
    const tags = ['pre-commit', ...(major.length > 0 ? ['major'] : [])];
    const result = await (0,create/* createBackup */.d)({
        configDir: options.configDir,
        backupDir: options.backupDir,
        settings: options.settings,
        lockTimeoutMs: options.lockTimeoutMs,
        documents: before,
        trigger: 'pre-commit',
        tags,
        description,
        allowInvalid: true,
        skipIfStored: true,
        ...(options.faults ? { faults: options.faults } : {}),
    });
    const backup = result.created
        ? { made: true, name: result.name, note: `safety backup ${result.name}`, description, tags }
        : { made: false, note: `HEAD's configs are already backed up as ${result.unchangedSince}` };
    return { status: 'passed', staged, validation, backup };
}
/**
 * "before commit: teams.json: +1 team; version 1.1.0 → 1.2.0", and why the change is major:
 * version upgrades, removed entities or files, and bulk changes get the `major` tag so
 * retention can keep them longer.
 */
function describeCommit(diff, thresholds) {
    const changed = diff.files.filter((f) => f.status !== 'unchanged');
    const parts = changed.map((f) => `${f.path}: ${f.status === 'modified' ? (0,core_diff/* summarizeChanges */.Nf)(f) : f.status}`);
    const major = [];
    const versionChanged = diff.versions.from !== diff.versions.to || changed.some((f) => f.version.from !== f.version.to && f.status === 'modified');
    if (diff.versions.from !== diff.versions.to)
        parts.push(`version ${diff.versions.from ?? 'none'} → ${diff.versions.to ?? 'none'}`);
    if (versionChanged)
        major.push('version upgrade');
    const removedEntities = changed.flatMap((f) => f.changes).filter((c) => c.change === 'removed' && c.kind !== null).length;
    if (removedEntities > 0 || changed.some((f) => f.status === 'removed'))
        major.push('removals');
    const entityChanges = changed.flatMap((f) => f.changes).filter((c) => c.kind !== null && c.change !== 'value').length;
    if (changed.length >= thresholds.bulkFiles || entityChanges >= thresholds.bulkEntities)
        major.push('bulk change');
    const text = `before commit: ${parts.join('; ') || 'formatting only'}${major.length ? ` (major: ${major.join(', ')})` : ''}`;
    return { description: text.length > 300 ? `${text.slice(0, 299)}…` : text, major };
}
//# sourceMappingURL=pre-commit.js.map
// EXTERNAL MODULE: ./lib/render/format.js
var format = __webpack_require__(9109);
// EXTERNAL MODULE: ./lib/render/text.js
var render_text = __webpack_require__(2801);
;// CONCATENATED MODULE: ./lib/cli/hook-command.js








const BYPASS = 'bypass (not recommended): git commit --no-verify';
/** The husky hook's Node half; everything it says goes to stderr, where git shows hook output. */
async function hookRunCommand(opts, cwd, say) {
    try {
        const outcome = await preCommit({ cwd, configDir: opts.configDir, backupDir: opts.backupDir, settings: opts.settings, lockTimeoutMs: opts.lockTimeoutMs, faults: opts.faults });
        if (outcome.status === 'no-config-changes')
            return { human: '', json: outcome, exitCode: errors/* ExitCode */.yU.ok };
        if (outcome.status === 'blocked' && outcome.reason === 'backup-files-staged') {
            say(`orch-backup: commit blocked: backup files are staged (${outcome.paths.slice(0, 3).join(', ')}${outcome.paths.length > 3 ? ', …' : ''}); unstage them with: git restore --staged -- ${external_node_path_.relative(cwd, opts.backupDir) || '.'}; ${BYPASS}\n`);
            return { human: '', json: outcome, exitCode: errors/* ExitCode */.yU.failed };
        }
        const { validation } = outcome;
        const lines = validation.diagnostics.filter((d) => d.severity !== 'info').map((d) => `  ${d.severity === 'error' ? '❌' : '⚠️ '} ${(0,render_text/* location */.C5)(d)}  ${d.message}`);
        if (outcome.status === 'blocked') {
            say(`orch-backup: commit blocked: ${(0,format/* plural */.LS)(validation.summary.errors, 'error')} in the staged configs:\n${lines.join('\n')}\nFix them and stage again; ${BYPASS}\n`);
            return { human: '', json: outcome, exitCode: errors/* ExitCode */.yU.failed };
        }
        if (lines.length > 0)
            say(`orch-backup: ${(0,format/* plural */.LS)(validation.summary.warnings, 'warning')} in the staged configs (the commit goes on):\n${lines.join('\n')}\n`);
        const b = outcome.backup;
        say(b.made ? `orch-backup: 📦 safety backup ${b.name}${b.tags?.includes('major') ? ' [major]' : ''}: ${b.description}\n` : `orch-backup: ${b.note}\n`);
        return { human: '', json: outcome, exitCode: errors/* ExitCode */.yU.ok };
    }
    catch (error) {
        // Fail closed: a hook that cannot make its safety backup must not let the commit through silently.
        if (error instanceof errors/* OrchBackupError */.FY) {
            say(`orch-backup: commit blocked: the pre-commit safety backup failed: ${error.message}; ${BYPASS}\n`);
            return { human: '', json: { error: error.toJSON() }, exitCode: errors/* ExitCode */.yU.failed };
        }
        throw error;
    }
}
async function hookInstallCommand(opts, cwd) {
    const report = await installHook({
        cwd,
        hookScript: (0,external_node_url_.fileURLToPath)(new URL("../../hooks/pre-commit", String(import.meta.url))),
        configDir: opts.configDir,
        backupDir: opts.backupDir,
        setUpHusky: runHusky,
    });
    const human = report.changes.length
        ? `🪝 orch-backup pre-commit hook installed in ${report.root}:\n${report.changes.map((c) => `  - ${c}`).join('\n')}\n`
        : `🪝 orch-backup pre-commit hook already installed in ${report.root}; nothing changed.\n`;
    return { human, json: report, exitCode: errors/* ExitCode */.yU.ok };
}
async function hookUninstallCommand(_opts, cwd) {
    const report = await uninstallHook({ cwd });
    const human = report.changes.length ? `orch-backup pre-commit hook removed:\n${report.changes.map((c) => `  - ${c}`).join('\n')}\n` : 'orch-backup pre-commit hook was not installed; nothing changed.\n';
    return { human, json: report, exitCode: errors/* ExitCode */.yU.ok };
}
/** Runs husky's own setup (its bin, in the repo root) rather than imitating it. */
function runHusky(root) {
    const huskyBin = (0,external_node_url_.fileURLToPath)(new URL('./bin.js', import.meta.resolve('husky')));
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(process.execPath, [huskyBin], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        child.stdout.on('data', (d) => (out += d.toString()));
        child.stderr.on('data', (d) => (out += d.toString()));
        child.on('error', reject);
        child.on('close', (code) => (code === 0 && out.trim() === '' ? resolve() : reject(new Error(`husky setup failed: ${out.trim() || `exit ${code}`}`))));
    });
}
//# sourceMappingURL=hook-command.js.map

/***/ }),

/***/ 3483:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nf: () => (/* reexport safe */ _summary_js__WEBPACK_IMPORTED_MODULE_6__.N),
/* harmony export */   Nq: () => (/* reexport safe */ _redact_js__WEBPACK_IMPORTED_MODULE_4__.Nq),
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
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5450);









//# sourceMappingURL=index.js.map

/***/ }),

/***/ 2801:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ location),
/* harmony export */   Cu: () => (/* binding */ renderVerify),
/* harmony export */   Y$: () => (/* binding */ renderShow),
/* harmony export */   dI: () => (/* binding */ renderCreate),
/* harmony export */   kQ: () => (/* binding */ renderValidation),
/* harmony export */   pI: () => (/* binding */ renderList)
/* harmony export */ });
/* unused harmony export describeRetention */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9109);

function renderCreate(result, ctx) {
    const { colors: c } = ctx;
    const m = result.manifest;
    if (!result.created) {
        return [
            (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .heading */ .R_)('Configuration Backup Skipped'),
            `✅ Nothing changed since ${c.bold(result.unchangedSince)} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatAge */ .nV)(new Date(m.createdAt), ctx.now)}): no new backup was made.`,
            '',
        ].join('\n');
    }
    const lines = [
        (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .heading */ .R_)('Configuration Backup Created'),
        `📦 Backup: ${c.bold(result.name)}`,
        `📁 Location: ${ctx.displayPath(result.path)}/`,
        '',
        'Files Backed Up:',
        ...m.files.map((f) => `  ✅ ${f.path} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSize */ .Xq)(f.size)})`),
        ...result.skipped.map((s) => `  ${c.yellow('⚠️')}  ${s.path} skipped: ${s.reason}`),
        '',
        'Manifest:',
        `  - Total Size: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSize */ .Xq)(m.totalSize)}`,
        `  - Files: ${m.files.length}`,
        `  - Version: ${m.configVersion ?? 'none'}`,
        `  - Checksum: ${m.checksum.replace(/^sha256:/, '').slice(0, 8)}...`,
    ];
    if (m.compression === 'gzip')
        lines.push(`  - Compressed: gzip (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSize */ .Xq)(m.storedSize)} on disk)`);
    if (m.description)
        lines.push(`  - Description: ${m.description}`);
    if (m.tags.length > 0)
        lines.push(`  - Tags: ${m.tags.join(', ')}`);
    lines.push('', validationLine(result.validation, ctx), '', c.green('✅ Backup completed successfully!'), '');
    return lines.join('\n');
}
function validationLine(report, ctx) {
    const { errors, warnings } = report.summary;
    if (errors > 0)
        return `📋 Validation: ${ctx.colors.red(`❌ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(errors, 'error')}`)}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(warnings, 'warning')} (run: orch-backup validate)`;
    if (warnings > 0)
        return `📋 Validation: ${ctx.colors.yellow(`⚠️ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(warnings, 'warning')}`)} (run: orch-backup validate)`;
    return '📋 Validation: All configurations valid';
}
function renderList(result, retention, ctx) {
    const { colors: c } = ctx;
    // The seed's underline is one character longer than the title; kept so scripts matching it still work.
    const lines = ['Available Configuration Backups', '='.repeat(32), ''];
    if (result.backups.length === 0)
        lines.push('No backups yet. Create one with: orch-backup create -m "why"');
    else
        lines.push('Recent Backups:');
    result.backups.forEach((b, i) => {
        const version = b.configVersion ? ` | v${b.configVersion.replace(/^v/, '')}` : '';
        lines.push(`  ${i + 1}. ${c.bold(b.name)} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatAge */ .nV)(new Date(b.createdAt), ctx.now)})`);
        lines.push(`     Created: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatTime */ .fU)(b.createdAt)} | Trigger: ${b.trigger}${b.tags.length ? ` | Tags: ${b.tags.join(', ')}` : ''}`);
        lines.push(`     Size: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSize */ .Xq)(b.totalSize)} | Files: ${b.fileCount}${version}${b.compressed ? ' | compressed' : ''}`);
        if (b.description)
            lines.push(`     Description: ${b.description}`);
        if (b.comparison) {
            const verdict = b.comparison.compatible ? c.green('✅ compatible') : c.yellow(`⚠️ ${b.comparison.reasons.join('; ')}`);
            lines.push(`     Restore: ${verdict} | vs current: ${b.comparison.summary}`);
        }
        lines.push('');
    });
    if (result.damaged.length > 0) {
        lines.push(c.red('Damaged Backups (not restorable; run orch-backup verify for details):'));
        for (const d of result.damaged)
            lines.push(`  ❌ ${d.name}: ${d.problems[0] ?? 'unknown problem'}`);
        lines.push('');
    }
    lines.push(`Storage: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSize */ .Xq)(result.storage.bytes)} used (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(result.storage.backups, 'backup')})`);
    lines.push(`Retention: ${describeRetention(retention)}`);
    return `${lines.join('\n')}\n`;
}
/** "Keeping last 10 + all within 7d + weekly for 1m + monthly for 1y" */
function describeRetention(policy) {
    const parts = [];
    const count = (n, word) => {
        if (n !== undefined && n !== 0)
            parts.push(`${n === -1 ? 'all' : `last ${n}`} ${word}`.trim());
    };
    count(policy.last, '');
    count(policy.hourly, 'hourly');
    count(policy.daily, 'daily');
    count(policy.weekly, 'weekly');
    count(policy.monthly, 'monthly');
    count(policy.yearly, 'yearly');
    if (policy.within)
        parts.push(`all within ${policy.within}`);
    const windows = [
        [policy.withinHourly, 'hourly'],
        [policy.withinDaily, 'daily'],
        [policy.withinWeekly, 'weekly'],
        [policy.withinMonthly, 'monthly'],
        [policy.withinYearly, 'yearly'],
    ];
    for (const [duration, word] of windows)
        if (duration)
            parts.push(`${word} for ${duration}`);
    for (const tags of policy.tags ?? [])
        parts.push(`tagged ${tags.join('+')}`);
    return parts.length > 0 ? `Keeping ${parts.join(' + ')}` : 'none configured';
}
function renderShow(loaded, ctx) {
    const m = loaded.manifest;
    const lines = [(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .heading */ .R_)(`Backup: ${loaded.name}`)];
    if (!m)
        return `${lines[0]}\n❌ ${loaded.problems.join('\n❌ ')}\n`;
    const field = (label, value) => `${`${label}:`.padEnd(13)}${value}`;
    lines.push(field('Created', `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatTime */ .fU)(m.createdAt)} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatAge */ .nV)(new Date(m.createdAt), ctx.now)})`), field('Description', m.description ?? '-'), field('Trigger', m.trigger), field('Tags', m.tags.length ? m.tags.join(', ') : '-'), field('Version', m.configVersion ?? 'none'), field('Size', `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSize */ .Xq)(m.totalSize)} in ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(m.files.length, 'file')}${m.compression === 'gzip' ? `, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSize */ .Xq)(m.storedSize)} stored (gzip)` : ''}`), field('Validation', m.validation ? `${m.validation.status} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(m.validation.errors, 'error')}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(m.validation.warnings, 'warning')})` : 'not recorded'), field('Tool', `${m.tool.name} ${m.tool.version}`), field('Checksum', m.checksum), field('Location', `${ctx.displayPath(loaded.dir)}/`), '', 'Files:');
    const width = Math.max(...m.files.map((f) => f.path.length));
    for (const f of m.files) {
        lines.push(`  ${f.path.padEnd(width)}  ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSize */ .Xq)(f.size).padStart(9)}  ${(f.version ? `v${f.version}` : '').padEnd(8)}  sha256:${f.sha256.slice(0, 12)}`);
    }
    for (const problem of loaded.problems)
        lines.push(ctx.colors.red(`❌ ${problem}`));
    return `${lines.join('\n')}\n`;
}
function renderVerify(results, ctx) {
    const { colors: c } = ctx;
    const lines = [(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .heading */ .R_)('Backup Verification'), ''];
    if (results.length === 0)
        lines.push('No backups to verify.');
    for (const r of results) {
        if (r.ok)
            lines.push(`  ✅ ${r.name}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(r.manifest?.files.length ?? 0, 'file')} OK`);
        else {
            lines.push(`  ${c.red('❌')} ${r.name}: damaged`);
            for (const p of r.problems)
                lines.push(`     - ${p.message}`);
        }
    }
    const damaged = results.filter((r) => !r.ok).length;
    lines.push('', damaged === 0 ? c.green(`✅ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(results.length, 'backup')} verified, all intact`) : c.red(`❌ ${damaged} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(results.length, 'backup')} damaged`));
    return `${lines.join('\n')}\n`;
}
function renderValidation(report, source, ctx) {
    const { colors: c } = ctx;
    const lines = [(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .heading */ .R_)('Configuration Validation'), `📁 ${source} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(report.files.length, 'file')})`, ''];
    const group = (severity, title) => {
        const items = report.diagnostics.filter((d) => d.severity === severity);
        if (items.length === 0)
            return;
        lines.push(`${title} (${items.length}):`);
        for (const d of items)
            lines.push(`  ${location(d)}  ${d.message}`);
        lines.push('');
    };
    group('error', c.red('❌ Errors'));
    group('warning', c.yellow('⚠️  Warnings'));
    group('info', 'ℹ️  Info');
    const { errors, warnings, info } = report.summary;
    lines.push(`Summary: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(errors, 'error')}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(warnings, 'warning')}, ${info} info`);
    const status = report.status === 'invalid' ? c.red('❌ INVALID') : report.status === 'needs-attention' ? c.yellow('⚠️ NEEDS ATTENTION') : c.green('✅ VALID');
    lines.push(`Overall Status: ${status}`);
    return `${lines.join('\n')}\n`;
}
function location(d) {
    if (!d.file)
        return '(config)';
    return d.line ? `${d.file}:${d.line}:${d.column ?? 1}` : d.file;
}
//# sourceMappingURL=text.js.map

/***/ })

};
