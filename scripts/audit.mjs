#!/usr/bin/env node
// `npm audit` for the packages the CLI, hook and action ship with: fails on a high or critical
// advisory in one of them. They are the runtime dependencies (the library) and the packages the
// bundles hold, which are devDependencies (the bundles are built from them, nobody installs them)
// and are named in dist/**/licenses.txt; advisories in test-only tools are not counted.
// Where the registry refuses the advisories endpoint (some mirrors and sandboxes answer 405), it
// says so and does not pretend the audit passed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const BUNDLE_LISTS = [
  'dist/licenses.txt',
  'dist/cli/licenses.txt',
  'dist/hook/licenses.txt',
  'dist/claude-hook/licenses.txt',
];
const bundled = new Set();
for (const file of BUNDLE_LISTS.filter((f) => existsSync(f))) {
  // Each entry: a line of '=' then "<name> <version>".
  for (const m of readFileSync(file, 'utf8').matchAll(/^={20,}\n(\S+) \S+$/gm)) bundled.add(m[1]);
}
const prod = spawnSync('npm', ['ls', '--omit=dev', '--all', '--json'], { encoding: 'utf8' });
const shipped = new Set(bundled);
const walk = (deps) => {
  for (const [name, node] of Object.entries(deps ?? {})) {
    shipped.add(name);
    walk(node.dependencies);
  }
};
walk(JSON.parse(prod.stdout || '{}').dependencies);

const run = spawnSync('npm', ['audit', '--audit-level=high', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`audit: npm audit printed no report (exit ${run.status}): ${run.stderr.trim().split('\n').at(-1)}`);
  process.exit(1);
}
if (report.statusCode !== undefined || report.error) {
  const why = report.message ?? report.error?.summary ?? 'the advisories endpoint failed';
  console.warn(
    `audit: NOT RUN: the registry did not answer the advisory query (${why}); run npm run audit where it does`,
  );
  process.exit(process.env.ORCH_BACKUP_AUDIT_REQUIRED === '1' ? 1 : 0);
}
const found = Object.entries(report.vulnerabilities ?? {}).filter(([name]) => shipped.has(name));
const counts = {};
for (const [, v] of found) counts[v.severity] = (counts[v.severity] ?? 0) + 1;
console.log(
  `audit: ${shipped.size} shipped packages; ${
    Object.entries(counts)
      .map(([level, n]) => `${n} ${level}`)
      .join(', ') || 'no advisories'
  }`,
);
const serious = found.filter(([, v]) => v.severity === 'high' || v.severity === 'critical');
if (serious.length > 0) {
  for (const [name, v] of serious) console.error(`audit: ${v.severity}: ${name} ${v.range ?? ''}`);
  process.exit(1);
}
