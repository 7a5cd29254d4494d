import { createHash } from 'node:crypto';
import { link, lstat, mkdir, readFile, rename, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { errnoOf } from '../../errors/index.js';
import type { Faults } from '../util/faults.js';
import { fsyncDir } from '../util/fs.js';
import type { JournalOperation, RestoreJournal } from './journal.js';

/** A move that failed, with the path (relative to the config dir) it failed at. */
export class MoveFailure extends Error {
  constructor(
    readonly path: string,
    readonly errno: string | undefined,
    readonly direction: 'finish' | 'rollback',
    options: { cause: unknown },
  ) {
    super(`${direction} failed at ${path} (${errno ?? 'unknown error'})`, options);
  }
}

const at = (root: string, rel: string): string => path.join(root, ...rel.split('/'));
const staged = (j: RestoreJournal, rel: string): string => at(path.join(j.stagingDir, 'new'), rel);
const original = (j: RestoreJournal, rel: string): string => at(path.join(j.stagingDir, 'old'), rel);

/**
 * Moves the target into place: each original is first set aside in `old/` (a hard link, so the
 * file never disappears from the config, else a rename), then the staged file is renamed over
 * it. Nothing is deleted, so `rollBack` can always undo it, and both directions can be run again
 * from any point a crash or a failure left.
 */
export async function moveForward(journal: RestoreJournal, faults: Faults): Promise<void> {
  const dirs = directoryMaker();
  await settleInOrder(journal.operations, 'finish', async (op) => {
    const dest = at(journal.configDir, op.path);
    const aside = original(journal, op.path);
    // Whatever is at the destination before the move (a file, or a symlink the scan skipped)
    // is kept; once the staged copy has moved, the destination holds the new file instead.
    if (!(await exists(aside)) && (op.after === null || (await exists(staged(journal, op.path))))) {
      await dirs.ensure(path.dirname(aside));
      if (op.after === null) await ignoreMissing(rename(dest, aside));
      else await ignoreMissing(keepCopy(dest, aside));
    }
    if (op.after !== null) {
      await dirs.ensure(path.dirname(dest));
      const moved = await ignoreMissing(rename(staged(journal, op.path), dest));
      if (!moved && !(await hasContent(dest, op.after)))
        throw Object.assign(new Error(`the staged copy of ${op.path} is gone`), { code: 'ENOENT' });
    }
    faults.reached('restore:moved-file');
  });
  await syncDirs(journal);
}

/**
 * Puts every original back and takes every new file out again (into `new/`, so the restore can
 * still be finished later), then removes the directories the restore created.
 */
export async function rollBack(journal: RestoreJournal, faults: Faults): Promise<void> {
  const dirs = directoryMaker();
  await settleInOrder([...journal.operations].reverse(), 'rollback', async (op) => {
    const dest = at(journal.configDir, op.path);
    const aside = original(journal, op.path);
    const hasOriginal = await exists(aside);
    if (op.after !== null && !(await exists(staged(journal, op.path))) && (await hasContent(dest, op.after))) {
      await dirs.ensure(path.dirname(staged(journal, op.path)));
      if (hasOriginal) await keepCopy(dest, staged(journal, op.path));
      else await rename(dest, staged(journal, op.path));
    }
    if (hasOriginal) await rename(aside, dest);
    faults.reached('rollback:moved-file');
  });
  for (const dir of [...journal.createdDirs].reverse()) {
    await rmdir(at(journal.configDir, dir)).catch(() => undefined);
  }
  await syncDirs(journal);
}

/** Links `from` to `to`, or (where hard links are refused) renames it there. */
async function keepCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    if (errnoOf(error) === 'EEXIST') return;
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'EMLINK'].includes(errnoOf(error) ?? '')) throw error;
    await rename(from, to);
  }
}

/**
 * Runs the moves with a few in flight, stops starting new ones at the first failure and waits for
 * those in flight, so that the caller knows nothing is still moving when it turns back.
 */
async function settleInOrder(
  ops: readonly JournalOperation[],
  direction: 'finish' | 'rollback',
  fn: (op: JournalOperation) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failure: MoveFailure | undefined;
  const worker = async (): Promise<void> => {
    while (!failure && next < ops.length) {
      const op = ops[next++] as JournalOperation;
      try {
        await fn(op);
      } catch (error) {
        failure ??= new MoveFailure(op.path, errnoOf(error), direction, { cause: error });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(8, ops.length) }, worker));
  if (failure) throw failure;
}

async function syncDirs(journal: RestoreJournal): Promise<void> {
  const dirs = new Set(journal.operations.map((op) => path.dirname(at(journal.configDir, op.path))));
  for (const dir of dirs) await fsyncDir(dir).catch(() => undefined);
}

async function ignoreMissing(operation: Promise<unknown>): Promise<boolean> {
  try {
    await operation;
    return true;
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return false;
    throw error;
  }
}

async function exists(file: string): Promise<boolean> {
  return lstat(file).then(
    () => true,
    () => false,
  );
}

async function hasContent(file: string, sha256: string): Promise<boolean> {
  try {
    return (
      createHash('sha256')
        .update(await readFile(file))
        .digest('hex') === sha256
    );
  } catch {
    return false;
  }
}

/** `mkdir -p` that asks the file system once per directory, however many files go into it. */
export function directoryMaker(): { ensure(dir: string): Promise<void> } {
  const made = new Map<string, Promise<unknown>>();
  return {
    ensure: async (dir) => {
      let done = made.get(dir);
      if (!done) made.set(dir, (done = mkdir(dir, { recursive: true })));
      await done;
    },
  };
}
