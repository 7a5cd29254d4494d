import { describe, expect, it } from 'vitest';
import { entryKind, normalisedPath, type Reject } from '../src/core/archive/export.js';
import { ArchiveRejectedError } from '../src/errors/index.js';

const reject: Reject = (reason, detail, entry) => new ArchiveRejectedError('x.tgz', reason, detail, entry);

function refusal(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(ArchiveRejectedError);
    expect((error as Error).message).not.toMatch(/[\n\r]/);
    return (error as ArchiveRejectedError).reason;
  }
}

describe('normalisedPath', () => {
  it.each([
    ['team-a/manifest.json', 'team-a/manifest.json'],
    ['./manifest.json', 'manifest.json'],
    ['././files/a.json', 'files/a.json'],
    ['files/', 'files'],
    ['./', ''],
    ['.', ''],
    ['files/..data.json', 'files/..data.json'],
  ])('accepts %j as %j', (raw, expected) => {
    expect(normalisedPath(raw, reject)).toBe(expected);
  });

  it.each([
    ['/etc/passwd', 'absolute-path'],
    ['//server/share', 'absolute-path'],
    ['C:/Windows/x.json', 'absolute-path'],
    ['c:x.json', 'absolute-path'],
    ['..', 'traversal'],
    ['../x.json', 'traversal'],
    ['team-a/../../x.json', 'traversal'],
    ['./../x.json', 'traversal'],
    ['files\\..\\..\\x.json', 'traversal'],
    ['files//x.json', 'unsafe-path'],
    ['files/./x.json', 'unsafe-path'],
    ['files/x\\y.json', 'unsafe-path'],
    ['files/x\0.json', 'unsafe-path'],
    ['files/x.json//', 'unsafe-path'],
  ])('refuses %j (%s)', (raw, reason) => {
    expect(refusal(() => normalisedPath(raw, reject))).toBe(reason);
  });

  it('keeps a hostile name on one line in the message', () => {
    expect(refusal(() => normalisedPath('/tmp/a\nb\rc', reject))).toBe('absolute-path');
  });
});

describe('entryKind', () => {
  it.each([
    ['File', 'file'],
    ['OldFile', 'file'],
    ['ContiguousFile', 'file'],
    ['Directory', 'directory'],
  ])('accepts %s as a %s', (type, kind) => {
    expect(entryKind({ path: 'x', type }, reject)).toBe(kind);
  });

  it.each([
    ['SymbolicLink', 'link'],
    ['Link', 'link'],
    ['CharacterDevice', 'special-file'],
    ['BlockDevice', 'special-file'],
    ['FIFO', 'special-file'],
    ['SparseFile', 'unsupported-entry'],
    ['GNUDumpDir', 'unsupported-entry'],
    ['Unsupported', 'unsupported-entry'],
  ])('refuses %s (%s)', (type, reason) => {
    expect(refusal(() => entryKind({ path: 'x', type, linkpath: '/etc/passwd' }, reject))).toBe(reason);
  });

  it('refuses a file entry that carries a link target', () => {
    expect(refusal(() => entryKind({ path: 'x', type: 'File', linkpath: '/etc/passwd' }, reject))).toBe('link');
  });
});
