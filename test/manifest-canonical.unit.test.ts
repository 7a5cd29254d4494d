import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, manifestChecksum } from '../src/core/store/manifest.js';

const reference = canonicalize as unknown as (value: unknown) => string | undefined;

describe('canonicalJson (the manifest checksum input)', () => {
  it('equals the canonicalize package (RFC 8785) on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(reference(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('orders keys by UTF-16 code units, index-like keys included, at every depth', () => {
    const value = JSON.parse(
      '{"b":1,"10":2,"9":3,"a":{"é":1,"z":2,"A":[{"y":1,"x":2}]},"__proto__":4,"\\ud83d\\ude00":5,"\\uff61":6}',
    );
    expect(canonicalJson(value)).toBe(reference(value));
    expect(canonicalJson(value)).toBe(
      '{"10":2,"9":3,"__proto__":4,"a":{"A":[{"x":2,"y":1}],"z":2,"é":1},"b":1,"😀":5,"｡":6}',
    );
  });

  it('keeps the checksums of manifests sealed before the switch', () => {
    // Sealed by 0.1.0 with canonicalize: a changed canonical form would break every old backup.
    const manifest = {
      formatVersion: 1,
      name: 'b1',
      createdAt: '2024-01-20T10:30:45.123Z',
      description: 'before "quotes" ✓',
      trigger: 'manual',
      tags: ['keep'],
      tool: { name: 'orchestration-backup', version: '0.1.0' },
      configVersion: '1.2.0',
      compression: 'none',
      files: [
        {
          path: 'teams.json',
          size: 12,
          sha256: 'a'.repeat(64),
          version: '1.2.0',
          stored: 'files/teams.json',
          storedSize: 12,
        },
      ],
      fileCount: 1,
      totalSize: 12,
      storedSize: 12,
      validation: { status: 'valid', errors: 0, warnings: 0 },
    };
    expect(manifestChecksum(manifest as never)).toBe(
      `sha256:${createHash('sha256')
        .update(reference(manifest) as string)
        .digest('hex')}`,
    );
  });
});
