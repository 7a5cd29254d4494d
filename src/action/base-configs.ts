import * as core from '@actions/core';
import { agentEntries, agentSetOf, agentsDirInRepo, agentsDirLabel } from '../core/agents/read-git.js';
import type { AgentDefinitionSet } from '../core/agents/types.js';
import { configEntries, documentsOf, git, listEntries, type ConfigScope } from '../core/config/git-tree.js';
import type { ConfigDocument } from '../core/validate/types.js';
import { OrchBackupError } from '../errors/index.js';
import { statusOf, type Octokit, type Repo } from './github.js';

/** A commit's side of a comparison: its configs and, when git can give them, its agent definition files. */
export interface CommitConfigs {
  documents: ConfigDocument[];
  agents?: AgentDefinitionSet | undefined;
}

/**
 * The configs as they are at a commit: from the local clone, fetching just that commit when
 * the checkout is shallow (actions/checkout's default), else through the contents API. Only
 * objects are read, nothing is checked out, so this is safe for a PR's head under
 * pull_request_target too. With `agents`, the agent definition files recorded at the commit come
 * along from the same listing and `cat-file`, so each side of a pull request is judged with its
 * own agents (none when only the API could read the commit).
 */
export async function configsAt(
  workspace: string,
  scope: ConfigScope,
  sha: string,
  octokit: Octokit,
  repo: Repo,
  agents?: { configDir: string; agentsDir: string | false },
): Promise<CommitConfigs> {
  if (await inClone(workspace, sha)) return fromGit(workspace, scope, sha, agents);
  return { documents: await configsFromApi(octokit, repo, scope, sha) };
}

async function inClone(workspace: string, sha: string): Promise<boolean> {
  if (await hasCommit(workspace, sha)) return true;
  try {
    await git(workspace, ['fetch', '--no-tags', '--depth=1', 'origin', sha]);
    return await hasCommit(workspace, sha);
  } catch (error) {
    core.info(`Could not fetch base commit ${sha} (${(error as Error).message}); reading it through the contents API`);
    return false;
  }
}

async function fromGit(
  root: string,
  scope: ConfigScope,
  sha: string,
  agents: { configDir: string; agentsDir: string | false } | undefined,
): Promise<CommitConfigs> {
  const inRepo =
    agents && agents.agentsDir !== false ? agentsDirInRepo(root, agents.configDir, agents.agentsDir) : null;
  const listed = [scope.configDir === '' ? '.' : scope.configDir];
  if (inRepo !== null) listed.push(inRepo === '' ? '.' : inRepo);
  const entries = await listEntries(root, listed, sha);
  const agentSide = inRepo === null ? null : agentEntries(entries, inRepo);
  const [documents = [], agentDocs = []] = await documentsOf(
    root,
    configEntries(entries, scope),
    ...(agentSide ? [agentSide.files] : []),
  );
  if (!agents || agents.agentsDir === false || !agentSide) return { documents };
  const label = agentsDirLabel(agents.configDir, agents.agentsDir);
  return { documents, agents: await agentSetOf(label, agentSide, agentDocs) };
}

async function hasCommit(workspace: string, sha: string): Promise<boolean> {
  return git(workspace, ['cat-file', '-e', `${sha}^{commit}`]).then(
    () => true,
    () => false,
  );
}

/** Neither the clone nor the API can read the commit: "no configs there" would be a guess. */
class CommitUnreadableError extends OrchBackupError {
  readonly code = 'COMMIT_UNREADABLE';
}

async function configsFromApi(
  octokit: Octokit,
  repo: Repo,
  scope: ConfigScope,
  ref: string,
): Promise<ConfigDocument[]> {
  // A 404 below means "no such directory at this commit" only if the commit itself is readable.
  try {
    await octokit.rest.git.getCommit({ ...repo, commit_sha: ref });
  } catch (error) {
    const status = statusOf(error);
    if (status !== 404 && status !== 422) throw error;
    throw new CommitUnreadableError(
      `cannot read commit ${ref.slice(0, 12)}: it is not in the local clone, could not be fetched, and the API does not know it in ${repo.owner}/${repo.repo}. If actions/checkout uses \`path:\`, set working-directory (or config-dir) to that path`,
    );
  }
  const { leftOut } = scope;
  const docs: ConfigDocument[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = (await octokit.rest.repos.getContent({ ...repo, path: dir, ref })).data;
    } catch (error) {
      if (statusOf(error) === 404) return;
      throw error;
    }
    if (!Array.isArray(entries)) return;
    for (const entry of entries) {
      if (scope.backupDir && (entry.path === scope.backupDir || entry.path.startsWith(`${scope.backupDir}/`))) continue;
      const rel = scope.configDir === '' ? entry.path : entry.path.slice(scope.configDir.length + 1);
      if (entry.type === 'dir') await walk(entry.path);
      else if (entry.type === 'file' && leftOut(rel) === null) {
        const { data } = await octokit.rest.repos.getContent({ ...repo, path: entry.path, ref });
        if (!Array.isArray(data) && data.type === 'file' && 'content' in data)
          docs.push({ path: rel, bytes: Buffer.from(data.content, 'base64') });
      }
    }
  };
  await walk(scope.configDir === '' ? '' : scope.configDir);
  return docs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
