import { parseBatch, parseListing } from '../config/git-objects.js';

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
 * NUL; the same for `git ls-tree -r -z HEAD`; then `git cat-file --batch` output. Undefined when
 * the stream is not that (cut short, or from something else): the hook then asks git itself.
 */
export function parseStagedStream(stream: Buffer, specs: readonly string[]): StagedListings | undefined {
  const index = section(stream, 0);
  const head = index && section(stream, index.next);
  if (!index || !head) return undefined;
  const blobs = new Map<string, Buffer>();
  for (const [id, object] of parseBatch(stream.subarray(head.next))) if (Buffer.isBuffer(object)) blobs.set(id, object);
  return {
    specs,
    index: index.status === 0 ? parseListing(index.listing, true) : null,
    head: head.status === 0 ? parseListing(head.listing, false) : null,
    blobs,
  };
}

/** One listing and its exit status, from `from`: records end with NUL and are never empty, so the first empty one ends it. */
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
