// Actions artifacts REST routes of the GitHub API double, over the artifact store it shares with the
// artifact service double: what @actions/artifact uploads shows up here with the same id and size.
import { createHmac, randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { isExpired, type ArtifactRecord } from './artifact-store.js';
import type { GitHubApiDouble } from './github-api.js';
import { isoNow, notFound, type Handler, type RouteContext } from './github-api-shared.js';
import { newRunAttempt } from './runtime-token.js';

const BLOB_KEY = randomBytes(32);
const blobSig = (id: number) => createHmac('sha256', BLOB_KEY).update(String(id)).digest('base64url');

function artifactObject(api: GitHubApiDouble, r: ArtifactRecord): Record<string, unknown> {
  return {
    id: r.id,
    node_id: Buffer.from(`08:Artifact${r.id}`).toString('base64'),
    name: r.name,
    size_in_bytes: r.size,
    url: `${api.apiRepoBase}/actions/artifacts/${r.id}`,
    archive_download_url: `${api.apiRepoBase}/actions/artifacts/${r.id}/zip`,
    expired: isExpired(r),
    created_at: isoNow(r.createdAt),
    expires_at: isoNow(r.expiresAt),
    updated_at: isoNow(r.updatedAt),
    digest: r.digest,
    workflow_run: {
      id: r.run.runId,
      repository_id: api.repoId,
      head_repository_id: r.fromFork ? api.repoId + 1 : api.repoId,
      head_branch: r.run.headBranch,
      head_sha: r.run.headSha,
    },
  };
}

/** Listings include expired artifacts (flagged `expired: true`), newest first, as GitHub's do. */
function listing(
  ctx: RouteContext,
  runId?: number,
): { status: number; body: unknown; headers: Record<string, string> } {
  const name = ctx.query.get('name') ?? undefined;
  const all = ctx.api.artifacts
    .list({ runId, name })
    .filter((r) => !ctx.api.runs || ctx.api.runs.has(r.run.runId))
    .reverse();
  const perPage = Math.min(Number(ctx.query.get('per_page') ?? 30) || 30, 100);
  const page = Math.max(Number(ctx.query.get('page') ?? 1) || 1, 1);
  const slice = all.slice((page - 1) * perPage, page * perPage);
  const headers: Record<string, string> = {};
  if (page * perPage < all.length) {
    const next = new URL(ctx.url);
    next.searchParams.set('page', String(page + 1));
    next.searchParams.set('per_page', String(perPage));
    const last = new URL(next);
    last.searchParams.set('page', String(Math.ceil(all.length / perPage)));
    headers.link = `<${next}>; rel="next", <${last}>; rel="last"`;
  }
  return {
    status: 200,
    body: { total_count: all.length, artifacts: slice.map((r) => artifactObject(ctx.api, r)) },
    headers,
  };
}

function find(ctx: RouteContext): ArtifactRecord | undefined {
  return ctx.api.artifacts.get(Number(ctx.params.artifact_id));
}

export const artifactRoutes: Record<string, Handler> = {
  'actions/list-artifacts-for-repo': (ctx) => listing(ctx),
  'actions/list-workflow-run-artifacts': (ctx) => listing(ctx, Number(ctx.params.run_id)),
  'actions/get-artifact': (ctx) => {
    const r = find(ctx);
    return r?.finalized ? { status: 200, body: artifactObject(ctx.api, r) } : notFound();
  },
  'actions/delete-artifact': (ctx) => {
    const r = find(ctx);
    if (!r?.finalized) return notFound();
    ctx.api.artifacts.delete(r.id);
    return { status: 204 };
  },
  'actions/download-artifact': (ctx) => {
    const r = find(ctx);
    // "The :archive_format must be zip."
    if (!r?.finalized || ctx.params.archive_format !== 'zip') return notFound();
    if (isExpired(r)) return { status: 410, body: { message: 'Artifact has expired' } };
    const location = r.signedDownloadUrl?.() ?? `${ctx.api.url}/_blobs/artifacts/${r.id}.zip?sig=${blobSig(r.id)}`;
    return { status: 302, headers: { location } };
  },
};

/** Adds a finalized artifact holding `zip`, served by the double itself (no Azurite needed). */
export function seedArtifact(
  api: GitHubApiDouble,
  init: {
    name: string;
    zip: Buffer;
    runId?: number;
    retentionDays?: number;
    headBranch?: string;
    digest?: string;
    fromFork?: boolean;
  },
): ArtifactRecord {
  const run = api.artifacts.registerRun(
    newRunAttempt({ runId: init.runId ?? 4_000_000_001, headBranch: init.headBranch ?? api.defaultBranch }),
  );
  api.runs?.add(run.runId);
  return api.artifacts.add({
    name: init.name,
    run,
    size: init.zip.length,
    digest: init.digest ?? null,
    expiresAt: new Date(Date.now() + (init.retentionDays ?? 90) * 86_400_000),
    zip: init.zip,
    ...(init.fromFork ? { fromFork: true } : {}),
  });
}

/** The blob-storage stand-in the 302 of a seeded artifact points at: signed, unauthenticated, like a SAS URL. */
export function serveSeededArtifact(api: GitHubApiDouble, url: URL, res: ServerResponse): void {
  const m = /^\/_blobs\/artifacts\/(\d+)\.zip$/.exec(url.pathname);
  const record = m ? api.artifacts.get(Number(m[1])) : undefined;
  if (!record?.zip) {
    res.writeHead(404).end();
    return;
  }
  if (url.searchParams.get('sig') !== blobSig(record.id)) {
    res.writeHead(403, { 'content-type': 'application/xml' }).end('<Error><Code>AuthenticationFailed</Code></Error>');
    return;
  }
  res
    .writeHead(200, { 'content-type': 'application/zip', 'content-length': String(record.zip.length) })
    .end(record.zip);
}
