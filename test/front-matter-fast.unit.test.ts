import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simpleName } from '../src/core/agents/front-matter.js';
import { readName } from '../src/core/agents/yaml-name.js';

// Pieces chosen to sit on YAML's edges: indicators, comments, colons, quotes, core-schema words.
const word = fc.constantFrom(
  'name',
  'description',
  'tools',
  'model',
  'a',
  'true',
  'null',
  '1',
  'y',
  '_x',
  'name ',
  ' name',
  'Name',
  '"name"',
  '-x',
);
const text = fc.constantFrom(
  'lead',
  'tech-lead',
  'Use this: agent',
  'a #b',
  'a#b',
  'C#',
  "it's",
  '"quoted"',
  "'single'",
  '"a\\"b"',
  "'it''s'",
  '',
  ' ',
  'true',
  'False',
  '~',
  '12',
  '0x1F',
  '.inf',
  '-1.5e3',
  '- item',
  '[a, b]',
  '{a: 1}',
  '&anchor x',
  '*alias',
  '!tag x',
  '| block',
  '> folded',
  '%x',
  '@x',
  '`x`',
  'a: b',
  'ends:',
  '? k',
  'x\ty',
  'ü ñ 日本',
  'a, b, c',
  'Read, Write',
  '" padded "',
  '""',
  "''",
  'x #',
);
const line = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(word, fc.constantFrom(': ', ':', ':  ', ' : '), text, fc.constantFrom('', ' ', '  # c'))
      .map(([k, sep, v, tail]) => `${k}${sep}${v}${tail}`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      '   ',
      '# comment',
      '  - nested',
      '  indented: x',
      'plain line',
      '---x',
      '%YAML 1.2',
    ),
  },
);

describe('front matter fast path', () => {
  it('agrees with the YAML parser whenever it answers', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), (lines) => {
        const source = lines.join('\n');
        const fast = simpleName(source);
        if (fast !== undefined) expect(fast).toEqual(readName(source));
      }),
      { numRuns: 3000 },
    );
  });

  it('answers for front matter as Claude Code agent files usually have it', () => {
    const typical =
      'name: code-reviewer\ndescription: Use this agent after writing code, e.g. a pull request; it reviews it.\ntools: Read, Grep, Glob, Bash\nmodel: sonnet\ncolor: "blue"';
    expect(simpleName(typical)).toEqual({ name: 'code-reviewer', line: 1 });
    expect(simpleName(typical)).toEqual(readName(typical));
    expect(simpleName("description: 'x'\n\n# note\nname: 'qa-e2e'")).toEqual({ name: 'qa-e2e', line: 4 });
  });
});
