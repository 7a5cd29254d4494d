import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Gzip } from 'minizlib';
import { BackupDamagedError } from '../../errors/index.js';
import { openBackup } from '../store/backup-reader.js';
import { mapLimit } from '../util/fs.js';
import {
  FILES_DIR,
  LOOSE_FORMAT_VERSION,
  MANIFEST_FILE,
  sealManifest,
  serializeManifest,
  type LooseFile,
  type Manifest,
} from '../store/manifest.js';

/** One gzip member, its header portable (OS byte "unknown"): the bytes do not depend on the machine that made them. */
function gzipPortable(bytes: Buffer): Buffer {
  const chunks: Buffer[] = [];
  const zip = new Gzip({ level: 9, portable: true });
  zip.on('data', (chunk: Buffer) => chunks.push(chunk));
  zip.end(bytes); // minizlib compresses synchronously: every chunk is out once end() returns
  return Buffer.concat(chunks);
}

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
  // Every file is read through the reader, which checks it against the manifest: the backup
  // could change between the export's verify and here.
  const backup = await openBackup(backupDir, name);
  const { dir, manifest } = backup;
  if (!manifest.packs) {
    const manifestBytes = await readFile(path.join(dir, MANIFEST_FILE));
    // The bytes that travel must be the manifest that was checked (backups are never rewritten).
    if ((JSON.parse(manifestBytes.toString('utf8')) as { checksum?: unknown }).checksum !== manifest.checksum) {
      throw new BackupDamagedError(name, ['manifest.json changed while exporting']);
    }
    return {
      manifest: manifest as PortableBackup['manifest'],
      manifestBytes,
      stored: async (file) => {
        const content = await backup.read(file);
        return file.stored.endsWith('.gz') ? readFile(path.join(dir, ...file.stored.split('/'))) : content;
      },
    };
  }
  const members = await mapLimit(manifest.files, 4, async (file) => gzipPortable(await backup.read(file)));
  const { checksum: _packed, packs: _packs, ...rest } = manifest;
  const files = manifest.files.map(
    (file, i): LooseFile => ({
      path: file.path,
      size: file.size,
      sha256: file.sha256,
      ...(file.version === undefined ? {} : { version: file.version }),
      stored: `${FILES_DIR}/${file.path}.gz`,
      storedSize: (members[i] as Buffer).length,
    }),
  );
  const portable = sealManifest({
    ...rest,
    formatVersion: LOOSE_FORMAT_VERSION,
    files,
    storedSize: files.reduce((s, f) => s + f.storedSize, 0),
  });
  const byPath = new Map(files.map((f, i) => [f.stored, members[i] as Buffer]));
  return {
    manifest: portable as PortableBackup['manifest'],
    manifestBytes: Buffer.from(serializeManifest(portable)),
    stored: async (file) => byPath.get(file.stored) as Buffer,
  };
}
