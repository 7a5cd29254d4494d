// Bundles lib/ (tsc's output) with ncc into what ships: the action (dist/), the pre-commit
// hook's Node half (dist/hook), the CLI (dist/cli) and the Claude Code hook (dist/claude-hook),
// each with the complete list of the third-party packages it holds and their licence texts
// (licenses.txt next to it). Each bundle is kept because it starts faster than lib/: measured
// interleaved (CPU time, medians), `create` 290 ms bundled vs 360 ms from lib/, the Claude Code
// hook's backup 290 vs 360 ms and its judgement 280 vs 330 ms; for a tool call outside the
// config the two are equal (150 ms), since that path loads one small module either way.
//
// ncc's API is used rather than its command line because:
// - its `--license` listed 5 packages (the ajv family) of the 180 the action bundles; the
//   modules webpack actually bundled are in its stats, so the lists here are made from them;
// - it copies files a module locates with `new URL('…', import.meta.url)` next to the bundle
//   and rewrites the reference into a plain path, which breaks `fileURLToPath` (the CLI's
//   `hook install` locates the shipped hooks/pre-commit that way); `customEmit` keeps such
//   references pointing at the file in the package instead;
// - it leaves the chunks of an earlier build behind; dist/ is emptied first here.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

export const BUNDLES = [
  { name: 'action', entry: 'lib/action/index.js', out: 'dist' },
  { name: 'hook', entry: 'lib/hook/pre-commit.js', out: 'dist/hook' },
  { name: 'cli', entry: 'lib/cli/main.js', out: 'dist/cli' },
  { name: 'claude-hook', entry: 'lib/hook/claude.js', out: 'dist/claude-hook' },
];

/** Package files a bundle refers to in place (they ship in "files"), never copied into dist/. */
const IN_PLACE = new Set(['hooks/pre-commit']);

async function bundle({ name, entry, out }) {
  const ncc = require('@vercel/ncc');
  const outDir = path.join(ROOT, out);
  const unexpected = [];
  const customEmit = (file, how) => {
    if (typeof how !== 'object' || how.isRequire) return undefined; // requires: ncc's default
    const rel = path.relative(ROOT, file).split(path.sep).join('/');
    if (!IN_PLACE.has(rel)) return void unexpected.push(rel);
    // Chunks sit in outDir, so this resolves from whichever chunk holds the reference. The
    // String() keeps webpack from turning the expression into an asset module of its own.
    return `new URL(${JSON.stringify(path.posix.relative(out, rel))}, String(import.meta.url))`;
  };
  const { code, assets, stats } = await ncc(path.join(ROOT, entry), { quiet: true, cache: false, customEmit });
  const files = Object.keys(assets).filter((f) => !/^\d+\.index\.js$/.test(f) && f !== 'package.json');
  if (unexpected.length > 0 || files.length > 0) {
    throw new Error(`${name}: ncc would copy ${[...unexpected, ...files].join(', ')} into ${out}/; reference it in place (IN_PLACE in scripts/build.mjs) or ship it deliberately`);
  }
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'index.js'), code);
  for (const [file, asset] of Object.entries(assets)) writeFileSync(path.join(outDir, file), asset.source);
  const packages = bundledPackages(stats.compilation.modules);
  writeFileSync(path.join(outDir, 'licenses.txt'), licenceText(name, out, packages));
  return { name, out, files: Object.keys(assets).length + 1, packages: packages.length };
}

/** The packages (name, version, root) whose modules webpack put into the bundle. */
function bundledPackages(modules) {
  const found = new Map();
  const visit = (m) => {
    for (const inner of m.modules ?? []) visit(inner); // concatenated ES modules
    const resource = m.resource?.split('?')[0];
    const at = resource?.lastIndexOf(`${path.sep}node_modules${path.sep}`) ?? -1;
    if (at === -1) return;
    const parts = resource.slice(at + 14).split(path.sep);
    const pkgName = parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
    const root = resource.slice(0, at + 14) + pkgName.split('/').join(path.sep);
    if (!found.has(root)) {
      const meta = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
      found.set(root, { name: meta.name ?? pkgName, version: meta.version ?? '?', root, meta });
    }
  };
  for (const m of modules) visit(m);
  return [...found.values()].sort((a, b) => (a.name === b.name ? a.version.localeCompare(b.version) : a.name < b.name ? -1 : 1));
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
    const names = readdirSync(root, { withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name).filter((f) => /^(licen[cs]e|copying|unlicense|notice)([.\-_].*)?$/i.test(f)).sort();
    const texts = names.map((f) => `--- ${f} ---\n${readFileSync(path.join(root, f), 'utf8').replace(/\r\n?/g, '\n').replace(/\s+$/, '')}`);
    const id = licenceId(meta);
    const body = texts.length > 0 ? texts.join('\n\n') : `(the package ships no licence file${id ? `; its package.json declares ${id}` : ' and its package.json names no licence'})`;
    const source = repository(meta);
    return `${n} ${version}\nLicense: ${id ?? '(none declared)'}\n${source ? `Source: ${source}\n` : ''}\n${body}`;
  });
  return `${head.join('\n')}\n\n${entries.map((e) => `${SEPARATOR}\n${e}\n`).join('\n')}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const missing = BUNDLES.filter((b) => !existsSync(path.join(ROOT, b.entry)));
  if (missing.length > 0) throw new Error(`${missing.map((b) => b.entry).join(', ')} missing: run tsc -p tsconfig.json first`);
  rmSync(path.join(ROOT, 'dist'), { recursive: true, force: true });
  // One after another: each ncc run holds a whole webpack compilation in memory.
  for (const b of BUNDLES) {
    const r = await bundle(b);
    console.log(`${r.out}/: ${r.files} files, ${r.packages} third-party packages listed in ${r.out}/licenses.txt`);
  }
}
