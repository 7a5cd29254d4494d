import type { Dirent } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { errnoOf } from '../../errors/index.js';
import { agentDefinitionsFrom, type FrontMatterMemo } from './front-matter.js';
import type { AgentDefinitionSet, AgentFileProblem, AgentFileText } from './types.js';

export interface ReadAgentsOptions {
  configDir: string;
  /** Relative to the config dir (or absolute); false: agent definition files are not checked. */
  agentsDir: string | false;
  /** Front matter already read in this run (the other side of a judgement). */
  memo?: FrontMatterMemo;
}

/**
 * Reads the agent definition files (`**\/*.md`) under the agents directory on disk. Undefined
 * when the setting turns them off; `exists: false` when there is no such directory.
 */
export async function readAgentDefinitions(options: ReadAgentsOptions): Promise<AgentDefinitionSet | undefined> {
  if (options.agentsDir === false) return undefined;
  const root = path.resolve(options.configDir, options.agentsDir);
  const dir = path.relative(path.resolve(options.configDir), root).split(path.sep).join('/') || '.';
  const isDir = await stat(root).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDir) return { dir, exists: false, definitions: [], problems: [] };
  const files: AgentFileText[] = [];
  const unreadable: AgentFileProblem[] = [];
  const cannotRead = (relative: string, error: unknown, what: string, consequence: string): void =>
    void unreadable.push({
      kind: 'unreadable',
      file: path.posix.join(dir, relative),
      message: `cannot read ${what} (${errnoOf(error) ?? String(error)}): ${consequence}`,
    });
  for (const relative of await listMarkdown(root, (folder, error) =>
    cannotRead(folder, error, 'this folder', 'the agent files in it were not checked'),
  )) {
    try {
      files.push({ path: relative, text: await readFile(path.join(root, relative), 'utf8') });
    } catch (error) {
      cannotRead(relative, error, 'this agent file', 'Claude Code cannot load it either');
    }
  }
  const set = await agentDefinitionsFrom(dir, files, options.memo);
  return { ...set, problems: [...unreadable, ...set.problems] };
}

/**
 * Every `.md` file below `root`, relative to it. A symlink counts when it points at a file;
 * symlinked directories are not entered, so a link cycle cannot make the walk endless.
 */
async function listMarkdown(root: string, unreadable: (relative: string, error: unknown) => void): Promise<string[]> {
  const found: string[] = [];
  const pending = [''];
  for (let relative = pending.pop(); relative !== undefined; relative = pending.pop()) {
    let entries: Dirent[];
    try {
      entries = await readdir(path.join(root, relative), { withFileTypes: true });
    } catch (error) {
      unreadable(relative, error);
      continue;
    }
    for (const entry of entries) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) pending.push(child);
      else if (!entry.name.toLowerCase().endsWith('.md')) continue;
      else if (entry.isFile()) found.push(child);
      else if (
        entry.isSymbolicLink() &&
        (await stat(path.join(root, child)).then(
          (s) => s.isFile(),
          () => false,
        ))
      )
        found.push(child);
    }
  }
  return found.sort();
}
