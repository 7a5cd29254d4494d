import { lstat, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { packPath } from '../store/pack.js';
import type { LoadedManifest } from '../store/store.js';

/**
 * Bytes that deleting `removed` gives back, exactly: backups share storage (hard-linked loose
 * copies, packs), so a backup's own size says little. A loose copy counts when all its links
 * are among the removed backups; a pack when no kept backup (nor a damaged one, which might)
 * references it. Manifests always count.
 */
export async function freedBySpace(
  backupDir: string,
  removed: readonly LoadedManifest[],
  kept: readonly LoadedManifest[],
): Promise<number> {
  const links = new Map<string, { size: number; nlink: number; seen: number }>();
  let bytes = 0;
  for (const backup of removed) {
    for (const file of await filesUnder(backup.dir)) {
      const info = await lstat(file).catch(() => undefined);
      if (!info) continue;
      const key = `${info.dev}:${info.ino}`;
      const entry = links.get(key) ?? { size: info.size, nlink: info.nlink, seen: 0 };
      entry.seen++;
      links.set(key, entry);
    }
  }
  for (const { size, nlink, seen } of links.values()) if (seen >= nlink) bytes += size;
  const stillUsed = new Set(kept.flatMap((m) => (m.manifest ? (m.manifest.packs ?? []) : ['*'])));
  if (stillUsed.has('*')) return bytes;
  const candidates = new Set(removed.flatMap((m) => m.manifest?.packs ?? []));
  for (const id of candidates) {
    if (stillUsed.has(id)) continue;
    bytes += (await stat(packPath(backupDir, id)).catch(() => undefined))?.size ?? 0;
  }
  return bytes;
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(full)));
    else out.push(full);
  }
  return out;
}
