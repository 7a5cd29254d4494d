import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isSafeRelativePath,
  manifestChecksum,
  parseManifest,
  sealManifest,
  type Manifest,
} from '../src/core/store/manifest.js';
import { assertValidName, timestampName, uniqueName } from '../src/core/store/names.js';
import { findDuplicateKeys, nestingDepth, parseJson, PositionIndex } from '../src/core/util/json.js';
import { compareVersions, configurationVersion, majorVersion } from '../src/core/config/config-version.js';
import { formatAge, formatSize } from '../src/render/format.js';
import { describeRetention } from '../src/render/text.js';
import { TOOL_VERSION } from '../src/version.js';
import { ROOT } from './helpers/sandbox.js';

describe('names', () => {
  it('generates backup-YYYYMMDD-HHMMSS in UTC', () => {
    expect(timestampName(new Date('2024-01-20T10:30:45.999Z'))).toBe('backup-20240120-103045');
    expect(timestampName(new Date('2024-01-20T10:30:45Z'), 'backup-pre-restore')).toBe(
      'backup-pre-restore-20240120-103045',
    );
  });
  it('suffixes taken names', () => {
    const taken = new Set(['b', 'b-2']);
    expect(uniqueName('b', (n) => taken.has(n))).toBe('b-3');
    expect(uniqueName('c', (n) => taken.has(n))).toBe('c');
  });
  it('accepts the allowed alphabet up to 100 characters and nothing else', () => {
    expect(() => assertValidName('Release_1.2-rc')).not.toThrow();
    expect(() => assertValidName('a'.repeat(100))).not.toThrow();
    for (const bad of ['', 'a'.repeat(101), 'a/b', 'a\\b', '..', '.', 'é', 'a b', 'history.jsonl', '.x', 'nul\0']) {
      expect(() => assertValidName(bad), bad).toThrow();
    }
  });
});

describe('manifest', () => {
  const base = (): Omit<Manifest, 'checksum'> => ({
    formatVersion: 1,
    name: 'b1',
    createdAt: '2024-01-20T10:30:45.000Z',
    description: null,
    trigger: 'manual',
    tags: [],
    tool: { name: 'orchestration-backup', version: '0.1.0' },
    configVersion: '1.0',
    compression: 'none',
    files: [{ path: 'teams.json', size: 2, sha256: 'a'.repeat(64), stored: 'files/teams.json', storedSize: 2 }],
    fileCount: 1,
    totalSize: 2,
    storedSize: 2,
    validation: null,
  });

  it('checksum is independent of key order (RFC 8785) and changes with any field', () => {
    const sealed = sealManifest(base());
    const reordered = Object.fromEntries(Object.entries(sealed).reverse()) as Manifest;
    expect(manifestChecksum(reordered)).toBe(sealed.checksum);
    expect(manifestChecksum({ ...sealed, description: 'x' })).not.toBe(sealed.checksum);
    expect(parseManifest(JSON.stringify(sealed), 'b1').problems).toEqual([]);
    expect(parseManifest(JSON.stringify({ ...sealed, totalSize: 3 }), 'b1').problems).toEqual([
      'manifest checksum mismatch (the manifest was edited or damaged)',
    ]);
  });

  it('rejects unsafe stored paths, renamed directories and newer formats', () => {
    const traversal = sealManifest({
      ...base(),
      files: [{ path: '../x.json', size: 1, sha256: 'a'.repeat(64), stored: 'files/../../x', storedSize: 1 }],
    });
    expect(parseManifest(JSON.stringify(traversal)).problems.join()).toMatch(/unsafe path/);
    expect(parseManifest(JSON.stringify(sealManifest(base())), 'other').problems.join()).toMatch(
      /its directory is "other"/,
    );
    expect(parseManifest(JSON.stringify(sealManifest({ ...base(), formatVersion: 3 }))).problems.join()).toMatch(
      /newer than this tool/,
    );
    expect(parseManifest('{"name":').problems).toEqual(['manifest.json is not valid JSON (truncated or edited?)']);
  });

  it('isSafeRelativePath', () => {
    expect(isSafeRelativePath('a/b.json')).toBe(true);
    for (const bad of ['', '/a', 'a/../b', './a', 'a//b', 'C:/x', 'a\\b'])
      expect(isSafeRelativePath(bad), bad).toBe(false);
  });
});

describe('json', () => {
  it('locates syntax errors and pointers by line and column', () => {
    const bad = parseJson('{\n  "a": [1, 2,]\n}');
    expect(bad).toMatchObject({ ok: false, position: { line: 2, column: 14 } });
    const index = new PositionIndex('{\n  "teams": {\n    "x/y": [10, 20]\n  }\n}');
    expect(index.of('/teams/x~1y/1')).toEqual({ line: 3, column: 17 });
    expect(index.of('/teams/x~1y')).toEqual({ line: 3, column: 5 });
    expect(index.of('/missing')).toBeUndefined();
  });
  it('counts nesting outside strings only', () => {
    expect(nestingDepth('{"a":"[[[[","b":[[1]]}').depth).toBe(3);
  });
  it('finds duplicate keys per object, not across objects', () => {
    expect(findDuplicateKeys('{"a":1,"b":{"a":2},"a":3}').map((d) => d.pointer)).toEqual(['/a']);
  });
});

describe('versions', () => {
  it('prefers settings.json, else the most common version, ties to the highest', () => {
    expect(
      configurationVersion([
        { path: 'settings.json', version: '2.0' },
        { path: 'a.json', version: '1.0' },
        { path: 'b.json', version: '1.0' },
      ]),
    ).toBe('2.0');
    expect(
      configurationVersion([
        { path: 'a.json', version: '1.0' },
        { path: 'b.json', version: '1.0' },
        { path: 'c.json', version: '1.1' },
      ]),
    ).toBe('1.0');
    expect(
      configurationVersion([
        { path: 'a.json', version: '1.2' },
        { path: 'b.json', version: '1.10' },
      ]),
    ).toBe('1.10');
    expect(configurationVersion([{ path: 'a.json' }])).toBeNull();
  });
  it('parses majors and compares numerically', () => {
    expect(majorVersion('v2.1.0')).toBe(2);
    expect(majorVersion('beta')).toBeUndefined();
    expect(compareVersions('1.10.0', '1.9.9')).toBeGreaterThan(0);
  });
});

describe('formatting', () => {
  it('sizes in B, KB and MB with one decimal', () => {
    expect(formatSize(512)).toBe('512 B');
    expect(formatSize(3277)).toBe('3.2 KB');
    expect(formatSize(1.5 * 1024 * 1024)).toBe('1.5 MB');
  });
  it('ages in words', () => {
    const now = new Date('2024-01-20T12:00:00Z');
    const ago = (ms: number): string => formatAge(new Date(now.getTime() - ms), now);
    expect(ago(10_000)).toBe('just now');
    expect(ago(5 * 60_000)).toBe('5 minutes ago');
    expect(ago(2 * 3600_000)).toBe('2 hours ago');
    expect(ago(26 * 3600_000)).toBe('yesterday');
    expect(ago(5 * 86400_000)).toBe('5 days ago');
    expect(ago(400 * 86400_000)).toBe('last year');
  });
  it('describes the default retention policy', () => {
    expect(describeRetention({ last: 10, within: '7d', withinWeekly: '1m', withinMonthly: '1y' })).toBe(
      'Keeping last 10 + all within 7d + weekly for 1m + monthly for 1y',
    );
  });
});

it('TOOL_VERSION matches package.json', () => {
  expect(TOOL_VERSION).toBe(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
});
