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
  const [set] = await agentDefinitionsFromEntries(
    root,
    inRepo,
    agentsDirLabel(options.configDir, options.agentsDir),
    [await listEntries(root, [inRepo === '' ? '.' : inRepo], options.ref)],
    options.memo,
  );
  return set;
}

/** The definition files among listed entries (repo path → blob id), and whether git records the directory at all. */
export function agentEntries(
  entries: ReadonlyMap<string, string>,
  inRepo: string,
): { exists: boolean; files: { path: string; oid: string }[] } {
  const prefix = inRepo === '' ? '' : `${inRepo}/`;
  const files: { path: string; oid: string }[] = [];
  let exists = false;
  for (const [repoPath, oid] of entries) {
    if (!repoPath.startsWith(prefix)) continue;
    exists = true;
    if (repoPath.toLowerCase().endsWith('.md')) files.push({ path: repoPath.slice(prefix.length), oid });
  }
  return { exists, files };
}

/** The agents one side defines, from its listed files and their blobs' content. */
export async function agentSetOf(
  label: string,
  side: { exists: boolean },
  documents: readonly { path: string; bytes: Uint8Array }[],
  memo?: FrontMatterMemo,
): Promise<AgentDefinitionSet> {
  if (!side.exists) return { dir: label, exists: false, definitions: [], problems: [] };
  return agentDefinitionsFrom(
    label,
    documents.map((d): AgentFileText => ({ path: d.path, text: Buffer.from(d.bytes).toString('utf8') })),
    memo,
  );
}

/** Each side's agents from its listed entries, all blobs read through one `git cat-file`, each distinct front matter read once. */
async function agentDefinitionsFromEntries(
  root: string,
  inRepo: string,
  label: string,
  sides: readonly ReadonlyMap<string, string>[],
  memo: FrontMatterMemo = new Map(),
): Promise<AgentDefinitionSet[]> {
  const listed = sides.map((entries) => agentEntries(entries, inRepo));
  const docs = await documentsOf(root, ...listed.map((side) => side.files));
  const sets: AgentDefinitionSet[] = [];
  for (const [i, side] of listed.entries()) sets.push(await agentSetOf(label, side, docs[i] ?? [], memo));
  return sets;
}
