import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { BackupDamagedError, ManifestError } from '../errors.js';
import { storedContentReader } from './backup-reader.js';
import { mapLimit } from './fsutil.js';
import { FILES_DIR, LOOSE_FORMAT_VERSION, MANIFEST_FILE, parseManifest, sealManifest, serializeManifest, type LooseFile, type Manifest } from './manifest.js';
import { sha256Hex } from './snapshot.js';
import { loadManifest } from './store.js';

const gzip = promisify(gzipCallback);
/** Gzip header OS byte "unknown", so a member's bytes do not depend on the machine that made it. */
const GZIP_OS_UNKNOWN = 255;
const GZIP_OS_OFFSET = 9;

/**
 * A backup in the form exports carry: format 1, one stored copy per file (`files/<path>[.gz]`),
 * readable with tar, gunzip and sha256sum alone. A loose backup already is that; a packed one is
 * converted (each file gzipped on its own, the manifest re-sealed), the same way every time.
 */
export interface PortableBackup {
  manifest: Omit<Manifest, 'files'> & { files: LooseFile[] };
  manifestBytes: Buffer;
  /** A file's stored bytes as the archive holds them, checked against the manifest first. */
  stored(file: LooseFile): Promise<Buffer>;
}

export async function portableBackup(backupDir: string, name: string): Promise<PortableBackup> {
  const loaded = await loadManifest(backupDir, name);
  if (!loaded.manifest || loaded.problems.length > 0) throw new ManifestError(name, loaded.problems.join('; '));
  const { dir, manifest } = loaded;
  const content = storedContentReader(backupDir, dir, manifest);
  const checked = async (file: Manifest['files'][number], what: Buffer): Promise<Buffer> => {
    if (what.length !== file.size || sha256Hex(what) !== file.sha256) throw new BackupDamagedError(name, [`${file.path}: content changed while exporting`]);
    return what;
  };
  if (!manifest.packs) {
    const manifestBytes = await readFile(path.join(dir, MANIFEST_FILE));
    const reparsed = parseManifest(manifestBytes.toString('utf8'), name);
    if (!reparsed.manifest || reparsed.problems.length > 0) throw new ManifestError(name, reparsed.problems.join('; '));
    return {
      manifest: reparsed.manifest as PortableBackup['manifest'],
      manifestBytes,
      // Re-checked as it is packed: the backup could change between verifying and here.
      stored: async (file) => {
        await checked(file, await content(file));
        return readFile(path.join(dir, ...file.stored.split('/')));
      },
    };
  }
  const members = await mapLimit(manifest.files, 4, async (file) => {
    const member = await gzip(await checked(file, await content(file)), { level: 9 });
    member[GZIP_OS_OFFSET] = GZIP_OS_UNKNOWN;
    return member;
  });
  const { checksum: _packed, packs: _packs, ...rest } = manifest;
  const files = manifest.files.map((file, i): LooseFile => ({
    path: file.path,
    size: file.size,
    sha256: file.sha256,
    ...(file.version === undefined ? {} : { version: file.version }),
    stored: `${FILES_DIR}/${file.path}.gz`,
    storedSize: (members[i] as Buffer).length,
  }));
  const portable = sealManifest({ ...rest, formatVersion: LOOSE_FORMAT_VERSION, files, storedSize: files.reduce((s, f) => s + f.storedSize, 0) });
  const byPath = new Map(files.map((f, i) => [f.stored, members[i] as Buffer]));
  return {
    manifest: portable as PortableBackup['manifest'],
    manifestBytes: Buffer.from(serializeManifest(portable)),
    stored: async (file) => byPath.get(file.stored) as Buffer,
  };
}
