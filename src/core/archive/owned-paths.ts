import { ownedPathProblem, type OwnedPaths } from '../config/owned-paths.js';
import type { ManifestFile } from '../store/manifest.js';
import { ArchiveRejectedError } from '../../errors/index.js';
import { quoteEntry } from './export.js';

/**
 * A backup's content is config, never the tool's own files: an archive naming the settings file
 * (which can switch redaction off) or a path in the store (another backup's manifest) is refused.
 */
export function refuseOwnedPaths(
  archive: string,
  manifest: { files: readonly ManifestFile[] },
  owned: OwnedPaths,
): void {
  for (const file of manifest.files) {
    const problem = ownedPathProblem(file.path, owned);
    if (problem === 'owned-path') {
      throw new ArchiveRejectedError(
        archive,
        'unsafe-path',
        `its manifest names ${quoteEntry(file.path)}, which belongs to the tool (its settings, store or restore scratch), not to a config`,
        file.path,
      );
    }
    if (problem)
      throw new ArchiveRejectedError(
        archive,
        'unsafe-path',
        `its manifest names ${quoteEntry(file.path)}, which is not a safe relative path`,
        file.path,
      );
  }
}
