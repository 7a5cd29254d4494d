import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { link, lstat, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { errnoOf } from '../../errors/index.js';
import { JournalKeyError } from '../../errors/restore.js';
import { RESTORE_STAGING_DIR, ownedPathProblem, ownedPaths } from '../config/owned-paths.js';
import { canonicalJson } from '../store/manifest.js';
import { isValidName } from '../store/names.js';
import { replaceViaStaging, stagingPath } from '../store/store.js';
import { noFaults, type Faults } from '../util/faults.js';
import { fsyncDir, removeTree, writeNewFile } from '../util/fs.js';
import { isLegacyJournal } from './legacy-journal.js';
import { journalPath } from './journal-path.js';

/** The secret that authenticates journals: only a journal this store's user wrote is ever executed. */
export const JOURNAL_KEY_FILE = '.journal-key';
const REJECTED_PREFIX = '.rejected-journal-';

/**
 * `staging`: new files are being written aside; the config is untouched.
 * `applying`: originals are set aside and new files moved into place; either direction can end it.
 * `applied`: the config holds the target; the originals wait in the staging dir until commit.
 * `rolling-back`: the originals are being moved back.
 */
type JournalPhase = 'staging' | 'applying' | 'applied' | 'rolling-back';

/** One path's change: its SHA-256 before (null: absent) and after (null: removed). */
export interface JournalOperation {
  path: string;
  before: string | null;
  after: string | null;
}

export interface RestoreJournal {
  version: 2;
  backup: string;
  safetyBackup: string | null;
  /** The config dir, resolved. */
  configDir: string;
  /** Always `<configDir>/.orch-backup-restore`: `new/` holds the target files, `old/` the originals. */
  stagingDir: string;
  phase: JournalPhase;
  operations: JournalOperation[];
  /** Directories the restore creates (parents first), removed again by a rollback. */
  createdDirs: string[];
  startedAt: string;
  /** HMAC-SHA256 of the rest, keyed by the store's journal key. */
  mac?: string;
}

export function stagingDirOf(configRoot: string): string {
  return path.join(configRoot, RESTORE_STAGING_DIR);
}

/**
 * The journal as it lies on disk, unchecked: only for decisions that cannot hurt when it is
 * planted (clean keeps the backups it names).
 */
export async function peekJournal(
  backupDir: string,
): Promise<{ backup?: unknown; safetyBackup?: unknown } | undefined> {
  try {
    const raw: unknown = JSON.parse(await readFile(journalPath(backupDir), 'utf8'));
    return typeof raw === 'object' && raw !== null ? (raw as { backup?: unknown; safetyBackup?: unknown }) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The store's journal key. It is trusted only as a regular file owned by this user and readable
 * by nobody else: anyone who can write into a shared store could otherwise replace it.
 */
export async function journalKey(
  backupDir: string,
  create: boolean,
  faults: Faults = noFaults,
): Promise<Buffer | null> {
  const file = path.join(backupDir, JOURNAL_KEY_FILE);
  const info = await lstat(file).catch((error: unknown) => {
    if (errnoOf(error) === 'ENOENT') return null;
    throw error;
  });
  if (!info) {
    if (!create) return null;
    // Written whole aside, then linked into place: a crash never leaves a short key in use, and
    // linking, unlike renaming, never replaces a key another process put there first.
    const key = randomBytes(32).toString('hex');
    const temp = stagingPath(backupDir, 'key');
    await writeNewFile(temp, key, 0o600);
    faults.reached('journal:key-aside');
    // A file system without hard links gets an exclusive create, as before.
    await link(temp, file)
      .catch(() => writeNewFile(file, key, 0o600))
      .catch((error: unknown) => {
        if (errnoOf(error) !== 'EEXIST') throw error;
      })
      .finally(() => unlink(temp).catch(() => undefined));
    return journalKey(backupDir, false);
  }
  const uid = typeof process.geteuid === 'function' ? process.geteuid() : info.uid;
  if (!info.isFile()) throw new JournalKeyError(file, 'it is not a regular file');
  if ((info.mode & 0o077) !== 0)
    throw new JournalKeyError(file, `others may read or change it (mode ${(info.mode & 0o777).toString(8)})`);
  if (info.uid !== uid)
    throw new JournalKeyError(file, `it belongs to uid ${info.uid}, not to you (uid ${uid})`, info.uid);
  return Buffer.from(await readFile(file, 'utf8'), 'utf8');
}

function macOf(key: Buffer, journal: RestoreJournal): string {
  const { mac: _ignored, ...rest } = journal;
  return createHmac('sha256', key).update(canonicalJson(rest)).digest('hex');
}

/** Replaces the journal atomically, signed; every journal write happens under the store lock. */
export async function writeJournal(
  backupDir: string,
  key: Buffer,
  journal: RestoreJournal,
  faults: Faults = noFaults,
): Promise<RestoreJournal> {
  const signed = { ...journal, mac: macOf(key, journal) };
  // Readable by all: it holds no secret (the signature is what matters), and another user must
  // be able to see whose interrupted restore it is.
  await replaceViaStaging(backupDir, 'journal', journalPath(backupDir), JSON.stringify(signed, null, 2), 0o644, () =>
    faults.reached('journal:temp-written'),
  );
  return signed;
}

export type LoadedJournal =
  | { journal: RestoreJournal; key: Buffer }
  | { rejected: string }
  | { otherUser: number }
  | { legacy: unknown };

/**
 * Reads the journal and decides whether it may be executed: it must be signed with this store's
 * key, and even then every path in it must be confined (the staging dir the known one inside its
 * config dir, every operation a safe relative path that is not the tool's own).
 */
export async function loadJournal(backupDir: string): Promise<LoadedJournal | undefined> {
  let text: string;
  try {
    text = await readFile(journalPath(backupDir), 'utf8');
  } catch (error) {
    if (errnoOf(error) === 'ENOENT' || errnoOf(error) === 'ENOTDIR') return undefined;
    throw error;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { rejected: 'it is not valid JSON' };
  }
  // An older version's journal: never executed, but what it says is worth telling the user.
  if (isLegacyJournal(raw)) return { legacy: raw };
  const problem = shapeProblem(raw, backupDir);
  if (problem) return { rejected: problem };
  const journal = raw as RestoreJournal;
  let key: Buffer | null;
  try {
    key = await journalKey(backupDir, false);
  } catch (error) {
    // Another user's private key: their journal may be their interrupted restore; leave it to them.
    if (error instanceof JournalKeyError && error.ownerUid !== undefined) return { otherUser: error.ownerUid };
    return { rejected: (error as Error).message };
  }
  if (!key) return { rejected: `the store has no journal key (${JOURNAL_KEY_FILE}), so it did not write this journal` };
  const expected = Buffer.from(macOf(key, journal), 'hex');
  const actual = Buffer.from(String(journal.mac), 'hex');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected))
    return { rejected: "its signature does not match the store's journal key (planted or edited)" };
  return { journal, key };
}

function shapeProblem(raw: unknown, backupDir: string): string | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'it is not a JSON object';
  const j = raw as Partial<RestoreJournal>;
  if (j.version !== 2) return `it has format ${JSON.stringify(j.version)}, not 2`;
  if (typeof j.backup !== 'string' || !isValidName(j.backup)) return 'it names no valid backup';
  if (j.safetyBackup !== null && (typeof j.safetyBackup !== 'string' || !isValidName(j.safetyBackup)))
    return 'its safety backup name is not valid';
  if (typeof j.configDir !== 'string' || !path.isAbsolute(j.configDir) || path.resolve(j.configDir) !== j.configDir)
    return 'its config dir is not an absolute, normalised path';
  if (resolved(j.configDir) !== j.configDir) return `its config dir ${j.configDir} is reached through a symlink`;
  if (j.stagingDir !== stagingDirOf(j.configDir))
    return `its staging dir ${JSON.stringify(j.stagingDir)} is not ${stagingDirOf(j.configDir)}`;
  if (!['staging', 'applying', 'applied', 'rolling-back'].includes(String(j.phase))) return 'its phase is unknown';
  if (!Array.isArray(j.operations) || !Array.isArray(j.createdDirs) || typeof j.mac !== 'string')
    return 'it lacks operations, directories or a signature';
  const owned = ownedPaths({ configDir: j.configDir, backupDir });
  const sha = (v: unknown): boolean => v === null || (typeof v === 'string' && /^[0-9a-f]{64}$/.test(v));
  const seen = new Set<string>();
  for (const op of j.operations as unknown[]) {
    const o = op as Partial<JournalOperation> | null;
    if (!o || typeof o.path !== 'string' || !sha(o.before) || !sha(o.after) || (o.before === null && o.after === null))
      return 'an operation is malformed';
    if (ownedPathProblem(o.path, owned))
      return `an operation names ${JSON.stringify(o.path)}, outside what a restore may touch`;
    if (seen.has(o.path)) return `it names ${JSON.stringify(o.path)} twice`;
    seen.add(o.path);
  }
  for (const dir of j.createdDirs as unknown[]) {
    if (typeof dir !== 'string' || ownedPathProblem(dir, owned) || ![...seen].some((p) => p.startsWith(`${dir}/`)))
      return `a directory it would remove (${JSON.stringify(dir)}) is not one it creates`;
  }
  return null;
}

function resolved(dir: string): string {
  try {
    return realpathSync.native(dir);
  } catch {
    return dir;
  }
}

/** Ends a transaction: the staging dir (with the originals set aside) and the journal go. */
export async function removeJournal(backupDir: string, journal: RestoreJournal): Promise<void> {
  await removeTree(journal.stagingDir);
  await unlink(journalPath(backupDir)).catch((error: unknown) => {
    if (errnoOf(error) !== 'ENOENT') throw error;
  });
  await fsyncDir(backupDir);
}

/** A refused journal is kept for inspection under a name of the store's own, never executed. */
export async function setJournalAside(backupDir: string, now = new Date()): Promise<string | null> {
  const target = path.join(backupDir, `${REJECTED_PREFIX}${now.toISOString().replace(/[:.]/g, '-')}.json`);
  try {
    await rename(journalPath(backupDir), target);
    return target;
  } catch {
    return null;
  }
}
