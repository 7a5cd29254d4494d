import path from 'node:path';
import { documentsOf, listEntries } from '../config/git-tree.js';
import { agentDefinitionsFrom, type FrontMatterMemo } from './front-matter.js';
import type { AgentDefinitionSet, AgentFileText } from './types.js';

/** `<agentsDir>` relative to the repository root, `/`-separated; null when it lies outside the repository. */
export function agentsDirInRepo(root: string, configDir: string, agentsDir: string): string | null {
  const rel = path.relative(root, path.resolve(configDir, agentsDir)).split(path.sep).join('/');
  return rel.startsWith('..') || path.isAbsolute(rel) ? null : rel;
}

/** The agents directory as findings name it: relative to the config dir, `/`-separated. */
export function agentsDirLabel(configDir: string, agentsDir: string): string {
  return path.relative(path.resolve(configDir), path.resolve(configDir, agentsDir)).split(path.sep).join('/') || '.';
}

/**
 * The agent definition files recorded under `<agentsDir>` in a commit (`ref`) or in the index
 * (`ref` null), read from git's objects: nothing is checked out. Only regular files count (git
 * records a symlink's target, not the file it points at). `exists: false` when git records no
 * file under the directory at that point.
 */
export async function readAgentDefinitionsAt(
  root: string,
  options: { configDir: string; agentsDir: string; ref: string | null; memo?: FrontMatterMemo },
): Promise<AgentDefinitionSet | undefined> {
  const inRepo = agentsDirInRepo(root, options.configDir, options.agentsDir);
  if (inRepo === null) return undefined;
  const [set] = await agentDefinitionsFromEntries(root, inRepo, agentsDirLabel(options.configDir, options.agentsDir), [await listEntries(root, [inRepo === '' ? '.' : inRepo], options.ref)], options.memo);
  return set;
}

/**
 * The definition files among each side's listed entries (repo path → blob id), all blobs read
 * through one `git cat-file`, each distinct front matter read once.
 */
export async function agentDefinitionsFromEntries(root: string, inRepo: string, label: string, sides: readonly ReadonlyMap<string, string>[], memo: FrontMatterMemo = new Map()): Promise<AgentDefinitionSet[]> {
  const prefix = inRepo === '' ? '' : `${inRepo}/`;
  const listed = sides.map((entries) => {
    const files: { path: string; oid: string }[] = [];
    let exists = false;
    for (const [repoPath, oid] of entries) {
      if (!repoPath.startsWith(prefix)) continue;
      exists = true;
      if (repoPath.toLowerCase().endsWith('.md')) files.push({ path: repoPath.slice(prefix.length), oid });
    }
    return { exists, files };
  });
  const docs = await documentsOf(root, ...listed.map((side) => side.files));
  const sets: AgentDefinitionSet[] = [];
  for (const [i, side] of listed.entries()) {
    if (!side.exists) sets.push({ dir: label, exists: false, definitions: [], problems: [] });
    else sets.push(await agentDefinitionsFrom(label, (docs[i] ?? []).map((d): AgentFileText => ({ path: d.path, text: Buffer.from(d.bytes).toString('utf8') })), memo));
  }
  return sets;
}
