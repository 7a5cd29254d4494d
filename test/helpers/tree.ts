import { createHash } from 'node:crypto';
import { readFile, readdir, readlink } from 'node:fs/promises';
import path from 'node:path';

/**
 * path → sha256 of every file under `dir` (the store skipped), a symlink recorded as its target
 * and never followed: the byte-exact picture of a config dir.
 */
export async function treeState(dir: string, skip: readonly string[] = ['.backups']): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (d: string, rel: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true }).catch(() => [])) {
      if (rel === '' && skip.includes(e.name)) continue;
      const p = path.join(d, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isSymbolicLink()) out[r] = `symlink to ${await readlink(p)}`;
      else if (e.isDirectory()) await walk(p, r);
      else
        out[r] = createHash('sha256')
          .update(await readFile(p))
          .digest('hex');
    }
  };
  await walk(dir, '');
  return out;
}
