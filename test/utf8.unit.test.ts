import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../src/core/util/json.js';

const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function failure(bytes: number[]): { byte: number; line: number; column: number } {
  const result = decodeUtf8(Uint8Array.from(bytes));
  if (result.ok) throw new Error('expected a decoding failure');
  const byte = Number(/byte (\d+)/.exec(result.problem)?.[1]);
  return { byte, ...result.position };
}

describe('decodeUtf8 locates the first ill-formed sequence', () => {
  const prefix = [...Buffer.from('{"a":\n"')];
  it.each([
    ['an overlong 2-byte form', [0xc0, 0x80]],
    ['an overlong 3-byte form', [0xe0, 0x80, 0xaf]],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80]],
    ['an overlong 4-byte form', [0xf0, 0x80, 0x80, 0xaf]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a truncated sequence at the end', [0xe2, 0x82]],
  ])('%s, inside the file, not past its end', (_what, bad) => {
    const bytes = [...prefix, ...bad, ...Buffer.from('"}')];
    expect(failure(bytes)).toEqual({ byte: prefix.length, line: 2, column: 2 });
  });

  it('agrees with the fatal decoder on any bytes: the prefix before it decodes, the offset is inside the file', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        let decodes = true;
        try {
          fatal.decode(bytes);
        } catch {
          decodes = false;
        }
        const result = decodeUtf8(bytes);
        expect(result.ok).toBe(decodes);
        if (result.ok) return;
        const byte = Number(/byte (\d+)/.exec(result.problem)?.[1]);
        expect(byte).toBeLessThan(bytes.length);
        expect(() => fatal.decode(bytes.subarray(0, byte))).not.toThrow();
      }),
      { numRuns: 3000 },
    );
  });
});
