import { realpathSync, statSync } from 'node:fs';
import { rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readTextIfExists } from '../util/fs.js';
import { shellQuote } from '../util/shell.js';
import { git, repoRoot } from '../config/git-tree.js';
import { DEFAULT_CONFIG_DIR } from '../config/discover.js';
import { HookConflictError } from '../../errors/index.js';
import { addHuskyToPrepare, removeHuskyFromPrepare } from './prepare-script.js';

/** Every line install writes ends with this, so uninstall removes exactly those lines. */
const MARKER = '# orch-backup';
const HUSKY_SETUP_MARKER = `${MARKER}: set up husky (core.hooksPath)`;
const PREPARE_MARKER = `${MARKER}: added "husky" to package.json prepare`;
const HUSKY_HOOKS_PATH = '.husky/_';
/** Earlier versions wrote this above a .gitignore entry; the store now ignores itself. */
const IGNORE_MARKER = `${MARKER}: its backups are not committed`;
/**
 * Runs the pre-commit hook that husky's core.hooksPath stops git from running, from wherever the
 * clone keeps it: no path of this machine goes into the committed file.
 */
const CHAIN_LINE = `h="$(git rev-parse --git-common-dir)/hooks/pre-commit"; [ ! -x "$h" ] || "$h" || exit $? ${MARKER}: runs .git/hooks/pre-commit, which core.hooksPath would skip`;

export interface HookInstallOptions {
  /** Any directory of the repository: paths are resolved from its top level. */
  cwd: string;
  /** Absolute path of the shipped `hooks/pre-commit`. */
  hookScript: string;
  /** Default: `<repository root>/.claude/orchestration`. */
  configDir?: string;
  /** Default: `<config dir>/.backups`. */
  backupDir?: string;
  /** Sets husky up in `root` (core.hooksPath and .husky/_); the edge runs husky's own code. */
  setUpHusky: (root: string) => Promise<void>;
}

export interface HookChangeReport {
  root: string;
  changes: string[];
  /** How the hook line finds the tool: the package in node_modules, or `orch-backup` on PATH. */
  runs?: 'node_modules' | 'path';
}

interface HookTarget {
  root: string;
  configDir: string;
  backupDir: string;
  hookScript: string;
}

export async function installHook(options: HookInstallOptions): Promise<HookChangeReport> {
  const root = await repoRoot(options.cwd);
  const configDir = options.configDir ?? path.join(root, DEFAULT_CONFIG_DIR);
  const target: HookTarget = {
    root,
    configDir,
    backupDir: options.backupDir ?? path.join(configDir, '.backups'),
    hookScript: options.hookScript,
  };
  const line = `${hookLine(target)} ${MARKER}`;

  // Another hooks directory is someone else's arrangement: husky's would silently replace it.
  const current = await hooksPath(root);
  if (current !== undefined && current !== HUSKY_HOOKS_PATH) throw new HookConflictError(current, line);

  const changes: string[] = [];
  const hookFile = path.join(root, '.husky', 'pre-commit');
  const existing = await readTextIfExists(hookFile);
  const lines = existing === undefined ? [] : existing.replace(/\n$/, '').split('\n');

  if (current === undefined) {
    const ownHook = await gitHookFile(root);
    await options.setUpHusky(root);
    lines.unshift(HUSKY_SETUP_MARKER);
    changes.push(`set up husky: core.hooksPath = ${HUSKY_HOOKS_PATH}`);
    if (ownHook && !lines.includes(CHAIN_LINE)) {
      lines.splice(1, 0, CHAIN_LINE);
      changes.push(`${path.relative(root, ownHook)} keeps running: .husky/pre-commit calls it first`);
    }
  }
  if (await addHuskyToPrepare(root)) {
    lines.unshift(PREPARE_MARKER);
    changes.push('added "husky || true" to the prepare script in package.json (npm ci --omit=dev has no husky)');
  }
  // An earlier version's line for the same directories: the script alone, without the fast path,
  // or behind it without saying so (the script then checked again).
  const scriptAlone = lines.indexOf(`${hookCommand(target)} ${MARKER}`);
  const checkedTwice = lines.indexOf(`${hookLine(target, 'previous')} ${MARKER}`);
  if (scriptAlone !== -1) {
    lines[scriptAlone] = line;
    changes.push(
      'updated the line in .husky/pre-commit: commits staging no config no longer start a shell for the hook script',
    );
  } else if (checkedTwice !== -1 && lines[checkedTwice] !== line) {
    lines[checkedTwice] = line;
    changes.push(
      'updated the line in .husky/pre-commit: the hook script no longer repeats its check for staged configs',
    );
  } else if (!lines.some((l) => l.endsWith(MARKER) && (l.startsWith('sh ') || l.startsWith('git diff ')))) {
    lines.push(line);
    changes.push(`${existing === undefined ? 'created' : 'added a line to'} .husky/pre-commit`);
  }
  if (changes.length > 0) await writeFile(hookFile, `${lines.join('\n')}\n`, { mode: 0o755 });
  return { root, changes, runs: installedCopy(root, options.hookScript) ? 'node_modules' : 'path' };
}

export async function uninstallHook(options: Pick<HookInstallOptions, 'cwd'>): Promise<HookChangeReport> {
  const root = await repoRoot(options.cwd);
  const changes: string[] = [];
  const hookFile = path.join(root, '.husky', 'pre-commit');
  const text = await readTextIfExists(hookFile);
  if (text !== undefined && text.includes(MARKER)) {
    const lines = text.replace(/\n$/, '').split('\n');
    const kept = lines.filter((l) => !l.includes(MARKER));
    if (lines.includes(PREPARE_MARKER) && (await removeHuskyFromPrepare(root)))
      changes.push('removed "husky" from the prepare script in package.json');
    if (kept.every((l) => l.trim() === '')) {
      await rm(hookFile);
      changes.push('removed .husky/pre-commit');
    } else {
      await writeFile(hookFile, `${kept.join('\n')}\n`);
      changes.push('removed the orch-backup line from .husky/pre-commit');
    }
    if (lines.includes(HUSKY_SETUP_MARKER)) {
      await git(root, ['config', '--unset', 'core.hooksPath']).catch(() => undefined);
      await rm(path.join(root, HUSKY_HOOKS_PATH), { recursive: true, force: true });
      await rmdir(path.join(root, '.husky')).catch(() => undefined);
      changes.push('removed the husky setup install made (core.hooksPath, .husky/_); git runs .git/hooks again');
    }
  }
  const gitignore = path.join(root, '.gitignore');
  const ignore = await readTextIfExists(gitignore);
  if (ignore?.includes(IGNORE_MARKER)) {
    const lines = ignore.split('\n');
    const at = lines.indexOf(IGNORE_MARKER);
    const kept = lines.filter((_, i) => i !== at && i !== at + 1);
    if (kept.join('').trim() === '') await rm(gitignore);
    else await writeFile(gitignore, kept.join('\n'));
    changes.push(
      'removed the backup dir line an earlier version added to .gitignore (the store has its own .gitignore)',
    );
  }
  return { root, changes };
}

/**
 * The directories the hook watches, relative to the repo root; undefined where they are the
 * defaults, which the script then takes from ORCH_BACKUP_CONFIG_DIR / ORCH_BACKUP_DIR.
 */
function hookDirs(target: HookTarget): { config?: string; backup?: string } {
  const configRel = relative(target.root, target.configDir);
  const backupRel = relative(target.root, target.backupDir);
  return {
    ...(configRel !== DEFAULT_CONFIG_DIR ? { config: configRel } : {}),
    ...(backupRel !== `${configRel}/.backups` ? { backup: backupRel } : {}),
  };
}

/**
 * How the committed line finds the tool. With the package in the repository's node_modules:
 * its hook script, by a path relative to the root. Otherwise (no package.json, a global install,
 * npx): `orch-backup` on PATH, never the path of the installing machine's copy.
 */
function hookCommand(target: HookTarget): string {
  const { config, backup } = hookDirs(target);
  const local = installedCopy(target.root, target.hookScript);
  if (local) {
    const args = [`sh ${shellQuote(relative(target.root, local))}`];
    if (config !== undefined) args.push(`--config-dir ${shellQuote(config)}`);
    if (backup !== undefined) args.push(`--backup-dir ${shellQuote(backup)}`);
    return args.join(' ');
  }
  const args = ['orch-backup'];
  if (config !== undefined) args.push(`--config-dir ${shellQuote(config)}`);
  if (backup !== undefined) args.push(`--backup-dir ${shellQuote(backup)}`);
  const missing = `echo 'orch-backup: not on PATH; install it (npm install -g orchestration-backup) or bypass with git commit --no-verify' >&2; exit 1`;
  return `{ command -v orch-backup >/dev/null || { ${missing}; }; ${args.join(' ')} hook run; }`;
}

/**
 * hookCommand behind the script's own fast path: most commits stage no config, and husky's shell
 * answers them with one `git diff` instead of starting another shell for the script. The script
 * repeats the check unless told it was made (`--staged`), so it stays right on its own and
 * behind lines earlier versions wrote. The same directories as the script: those given at
 * install, else the environment's, else the defaults.
 */
function hookLine(target: HookTarget, form: 'current' | 'previous' = 'current'): string {
  const { config, backup } = hookDirs(target);
  const paths = [
    config !== undefined ? shellQuote(config) : '"${ORCH_BACKUP_CONFIG_DIR:-.claude/orchestration}"',
    backup !== undefined ? shellQuote(backup) : '${ORCH_BACKUP_DIR:+"$ORCH_BACKUP_DIR"}',
  ];
  const staged = form === 'current' && installedCopy(target.root, target.hookScript) ? ' --staged' : '';
  return `git diff --cached --quiet -- ${paths.join(' ')} || ${hookCommand(target)}${staged}`;
}

/** `p` relative to the root, `/`-separated; `p` itself when outside the repository. */
function relative(root: string, p: string): string {
  const r = path.relative(root, p);
  return r.startsWith('..') || path.isAbsolute(r) ? p : r.split(path.sep).join('/');
}

/**
 * The package as the repository sees it (node_modules/orchestration-backup), when that is the
 * same file: Node reports the real path of a linked install, which is machine-specific.
 */
function installedCopy(root: string, hookScript: string): string | undefined {
  const candidate = path.join(root, 'node_modules', 'orchestration-backup', 'hooks', 'pre-commit');
  try {
    return realpathSync(candidate) === realpathSync(hookScript) ? candidate : undefined;
  } catch {
    return undefined;
  }
}

/** The clone's own `.git/hooks/pre-commit` when it would run today (executable). */
async function gitHookFile(root: string): Promise<string | undefined> {
  const common = (await git(root, ['rev-parse', '--git-common-dir'])).toString().trim();
  const file = path.resolve(root, common, 'hooks', 'pre-commit');
  const info = statSync(file, { throwIfNoEntry: false });
  return info?.isFile() && (info.mode & 0o111) !== 0 ? file : undefined;
}

async function hooksPath(root: string): Promise<string | undefined> {
  return git(root, ['config', '--get', 'core.hooksPath']).then(
    (out) => out.toString().trim(),
    () => undefined,
  );
}
