import { parseBatch, parseListing, parseRawDiff, type RawChange } from '../config/git-objects.js';

// hooks/pre-commit asks git what is staged while Node starts (a shell starts a process far more
// cheaply than Node does) and pipes the answers to the Node half. This reads them.

/** What git said about the index and HEAD under some directories, asked before it was needed. */
export interface StagedListings {
  /** The directories listed: repo-relative, `/`-separated. */
  specs: readonly string[];
  /** Index entries (repo path → blob id); null when `git ls-files` failed (asking again reports why). */
  index: Map<string, string> | null;
  /** HEAD's entries; null when there is no HEAD yet (a first commit) or it could not be listed. */
  head: Map<string, string> | null;
  /** Blobs git read for the paths whose index and HEAD ids differ, by id (the rest is usually in the work tree). */
  blobs: Map<string, Buffer>;
}

/**
 * Reads the script's stream: `git ls-files -s -z` output, an empty record, its exit status and a
 * NUL; the same for `git diff-index --cached --no-renames HEAD` output (its text as one record);
 * then `git cat-file --batch` output. HEAD's listing is the index's with what diff-index says HEAD
 * had where they differ: one git process fewer than listing HEAD too. Undefined when the stream
 * is not that (cut short, or from something else): the hook then asks git itself.
 */
export function parseStagedStream(stream: Buffer, specs: readonly string[]): StagedListings | undefined {
  const index = section(stream, 0);
  const diff = index && section(stream, index.next);
  const changes = diff && parseRawDiff(diff.listing.toString('utf8').replace(/\0$/, ''));
  if (!index || !diff || !changes) return undefined;
  const blobs = new Map<string, Buffer>();
  for (const [id, object] of parseBatch(stream.subarray(diff.next))) if (Buffer.isBuffer(object)) blobs.set(id, object);
  const staged = index.status === 0 ? parseListing(index.listing, true) : null;
  return {
    specs,
    index: staged,
    // No HEAD yet (a first commit) makes diff-index fail, as any other failure does: HEAD unknown.
    head: staged && diff.status === 0 ? headFrom(staged, changes) : null,
    blobs,
  };
}

/** HEAD's regular files: the index's, except where diff-index reports what HEAD had instead (or nothing). */
function headFrom(index: Map<string, string>, changes: readonly RawChange[]): Map<string, string> {
  const head = new Map(index);
  for (const change of changes) {
    head.delete(change.path);
    const regular = change.headMode === '100644' || change.headMode === '100755';
    if (regular && !/^0+$/.test(change.headOid)) head.set(change.path, change.headOid);
  }
  return head;
}

/** One section and its exit status, from `from`: records end with NUL and are never empty, so the first empty one ends it. */
function section(stream: Buffer, from: number): { listing: Buffer; status: number; next: number } | undefined {
  let end = from;
  while (end < stream.length && stream[end] !== 0) {
    end = stream.indexOf(0, end);
    if (end === -1) return undefined;
    end += 1;
  }
  if (end >= stream.length) return undefined;
  const statusEnd = stream.indexOf(0, end + 1);
  const status = statusEnd === -1 ? '' : stream.subarray(end + 1, statusEnd).toString();
  if (!/^\d+$/.test(status)) return undefined;
  return { listing: stream.subarray(from, end), status: Number(status), next: statusEnd + 1 };
}

/** Whether a repo path is one of `dirs` or lies below one (`.`: the whole repository). */
export function under(repoPath: string, dirs: readonly string[]): boolean {
  return dirs.some((d) => d === '.' || repoPath === d || repoPath.startsWith(`${d}/`));
}

// Pathspec magic (globs, `:(…)`) would make "a path under this directory" differ from what git matched.
const MAGIC = /[*?[\\]|^:/;

/**
 * The listings restricted to `wanted` directories, when every one of them lies in a prefetched
 * directory; undefined otherwise (the caller lists them itself).
 */
export function listingsFor(
  prefetched: StagedListings,
  wanted: readonly string[],
): { index: Map<string, string>; head: Map<string, string> | null } | undefined {
  if (!prefetched.index || [...prefetched.specs, ...wanted].some((s) => MAGIC.test(s))) return undefined;
  if (!wanted.every((w) => under(w, prefetched.specs))) return undefined;
  const keep = (entries: Map<string, string>): Map<string, string> =>
    new Map([...entries].filter(([p]) => under(p, wanted)));
  return { index: keep(prefetched.index), head: prefetched.head ? keep(prefetched.head) : null };
}
