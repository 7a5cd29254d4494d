import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffLazySnapshots, type LazyDocument } from '../src/core/diff/lazy.js';
import { diffSnapshots, parseDocument, versionOf } from '../src/core/diff/snapshots.js';
import type { ConfigDocument } from '../src/core/validate/types.js';

/**
 * diffLazySnapshots must give exactly what diffSnapshots gives for the same bytes, while loading
 * only files whose bytes differ (or whose version nobody recorded).
 */

const PATHS = ['settings.json', 'teams.json', 'workflows/a.json', 'agents.json'];

const value = fc.oneof(
  fc.record(
    {
      version: fc.constantFrom('1.0', '1.1', '2.0', 3),
      teams: fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.record({ lead: fc.constantFrom('x', 'y') })),
    },
    { requiredKeys: [] },
  ),
  fc.array(fc.record({ id: fc.constantFrom('p', 'q', 'r'), n: fc.integer({ min: 0, max: 2 }) }), { maxLength: 3 }),
  fc.jsonValue({ maxDepth: 2 }),
);
const content = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(value, fc.constantFrom(0, 2))
      .map(([v, indent]) => Buffer.from(JSON.stringify(v, null, indent) ?? 'null')),
  },
  { weight: 1, arbitrary: fc.constantFrom('{"a": ', '[1,', '', '\uFEFF{"version": "1.0"}').map((t) => Buffer.from(t)) },
  { weight: 1, arbitrary: fc.constant(Buffer.from([0x7b, 0xff, 0x7d])) },
);

/** Two snapshots over the same few paths; `to` reuses `from`'s bytes often, so unchanged files are common. */
const pair = fc
  .tuple(
    fc.array(fc.option(content, { nil: undefined }), { minLength: PATHS.length, maxLength: PATHS.length }),
    fc.array(fc.oneof(fc.constant<'same'>('same'), fc.option(content, { nil: undefined })), {
      minLength: PATHS.length,
      maxLength: PATHS.length,
    }),
    fc.array(fc.boolean(), { minLength: 2 * PATHS.length, maxLength: 2 * PATHS.length }),
  )
  .map(([before, after, recorded]) => {
    const docs = (side: (Buffer | undefined)[]): ConfigDocument[] =>
      side.flatMap((bytes, i) => (bytes ? [{ path: PATHS[i] as string, bytes }] : []));
    return { from: docs(before), to: docs(after.map((b, i) => (b === 'same' ? before[i] : b))), recorded };
  });

function lazy(documents: ConfigDocument[], recorded: boolean[], loads: string[], side: string): LazyDocument[] {
  return documents.map((d, i) => ({
    path: d.path,
    size: d.bytes.length,
    sha256: createHash('sha256').update(d.bytes).digest('hex'),
    // What a manifest records, for some files; the rest must be parsed to tell.
    ...(recorded[i] ? { version: versionOf(parseDocument(d)) } : {}),
    load: async () => {
      loads.push(`${side}:${d.path}`);
      return d.bytes;
    },
  }));
}

describe('diffLazySnapshots', () => {
  it('equals diffSnapshots and loads only what it must', async () => {
    await fc.assert(
      fc.asyncProperty(pair, fc.boolean(), async ({ from, to, recorded }, patches) => {
        const loads: string[] = [];
        const lazyFrom = lazy(from, recorded.slice(0, PATHS.length), loads, 'from');
        const lazyTo = lazy(to, recorded.slice(PATHS.length), loads, 'to');
        const options = { fromLabel: 'a', toLabel: 'b', patches };
        const actual = await diffLazySnapshots(lazyFrom, lazyTo, options);
        expect(JSON.stringify(actual)).toBe(JSON.stringify(diffSnapshots(from, to, options)));

        const known = (docs: LazyDocument[], file: string): boolean =>
          docs.find((d) => d.path === file)?.version !== undefined;
        for (const file of PATHS) {
          const a = from.find((d) => d.path === file);
          const b = to.find((d) => d.path === file);
          const loaded = loads.filter((l) => l.endsWith(`:${file}`)).length;
          if (a && b && !Buffer.from(a.bytes).equals(b.bytes)) expect(loaded, file).toBe(2);
          else if (a && b) expect(loaded, file).toBe(known(lazyFrom, file) || known(lazyTo, file) ? 0 : 1);
          else if (a || b) expect(loaded, file).toBe(known(lazyFrom, file) || known(lazyTo, file) ? 0 : 1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never loads a file whose hash is the same on both sides when a version is recorded', async () => {
    const doc = (file: string, text: string): LazyDocument => ({
      path: file,
      size: Buffer.byteLength(text),
      sha256: createHash('sha256').update(text).digest('hex'),
      version: null,
      load: () => Promise.reject(new Error(`${file} was read`)),
    });
    const result = await diffLazySnapshots(
      [doc('a.json', '{}'), doc('b.json', '[]')],
      [doc('a.json', '{}'), doc('c.json', '1')],
    );
    expect(result.files.map((f) => `${f.path} ${f.status}`)).toEqual([
      'a.json unchanged',
      'b.json removed',
      'c.json added',
    ]);
  });
});
