import { lstat, mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { createGunzip, gunzip as gunzipCallback } from 'node:zlib';
import { Parser, type ReadEntry } from 'tar';
import {
  ArchiveRejectedError,
  BackupDamagedError,
  BackupExistsError,
  ManifestError,
  OperationInterruptedError,
  OrchBackupError,
  StoreWriteError,
  errnoOf,
} from '../../errors/index.js';
import {
  entryKind,
  normalisedPath,
  openArchive,
  quoteEntry,
  tarError,
  type ArchiveLimits,
  type Reject,
} from './export.js';
import {
  NESTED_MAGIC_BYTES,
  initialLimits,
  limitsFromManifest,
  memoryCeiling,
  nestedCompression,
  streamCap,
  type StreamLimits,
} from './limits.js';
import type { Faults } from '../util/faults.js';
import { interruptible } from '../util/interrupt.js';
import { progressCounter, type ProgressReporter } from '../util/progress.js';
import { removeTree, writeNewFile } from '../util/fs.js';
import { appendHistory } from '../store/history.js';
import {
  FILES_DIR,
  MANIFEST_FILE,
  parseManifest,
  sealManifest,
  serializeManifest,
  type LooseFile,
  type Manifest,
} from '../store/manifest.js';
import { assertNewName } from '../store/names.js';
import { ownedPaths } from '../config/owned-paths.js';
import { refuseOwnedPaths } from './owned-paths.js';
import { DEFAULT_SETTINGS, type Settings } from '../config/settings.js';
import { sha256Hex } from '../config/snapshot.js';
import { STAGING_PREFIX, TRASH_PREFIX, lockStore, publishStaged } from '../store/store.js';
import { validateDocuments, type ConfigDocument, type ValidationReport } from '../validate/index.js';
import { verifyBackup } from '../inspect/verify.js';

const gunzip = promisify(gunzipCallback);

export interface ImportArchiveOptions {
  backupDir: string;
  /** The config dir the store serves, and its settings file: a manifest may never name them. */
  configDir?: string;
  settingsFile?: string | null;
  file: string;
  /** Import under this name instead of the manifest's; the manifest is rewritten and re-sealed. */
  name?: string;
  settings?: Settings;
  lockTimeoutMs?: number;
  limits?: Partial<ArchiveLimits>;
  /** The clock a backup's date is checked against (default: the system's). */
  now?: Date;
  /** Import files that are not valid JSON instead of refusing (an exported safety backup may hold some). */
  allowInvalid?: boolean;
  /** Test-only crash injection (`import:*` steps). */
  faults?: Faults;
  /** Stops the import at its next step once aborted (Ctrl-C): what it wrote is removed. */
  signal?: AbortSignal;
  /** Told each file written into the store (step `writing`). */
  onProgress?: ProgressReporter;
}

export interface ImportArchiveResult {
  name: string;
  path: string;
  manifest: Manifest;
  validation: ValidationReport;
  /** The manifest's name when the backup was imported under another one. */
  renamedFrom?: string;
}

/**
 * Imports a backup from a `.tar.gz` (an export, or `tar czf` of a backup directory, with or
 * without its top-level directory). Archives are untrusted: every entry, the manifest, every
 * checksum and the content are checked in memory before anything is written; then the backup
 * is built in a staging dir under the store lock and renamed into place, never over another.
 */
export async function importArchive(options: ImportArchiveOptions): Promise<ImportArchiveResult> {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const archive = path.resolve(options.file);
  try {
    if (options.name !== undefined) assertNewName(options.name);
    const read = await readArchiveEntries(archive, initialLimits(options.limits));
    const limits = read.limits;
    const tree = backupTree(archive, read.entries);
    const original = readManifest(archive, tree);
    refuseOwnedPaths(archive, original.manifest, ownedPaths(options));
    assertNotFuture(archive, original.manifest.createdAt, options.now ?? new Date());
    const documents = await checkContents(archive, original.manifest, tree, limits);
    const validation = await validateDocuments(documents, { settings });
    const syntax = validation.diagnostics.find((d) => d.code === 'json-syntax' || d.code === 'encoding');
    if (syntax && !options.allowInvalid) {
      const where = `${syntax.file ?? '?'}${syntax.line ? `:${syntax.line}:${syntax.column ?? 1}` : ''}`;
      throw new ArchiveRejectedError(archive, 'invalid-json', `${where}: ${syntax.message}`, syntax.file);
    }
    const name = options.name ?? original.manifest.name;
    assertNewName(name);
    const renamed = name !== original.manifest.name;
    const manifest = renamed ? renameManifest(original.manifest, name) : original.manifest;
    const manifestBytes = renamed ? Buffer.from(serializeManifest(manifest)) : original.bytes;
    const dir = await writeImported(
      options.backupDir,
      name,
      manifest,
      manifestBytes,
      tree.files,
      options.lockTimeoutMs ?? settings.lockTimeoutMs,
      interruptible(options.faults, options.signal, 'import'),
      options.onProgress,
    );
    const detail = `from ${archive}${renamed ? `; renamed from ${JSON.stringify(original.manifest.name)}` : ''}`;
    await appendHistory(options.backupDir, {
      operation: 'import',
      backup: name,
      outcome: 'success',
      trigger: manifest.trigger,
      detail,
    });
    return { name, path: dir, manifest, validation, ...(renamed ? { renamedFrom: original.manifest.name } : {}) };
  } catch (error) {
    const failure =
      error instanceof OrchBackupError
        ? error
        : new StoreWriteError(options.backupDir, errnoOf(error), { cause: error });
    await appendHistory(options.backupDir, {
      operation: 'import',
      backup: options.name ?? null,
      outcome: 'failure',
      detail: `from ${archive}`,
      error: failure.toJSON(),
    });
    throw failure;
  }
}

/** Clocks disagree by minutes, time zones by hours; a day covers both. */
const MAX_FUTURE_MS = 24 * 60 * 60 * 1000;

/**
 * A backup dated in the future would stay "the newest" for years: it would hide every real
 * backup from `--skip-if-unchanged` and `list`'s ordering, so it is refused, not clamped
 * (clamping would change the manifest the archive's checksum seals).
 */
function assertNotFuture(archive: string, createdAt: string, now: Date): void {
  const time = Date.parse(createdAt);
  if (time - now.getTime() > MAX_FUTURE_MS) {
    throw new ArchiveRejectedError(
      archive,
      'future-date',
      `the backup is dated ${createdAt}, more than a day after this machine's clock (${now.toISOString()}); check the clock of the machine that made it`,
    );
  }
}

type ArchiveEntry = { kind: 'file'; data: Buffer } | { kind: 'directory' };

/** Pax records and GNU long names hold a path; bigger ones are refused. */
const MAX_META_ENTRY = 64 * 1024;

/**
 * Reads every entry of an untrusted `.tar.gz` into memory, refusing on the first entry that
 * is not a plain file or directory with a safe relative path. Nothing touches the disk.
 */
async function readArchiveEntries(
  archive: string,
  given: StreamLimits,
): Promise<{ entries: Map<string, ArchiveEntry>; limits: StreamLimits }> {
  const reject: Reject = (reason, detail, entry) => new ArchiveRejectedError(archive, reason, detail, entry);
  // The file itself may be as big as anything a manifest could declare; the stream is bounded below.
  const handle = await openArchive(
    archive,
    given.source === 'caller' ? given : { ...given, maxTotalBytes: Math.max(given.maxTotalBytes, memoryCeiling()) },
    reject,
  );
  let limits = given;
  try {
    const entries = await new Promise<Map<string, ArchiveEntry>>((resolve, fail) => {
      const entries = new Map<string, ArchiveEntry>();
      let settled = false;
      let count = 0;
      let total = 0;
      let inflated = 0;
      let sawEntry = false;
      let sawEnd = false;
      let head: Buffer | undefined = Buffer.alloc(0);
      const source = handle.createReadStream();
      const inflate = createGunzip();
      const parser = new Parser({ strict: true, maxMetaEntrySize: MAX_META_ENTRY });
      const stop = (error: Error): void => {
        if (settled) return;
        settled = true;
        source.destroy();
        inflate.destroy();
        fail(error);
      };
      const feed = (chunk: Buffer): void => {
        try {
          parser.write(chunk);
        } catch (error) {
          stop(tarError(error as Error, sawEntry, reject));
        }
      };
      const limitNote = (): string =>
        limits.source === 'manifest'
          ? ' (what its manifest declares)'
          : limits.source === 'defaults'
            ? ' (before its manifest)'
            : '';
      source.on('error', (error) => stop(reject('unreadable', `cannot read it (${errnoOf(error) ?? error.message})`)));
      inflate.on('error', (error) =>
        stop(
          errnoOf(error) === 'Z_BUF_ERROR'
            ? reject('truncated', 'the archive is truncated (the gzip stream ends early)')
            : reject('corrupt', `the gzip stream is corrupt (${error.message})`),
        ),
      );
      inflate.on('data', (chunk: Buffer) => {
        if (settled) return;
        inflated += chunk.length;
        if (inflated > streamCap(limits))
          return stop(reject('too-large', `it inflates to more than ${streamCap(limits)} bytes${limitNote()}`));
        if (head) {
          head = Buffer.concat([head, chunk]);
          if (head.length < NESTED_MAGIC_BYTES) return;
          chunk = head;
          head = undefined;
          if (refuseNested(chunk)) return;
        }
        feed(chunk);
      });
      // node-tar would inflate a nested gzip (and, where zlib has it, zstd) around our byte count,
      // and on Node 20 crash on zstd: a compressed stream inside the gzip is refused by its magic.
      const refuseNested = (start: Buffer): boolean => {
        const format = nestedCompression(start);
        if (format)
          stop(
            reject(
              'not-a-tar',
              `the gzip stream holds a ${format}-compressed stream, not a tar archive: decompress it to a plain .tar.gz first`,
            ),
          );
        return format !== undefined;
      };
      inflate.on('end', () => {
        if (settled) return;
        if (head && head.length > 0 && refuseNested(head)) return;
        if (head && head.length > 0) feed(head);
        try {
          parser.end();
        } catch (error) {
          stop(tarError(error as Error, sawEntry, reject));
        }
      });
      parser.on('error', (error: Error & { tarCode?: string }) => stop(tarError(error, sawEntry, reject)));
      parser.on('ignoredEntry', (entry: ReadEntry) =>
        stop(
          reject(
            'unsupported-entry',
            `entry ${quoteEntry(entry.path)} has an unsupported type (${entry.type})`,
            entry.path,
          ),
        ),
      );
      parser.on('eof', () => (sawEnd = true));
      parser.on('entry', (entry: ReadEntry) => {
        sawEntry = true;
        if (settled) return entry.resume();
        try {
          if (++count > limits.maxEntries)
            throw reject('too-many-entries', `it has more than ${limits.maxEntries} entries${limitNote()}`);
          const kind = entryKind(entry, reject);
          const name = normalisedPath(entry.path, reject);
          if (entries.has(name))
            throw reject('duplicate', `entry ${quoteEntry(entry.path)} appears more than once`, entry.path);
          if (kind === 'directory') {
            entries.set(name, { kind });
            return entry.resume();
          }
          if (name === '')
            throw reject(
              'unsafe-path',
              `entry ${quoteEntry(entry.path)} is a file in the place of the archive root`,
              entry.path,
            );
          if (entry.size > limits.maxFileBytes)
            throw reject(
              'too-large',
              `entry ${quoteEntry(entry.path)} has ${entry.size} bytes (at most ${limits.maxFileBytes} per file${limitNote()})`,
              entry.path,
            );
          total += entry.size;
          if (total > limits.maxTotalBytes)
            throw reject(
              'too-large',
              `its entries add up to more than ${limits.maxTotalBytes} bytes${limitNote()}`,
              entry.path,
            );
          const chunks: Buffer[] = [];
          entries.set(name, { kind: 'file', data: Buffer.alloc(0) });
          entry.on('data', (chunk: Buffer) => chunks.push(chunk));
          entry.on('end', () => {
            const data = Buffer.concat(chunks);
            entries.set(name, { kind: 'file', data });
            // The first manifest (at the root or in the top-level directory) sets the limits.
            if (limits.source === 'defaults' && /^(?:[^/]+\/)?manifest\.json$/.test(name)) {
              const declared = limitsFromManifest(data);
              if (declared) limits = declared;
            }
          });
        } catch (error) {
          entry.resume();
          stop(error as Error);
        }
      });
      parser.on('end', () => {
        if (settled) return;
        if (!sawEnd) return stop(reject('truncated', 'the archive is truncated (no end-of-archive marker)'));
        settled = true;
        source.destroy();
        resolve(entries);
      });
      source.pipe(inflate);
    });
    return { entries, limits };
  } finally {
    await handle.close();
  }
}

interface BackupTree {
  /** Paths relative to the backup directory, the archive's top-level directory removed. */
  files: Map<string, Buffer>;
  dirs: Set<string>;
  label: string;
}

/** Accepts `<top>/manifest.json, <top>/files/…` or the same at the archive root. */
function backupTree(archive: string, entries: Map<string, ArchiveEntry>): BackupTree {
  const atRoot = entries.get(MANIFEST_FILE)?.kind === 'file';
  const tops = new Set([...entries.keys()].filter((p) => p !== '').map((p) => p.split('/')[0] as string));
  const top = atRoot ? undefined : [...tops][0];
  if (!atRoot && tops.size > 1) {
    const [a, b] = [...tops].map(quoteEntry);
    throw new ArchiveRejectedError(
      archive,
      'outside-top-level',
      `its entries sit under more than one top-level name (${a}, ${b}): an archive holds one backup`,
    );
  }
  const tree: BackupTree = { files: new Map(), dirs: new Set(), label: top ?? path.basename(archive) };
  for (const [p, entry] of entries) {
    const rel = top === undefined || p === '' ? p : p === top ? '' : p.slice(top.length + 1);
    if (entry.kind === 'directory') tree.dirs.add(rel);
    else if (rel === '')
      throw new ArchiveRejectedError(
        archive,
        'outside-top-level',
        `entry ${quoteEntry(p)} is a file beside the backup directory`,
        p,
      );
    else tree.files.set(rel, entry.data);
  }
  for (const p of [...tree.files.keys(), ...tree.dirs]) {
    const segments = p.split('/');
    for (let i = 1; i < segments.length; i++) {
      const parent = segments.slice(0, i).join('/');
      if (tree.files.has(parent))
        throw new ArchiveRejectedError(
          archive,
          'path-conflict',
          `entry ${quoteEntry(parent)} is a file but also holds ${quoteEntry(p)}`,
          p,
        );
    }
  }
  return tree;
}

type LooseManifest = Omit<Manifest, 'files'> & { files: LooseFile[] };

function readManifest(archive: string, tree: BackupTree): { manifest: LooseManifest; bytes: Buffer } {
  const bytes = tree.files.get(MANIFEST_FILE);
  if (!bytes) throw new ManifestError(tree.label, `manifest.json is missing from ${archive}`);
  const { manifest, problems } = parseManifest(bytes.toString('utf8'));
  if (!manifest || problems.length > 0)
    throw new ManifestError(manifest?.name ?? tree.label, `${problems.join('; ')} (in ${archive})`);
  // Exports always carry the loose form (one copy per file); packs never travel.
  if (manifest.packs)
    throw new ManifestError(
      manifest.name,
      `the manifest describes packed storage, which archives never hold (in ${archive})`,
    );
  return { manifest: manifest as LooseManifest, bytes };
}

/** Matches the archive's files one to one with the manifest and checks every checksum. */
async function checkContents(
  archive: string,
  manifest: LooseManifest,
  tree: BackupTree,
  limits: ArchiveLimits,
): Promise<ConfigDocument[]> {
  const problems: string[] = [];
  const documents: ConfigDocument[] = [];
  const expected = new Set<string>([MANIFEST_FILE]);
  const neededDirs = new Set<string>(['', FILES_DIR]);
  let inflated = 0;
  for (const file of manifest.files) {
    if (file.stored !== `${FILES_DIR}/${file.path}` && file.stored !== `${FILES_DIR}/${file.path}.gz`) {
      problems.push(`${file.path}: stored as ${quoteEntry(file.stored)}, not under ${FILES_DIR}/ by its own path`);
      continue;
    }
    if (expected.has(file.stored)) problems.push(`${file.stored}: listed twice in the manifest`);
    expected.add(file.stored);
    const segments = file.stored.split('/');
    for (let i = 1; i < segments.length; i++) neededDirs.add(segments.slice(0, i).join('/'));
    const raw = tree.files.get(file.stored);
    if (!raw) {
      problems.push(`${file.path}: stored copy ${file.stored} is missing from the archive`);
      continue;
    }
    let content = raw;
    if (file.stored.endsWith('.gz')) {
      try {
        content = await gunzip(raw, { maxOutputLength: Math.min(limits.maxFileBytes, file.size + 1) });
      } catch (error) {
        if (errnoOf(error) === 'ERR_BUFFER_TOO_LARGE') {
          throw new ArchiveRejectedError(
            archive,
            'too-large',
            `${file.stored} inflates to more than ${Math.min(limits.maxFileBytes, file.size)} bytes`,
            file.stored,
          );
        }
        problems.push(`${file.path}: stored copy is corrupt (${(error as Error).message})`);
        continue;
      }
      inflated += content.length;
      if (inflated > limits.maxTotalBytes)
        throw new ArchiveRejectedError(
          archive,
          'too-large',
          `its compressed copies inflate to more than ${limits.maxTotalBytes} bytes`,
        );
    }
    if (content.length !== file.size || sha256Hex(content) !== file.sha256)
      problems.push(`${file.path}: checksum mismatch (the content differs from the manifest)`);
    else documents.push({ path: file.path, bytes: content });
  }
  for (const p of tree.files.keys()) if (!expected.has(p)) problems.push(`${p}: not listed in the manifest`);
  for (const p of tree.dirs) if (!neededDirs.has(p)) problems.push(`${p}/: directory not listed in the manifest`);
  if (problems.length > 0) throw new BackupDamagedError(manifest.name, problems);
  return documents;
}

/** The checksum covers the name, so a renamed manifest is re-sealed; the description keeps the original name. */
function renameManifest(manifest: LooseManifest, name: string): LooseManifest {
  const { checksum: _sealedForOldName, ...rest } = manifest;
  const note = `imported from backup ${JSON.stringify(manifest.name)}`;
  return sealManifest({
    ...rest,
    name,
    description: manifest.description ? `${manifest.description} (${note})` : note,
  }) as LooseManifest;
}

async function writeImported(
  backupDir: string,
  name: string,
  manifest: LooseManifest,
  manifestBytes: Buffer,
  files: Map<string, Buffer>,
  lockTimeoutMs: number,
  faults: Faults,
  onProgress?: ProgressReporter,
): Promise<string> {
  const lock = await lockStore(backupDir, 'import', lockTimeoutMs);
  try {
    const finalDir = path.join(backupDir, name);
    if (
      await lstat(finalDir).then(
        () => true,
        () => false,
      )
    )
      throw new BackupExistsError(name);
    const staging = path.join(backupDir, `${STAGING_PREFIX}import-${name}-${process.pid}`);
    try {
      await mkdir(staging);
      const dirs = new Set<string>([staging, path.join(staging, FILES_DIR)]);
      for (const file of manifest.files) dirs.add(path.dirname(path.join(staging, ...file.stored.split('/'))));
      for (const dir of [...dirs].sort()) await mkdir(dir, { recursive: true });
      const tick = progressCounter(onProgress, 'writing', manifest.files.length);
      for (const file of manifest.files) {
        await writeNewFile(path.join(staging, ...file.stored.split('/')), files.get(file.stored) as Buffer, 0o444);
        tick();
        faults.reached('import:staged-file');
      }
      await writeNewFile(path.join(staging, MANIFEST_FILE), manifestBytes, 0o444);
      faults.reached('import:manifest-written');
      await publishStaged(backupDir, staging, name, dirs);
      faults.reached('import:published');
    } catch (error) {
      await removeTree(staging);
      if (error instanceof OperationInterruptedError) {
        // Stopped after the rename into place: the unverified backup goes too.
        await discardPublished(backupDir, name);
        throw new OperationInterruptedError('import', 'partial-removed');
      }
      if (error instanceof OrchBackupError) throw error;
      throw new StoreWriteError(finalDir, errnoOf(error), { cause: error });
    }
    const check = await verifyBackup(backupDir, name);
    if (!check.ok) {
      await rename(finalDir, path.join(backupDir, `${TRASH_PREFIX}${name}-${process.pid}`));
      throw new BackupDamagedError(
        name,
        check.problems.map((p) => p.message),
      );
    }
    return finalDir;
  } finally {
    await lock.release();
  }
}

async function discardPublished(backupDir: string, name: string): Promise<void> {
  const trash = path.join(backupDir, `${TRASH_PREFIX}${name}-${process.pid}`);
  if (
    await rename(path.join(backupDir, name), trash).then(
      () => true,
      () => false,
    )
  )
    await removeTree(trash);
}
