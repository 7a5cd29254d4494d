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
