import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../src/core/config/settings.js';
import { fileSelection } from '../src/core/config/select.js';
import { isFormattingOnly } from '../src/core/diff/formatting.js';
import { diffSnapshots } from '../src/core/diff/snapshots.js';
import { redactTextLine } from '../src/core/diff/text.js';
import { kindOf } from '../src/core/kinds/index.js';
import { validateDocuments } from '../src/core/validate/index.js';

const doc = (path: string, text: string | Buffer) => ({
  path,
  bytes: typeof text === 'string' ? Buffer.from(text) : text,
});

describe('file kinds', () => {
  it('the default selection takes any file, leaves runtime state and dot files out, and says why', () => {
    const leftOut = fileSelection(DEFAULT_SETTINGS);
    expect(
      ['teams.json', 'CLAUDE.md', 'prompts/review.md', 'pipelines.yml', 'logo.png', 'team-state.json'].map(leftOut),
    ).toEqual([null, null, null, null, null, null]);
    expect(
      ['state/session.json', 'a/state/x.md', 'state.json', 'orchestration.lock', 'run.pid', 'logs/today.log'].map(
        leftOut,
      ),
    ).toEqual(Array(6).fill('runtime-state'));
    expect(leftOut('.DS_Store')).toBe('hidden');
    expect(fileSelection({ include: ['**/*.json'], exclude: ['drafts/**'], runtimeState: [] })('CLAUDE.md')).toBe(
      'not-included',
    );
    expect(fileSelection({ include: ['**/*'], exclude: ['drafts/**'], runtimeState: [] })('drafts/x.json')).toBe(
      'excluded',
    );
  });

  it('kinds: JSON and YAML by name, other files text unless not UTF-8 or holding NUL', () => {
    expect(kindOf('a.json', Buffer.from('x'))).toBe('json');
    expect(kindOf('a.YML', Buffer.from('x'))).toBe('yaml');
    expect(kindOf('a.md', Buffer.from('é'))).toBe('text');
    expect(kindOf('a.png', Buffer.from([0x89, 0x50, 0, 1]))).toBe('binary');
    expect(kindOf('a.txt', Buffer.from([0xff, 0xfe]))).toBe('binary');
  });

  it('formatting only: JSON files whose values are equal; never a non-JSON file or broken JSON', () => {
    expect(
      isFormattingOnly('t.json', Buffer.from('{"a":1,"b":[1,2]}'), Buffer.from('{\n    "b": [1, 2],\n    "a": 1\n}\n')),
    ).toBe(true);
    expect(isFormattingOnly('t.json', Buffer.from('{"a":1}'), Buffer.from('{"a":2}'))).toBe(false);
    expect(isFormattingOnly('t.md', Buffer.from('a'), Buffer.from('a\n'))).toBe(false);
    expect(isFormattingOnly('t.json', Buffer.from('{'), Buffer.from('{'))).toBe(false);
  });

  it('validation: a YAML syntax error is a finding at its line and column; Markdown and binary files are never parsed', async () => {
    const report = await validateDocuments([
      doc('p.yaml', 'a: 1\nb: [1, 2\nc: 3\n'),
      doc('ok.yml', 'a: [1, 2]\n---\nb: 2\n'),
      doc('CLAUDE.md', '{ not json'),
      doc('x.bin', Buffer.from([0, 255])),
    ]);
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([
      expect.objectContaining({
        code: 'yaml-syntax',
        file: 'p.yaml',
        line: expect.any(Number),
        column: expect.any(Number),
        message: expect.stringMatching(/^invalid YAML: /),
      }),
    ]);
    expect(report.files).toEqual(['CLAUDE.md', 'ok.yml', 'p.yaml', 'x.bin']);
  });

  it('diff: a unified diff for text, sizes for binary, "formatting only" for re-indented JSON', () => {
    const result = diffSnapshots(
      [
        doc('CLAUDE.md', 'one\ntwo\nthree\n'),
        doc('logo.png', Buffer.from([0, 1])),
        doc('t.json', '{"a":1}'),
        doc('same.md', 'x'),
      ],
      [
        doc('CLAUDE.md', 'one\n2\nthree\n'),
        doc('logo.png', Buffer.from([0, 1, 2])),
        doc('t.json', '{ "a": 1 }\n'),
        doc('same.md', 'x'),
      ],
    );
    const byPath = Object.fromEntries(result.files.map((f) => [f.path, f]));
    expect(byPath['CLAUDE.md']).toMatchObject({
      status: 'modified',
      kind: 'other',
      patch: null,
      unifiedDiff: '--- a/CLAUDE.md\n+++ b/CLAUDE.md\n@@ -1,3 +1,3 @@\n one\n-two\n+2\n three\n',
    });
    expect(byPath['logo.png']).toMatchObject({
      status: 'modified',
      kind: 'other',
      binary: true,
      problem: 'binary content differs (2 → 3 bytes)',
    });
    expect(byPath['t.json']).toMatchObject({ status: 'unchanged', formattingOnly: true });
    expect(byPath['same.md']).toMatchObject({ status: 'unchanged', kind: 'other' });
    expect(result.migrationPath[0]?.summary).toBe(
      'unversioned → unversioned: 1 text file changed (+1 -1 lines), 1 file changed (not text), 1 file formatting only',
    );
  });

  it('text diff lines hide values under secret-looking keys and credentials by their form', () => {
    expect(redactTextLine('+api_key: sk-123')).toBe('+api_key: •••');
    expect(redactTextLine('-  "password": "hunter2",')).toBe('-  "password": •••');
    expect(redactTextLine(' TOKEN=abc')).toBe(' TOKEN=•••');
    expect(redactTextLine('+see https://user:pw@example.com/x')).toBe('+see https://•••@example.com/x');
    expect(redactTextLine('+plain words: fine')).toBe('+plain words: fine');
  });
});
