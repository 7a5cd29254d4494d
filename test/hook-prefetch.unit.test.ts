import { describe, expect, it } from 'vitest';
import { parseBatch, parseRawDiff, unquoteGitPath } from '../src/core/config/git-objects.js';
import { listingsFor, parseStagedStream } from '../src/core/hook/prefetch.js';

// The stream hooks/pre-commit pipes to the Node half: `git ls-files -s -z`, an empty record, its
// status; `git diff-index --cached --no-renames HEAD` text as one record, an empty record, its status;
// then `git cat-file --batch`.

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);
const indexRecord = (oid: string, p: string): string => `100644 ${oid} 0\t${p}\0`;
const Z = '0'.repeat(40);
/** One diff-index line: what HEAD had (`head`, Z for nothing) and what the index has at `p`. */
const change = (head: string, index: string, p: string, modes = '100644 100644'): string => {
  const status = head === Z ? 'A' : index === Z ? 'D' : 'M';
  const [headMode, indexMode] = modes.split(' ');
  return `:${head === Z ? '000000' : headMode} ${index === Z ? '000000' : indexMode} ${head} ${index} ${status}\t${p}\n`;
};
const blob = (oid: string, text: string): string => `${oid} blob ${Buffer.byteLength(text)}\n${text}\n`;
const stream = (...parts: string[]): Buffer => Buffer.from(parts.join(''));

const SPECS = ['.claude/orchestration', '.claude/agents'];

describe('parseStagedStream', () => {
  it('reads both listings and the blobs', () => {
    const got = parseStagedStream(
      stream(
        indexRecord(A, '.claude/orchestration/teams.json'),
        indexRecord(C, '.claude/agents/x.md'),
        '\0' + '0\0',
        change(B, A, '.claude/orchestration/teams.json'),
        '\0',
        '\0' + '0\0',
        blob(B, '{"v":1}'),
        blob(A, '{"v":2}\nwith a newline'),
      ),
      SPECS,
    );
    expect(got?.index).toEqual(
      new Map([
        ['.claude/orchestration/teams.json', A],
        ['.claude/agents/x.md', C],
      ]),
    );
    expect(got?.head).toEqual(
      new Map([
        ['.claude/orchestration/teams.json', B],
        ['.claude/agents/x.md', C],
      ]),
    );
    expect(got?.blobs.get(A)?.toString()).toBe('{"v":2}\nwith a newline');
    expect(got?.blobs.get(B)?.toString()).toBe('{"v":1}');
  });

  it('a failed diff-index (no HEAD yet) leaves head null; empty listings are listings', () => {
    const got = parseStagedStream(stream('\0' + '0\0', '\0' + '128\0'), SPECS);
    expect(got?.index).toEqual(new Map());
    expect(got?.head).toBeNull();
    expect(got?.blobs.size).toBe(0);
  });

  it('a failed ls-files leaves index null, so the hook asks git itself', () => {
    const got = parseStagedStream(stream('\0' + '128\0', '\0' + '0\0'), SPECS);
    expect(got?.index).toBeNull();
    expect(got && listingsFor(got, SPECS)).toBeUndefined();
  });

  it('a stream cut short or from something else is not used', () => {
    const whole = stream(indexRecord(A, 'p'), '\0' + '0\0', change(B, A, 'p'), '\0', '\0' + '0\0');
    expect(parseStagedStream(whole, SPECS)).toBeDefined();
    for (const cut of [5, 52, whole.length - 1])
      expect(parseStagedStream(whole.subarray(0, cut), SPECS)).toBeUndefined();
    expect(parseStagedStream(Buffer.from('hello\n'), SPECS)).toBeUndefined();
    expect(parseStagedStream(stream(indexRecord(A, 'p'), '\0' + 'x\0', '\0' + '0\0'), SPECS)).toBeUndefined();
    // A line that is not diff-index's raw format.
    expect(parseStagedStream(stream('\0' + '0\0', 'M\tp\n\0', '\0' + '0\0'), SPECS)).toBeUndefined();
  });

  it("HEAD's listing: the index's, with what HEAD had where diff-index reports a difference", () => {
    const got = parseStagedStream(
      stream(
        indexRecord(A, 'c/changed.json'),
        indexRecord(B, 'c/same.json'),
        indexRecord(C, 'c/added.json'),
        indexRecord(A, 'c/now-a-file.json'),
        '\0' + '0\0',
        change(C, A, 'c/changed.json'),
        change(Z, C, 'c/added.json'),
        change(B, Z, '"c/del\\303\\251ted \\"x\\".json"'),
        change(B, A, 'c/now-a-file.json', '120000 100644'),
        change(A, B, 'c/mode-only.json', '100644 100755'),
        '\0',
        '\0' + '0\0',
      ),
      SPECS,
    );
    expect(got?.head).toEqual(
      new Map([
        ['c/changed.json', C],
        ['c/same.json', B],
        ['c/deléted "x".json', B],
        ['c/mode-only.json', A],
      ]),
    );
  });

  it('a blob cut short is left out, the ones before it kept', () => {
    const got = parseStagedStream(
      stream(
        '\0' + '0\0',
        change(B, A, 'p'),
        '\0',
        '\0' + '0\0',
        blob(A, 'first'),
        `${B} missing\n`,
        blob(C, 'third').slice(0, -3),
      ),
      SPECS,
    );
    expect([...(got?.blobs.keys() ?? [])]).toEqual([A]);
  });
});

describe('parseBatch', () => {
  it('tells blobs from other objects and missing names', () => {
    const objects = parseBatch(Buffer.from(`${A} missing\n${B} tree 3\nxyz\n${blob(C, '')}`));
    expect(objects.get(A)).toEqual({ notBlob: 'missing' });
    expect(objects.get(B)).toEqual({ notBlob: 'tree' });
    expect(objects.get(C)?.toString()).toBe('');
  });
});

describe('listingsFor', () => {
  const prefetched = parseStagedStream(
    stream(
      indexRecord(A, '.claude/orchestration/teams.json'),
      indexRecord(B, '.claude/orchestration-old/teams.json'),
      indexRecord(C, '.claude/agents/x.md'),
      '\0' + '0\0',
      change(Z, B, '.claude/orchestration-old/teams.json'),
      change(Z, C, '.claude/agents/x.md'),
      '\0',
      '\0' + '0\0',
    ),
    SPECS,
  );
  if (!prefetched) throw new Error('fixture stream did not parse');

  it('keeps only the entries under the wanted directories', () => {
    const got = listingsFor(prefetched, ['.claude/orchestration']);
    expect([...(got?.index.keys() ?? [])]).toEqual(['.claude/orchestration/teams.json']);
    expect([...(got?.head?.keys() ?? [])]).toEqual(['.claude/orchestration/teams.json']);
  });

  it('covers a directory inside a listed one, not one beside it or above it', () => {
    expect(listingsFor(prefetched, ['.claude/orchestration/.backups', '.claude/agents'])).toBeDefined();
    expect(listingsFor(prefetched, ['.claude/orchestration', '.claude/team-agents'])).toBeUndefined();
    expect(listingsFor(prefetched, ['.claude'])).toBeUndefined();
    expect(listingsFor(prefetched, ['.'])).toBeUndefined();
  });

  it('never answers for pathspecs with glob magic, which git would match differently', () => {
    expect(listingsFor(prefetched, ['.claude/orch*'])).toBeUndefined();
    expect(listingsFor({ ...prefetched, specs: [':(glob).claude/**'] }, ['.claude/orchestration'])).toBeUndefined();
  });
});

describe('unquoteGitPath', () => {
  it("reads git's quoting: C escapes, octal bytes, paths it left alone", () => {
    expect(unquoteGitPath('plain/path.json')).toBe('plain/path.json');
    expect(unquoteGitPath('"a\\tb\\n\\"c\\"\\\\d"')).toBe('a\tb\n"c"\\d');
    expect(unquoteGitPath('"\\303\\274mlaut"')).toBe('ümlaut');
    // core.quotePath off: characters beyond ASCII as they are, inside quotes made for a tab.
    expect(unquoteGitPath('"ü\\tx"')).toBe('ü\tx');
  });

  it('refuses what is not git quoting', () => {
    expect(unquoteGitPath('"unclosed')).toBeUndefined();
    expect(unquoteGitPath('"bad \\q escape"')).toBeUndefined();
    expect(unquoteGitPath('"\\9"')).toBeUndefined();
    expect(parseRawDiff(':100644 100644 abc def M\tp')).toBeUndefined();
  });
});
