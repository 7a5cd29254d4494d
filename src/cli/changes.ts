import { diffLazySnapshots, type LazyDocument } from '../core/diff/lazy.js';
import type { Manifest } from '../core/store/manifest.js';
import { sha256Hex, type SnapshotFile } from '../core/config/snapshot.js';
import type { ConfigDocument } from '../core/validate/types.js';
import { renderDiff } from '../render/diff.js';
import type { GlobalOptions } from './options.js';

/**
 * "Changes to be applied" from the current config to a backup, in the restore report's wording. The
 * backup's versions come from its manifest, so only files that differ are parsed.
 */
export async function describeChanges(
  current: readonly SnapshotFile[],
  backup: { manifest: Manifest; files: readonly ConfigDocument[] },
  opts: GlobalOptions,
): Promise<string> {
  const entries = new Map(backup.manifest.files.map((f) => [f.path, f]));
  const fromCurrent = (doc: SnapshotFile): LazyDocument => ({
    path: doc.path,
    size: doc.size,
    sha256: doc.sha256,
    load: async () => doc.bytes,
  });
  // The backup's files were checked against these hashes when they were read.
  const fromBackup = (doc: ConfigDocument): LazyDocument => {
    const entry = entries.get(doc.path);
    return {
      path: doc.path,
      size: doc.bytes.length,
      sha256: entry?.sha256 ?? sha256Hex(doc.bytes),
      version: entry?.version ?? null,
      load: async () => doc.bytes,
    };
  };
  const result = await diffLazySnapshots(current.map(fromCurrent), backup.files.map(fromBackup), {
    fromLabel: 'current',
    toLabel: 'backup',
    secretKeys: opts.settings.secretKeys,
    // The restore preview shows changes, never patches.
    patches: false,
  });
  return renderDiff(result, opts.render, { mode: 'restore', secretKeys: opts.settings.secretKeys });
}
