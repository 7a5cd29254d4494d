import { realpathSync } from 'node:fs';
import { readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { git, repoRoot } from '../config/git-tree.js';
import { errnoOf } from '../../errors/index.js';

/** Every line install writes ends with this, so uninstall removes exactly those lines. */
export const MARKER = '# orch-backup';
const HUSKY_SETUP_MARKER = `${MARKER}: set up husky (core.hooksPath)`;
const PREPARE_MARKER = `${MARKER}: added "husky" to package.json prepare`;
const HUSKY_HOOKS_PATH = '.husky/_';
/** gitignore has no trailing comments, so the marker is a line of its own, just above the entry. */
const IGNORE_MARKER = `${MARKER}: its backups are not committed`;

export interface HookInstallOptions {
  cwd: string;
  /** Absolute path of the shipped `hooks/pre-commit`. */
  hookScript: string;
  configDir: string;
  backupDir: string;
  /** Sets husky up in `root` (core.hooksPath and .husky/_); the edge runs husky's own code. */
  setUpHusky: (root: string) => Promise<void>;
}

export interface HookChangeReport {
  root: string;
  changes: string[];
}

export async function installHook(options: HookInstallOptions): Promise<HookChangeReport> {
  const root = await repoRoot(options.cwd);
  const changes: string[] = [];
  const hookFile = path.join(root, '.husky', 'pre-commit');
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
  } else if (!lines.some((l) => l.endsWith(MARKER) && (l.startsWith('sh ') || l.startsWith('git diff ')))) {
    lines.push(line);
    changes.push(`${existing === undefined ? 'created' : 'added a line to'} .husky/pre-commit`);
  }
  if (changes.length > 0) await writeFile(hookFile, `${lines.join('\n')}\n`, { mode: 0o755 });

  const ignoreLine = ignoreEntry(root, options.backupDir);
  const gitignore = path.join(root, '.gitignore');
  const text = (await readText(gitignore)) ?? '';
  if (ignoreLine && !text.includes(IGNORE_MARKER) && !(await isIgnored(root, ignoreLine))) {
    await writeFile(gitignore, `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${IGNORE_MARKER}\n${ignoreLine}\n`);
    changes.push(`added ${ignoreLine.trim()} to .gitignore`);
  }
  return { root, changes };
}

export async function uninstallHook(options: Pick<HookInstallOptions, 'cwd'>): Promise<HookChangeReport> {
  const root = await repoRoot(options.cwd);
  const changes: string[] = [];
  const hookFile = path.join(root, '.husky', 'pre-commit');
  const text = await readText(hookFile);
  if (text !== undefined && text.includes(MARKER)) {
    const lines = text.replace(/\n$/, '').split('\n');
    const kept = lines.filter((l) => !l.includes(MARKER));
    if (lines.includes(PREPARE_MARKER) && (await removeHuskyFromPrepare(root))) changes.push('removed "husky" from the prepare script in package.json');
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
      changes.push('removed the husky setup install made (core.hooksPath, .husky/_)');
    }
  }
  const gitignore = path.join(root, '.gitignore');
  const ignore = await readText(gitignore);
  if (ignore?.includes(IGNORE_MARKER)) {
    const lines = ignore.split('\n');
    const at = lines.indexOf(IGNORE_MARKER);
    const kept = lines.filter((_, i) => i !== at && i !== at + 1);
    if (kept.join('').trim() === '') await rm(gitignore);
    else await writeFile(gitignore, kept.join('\n'));
    changes.push('removed the backup dir from .gitignore');
  }
  return { root, changes };
}

/**
 * The directories the hook watches, relative to the repo root; undefined where install was given
 * the default, which the script then takes from ORCH_BACKUP_CONFIG_DIR / ORCH_BACKUP_DIR.
 */
function hookDirs(root: string, options: HookInstallOptions): { rel: (p: string) => string; config?: string; backup?: string } {
  const rel = (p: string): string => {
    const r = path.relative(root, p);
    return r.startsWith('..') || path.isAbsolute(r) ? p : r.split(path.sep).join('/');
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
function hookCommand(root: string, options: HookInstallOptions): string {
  const { rel, config, backup } = hookDirs(root, options);
  const args = [`sh ${quote(rel(installedCopy(root, options.hookScript) ?? options.hookScript))}`];
  if (config !== undefined) args.push(`--config-dir ${quote(config)}`);
  if (backup !== undefined) args.push(`--backup-dir ${quote(backup)}`);
  return args.join(' ');
}

/**
 * hookCommand behind the script's own fast path: most commits stage no config, and husky's shell
 * answers them with one `git diff` instead of starting another shell for the script (which
 * repeats the check, so it stays right on its own). The same directories as the script: those
 * given at install, else the environment's, else the defaults.
 */
function hookLine(root: string, options: HookInstallOptions): string {
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
function installedCopy(root: string, hookScript: string): string | undefined {
  const candidate = path.join(root, 'node_modules', 'orchestration-backup', 'hooks', 'pre-commit');
  try {
    return realpathSync(candidate) === realpathSync(hookScript) ? candidate : undefined;
  } catch {
    return undefined;
  }
}

function ignoreEntry(root: string, backupDir: string): string | undefined {
  const rel = path.relative(root, backupDir).split(path.sep).join('/');
  return rel.startsWith('..') || path.isAbsolute(rel) ? undefined : `/${rel}/`;
}

/** `entry` is the `/dir/` form: git needs the trailing slash to match directory-only patterns. */
async function isIgnored(root: string, entry: string): Promise<boolean> {
  return git(root, ['check-ignore', '-q', '--no-index', entry.slice(1)]).then(
    () => true,
    () => false,
  );
}

async function hooksPath(root: string): Promise<string | undefined> {
  return git(root, ['config', '--get', 'core.hooksPath']).then(
    (out) => out.toString().trim(),
    () => undefined,
  );
}

async function addHuskyToPrepare(root: string): Promise<boolean> {
  const file = path.join(root, 'package.json');
  const text = await readText(file);
  if (text === undefined) return false;
  const pkg = JSON.parse(text) as { scripts?: Record<string, string> };
  const prepare = pkg.scripts?.prepare;
  if (prepare && /\bhusky\b/.test(prepare)) return false;
  pkg.scripts = { ...pkg.scripts, prepare: prepare ? `${prepare} && husky` : 'husky' };
  await writeFile(file, `${JSON.stringify(pkg, null, /\t/.test(text) ? '\t' : 2)}\n`);
  return true;
}

async function removeHuskyFromPrepare(root: string): Promise<boolean> {
  const file = path.join(root, 'package.json');
  const text = await readText(file);
  if (text === undefined) return false;
  const pkg = JSON.parse(text) as { scripts?: Record<string, string> };
  const prepare = pkg.scripts?.prepare;
  if (!prepare || !pkg.scripts) return false;
  const rest = prepare.replace(/\s*&&\s*husky$/, '');
  if (prepare === 'husky') delete pkg.scripts.prepare;
  else if (rest !== prepare) pkg.scripts.prepare = rest;
  else return false;
  // install creates "scripts" when there was none; an empty one is what it leaves behind.
  if (Object.keys(pkg.scripts).length === 0) delete pkg.scripts;
  await writeFile(file, `${JSON.stringify(pkg, null, /\t/.test(text) ? '\t' : 2)}\n`);
  return true;
}

function quote(text: string): string {
  return /^[\w./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return undefined;
    throw error;
  }
}
