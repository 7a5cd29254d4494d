#!/usr/bin/env node
// `npm audit --omit=dev` for the packages the CLI, hook and action ship with: fails on a high or
// critical advisory. Where the registry refuses the advisories endpoint (some mirrors and
// sandboxes answer 405), it says so and does not pretend the audit passed.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`audit: npm audit printed no report (exit ${run.status}): ${run.stderr.trim().split('\n').at(-1)}`);
  process.exit(1);
}
if (report.statusCode !== undefined || report.error) {
  const why = report.message ?? report.error?.summary ?? 'the advisories endpoint failed';
  console.warn(`audit: NOT RUN: the registry did not answer the advisory query (${why}); run npm audit --omit=dev where it does`);
  process.exit(process.env.ORCH_BACKUP_AUDIT_REQUIRED === '1' ? 1 : 0);
}
const counts = report.metadata?.vulnerabilities ?? {};
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(`audit: ${Object.entries(counts).map(([level, n]) => `${n} ${level}`).join(', ')}`);
if (serious > 0) {
  for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
    if (v.severity === 'high' || v.severity === 'critical') console.error(`audit: ${v.severity}: ${name} ${v.range ?? ''}`);
  }
  process.exit(1);
}
