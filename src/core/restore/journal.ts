import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { RestoreRecoveryError, errnoOf } from '../../errors/index.js';
import type { Faults } from '../util/faults.js';
import { fsyncDir, mapLimit, removeTree, writeNewFile } from '../util/fs.js';

export const JOURNAL_FILE = '.restore-journal.json';
/** Inside the config dir, so every move into place is a rename on the same file system. */
export const RESTORE_STAGING_DIR = '.orch-backup-restore';

/**
 * `staging`: files are being written aside, the config is untouched.
 * `applying`: files are being moved into place; finishing means moving the rest.
 * `applied`: the config holds the target; only cleanup is left.
 */
export type JournalPhase = 'staging' | 'applying' | 'applied';

export interface JournalOperation {
  path: string;
  action: 'write' | 'remove';
  /** SHA-256 of the content a `write` puts in place. */
  sha256: string | null;
}

export interface RestoreJournal {
  version: 1;
  /** `restore` moves to a backup; `rollback` moves back to the safety backup. */
  purpose: 'restore' | 'rollback';
  backup: string;
  safetyBackup: string | null;
  configDir: string;
  stagingDir: string;
  phase: JournalPhase;
  operations: JournalOperation[];
  startedAt: string;
}

export interface TargetFile {
  path: string;
  bytes: Uint8Array;
}

export function journalPath(backupDir: string): string {
  return path.join(backupDir, JOURNAL_FILE);
}

export async function readJournal(backupDir: string): Promise<RestoreJournal | undefined> {
  try {
    return JSON.parse(await readFile(journalPath(backupDir), 'utf8')) as RestoreJournal;
  } catch (error) {
    if (errnoOf(error) === 'ENOENT' || errnoOf(error) === 'ENOTDIR') return undefined;
    // A torn journal can only come from a crash while writing its first version (later
    // versions replace it by rename), when nothing had been moved yet.
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}

/** Replaces the journal atomically: a crash leaves the old version or the new one. */
async function writeJournal(backupDir: string, journal: RestoreJournal): Promise<void> {
  const file = journalPath(backupDir);
  const temp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  await writeNewFile(temp, JSON.stringify(journal, null, 2));
  await rename(temp, file);
  await fsyncDir(backupDir);
}

export async function removeJournal(backupDir: string, journal: RestoreJournal): Promise<void> {
  await removeTree(journal.stagingDir);
  await unlink(journalPath(backupDir)).catch((error: unknown) => {
    if (errnoOf(error) !== 'ENOENT') throw error;
  });
  await fsyncDir(backupDir);
}

/**
 * Moves the config dir to exactly `target` (plus, unless `removeExtra`, files it already has
 * that the target lacks), through a journal so that a crash at any point can be finished by
 * `finishJournal`.
 */
export async function transition(options: {
  backupDir: string;
  configDir: string;
  purpose: RestoreJournal['purpose'];
  backup: string;
  safetyBackup: string | null;
  target: readonly TargetFile[];
  remove: readonly string[];
  faults: Faults;
}): Promise<void> {
  const stagingDir = path.join(options.configDir, RESTORE_STAGING_DIR);
  const journal: RestoreJournal = {
    version: 1,
    purpose: options.purpose,
    backup: options.backup,
    safetyBackup: options.safetyBackup,
    configDir: options.configDir,
    stagingDir,
    phase: 'staging',
    operations: [
      ...options.target.map((f) => ({ path: f.path, action: 'write' as const, sha256: createHash('sha256').update(f.bytes).digest('hex') })),
      ...options.remove.map((p) => ({ path: p, action: 'remove' as const, sha256: null })),
    ],
    startedAt: new Date().toISOString(),
  };
  await removeTree(stagingDir);
  await writeJournal(options.backupDir, journal);
  options.faults.reached(`${options.purpose}:journal-written`);

  await mkdir(stagingDir, { recursive: true });
  const dirs = directoryMaker();
  // Several writes (and their fsyncs) in flight let the file system commit them together.
  await mapLimit(options.target, 8, async (file) => {
    const staged = path.join(stagingDir, ...file.path.split('/'));
    await dirs.ensure(path.dirname(staged));
    await writeNewFile(staged, file.bytes);
    options.faults.reached(`${options.purpose}:staged-file`);
  });
  await fsyncTree(stagingDir, options.target.map((f) => f.path));
  await writeJournal(options.backupDir, { ...journal, phase: 'applying' });
  options.faults.reached(`${options.purpose}:applying`);
  await applyOperations({ ...journal, phase: 'applying' }, options.faults);
  await writeJournal(options.backupDir, { ...journal, phase: 'applied' });
  options.faults.reached(`${options.purpose}:applied`);
}

/** Moves staged files into place and removes files; safe to run again after a crash. */
async function applyOperations(journal: RestoreJournal, faults: Faults): Promise<void> {
  const touched = new Set<string>();
  const dirs = directoryMaker();
  // Each operation is idempotent and independent of the others, so any order and any subset
  // done before a crash is finished the same way.
  await mapLimit(journal.operations, 8, async (op) => {
    const destination = path.join(journal.configDir, ...op.path.split('/'));
    touched.add(path.dirname(destination));
    if (op.action === 'remove') {
      await unlink(destination).catch((error: unknown) => {
        if (errnoOf(error) !== 'ENOENT') throw error;
      });
    } else {
      const staged = path.join(journal.stagingDir, ...op.path.split('/'));
      await dirs.ensure(path.dirname(destination));
      // No stat first: a staged copy that is gone was moved by the run a crash interrupted.
      const moved = await rename(staged, destination).then(() => true, (error: unknown) => {
        if (errnoOf(error) !== 'ENOENT') throw error;
        return false;
      });
      if (!moved && !(await hasContent(destination, op.sha256))) {
        throw new RestoreRecoveryError(op.path);
      }
    }
    faults.reached(`${journal.purpose}:moved-file`);
  });
  await mapLimit([...touched], 8, (dir) => fsyncDir(dir).catch(() => undefined));
}

/**
 * Finishes what a crashed process started: before `applying` nothing was touched, so the
 * journal is dropped (the config is the old state); from `applying` on, the remaining moves
 * are made (the config becomes the target state).
 */
export async function finishJournal(backupDir: string, journal: RestoreJournal, faults: Faults): Promise<'discarded' | 'completed'> {
  if (journal.phase === 'staging') {
    await removeJournal(backupDir, journal);
    return 'discarded';
  }
  if (journal.phase === 'applying') {
    await applyOperations(journal, faults);
    await writeJournal(backupDir, { ...journal, phase: 'applied' });
  }
  await removeJournal(backupDir, journal);
  return 'completed';
}

async function hasContent(file: string, sha256: string | null): Promise<boolean> {
  try {
    return createHash('sha256').update(await readFile(file)).digest('hex') === sha256;
  } catch {
    return false;
  }
}

async function fsyncTree(root: string, files: readonly string[]): Promise<void> {
  const dirs = new Set<string>([root]);
  for (const f of files) {
    let dir = path.dirname(path.join(root, ...f.split('/')));
    while (dir.startsWith(root) && !dirs.has(dir)) {
      dirs.add(dir);
      dir = path.dirname(dir);
    }
  }
  await mapLimit([...dirs], 8, (dir) => fsyncDir(dir));
}

/** `mkdir -p` that asks the file system once per directory, however many files go into it. */
function directoryMaker(): { ensure(dir: string): Promise<void> } {
  const made = new Map<string, Promise<unknown>>();
  return {
    ensure: async (dir) => {
      let done = made.get(dir);
      if (!done) made.set(dir, (done = mkdir(dir, { recursive: true })));
      await done;
    },
  };
}
