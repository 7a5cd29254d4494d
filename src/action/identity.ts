import * as core from '@actions/core';
import { statusOf, type Octokit } from './github.js';

/** What GITHUB_TOKEN writes as; also what is assumed when a token cannot say who it is. */
const ACTIONS_BOT = 'github-actions[bot]';

/**
 * The login the token writes comments as. Like dflook/terraform-github-actions: GraphQL's
 * `viewer` first (answers for GITHUB_TOKEN and App installation tokens, as `<app>[bot]`), then
 * REST `GET /user` (fine-grained PATs that cannot use GraphQL), then github-actions[bot].
 */
export async function tokenLogin(octokit: Octokit): Promise<string> {
  try {
    const { viewer } = await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
    if (viewer?.login) return viewer.login;
  } catch (error) {
    core.debug(`GraphQL viewer query failed (${(error as Error).message}); asking GET /user`);
  }
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login;
  } catch (error) {
    core.debug(`GET /user failed (${statusOf(error) ?? (error as Error).message}); assuming ${ACTIONS_BOT}`);
  }
  return ACTIONS_BOT;
}

/**
 * Whether a comment's author is the token's identity. REST reports bots as `<app>[bot]`, GraphQL
 * as `<app>` (marocchino/sticky-pull-request-comment strips the suffix for the same reason), so
 * the suffix is ignored, but only for authors GitHub marks as bots.
 */
export function writtenBy(author: { login: string; type?: string } | null | undefined, login: string): boolean {
  if (!author) return false;
  if (author.login === login) return true;
  const bare = (s: string) => s.replace(/\[bot\]$/, '');
  return author.type === 'Bot' && bare(author.login) === bare(login);
}
