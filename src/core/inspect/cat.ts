import { FileNotInBackupError } from '../../errors/index.js';
import { openBackup } from '../store/backup-reader.js';
import type { ManifestFile } from '../store/manifest.js';
import { closestNames } from '../util/suggest.js';

/**
 * One file of a backup, as it was backed up (like `restic dump` or `git show REV:path`): read
 * from its loose copy or its pack, and checked against the manifest's size and SHA-256 before
 * anything is returned. `filePath` is relative to the config dir; `./` and `\` are accepted.
 */
export async function readBackupFile(
  backupDir: string,
  name: string,
  filePath: string,
): Promise<{ file: ManifestFile; bytes: Buffer }> {
  const backup = await openBackup(backupDir, name);
  const wanted = filePath.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  const file = backup.manifest.files.find((f) => f.path === wanted);
  if (!file) {
    const paths = backup.manifest.files.map((f) => f.path);
    // A bare file name finds its file in a subfolder ("teams.json" → "sub/teams.json").
    const byBaseName = paths.filter((p) => p.endsWith(`/${wanted}`));
    const suggestions = byBaseName.length > 0 ? byBaseName.slice(0, 3) : closestNames(wanted, paths);
    throw new FileNotInBackupError(name, filePath, paths.length, suggestions);
  }
  return { file, bytes: await backup.read(file) };
}
