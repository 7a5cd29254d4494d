// A local stand-in for the Actions results service's ArtifactService (ACTIONS_RESULTS_URL), spoken to
// by the unmodified @actions/artifact v6 client over JSON Twirp. Field names follow the protobuf
// names (the client sends them with useProtoFieldName); int64 travels as a string, Timestamp as
// RFC 3339 and the wrapper types as bare values. Artifact bytes go to Azurite through signed URLs.
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  BlobSASPermissions,
  BlobServiceClient,
  SASProtocol,
  StorageSharedKeyCredential,
  generateBlobSASQueryParameters,
  type ContainerClient,
} from '@azure/storage-blob';
import { ArtifactStore, isExpired, type ArtifactRecord, type RunAttempt } from './artifact-store.js';
import { DEV_ACCOUNT, DEV_ACCOUNT_KEY } from './azurite.js';
import { listenLocal, readBody, sendJson, type Listening } from './http-util.js';
import { newRunAttempt, resultsScope, runtimeToken, verifyRuntimeToken } from './runtime-token.js';

const SERVICE = 'github.actions.results.api.v1.ArtifactService';
type Kind = 'string' | 'int32' | 'int64' | 'timestamp' | 'StringValue' | 'Int64Value';
// The request messages, from the client's generated code (lib/generated/results/api/v1/artifact.js).
const IDS = { workflow_run_backend_id: 'string', workflow_job_run_backend_id: 'string' } as const;
const REQUESTS: Record<string, Record<string, Kind>> = {
  CreateArtifact: { ...IDS, name: 'string', expires_at: 'timestamp', version: 'int32', mime_type: 'StringValue' },
  FinalizeArtifact: { ...IDS, name: 'string', size: 'int64', hash: 'StringValue' },
  ListArtifacts: { ...IDS, name_filter: 'StringValue', id_filter: 'Int64Value' },
  GetSignedArtifactURL: { ...IDS, name: 'string' },
  DeleteArtifact: { ...IDS, name: 'string' },
};
// Twirp's error codes and the HTTP statuses its servers answer them with.
const TWIRP_STATUS = {
  invalid_argument: 400,
  malformed: 400,
  unauthenticated: 401,
  permission_denied: 403,
  bad_route: 404,
  not_found: 404,
  already_exists: 409,
  failed_precondition: 412,
  internal: 500,
} as const;
type TwirpCode = keyof typeof TWIRP_STATUS;
// Outcomes a correct client can meet in a scenario (duplicate name, missing artifact); anything else is its fault.
const SCENARIO_CODES: TwirpCode[] = ['already_exists', 'not_found', 'failed_precondition'];

class TwirpError extends Error {
  constructor(
    readonly code: TwirpCode,
    msg: string,
  ) {
    super(msg);
  }
}

export interface ArtifactServiceOptions {
  store: ArtifactStore;
  /** Azurite's blob endpoint including the account (see startAzurite). */
  blobEndpoint: string;
  container?: string;
  /** Retention when CreateArtifact names no expiry, and the cap on one that does. */
  retentionDays?: number;
  signedUrlMinutes?: number;
}

export interface TwirpCall {
  method: string;
  status: number;
  request: Record<string, unknown> | undefined;
  error?: { code: string; msg: string };
}

export class ArtifactServiceDouble {
  readonly store: ArtifactStore;
  readonly calls: TwirpCall[] = [];
  private readonly problems: string[] = [];
  private readonly blobs = new Map<number, { blobName: string }>();
  private readonly credential = new StorageSharedKeyCredential(DEV_ACCOUNT, DEV_ACCOUNT_KEY);
  private readonly container: ContainerClient;
  private listening?: Listening;

  constructor(private readonly opts: ArtifactServiceOptions) {
    this.store = opts.store;
    this.container = new BlobServiceClient(opts.blobEndpoint, this.credential).getContainerClient(
      opts.container ?? 'actions-results',
    );
  }

  async start(): Promise<this> {
    await this.container.createIfNotExists();
    this.listening = await listenLocal((req, res) => void this.handle(req, res));
    return this;
  }

  async stop(): Promise<void> {
    await this.listening?.close();
  }

  /** ACTIONS_RESULTS_URL */
  get url(): string {
    if (!this.listening) throw new Error('artifact service double not started');
    return `${this.listening.url}/`;
  }

  /** Registers a run attempt and returns it with a runtime token scoped to it. */
  newRun(init: Partial<RunAttempt> & { runId: number }): RunAttempt & { token: string } {
    const run = this.store.registerRun(newRunAttempt(init));
    return { ...run, token: runtimeToken(run) };
  }

  /** Calls the real service would have refused because the client was wrong (not scenario outcomes). */
  violations(): string[] {
    return [...this.problems];
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = url.pathname.startsWith(`/twirp/${SERVICE}/`)
      ? url.pathname.slice(`/twirp/${SERVICE}/`.length)
      : url.pathname;
    let request: Record<string, unknown> | undefined;
    try {
      if (req.method !== 'POST' || !REQUESTS[method])
        throw new TwirpError('bad_route', `no handler for path "${url.pathname}"`);
      if (!/^application\/json\b/.test(req.headers['content-type'] ?? ''))
        throw new TwirpError('bad_route', `unexpected Content-Type: "${req.headers['content-type'] ?? ''}"`);
      const claims = verifyRuntimeToken((req.headers.authorization ?? '').replace(/^Bearer /, ''));
      const scope = claims && resultsScope(claims);
      if (!scope) throw new TwirpError('unauthenticated', 'missing or invalid runtime token');
      try {
        request = JSON.parse((await readBody(req)).toString('utf8') || '{}') as Record<string, unknown>;
      } catch {
        throw new TwirpError('malformed', 'the json request could not be decoded');
      }
      const msg = decode(method, request);
      const tokenRun = this.store.runByBackendId(scope.workflowRunBackendId);
      const run = this.store.runByBackendId(String(msg.workflow_run_backend_id ?? ''));
      if (!run || !tokenRun) throw new TwirpError('invalid_argument', 'unknown workflow_run_backend_id');
      // Reading is allowed across attempts of the token's run; writing only for the token's own job.
      if (run.runId !== tokenRun.runId)
        throw new TwirpError('permission_denied', 'token is not scoped to this workflow run');
      const writes = method === 'CreateArtifact' || method === 'FinalizeArtifact';
      if (
        writes &&
        (msg.workflow_run_backend_id !== scope.workflowRunBackendId ||
          msg.workflow_job_run_backend_id !== scope.workflowJobRunBackendId)
      ) {
        throw new TwirpError('permission_denied', 'token is not scoped to this workflow job');
      }
      const body = await this.dispatch(method, msg, run);
      this.calls.push({ method, status: 200, request });
      sendJson(res, 200, body);
    } catch (err) {
      const e = err instanceof TwirpError ? err : new TwirpError('internal', String((err as Error)?.message ?? err));
      if (!SCENARIO_CODES.includes(e.code)) this.problems.push(`${method}: ${e.code}: ${e.message}`);
      this.calls.push({ method, status: TWIRP_STATUS[e.code], request, error: { code: e.code, msg: e.message } });
      sendJson(res, TWIRP_STATUS[e.code], { code: e.code, msg: e.message });
    }
  }

  private async dispatch(method: string, msg: Record<string, unknown>, run: RunAttempt): Promise<unknown> {
    const name = typeof msg.name === 'string' ? msg.name : '';
    switch (method) {
      case 'CreateArtifact':
        return this.create(run, name, msg);
      case 'FinalizeArtifact': {
        const record = this.ofAttempt(run, name, false);
        const size = Number(msg.size ?? 0);
        let stored: number | undefined;
        try {
          stored = (await this.container.getBlobClient(this.blobs.get(record.id)!.blobName).getProperties())
            .contentLength;
        } catch {
          throw new TwirpError('failed_precondition', 'no content was uploaded for this artifact');
        }
        if (stored !== size)
          throw new TwirpError('invalid_argument', `size ${size} does not match the ${stored} bytes uploaded`);
        Object.assign(record, {
          size,
          digest: typeof msg.hash === 'string' ? msg.hash : null,
          finalized: true,
          updatedAt: new Date(),
        });
        return { ok: true, artifact_id: String(record.id) };
      }
      case 'ListArtifacts': {
        const artifacts = this.store
          .list({ runId: run.runId, includeExpired: false })
          .filter((r) => msg.name_filter === undefined || r.name === msg.name_filter)
          .filter((r) => msg.id_filter === undefined || String(r.id) === String(msg.id_filter));
        return {
          artifacts: artifacts.map((r) => ({
            workflow_run_backend_id: r.run.workflowRunBackendId,
            workflow_job_run_backend_id: r.run.workflowJobRunBackendId,
            database_id: String(r.id),
            name: r.name,
            size: String(r.size),
            created_at: r.createdAt.toISOString(),
            ...(r.digest ? { digest: r.digest } : {}),
          })),
        };
      }
      case 'GetSignedArtifactURL':
        return { signed_url: this.signedUrl(this.ofAttempt(run, name, true).id, 'r') };
      default: {
        const record = this.ofAttempt(run, name, true);
        this.store.delete(record.id);
        await this.container.getBlobClient(this.blobs.get(record.id)!.blobName).deleteIfExists();
        return { ok: true, artifact_id: String(record.id) };
      }
    }
  }

  private create(run: RunAttempt, name: string, msg: Record<string, unknown>): unknown {
    if (!name) throw new TwirpError('invalid_argument', 'name is required');
    // One name per run attempt, finalized or not: what makes a second upload-artifact of a name fail.
    if (this.store.raw().some((r) => r.run.workflowRunBackendId === run.workflowRunBackendId && r.name === name)) {
      throw new TwirpError('already_exists', 'an artifact with this name already exists on the workflow run');
    }
    const days = this.opts.retentionDays ?? 90;
    const cap = Date.now() + days * 86_400_000;
    let expires = cap;
    if (msg.expires_at !== undefined) {
      expires = Date.parse(String(msg.expires_at));
      if (expires <= Date.now()) throw new TwirpError('invalid_argument', 'expires_at must be in the future');
      expires = Math.min(expires, cap);
    }
    const mime = typeof msg.mime_type === 'string' ? msg.mime_type : 'application/zip';
    const record = this.store.add({ name, run, size: 0, digest: null, expiresAt: new Date(expires), finalized: false });
    // The download side decides "zip or raw file" from the blob's content type and name, so only zips end in .zip.
    const blobName = `${run.workflowRunBackendId}/${run.workflowJobRunBackendId}/${record.id}/${name}${mime === 'application/zip' ? '.zip' : ''}`;
    this.blobs.set(record.id, { blobName });
    record.signedDownloadUrl = () => this.signedUrl(record.id, 'r');
    return { ok: true, signed_upload_url: this.signedUrl(record.id, 'cw') };
  }

  private ofAttempt(run: RunAttempt, name: string, finalized: boolean): ArtifactRecord {
    const record = this.store
      .raw()
      .find(
        (r) => r.run.workflowRunBackendId === run.workflowRunBackendId && r.name === name && r.finalized === finalized,
      );
    if (!record || (finalized && isExpired(record))) throw new TwirpError('not_found', `artifact "${name}" not found`);
    return record;
  }

  private signedUrl(id: number, permissions: string): string {
    const blobName = this.blobs.get(id)!.blobName;
    const now = Date.now();
    const sas = generateBlobSASQueryParameters(
      {
        containerName: this.container.containerName,
        blobName,
        permissions: BlobSASPermissions.parse(permissions),
        protocol: SASProtocol.HttpsAndHttp,
        startsOn: new Date(now - 5 * 60_000),
        expiresOn: new Date(now + (this.opts.signedUrlMinutes ?? 60) * 60_000),
      },
      this.credential,
    ).toString();
    return `${this.container.getBlobClient(blobName).url}?${sas}`;
  }
}

/** Checks a request against its message's field kinds; accepts lowerCamel names as protojson does. */
function decode(method: string, raw: Record<string, unknown>): Record<string, unknown> {
  const fields = REQUESTS[method]!;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const field = key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    const kind = fields[field];
    if (!kind || value === null) continue;
    const ok =
      kind === 'string' || kind === 'StringValue'
        ? typeof value === 'string'
        : kind === 'int32'
          ? Number.isInteger(value)
          : kind === 'int64' || kind === 'Int64Value'
            ? /^-?\d+$/.test(String(value)) && typeof value !== 'boolean'
            : typeof value === 'string' && !Number.isNaN(Date.parse(value)) && /Z|[+-]\d\d:\d\d$/.test(value);
    if (!ok) throw new TwirpError('malformed', `field ${field}: not a valid ${kind}: ${JSON.stringify(value)}`);
    out[field] = value;
  }
  for (const id of Object.keys(IDS)) if (!out[id]) throw new TwirpError('invalid_argument', `${id} is required`);
  return out;
}
