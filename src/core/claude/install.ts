/**
 * `orch-backup claude install / uninstall`: our PreToolUse and PostToolUse entries in a Claude
 * Code settings file, and the /config-backup slash command. Nothing else in the settings file
 * changes (see settings-text.ts), install is idempotent and uninstall gives back the bytes the
 * file had before install (removing it when install created it).
 */
import { mkdir, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readTextIfExists } from '../util/fs.js';
import { shellQuote } from '../util/shell.js';
import { SettingsError } from '../../errors/index.js';
import { SLASH_COMMAND, SLASH_COMMAND_MARKER } from './slash-command.js';
import { appendChild, nodeAt, parseObject, removeChild, replaceValue, styleOf } from './settings-text.js';
import type { Node } from '../util/jsonc.js';

/** Every command we write runs this bin; uninstall recognises our entries by it. */
const HOOK_BIN = 'orch-backup-claude-hook';
const HOOK_EVENTS = ['PreToolUse', 'PostToolUse'] as const;
export const HOOK_MATCHER = 'Write|Edit|MultiEdit|Bash';
/** Seconds; a backup waits up to the store's lock timeout (10 s by default). */
export const HOOK_TIMEOUT = 60;

export type Scope = 'project' | 'local';

export interface ClaudeInstallOptions {
  /** The project root (where `.claude/` lives). */
  projectDir: string;
  scope: Scope;
  configDir: string;
  backupDir: string;
}

export interface ClaudeInstallReport {
  settingsFile: string;
  commandFile: string;
  changes: string[];
  /** Things left alone, with why (e.g. a slash command of the same name that is not ours). */
  notes: string[];
}

function settingsFileFor(projectDir: string, scope: Scope): string {
  return path.join(projectDir, '.claude', scope === 'local' ? 'settings.local.json' : 'settings.json');
}

function commandFileFor(projectDir: string): string {
  return path.join(projectDir, '.claude', 'commands', 'config-backup.md');
}

/**
 * The hook command, as Claude Code runs it with `sh -c`: the bin from the project's own
 * node_modules (no machine-specific path), or one line saying it is missing, exit 1 (a
 * non-blocking error Claude Code shows the user; the tool call goes on).
 */
export function hookCommand(
  options: Pick<ClaudeInstallOptions, 'projectDir' | 'configDir' | 'backupDir'>,
  where: 'settings' | 'plugin' = 'settings',
): string {
  const rel = (p: string): string => {
    const r = path.relative(options.projectDir, p);
    return r.startsWith('..') || path.isAbsolute(r) ? p : r.split(path.sep).join('/');
  };
  const args: string[] = [];
  const config = rel(options.configDir);
  if (config !== '.claude/orchestration') args.push('--config-dir', shellQuote(config));
  const backup = rel(options.backupDir);
  if (backup !== `${config}/.backups`) args.push('--backup-dir', shellQuote(backup));
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

const isOurs = (command: string): boolean => command.includes(`/${HOOK_BIN}`);

export async function installClaude(options: ClaudeInstallOptions): Promise<ClaudeInstallReport> {
  const settingsFile = settingsFileFor(options.projectDir, options.scope);
  const commandFile = commandFileFor(options.projectDir);
  const report: ClaudeInstallReport = { settingsFile, commandFile, changes: [], notes: [] };
  const existing = await readTextIfExists(settingsFile);
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
        report.changes.push(`updated the ${event} hook command in ${path.basename(settingsFile)}`);
      }
      continue;
    }
    const entry = { matcher: HOOK_MATCHER, hooks: [{ type: 'command', command, timeout: HOOK_TIMEOUT }] };
    const hooks = nodeAt(root, ['hooks']);
    if (!hooks) text = appendChild(text, root, 'hooks', { [event]: [entry] }, 1, style);
    else if (hooks.type !== 'object') throw new SettingsError(settingsFile, '"hooks" is not an object; fix it first');
    else {
      const list = nodeAt(hooks, [event]);
      if (!list) text = appendChild(text, hooks, event, [entry], 2, style);
      else if (list.type !== 'array')
        throw new SettingsError(settingsFile, `"hooks.${event}" is not an array; fix it first`);
      else text = appendChild(text, list, undefined, entry, 3, style);
    }
    report.changes.push(`added the ${event} hook (${HOOK_MATCHER}) to ${path.basename(settingsFile)}`);
  }
  if (text !== original || existing === undefined) {
    await mkdir(path.dirname(settingsFile), { recursive: true });
    await writeFile(settingsFile, text);
    if (existing === undefined) report.changes.unshift(`created ${path.basename(settingsFile)}`);
  }

  const current = await readTextIfExists(commandFile);
  if (current === SLASH_COMMAND) return report;
  if (current !== undefined && !current.includes(SLASH_COMMAND_MARKER)) {
    report.notes.push(
      `${path.relative(options.projectDir, commandFile)} exists and is not ours: left as it is (no /config-backup from orch-backup)`,
    );
    return report;
  }
  await mkdir(path.dirname(commandFile), { recursive: true });
  await writeFile(commandFile, SLASH_COMMAND);
  report.changes.push(
    `${current === undefined ? 'added' : 'updated'} the /config-backup slash command (${path.relative(options.projectDir, commandFile)})`,
  );
  return report;
}

export async function uninstallClaude(
  options: Pick<ClaudeInstallOptions, 'projectDir' | 'scope'>,
): Promise<ClaudeInstallReport> {
  const settingsFile = settingsFileFor(options.projectDir, options.scope);
  const commandFile = commandFileFor(options.projectDir);
  const report: ClaudeInstallReport = { settingsFile, commandFile, changes: [], notes: [] };
  const original = await readTextIfExists(settingsFile);
  if (original !== undefined) {
    let text = original;
    const style = styleOf(text);
    for (const event of HOOK_EVENTS) {
      let found = findOurs(rootOf(text, settingsFile), event);
      while (found[0]) {
        text = removeOurs(text, found[0], event, style, settingsFile);
        report.changes.push(`removed the ${event} hook from ${path.basename(settingsFile)}`);
        found = findOurs(rootOf(text, settingsFile), event);
      }
    }
    if (text !== original) {
      const root = rootOf(text, settingsFile);
      // What install creates from nothing is `{}` plus our entries: that file goes again.
      if ((root.children ?? []).length === 0 && text.trim() === '{}') {
        await rm(settingsFile);
        report.changes.push(`removed ${path.basename(settingsFile)} (it held nothing else)`);
      } else await writeFile(settingsFile, text);
    }
  }
  const current = await readTextIfExists(commandFile);
  if (current?.includes(SLASH_COMMAND_MARKER)) {
    await rm(commandFile);
    await rmdir(path.dirname(commandFile)).catch(() => undefined); // only when empty
    report.changes.push('removed the /config-backup slash command');
  }
  await rmdir(path.join(options.projectDir, '.claude')).catch(() => undefined); // only when empty
  return report;
}

interface FoundHook {
  entry: number;
  hook: number;
  command: Node;
}

function rootOf(text: string, file: string): Node {
  const parsed = parseObject(text);
  if ('error' in parsed) throw new SettingsError(file, `${parsed.error}; nothing was changed`);
  return parsed.root;
}

function findOurs(root: Node, event: string): FoundHook[] {
  const list = nodeAt(root, ['hooks', event]);
  if (list?.type !== 'array') return [];
  const found: FoundHook[] = [];
  (list.children ?? []).forEach((entry, e) => {
    const hooks = nodeAt(entry, ['hooks']);
    if (hooks?.type !== 'array') return;
    (hooks.children ?? []).forEach((hook, h) => {
      const command = nodeAt(hook, ['command']);
      if (command?.type === 'string' && isOurs(String(command.value))) found.push({ entry: e, hook: h, command });
    });
  });
  return found;
}

/** Removes one of our hooks, then each container that it leaves empty (which install made). */
function removeOurs(
  text: string,
  found: FoundHook,
  event: string,
  style: ReturnType<typeof styleOf>,
  file: string,
): string {
  let root = rootOf(text, file);
  const entry = nodeAt(root, ['hooks', event, found.entry]) as Node;
  const keys = (entry.children ?? []).map((p) => p.children?.[0]?.value);
  const hooks = nodeAt(entry, ['hooks']) as Node;
  if ((hooks.children ?? []).length > 1 || keys.some((k) => k !== 'matcher' && k !== 'hooks')) {
    return removeChild(text, hooks, found.hook, 5, style);
  }
  text = removeChild(text, nodeAt(root, ['hooks', event]) as Node, found.entry, 3, style);
  root = rootOf(text, file);
  const list = nodeAt(root, ['hooks', event]) as Node;
  if ((list.children ?? []).length > 0) return text;
  const hooksObject = nodeAt(root, ['hooks']) as Node;
  text = removeChild(text, hooksObject, propertyIndex(hooksObject, event), 2, style);
  root = rootOf(text, file);
  const after = nodeAt(root, ['hooks']) as Node;
  if ((after.children ?? []).length > 0) return text;
  return removeChild(text, root, propertyIndex(root, 'hooks'), 1, style);
}

function propertyIndex(object: Node, key: string): number {
  return (object.children ?? []).findIndex((p) => p.children?.[0]?.value === key);
}
