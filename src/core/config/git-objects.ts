// Git's listing and object formats, without the rest of the tool: the pre-commit hook reads
// what its shell script asked git before its main code has loaded.

/**
 * Regular files in `git ls-files -s -z` (`fromIndex`) or `git ls-tree -r -z` output: repo path →
 * blob id. Symlinks (120000) and submodules (160000) hold a target, not a file; conflict stages
 * are not content yet.
 */
export function parseListing(listing: Buffer, fromIndex: boolean): Map<string, string> {
  const entries = new Map<string, string>();
  for (const record of listing.toString('utf8').split('\0')) {
    if (record === '') continue;
    const tab = record.indexOf('\t');
    const [mode, second, third] = record.slice(0, tab).split(' ');
    const oid = fromIndex ? second : third;
    const stage = fromIndex ? third : '0';
    if ((mode === '100644' || mode === '100755') && stage === '0' && oid) entries.set(record.slice(tab + 1), oid);
  }
  return entries;
}

/**
 * The objects in `git cat-file --batch` output, by id: each blob's bytes, or the type git
 * reported instead (`missing`, `tree`, …). Output cut short ends the reading.
 */
export function parseBatch(out: Buffer): Map<string, Buffer | { notBlob: string }> {
  const objects = new Map<string, Buffer | { notBlob: string }>();
  let offset = 0;
  while (offset < out.length) {
    const newline = out.indexOf(10, offset);
    if (newline === -1) break;
    const [name = '', type = 'missing', sizeText] = out.subarray(offset, newline).toString().split(' ');
    // `<name> missing` (or `ambiguous`) has no body; every object has its size and a closing newline.
    if (sizeText === undefined) {
      objects.set(name, { notBlob: type });
      offset = newline + 1;
      continue;
    }
    const end = newline + 1 + Number(sizeText);
    if (!Number.isSafeInteger(end) || out[end] !== 10) break;
    objects.set(name, type === 'blob' ? out.subarray(newline + 1, end) : { notBlob: type });
    offset = end + 1;
  }
  return objects;
}

/** One line of `git diff-index --cached --no-renames` raw output: what HEAD had at a path the index changed. */
export interface RawChange {
  path: string;
  headMode: string;
  headOid: string;
}

const RAW_LINE = /^:(\d{6}) \d{6} ([0-9a-f]{40}|[0-9a-f]{64}) (?:[0-9a-f]{40}|[0-9a-f]{64}) [ADMTUX]\d*\t(.+)$/;

/** `git diff-index` raw output (without -z: paths git quoted are unquoted); undefined when a line is not that. */
export function parseRawDiff(text: string): RawChange[] | undefined {
  const changes: RawChange[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const match = RAW_LINE.exec(line);
    const path = match ? unquoteGitPath(match[3] as string) : undefined;
    if (!match || path === undefined) return undefined;
    changes.push({ path, headMode: match[1] as string, headOid: match[2] as string });
  }
  return changes;
}

const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/**
 * A path as git prints it outside -z output: as is, or in double quotes with C escapes and
 * octal bytes (`core.quotePath`); undefined when the quoting is not git's.
 */
export function unquoteGitPath(text: string): string | undefined {
  if (!text.startsWith('"')) return text;
  if (text.length < 2 || !text.endsWith('"')) return undefined;
  // By code point: with core.quotePath off, a quoted path may hold characters beyond ASCII as they are.
  const chars = Array.from(text.slice(1, -1));
  const bytes: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] as string;
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'));
      continue;
    }
    const next = chars[++i] ?? '';
    const octal = chars.slice(i, i + 3).join('');
    if (next in ESCAPES) bytes.push(ESCAPES[next] as number);
    else if (/^[0-3][0-7]{2}$/.test(octal)) {
      bytes.push(Number.parseInt(octal, 8));
      i += 2;
    } else return undefined;
  }
  return Buffer.from(bytes).toString('utf8');
}
