// CLI start-up on the typical tree (issue 7): `create`, `list` and `--version` against
// `node -e ''`, interleaved, median of N runs. Compare builds by passing several bins:
//   node scripts/bench-startup.mjs [--runs 15] [label=path/to/bin/orch-backup.js …]
// (default: this checkout's bin). Env for one variant: label=bin@NAME=VALUE,NAME2=VALUE2
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { typicalTree } from '../bench/lib-tree.mjs';

const args = process.argv.slice(2);
const at = args.indexOf('--runs');
const runs = at === -1 ? 15 : Number(args.splice(at, 2)[1]);
const bins = (args.length ? args : [`ours=${fileURLToPath(new URL('../bin/orch-backup.js', import.meta.url))}`]).map((a) => {
  const [label, rest] = a.split(/=(.*)/s);
  const [bin, envText] = rest.split('@');
  const env = Object.fromEntries((envText ? envText.split(',') : []).map((kv) => kv.split(/=(.*)/s)));
  return { label, bin, env };
});

const tmp = mkdtempSync(path.join(tmpdir(), 'orch-startup-'));
const tree = path.join(tmp, 'typ');
typicalTree(tree);
const store = (b) => path.join(tmp, `store-${b.label}`);
const listStore = (b) => path.join(tmp, `list-${b.label}`);

// Timed inside a small Python helper (wait4 gives the child's CPU time too, which a loaded
// machine disturbs less than wall time); without python3, wall time measured from here.
const PY = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).stdout?.trim();
const HELPER = `
import os, sys, time
t0 = time.perf_counter()
pid = os.posix_spawn(sys.argv[1], sys.argv[1:], os.environ, file_actions=[(os.POSIX_SPAWN_OPEN, 1, '/dev/null', os.O_WRONLY, 0)])
_, status, ru = os.wait4(pid, 0)
wall = (time.perf_counter() - t0) * 1000
print(wall, (ru.ru_utime + ru.ru_stime) * 1000, os.waitstatus_to_exitcode(status))
`;
const time = (argv, env) => {
  const fullEnv = { ...process.env, ...env };
  if (PY) {
    const r = spawnSync(PY, ['-c', HELPER, ...argv], { encoding: 'utf8', env: fullEnv });
    const [wall, cpu, code] = r.stdout.trim().split(' ').map(Number);
    if (code !== 0) throw new Error(`${argv.join(' ')}: exit ${code}: ${r.stderr}`);
    return { wall, cpu };
  }
  const t0 = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], env: fullEnv });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${argv.join(' ')}: exit ${r.status}: ${r.stderr}`);
  return { wall, cpu: NaN };
};
const cli = (b, ...rest) => [process.execPath, b.bin, '-c', tree, ...rest];

const variants = [{ label: "node -e ''", cmd: () => [process.execPath, '-e', ''] }];
for (const b of bins) {
  spawnSync(process.execPath, [b.bin, '-c', tree, '-b', listStore(b), '-q', 'create', 'seed'], { env: { ...process.env, ...b.env } });
  // One untimed run of each, so a compile cache (if any) is warm as it is after a user's first call.
  for (const a of [['-b', store(b), '-q', 'create', 'warm'], ['-b', listStore(b), 'list'], ['--version']]) time(cli(b, ...a), b.env);
  variants.push(
    { label: `${b.label} create`, env: b.env, prepare: () => rmSync(store(b), { recursive: true, force: true }), cmd: () => cli(b, '-b', store(b), '-q', 'create', 'base') },
    { label: `${b.label} list`, env: b.env, cmd: () => cli(b, '-b', listStore(b), 'list') },
    { label: `${b.label} --version`, env: b.env, cmd: () => [process.execPath, b.bin, '--version'] },
  );
}

const samples = Object.fromEntries(variants.map((v) => [v.label, { wall: [], cpu: [] }]));
for (let i = 0; i < runs; i++) {
  for (let k = 0; k < variants.length; k++) {
    const v = variants[(i + k) % variants.length];
    v.prepare?.();
    const t = time(v.cmd(), v.env);
    samples[v.label].wall.push(t.wall);
    samples[v.label].cpu.push(t.cpu);
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const base = samples["node -e ''"];
console.log(`node ${process.versions.node}, median of ${runs} interleaved runs, typical tree (5 files)`);
console.log(`${''.padEnd(28)} ${'wall'.padStart(9)}  ${'ratio'.padStart(5)}  ${'cpu'.padStart(9)}  ${'ratio'.padStart(5)}`);
for (const v of variants) {
  const s = samples[v.label];
  const [w, c] = [median(s.wall), median(s.cpu)];
  console.log(`${v.label.padEnd(28)} ${w.toFixed(1).padStart(6)} ms  ${(w / median(base.wall)).toFixed(2)}×  ${c.toFixed(1).padStart(6)} ms  ${(c / median(base.cpu)).toFixed(2)}×`);
}
rmSync(tmp, { recursive: true, force: true });
