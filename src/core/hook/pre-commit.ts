import { createBackup } from '../create/create.js';
import { diffSnapshots, summarizeChanges, type DiffResult } from '../diff/index.js';
import { configEntries, documentsWith, listEntries, repoRoot, scopeFor, workTreeBlobs } from '../config/git-tree.js';
import { listingsFor, under, type StagedListings } from './prefetch.js';
import type { AgentDefinitionSet } from '../agents/types.js';
import { readAgentDefinitions } from '../agents/read-disk.js';
import type { FrontMatterMemo } from '../agents/front-matter.js';
import { agentEntries, agentSetOf, agentsDirInRepo, agentsDirLabel } from '../agents/read-git.js';
import { WORK_TREE } from '../judge/types.js';
import type { Faults } from '../util/faults.js';
import type { Settings } from '../config/settings.js';
import type { ValidationReport } from '../validate/index.js';
import { judgeChange } from '../judge/judge.js';
import type { Judgement } from '../judge/types.js';

export interface PreCommitOptions {
  /** Where git runs the hook: the top of the work tree. */
  cwd: string;
  /** The work tree's top level when the caller knows it already (saves starting git once). */
  root?: string;
  configDir: string;
  backupDir: string;
  settings: Settings;
  lockTimeoutMs: number;
  /** What git was asked while the hook loaded (see prefetch.ts); used when it covers what is needed. */
  prefetched?: StagedListings;
  /** Test-only crash injection, passed to the safety backup (`create:*` steps). */
  faults?: Faults;
}

interface SafetyBackup {
  made: boolean;
  /** Why no backup was needed, or the name of the one made. */
  note: string;
  name?: string;
  description?: string;
  tags?: string[];
}

export type PreCommitOutcome =
  | { status: 'no-config-changes' }
  | { status: 'blocked'; reason: 'backup-files-staged'; paths: string[] }
  | { status: 'blocked'; reason: 'invalid'; staged: string[]; validation: ValidationReport; judgement: Judgement }
  | { status: 'passed'; staged: string[]; validation: ValidationReport; judgement: Judgement; backup: SafetyBackup };

/**
 * What the pre-commit hook does once configs are staged: judge the staged content (read from
 * the index, so `git add -p` is honoured) against HEAD, refusing a commit that introduces an
 * error or breaks a reference (what HEAD already had never blocks), then back up the state
 * being replaced (the configs in HEAD). It never stages, commits or deletes anything.
 */
export async function preCommit(options: PreCommitOptions): Promise<PreCommitOutcome> {
  const root = options.root ?? (await repoRoot(options.cwd));
  const scope = scopeFor(root, options.configDir, options.backupDir, options.settings);
  const watched = [scope.configDir === '' ? '.' : scope.configDir, ...(scope.backupDir ? [scope.backupDir] : [])];
  const { agentsDir } = options.settings;
  const agentsInRepo = agentsDir === false ? null : agentsDirInRepo(root, options.configDir, agentsDir);
  // Index against HEAD from two listings (from the script: the index's, and HEAD's derived from
  // diff-index): cheaper than `git diff` plus listings; a HEAD that cannot be listed is how an
  // unborn branch (first commit) shows. The agents dir rides along in them.
  const listed = agentsInRepo === null ? watched : [...watched, agentsInRepo === '' ? '.' : agentsInRepo];
  const early = options.prefetched;
  const given = early ? listingsFor(early, listed) : undefined;
  const index = given?.index ?? (await listEntries(root, listed, null));
  const head = given ? given.head : await listEntries(root, listed, 'HEAD').catch(() => null);
  const staged = [...new Set([...index.keys(), ...(head?.keys() ?? [])])]
    .filter((p) => under(p, watched) && index.get(p) !== head?.get(p))
    .sort();
  const store = scope.backupDir;
  if (store) {
    const backups = staged.filter((p) => under(p, [store]));
    if (backups.length > 0) return { status: 'blocked', reason: 'backup-files-staged', paths: backups };
  }
  if (staged.length === 0) return { status: 'no-config-changes' };

  // Config files and agent files of both sides. The blobs that changed were read while the hook
  // loaded; the rest are the same on both sides and, unless edited since staging, in the work tree.
  const agentSides =
    agentsInRepo === null ? [] : [agentEntries(index, agentsInRepo), agentEntries(head ?? new Map(), agentsInRepo)];
  const sides = [
    configEntries(index, scope),
    head ? configEntries(head, scope) : [],
    ...agentSides.map((side) => side.files),
  ];
  // Blob ids name content, so what was read early is good whatever directories it was read for.
  const known = new Map(early?.blobs);
  const needed = new Set(sides.flat().map((e) => e.oid));
  const onDisk = workTreeBlobs(
    root,
    [...index].filter(([, oid]) => needed.has(oid)),
    new Set(known.keys()),
  );
  const [after = [], before = [], agentsAfter = [], agentsBefore = []] = documentsWith(
    root,
    new Map([...known, ...onDisk]),
    sides,
  );
  const diff = diffSnapshots(before, after, {
    fromLabel: 'HEAD',
    toLabel: 'staged',
    secretKeys: options.settings.secretKeys,
    patches: false,
  });
  const agents = await agentsOfBothSides(
    options,
    agentsInRepo === null ? null : { sides: agentSides, documents: [agentsAfter, agentsBefore] },
  );
  const judgement = await judgeChange(
    { label: 'HEAD', documents: before, exists: before.length > 0, ...agents.before },
    { label: 'staged', documents: after, exists: after.length > 0, ...agents.after },
    { settings: options.settings, diff },
  );
  const validation = judgement.reports.after;
  if (judgement.verdict === 'fail') return { status: 'blocked', reason: 'invalid', staged, validation, judgement };

  if (!head) {
    return {
      status: 'passed',
      staged,
      validation,
      judgement,
      backup: { made: false, note: 'first commit: nothing to back up yet' },
    };
  }
  if (before.length === 0) {
    return {
      status: 'passed',
      staged,
      validation,
      judgement,
      backup: { made: false, note: 'HEAD has no config files: nothing to back up' },
    };
  }
  const { description, major } = describeCommit(diff, options.settings.hook);
  const tags = ['pre-commit', ...(major.length > 0 ? ['major'] : [])];
  const result = await createBackup({
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
    // The manifest records what the hook just said of HEAD (agent files included), without
    // validating the same documents again; the orphan-pack sweep is left to `create` and `clean`.
    documentsValidation: judgement.reports.before,
    sweepPacks: false,
    ...(options.faults ? { faults: options.faults } : {}),
  });
  const backup: SafetyBackup = result.created
    ? { made: true, name: result.name, note: `safety backup ${result.name}`, description, tags }
    : { made: false, note: `HEAD's configs are already backed up as ${result.unchangedSince}` };
  return { status: 'passed', staged, validation, judgement, backup };
}

type SideAgents = { agents?: AgentDefinitionSet; agentsFrom?: string };

/**
 * The agent definition files of HEAD and of the index, as the commit records them (a commit that
 * deletes an agent file a team names is judged as breaking it). An agents dir outside the
 * repository (`inGit` null) is read from the disk for both sides; none when the setting is off.
 */
async function agentsOfBothSides(
  options: PreCommitOptions,
  inGit: { sides: AgentSide[]; documents: { path: string; bytes: Uint8Array }[][] } | null,
): Promise<{ before: SideAgents; after: SideAgents }> {
  const { agentsDir } = options.settings;
  if (agentsDir === false) return { before: {}, after: {} };
  if (inGit === null) {
    const agents = await readAgentDefinitions({ configDir: options.configDir, agentsDir });
    return agents
      ? { before: { agents, agentsFrom: WORK_TREE }, after: { agents, agentsFrom: WORK_TREE } }
      : { before: {}, after: {} };
  }
  const label = agentsDirLabel(options.configDir, agentsDir);
  const [staged, committed] = inGit.sides as [AgentSide, AgentSide];
  const memo: FrontMatterMemo = new Map();
  const after = await agentSetOf(label, staged, inGit.documents[0] ?? [], memo);
  // Most commits leave the agent files alone: the same files define the same agents.
  const before = sameFiles(staged, committed)
    ? after
    : await agentSetOf(label, committed, inGit.documents[1] ?? [], memo);
  return { before: { agents: before, agentsFrom: 'git HEAD' }, after: { agents: after, agentsFrom: 'git index' } };
}

type AgentSide = { exists: boolean; files: { path: string; oid: string }[] };

function sameFiles(a: AgentSide, b: AgentSide): boolean {
  return (
    a.exists === b.exists &&
    a.files.length === b.files.length &&
    a.files.every((f, i) => f.path === b.files[i]?.path && f.oid === b.files[i]?.oid)
  );
}

/**
 * "before commit: teams.json: +1 team; version 1.1.0 → 1.2.0", and why the change is major:
 * version upgrades, removed entities or files, and bulk changes get the `major` tag so
 * retention can keep them longer.
 */
function describeCommit(diff: DiffResult, thresholds: Settings['hook']): { description: string; major: string[] } {
  const changed = diff.files.filter((f) => f.status !== 'unchanged');
  const parts = changed.map((f) => `${f.path}: ${f.status === 'modified' ? summarizeChanges(f) : f.status}`);
  const major: string[] = [];
  const versionChanged =
    diff.versions.from !== diff.versions.to ||
    changed.some((f) => f.version.from !== f.version.to && f.status === 'modified');
  if (diff.versions.from !== diff.versions.to)
    parts.push(`version ${diff.versions.from ?? 'none'} → ${diff.versions.to ?? 'none'}`);
  if (versionChanged) major.push('version upgrade');
  const removedEntities = changed
    .flatMap((f) => f.changes)
    .filter((c) => c.change === 'removed' && c.kind !== null).length;
  if (removedEntities > 0 || changed.some((f) => f.status === 'removed')) major.push('removals');
  const entityChanges = changed.flatMap((f) => f.changes).filter((c) => c.kind !== null && c.change !== 'value').length;
  if (changed.length >= thresholds.bulkFiles || entityChanges >= thresholds.bulkEntities) major.push('bulk change');
  const text = `before commit: ${parts.join('; ') || 'formatting only'}${major.length ? ` (major: ${major.join(', ')})` : ''}`;
  return { description: text.length > 300 ? `${text.slice(0, 299)}…` : text, major };
}
