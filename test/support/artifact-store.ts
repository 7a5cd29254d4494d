// Artifact state shared by the Actions artifact service double (which creates artifacts) and the
// GitHub API double (which lists and downloads them through the REST API), so both sides see the
// same ids, sizes, digests and expiry dates, as they would on GitHub.

/** One workflow run attempt, as the results service knows it (its backend ids come from the runtime token). */
export interface RunAttempt {
  runId: number;
  runAttempt: number;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  headBranch: string;
  headSha: string;
}

export interface ArtifactRecord {
  id: number;
  name: string;
  run: RunAttempt;
  size: number;
  digest: string | null;
  createdAt: Date;
  updatedAt: Date;
  expiresAt: Date;
  /** False between CreateArtifact and FinalizeArtifact: such artifacts are invisible to every listing. */
  finalized: boolean;
  /** A fresh signed URL to the zip in blob storage (Azurite), when the artifact lives there. */
  signedDownloadUrl?: () => string;
  /** Uploaded by a run of a fork's pull request (its workflow_run.head_repository_id is the fork's). */
  fromFork?: boolean;
  /** The zip itself, for artifacts seeded without blob storage: the API double then serves it. */
  zip?: Buffer;
}

export class ArtifactStore {
  private readonly records = new Map<number, ArtifactRecord>();
  private readonly attempts = new Map<string, RunAttempt>();
  // GitHub's artifact ids are large and not 1-based; starting high catches code that treats them as indexes.
  private nextId = 1_800_000_001;

  registerRun(run: RunAttempt): RunAttempt {
    this.attempts.set(run.workflowRunBackendId, run);
    return run;
  }

  runByBackendId(workflowRunBackendId: string): RunAttempt | undefined {
    return this.attempts.get(workflowRunBackendId);
  }

  add(
    init: Omit<ArtifactRecord, 'id' | 'createdAt' | 'updatedAt' | 'finalized'> &
      Partial<Pick<ArtifactRecord, 'createdAt' | 'finalized'>>,
  ): ArtifactRecord {
    const now = init.createdAt ?? new Date();
    const record: ArtifactRecord = { finalized: true, ...init, id: this.nextId++, createdAt: now, updatedAt: now };
    this.records.set(record.id, record);
    return record;
  }

  get(id: number): ArtifactRecord | undefined {
    return this.records.get(id);
  }

  delete(id: number): boolean {
    return this.records.delete(id);
  }

  /** Finalized artifacts, oldest first (the order GitHub's listings use is by id). */
  list(filter: { runId?: number; name?: string; includeExpired?: boolean } = {}): ArtifactRecord[] {
    return [...this.records.values()]
      .filter((r) => r.finalized)
      .filter((r) => filter.runId === undefined || r.run.runId === filter.runId)
      .filter((r) => filter.name === undefined || r.name === filter.name)
      .filter((r) => filter.includeExpired !== false || !isExpired(r))
      .sort((a, b) => a.id - b.id);
  }

  /** Every record including unfinalized ones: for the artifact service's own bookkeeping. */
  raw(): ArtifactRecord[] {
    return [...this.records.values()];
  }

  /** Makes an artifact expired now, as if its retention period had run out. */
  expire(id: number): void {
    const record = this.records.get(id);
    if (!record) throw new Error(`no artifact ${id}`);
    record.expiresAt = new Date(Date.now() - 1000);
  }
}

export function isExpired(record: ArtifactRecord, now = new Date()): boolean {
  return record.expiresAt.getTime() <= now.getTime();
}
