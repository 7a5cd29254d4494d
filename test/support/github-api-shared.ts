// Helpers shared by the GitHub API double's route modules: GitHub's error bodies, pagination, user objects.
import type { IncomingMessage } from 'node:http';
import type { GitHubApiDouble } from './github-api.js';
import { githubOpenApi, type Operation } from './openapi.js';

export interface Reply {
  status: number;
  body?: unknown;
  /** A non-JSON answer (raw file content). */
  raw?: { data: Buffer; contentType: string };
  headers?: Record<string, string>;
}
export interface RouteContext {
  api: GitHubApiDouble;
  op: Operation;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
  url: URL;
  headers: IncomingMessage['headers'];
  /** Who the request's token acts as. */
  identity: Identity;
}

/**
 * Who a token acts as. An `installation` token (GITHUB_TOKEN, a GitHub App's) writes as its bot
 * and cannot call GET /user; a `user` token (a PAT) writes as its user and can.
 */
export interface Identity {
  login: string;
  kind: 'installation' | 'user';
}
export type Handler = (ctx: RouteContext) => Reply | Promise<Reply>;

/** GitHub's error body: message, documentation_url and (since 2024) the status as a string. */
export function ghError(status: number, message: string, docs: string, extra: Record<string, unknown> = {}) {
  return { message, documentation_url: docs, status: String(status), ...extra };
}

/** GitHub's "Validation Failed" for semantic problems (the request is well-formed but cannot be done). */
export function validationFailed(errors: Record<string, unknown>[]): Reply {
  return { status: 422, body: { message: 'Validation Failed', errors } };
}

export function notFound(): Reply {
  return { status: 404, body: { message: 'Not Found' } };
}

/** `per_page`/`page` slicing with GitHub's Link header (next/last, prev/first). */
export function paginate<T>(items: T[], ctx: RouteContext, max = 100): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Number(ctx.query.get('per_page') ?? 30) || 30, max);
  const page = Math.max(Number(ctx.query.get('page') ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const link = (n: number, rel: string) => {
    const u = new URL(ctx.url);
    u.searchParams.set('per_page', String(perPage));
    u.searchParams.set('page', String(n));
    return `<${u.toString()}>; rel="${rel}"`;
  };
  const links = [
    ...(page > 1 ? [link(page - 1, 'prev'), link(1, 'first')] : []),
    ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
  ];
  return {
    page: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length ? { link: links.join(', ') } : {},
  };
}

/** A user object as GitHub embeds it (`user`, `owner`, ...), built from the description's example. */
export function userObject(login: string): Record<string, unknown> {
  const bot = login.endsWith('[bot]');
  const id =
    bot && login === 'github-actions[bot]' ? 41898282 : 1000 + [...login].reduce((a, c) => a + c.charCodeAt(0), 0);
  const base = githubOpenApi().example<{ user: Record<string, unknown> }>('issue-comment').user;
  const api = `https://api.github.com/users/${encodeURIComponent(login)}`;
  return {
    ...base,
    login,
    id,
    node_id: Buffer.from(`04:User${id}`).toString('base64'),
    url: api,
    html_url: bot ? `https://github.com/apps/${login.replace('[bot]', '')}` : `https://github.com/${login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: bot ? 'Bot' : 'User',
    site_admin: false,
  };
}

export function isoNow(d = new Date()): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
