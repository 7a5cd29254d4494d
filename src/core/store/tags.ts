import path from 'node:path';
import { BackupDamagedError, ManifestError, UsageError } from '../../errors/index.js';
import { appendHistory } from './history.js';
import { isPacked, manifestFileName, sealManifest, serializeManifest, type Manifest } from './manifest.js';
import { assertValidName } from './names.js';
import { loadManifest, lockStore, replaceViaStaging } from './store.js';
import { zlib } from '../util/builtins.js';

export interface TagChange {
  backupDir: string;
  name: string;
  add: readonly string[];
  remove: readonly string[];
  lockTimeoutMs: number;
}

export interface TagResult {
  name: string;
  before: string[];
  tags: string[];
  /** False when the backup already had exactly these tags: nothing was written. */
  changed: boolean;
}

/** A tag `clean --keep-tag a,b` can name: no comma, no control characters, not blank. */
function assertValidTag(tag: string): void {
  if (tag.trim() === '') throw new UsageError('a tag cannot be empty');
  if (tag.length > 100) throw new UsageError(`tag ${JSON.stringify(tag.slice(0, 40))}… is longer than 100 characters`);
  if (tag.includes(','))
    throw new UsageError(`tag ${JSON.stringify(tag)} contains a comma (commas separate the tags of a keep-tag policy)`);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this refuses
  if (/[\u0000-\u001f\u007f]/.test(tag))
    throw new UsageError(`tag ${JSON.stringify(tag)} contains a control character`);
}

/**
 * Adds and removes tags of an existing backup. The manifest is the only file that changes: it
 * is re-sealed with a new checksum and replaced atomically (written next to the store, fsynced,
 * renamed over the old one) under the store lock, so a reader sees the old or the new manifest,
 * both verifiable. A manifest that does not verify is refused rather than re-sealed: sealing it
 * would make an edited or damaged backup look intact.
 */
export async function changeTags(change: TagChange): Promise<TagResult> {
  assertValidName(change.name);
  for (const tag of [...change.add, ...change.remove]) assertValidTag(tag);
  if (change.add.length + change.remove.length === 0)
    throw new UsageError('nothing to change: give --add <tag> or --remove <tag>');
  const lock = await lockStore(change.backupDir, 'tag', change.lockTimeoutMs);
  try {
    const loaded = await loadManifest(change.backupDir, change.name);
    if (!loaded.manifest) throw new ManifestError(change.name, loaded.problems.join('; '));
    if (loaded.problems.length > 0) throw new BackupDamagedError(change.name, loaded.problems);
    const before = loaded.manifest.tags;
    const removing = new Set(change.remove);
    const tags = [
      ...new Set([...before.filter((t) => !removing.has(t)), ...change.add.filter((t) => !removing.has(t))]),
    ];
    if (tags.length === before.length && tags.every((t, i) => t === before[i]))
      return { name: change.name, before, tags, changed: false };
    const { checksum: _old, ...rest } = loaded.manifest;
    await replaceManifest(change.backupDir, loaded.dir, sealManifest({ ...rest, tags }));
    const written = await loadManifest(change.backupDir, change.name);
    if (written.problems.length > 0) throw new BackupDamagedError(change.name, written.problems);
    await appendHistory(change.backupDir, {
      operation: 'tag',
      backup: change.name,
      outcome: 'success',
      detail: `tags: ${tags.join(', ') || '(none)'}`,
    }).catch(() => undefined);
    return { name: change.name, before, tags, changed: true };
  } finally {
    await lock.release();
  }
}

/** Writes the new manifest beside the store and renames it into place (replaceViaStaging). */
async function replaceManifest(backupDir: string, dir: string, manifest: Manifest): Promise<void> {
  const body = isPacked(manifest)
    ? zlib().gzipSync(`${JSON.stringify(manifest)}\n`, { level: 9 })
    : serializeManifest(manifest);
  await replaceViaStaging(backupDir, `tag-${manifest.name}`, path.join(dir, manifestFileName(manifest)), body, 0o444);
}
