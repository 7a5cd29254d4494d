// Repository, issue comment and pull request routes of the GitHub API double.
// Answers start from the OpenAPI description's own examples, re-pointed at the double's repository,
// so they carry every field GitHub documents, with the state-dependent ones filled in for real.
import { githubOpenApi } from './openapi.js';
import type { GitHubApiDouble } from './github-api.js';
import {
  ghError,
  isoNow,
  notFound,
  paginate,
  userObject,
  validationFailed,
  type Handler,
  type RouteContext,
} from './github-api-shared.js';

export interface Issue {
  number: number;
  id: number;
  title: string;
  createdAt: Date;
}
export interface Comment {
  id: number;
  issueNumber: number;
  body: string;
  login: string;
  createdAt: Date;
  updatedAt: Date;
  /** Set by the GraphQL minimizeComment mutation: the classifier, lower case (e.g. "outdated"). */
  minimized?: string;
}
export interface PullRequest {
  number: number;
  id: number;
  title: string;
  body: string | null;
  head: string;
  base: string;
  state: 'open' | 'closed';
  draft: boolean;
  login: string;
  /** A pull request from a fork: its owner and head commit (the branch lives in the fork, not here). */
  fork?: { owner: string; sha: string };
  labels?: string[];
  reviewers?: string[];
  createdAt: Date;
  updatedAt: Date;
}

/** Deep-replaces the example's octocat/Hello-World URLs with the double's repository. */
export function rebase<T>(api: GitHubApiDouble, value: T): T {
  const text = JSON.stringify(value)
    .replace(/https:\/\/api\.github\.com\/repos\/octocat\/Hello-World/g, api.apiRepoBase)
    .replace(/https:\/\/github\.com\/octocat\/Hello-World/g, api.htmlBase);
  return JSON.parse(text) as T;
}

export function repositoryObject(api: GitHubApiDouble): Record<string, unknown> {
  const repo = rebase(api, githubOpenApi().example<Record<string, unknown>>('full-repository'));
  return {
    ...repo,
    id: api.repoId,
    node_id: Buffer.from(`010:Repository${api.repoId}`).toString('base64'),
    name: api.repo,
    full_name: `${api.owner}/${api.repo}`,
    owner: { ...userObject(api.owner), type: 'Organization' },
    html_url: api.htmlBase,
    url: api.apiRepoBase,
    clone_url: `${api.htmlBase}.git`,
    git_url: `git://github.com/${api.owner}/${api.repo}.git`,
    ssh_url: `git@github.com:${api.owner}/${api.repo}.git`,
    default_branch: api.defaultBranch,
    private: true,
    visibility: 'private',
    fork: false,
    parent: undefined,
    source: undefined,
    organization: undefined,
    template_repository: undefined,
  };
}

function commentObject(api: GitHubApiDouble, c: Comment): Record<string, unknown> {
  const kind = api.state.pulls.has(c.issueNumber) ? 'pull' : 'issues';
  return {
    ...rebase(api, githubOpenApi().example<Record<string, unknown>>('issue-comment')),
    id: c.id,
    node_id: Buffer.from(`012:IssueComment${c.id}`).toString('base64'),
    url: `${api.apiRepoBase}/issues/comments/${c.id}`,
    html_url: `${api.htmlBase}/${kind}/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${api.apiRepoBase}/issues/${c.issueNumber}`,
    body: c.body,
    user: userObject(c.login),
    created_at: isoNow(c.createdAt),
    updated_at: isoNow(c.updatedAt),
    author_association: 'NONE',
    performed_via_github_app: null,
    reactions: undefined,
    pin: undefined,
  };
}

async function pullObject(api: GitHubApiDouble, pr: PullRequest): Promise<Record<string, unknown>> {
  const example = rebase(api, githubOpenApi().example<Record<string, Record<string, unknown>>>('pull-request'));
  const repo = repositoryObject(api);
  const side = async (branch: string) => ({
    label: `${api.owner}:${branch}`,
    ref: branch,
    sha: (await api.git.ref(`refs/heads/${branch}`)) ?? '0'.repeat(40),
    user: repo.owner,
    repo,
  });
  const forkSide = (fork: NonNullable<PullRequest['fork']>) => {
    const owner = userObject(fork.owner);
    const forkRepo = {
      ...repo,
      id: api.repoId + 1,
      full_name: `${fork.owner}/${api.repo}`,
      owner,
      fork: true,
      html_url: `https://github.com/${fork.owner}/${api.repo}`,
      url: `https://api.github.com/repos/${fork.owner}/${api.repo}`,
    };
    return { label: `${fork.owner}:${pr.head}`, ref: pr.head, sha: fork.sha, user: owner, repo: forkRepo };
  };
  const commits = pr.fork
    ? [pr.fork.sha]
    : await api.git.commitsBetween(`refs/heads/${pr.base}`, `refs/heads/${pr.head}`).catch(() => []);
  const base = `${api.apiRepoBase}/pulls/${pr.number}`;
  return {
    ...example,
    url: base,
    id: pr.id,
    node_id: Buffer.from(`011:PullRequest${pr.id}`).toString('base64'),
    html_url: `${api.htmlBase}/pull/${pr.number}`,
    diff_url: `${api.htmlBase}/pull/${pr.number}.diff`,
    patch_url: `${api.htmlBase}/pull/${pr.number}.patch`,
    issue_url: `${api.apiRepoBase}/issues/${pr.number}`,
    commits_url: `${base}/commits`,
    review_comments_url: `${base}/comments`,
    comments_url: `${api.apiRepoBase}/issues/${pr.number}/comments`,
    number: pr.number,
    state: pr.state,
    locked: false,
    title: pr.title,
    body: pr.body,
    user: userObject(pr.login),
    labels: (pr.labels ?? []).map((name, i) => ({
      ...(example.labels as unknown as Record<string, unknown>[])[0],
      id: 208045946 + i,
      name,
    })),
    milestone: null,
    assignee: null,
    assignees: [],
    requested_reviewers: (pr.reviewers ?? []).map((r) => userObject(r)),
    requested_teams: [],
    created_at: isoNow(pr.createdAt),
    updated_at: isoNow(pr.updatedAt),
    closed_at: null,
    merged_at: null,
    merge_commit_sha: null,
    auto_merge: null,
    merged_by: null,
    head: pr.fork ? forkSide(pr.fork) : await side(pr.head),
    base: await side(pr.base),
    author_association: 'NONE',
    draft: pr.draft,
    merged: false,
    mergeable: null,
    rebaseable: null,
    mergeable_state: 'unknown',
    comments: api.commentsOn(pr.number).length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: commits.length,
  };
}

function findComment(ctx: RouteContext): Comment | undefined {
  return ctx.api.state.comments.get(Number(ctx.params.comment_id));
}

/** "branch" or "owner:branch" (the only owner is the repository's: the double has no forks). */
function headBranch(ctx: RouteContext, head: string): string | undefined {
  const [owner, branch] = head.includes(':') ? head.split(':', 2) : [ctx.api.owner, head];
  return owner?.toLowerCase() === ctx.api.owner.toLowerCase() ? branch : undefined;
}

export const issueRoutes: Record<string, Handler> = {
  'repos/get': ({ api }) => ({ status: 200, body: repositoryObject(api) }),

  // Installation tokens (GITHUB_TOKEN, GitHub Apps) have no user: GitHub answers 403.
  'users/get-authenticated': (ctx) => {
    if (ctx.identity.kind === 'installation')
      return { status: 403, body: ghError(403, 'Resource not accessible by integration', ctx.op.docsUrl) };
    const example = githubOpenApi().example<Record<string, unknown>>('private-user');
    const user = userObject(ctx.identity.login);
    return {
      status: 200,
      body: { ...example, ...user, name: ctx.identity.login, email: null, created_at: isoNow(), updated_at: isoNow() },
    };
  },

  'issues/list-comments': (ctx) => {
    const n = Number(ctx.params.issue_number);
    if (!ctx.api.state.issues.has(n) && !ctx.api.state.pulls.has(n)) return notFound();
    const since = ctx.query.get('since');
    const all = ctx.api.commentsOn(n).filter((c) => !since || c.updatedAt.getTime() >= Date.parse(since));
    const { page, headers } = paginate(all, ctx);
    return { status: 200, body: page.map((c) => commentObject(ctx.api, c)), headers };
  },

  'issues/create-comment': (ctx) => {
    const n = Number(ctx.params.issue_number);
    if (!ctx.api.state.issues.has(n) && !ctx.api.state.pulls.has(n)) return notFound();
    const now = new Date();
    const c: Comment = {
      id: ctx.api.state.nextId++,
      issueNumber: n,
      body: String(ctx.body.body),
      login: ctx.identity.login,
      createdAt: now,
      updatedAt: now,
    };
    ctx.api.state.comments.set(c.id, c);
    return {
      status: 201,
      body: commentObject(ctx.api, c),
      headers: { location: `${ctx.api.apiRepoBase}/issues/comments/${c.id}` },
    };
  },

  'issues/get-comment': (ctx) => {
    const c = findComment(ctx);
    return c ? { status: 200, body: commentObject(ctx.api, c) } : notFound();
  },

  'issues/update-comment': (ctx) => {
    const c = findComment(ctx);
    if (!c) return notFound();
    c.body = String(ctx.body.body);
    c.updatedAt = new Date(Math.max(Date.now(), c.updatedAt.getTime() + 1000));
    return { status: 200, body: commentObject(ctx.api, c) };
  },

  'issues/delete-comment': (ctx) => {
    return ctx.api.state.comments.delete(Number(ctx.params.comment_id)) ? { status: 204 } : notFound();
  },

  'pulls/list': async (ctx) => {
    const state = ctx.query.get('state') ?? 'open';
    const head = ctx.query.get('head');
    const base = ctx.query.get('base');
    // GitHub silently ignores a `head` without the "owner:" prefix and lists every pull request: a classic bug, kept.
    const wanted = head?.includes(':') ? (headBranch(ctx, head) ?? '\0') : undefined;
    const all = ctx.api
      .pullRequests()
      .filter((p) => state === 'all' || p.state === state)
      .filter((p) => wanted === undefined || p.head === wanted)
      .filter((p) => !base || p.base === base)
      .sort((a, b) => b.number - a.number);
    const { page, headers } = paginate(all, ctx);
    return { status: 200, body: await Promise.all(page.map((p) => pullObject(ctx.api, p))), headers };
  },

  'pulls/update': async (ctx) => {
    const pr = ctx.api.state.pulls.get(Number(ctx.params.pull_number));
    if (!pr) return notFound();
    if (typeof ctx.body.title === 'string') pr.title = ctx.body.title;
    if (typeof ctx.body.body === 'string') pr.body = ctx.body.body;
    if (ctx.body.state === 'open' || ctx.body.state === 'closed') pr.state = ctx.body.state;
    pr.updatedAt = new Date(Math.max(Date.now(), pr.updatedAt.getTime() + 1000));
    return { status: 200, body: await pullObject(ctx.api, pr) };
  },

  'issues/add-labels': (ctx) => {
    const n = Number(ctx.params.issue_number);
    const pr = ctx.api.state.pulls.get(n);
    if (!pr && !ctx.api.state.issues.has(n)) return notFound();
    const given = Array.isArray(ctx.body) ? ctx.body : ((ctx.body.labels ?? []) as unknown[]);
    const names = given.map((l) => (typeof l === 'string' ? l : String((l as { name?: string }).name)));
    if (pr) pr.labels = [...new Set([...(pr.labels ?? []), ...names])];
    const example = githubOpenApi().example<Record<string, unknown>[]>('label-items');
    return {
      status: 200,
      body: (pr?.labels ?? names).map((name, i) => ({
        ...example[0],
        id: 208045946 + i,
        name,
        url: `${ctx.api.apiRepoBase}/labels/${encodeURIComponent(name)}`,
      })),
    };
  },

  'pulls/request-reviewers': async (ctx) => {
    const pr = ctx.api.state.pulls.get(Number(ctx.params.pull_number));
    if (!pr) return notFound();
    const reviewers = (ctx.body.reviewers ?? []) as string[];
    if (reviewers.includes(pr.login))
      return validationFailed([
        { resource: 'PullRequest', code: 'custom', message: 'Review cannot be requested from pull request author.' },
      ]);
    pr.reviewers = [...new Set([...(pr.reviewers ?? []), ...reviewers])];
    return { status: 201, body: await pullObject(ctx.api, pr) };
  },

  'pulls/get': async (ctx) => {
    const pr = ctx.api.state.pulls.get(Number(ctx.params.pull_number));
    return pr ? { status: 200, body: await pullObject(ctx.api, pr) } : notFound();
  },

  'pulls/create': async (ctx) => {
    const { api, body } = ctx;
    if (api.forbidPullRequestCreation) {
      // What GitHub answers GITHUB_TOKEN when "Allow GitHub Actions to create and approve pull requests" is off.
      return {
        status: 403,
        body: ghError(403, 'GitHub Actions is not permitted to create or approve pull requests.', ctx.op.docsUrl),
      };
    }
    const head = headBranch(ctx, String(body.head));
    const base = String(body.base);
    const headSha = head && (await api.git.ref(`refs/heads/${head}`));
    const baseSha = await api.git.ref(`refs/heads/${base}`);
    const errors: Record<string, unknown>[] = [];
    if (!headSha) errors.push({ resource: 'PullRequest', field: 'head', code: 'invalid' });
    if (!baseSha) errors.push({ resource: 'PullRequest', field: 'base', code: 'invalid' });
    if (body.title === undefined && body.issue === undefined)
      errors.push({ resource: 'PullRequest', field: 'title', code: 'missing_field' });
    if (errors.length) return validationFailed(errors);
    if (api.pullRequests().some((p) => p.state === 'open' && p.head === head && p.base === base)) {
      return validationFailed([
        { resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${api.owner}:${head}.` },
      ]);
    }
    if ((await api.git.commitsBetween(baseSha!, headSha!)).length === 0) {
      return validationFailed([
        { resource: 'PullRequest', code: 'custom', message: `No commits between ${base} and ${head}` },
      ]);
    }
    const now = new Date();
    const pr: PullRequest = {
      number: api.state.nextNumber++,
      id: api.state.nextId++,
      title: String(body.title ?? ''),
      body: typeof body.body === 'string' ? body.body : null,
      head: head!,
      base,
      state: 'open',
      draft: body.draft === true,
      login: ctx.identity.login,
      createdAt: now,
      updatedAt: now,
    };
    api.state.pulls.set(pr.number, pr);
    return {
      status: 201,
      body: await pullObject(api, pr),
      headers: { location: `${api.apiRepoBase}/pulls/${pr.number}` },
    };
  },
};
