// The repository behind the GitHub API double: a real git repository driven with plumbing commands,
// so blob/tree/commit SHAs are the ones GitHub would compute and tests can inspect results with git.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface TreeChange {
  path: string;
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha?: string | null;
  content?: string;
}
export interface TreeEntry {
  path: string;
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
  size?: number;
}
export interface Person {
  name: string;
  email: string;
  date: string;
}
export interface CommitInfo {
  sha: string;
  tree: string;
  parents: string[];
  author: Person;
  committer: Person;
  message: string;
}

export class GitError extends Error {}

// No user or system configuration may leak in (signing, hooks, templates, default branch names).
const GIT_ENV = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };

export class GitRepo {
  private constructor(
    readonly dir: string,
    private readonly gitDir: string,
    private readonly owned: boolean,
  ) {}

  /** Opens `dir` (a work tree or a bare repository), or creates a bare one holding `files` on `defaultBranch`. */
  static async open(opts: {
    dir?: string;
    defaultBranch: string;
    files?: Record<string, string | Buffer>;
  }): Promise<GitRepo> {
    if (opts.dir)
      return new GitRepo(
        opts.dir,
        existsSync(path.join(opts.dir, '.git')) ? path.join(opts.dir, '.git') : opts.dir,
        false,
      );
    const dir = await mkdtemp(path.join(tmpdir(), 'gh-double-repo-'));
    const repo = new GitRepo(dir, dir, true);
    await repo.git(['init', '--quiet', '--bare', `--initial-branch=${opts.defaultBranch}`]);
    const files = opts.files ?? { 'README.md': '# test repository\n' };
    const changes: TreeChange[] = [];
    for (const [p, content] of Object.entries(files))
      changes.push({ path: p, mode: '100644', type: 'blob', sha: await repo.writeBlob(Buffer.from(content)) });
    const tree = await repo.buildTree(undefined, changes);
    const when = { name: 'Test Owner', email: 'owner@example.com', date: '2024-01-01T00:00:00Z' };
    const commit = await repo.commit({ tree, parents: [], message: 'Initial commit', author: when, committer: when });
    await repo.git(['update-ref', `refs/heads/${opts.defaultBranch}`, commit]);
    return repo;
  }

  async dispose(): Promise<void> {
    if (this.owned) await rm(this.dir, { recursive: true, force: true });
  }

  async git(
    args: string[],
    opts: { input?: Buffer | string; env?: Record<string, string>; allowFail?: boolean } = {},
  ): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const child = spawn('git', args, {
        cwd: this.dir,
        env: { ...process.env, ...GIT_ENV, GIT_DIR: this.gitDir, ...opts.env },
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (d: Buffer) => out.push(d));
      child.stderr.on('data', (d: Buffer) => err.push(d));
      child.on('error', reject);
      child.on('close', (code) => {
        if (code === 0 || opts.allowFail) resolve(code === 0 ? Buffer.concat(out) : Buffer.alloc(0));
        else reject(new GitError(`git ${args.join(' ')}: ${Buffer.concat(err).toString().trim()}`));
      });
      // Commands that need no input may exit before reading it; that EPIPE is not a failure.
      child.stdin.on('error', () => {});
      child.stdin.end(opts.input ?? '');
    });
  }

  /** The object's type, or undefined when it does not exist. */
  async typeOf(sha: string): Promise<string | undefined> {
    if (!/^[0-9a-f]{40}$/.test(sha)) return undefined;
    return (await this.git(['cat-file', '-t', sha], { allowFail: true })).toString().trim() || undefined;
  }

  /** Resolves a revision (sha, branch, `refs/...`, `rev:path`) to an object id. */
  async resolve(rev: string): Promise<string | undefined> {
    if (rev.startsWith('-')) return undefined;
    return (
      (await this.git(['rev-parse', '--verify', '--quiet', `${rev}`], { allowFail: true })).toString().trim() ||
      undefined
    );
  }

  async writeBlob(content: Buffer): Promise<string> {
    return (await this.git(['hash-object', '-w', '--stdin'], { input: content })).toString().trim();
  }

  async readBlob(sha: string): Promise<Buffer | undefined> {
    if ((await this.typeOf(sha)) !== 'blob') return undefined;
    return this.git(['cat-file', 'blob', sha]);
  }

  /** Applies GitHub's create-tree semantics (nested paths, `sha: null` deletes) on a scratch index. */
  async buildTree(base: string | undefined, changes: TreeChange[]): Promise<string> {
    const scratch = await mkdtemp(path.join(tmpdir(), 'gh-double-index-'));
    // An empty work tree: plumbing like `update-index --force-remove` refuses to run without one.
    const env = { GIT_INDEX_FILE: path.join(scratch, 'index'), GIT_WORK_TREE: scratch };
    try {
      await this.git(base ? ['read-tree', base] : ['read-tree', '--empty'], { env });
      for (const change of changes) {
        await this.removeFromIndex(change.path, env);
        if (change.sha === null) continue;
        const sha = change.sha ?? (await this.writeBlob(Buffer.from(change.content ?? '')));
        if (change.type === 'tree') await this.git(['read-tree', `--prefix=${change.path}/`, sha], { env });
        else await this.git(['update-index', '--add', '--cacheinfo', `${change.mode},${sha},${change.path}`], { env });
      }
      return (await this.git(['write-tree'], { env })).toString().trim();
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }

  private async removeFromIndex(p: string, env: Record<string, string>): Promise<void> {
    const listed = (await this.git(['ls-files', '-z', '--', p], { env })).toString().split('\0').filter(Boolean);
    if (listed.length)
      await this.git(['update-index', '--force-remove', '-z', '--stdin'], { env, input: `${listed.join('\0')}\0` });
  }

  async listTree(treeish: string, recursive: boolean): Promise<TreeEntry[]> {
    const format = '%(objectmode) %(objecttype) %(objectname) %(objectsize)%x09%(path)';
    const args = ['ls-tree', '-z', `--format=${format}`, ...(recursive ? ['-r', '-t'] : []), treeish];
    return (await this.git(args))
      .toString()
      .split('\0')
      .filter(Boolean)
      .map((line) => {
        const [meta, p] = line.split('\t') as [string, string];
        const [mode, type, sha, size] = meta.split(' ') as [string, TreeEntry['type'], string, string];
        return { path: p, mode, type, sha, ...(type === 'blob' ? { size: Number(size) } : {}) };
      });
  }

  async commit(c: Omit<CommitInfo, 'sha'>): Promise<string> {
    const stamp = (d: string) => `${Math.floor(Date.parse(d) / 1000)} +0000`;
    const env = {
      GIT_AUTHOR_NAME: c.author.name,
      GIT_AUTHOR_EMAIL: c.author.email,
      GIT_AUTHOR_DATE: stamp(c.author.date),
      GIT_COMMITTER_NAME: c.committer.name,
      GIT_COMMITTER_EMAIL: c.committer.email,
      GIT_COMMITTER_DATE: stamp(c.committer.date),
    };
    const args = ['commit-tree', c.tree, ...c.parents.flatMap((p) => ['-p', p]), '-F', '-'];
    return (await this.git(args, { input: c.message, env })).toString().trim();
  }

  async readCommit(sha: string): Promise<CommitInfo | undefined> {
    if ((await this.typeOf(sha)) !== 'commit') return undefined;
    const raw = (await this.git(['cat-file', 'commit', sha])).toString();
    const split = raw.indexOf('\n\n');
    const headers = raw.slice(0, split).split('\n');
    const person = (key: string): Person => {
      const line = headers.find((h) => h.startsWith(`${key} `)) ?? '';
      const m = /^\S+ (.*) <(.*)> (\d+) [+-]\d{4}$/.exec(line);
      return {
        name: m?.[1] ?? '',
        email: m?.[2] ?? '',
        date: new Date(Number(m?.[3] ?? 0) * 1000).toISOString().replace('.000Z', 'Z'),
      };
    };
    return {
      sha,
      tree: headers.find((h) => h.startsWith('tree '))!.slice(5),
      parents: headers.filter((h) => h.startsWith('parent ')).map((h) => h.slice(7)),
      author: person('author'),
      committer: person('committer'),
      message: split < 0 ? '' : raw.slice(split + 2),
    };
  }

  /** Full ref names (`refs/heads/main`) with the commit they point at, optionally under a prefix. */
  async refs(prefix = 'refs/'): Promise<{ ref: string; sha: string }[]> {
    const out = (await this.git(['for-each-ref', '--format=%(refname) %(objectname)', prefix])).toString();
    return out
      .split('\n')
      .filter(Boolean)
      .map((l) => {
        const [ref, sha] = l.split(' ') as [string, string];
        return { ref, sha };
      });
  }

  async ref(name: string): Promise<string | undefined> {
    return (await this.refs(name)).find((r) => r.ref === name)?.sha;
  }

  async setRef(name: string, sha: string): Promise<void> {
    await this.git(['update-ref', name, sha]);
  }

  async deleteRef(name: string): Promise<void> {
    await this.git(['update-ref', '-d', name]);
  }

  async validRefName(name: string): Promise<boolean> {
    return this.gitOk(['check-ref-format', name]);
  }

  private async gitOk(args: string[]): Promise<boolean> {
    return this.git(args).then(
      () => true,
      () => false,
    );
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    return this.gitOk(['merge-base', '--is-ancestor', ancestor, descendant]);
  }

  /** Commits reachable from `head` but not from `base` (what a pull request would contain). */
  async commitsBetween(base: string, head: string): Promise<string[]> {
    return (await this.git(['rev-list', `${base}..${head}`])).toString().split('\n').filter(Boolean);
  }

  /** Every file of a commit or tree, path → text: the easy way for tests to check what was committed. */
  async files(treeish: string): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const e of await this.listTree(treeish, true))
      if (e.type === 'blob') out[e.path] = (await this.readBlob(e.sha))!.toString('utf8');
    return out;
  }
}
