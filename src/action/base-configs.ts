import * as core from '@actions/core';
import { readAgentDefinitionsAt } from '../core/agents/read-git.js';
import type { AgentDefinitionSet } from '../core/agents/types.js';
import { git, readTreeDocuments, type ConfigScope } from '../core/config/git-tree.js';
import type { ConfigDocument } from '../core/validate/types.js';
import { OrchBackupError } from '../errors/index.js';
import { statusOf, type Octokit, type Repo } from './github.js';

/**
 * The configs as they are at a commit: from the local clone, fetching just that commit when
 * the checkout is shallow (actions/checkout's default), else through the contents API. Only
 * objects are read, nothing is checked out, so this is safe for a PR's head under
 * pull_request_target too.
 */
export async function configsAt(
  workspace: string,
  scope: ConfigScope,
  sha: string,
  octokit: Octokit,
  repo: Repo,
): Promise<ConfigDocument[]> {
  if (await hasCommit(workspace, sha)) return readTreeDocuments(workspace, scope, sha);
  try {
    await git(workspace, ['fetch', '--no-tags', '--depth=1', 'origin', sha]);
    if (await hasCommit(workspace, sha)) return readTreeDocuments(workspace, scope, sha);
  } catch (error) {
    core.info(`Could not fetch base commit ${sha} (${(error as Error).message}); reading it through the contents API`);
  }
  return configsFromApi(octokit, repo, scope, sha);
}

/**
 * The agent definition files recorded at a commit the clone holds (configsAt fetched it when it
 * could), so each side of a pull request is judged with its own agents: one that deletes an
 * agent file a team still names breaks that member. Undefined when the setting is off, the
 * directory lies outside the repository, or only the API could read the commit.
 */
export async function agentsAt(
  workspace: string,
  configDir: string,
  agentsDir: string | false,
  sha: string,
): Promise<AgentDefinitionSet | undefined> {
  if (agentsDir === false || !(await hasCommit(workspace, sha))) return undefined;
  return readAgentDefinitionsAt(workspace, { configDir, agentsDir, ref: sha });
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
