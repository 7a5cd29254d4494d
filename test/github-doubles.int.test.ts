// Self-tests of the local GitHub doubles (test/support): they must behave like GitHub for the very
// clients the action will use — the unmodified @actions/artifact v6 client and @actions/github's
// octokit — and refuse what GitHub refuses. Azurite runs once for the whole file.
import { execFileSync, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFailed, vi } from 'vitest';
import { ArtifactServiceDouble } from './support/artifact-service.js';
import { ArtifactStore } from './support/artifact-store.js';
import { NODE24, azuriteAvailable, startAzurite, type Azurite } from './support/azurite.js';
import { GitHubApiDouble } from './support/github-api.js';
import { OUTSIDE_TRAFFIC_GUARD, actionsEnv } from './support/runtime-token.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const TOKEN = 'ghs_testtoken';
type Octokit = ReturnType<typeof import('@actions/github').getOctokit>;

let tmp: string;
let savedEnv: NodeJS.ProcessEnv;
let api: GitHubApiDouble;
let octokit: Octokit;
const store = new ArtifactStore();
const repo = { owner: 'octo-org', repo: 'orchestration-config' };

async function octokitFor(baseUrl: string, token = TOKEN): Promise<Octokit> {
  const { getOctokit } = await import('@actions/github');
  return getOctokit(token, { baseUrl });
}

/** The HTTP status of an octokit call, failed or not (octokit throws RequestError for >= 400). */
async function statusOf(p: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    return { status: ((await p) as { status: number }).status, message: '' };
  } catch (err) {
    const e = err as { status?: number; message?: string };
    return { status: e.status ?? -1, message: e.message ?? '' };
  }
}

beforeAll(async () => {
  savedEnv = { ...process.env };
  // Before any HTTP client exists: the Azure SDK reads NO_PROXY once, @actions/github its base URL once.
  Object.assign(process.env, OUTSIDE_TRAFFIC_GUARD);
  tmp = await mkdtemp(path.join(tmpdir(), 'gh-doubles-'));
  api = await new GitHubApiDouble({
    ...repo,
    artifacts: store,
    files: { 'README.md': '# config\n', 'orchestration/agents.json': '{"agents":[]}\n' },
  }).start();
  // @actions/github fixes its default base URL when first imported, and the artifact client's REST
  // calls use that default: the variable must point at the double before anything imports it.
  process.env.GITHUB_API_URL = api.url;
  octokit = await octokitFor(api.url);
});

afterAll(async () => {
  await api?.stop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
  Object.assign(process.env, savedEnv);
});

describe('GitHub API double with octokit from @actions/github', () => {
  it('creates, pages through, updates and deletes issue comments', async () => {
    const issue = api.createIssue();
    const made = [];
    for (let i = 1; i <= 5; i++) {
      made.push(
        (await octokit.rest.issues.createComment({ ...repo, issue_number: issue.number, body: `report ${i}` })).data,
      );
    }
    expect(made[0]).toMatchObject({ body: 'report 1', user: { login: 'github-actions[bot]' } });
    expect(made[0]!.html_url).toBe(
      `https://github.com/octo-org/orchestration-config/issues/${issue.number}#issuecomment-${made[0]!.id}`,
    );

    const firstPage = await octokit.rest.issues.listComments({ ...repo, issue_number: issue.number, per_page: 2 });
    expect(firstPage.data.map((c) => c.body)).toEqual(['report 1', 'report 2']);
    expect(firstPage.headers.link).toContain('rel="next"');
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      ...repo,
      issue_number: issue.number,
      per_page: 2,
    });
    expect(all.map((c) => c.body)).toEqual(['report 1', 'report 2', 'report 3', 'report 4', 'report 5']);

    const updated = await octokit.rest.issues.updateComment({
      ...repo,
      comment_id: made[1]!.id,
      body: 'report 2 (edited)',
    });
    expect(updated.data.body).toBe('report 2 (edited)');
    expect(Date.parse(updated.data.updated_at)).toBeGreaterThan(Date.parse(made[1]!.updated_at));
    expect((await octokit.rest.issues.deleteComment({ ...repo, comment_id: made[0]!.id })).status).toBe(204);
    expect(api.commentsOn(issue.number).map((c) => c.body)).toEqual([
      'report 2 (edited)',
      'report 3',
      'report 4',
      'report 5',
    ]);
    expect((await statusOf(octokit.rest.issues.createComment({ ...repo, issue_number: 9999, body: 'x' }))).status).toBe(
      404,
    );
  });

  it('builds a commit with the Git Data API, opens a pull request and serves the files back', async () => {
    const main = (await octokit.rest.git.getRef({ ...repo, ref: 'heads/main' })).data;
    const base = (await octokit.rest.git.getCommit({ ...repo, commit_sha: main.object.sha })).data;
    const blob = (
      await octokit.rest.git.createBlob({
        ...repo,
        content: Buffer.from('{"v":2}\n').toString('base64'),
        encoding: 'base64',
      })
    ).data;
    const tree = (
      await octokit.rest.git.createTree({
        ...repo,
        base_tree: base.tree.sha,
        tree: [
          { path: 'backups/2024-01-01/agents.json', mode: '100644', type: 'blob', sha: blob.sha },
          { path: 'backups/2024-01-01/notes.txt', mode: '100644', type: 'blob', content: 'utf-8 content\n' },
          { path: 'README.md', mode: '100644', type: 'blob', sha: null },
        ],
      })
    ).data;
    const commit = (
      await octokit.rest.git.createCommit({
        ...repo,
        message: 'Back up orchestration config',
        tree: tree.sha,
        parents: [main.object.sha],
      })
    ).data;
    expect(commit.parents.map((p) => p.sha)).toEqual([main.object.sha]);
    expect(commit.author.name).toBe('github-actions[bot]');
    const ref = (await octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/backup/2024-01-01', sha: commit.sha }))
      .data;
    expect(ref.object.sha).toBe(commit.sha);
    expect(
      (await statusOf(octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/backup/2024-01-01', sha: commit.sha })))
        .message,
    ).toMatch(/Reference already exists/);

    const pr = (
      await octokit.rest.pulls.create({
        ...repo,
        title: 'Config backup',
        head: 'backup/2024-01-01',
        base: 'main',
        body: 'automated',
      })
    ).data;
    expect(pr).toMatchObject({
      state: 'open',
      head: { ref: 'backup/2024-01-01', sha: commit.sha },
      base: { ref: 'main' },
      commits: 1,
      user: { login: 'github-actions[bot]' },
    });
    const listed = await octokit.rest.pulls.list({
      ...repo,
      head: 'octo-org:backup/2024-01-01',
      base: 'main',
      state: 'open',
    });
    expect(listed.data.map((p) => p.number)).toEqual([pr.number]);
    // Without the "owner:" prefix GitHub ignores `head` altogether, and so does the double.
    expect((await octokit.rest.pulls.list({ ...repo, head: 'no-such-branch' })).data.map((p) => p.number)).toEqual([
      pr.number,
    ]);
    expect(
      (await statusOf(octokit.rest.pulls.create({ ...repo, title: 'again', head: 'backup/2024-01-01', base: 'main' })))
        .message,
    ).toMatch(/A pull request already exists/);
    await octokit.rest.issues.createComment({ ...repo, issue_number: pr.number, body: 'summary' });

    const recursive = (await octokit.rest.git.getTree({ ...repo, tree_sha: tree.sha, recursive: 'true' })).data;
    expect(
      recursive.tree
        .filter((e) => e.type === 'blob')
        .map((e) => e.path)
        .sort(),
    ).toEqual(['backups/2024-01-01/agents.json', 'backups/2024-01-01/notes.txt', 'orchestration/agents.json']);
    const file = (
      await octokit.rest.repos.getContent({ ...repo, path: 'backups/2024-01-01/agents.json', ref: 'backup/2024-01-01' })
    ).data;
    expect(Buffer.from((file as { content: string }).content, 'base64').toString()).toBe('{"v":2}\n');
    expect(await api.filesAt('refs/heads/backup/2024-01-01')).toEqual({
      'backups/2024-01-01/agents.json': '{"v":2}\n',
      'backups/2024-01-01/notes.txt': 'utf-8 content\n',
      'orchestration/agents.json': '{"agents":[]}\n',
    });
    expect(api.pullRequests().map((p) => p.head)).toEqual(['backup/2024-01-01']);
  });

  it('commits through the contents API and refuses a ref update that is not a fast forward', async () => {
    const created = await octokit.rest.repos.createOrUpdateFileContents({
      ...repo,
      path: 'state/last-backup.json',
      message: 'Record backup',
      content: Buffer.from('{"n":1}\n').toString('base64'),
    });
    expect(created.status).toBe(201);
    const update = {
      ...repo,
      path: 'state/last-backup.json',
      message: 'Record backup',
      content: Buffer.from('{"n":2}\n').toString('base64'),
    };
    expect(await statusOf(octokit.rest.repos.createOrUpdateFileContents(update))).toMatchObject({
      status: 422,
      message: expect.stringMatching(/"sha" wasn't supplied/),
    });
    const updated = await octokit.rest.repos.createOrUpdateFileContents({ ...update, sha: created.data.content!.sha! });
    expect(updated.data.commit.parents![0]!.sha).toBe(created.data.commit.sha);
    expect((await api.filesAt('main'))['state/last-backup.json']).toBe('{"n":2}\n');

    const stale = await statusOf(
      octokit.rest.git.updateRef({ ...repo, ref: 'heads/main', sha: created.data.commit.sha! }),
    );
    expect(stale).toMatchObject({ status: 422, message: expect.stringMatching(/^Update is not a fast forward/) });
    const forced = await octokit.rest.git.updateRef({
      ...repo,
      ref: 'heads/main',
      sha: created.data.commit.sha!,
      force: true,
    });
    expect(forced.data.object.sha).toBe(created.data.commit.sha);
  });

  it('serves an existing local repository given as repoPath, and leaves it in place', async () => {
    const dir = path.join(tmp, 'existing');
    await mkdir(dir);
    await writeFile(path.join(dir, 'config.json'), '{"from":"disk"}\n');
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd: dir,
        env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' },
      });
    git('init', '-q', '-b', 'trunk');
    git('add', '.');
    git('commit', '-q', '-m', 'seed');
    const local = await new GitHubApiDouble({ ...repo, repoPath: dir, defaultBranch: 'trunk' }).start();
    try {
      const file = (await (await octokitFor(local.url)).rest.repos.getContent({ ...repo, path: 'config.json' }))
        .data as { content: string };
      expect(Buffer.from(file.content, 'base64').toString()).toBe('{"from":"disk"}\n');
    } finally {
      await local.stop();
    }
    expect(git('rev-parse', '--abbrev-ref', 'HEAD').toString().trim()).toBe('trunk');
  });

  it('made no request GitHub would reject and answered with documented shapes', () => {
    expect(api.violations()).toEqual([]);
    expect(api.responseIssues).toEqual([]);
    expect(api.requests.length).toBeGreaterThan(10);
  });
});

describe('GitHub API double refuses what GitHub refuses', () => {
  it('answers an invalid body, a bad parameter, an unknown route and a missing token like GitHub, and records each', async () => {
    const strict = await new GitHubApiDouble(repo).start();
    try {
      const issue = strict.createIssue();
      const ok = await octokitFor(strict.url);
      // Typed as a plain string so the compiler lets the deliberately incomplete request through.
      const createComment: string = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
      const noBody = await statusOf(ok.request(createComment, { ...repo, issue_number: issue.number }));
      expect(noBody.status).toBe(422);
      const badParam = await fetch(
        `${strict.url}/repos/octo-org/orchestration-config/issues/${issue.number}/comments?per_page=many`,
        { headers: { authorization: `token ${TOKEN}` } },
      );
      expect(badParam.status).toBe(422);
      const unknown = await statusOf(ok.request('GET /repos/{owner}/{repo}/backups', repo));
      expect(unknown.status).toBe(404);
      const anonymous = await fetch(`${strict.url}/repos/octo-org/orchestration-config`);
      expect(anonymous.status).toBe(401);
      expect(await anonymous.json()).toMatchObject({ message: 'Requires authentication' });
      expect(strict.violations().map((v) => [v.kind, v.status])).toEqual([
        ['invalid-request', 422],
        ['invalid-request', 422],
        ['unknown-route', 404],
        ['unauthenticated', 401],
      ]);
      expect(strict.violations()[0]!.issues[0]!.message).toMatch(/body/);
    } finally {
      await strict.stop();
    }
  });

  it('answers writes with a read-only token 403 and refuses pull requests when Actions may not create them', async () => {
    const locked = await new GitHubApiDouble({ ...repo, readOnlyToken: true, forbidPullRequestCreation: true }).start();
    try {
      const issue = locked.createIssue();
      const client = await octokitFor(locked.url);
      const write = await statusOf(
        client.rest.issues.createComment({ ...repo, issue_number: issue.number, body: 'x' }),
      );
      expect(write).toMatchObject({
        status: 403,
        message: expect.stringMatching(/^Resource not accessible by integration/),
      });
      expect((await client.rest.repos.get(repo)).data.default_branch).toBe('main');
      locked.readOnlyToken = false;
      const main = await locked.git.ref('refs/heads/main');
      const tree = (
        await client.rest.git.createTree({
          ...repo,
          tree: [{ path: 'a.json', mode: '100644', type: 'blob', content: '{}' }],
        })
      ).data;
      const commit = (await client.rest.git.createCommit({ ...repo, message: 'm', tree: tree.sha, parents: [main!] }))
        .data;
      await client.rest.git.createRef({ ...repo, ref: 'refs/heads/feature', sha: commit.sha });
      const pr = await statusOf(client.rest.pulls.create({ ...repo, title: 't', head: 'feature', base: 'main' }));
      expect(pr).toMatchObject({
        status: 403,
        message: expect.stringMatching(/^GitHub Actions is not permitted to create or approve pull requests\./),
      });
      expect(locked.violations()).toEqual([]);
    } finally {
      await locked.stop();
    }
  });

  it('redirects an artifact download to its zip, and answers 410 once it has expired', async () => {
    const zip = Buffer.from('PK\x05\x06'.padEnd(22, '\0'), 'binary');
    const artifact = api.addArtifact({ name: 'seeded', zip });
    const url = `${api.url}/repos/octo-org/orchestration-config/actions/artifacts/${artifact.id}/zip`;
    const redirect = await fetch(url, { headers: { authorization: `token ${TOKEN}` }, redirect: 'manual' });
    expect(redirect.status).toBe(302);
    const blob = await fetch(redirect.headers.get('location')!);
    expect(Buffer.from(await blob.arrayBuffer())).toEqual(zip);
    api.expire(artifact.id);
    const gone = await statusOf(
      octokit.rest.actions.downloadArtifact({
        ...repo,
        artifact_id: artifact.id,
        archive_format: 'zip',
        request: { redirect: 'manual' },
      }),
    );
    expect(gone).toMatchObject({ status: 410, message: expect.stringMatching(/^Artifact has expired/) });
    const listed = (await octokit.rest.actions.listArtifactsForRepo({ ...repo, name: 'seeded' })).data;
    expect(listed).toMatchObject({
      total_count: 1,
      artifacts: [{ id: artifact.id, expired: true, size_in_bytes: zip.length }],
    });

    const more = [1, 2, 3].map((i) => api.addArtifact({ name: `page-${i}`, zip, runId: 77 }).id);
    const page = await octokit.rest.actions.listWorkflowRunArtifacts({ ...repo, run_id: 77, per_page: 2 });
    expect(page.data.total_count).toBe(3);
    expect(page.headers.link).toContain('rel="next"');
    const everything = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
      ...repo,
      run_id: 77,
      per_page: 2,
    });
    expect(everything.map((a) => a.id).sort()).toEqual(more.sort());
  });
});

describe.skipIf(!azuriteAvailable())(
  'artifact service double with the unmodified @actions/artifact client (Azurite)',
  () => {
    let azurite: Azurite;
    let service: ArtifactServiceDouble;
    let files: string[];
    let root: string;

    beforeAll(async () => {
      azurite = await startAzurite();
      service = await new ArtifactServiceDouble({ store, blobEndpoint: azurite.blobEndpoint }).start();
      root = path.join(tmp, 'ws', 'backup');
      await mkdir(path.join(root, 'agents'), { recursive: true });
      await writeFile(path.join(root, 'manifest.json'), '{"version":1}\n');
      await writeFile(path.join(root, 'agents', 'planner.json'), '{"name":"planner"}\n');
      files = [path.join(root, 'manifest.json'), path.join(root, 'agents', 'planner.json')];
    }, 60_000);

    afterEach(() => {
      vi.restoreAllMocks();
    });

    afterAll(async () => {
      await service?.stop();
      await azurite?.stop();
    });

    function envFor(runId: number): Record<string, string> {
      const run = service.newRun({ runId });
      return actionsEnv({
        run,
        resultsUrl: service.url,
        apiUrl: api.url,
        repository: 'octo-org/orchestration-config',
        workspace: path.join(tmp, 'ws'),
      });
    }
    const findBy = (runId: number) => ({
      token: TOKEN,
      workflowRunId: runId,
      repositoryOwner: repo.owner,
      repositoryName: repo.repo,
    });

    it('uploads, lists, gets and downloads on this Node, through Twirp and through the REST 302; a second upload is a 409', async () => {
      Object.assign(process.env, envFor(101));
      // @actions/core prints workflow commands (::debug::, ::add-mask::) on stdout: keep them for a failure only.
      const clientLog: string[] = [];
      vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => clientLog.push(String(chunk)) > 0);
      onTestFailed(() => {
        vi.restoreAllMocks();
        console.log(clientLog.join(''));
      });
      const { DefaultArtifactClient } = await import('@actions/artifact');
      const client = new DefaultArtifactClient();
      const up = await client.uploadArtifact('orch-backup', files, root, { retentionDays: 5 });
      const id = up.id!;
      const record = store.get(id)!;
      expect(record).toMatchObject({ name: 'orch-backup', size: up.size, digest: `sha256:${up.digest}` });
      expect(Math.round((record.expiresAt.getTime() - record.createdAt.getTime()) / 86_400_000)).toBe(5);

      expect((await client.listArtifacts()).artifacts).toMatchObject([{ id: id, name: 'orch-backup', size: up.size }]);
      expect((await client.getArtifact('orch-backup')).artifact.id).toBe(id);
      const dl = path.join(tmp, 'dl-twirp');
      await client.downloadArtifact(id, { path: dl });
      expect(await readFile(path.join(dl, 'agents', 'planner.json'), 'utf8')).toBe('{"name":"planner"}\n');

      expect((await client.listArtifacts({ findBy: findBy(101) })).artifacts.map((a) => a.id)).toEqual([id]);
      const viaRest = path.join(tmp, 'dl-rest');
      await client.downloadArtifact(id, { path: viaRest, findBy: findBy(101) });
      expect(await readFile(path.join(viaRest, 'manifest.json'), 'utf8')).toBe('{"version":1}\n');
      const rest = (await (await octokitFor(api.url)).rest.actions.getArtifact({ ...repo, artifact_id: id })).data;
      expect(rest).toMatchObject({
        size_in_bytes: up.size,
        workflow_run: { id: 101 },
        expires_at: record.expiresAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      });

      await expect(client.uploadArtifact('orch-backup', files, root)).rejects.toThrow(
        /\(409\) Conflict: an artifact with this name already exists on the workflow run/,
      );

      // The name is unique per run attempt: a re-run may upload it again, and "get" then picks the newest.
      process.env.ACTIONS_RUNTIME_TOKEN = service.newRun({ runId: 101, runAttempt: 2 }).token;
      const again = await client.uploadArtifact('orch-backup', files, root);
      expect((await client.getArtifact('orch-backup')).artifact.id).toBe(again.id);
      expect((await client.listArtifacts()).artifacts.map((a) => a.id)).toEqual([id, again.id]);

      // Once expired, the results service no longer finds it and the REST download is gone (410).
      store.expire(again.id!);
      await expect(client.getArtifact('orch-backup')).resolves.toMatchObject({ artifact: { id } });
      const gone = await fetch(`${api.url}/repos/octo-org/orchestration-config/actions/artifacts/${again.id}/zip`, {
        headers: { authorization: `token ${TOKEN}` },
        redirect: 'manual',
      });
      expect(gone.status).toBe(410);

      expect(service.violations()).toEqual([]);
      expect(api.violations()).toEqual([]);
      expect(api.responseIssues).toEqual([]);
    });

    it('works the same for the client running on Node 24, the version GitHub runs the action on', async () => {
      const planFile = path.join(tmp, 'plan.json');
      const resultFile = path.join(tmp, 'result.json');
      await writeFile(
        planFile,
        JSON.stringify({
          name: 'orch-backup-24',
          files,
          root,
          retentionDays: 3,
          findBy: findBy(202),
          downloadDir: path.join(tmp, 'dl24'),
          restDownloadDir: path.join(tmp, 'dl24-rest'),
        }),
      );
      const env = { ...process.env, ...envFor(202) };
      const code = await new Promise<number | null>((resolve, reject) => {
        const child = spawn(NODE24, [path.join(HERE, 'support/artifact-client-probe.mjs'), planFile, resultFile], {
          env,
          stdio: 'ignore',
        });
        child.on('error', reject);
        child.on('exit', resolve);
      });
      expect(code).toBe(0);
      const result = JSON.parse(await readFile(resultFile, 'utf8')) as {
        node: string;
        steps: { name: string; ok: boolean; error?: string }[];
      };
      expect(result.node).toMatch(/^24\./);
      expect(result.steps.map((s) => [s.name, s.ok])).toEqual([
        ['upload', true],
        ['list', true],
        ['get', true],
        ['download', true],
        ['download-rest', true],
        ['list-rest', true],
        ['upload-again', false],
      ]);
      expect(result.steps.at(-1)!.error).toMatch(/409/);
      expect(await readFile(path.join(tmp, 'dl24-rest', 'agents', 'planner.json'), 'utf8')).toBe(
        '{"name":"planner"}\n',
      );
      expect(service.violations()).toEqual([]);
    });

    it('answers unauthenticated and unknown Twirp calls like the results service, and records them', async () => {
      const base = `${service.url}twirp/github.actions.results.api.v1.ArtifactService`;
      const run = service.newRun({ runId: 303 });
      const ids = {
        workflow_run_backend_id: run.workflowRunBackendId,
        workflow_job_run_backend_id: run.workflowJobRunBackendId,
      };
      const post = (method: string, body: unknown, token?: string) =>
        fetch(`${base}/${method}`, {
          method: 'POST',
          body: JSON.stringify(body),
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        });
      const anonymous = await post('ListArtifacts', ids);
      expect([anonymous.status, ((await anonymous.json()) as { code: string }).code]).toEqual([401, 'unauthenticated']);
      const unknown = await post('UploadArtifact', ids, run.token);
      expect([unknown.status, ((await unknown.json()) as { code: string }).code]).toEqual([404, 'bad_route']);
      const otherJob = await post(
        'CreateArtifact',
        { ...ids, workflow_job_run_backend_id: 'another-job', name: 'x', version: 7 },
        run.token,
      );
      expect(otherJob.status).toBe(403);
      const missing = await post('GetSignedArtifactURL', { ...ids, name: 'never-uploaded' }, run.token);
      expect([missing.status, ((await missing.json()) as { code: string }).code]).toEqual([404, 'not_found']);
      // A missing artifact is a scenario outcome, not a client mistake: three violations, not four.
      expect(service.violations()).toHaveLength(3);
    });
  },
);
