import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** What the integration tests run: the CLI, hook and Action bundles, and the compiled library. */
const BUILT = ['lib/index.js', 'lib/cli/main.js', 'dist/index.js', 'dist/cli/index.js', 'dist/hook/index.js'];

function newestIn(dir: string): { file: string; mtimeMs: number } {
  let newest = { file: dir, mtimeMs: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath ?? (entry as { path?: string }).path ?? dir, entry.name);
    const { mtimeMs } = statSync(file);
    if (mtimeMs > newest.mtimeMs) newest = { file, mtimeMs };
  }
  return newest;
}

/**
 * Vitest globalSetup: the integration tests run the built CLI, so a build older than the
 * sources would test yesterday's code. Fails the run, naming the files, instead.
 */
export default function assertBuildIsFresh(): void {
  const source = newestIn(path.join(ROOT, 'src'));
  const stale = BUILT.map((rel) => {
    const mtimeMs = statSync(path.join(ROOT, rel), { throwIfNoEntry: false })?.mtimeMs;
    return { rel, mtimeMs };
  }).filter((b) => b.mtimeMs === undefined || b.mtimeMs < source.mtimeMs);
  if (stale.length > 0) {
    const what = stale.map((b) => (b.mtimeMs === undefined ? `${b.rel} (missing)` : b.rel)).join(', ');
    throw new Error(
      `the build is older than ${path.relative(ROOT, source.file)}: ${what}; run npm run build (or npm run test:unit for the pure tests alone)`,
    );
  }
}
