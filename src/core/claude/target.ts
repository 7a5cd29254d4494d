/**
 * Which Claude Code tool calls touch the config: the only part of the Claude Code hook that runs
 * on every Write, Edit and Bash call, so it imports node:fs and node:path and nothing else.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';

/** The hook payload fields this tool reads (Claude Code sends more). */
export interface HookPayload {
  session_id?: string;
  tool_use_id?: string;
  cwd?: string;
  hook_event_name?: string;
  tool_name?: string;
  tool_input?: { file_path?: unknown; notebook_path?: unknown; command?: unknown };
}

export type EditTarget =
  /** A file tool (Write, Edit, MultiEdit, NotebookEdit) on `file`, relative to the config dir. */
  | { kind: 'file'; tool: string; file: string }
  /** A Bash command that names the config dir. */
  | { kind: 'bash'; tool: string; command: string };

export interface TargetDirs {
  /** Absolute. */
  configDir: string;
  /** Absolute. */
  backupDir: string;
  /** Where relative paths in the payload are resolved (the session's cwd). */
  cwd: string;
  /** The project root, as Claude Code names it; a Bash command may name the config dir from there. */
  projectDir: string;
}

const FILE_TOOLS = new Set(['Write', 'Edit', 'MultiEdit', 'NotebookEdit']);

/** Parses the hook's stdin; undefined for anything that is not a JSON object. */
export function parsePayload(text: string): HookPayload | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as HookPayload) : undefined;
  } catch {
    return undefined;
  }
}

/** The config change a tool call would make (or made), or undefined when it touches no config. */
export function editTarget(payload: HookPayload, dirs: TargetDirs): EditTarget | undefined {
  const tool = payload.tool_name ?? '';
  const input = payload.tool_input ?? {};
  if (FILE_TOOLS.has(tool)) {
    const file =
      typeof input.file_path === 'string'
        ? input.file_path
        : typeof input.notebook_path === 'string'
          ? input.notebook_path
          : undefined;
    if (!file) return undefined;
    const config = realPath(dirs.configDir);
    const target = realPath(path.resolve(dirs.cwd, file));
    if (!isInside(target, config) || isInside(target, realPath(dirs.backupDir))) return undefined;
    return { kind: 'file', tool, file: path.relative(config, target).split(path.sep).join('/') };
  }
  if (tool === 'Bash' && typeof input.command === 'string') {
    return namesConfigDir(input.command, dirs) ? { kind: 'bash', tool, command: input.command } : undefined;
  }
  return undefined;
}

/**
 * A command names the config dir when it holds its path as seen from the project or the session
 * (relative or absolute, through symlinks or not), or runs inside it. Commands that only name
 * the backup dir (our own tool's `--backup-dir`) do not count.
 */
function namesConfigDir(command: string, dirs: TargetDirs): boolean {
  const config = dirs.configDir;
  const real = realPath(config);
  if (isInside(realPath(dirs.cwd), real)) return true;
  const spellings = new Set([config, real]);
  for (const base of [dirs.projectDir, dirs.cwd]) {
    const rel = path.relative(base, config);
    if (rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel)) {
      spellings.add(rel);
      spellings.add(`./${rel}`);
    }
  }
  return [...spellings].some((s) => command.includes(s));
}

/**
 * The real path of `p`, for a file that may not exist yet (Write creates it): the deepest
 * existing ancestor is resolved and the rest appended.
 */
function realPath(p: string): string {
  const rest: string[] = [];
  let at = path.resolve(p);
  for (;;) {
    try {
      return path.join(realpathSync(at), ...rest.reverse());
    } catch {
      const parent = path.dirname(at);
      if (parent === at) return path.resolve(p);
      rest.push(path.basename(at));
      at = parent;
    }
  }
}

function isInside(p: string, dir: string): boolean {
  const rel = path.relative(dir, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
