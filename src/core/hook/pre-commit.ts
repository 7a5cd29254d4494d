import { createBackup } from '../create/create.js';
import { diffSnapshots, summarizeChanges, type DiffResult } from '../diff/index.js';
import { configEntries, documentsOf, listEntries, repoRoot, scopeFor } from '../config/git-tree.js';
import type { AgentDefinitionSet } from '../agents/types.js';
import type { Faults } from '../util/faults.js';
import type { Settings } from '../config/settings.js';
import type { ValidationReport } from '../validate/index.js';
import { judgeChange } from '../judge/judge.js';
import type { Judgement } from '../judge/types.js';

export interface PreCommitOptions {
  /** Where git runs the hook: the top of the work tree. */
  cwd: string;
  configDir: string;
  backupDir: string;
  settings: Settings;
  lockTimeoutMs: number;
  /** Test-only crash injection, passed to the safety backup (`create:*` steps). */
  faults?: Faults;
  /** The agent definition files to check the staged configs against. */
  agents?: AgentDefinitionSet | undefined;
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
  const root = await repoRoot(options.cwd);
  const scope = scopeFor(root, options.configDir, options.backupDir, options.settings);
  const watched = [scope.configDir === '' ? '.' : scope.configDir, ...(scope.backupDir ? [scope.backupDir] : [])];
  // Index against HEAD from two listings: cheaper than `git diff` plus listings, and a failing
  // ls-tree is how an unborn branch (first commit) shows.
  const [index, head] = await Promise.all([listEntries(root, watched, null), listEntries(root, watched, 'HEAD').catch(() => null)]);
  const staged = [...new Set([...index.keys(), ...(head?.keys() ?? [])])].filter((p) => index.get(p) !== head?.get(p)).sort();
  if (scope.backupDir) {
    const backups = staged.filter((p) => p === scope.backupDir || p.startsWith(`${scope.backupDir}/`));
    if (backups.length > 0) return { status: 'blocked', reason: 'backup-files-staged', paths: backups };
  }
  if (staged.length === 0) return { status: 'no-config-changes' };

  const [after = [], before = []] = await documentsOf(root, configEntries(index, scope), head ? configEntries(head, scope) : []);
  const diff = diffSnapshots(before, after, { fromLabel: 'HEAD', toLabel: 'staged', secretKeys: options.settings.secretKeys, patches: false });
  // The agent definition files are read from the work tree for both sides: a commit that only
  // touches configs must not see agents appear or vanish because HEAD's files were not read.
  const agents = options.agents ? { agents: options.agents } : {};
  const judgement = await judgeChange({ label: 'HEAD', documents: before, exists: before.length > 0, ...agents }, { label: 'staged', documents: after, exists: after.length > 0, ...agents }, { settings: options.settings, diff });
  const validation = judgement.reports.after;
  if (judgement.verdict === 'fail') return { status: 'blocked', reason: 'invalid', staged, validation, judgement };

  if (!head) {
    return { status: 'passed', staged, validation, judgement, backup: { made: false, note: 'first commit: nothing to back up yet' } };
  }
  if (before.length === 0) {
    return { status: 'passed', staged, validation, judgement, backup: { made: false, note: 'HEAD has no config files: nothing to back up' } };
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
    ...(options.faults ? { faults: options.faults } : {}),
  });
  const backup: SafetyBackup = result.created
    ? { made: true, name: result.name, note: `safety backup ${result.name}`, description, tags }
    : { made: false, note: `HEAD's configs are already backed up as ${result.unchangedSince}` };
  return { status: 'passed', staged, validation, judgement, backup };
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
  const versionChanged = diff.versions.from !== diff.versions.to || changed.some((f) => f.version.from !== f.version.to && f.status === 'modified');
  if (diff.versions.from !== diff.versions.to) parts.push(`version ${diff.versions.from ?? 'none'} → ${diff.versions.to ?? 'none'}`);
  if (versionChanged) major.push('version upgrade');
  const removedEntities = changed.flatMap((f) => f.changes).filter((c) => c.change === 'removed' && c.kind !== null).length;
  if (removedEntities > 0 || changed.some((f) => f.status === 'removed')) major.push('removals');
  const entityChanges = changed.flatMap((f) => f.changes).filter((c) => c.kind !== null && c.change !== 'value').length;
  if (changed.length >= thresholds.bulkFiles || entityChanges >= thresholds.bulkEntities) major.push('bulk change');
  const text = `before commit: ${parts.join('; ') || 'formatting only'}${major.length ? ` (major: ${major.join(', ')})` : ''}`;
  return { description: text.length > 300 ? `${text.slice(0, 299)}…` : text, major };
}
