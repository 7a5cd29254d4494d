import { linkSync, mkdirSync } from 'node:fs';
import { link, mkdir, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { OrchBackupError, StoreWriteError, errnoOf } from '../../errors/index.js';
import { TOOL_NAME, TOOL_VERSION } from '../../version.js';
import { noFaults, type Faults } from '../util/faults.js';
import { fsyncDir, mapLimit, removeTree, writeNewFile, writeNewFileSync } from '../util/fs.js';
import {
  FILES_DIR,
  FORMAT_VERSION,
  LOOSE_FORMAT_VERSION,
  MANIFEST_FILE,
  PACKED_MANIFEST_FILE,
  isPackedEntry,
  sealManifest,
  type Manifest,
  type ManifestFile,
  type Trigger,
  serializeManifest,
} from '../store/manifest.js';
import { PACKS_DIR, PackWriter, packPath, type PackedLocation } from '../store/pack.js';
import type { Settings } from '../config/settings.js';
import type { HashedFile } from './hash-source.js';
import { STAGING_PREFIX, publishStaged, type LoadedManifest } from '../store/store.js';
import type { ValidationReport } from '../validate/index.js';
import { configurationVersion } from '../config/config-version.js';
import { zlib } from '../util/builtins.js';

export interface WriteBackupInput {
  backupDir: string;
  name: string;
  files: readonly HashedFile[];
  /** A file's bytes, checked against its hash (the config may change while it is backed up). */
  read(file: HashedFile): Promise<Buffer>;
  validation: ValidationReport;
  settings: Settings;
  description?: string;
  trigger?: Trigger;
  tags?: string[];
  now?: Date;
  faults?: Faults;
  /** Intact backups, newest first: unchanged files are shared with them instead of stored again. */
  previous: readonly LoadedManifest[];
  /** A pack already filled during create's first pass (packed backups). */
  stager?: PackStager;
}

/**
 * Writes the backup `name` in a staging directory and publishes it. Configs over
 * `compressAbove` bytes are packed (format 2); smaller ones keep one plain copy per file
 * (format 1), readable with `cat` when it matters most.
 */
export async function writeBackup(input: WriteBackupInput): Promise<Manifest> {
  const totalSize = input.files.reduce((sum, f) => sum + f.size, 0);
  let stager = input.stager;
  const staging = stager?.staging ?? path.join(input.backupDir, `${STAGING_PREFIX}${input.name}-${process.pid}`);
  try {
    if (!stager && isPackedSize(totalSize, input.settings)) {
      stager = await PackStager.open({
        backupDir: input.backupDir,
        label: `${input.name}-${process.pid}`,
        level: input.settings.compressionLevel,
        previous: input.previous,
        faults: input.faults,
      });
    }
    if (stager) return await writePacked(input, stager, totalSize);
    mkdirSync(staging);
    return await writeLoose(input, staging, totalSize);
  } catch (error) {
    await (stager?.discard() ?? removeTree(staging)).catch(() => undefined);
    if (error instanceof OrchBackupError) throw error;
    throw new StoreWriteError(path.join(input.backupDir, input.name), errnoOf(error), { cause: error });
  }
}

/** Configs over `compressAbove` bytes are packed. */
export function isPackedSize(totalSize: number, settings: Pick<Settings, 'compressAbove'>): boolean {
  return totalSize > settings.compressAbove;
}

type Body = Pick<Manifest, 'formatVersion' | 'compression' | 'files' | 'storedSize'> & { packs?: string[] };

function seal(input: WriteBackupInput, totalSize: number, body: Body): Manifest {
  const { packs, ...rest } = body;
  return sealManifest({
    formatVersion: rest.formatVersion,
    name: input.name,
    createdAt: (input.now ?? new Date()).toISOString(),
    description: input.description ?? null,
    trigger: input.trigger ?? 'manual',
    tags: [...new Set(input.tags ?? [])],
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    configVersion: configurationVersion(rest.files),
    compression: rest.compression,
    ...(packs ? { packs } : {}),
    files: rest.files,
    fileCount: rest.files.length,
    totalSize,
    storedSize: rest.storedSize,
    validation: {
      status: input.validation.status,
      errors: input.validation.summary.errors,
      warnings: input.validation.summary.warnings,
    },
  });
}

function baseEntry(file: HashedFile): Pick<ManifestFile, 'path' | 'size' | 'sha256' | 'version'> {
  return { path: file.path, size: file.size, sha256: file.sha256, ...(file.version ? { version: file.version } : {}) };
}

async function writeLoose(input: WriteBackupInput, staging: string, totalSize: number): Promise<Manifest> {
  const faults = input.faults ?? noFaults;
  const reusable = reusableCopies(input.previous[0]);
  const dirs = new Set<string>([staging, path.join(staging, FILES_DIR)]);
  for (const file of input.files) dirs.add(path.join(staging, FILES_DIR, path.dirname(file.path)));
  // Synchronous, as the manifest below: fixed steps whose thread-pool round trips cost more than they do.
  for (const dir of [...dirs].sort()) if (dir !== staging) mkdirSync(dir, { recursive: true });
  // A few files (a typical config, backed up on every hook commit) are linked and written
  // directly, one after another; many go through the thread pool several at a time.
  const few = input.files.length <= FEW_FILES;
  const files = await mapLimit(input.files, few ? 1 : 8, async (file): Promise<ManifestFile> => {
    const stored = `${FILES_DIR}/${file.path}`;
    const target = path.join(staging, ...stored.split('/'));
    const entry = { ...baseEntry(file), stored };
    const same = reusable.get(file.sha256);
    if (same && (await linked(same.path, target, few))) return { ...entry, storedSize: same.storedSize };
    const bytes = await input.read(file);
    if (few) writeNewFileSync(target, bytes, 0o444);
    else await writeNewFile(target, bytes, 0o444);
    faults.reached('create:staged-file');
    return { ...entry, storedSize: file.size };
  });
  const manifest = seal(input, totalSize, {
    formatVersion: LOOSE_FORMAT_VERSION,
    compression: 'none',
    files,
    storedSize: files.reduce((s, f) => s + f.storedSize, 0),
  });
  writeNewFileSync(path.join(staging, MANIFEST_FILE), serializeManifest(manifest), 0o444);
  faults.reached('create:manifest-written');
  await publishStaged(input.backupDir, staging, input.name, dirs);
  return manifest;
}

const FEW_FILES = 16;

/** Hard-links `existing` as `target`; false when that is not possible (another file system, a limit). */
async function linked(existing: string, target: string, sync: boolean): Promise<boolean> {
  if (!sync)
    return link(existing, target).then(
      () => true,
      () => false,
    );
  try {
    linkSync(existing, target);
    return true;
  } catch {
    return false;
  }
}

/**
 * Plain copies of the newest loose backup, by content, that the new backup can share as hard
 * links (as rsnapshot does). Copies are read-only and a backup's deletion only drops a link.
 */
function reusableCopies(previous: LoadedManifest | undefined): Map<string, { path: string; storedSize: number }> {
  const copies = new Map<string, { path: string; storedSize: number }>();
  if (!previous?.manifest || previous.manifest.compression !== 'none') return copies;
  for (const file of previous.manifest.files) {
    if (!file.stored || file.stored.endsWith('.gz')) continue;
    copies.set(file.sha256, { path: path.join(previous.dir, ...file.stored.split('/')), storedSize: file.storedSize });
  }
  return copies;
}

type Located = PackedLocation & { pack: string };

/**
 * The new pack of a packed backup, in the backup's staging directory. Create offers it each
 * file's bytes during its first pass, so compression runs in the thread pool while the main
 * thread hashes and validates; content an intact packed backup already holds is not stored.
 */
export class PackStager {
  private readonly slots = new Map<string, number>();

  private constructor(
    readonly staging: string,
    private readonly writer: PackWriter,
    readonly known: ReadonlyMap<string, Located>,
    private readonly faults: Faults,
  ) {}

  /** `label` names the staging directory; the backup's own name is given when it is published. */
  static async open(options: {
    backupDir: string;
    label: string;
    level: number;
    previous: readonly LoadedManifest[];
    faults?: Faults;
  }): Promise<PackStager> {
    const staging = path.join(options.backupDir, `${STAGING_PREFIX}${options.label}`);
    const known = await storedContent(options.backupDir, options.previous);
    await mkdir(staging);
    try {
      return new PackStager(
        staging,
        await PackWriter.create(path.join(staging, 'new.pack'), options.level),
        known,
        options.faults ?? noFaults,
      );
    } catch (error) {
      await removeTree(staging).catch(() => undefined);
      throw error;
    }
  }

  holds(sha256: string): boolean {
    return this.known.has(sha256) || this.slots.has(sha256);
  }

  async offer(sha256: string, bytes: Buffer): Promise<void> {
    if (this.holds(sha256)) return;
    this.slots.set(sha256, await this.writer.add(bytes));
    this.faults.reached('create:staged-file');
  }

  /** Writes the last block and fsyncs; returns the new pack's id, if it holds anything. */
  async finish(): Promise<{ id: string; locate(sha256: string): Located } | undefined> {
    const stagedPack = path.join(this.staging, 'new.pack');
    if (this.slots.size === 0) {
      await this.writer.abort();
      await unlink(stagedPack);
      return undefined;
    }
    const { id } = await this.writer.finish();
    return {
      id,
      locate: (sha256) => ({
        ...(this.writer.locations[this.slots.get(sha256) as number] as PackedLocation),
        pack: id,
      }),
    };
  }

  async discard(): Promise<void> {
    await this.writer.abort();
    await removeTree(this.staging);
  }
}

/**
 * Format 2: new content goes into one new pack (one file, one fsync); content any intact packed
 * backup already holds is referenced where it is. The pack is moved into `.packs/` before the
 * backup is published, so a crash in between leaves an unreferenced pack that the next writer
 * deletes, never a backup without its data.
 */
async function writePacked(input: WriteBackupInput, stager: PackStager, totalSize: number): Promise<Manifest> {
  const faults = input.faults ?? noFaults;
  // Files the first pass did not offer (or every file, when no first pass fed the stager).
  for (const file of input.files)
    if (!stager.holds(file.sha256)) await stager.offer(file.sha256, await input.read(file));
  const pack = await stager.finish();
  const located = input.files.map(
    (file): Located => stager.known.get(file.sha256) ?? (pack as NonNullable<typeof pack>).locate(file.sha256),
  );
  const packs = [...new Set(located.map((l) => l.pack))].sort();
  const files = input.files.map((file, i): ManifestFile => {
    const where = located[i] as Located;
    return {
      ...baseEntry(file),
      pack: packs.indexOf(where.pack),
      offset: where.offset,
      start: where.start,
      storedSize: where.storedSize,
    };
  });
  const members = new Map(files.map((f) => [`${f.pack}:${f.offset}`, f.storedSize]));
  const storedSize = [...members.values()].reduce((s, n) => s + n, 0);
  const manifest = seal(input, totalSize, {
    formatVersion: FORMAT_VERSION,
    compression: 'gzip',
    packs,
    files,
    storedSize,
  });
  await writeNewFile(
    path.join(stager.staging, PACKED_MANIFEST_FILE),
    zlib().gzipSync(`${JSON.stringify(manifest)}\n`, { level: 9 }),
    0o444,
  );
  faults.reached('create:manifest-written');
  if (pack) {
    await movePack(input.backupDir, path.join(stager.staging, 'new.pack'), pack.id);
    faults.reached('create:pack-stored');
  }
  await publishStaged(input.backupDir, stager.staging, input.name, [stager.staging]);
  return manifest;
}

/** Where each content (by SHA-256) already is in a pack that still exists. */
async function storedContent(backupDir: string, previous: readonly LoadedManifest[]): Promise<Map<string, Located>> {
  const known = new Map<string, Located>();
  const exists = new Map<string, Promise<boolean>>();
  const packExists = (id: string): Promise<boolean> => {
    let found = exists.get(id);
    if (!found)
      exists.set(
        id,
        (found = stat(packPath(backupDir, id)).then(
          (s) => s.isFile(),
          () => false,
        )),
      );
    return found;
  };
  for (const entry of previous) {
    const manifest = entry.manifest;
    if (!manifest?.packs || entry.problems.length > 0) continue;
    for (const file of manifest.files) {
      if (known.has(file.sha256) || !isPackedEntry(file)) continue;
      const id = manifest.packs[file.pack] as string;
      if (!(await packExists(id))) continue;
      known.set(file.sha256, { pack: id, offset: file.offset, start: file.start, storedSize: file.storedSize });
    }
  }
  return known;
}

async function movePack(backupDir: string, stagedPack: string, id: string): Promise<void> {
  const dir = path.join(backupDir, PACKS_DIR);
  const created = await mkdir(dir).then(
    () => true,
    (error: unknown) => {
      if (errnoOf(error) !== 'EEXIST') throw error;
      return false;
    },
  );
  if (created) await fsyncDir(backupDir);
  // Same id, same bytes: a pack already there (e.g. from a crashed earlier attempt) is kept.
  await rename(stagedPack, packPath(backupDir, id));
  await fsyncDir(dir);
}
