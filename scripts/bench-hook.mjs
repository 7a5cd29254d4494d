// The pre-commit hook's cost on a commit that stages no config (issue 7): `git commit
// --allow-empty` with the hook `hook install` writes, against `--no-verify`, interleaved,
// median of N runs. `--line 'label=<.husky/pre-commit line>'` adds a variant with that line
// instead (e.g. an earlier install's), in a copy of the same repository.
//   node scripts/bench-hook.mjs [--runs 20] [--line 'label=sh node_modules/…/pre-commit']
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { typicalTree } from '../bench/lib-tree.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name) => {
  const at = args.indexOf(name);
  return at === -1 ? [] : args.splice(at, 2).slice(1);
};
const runs = Number(opt('--runs')[0] ?? 20);
const lines = [];
for (let l = opt('--line'); l.length; l = opt('--line')) lines.push(l[0].split(/=(.*)/s));

const env = { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@b', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@b' };
for (const k of Object.keys(env)) if (k.startsWith('ORCH_BACKUP_') || k.startsWith('GIT_DIR') || k === 'GIT_INDEX_FILE') delete env[k];
const run = (cwd, cmd, ...a) => {
  const r = spawnSync(cmd, a, { cwd, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${a.join(' ')}: exit ${r.status}: ${r.stderr}`);
  return r.stdout;
};

const tmp = mkdtempSync(path.join(tmpdir(), 'orch-hook-bench-'));
const repo = path.join(tmp, 'installed');
mkdirSync(repo);
run(repo, 'git', 'init', '-q', '-b', 'main');
writeFileSync(path.join(repo, 'package.json'), '{\n  "name": "bench",\n  "version": "1.0.0"\n}\n');
writeFileSync(path.join(repo, '.gitignore'), 'node_modules/\n');
mkdirSync(path.join(repo, 'node_modules'));
symlinkSync(ROOT, path.join(repo, 'node_modules/orchestration-backup'));
typicalTree(path.join(repo, '.claude/orchestration'));
run(repo, process.execPath, path.join(ROOT, 'bin/orch-backup.js'), 'hook', 'install');
run(repo, 'git', 'add', '-A');
run(repo, 'git', 'commit', '-q', '-m', 'init');
const installedLine = run(repo, 'tail', '-n', '1', '.husky/pre-commit').trim();

const variants = [
  { label: 'git commit --no-verify', cwd: repo, argv: ['git', 'commit', '--allow-empty', '-q', '--no-verify', '-m', 'x'] },
  { label: 'hook (as installed)', cwd: repo, argv: ['git', 'commit', '--allow-empty', '-q', '-m', 'x'] },
];
for (const [label, line] of lines) {
  const copy = path.join(tmp, `line-${variants.length}`);
  cpSync(repo, copy, { recursive: true, verbatimSymlinks: true });
  writeFileSync(path.join(copy, '.husky/pre-commit'), `${line}\n`);
  variants.push({ label: `hook (${label})`, cwd: copy, argv: ['git', 'commit', '--allow-empty', '-q', '-m', 'x'] });
}

const samples = variants.map(() => []);
for (let i = 0; i < runs; i++) {
  for (let k = 0; k < variants.length; k++) {
    const j = (i + k) % variants.length;
    const v = variants[j];
    const t0 = process.hrtime.bigint();
    run(v.cwd, v.argv[0], ...v.argv.slice(1));
    samples[j].push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const base = median(samples[0]);
console.log(`installed line: ${installedLine}`);
console.log(`median of ${runs} interleaved commits staging no config`);
variants.forEach((v, j) => {
  const m = median(samples[j]);
  console.log(`${v.label.padEnd(34)} ${m.toFixed(1).padStart(6)} ms  ${j === 0 ? '' : `+${(m - base).toFixed(1)} ms`}`);
});
rmSync(tmp, { recursive: true, force: true });
