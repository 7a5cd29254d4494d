// A stateful local stand-in for api.github.com (point GITHUB_API_URL at `url`). Every request is first
// checked against GitHub's OpenAPI description; what the real API would refuse gets GitHub's answer
// and is recorded as a violation, so a test can fail on any request that would not work for real.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ArtifactStore } from './artifact-store.js';
import { GitRepo } from './git-backend.js';
import type { ArtifactRecord } from './artifact-store.js';
import { artifactRoutes, seedArtifact, serveSeededArtifact } from './github-api-artifacts.js';
import { gitRoutes } from './github-api-git.js';
import { answerGraphQL } from './github-api-graphql.js';
import { issueRoutes, type Comment, type Issue, type PullRequest } from './github-api-issues.js';
import { ghError, type Handler, type Identity, type Reply } from './github-api-shared.js';
import { listenLocal, readBody, sendJson, type Listening } from './http-util.js';
import { githubOpenApi, type Issue as CheckIssue } from './openapi.js';

export type { Handler, Identity, Reply, RouteContext } from './github-api-shared.js';
export type { Comment, Issue, PullRequest } from './github-api-issues.js';

export interface GitHubApiOptions {
  owner?: string;
  repo?: string;
  defaultBranch?: string;
  /** Serve this existing git repository instead of a fresh bare one. */
  repoPath?: string;
  /** Files of the initial commit of a fresh repository. */
  files?: Record<string, string>;
  /** Share with the artifact service double so REST listings show what the client uploaded. */
  artifacts?: ArtifactStore;
  /** When set, only this token is accepted (401 "Bad credentials" otherwise); by default any token is. */
  token?: string;
  /** The login that writes: GITHUB_TOKEN acts as github-actions[bot]. */
  actor?: string;
  readOnlyToken?: boolean;
  forbidPullRequestCreation?: boolean;
  /** Check the double's own 2xx answers against the documented response schemas (default true). */
  checkResponses?: boolean;
}

/** A planned failure: the next `times` calls of an operation get this answer instead of the real one. */
export interface Fault {
  operationId: string;
  status: number;
  message: string;
  headers?: Record<string, string>;
  times: number;
}

export interface LoggedRequest {
  method: string;
  path: string;
  operationId?: string;
  status: number;
  body?: unknown;
}
export interface Violation {
  kind: 'unknown-route' | 'invalid-request' | 'unauthenticated' | 'unimplemented';
  method: string;
  path: string;
  operationId?: string;
  status: number;
  issues: CheckIssue[];
}

export class GitHubApiDouble {
  readonly owner: string;
  readonly repo: string;
  readonly defaultBranch: string;
  readonly artifacts: ArtifactStore;
  readonly actor: string;
  readOnlyToken: boolean;
  forbidPullRequestCreation: boolean;
  readonly requests: LoggedRequest[] = [];
  /** Tokens besides the default one, and who they act as (see addToken). */
  readonly identities = new Map<string, Identity>();
  readonly faults: Fault[] = [];
  /**
   * When set, artifact listings show only these runs' artifacts: tests that share one artifact
   * service keep one repository's history each.
   */
  runs?: Set<number>;
  /** Answer POST /graphql with 404, as a GHES without GraphQL or a proxy that blocks it would. */
  graphqlUnavailable = false;
  readonly responseIssues: { operationId: string; status: number; issues: CheckIssue[] }[] = [];
  /** State the routes keep; exposed for inspection. Issue and pull request numbers share one sequence. */
  readonly state = {
    issues: new Map<number, Issue>(),
    pulls: new Map<number, PullRequest>(),
    comments: new Map<number, Comment>(),
    nextNumber: 1,
    nextId: 3_100_000_001,
  };
  readonly repoId = 700_000_001;
  private readonly found: Violation[] = [];
  private readonly routes: Record<string, Handler>;
  private listening?: Listening;
  private gitRepo?: GitRepo;

  constructor(private readonly opts: GitHubApiOptions = {}) {
    this.owner = opts.owner ?? 'octo-org';
    this.repo = opts.repo ?? 'orchestration-config';
    this.defaultBranch = opts.defaultBranch ?? 'main';
    this.artifacts = opts.artifacts ?? new ArtifactStore();
    this.actor = opts.actor ?? 'github-actions[bot]';
    this.readOnlyToken = opts.readOnlyToken ?? false;
    this.forbidPullRequestCreation = opts.forbidPullRequestCreation ?? false;
    this.routes = { ...issueRoutes, ...gitRoutes, ...artifactRoutes };
  }

  async start(): Promise<this> {
    githubOpenApi();
    this.gitRepo = await GitRepo.open({
      dir: this.opts.repoPath,
      defaultBranch: this.defaultBranch,
      files: this.opts.files,
    });
    this.listening = await listenLocal(
      (req, res) =>
        void this.handle(req, res).catch((err: Error) => {
          sendJson(res, 500, { message: `API double failure: ${err.message}` });
        }),
    );
    return this;
  }

  async stop(): Promise<void> {
    await this.listening?.close();
    await this.gitRepo?.dispose();
  }

  /** GITHUB_API_URL */
  get url(): string {
    if (!this.listening) throw new Error('GitHub API double not started');
    return this.listening.url;
  }
  get git(): GitRepo {
    if (!this.gitRepo) throw new Error('GitHub API double not started');
    return this.gitRepo;
  }
  get htmlBase(): string {
    return `https://github.com/${this.owner}/${this.repo}`;
  }
  get apiRepoBase(): string {
    return `${this.url}/repos/${this.owner}/${this.repo}`;
  }

  violations(): Violation[] {
    return [...this.found];
  }

  // ---- inspection helpers for tests ----
  commentsOn(issueNumber: number): Comment[] {
    return [...this.state.comments.values()].filter((c) => c.issueNumber === issueNumber).sort((a, b) => a.id - b.id);
  }
  pullRequests(): PullRequest[] {
    return [...this.state.pulls.values()];
  }
  async refs(): Promise<{ ref: string; sha: string }[]> {
    return this.git.refs();
  }
  /** path → text of every file in a commit, branch or tree. */
  async filesAt(rev: string): Promise<Record<string, string>> {
    return this.git.files(rev);
  }
  /** Marks an artifact expired: listings flag it, its download answers 410. */
  expire(artifactId: number): void {
    this.artifacts.expire(artifactId);
  }
  /** A finalized artifact holding `zip`, downloadable through the REST API without Azurite. */
  addArtifact(init: Parameters<typeof seedArtifact>[1]): ArtifactRecord {
    return seedArtifact(this, init);
  }
  /** A token that acts as `login`: a user's PAT by default, or another app's installation token. */
  addToken(token: string, login: string, kind: Identity['kind'] = 'user'): void {
    this.identities.set(token, { login, kind });
  }
  /** The next `times` calls of `operationId` answer `status` with GitHub's error body and these headers. */
  fail(operationId: string, status: number, message: string, headers: Record<string, string> = {}, times = 1): void {
    this.faults.push({ operationId, status, message, headers, times });
  }
  /** An open pull request from `head` into `base` (a fork's, when `fork` is given), as the triggering PR. */
  createPullRequest(init: { head: string; base?: string; title?: string; fork?: PullRequest['fork'] }): PullRequest {
    const now = new Date();
    const pr: PullRequest = {
      number: this.state.nextNumber++,
      id: this.state.nextId++,
      title: init.title ?? 'Change the teams',
      body: null,
      head: init.head,
      base: init.base ?? this.defaultBranch,
      state: 'open',
      draft: false,
      login: init.fork?.owner ?? 'octocat',
      createdAt: now,
      updatedAt: now,
      ...(init.fork ? { fork: init.fork } : {}),
    };
    this.state.pulls.set(pr.number, pr);
    return pr;
  }
  /** An open issue to comment on, as the workflow's triggering issue would be. */
  createIssue(title = 'Backup report'): Issue {
    const issue: Issue = { number: this.state.nextNumber++, title, id: this.state.nextId++, createdAt: new Date() };
    this.state.issues.set(issue.number, issue);
    return issue;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const raw = await readBody(req);
    let parsed: unknown;
    const reply = (
      status: number,
      body: unknown,
      extra: Partial<LoggedRequest> = {},
      headers: Record<string, string> = {},
      content?: Reply['raw'],
    ) => {
      this.requests.push({ method, path: url.pathname + url.search, status, body: parsed, ...extra });
      // The artifact client quotes this header when a call fails.
      headers = { 'x-github-request-id': `D0UB:${this.requests.length}`, ...headers };
      if (content)
        res
          .writeHead(status, {
            ...headers,
            'content-type': content.contentType,
            'content-length': String(content.data.length),
          })
          .end(content.data);
      else if (body === undefined) res.writeHead(status, headers).end();
      else sendJson(res, status, body, headers);
    };
    // Not a GitHub path: the double's own stand-in for blob storage, reached through the 302 of a download.
    if (url.pathname.startsWith('/_blobs/')) return serveSeededArtifact(this, url, res);

    if (url.pathname === '/graphql' && method === 'POST') {
      if (this.graphqlUnavailable)
        return reply(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/graphql' });
      return this.graphql(req, raw, reply);
    }
    const match = githubOpenApi().match(method, url.pathname);
    if (!('operation' in match)) {
      this.found.push({
        kind: 'unknown-route',
        method,
        path: url.pathname,
        status: 404,
        issues: [
          {
            where: 'route',
            message: match.methodKnown
              ? `${method} is not documented for this path`
              : 'no such path in the OpenAPI description',
          },
        ],
      });
      return reply(404, ghError(404, 'Not Found', 'https://docs.github.com/rest'));
    }
    const op = match.operation;
    const auth = req.headers.authorization ?? '';
    const token = /^(?:token|bearer)\s+(\S+)$/i.exec(auth)?.[1];
    if (!token || (this.opts.token !== undefined && token !== this.opts.token && !this.identities.has(token))) {
      this.found.push({
        kind: 'unauthenticated',
        method,
        path: url.pathname,
        operationId: op.operationId,
        status: 401,
        issues: [{ where: 'header.authorization', message: token ? 'token not accepted' : 'missing' }],
      });
      return reply(
        401,
        ghError(401, token ? 'Bad credentials' : 'Requires authentication', 'https://docs.github.com/rest'),
        { operationId: op.operationId },
      );
    }
    let hasBody = raw.length > 0;
    if (hasBody) {
      try {
        parsed = JSON.parse(raw.toString('utf8'));
      } catch {
        this.found.push({
          kind: 'invalid-request',
          method,
          path: url.pathname,
          operationId: op.operationId,
          status: 400,
          issues: [{ where: 'body', message: 'not JSON' }],
        });
        return reply(400, ghError(400, 'Problems parsing JSON', op.docsUrl), { operationId: op.operationId });
      }
    }
    if (method === 'GET' || method === 'HEAD') hasBody = false;
    const issues = githubOpenApi().checkRequest(match, url.searchParams, parsed, hasBody);
    if (issues.length) {
      this.found.push({
        kind: 'invalid-request',
        method,
        path: url.pathname,
        operationId: op.operationId,
        status: 422,
        issues,
      });
      // GitHub answers schema failures with "Invalid request." and the first problem, not "Validation Failed".
      const first = issues[0]!;
      return reply(422, ghError(422, `Invalid request.\n\n${first.where}: ${first.message}`, op.docsUrl), {
        operationId: op.operationId,
      });
    }
    const handler = this.routes[op.operationId];
    if (!handler) {
      this.found.push({
        kind: 'unimplemented',
        method,
        path: url.pathname,
        operationId: op.operationId,
        status: 501,
        issues: [{ where: 'route', message: `${op.operationId} is documented but the double does not implement it` }],
      });
      return reply(501, ghError(501, `The GitHub API double does not implement ${op.operationId}`, op.docsUrl), {
        operationId: op.operationId,
      });
    }
    if (
      match.params.owner !== undefined &&
      (match.params.owner.toLowerCase() !== this.owner.toLowerCase() ||
        match.params.repo?.toLowerCase() !== this.repo.toLowerCase())
    ) {
      return reply(404, ghError(404, 'Not Found', op.docsUrl), { operationId: op.operationId });
    }
    if (this.readOnlyToken && method !== 'GET' && method !== 'HEAD') {
      return reply(403, ghError(403, 'Resource not accessible by integration', op.docsUrl), {
        operationId: op.operationId,
      });
    }
    const fault = this.faults.find((f) => f.operationId === op.operationId && f.times > 0);
    if (fault) {
      fault.times -= 1;
      return reply(
        fault.status,
        ghError(fault.status, fault.message, op.docsUrl),
        { operationId: op.operationId },
        fault.headers,
      );
    }
    const identity = this.identities.get(token) ?? { login: this.actor, kind: 'installation' as const };
    const out = await handler({
      api: this,
      op,
      params: match.params,
      query: url.searchParams,
      body: (parsed ?? {}) as Record<string, unknown>,
      url,
      headers: req.headers,
      identity,
    });
    const body =
      out.status >= 400 && out.body && typeof out.body === 'object' && !('documentation_url' in out.body)
        ? { ...out.body, documentation_url: op.docsUrl, status: String(out.status) }
        : out.body;
    if (this.opts.checkResponses !== false && out.status < 300 && body !== undefined) {
      const problems = githubOpenApi().checkResponse(op, out.status, body);
      if (problems.length)
        this.responseIssues.push({ operationId: op.operationId, status: out.status, issues: problems });
    }
    return reply(
      out.status,
      body,
      { operationId: op.operationId },
      { 'x-github-media-type': 'github.v3; format=json', ...out.headers },
      out.raw,
    );
  }

  /** POST /graphql: outside the REST description, validated against GitHub's GraphQL schema instead. */
  private async graphql(
    req: IncomingMessage,
    raw: Buffer,
    reply: (status: number, body: unknown, extra?: Partial<LoggedRequest>) => void,
  ): Promise<void> {
    const token = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (!token || (this.opts.token !== undefined && token !== this.opts.token && !this.identities.has(token))) {
      this.found.push({
        kind: 'unauthenticated',
        method: 'POST',
        path: '/graphql',
        status: 401,
        issues: [{ where: 'header.authorization', message: token ? 'token not accepted' : 'missing' }],
      });
      return reply(401, {
        message: 'This endpoint requires you to be authenticated.',
        documentation_url:
          'https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql',
      });
    }
    let request: unknown;
    try {
      request = JSON.parse(raw.toString('utf8'));
    } catch {
      request = undefined;
    }
    const identity = this.identities.get(token) ?? { login: this.actor, kind: 'installation' as const };
    const answer = await answerGraphQL(this, identity, request);
    if (answer.invalid)
      this.found.push({
        kind: 'invalid-request',
        method: 'POST',
        path: '/graphql',
        operationId: 'graphql',
        status: answer.status,
        issues: answer.invalid.map((message) => ({ where: 'query', message })),
      });
    return reply(answer.status, answer.body, { operationId: 'graphql', body: request });
  }
}
