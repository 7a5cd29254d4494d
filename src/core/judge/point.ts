import { readBackupFiles } from '../inspect/backup-files.js';
import { readSnapshot } from '../config/snapshot.js';
import { git, readTreeDocuments, repoRoot, scopeFor } from '../config/git-tree.js';
import type { SelectionSettings } from '../config/select.js';
import { backupNames } from '../store/store.js';
import type { ConfigDocument } from '../validate/types.js';
import type { AgentDefinitionSet } from '../agents/types.js';
import { WORK_TREE } from './types.js';
import type { FrontMatterMemo } from '../agents/front-matter.js';
import { readAgentDefinitions } from '../agents/read-disk.js';
import { readAgentDefinitionsAt } from '../agents/read-git.js';
import { ConfigDirNotFoundError, UnknownRevisionError } from '../../errors/index.js';

/**
 * Where a version of the config can be read from. Every edge (CLI, hook, Action) only picks two
 * of these and hands them to `judgeChange`.
 */
export type ConfigPoint =
  | { kind: 'dir'; configDir: string; backupDir: string }
  /** A backup in the store, verified as it is read. */
  | { kind: 'backup'; backupDir: string; name: string }
  /** A commit (`ref`), or the index (`ref` null), read with git without touching the work tree. */
  | { kind: 'git'; cwd: string; configDir: string; backupDir: string; ref: string | null }
  /** Documents the caller already holds (an imported archive, a base fetched through an API). */
  | { kind: 'documents'; label: string; documents: ConfigDocument[] };

/** The config at a point: its documents, and whether the config existed there at all. */
export interface ConfigAt {
  label: string;
  documents: ConfigDocument[];
  /** False when the config dir (or the backup, or the tree path) is not there. */
  exists: boolean;
  /** The agent definition files that go with this point, when they can be read there. */
  agents?: AgentDefinitionSet | undefined;
  /** Where `agents` was read: "work tree", "git index" or "git <ref>" (what `--json` reports). */
  agentsFrom?: string | undefined;
}

/** The agent definition files of a point and where they were read from. */
export interface AgentsAt {
  agents: AgentDefinitionSet | undefined;
  /** Undefined when the `agentsDir` setting turns the files off. */
  agentsFrom: string | undefined;
}

/**
 * The agent definition files that go with a point. A git revision or the index has its own
 * `<agentsDir>`, read from git's objects (a change that deletes an agent file is judged as one).
 * A backup holds only the config dir, so for a backup, the live config or documents handed in,
 * the work tree's files stand in; so they do when `<agentsDir>` lies outside the repository.
 */
export async function readAgentsAt(
  point: ConfigPoint,
  where: { configDir: string; agentsDir: string | false; memo?: FrontMatterMemo },
): Promise<AgentsAt> {
  if (where.agentsDir === false) return { agents: undefined, agentsFrom: undefined };
  if (point.kind === 'git') {
    const root = await repoRoot(point.cwd);
    const agents = await readAgentDefinitionsAt(root, {
      configDir: point.configDir,
      agentsDir: where.agentsDir,
      ref: point.ref,
      ...(where.memo ? { memo: where.memo } : {}),
    });
    if (agents) return { agents, agentsFrom: point.ref === null ? 'git index' : `git ${point.ref}` };
  }
  const agents = await readAgentDefinitions({
    configDir: where.configDir,
    agentsDir: where.agentsDir,
    ...(where.memo ? { memo: where.memo } : {}),
  });
  return { agents, agentsFrom: WORK_TREE };
}

function pointLabel(point: ConfigPoint): string {
  switch (point.kind) {
    case 'dir':
      return 'current';
    case 'backup':
      return point.name;
    case 'git':
      return point.ref ?? 'staged';
    case 'documents':
      return point.label;
  }
}

export async function readPoint(point: ConfigPoint, settings: SelectionSettings): Promise<ConfigAt> {
  const label = pointLabel(point);
  switch (point.kind) {
    case 'dir':
      try {
        const snapshot = await readSnapshot({ configDir: point.configDir, backupDir: point.backupDir, settings });
        return { label, documents: snapshot.files, exists: true };
      } catch (error) {
        if (error instanceof ConfigDirNotFoundError) return { label, documents: [], exists: false };
        throw error;
      }
    case 'backup':
      return { label, documents: (await readBackupFiles(point.backupDir, point.name)).files, exists: true };
    case 'git': {
      const root = await repoRoot(point.cwd);
      const scope = scopeFor(root, point.configDir, point.backupDir, settings);
      const documents = await readTreeDocuments(root, scope, point.ref);
      return { label, documents, exists: documents.length > 0 };
    }
    case 'documents':
      return { label, documents: point.documents, exists: true };
  }
}

/**
 * What `--since REF` names: a backup when the store has one of that name, else (inside a git
 * work tree) a git revision, which is read from git's objects and never checked out.
 */
export async function resolveSince(
  ref: string,
  where: { cwd: string; configDir: string; backupDir: string },
): Promise<ConfigPoint> {
  if ((await backupNames(where.backupDir).catch(() => [] as string[])).includes(ref))
    return { kind: 'backup', backupDir: where.backupDir, name: ref };
  // `--` cannot follow --verify; a ref starting with '-' would be read as an option.
  if (!ref.startsWith('-')) {
    const isRevision = await git(where.cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).then(
      () => true,
      () => false,
    );
    if (isRevision) return { kind: 'git', cwd: where.cwd, configDir: where.configDir, backupDir: where.backupDir, ref };
  }
  const inGit = await git(where.cwd, ['rev-parse', '--is-inside-work-tree']).then(
    (out) => out.toString().trim() === 'true',
    () => false,
  );
  throw new UnknownRevisionError(ref, inGit);
}
