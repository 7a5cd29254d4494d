import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDuplicateKeys, MAX_DEPTH, nestingDepth, parseJson, positionAt } from '../src/core/util/json.js';
import { parseDocument } from '../src/core/validate/document.js';
import { validateDocuments, type Diagnostic } from '../src/core/validate/index.js';

// parseJson decides from the parsed value whether the slow positional scans must run.
// These properties check that decision against the generator's own knowledge of the
// document and against the rules validation followed before: depth scan, then JSON.parse,
// then findDuplicateKeys on every document.

type Tree =
  | { kind: 'leaf'; text: string }
  | { kind: 'array'; items: Tree[] }
  | { kind: 'object'; members: Member[] }
  | { kind: 'deep'; levels: number; inner: Tree };
interface Member {
  key: string;
  spelling: Spelling;
  before: string;
  value: Tree;
}
type Spelling = 'plain' | 'unicode' | 'first-upper' | 'colon';

// Keys that collide with Object.prototype, contain colons, quotes and escapes, or are empty.
const KEYS = [
  'a',
  'b',
  'ab',
  '__proto__',
  'constructor',
  'toString',
  'a:b',
  ':',
  'x"y',
  'back\\slash',
  '',
  'é',
  '\u2028',
  '0',
  'u003a',
];
const STRINGS = ['12:30:00', 'http://x.test/a', '\\u003a', '"k": 1', 'a\\"b:', '\\', '\u2028:', '::'];

const hex = (code: number, upper: boolean): string => {
  const digits = code.toString(16).padStart(4, '0');
  return `\\u${upper ? digits.toUpperCase() : digits}`;
};

/** One JSON string literal, spelled with or without \u escapes: all spellings decode alike. */
function spell(text: string, spelling: Spelling): string {
  if (spelling === 'plain' || text === '') return JSON.stringify(text);
  if (spelling === 'unicode')
    return `"${[...Array(text.length).keys()].map((i) => hex(text.charCodeAt(i), false)).join('')}"`;
  if (spelling === 'first-upper') return `"${hex(text.charCodeAt(0), true)}${JSON.stringify(text.slice(1)).slice(1)}`;
  // Colons are never part of an escape in JSON.stringify output, so each one is a literal.
  return JSON.stringify(text).replaceAll(':', '\\u003a');
}

function serialize(tree: Tree, indent: string): string {
  const inner = indent === '' ? '' : `${indent}  `;
  const nl = indent === '' ? '' : '\n';
  switch (tree.kind) {
    case 'leaf':
      return tree.text;
    case 'deep':
      return `${'['.repeat(tree.levels)}${serialize(tree.inner, '')}${']'.repeat(tree.levels)}`;
    case 'array':
      return tree.items.length === 0
        ? '[]'
        : `[${nl}${tree.items.map((t) => inner + serialize(t, inner)).join(`,${nl}`)}${nl}${indent}]`;
    case 'object':
      return tree.members.length === 0
        ? '{}'
        : `{${nl}${tree.members.map((m) => `${inner}${spell(m.key, m.spelling)}${m.before}: ${serialize(m.value, inner)}`).join(`,${nl}`)}${nl}${indent}}`;
  }
}

/** The truth the fast check must find: some object with the same key twice, however spelled. */
function hasDuplicate(tree: Tree): boolean {
  if (tree.kind === 'deep') return hasDuplicate(tree.inner);
  if (tree.kind === 'array') return tree.items.some(hasDuplicate);
  if (tree.kind !== 'object') return false;
  const keys = tree.members.map((m) => m.key);
  return new Set(keys).size !== keys.length || tree.members.some((m) => hasDuplicate(m.value));
}

const spelling = fc.constantFrom<Spelling>('plain', 'plain', 'unicode', 'first-upper', 'colon');
const before = fc.constantFrom('', '', ' ', '\n', '\t', '\r\n');

function trees(allowEscapes: boolean, allowDeep: boolean): fc.Arbitrary<Tree> {
  const spellings = allowEscapes ? spelling : fc.constant<Spelling>('plain');
  const { tree } = fc.letrec<{ tree: Tree; object: Tree }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      {
        weight: 3,
        arbitrary: fc
          .oneof(
            fc.string({ maxLength: 6 }),
            fc.constantFrom(...STRINGS),
            fc.string({ unit: allowEscapes ? 'binary' : 'grapheme-ascii', maxLength: 4 }),
          )
          .chain((s) => spellings.map((sp) => ({ kind: 'leaf' as const, text: spell(s, sp) }))),
      },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom('0', '-1.5e3', 'true', 'false', 'null')
          .map((text) => ({ kind: 'leaf' as const, text })),
      },
      {
        weight: 2,
        arbitrary: fc.array(tie('tree'), { maxLength: 4 }).map((items) => ({ kind: 'array' as const, items })),
      },
      { weight: 3, arbitrary: tie('object') },
      {
        weight: allowDeep ? 1 : 0,
        // Around the limit, so that a duplicate's dropped value can be the only too-deep part.
        arbitrary: fc
          .record({ levels: fc.integer({ min: MAX_DEPTH - 3, max: MAX_DEPTH + 2 }), inner: tie('tree') })
          .map((d) => ({ kind: 'deep' as const, ...d })),
      },
    ),
    object: fc
      .record({
        members: fc.uniqueArray(
          fc.record({ key: fc.constantFrom(...KEYS), spelling: spellings, before, value: tie('tree') }),
          { selector: (m) => m.key, maxLength: 5 },
        ),
        // Sometimes one key again, in another spelling, at another place, with another value.
        again: fc.option(fc.record({ pick: fc.nat(), at: fc.nat(), spelling: spellings, before, value: tie('tree') }), {
          freq: 3,
        }),
      })
      .map(({ members, again }): Tree => {
        const original = members[again ? again.pick % Math.max(members.length, 1) : 0];
        if (!again || !original) return { kind: 'object', members };
        const copy = [...members];
        copy.splice(again.at % (copy.length + 1), 0, {
          key: original.key,
          spelling: again.spelling,
          before: again.before,
          value: again.value,
        });
        return { kind: 'object', members: copy };
      }),
  }));
  return tree;
}

const document = (allowEscapes: boolean, allowDeep: boolean) =>
  fc
    .record({ tree: trees(allowEscapes, allowDeep), pretty: fc.boolean() })
    .map(({ tree, pretty }) => ({ tree, text: serialize(tree, pretty ? '\n' : '').replace(/^\n/, '') }));

/** Validation of one document as it was before the fast path: every scan on every document. */
function previousDiagnostics(text: string): Diagnostic[] {
  const depth = nestingDepth(text);
  if (depth.depth > MAX_DEPTH) {
    return [
      {
        severity: 'error',
        code: 'json-syntax',
        file: 'x.json',
        ...positionAt(text, depth.offset),
        message: `invalid JSON: nesting deeper than ${MAX_DEPTH} levels`,
      },
    ];
  }
  JSON.parse(text);
  return findDuplicateKeys(text).map((dup) => ({
    severity: 'error',
    code: 'duplicate-key',
    file: 'x.json',
    pointer: dup.pointer,
    ...dup.position,
    message: `duplicate key ${JSON.stringify(dup.key)}: only the last value would be used`,
  }));
}

describe('duplicate-key pre-check', () => {
  for (const [name, allowEscapes] of [
    ['without \\u escapes (colon count)', false],
    ['with \\u escapes (key token count)', true],
  ] as const) {
    it(`says a duplicate may exist exactly when the precise scan finds one, ${name}`, () => {
      fc.assert(
        fc.property(document(allowEscapes, false), ({ tree, text }) => {
          // A backslash-u can still come from a printable string like `\\u`: that case belongs to the other property.
          fc.pre(allowEscapes || !text.includes('\\u'));
          const parsed = parseJson(text);
          if (!parsed.ok) throw new Error(`generated invalid JSON: ${parsed.problem}`);
          expect(parsed.value).toEqual(JSON.parse(text));
          expect(findDuplicateKeys(text).length > 0).toBe(hasDuplicate(tree));
          expect(parsed.mayHaveDuplicateKeys).toBe(hasDuplicate(tree));
        }),
        { numRuns: 400 },
      );
    });
  }

  it('gives the diagnostics validation gave before, deep nesting included', () => {
    fc.assert(
      fc.property(document(true, true), ({ text }) => {
        const diagnostics: Diagnostic[] = [];
        const bytes = Buffer.from(text);
        parseDocument({ path: 'x.json', bytes }, diagnostics);
        // Lone surrogates become U+FFFD in the bytes: compare on what validation actually reads.
        expect(diagnostics).toEqual(previousDiagnostics(bytes.toString('utf8')));
      }),
      { numRuns: 200 },
    );
  });

  it('counts the same key spelled two ways, and __proto__, as duplicates', () => {
    const cases: [text: string, duplicated: boolean][] = [
      ['{"a":1,"\\u0061":2}', true],
      ['{"__proto__":1,"__proto__":{}}', true],
      ['{"a\\"":1,"a\\u0022":2}', true],
      ['{"a:b":"c:d","a\\u003ab":"e"}', true],
      ['{"x":{"k" \n:1},"x":2}', true],
      ['{"a":1,"b":"\\u003a"}', false],
      ['{"__proto__":{"__proto__":1}}', false],
      ['{"a":":","b":"\\":"}', false],
      ['[{"a":1},{"a":2}]', false],
    ];
    for (const [text, duplicated] of cases) {
      const parsed = parseJson(text);
      expect(parsed.ok && parsed.mayHaveDuplicateKeys, text).toBe(duplicated);
    }
  });

  it('is not fooled by enumerable properties added to Object.prototype', () => {
    Object.defineProperty(Object.prototype, 'polluted', {
      value: 1,
      enumerable: true,
      configurable: true,
      writable: true,
    });
    let parsed: ReturnType<typeof parseJson>;
    try {
      parsed = parseJson('{"a":1,"a":2}');
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
    expect(parsed.ok && parsed.mayHaveDuplicateKeys).toBe(true);
  });

  it("measures depth from the text when a duplicate's dropped value was the deep part", () => {
    const deep = `${'['.repeat(MAX_DEPTH)}1${']'.repeat(MAX_DEPTH)}`;
    expect(parseJson(`{"a":${deep},"a":1}`)).toMatchObject({
      ok: false,
      problem: `nesting deeper than ${MAX_DEPTH} levels`,
      position: { line: 1, column: 6 + MAX_DEPTH - 1 },
    });
    expect(parseJson(`{"a":${deep.slice(1, -1)},"a":1}`)).toMatchObject({ ok: true, mayHaveDuplicateKeys: true });
  });
});

describe('nesting limit', () => {
  const limit = `nesting deeper than ${MAX_DEPTH} levels`;
  it.each([
    ['arrays', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    ['objects', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`],
    ['unclosed arrays', '['.repeat(100_000)],
    ['arrays, then a syntax error', `${'['.repeat(100_000)}}`],
  ])('refuses depth 100,000 (%s) with the stated limit at the first bracket past it', async (_name, text) => {
    const offset = text.startsWith('{') ? MAX_DEPTH * 5 : MAX_DEPTH;
    expect(parseJson(text)).toEqual({ ok: false, problem: limit, position: { line: 1, column: offset + 1 } });
    const report = await validateDocuments([{ path: 'deep.json', bytes: Buffer.from(text) }]);
    expect(report.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'json-syntax',
        file: 'deep.json',
        line: 1,
        column: offset + 1,
        message: `invalid JSON: ${limit}`,
      },
    ]);
  });

  it('accepts exactly the limit', () => {
    expect(parseJson(`${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}`)).toMatchObject({ ok: true });
    expect(parseJson(`${'['.repeat(MAX_DEPTH + 1)}${']'.repeat(MAX_DEPTH + 1)}`)).toMatchObject({
      ok: false,
      problem: limit,
    });
  });
});

describe('validateDocuments keeps what later checks read', () => {
  const json = (value: unknown) => Buffer.from(JSON.stringify(value, null, 2));
  const needsName = { type: 'object', required: ['name'] };

  it('checks schemas found by configuration, by convention and by $schema, outside the orchestration files', async () => {
    const report = await validateDocuments(
      [
        { path: 'agents/declared.json', bytes: json({ $schema: '../schemas/needs-name.json' }) },
        { path: 'conventional.json', bytes: json({}) },
        { path: 'configured.json', bytes: json({}) },
        { path: 'unchecked.json', bytes: json({}) },
        { path: 'schemas/needs-name.json', bytes: json(needsName) },
        { path: 'schemas/conventional.schema.json', bytes: json(needsName) },
        { path: 'rules/configured.json', bytes: json(needsName) },
      ],
      {
        settings: { schemaDir: 'schemas', schemas: { 'configured.json': 'rules/configured.json' }, referenceKeys: [] },
      },
    );
    expect(report.diagnostics.filter((d) => d.code === 'schema').map((d) => d.file)).toEqual([
      'agents/declared.json',
      'configured.json',
      'conventional.json',
    ]);
  });

  it('reports every reference to an unknown agent at its own place, naming the agent as its subject', async () => {
    const teams = { teams: { t: { name: 'T', members: [{ agent: 'known' }] } } };
    const workflows = { workflows: { w: { phases: Array.from({ length: 500 }, () => ({ agent: 'ghost' })) } } };
    const report = await validateDocuments([
      { path: 'teams.json', bytes: json(teams) },
      { path: 'workflows.json', bytes: json(workflows) },
    ]);
    const unknown = report.diagnostics.filter((d) => d.code === 'unknown-agent');
    expect(unknown).toHaveLength(500);
    expect(new Set(unknown.map((d) => d.pointer)).size).toBe(500);
    expect(unknown[499]).toMatchObject({
      file: 'workflows.json',
      subject: 'ghost',
      pointer: '/workflows/w/phases/499/agent',
      message: expect.stringMatching(/^Agent 'ghost' is not defined in teams\.json/),
    });
  });

  it('reports 150,000 schema errors in one document without overflowing the stack', async () => {
    const report = await validateDocuments([
      { path: 'runs.json', bytes: json({ $schema: 'schemas/runs.json', runs: Array(150_000).fill(1) }) },
      { path: 'schemas/runs.json', bytes: json({ properties: { runs: { items: { type: 'string' } } } }) },
    ]);
    expect(report.summary.errors).toBe(150_000);
  });
});
