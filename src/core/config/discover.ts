import { statSync } from 'node:fs';
import path from 'node:path';

/** Where the config lives in a project, relative to the directory the search finds. */
export const DEFAULT_CONFIG_DIR = '.claude/orchestration';

export interface ConfigSearch {
  /** The config dir found, or null. */
  found: string | null;
  /** What was looked for in each directory (DEFAULT_CONFIG_DIR). */
  lookedFor: string;
  /** The directories searched, `from` first. */
  searched: string[];
  /** Where the search stopped: the repository's top level, or the file system root outside git. */
  stoppedAt: { dir: string; kind: 'repository' | 'filesystem' };
}

/**
 * Finds the config the way git finds its repository: `<dir>/.claude/orchestration` in `from`, then
 * in each parent, up to the repository's top level (the first directory holding `.git`, a
 * directory or a worktree's file) or the file system root. No git process is started: every
 * command pays for this search.
 */
export function findConfigDir(from: string, lookedFor: string = DEFAULT_CONFIG_DIR): ConfigSearch {
  const searched: string[] = [];
  let dir = path.resolve(from);
  for (;;) {
    searched.push(dir);
    const candidate = path.join(dir, lookedFor);
    if (statSync(candidate, { throwIfNoEntry: false })?.isDirectory()) {
      return {
        found: candidate,
        lookedFor,
        searched,
        stoppedAt: { dir, kind: isRepositoryTop(dir) ? 'repository' : 'filesystem' },
      };
    }
    if (isRepositoryTop(dir)) return { found: null, lookedFor, searched, stoppedAt: { dir, kind: 'repository' } };
    const parent = path.dirname(dir);
    if (parent === dir) return { found: null, lookedFor, searched, stoppedAt: { dir, kind: 'filesystem' } };
    dir = parent;
  }
}

function isRepositoryTop(dir: string): boolean {
  return statSync(path.join(dir, '.git'), { throwIfNoEntry: false }) !== undefined;
}
