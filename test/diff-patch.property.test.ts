import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import fastJsonPatch from 'fast-json-patch';
import { describe, expect, it } from 'vitest';
import {
  applyJsonPatch,
  DEFAULT_IDENTITY_FIELDS,
  DEFAULT_SECRET_KEYS,
  diffSnapshots,
  migrationPatch,
  semanticChanges,
  type Change,
  type JsonPatchOperation,
} from '../src/core/diff/index.js';
import { FIXTURES } from './helpers/sandbox.js';

/** Applies with an independent RFC 6902 implementation, validating every operation. */
function applyIndependently(document: unknown, patch: JsonPatchOperation[]): unknown {
  return fastJsonPatch.applyPatch(structuredClone(document), patch as fastJsonPatch.Operation[], true).newDocument;
}

// fc.dictionary builds null-prototype objects and doubles may be -0: normalise to what JSON.parse gives.
const asParsedJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const key = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('id', 'name', 'agent', 'teams', 'members', 'a', 'b', 'c') },
  { weight: 2, arbitrary: fc.constantFrom('a/b', '~', '~0', '~1', '/', '', 'x~y/z', '_t', '0', '-', '__t') },
  // Names that objects inherit: jsondiffpatch reads them through the prototype chain.
  { weight: 1, arbitrary: fc.constantFrom('toString', 'constructor', 'valueOf', 'hasOwnProperty') },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
);

const leaf = fc.oneof(
  fc.string({ maxLength: 5 }),
  fc.string({ minLength: 60, maxLength: 80 }),
  fc.integer({ min: -3, max: 3 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);

const { json } = fc.letrec<{
  json: unknown;
  object: Record<string, unknown>;
  array: unknown[];
  entities: Record<string, unknown>[];
}>((tie) => ({
  json: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('object'), tie('array'), tie('entities')),
  object: fc.dictionary(key, tie('json'), { maxKeys: 5 }),
  array: fc.array(tie('json'), { maxLength: 5 }),
  // Arrays of identified items, the shape entity matching and move detection care about.
  entities: fc.uniqueArray(
    fc.record(
      { id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), name: fc.constantFrom('x', 'y', 'z'), value: tie('json') },
      { requiredKeys: ['id'] },
    ),
    { selector: (item) => item.id, maxLength: 6 },
  ),
}));

function keep<T>(value: T, depth: number): fc.Arbitrary<T | unknown> {
  return fc.oneof({ weight: 3, arbitrary: fc.constant(value) }, { weight: 2, arbitrary: mutation(value, depth + 1) });
}

/** A value close to the given one: fields edited, dropped, added; items edited, moved, inserted, removed. */
function mutation(value: unknown, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant(value);
  if (Array.isArray(value)) {
    const edited = fc.tuple(...value.map((item) => keep(item, depth)));
    return fc.oneof(
      { weight: 3, arbitrary: edited.chain((items) => fc.shuffledSubarray(items, { minLength: items.length })) },
      {
        weight: 4,
        arbitrary: fc
          .tuple(edited, fc.array(json, { maxLength: 2 }), fc.nat(), fc.nat(), fc.boolean())
          .map(([items, extra, at, cut, shuffle]) => {
            const copy = shuffle ? [...items].reverse() : [...items];
            if (copy.length > 0 && cut % 3 === 0) copy.splice(cut % copy.length, 1);
            copy.splice(at % (copy.length + 1), 0, ...extra);
            return copy;
          }),
      },
      { weight: 1, arbitrary: json },
    );
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    const edited = fc.tuple(
      ...entries.map(([k, v]) =>
        fc.oneof(
          { weight: 5, arbitrary: keep(v, depth).map((x) => [k, x] as const) },
          { weight: 1, arbitrary: fc.constant(null) },
        ),
      ),
    );
    return fc.oneof(
      {
        weight: 6,
        arbitrary: fc.tuple(edited, fc.dictionary(key, json, { maxKeys: 2 })).map(([kept, added]) => ({
          ...Object.fromEntries(kept.filter((entry) => entry !== null)),
          ...added,
        })),
      },
      { weight: 1, arbitrary: json },
    );
  }
  return fc.oneof(fc.constant(value), leaf, json);
}

const relatedPair = json.chain((a) => fc.tuple(fc.constant(a), mutation(a))).map(asParsedJson);
const unrelatedPair = fc.tuple(json, json).map(asParsedJson);

/** Node's deep equality: unlike vitest's matchers it is not confused by an own `constructor` key. */
function expectSameJson(actual: unknown, expected: unknown, label = ''): void {
  if (!isDeepStrictEqual(actual, expected))
    expect.fail(`${label} got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
}

function expectRoundTrip(a: unknown, b: unknown): void {
  const patch = migrationPatch(a, b);
  expectSameJson(applyIndependently(a, patch), b, 'fast-json-patch:');
  expectSameJson(applyJsonPatch(a, patch), b, 'applyJsonPatch:');
}

function resolves(document: unknown, pointer: string): boolean {
  let node = document;
  for (const raw of pointer === '' ? [] : pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node) && /^(0|[1-9]\d*)$/.test(segment) && Number(segment) < node.length)
      node = node[Number(segment)];
    else if (typeof node === 'object' && node !== null && !Array.isArray(node) && Object.hasOwn(node, segment))
      node = (node as Record<string, unknown>)[segment];
    else return false;
  }
  return true;
}

function parentOf(pointer: string): string {
  return pointer.slice(0, pointer.lastIndexOf('/'));
}

function changes(a: unknown, b: unknown): Change[] {
  return semanticChanges(a, b, {
    identityFields: DEFAULT_IDENTITY_FIELDS,
    secretKeys: DEFAULT_SECRET_KEYS,
    rootKey: 'doc',
  });
}

describe('migration patch round trip (fast-json-patch applies it)', () => {
  it('related pairs: edits, moves, insertions, removals, keys with / and ~', () => {
    fc.assert(
      fc.property(relatedPair, ([a, b]) => expectRoundTrip(a, b)),
      { numRuns: 2000 },
    );
  });

  it('unrelated pairs, including type changes at the root', () => {
    fc.assert(
      fc.property(unrelatedPair, ([a, b]) => expectRoundTrip(a, b)),
      { numRuns: 1000 },
    );
  });

  it('reordered, filtered and edited arrays of identified objects', () => {
    const items = fc.uniqueArray(
      fc.record({
        id: fc.integer({ min: 0, max: 9 }),
        name: fc.constantFrom('p', 'q'),
        v: fc.integer({ min: 0, max: 2 }),
      }),
      {
        selector: (item) => item.id,
        maxLength: 9,
      },
    );
    const pair = items.map(asParsedJson).chain((a) =>
      fc.tuple(
        fc.constant({ members: a }),
        fc
          .tuple(
            fc.shuffledSubarray(a),
            fc.array(fc.record({ id: fc.integer({ min: 5, max: 14 }), v: fc.integer({ min: 0, max: 2 }) }), {
              maxLength: 3,
            }),
          )
          .map(([kept, extra]) =>
            asParsedJson({ members: [...kept.map((item) => (item.v === 2 ? { ...item, v: 0 } : item)), ...extra] }),
          ),
      ),
    );
    fc.assert(
      fc.property(pair, ([a, b]) => expectRoundTrip(a, b)),
      { numRuns: 500 },
    );
  });

  it('long strings stay plain replaces even after the text-diff entry point was used in-process', async () => {
    const withTextDiffs = await import('jsondiffpatch/with-text-diffs');
    const long = (word: string) => `${word} `.repeat(40);
    expect(withTextDiffs.diff({ s: long('alpha') }, { s: long('beta') })).toBeDefined();
    const a = {
      s: long('alpha'),
      list: [
        { id: 'a', text: long('x') },
        { id: 'b', text: long('y') },
      ],
    };
    const b = {
      s: long('beta'),
      list: [
        { id: 'b', text: long('y') },
        { id: 'a', text: `${long('x')}!` },
      ],
    };
    const patch = migrationPatch(a, b);
    // Done by jsondiffpatch itself (a move and a nested replace), not by the whole-value fallback.
    expect(patch).toContainEqual({ op: 'replace', path: '/s', value: b.s });
    expect(patch.filter((op) => op.path.endsWith('/text'))).toHaveLength(1);
    expect(patch.some((op) => op.path === '/list')).toBe(false);
    expectSameJson(applyIndependently(a, patch), b);
  });

  it('own __proto__ keys (JSON.parse makes them data) survive; fast-json-patch refuses them by design, so the strict applier checks', () => {
    const cases = [
      ['{"b": 1}', '{"__proto__": {"a": 2}, "b": 1}'],
      ['{"__proto__": {"a": 1}, "b": 1}', '{"__proto__": {"a": 2}}'],
      ['{"__proto__": [1, 2]}', '{"__proto__": [2, 1, 3]}'],
      ['{"x": {"__proto__": null}}', '{"x": {}}'],
    ];
    for (const [from, to] of cases) {
      const a = JSON.parse(from as string) as unknown;
      const b = JSON.parse(to as string) as unknown;
      const patched = applyJsonPatch(a, migrationPatch(a, b));
      expectSameJson(patched, b, `${from} → ${to}:`);
      expect(Object.getPrototypeOf(patched)).toBe(Object.prototype);
    }
  });

  it('the fixture snapshots, both ways', () => {
    for (const [from, to] of [
      ['v1', 'v2'],
      ['v2', 'v1'],
    ] as const) {
      const load = (version: string, file: string) => ({
        path: file,
        bytes: new Uint8Array(readFileSync(path.join(FIXTURES, version, file))),
      });
      const files = ['teams.json', 'workflows.json', 'settings.json'];
      const result = diffSnapshots(
        files.map((f) => load(from, f)),
        files.map((f) => load(to, f)),
      );
      for (const file of result.files) {
        const a = JSON.parse(readFileSync(path.join(FIXTURES, from, file.path), 'utf8')) as unknown;
        const b = JSON.parse(readFileSync(path.join(FIXTURES, to, file.path), 'utf8')) as unknown;
        expect(file.patch, file.path).not.toBeNull();
        expectSameJson(applyIndependently(a, file.patch ?? []), b, `${from} → ${to} ${file.path}:`);
      }
      // Renamed agents are one replace of their `agent` field each, not a remove and an add.
      const teams = result.files.find((f) => f.path === 'teams.json');
      expect(teams?.patch?.filter((op) => op.op === 'replace' && op.path.endsWith('/agent'))).toHaveLength(7);
    }
  });
});

describe('semantic changes', () => {
  it('are empty exactly when the documents are equal, and every pointer locates its change', () => {
    fc.assert(
      fc.property(relatedPair, ([a, b]) => {
        const found = changes(a, b);
        expect(found.length === 0).toBe(isDeepStrictEqual(a, b));
        for (const change of found) {
          const located =
            change.change === 'removed'
              ? resolves(a, change.pointer)
              : change.change === 'value' && !('to' in change)
                ? resolves(b, parentOf(change.pointer)) && !resolves(b, change.pointer)
                : resolves(b, change.pointer);
          expect(located, JSON.stringify(change)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('a shuffled array of identified items is at most one reordered change', () => {
    const items = fc.uniqueArray(
      fc.record({
        agent: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'),
        skills: fc.array(fc.string({ maxLength: 2 }), { maxLength: 2 }),
      }),
      {
        selector: (item) => item.agent,
        minLength: 2,
        maxLength: 7,
      },
    );
    fc.assert(
      fc.property(
        items.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length }))),
        ([before, after]) => {
          const found = changes({ members: before }, { members: after });
          const same = before.every((item, i) => item.agent === after[i]?.agent);
          expect(found.map((c) => c.change)).toEqual(same ? [] : ['reordered']);
        },
      ),
      { numRuns: 300 },
    );
  });
});
