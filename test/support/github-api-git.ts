// Git Data API and contents API routes of the GitHub API double, on top of a real git repository.
// Error messages are the ones GitHub is known to answer with for the same mistakes.
import type { GitHubApiDouble } from './github-api.js';
import type { CommitInfo, Person, TreeChange, TreeEntry } from './git-backend.js';
import { ghError, isoNow, notFound, type Handler, type Reply, type RouteContext } from './github-api-shared.js';

const unprocessable = (message: string): Reply => ({ status: 422, body: { message } });
const SHA = /^[0-9a-f]{40}$/;

/** GitHub wraps base64 content at 60 characters per line, with a trailing newline. */
function wrappedBase64(buf: Buffer): string {
  return (buf.toString('base64').match(/.{1,60}/g) ?? []).map((l) => `${l}\n`).join('');
}

function nodeId(kind: string, sha: string): string {
  return Buffer.from(`${kind}:${sha}`).toString('base64');
}

function treeEntryObject(api: GitHubApiDouble, e: TreeEntry): Record<string, unknown> {
  const kind = e.type === 'tree' ? 'trees' : e.type === 'blob' ? 'blobs' : undefined;
  return {
    path: e.path,
    mode: e.mode,
    type: e.type,
    sha: e.sha,
    ...(e.size !== undefined ? { size: e.size } : {}),
    ...(kind ? { url: `${api.apiRepoBase}/git/${kind}/${e.sha}` } : {}),
  };
}

async function treeObject(api: GitHubApiDouble, sha: string, recursive: boolean): Promise<Record<string, unknown>> {
  const entries = await api.git.listTree(sha, recursive);
  return {
    sha,
    url: `${api.apiRepoBase}/git/trees/${sha}`,
    tree: entries.map((e) => treeEntryObject(api, e)),
    truncated: false,
  };
}

function commitObject(api: GitHubApiDouble, c: CommitInfo): Record<string, unknown> {
  return {
    sha: c.sha,
    node_id: nodeId('06:Commit', c.sha),
    url: `${api.apiRepoBase}/git/commits/${c.sha}`,
    html_url: `${api.htmlBase}/commit/${c.sha}`,
    author: c.author,
    committer: c.committer,
    tree: { sha: c.tree, url: `${api.apiRepoBase}/git/trees/${c.tree}` },
    message: c.message.replace(/\n$/, ''),
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${api.apiRepoBase}/git/commits/${p}`,
      html_url: `${api.htmlBase}/commit/${p}`,
    })),
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  };
}

function refObject(api: GitHubApiDouble, ref: string, sha: string): Record<string, unknown> {
  return {
    ref,
    node_id: nodeId('03:Ref', ref),
    url: `${api.apiRepoBase}/git/${ref}`,
    object: { type: 'commit', sha, url: `${api.apiRepoBase}/git/commits/${sha}` },
  };
}

function person(api: GitHubApiDouble, given: unknown, fallback?: Person): Person {
  const p = (given ?? {}) as Partial<Person>;
  if (!given && fallback) return fallback;
  const bot = api.actor === 'github-actions[bot]';
  return {
    name: p.name ?? api.actor,
    email:
      p.email ??
      (bot ? '41898282+github-actions[bot]@users.noreply.github.com' : `${api.actor}@users.noreply.github.com`),
    date: isoNow(p.date ? new Date(p.date) : new Date()),
  };
}

/** The `{ref}` path parameter names a ref below refs/ ("heads/main"); GitHub also tolerates "refs/heads/main" on reads. */
function fullRef(ref: string): string {
  return ref.startsWith('refs/') ? ref : `refs/${ref}`;
}

async function writeCommitOnBranch(
  ctx: RouteContext,
  branch: string,
  change: TreeChange,
  message: string,
): Promise<CommitInfo> {
  const { api, body } = ctx;
  const parent = (await api.git.ref(`refs/heads/${branch}`))!;
  const base = (await api.git.readCommit(parent))!;
  const tree = await api.git.buildTree(base.tree, [change]);
  const author = person(api, body.author);
  const sha = await api.git.commit({
    tree,
    parents: [parent],
    message,
    author,
    committer: person(api, body.committer, author),
  });
  await api.git.setRef(`refs/heads/${branch}`, sha);
  return (await api.git.readCommit(sha))!;
}

export const gitRoutes: Record<string, Handler> = {
  'git/create-blob': async ({ api, body }) => {
    const encoding = String(body.encoding ?? 'utf-8');
    if (encoding !== 'utf-8' && encoding !== 'utf8' && encoding !== 'base64')
      return unprocessable(`encoding must be "utf-8" or "base64"`);
    const sha = await api.git.writeBlob(Buffer.from(String(body.content), encoding === 'base64' ? 'base64' : 'utf8'));
    return {
      status: 201,
      body: { url: `${api.apiRepoBase}/git/blobs/${sha}`, sha },
      headers: { location: `${api.apiRepoBase}/git/blobs/${sha}` },
    };
  },

  'git/get-blob': async ({ api, params }) => {
    const content = await api.git.readBlob(params.file_sha!);
    if (!content) return notFound();
    const sha = params.file_sha!;
    return {
      status: 200,
      body: {
        content: wrappedBase64(content),
        encoding: 'base64',
        url: `${api.apiRepoBase}/git/blobs/${sha}`,
        sha,
        size: content.length,
        node_id: nodeId('04:Blob', sha),
      },
    };
  },

  'git/create-tree': async ({ api, body }) => {
    const entries = body.tree as TreeChange[];
    const base = body.base_tree === undefined ? undefined : String(body.base_tree);
    if (base !== undefined && (await api.git.typeOf(base)) !== 'tree')
      return unprocessable('base_tree is not a valid tree oid');
    for (const e of entries) {
      if (
        !e.path ||
        e.path.startsWith('/') ||
        e.path.endsWith('/') ||
        e.path.split('/').some((s) => s === '' || s === '.' || s === '..' || s === '.git')
      ) {
        return unprocessable(`tree.path contains a malformed path component`);
      }
      if (!e.mode || !e.type) return unprocessable(`Must supply a valid tree.mode and tree.type`);
      if (e.sha !== undefined && e.content !== undefined)
        return unprocessable(
          'Must supply either tree.sha or tree.content. Request will be rejected if both are present.',
        );
      if (e.sha === undefined && e.content === undefined)
        return unprocessable('Must supply either tree.sha or tree.content.');
      if (e.content !== undefined && e.type !== 'blob')
        return unprocessable('tree.content can only be used with blobs');
      if (e.sha !== null && e.sha !== undefined && e.type !== 'commit' && (await api.git.typeOf(e.sha)) !== e.type) {
        return unprocessable(`tree.sha ${e.sha} is not a valid ${e.type}`);
      }
      if ((e.type === 'tree') !== (e.mode === '040000'))
        return unprocessable(`tree.mode ${e.mode} does not match tree.type ${e.type}`);
    }
    const sha = await api.git.buildTree(base, entries);
    return {
      status: 201,
      body: await treeObject(api, sha, false),
      headers: { location: `${api.apiRepoBase}/git/trees/${sha}` },
    };
  },

  'git/get-tree': async ({ api, params, query }) => {
    const sha = await api.git.resolve(`${params.tree_sha}^{tree}`);
    if (!sha) return notFound();
    // "Setting this parameter to any value returns the objects or subtrees referenced by the tree."
    return { status: 200, body: await treeObject(api, sha, query.has('recursive')) };
  },

  'git/create-commit': async ({ api, body }) => {
    const tree = String(body.tree);
    if ((await api.git.typeOf(tree)) !== 'tree') return unprocessable('Tree SHA does not exist');
    const parents = (body.parents as string[] | undefined) ?? [];
    for (const p of parents)
      if ((await api.git.typeOf(p)) !== 'commit')
        return unprocessable('Parent SHA does not exist or is not a commit object');
    const author = person(api, body.author);
    const sha = await api.git.commit({
      tree,
      parents,
      message: String(body.message),
      author,
      committer: person(api, body.committer, author),
    });
    return {
      status: 201,
      body: commitObject(api, (await api.git.readCommit(sha))!),
      headers: { location: `${api.apiRepoBase}/git/commits/${sha}` },
    };
  },

  'git/get-commit': async ({ api, params }) => {
    const c = await api.git.readCommit(params.commit_sha!);
    return c ? { status: 200, body: commitObject(api, c) } : notFound();
  },

  'git/get-ref': async ({ api, params }) => {
    const ref = fullRef(params.ref!);
    const sha = await api.git.ref(ref);
    return sha ? { status: 200, body: refObject(api, ref, sha) } : notFound();
  },

  'git/list-matching-refs': async ({ api, params }) => {
    const prefix = fullRef(params.ref!);
    const refs = (await api.git.refs()).filter((r) => r.ref.startsWith(prefix));
    return { status: 200, body: refs.map((r) => refObject(api, r.ref, r.sha)) };
  },

  'git/create-ref': async ({ api, body }) => {
    const ref = String(body.ref);
    const sha = String(body.sha);
    if (!ref.startsWith('refs/') || ref.split('/').length < 3)
      return unprocessable('Reference name must contain at least three slash-separated components.');
    if (!(await api.git.validRefName(ref))) return unprocessable(`${ref} is not a valid ref name.`);
    if (await api.git.ref(ref)) return unprocessable('Reference already exists');
    if ((await api.git.typeOf(sha)) !== 'commit') return unprocessable('Object does not exist');
    // A ref that would nest under an existing one (or contain one) is a D/F conflict in git.
    const clash = (await api.git.refs()).some((r) => r.ref.startsWith(`${ref}/`) || ref.startsWith(`${r.ref}/`));
    if (clash) return unprocessable('Reference update failed');
    await api.git.setRef(ref, sha);
    return { status: 201, body: refObject(api, ref, sha), headers: { location: `${api.apiRepoBase}/git/${ref}` } };
  },

  'git/update-ref': async ({ api, params, body }) => {
    if (params.ref!.startsWith('refs/')) return unprocessable('Reference does not exist');
    const ref = fullRef(params.ref!);
    const current = await api.git.ref(ref);
    if (!current) return unprocessable('Reference does not exist');
    const sha = String(body.sha);
    if (!SHA.test(sha) || (await api.git.typeOf(sha)) !== 'commit') return unprocessable('Object does not exist');
    if (body.force !== true && !(await api.git.isAncestor(current, sha)))
      return unprocessable('Update is not a fast forward');
    await api.git.setRef(ref, sha);
    return { status: 200, body: refObject(api, ref, sha) };
  },

  'git/delete-ref': async ({ api, params }) => {
    const ref = fullRef(params.ref!);
    if (!(await api.git.ref(ref))) return unprocessable('Reference does not exist');
    await api.git.deleteRef(ref);
    return { status: 204 };
  },

  'repos/get-content': async (ctx) => {
    const { api, params, query, headers } = ctx;
    const rev = query.get('ref') ?? api.defaultBranch;
    const commit = await api.git.resolve(`${rev}^{commit}`);
    if (!commit) return { status: 404, body: { message: `No commit found for the ref ${rev}` } };
    const path = params.path!.replace(/^\/+|\/+$/g, '');
    const sha = await api.git.resolve(`${commit}:${path}`);
    const type = sha && (await api.git.typeOf(sha));
    if (!sha || !type) return notFound();
    const item = (p: string, s: string, t: string, size: number) => ({
      type: t === 'tree' ? 'dir' : 'file',
      size,
      name: p.split('/').pop(),
      path: p,
      sha: s,
      url: `${api.apiRepoBase}/contents/${p}?ref=${encodeURIComponent(rev)}`,
      git_url: `${api.apiRepoBase}/git/${t === 'tree' ? 'trees' : 'blobs'}/${s}`,
      html_url: `${api.htmlBase}/${t === 'tree' ? 'tree' : 'blob'}/${rev}/${p}`,
      download_url: t === 'tree' ? null : `https://raw.githubusercontent.com/${api.owner}/${api.repo}/${rev}/${p}`,
      _links: {
        self: `${api.apiRepoBase}/contents/${p}?ref=${encodeURIComponent(rev)}`,
        git: `${api.apiRepoBase}/git/${t === 'tree' ? 'trees' : 'blobs'}/${s}`,
        html: `${api.htmlBase}/${t === 'tree' ? 'tree' : 'blob'}/${rev}/${p}`,
      },
    });
    if (type === 'tree') {
      const entries = await api.git.listTree(sha, false);
      return {
        status: 200,
        body: entries.map((e) => item(path ? `${path}/${e.path}` : e.path, e.sha, e.type, e.size ?? 0)),
      };
    }
    const content = (await api.git.readBlob(sha))!;
    if (/application\/vnd\.github(\.v3)?\.raw/.test(String(headers.accept ?? ''))) {
      return { status: 200, raw: { data: content, contentType: 'text/plain; charset=utf-8' } };
    }
    return {
      status: 200,
      body: { ...item(path, sha, type, content.length), encoding: 'base64', content: wrappedBase64(content) },
    };
  },

  'repos/create-or-update-file-contents': async (ctx) => {
    const { api, params, body } = ctx;
    const branch = typeof body.branch === 'string' ? body.branch : api.defaultBranch;
    const head = await api.git.ref(`refs/heads/${branch}`);
    if (!head) return { status: 404, body: ghError(404, `Branch ${branch} not found`, ctx.op.docsUrl) };
    const path = params.path!;
    const existing = await api.git.resolve(`${head}:${path}`);
    if (existing && body.sha === undefined) return unprocessable('Invalid request.\n\n"sha" wasn\'t supplied.');
    if (existing && body.sha !== existing)
      return { status: 409, body: { message: `${path} does not match ${String(body.sha)}` } };
    const blob = await api.git.writeBlob(Buffer.from(String(body.content), 'base64'));
    const commit = await writeCommitOnBranch(
      ctx,
      branch,
      { path, mode: '100644', type: 'blob', sha: blob },
      String(body.message),
    );
    const size = (await api.git.readBlob(blob))!.length;
    const content = {
      name: path.split('/').pop(),
      path,
      sha: blob,
      size,
      type: 'file',
      url: `${api.apiRepoBase}/contents/${path}?ref=${branch}`,
      html_url: `${api.htmlBase}/blob/${branch}/${path}`,
      git_url: `${api.apiRepoBase}/git/blobs/${blob}`,
      download_url: `https://raw.githubusercontent.com/${api.owner}/${api.repo}/${branch}/${path}`,
      _links: {
        self: `${api.apiRepoBase}/contents/${path}?ref=${branch}`,
        git: `${api.apiRepoBase}/git/blobs/${blob}`,
        html: `${api.htmlBase}/blob/${branch}/${path}`,
      },
    };
    return { status: existing ? 200 : 201, body: { content, commit: commitObject(api, commit) } };
  },
};
