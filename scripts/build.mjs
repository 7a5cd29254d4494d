// Bundles lib/ (tsc's output) with ncc into what ships: the action (dist/), the pre-commit
// hook's Node half (dist/hook), the CLI (dist/cli) and the Claude Code hook (dist/claude-hook),
// each with the complete list of the third-party packages it holds and their licence texts
// (licenses.txt next to it). Each bundle is kept because it starts faster than lib/: measured
// interleaved (CPU time, medians), `create` 290 ms bundled vs 360 ms from lib/, the Claude Code
// hook's backup 290 vs 360 ms and its judgement 280 vs 330 ms; for a tool call outside the
// config the two are equal (150 ms), since that path loads one small module either way.
//
// Only ncc's documented options are used (its README: `cache`, `minify`, `sourceMap`,
// `sourceMapRegister`, `quiet`), and only its documented results (`code`, `map`, `assets`):
// - licences: ncc's `license` option listed 5 packages (the ajv family) of the 180 the action
//   bundles. The source maps name every module webpack bundled, so the lists here are made from
//   them; the maps themselves are not shipped (nor their sourceMappingURL comments);
// - hooks/pre-commit, which `hook install` locates with `new URL(…, String(import.meta.url))`, is
//   not an asset to ncc (it copies only `new URL('…', import.meta.url)` references) and resolves
//   from dist/cli as from lib/cli, both two levels below the package root: a file ncc would copy
//   next to a bundle fails the build instead;
// - ncc leaves the chunks of an earlier build behind; dist/ is emptied first here.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

// The bundles started on every commit, tool call or command are minified (ncc's `minify`: terser
// without compression, names of functions and classes kept): Node parses and compiles the whole
// entry file on each start, and without Node's compile cache (Node < 22.1) a third less text
// cost measurably less CPU per start (the pre-commit hook 440 → 410 ms CPU, interleaved medians).
// The action runs once per job and stays readable.
//
// They are also CommonJS (`commonjs: true`): Node starts a CommonJS entry ~20 ms sooner than an ES
// module, and bin/code-cache.js can keep a CommonJS bundle's compiled code between runs. ncc emits
// the format of its entry, so these are bundled from a one-line CommonJS entry that requires the
// ES module; the action stays an ES module, as GitHub runs it once per job.
export const BUNDLES = [
  { name: 'action', entry: 'lib/action/index.js', out: 'dist', minify: false, commonjs: false },
  { name: 'hook', entry: 'lib/hook/pre-commit.js', out: 'dist/hook', minify: true, commonjs: true },
  { name: 'cli', entry: 'lib/cli/main.js', out: 'dist/cli', minify: true, commonjs: true },
  { name: 'claude-hook', entry: 'lib/hook/claude.js', out: 'dist/claude-hook', minify: true, commonjs: true },
];

const CHUNK = /^\d+\.index(\.cjs)?\.js$/;
const MAP_COMMENT = /\n?\/\/# sourceMappingURL=[^\n]*\s*$/;

/** The file ncc starts from: the entry itself, or a CommonJS file requiring it (removed after the build). */
function nccEntry(entry, commonjs) {
  const file = path.join(ROOT, entry);
  if (!commonjs) return file;
  const wrapper = file.replace(/\.js$/, '.bundle.cjs');
  writeFileSync(wrapper, `module.exports = require('./${path.basename(file)}');\n`);
  return wrapper;
}

async function bundle({ name, entry, out, minify, commonjs }) {
  const ncc = require('@vercel/ncc');
  const outDir = path.join(ROOT, out);
  const from = nccEntry(entry, commonjs);
  const { code, map, assets } = await ncc(from, {
    quiet: true,
    cache: false,
    minify,
    sourceMap: true,
    sourceMapRegister: false,
  }).finally(() => from.endsWith('.cjs') && rmSync(from));
  const maps = [
    map,
    ...Object.entries(assets)
      .filter(([f]) => f.endsWith('.map'))
      .map(([, a]) => a.source),
  ];
  const chunks = Object.keys(assets).filter((f) => CHUNK.test(f));
  const copied = Object.keys(assets).filter((f) => !CHUNK.test(f) && !f.endsWith('.map') && f !== 'package.json');
  if (copied.length > 0) {
    throw new Error(
      `${name}: ncc would copy ${copied.join(', ')} into ${out}/; reference it so ncc leaves it in place (see hooks/pre-commit), or ship it deliberately`,
    );
  }
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'index.js'), code.replace(MAP_COMMENT, ''));
  // The package is an ES module one (`type: module`): the CommonJS bundles say what they are.
  if (commonjs) writeFileSync(path.join(outDir, 'package.json'), '{"type":"commonjs"}\n');
  for (const file of [...chunks, ...Object.keys(assets).filter((f) => f === 'package.json')]) {
    const text = assets[file].source.toString();
    writeFileSync(path.join(outDir, file), CHUNK.test(file) ? text.replace(MAP_COMMENT, '') : text);
  }
  const packages = bundledPackages(
    maps.map((m) => JSON.parse(m.toString())),
    importedPackages(path.join(ROOT, entry)),
  );
  writeFileSync(path.join(outDir, 'licenses.txt'), licenceText(name, out, packages));
  return { name, out, files: chunks.length + 1, packages: packages.length };
}

/**
 * The packages lib/ imports along the entry's import graph (static and dynamic imports). Webpack
 * drops a package whose exports go unused (picocolors in the action's bundle), so the source maps
 * miss it although the bundle's code still names it; it is listed all the same.
 */
function importedPackages(entry) {
  const seen = new Set();
  const found = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    // tsc prints each import/export on one line; dynamic imports are import('…') calls.
    const specs =
      /^(?:import|export)\b[^'"\n]*?\bfrom\s*['"]([^'"]+)['"];$|^import\s*['"]([^'"]+)['"];$|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;
    for (const m of readFileSync(file, 'utf8').matchAll(specs)) {
      const spec = m[1] ?? m[2] ?? m[3];
      if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec));
      else if (!spec.startsWith('node:'))
        found.add(path.join(ROOT, 'node_modules', ...spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1), 'x'));
    }
  };
  visit(entry);
  return [...found];
}

/** The packages (name, version, root) whose modules the source maps name, and those of `also` (files in packages). */
function bundledPackages(maps, also) {
  const found = new Map();
  const marker = `${path.sep}node_modules${path.sep}`;
  // ncc names each source by its path from the package root (webpack's context, where npm runs
  // this script) behind its default sourceMapBasePrefix, '../'.
  const sources = maps.flatMap((m) =>
    m.sources
      .filter((source) => source.startsWith('../'))
      .map((source) => path.resolve(ROOT, source.slice('../'.length).split('?')[0])),
  );
  for (const file of [...sources, ...also]) {
    const at = file.lastIndexOf(marker);
    if (at === -1) continue;
    const parts = file.slice(at + marker.length).split(path.sep);
    const pkgName = parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
    const root = file.slice(0, at + marker.length) + pkgName.split('/').join(path.sep);
    if (found.has(root)) continue;
    const metaFile = path.join(root, 'package.json');
    if (!existsSync(metaFile)) throw new Error(`${file}: no package.json at ${root}`);
    const meta = JSON.parse(readFileSync(metaFile, 'utf8'));
    found.set(root, { name: meta.name ?? pkgName, version: meta.version ?? '?', root, meta });
  }
  return [...found.values()].sort((a, b) =>
    a.name === b.name ? a.version.localeCompare(b.version) : a.name < b.name ? -1 : 1,
  );
}

function licenceId(meta) {
  const l = meta.license ?? meta.licenses;
  if (typeof l === 'string') return l;
  if (Array.isArray(l)) return l.map((x) => (typeof x === 'string' ? x : x.type)).join(' OR ');
  if (l && typeof l === 'object' && typeof l.type === 'string') return l.type;
  return undefined;
}

function repository(meta) {
  const r = typeof meta.repository === 'string' ? meta.repository : meta.repository?.url;
  return r ?? meta.homepage;
}

const SEPARATOR = '='.repeat(80);

function licenceText(name, out, packages) {
  const head = [
    `Third-party software bundled in ${out}/ (the ${name} bundle of ${pkg.name} ${pkg.version}, itself ${pkg.license}).`,
    `${packages.length} packages, each with its licence as its package ships it. Generated by scripts/build.mjs from`,
    'the modules ncc bundled; do not edit.',
  ];
  const entries = packages.map(({ name: n, version, root, meta }) => {
    const names = readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => d.name)
      .filter((f) => /^(licen[cs]e|copying|unlicense|notice)([.\-_].*)?$/i.test(f))
      .sort();
    const texts = names.map(
      (f) => `--- ${f} ---\n${readFileSync(path.join(root, f), 'utf8').replace(/\r\n?/g, '\n').replace(/\s+$/, '')}`,
    );
    const id = licenceId(meta);
    const body =
      texts.length > 0
        ? texts.join('\n\n')
        : `(the package ships no licence file${id ? `; its package.json declares ${id}` : ' and its package.json names no licence'})`;
    const source = repository(meta);
    return `${n} ${version}\nLicense: ${id ?? '(none declared)'}\n${source ? `Source: ${source}\n` : ''}\n${body}`;
  });
  return `${head.join('\n')}\n\n${entries.map((e) => `${SEPARATOR}\n${e}\n`).join('\n')}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const missing = BUNDLES.filter((b) => !existsSync(path.join(ROOT, b.entry)));
  if (missing.length > 0)
    throw new Error(`${missing.map((b) => b.entry).join(', ')} missing: run tsc -p tsconfig.json first`);
  rmSync(path.join(ROOT, 'dist'), { recursive: true, force: true });
  // One after another: each ncc run holds a whole webpack compilation in memory.
  for (const b of BUNDLES) {
    const r = await bundle(b);
    console.log(`${r.out}/: ${r.files} files, ${r.packages} third-party packages listed in ${r.out}/licenses.txt`);
  }
}
