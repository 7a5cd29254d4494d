/** What ships in dist/ carries its licences, for every bundle scripts/build.mjs makes. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/sandbox.js';

const BUNDLES = [
  { name: 'action', dir: 'dist', entry: 'lib/action/index.js' },
  { name: 'hook', dir: 'dist/hook', entry: 'lib/hook/pre-commit.js' },
  { name: 'cli', dir: 'dist/cli', entry: 'lib/cli/main.js' },
  { name: 'claude-hook', dir: 'dist/claude-hook', entry: 'lib/hook/claude.js' },
];
const OWN_NAME = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string }).name;
const SEPARATOR = `${'='.repeat(80)}\n`;

interface Entry {
  name: string;
  version: string;
  licence: string;
  body: string;
}

/** The entries of a bundle's licenses.txt: "name version", "License: id", [Source], text. */
function entries(dir: string): Entry[] {
  const text = readFileSync(path.join(ROOT, dir, 'licenses.txt'), 'utf8');
  return text
    .split(SEPARATOR)
    .slice(1)
    .map((block) => {
      const [head = '', licence = '', ...rest] = block.split('\n');
      const [name = '', version = ''] = head.split(' ');
      return { name, version, licence: licence.replace(/^License: /, ''), body: rest.join('\n') };
    });
}

/**
 * Packages a bundle names by path: ncc keeps `node_modules/<pkg>/…` in the comments heading
 * concatenated ES modules and in some strings. A lower bound, found without the build script.
 */
function namedInBundle(dir: string): string[] {
  const names = new Set<string>();
  for (const file of readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.js'))) {
    for (const m of readFileSync(path.join(ROOT, dir, file), 'utf8').matchAll(
      /node_modules\/((?:@[a-z0-9._-]+\/)?[a-z0-9._-]+)/g,
    ))
      names.add(m[1] as string);
  }
  names.delete(OWN_NAME); // hook install's own path strings, not a bundled package
  names.delete('.bin'); // claude install's hook command (node_modules/.bin/orch-backup-claude-hook)
  return [...names].sort();
}

/** Bare specifiers lib/ imports along the entry's import graph (static and dynamic): its direct dependencies. */
function directDependencies(entry: string): string[] {
  const seen = new Set<string>();
  const deps = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    // tsc prints each import/export on one line; dynamic imports are import('…') calls.
    const specs =
      /^(?:import|export)\b[^'"\n]*?\bfrom\s*['"]([^'"]+)['"];$|^import\s*['"]([^'"]+)['"];$|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;
    for (const m of source.matchAll(specs)) {
      const spec = (m[1] ?? m[2] ?? m[3]) as string;
      if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec));
      else if (!spec.startsWith('node:'))
        deps.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] as string));
    }
  };
  visit(path.join(ROOT, entry));
  return [...deps].sort();
}

describe.each(BUNDLES)('$dir/licenses.txt', ({ dir, entry }) => {
  it('exists and lists packages, each with a version and a licence text or a note saying there is none', () => {
    expect(existsSync(path.join(ROOT, dir, 'licenses.txt'))).toBe(true);
    const list = entries(dir);
    expect(list.length).toBeGreaterThan(0);
    for (const e of list) {
      expect(e.name, JSON.stringify(e).slice(0, 200)).toMatch(/^(@[a-z0-9._-]+\/)?[a-z0-9._-]+$/);
      expect(e.version, e.name).toMatch(/^\d+\.\d+\.\d+/);
      expect(e.licence, e.name).not.toBe('');
      expect(e.body.includes('--- ') || e.body.includes('ships no licence file'), e.name).toBe(true);
    }
  });

  it('lists every package the bundle names', () => {
    const listed = new Set(entries(dir).map((e) => e.name));
    expect(namedInBundle(dir).filter((p) => !listed.has(p))).toEqual([]);
  });

  it('lists every dependency its source imports', () => {
    const listed = new Set(entries(dir).map((e) => e.name));
    expect(directDependencies(entry).filter((p) => !listed.has(p))).toEqual([]);
  });

  it('names versions package-lock.json installs', () => {
    const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string }>;
    };
    const locked = new Set(
      Object.entries(lock.packages).map(([key, p]) => `${key.replace(/^.*node_modules\//, '')}@${p.version}`),
    );
    expect(
      entries(dir)
        .map((e) => `${e.name}@${e.version}`)
        .filter((e) => !locked.has(e)),
    ).toEqual([]);
  });
});

describe('dist/', () => {
  it('holds no file ncc copied next to a bundle (hooks/pre-commit is referenced in place)', () => {
    for (const { dir } of BUNDLES) {
      const files = readdirSync(path.join(ROOT, dir), { withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => d.name);
      expect(
        files.filter(
          (f) => !/^(\d+\.index(\.cjs)?\.js|index\.js)$/.test(f) && f !== 'package.json' && f !== 'licenses.txt',
        ),
        dir,
      ).toEqual([]);
    }
  });

  it("carries none of jsonc-parser's formatter: its start-up tables cost every command and hook", () => {
    for (const { dir } of BUNDLES) {
      const bundled = readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.js'));
      for (const file of bundled)
        expect(readFileSync(path.join(ROOT, dir, file), 'utf8'), `${dir}/${file}`).not.toContain(
          'cachedBreakLinesWithSpaces',
        );
    }
  });
});
