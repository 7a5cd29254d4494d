// Timing, peak RSS, statistics and tool installation for bench/run.mjs.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

export const TIME = '/usr/bin/time';

/** Runs a command to completion; throws with its stderr when the exit code is not allowed. */
export function sh(script, { cwd, env, ok = [0] } = {}) {
  const res = spawnSync('sh', ['-c', script], {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (!ok.includes(res.status))
    throw new Error(`\`${script}\` exited ${res.status}: ${(res.stderr || res.stdout || '').trim().slice(-800)}`);
  return res.stdout;
}

/**
 * Times one command (argv array, or a shell script string) as wall-clock milliseconds, with its
 * peak RSS in KB from GNU time's %M (the largest of the process and its waited-for children) and
 * its CPU time (user + system, the command and its children, 10 ms resolution) from %U and %S:
 * CPU time hardly depends on what else the machine runs, wall-clock time does.
 */
export function measure(cmd, { cwd, env, ok = [0], rssFile } = {}) {
  const argv = typeof cmd === 'string' ? ['sh', '-c', cmd] : cmd;
  const full = rssFile ? [TIME, '-f', '%M %U %S', '-o', rssFile, ...argv] : argv;
  const t0 = process.hrtime.bigint();
  const res = spawnSync(full[0], full.slice(1), {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 26,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (!ok.includes(res.status))
    throw new Error(`${argv.join(' ')} exited ${res.status}: ${String(res.stderr).trim().slice(-800)}`);
  let rssKB = null;
  let cpuMs = null;
  if (rssFile) {
    const lines = readFileSync(rssFile, 'utf8').trim().split('\n'); // "Command exited with non-zero status 1" may come first
    const [rss, user, sys] = (lines.at(-1) ?? '').split(' ').map(Number);
    rssKB = rss;
    cpuMs = (user + sys) * 1000;
    rmSync(rssFile, { force: true });
  }
  return { ms, rssKB, cpuMs };
}

/**
 * Interleaved runs: each iteration calls `before(i)` (untimed), then every variant in a rotated
 * order (its `prepare(i)` untimed, then `sync` when asked, then the timed command), so ours and
 * its baselines share the machine's state (caches, other load) in the same run. Returns samples
 * per variant label. With `budgetMs`, stops after `minRuns` iterations once the case has taken
 * that long (the table then shows n).
 */
export function interleave(n, variants, { before, rssDir, sync = false, budgetMs = Infinity, minRuns = 3 } = {}) {
  const samples = Object.fromEntries(variants.map((v) => [v.label, { ms: [], rssKB: [], cpuMs: [], planned: n }]));
  const start = Date.now();
  for (let i = 0; i < n; i++) {
    if (i >= minRuns && Date.now() - start > budgetMs) break; // keeps the whole bench within its time limit
    before?.(i);
    for (let k = 0; k < variants.length; k++) {
      const v = variants[(i + k) % variants.length];
      v.prepare?.(i);
      if (sync) spawnSync('sync');
      const cmd = typeof v.cmd === 'function' ? v.cmd(i) : v.cmd;
      const r = measure(cmd, {
        cwd: v.cwd,
        env: v.env,
        ok: v.ok,
        rssFile: rssDir ? path.join(rssDir, 'rss.txt') : undefined,
      });
      samples[v.label].ms.push(r.ms);
      if (r.rssKB !== null) samples[v.label].rssKB.push(r.rssKB);
      if (r.cpuMs !== null) samples[v.label].cpuMs.push(r.cpuMs);
    }
  }
  return samples;
}

export function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, min: s[0], max: s.at(-1), n: s.length };
}

export const fmtMs = (ms) =>
  ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`;
export const fmtStat = (st, planned = st.n) =>
  `${fmtMs(st.median)} (${fmtMs(st.min)}–${fmtMs(st.max)})${st.n < planned ? `, n=${st.n}` : ''}`;
export const fmtBytes = (b) => (b >= 1e6 ? `${(b / 1048576).toFixed(1)} MiB` : `${(b / 1024).toFixed(1)} KiB`);
export const fmtRss = (kb) => `${(kb / 1024).toFixed(0)} MB`;

/** Bytes allocated on disk, hard links counted once (what `du` reports). */
export function diskBytes(...paths) {
  return Number(sh(`du -scB1 ${paths.map((p) => `'${p}'`).join(' ')} | tail -1 | cut -f1`).trim());
}

export const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

/** Makes sure `cmd` exists, installing `pkg` with apt-get when it does not; false when that fails. */
export function ensureTool(cmd, pkg, log) {
  if (has(cmd)) return true;
  log(`installing ${pkg} (for ${cmd}) with apt-get…`);
  const apt = (args) =>
    spawnSync('apt-get', args, { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
      .status === 0;
  if (!apt(['install', '-y', '-q', pkg])) apt(['update', '-q']) && apt(['install', '-y', '-q', pkg]);
  if (has(cmd)) return true;
  log(`⚠️  ${cmd} is missing and ${pkg} could not be installed: its rows are skipped`);
  return false;
}

/** CPU jiffies: the whole machine's busy time and this process's own plus its waited-for children's. */
export function cpuTicks() {
  const all = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const busy = all.reduce((a, b) => a + b, 0) - all[3] - (all[4] ?? 0); // minus idle and iowait
  const self = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ').slice(11, 15).map(Number);
  return { busy, own: self.reduce((a, b) => a + b, 0), total: all.reduce((a, b) => a + b, 0) };
}

/** Share of the machine's CPU that other processes used between two `cpuTicks()` (noise indicator). */
export const otherLoad = (a, b) => Math.max(0, (b.busy - a.busy - (b.own - a.own)) / (b.total - a.total));
