#!/usr/bin/env node
// `npm run bench`: orch-backup against the tools people would otherwise use, on synthetic
// orchestration configs. Every figure is a median (min–max) of interleaved runs measured in the
// same process as its baseline. Prints one Markdown table and writes it to bench/results.md.
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { claudeProject, cloneBackups, hookRepo } from './lib-fixtures.mjs';
import {
  cpuTicks,
  diskBytes,
  ensureTool,
  otherLoad,
  fmtBytes,
  fmtMs,
  fmtRss,
  fmtStat,
  interleave,
  sh,
  stats,
} from './lib-measure.mjs';
import { changeOneField, largeTree, typicalTree } from './lib-tree.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const NODE = process.execPath;
const QUICK = process.env.BENCH_QUICK === '1'; // a smoke run of the script itself: 1 run per case
const SMALL_ONLY = process.env.BENCH_SMALL === '1'; // the typical-tree cases only (start-up, hooks)
const RESTORE_ONLY = process.env.BENCH_RESTORE === '1'; // the restore-over-a-config cases only
const N_LARGE = QUICK ? 1 : 5;
const N_SMALL = QUICK ? 1 : 15;
const GROWTH = QUICK ? 4 : 20; // backups in the store growth case
const RSS_LIMIT_MB = 150;

const began = Date.now();
const loadAtStart = os.loadavg()[0];
const ticksAtStart = cpuTicks();
const log = (msg) => process.stderr.write(`[bench ${((Date.now() - began) / 1000).toFixed(0).padStart(3)} s] ${msg}\n`);
const notes = [];
const skip = (msg) => (notes.push(`⚠️ ${msg}`), log(`⚠️  ${msg}`));
const TMP = mkdtempSync(path.join(os.tmpdir(), 'orch-bench-'));
// The package as built when the bench starts, copied: a rebuild during the run cannot mix builds.
const PKG = path.join(TMP, 'pkg');
const CLI = path.join(PKG, 'bin', 'orch-backup.js');
const ours = (configDir, backupDir, ...args) => [
  NODE,
  CLI,
  '--config-dir',
  configDir,
  '--backup-dir',
  backupDir,
  ...args,
];
const rm = (...ps) => ps.forEach((p) => rmSync(p, { recursive: true, force: true, maxRetries: 3 }));
const q = (p) => `'${p}'`;
const codeState = () => {
  const head = sh(`git -C ${q(ROOT)} rev-parse --short HEAD`).trim();
  const dirty = sh(`git -C ${q(ROOT)} status --porcelain -- src lib dist bin`).trim()
    ? ' + uncommitted changes in src/lib'
    : '';
  const built = sh(`find ${q(path.join(ROOT, 'lib'))} -name '*.js' -printf '%T@\\n' | sort -n | tail -1`).trim();
  return { text: `${head}${dirty}, lib/ built ${new Date(Number(built) * 1000).toISOString()}`, built };
};
const codeAtStart = codeState();
mkdirSync(PKG);
for (const p of ['bin', 'lib', 'dist', 'hooks', 'package.json'])
  cpSync(path.join(ROOT, p), path.join(PKG, p), { recursive: true });
symlinkSync(path.join(ROOT, 'node_modules'), path.join(PKG, 'node_modules'));

let tmpfsMounted = false;
const cleanup = () => {
  if (tmpfsMounted) sh(`umount ${q(path.join(TMP, 'tmpfs'))}`, { ok: [0, 1, 32] });
  tmpfsMounted = false;
  rm(TMP);
};
process.on('exit', cleanup); // also when setup throws
process.on('SIGINT', () => process.exit(130));

/** One table row: ours vs one baseline (`target`: how the pair is judged, or null for reference). */
const rows = [];
function row(kase, tree, fs, oursS, baseLabel, baseS, target, unit = 'ms') {
  const o = unit === 'bytes' ? oursS : stats(oursS.ms);
  const b = unit === 'bytes' ? baseS : stats(baseS.ms);
  const fmt = (s, samples) =>
    unit === 'bytes'
      ? fmtBytes(s)
      : `${fmtStat(s, samples.planned)}${samples.rssKB.length ? `, ${fmtRss(Math.max(...samples.rssKB))}` : ''}`;
  const om = unit === 'bytes' ? o : o.median;
  const bm = unit === 'bytes' ? b : b.median;
  let versus = `${(om / bm).toFixed(2)}×`;
  const judge = (ov, bv) => {
    if (target?.ratio !== undefined) return target.strict ? ov < bv * target.ratio : ov <= bv * target.ratio;
    if (target?.deltaMs !== undefined) return ov - bv <= target.deltaMs;
    if (target?.absMs !== undefined) return ov <= target.absMs;
    return null;
  };
  const met = judge(om, bm);
  const asDelta = target?.deltaMs !== undefined || target?.delta === true;
  if (asDelta) versus = `+${fmtMs(om - bm)}`;
  // CPU time (user + sys, medians) beside wall-clock time: it is what other load changes least.
  const withCpu = unit === 'ms' && oursS.cpuMs.length > 0 && baseS.cpuMs.length > 0;
  const oc = withCpu ? stats(oursS.cpuMs).median : null;
  const bc = withCpu ? stats(baseS.cpuMs).median : null;
  const cpuMet = withCpu ? judge(oc, bc) : null;
  const cpuCell = (c) => (c === null ? '' : `; CPU ${fmtMs(c)}`);
  const cpuVersus = withCpu ? ` (CPU ${asDelta ? `+${fmtMs(oc - bc)}` : `${(oc / bc).toFixed(2)}×`})` : '';
  const rssMB = unit === 'ms' && oursS.rssKB.length ? Math.max(...oursS.rssKB) / 1024 : null;
  const mark = (m) => (m === null ? '' : m ? '✅' : '❌');
  rows.push([
    kase,
    tree,
    fs,
    fmt(o, oursS) + cpuCell(oc),
    baseLabel,
    fmt(b, baseS) + cpuCell(bc),
    versus + cpuVersus,
    target?.text ?? '(reference)',
    `${mark(met)}${cpuMet === null ? '' : ` (CPU ${mark(cpuMet)})`}`,
    rssMB === null ? '' : `${rssMB.toFixed(0)} MB ${rssMB <= RSS_LIMIT_MB ? '✅' : '❌'}`,
  ]);
}

// ---------------------------------------------------------------- setup
const haveTime = ensureTool('/usr/bin/time', 'time', log);
const haveRestic = ensureTool('restic', 'restic', log);
if (!haveTime) skip('GNU time (/usr/bin/time) is missing: peak RSS is not reported');
const RESTIC_ENV = { RESTIC_PASSWORD: 'bench', RESTIC_CACHE_DIR: path.join(TMP, 'restic-cache') };
const restic = (args) => ['restic', ...args, '-q'];

const GOLD_TYPICAL = path.join(TMP, 'golden-typical');
const GOLD_LARGE = path.join(TMP, 'golden-large');
typicalTree(GOLD_TYPICAL);
largeTree(GOLD_LARGE);
const largeFiles = sh(`find ${q(GOLD_LARGE)} -type f | sed 's|^${GOLD_LARGE}/||' | sort`)
  .trim()
  .split('\n');
const largeBytes = Number(sh(`find ${q(GOLD_LARGE)} -type f -printf '%s\\n' | awk '{s+=$1} END {print s}'`));
const typicalBytes = Number(sh(`find ${q(GOLD_TYPICAL)} -type f -printf '%s\\n' | awk '{s+=$1} END {print s}'`));
const TYPICAL = `typical: 5 files, ${fmtBytes(typicalBytes)}`;
const LARGE = `large: ${largeFiles.length} files, ${fmtBytes(largeBytes)}`;
log(`trees generated in ${TMP}: ${TYPICAL}; ${LARGE}`);

// ---------------------------------------------------------------- typical tree: create, list, hook
function smallCases() {
  const D = path.join(TMP, 'disk');
  const T = path.join(D, 'typical');
  cpSync(GOLD_TYPICAL, T, { recursive: true });
  // Through GNU time: peak RSS and CPU time (user + sys) for every run.
  const small = haveTime ? { rssDir: D } : {};
  log('create (typical)');
  const c = interleave(
    N_SMALL,
    [
      {
        label: 'ours',
        prepare: () => rm(path.join(D, 'store-t')),
        cmd: ours(T, path.join(D, 'store-t'), '-q', 'create', 'base'),
      },
      { label: 'node', cmd: [NODE, '-e', ''] },
      {
        label: 'cp',
        prepare: () => rm(path.join(D, 'cp-t')),
        cmd: `cp -a ${q(T)} ${q(D)}/cp-t && cd ${q(D)}/cp-t && find . -type f -print0 | xargs -0 sha256sum > ../cp-t.sums`,
      },
    ],
    small,
  );
  row('create', TYPICAL, 'disk', c.ours, "`node -e ''`", c.node, { ratio: 1.5, text: '≤ 1.5×' });
  row('create', TYPICAL, 'disk', c.ours, '`cp -a` + `sha256sum`', c.cp, null);

  // The CLI and the hooks ship as bundles only where a bundle starts faster than lib/ (ES modules
  // under lib/ and node_modules/), which the package also holds.
  log('start-up: bundle vs lib/');
  const libCli = path.join(D, 'lib-cli.mjs');
  writeFileSync(
    libCli,
    `const { run } = await import(${JSON.stringify(pathToFileURL(path.join(PKG, 'lib', 'cli', 'main.js')).href)});\n` +
      'process.exitCode = await run(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdoutIsTTY: false,' +
      ' stdinIsTTY: false, stderrIsTTY: false, stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) });\n',
  );
  const su = interleave(
    N_SMALL,
    [
      { label: 'bundle', cmd: ours(T, path.join(D, 'store-t'), 'validate') },
      { label: 'lib', cmd: [NODE, libCli, '--config-dir', T, '--backup-dir', path.join(D, 'store-t'), 'validate'] },
    ],
    small,
  );
  row(
    'start-up: `validate` from dist/cli (bundle, code cache)',
    TYPICAL,
    'disk',
    su.bundle,
    '`validate` from lib/',
    su.lib,
    {
      ratio: 1.0,
      text: '≤ 1.0× (a bundle is kept only where it wins)',
    },
  );

  log('list (1,000 backups)');
  const L = path.join(D, 'store-list');
  sh(ours(T, L, '-q', 'create', 'seed').map(q).join(' '));
  cloneBackups(L, 'seed', 1000);
  const l = interleave(
    N_SMALL,
    [
      { label: 'ours', cmd: ours(T, L, 'list') },
      { label: 'ls', cmd: ['ls', '-l', L] },
    ],
    small,
  );
  row('list', 'typical, 1,000 backups', 'disk', l.ours, '`ls -l` of the store', l.ls, {
    absMs: 300,
    text: '≤ 300 ms absolute',
  });

  log('pre-commit hook');
  const R = path.join(D, 'hook-repo');
  mkdirSync(R);
  const env = hookRepo(R, GOLD_TYPICAL, { cli: CLI, projectRoot: PKG });
  const commit = (verify) => ({
    label: verify ? 'hook' : 'plain',
    cwd: R,
    env,
    cmd: ['git', 'commit', '-q', ...(verify ? [] : ['--no-verify']), '-m', 'bench'],
  });
  const stage = (file, edit) => (v) => ({
    ...v,
    prepare: (i) => (edit(path.join(R, file), `${v.label}-${i}`), sh(`git add ${q(file)}`, { cwd: R, env })),
  });
  const readme = (f, tag) => appendFileSync(f, `${tag}\n`);
  const noop = interleave(
    N_SMALL,
    [stage('README.md', readme)(commit(true)), stage('README.md', readme)(commit(false))],
    small,
  );
  row('pre-commit hook: no config staged', 'typical', 'disk', noop.hook, '`git commit --no-verify`', noop.plain, {
    deltaMs: 20,
    text: '≤ +20 ms',
  });
  const teams = '.claude/orchestration/teams.json';
  // The hook's Node half alone, from its bundle and from lib/, on the same staged change.
  const nodeHalf = (label, file) => ({
    label,
    cwd: R,
    env,
    prepare: (i) => (changeOneField(path.join(R, teams), `${label}-${i}`), sh(`git add ${q(teams)}`, { cwd: R, env })),
    cmd: [NODE, file, '--config-dir', '.claude/orchestration'],
  });
  const half = interleave(
    N_SMALL,
    [
      nodeHalf('bundle', path.join(PKG, 'bin', 'orch-backup-pre-commit.js')),
      nodeHalf('lib', path.join(PKG, 'lib', 'hook', 'pre-commit.js')),
    ],
    small,
  );
  sh(`git commit -q --no-verify -m staged-by-bench`, { cwd: R, env });
  row(
    'start-up: pre-commit hook from dist/hook (bundle, code cache)',
    'typical',
    'disk',
    half.bundle,
    'from lib/',
    half.lib,
    {
      ratio: 1.0,
      text: '≤ 1.0× (a bundle is kept only where it wins)',
    },
  );
  const cfg = interleave(
    N_SMALL,
    [stage(teams, changeOneField)(commit(true)), stage(teams, changeOneField)(commit(false))],
    small,
  );
  row('pre-commit hook: config staged', 'typical', 'disk', cfg.hook, '`git commit --no-verify`', cfg.plain, {
    deltaMs: 300,
    text: '≤ +300 ms',
  });
  // The hooks back up on every commit and every config edit, so stores grow: the same case with
  // a store of 1,000 backups.
  const hookStore = path.join(R, '.claude', 'orchestration', '.backups');
  const seed = readdirSync(hookStore).find((n) => n.startsWith('backup-'));
  if (seed) cloneBackups(hookStore, seed, 1000);
  const big = interleave(
    N_SMALL,
    [stage(teams, changeOneField)(commit(true)), stage(teams, changeOneField)(commit(false))],
    small,
  );
  row(
    'pre-commit hook: config staged, store of 1,000 backups',
    'typical',
    'disk',
    big.hook,
    '`git commit --no-verify`',
    big.plain,
    { deltaMs: 300, text: '≤ +300 ms' },
  );
  // Most projects that use the tool keep a settings file: the same case with one (the default
  // values written out, so only reading and checking it differs).
  const settingsFile = path.join(R, '.claude', 'orchestration', '.orch-backup.json');
  writeFileSync(settingsFile, `${JSON.stringify({ hook: { bulkFiles: 5, bulkEntities: 20 } })}\n`);
  sh(`git add ${q('.claude/orchestration/.orch-backup.json')} && git commit -q --no-verify -m settings`, {
    cwd: R,
    env,
  });
  const withSettings = interleave(
    N_SMALL,
    [stage(teams, changeOneField)(commit(true)), stage(teams, changeOneField)(commit(false))],
    small,
  );
  row(
    'pre-commit hook: config staged, settings file, store of 1,000 backups',
    'typical',
    'disk',
    withSettings.hook,
    '`git commit --no-verify`',
    withSettings.plain,
    { deltaMs: 300, text: '≤ +300 ms' },
  );
  // What any husky hook pays before doing anything: husky's wrappers (its pre-commit and
  // commit-msg scripts run on a verified commit), and for one written in Node, a Node start. The
  // same repository, its pre-commit line replaced for these runs only.
  const huskyLine = path.join(R, '.husky', 'pre-commit');
  const ourLine = readFileSync(huskyLine, 'utf8');
  for (const [line, what] of [
    ['true', 'does nothing (`true`)'],
    [`"${NODE}" -e ''`, "only starts `node -e ''`"],
  ]) {
    writeFileSync(huskyLine, `${line}\n`);
    const floor = interleave(
      N_SMALL,
      [stage('README.md', readme)(commit(true)), stage('README.md', readme)(commit(false))],
      small,
    );
    row(
      `reference: husky running a pre-commit hook that ${what}`,
      'typical',
      'disk',
      floor.hook,
      '`git commit --no-verify`',
      floor.plain,
      { delta: true, text: '(reference)' },
    );
  }
  writeFileSync(huskyLine, ourLine);

  log('Claude Code hook');
  const P = path.join(D, 'claude-project');
  mkdirSync(P);
  const cc = claudeProject(P, GOLD_TYPICAL, { cli: CLI, projectRoot: PKG });
  // Exactly as Claude Code runs it: the command install wrote, `sh -c`, the payload on stdin.
  const hook = (payloadFile) => `sh -c ${q(cc.command)} < ${q(payloadFile)}`;
  const other = path.join(D, 'payload-other.json');
  cc.payload(
    other,
    'PreToolUse',
    'Edit',
    { file_path: path.join(P, 'src', 'index.ts'), old_string: 'a', new_string: 'b' },
    'toolu_other',
  );
  const nc = interleave(
    N_SMALL,
    [
      { label: 'hook', cwd: P, env: cc.env, cmd: hook(other) },
      { label: 'node', cmd: [NODE, '-e', ''] },
    ],
    small,
  );
  row('Claude Code hook: Edit of a non-config file', 'typical', 'disk', nc.hook, "`node -e ''`", nc.node, {
    ratio: 1.5,
    text: '≤ 1.5×',
  });
  // A config edit: PreToolUse backs up (the config changed since the last backup, as it does
  // before each of Claude's edits), then PostToolUse judges the config against that backup.
  const teamsFile = path.join(P, '.claude', 'orchestration', 'teams.json');
  const [pre, post] = ['PreToolUse', 'PostToolUse'].map((e) => path.join(D, `payload-${e}.json`));
  const cfgEdit = interleave(
    N_SMALL,
    [
      {
        label: 'hook',
        cwd: P,
        env: cc.env,
        prepare: (i) => {
          changeOneField(teamsFile, 1000 + i);
          for (const [file, event] of [
            [pre, 'PreToolUse'],
            [post, 'PostToolUse'],
          ])
            cc.payload(file, event, 'Edit', { file_path: teamsFile, old_string: 'a', new_string: 'b' }, `toolu_${i}`);
        },
        cmd: `${hook(pre)} && ${hook(post)}`,
      },
      // The two hook calls start Node twice; the target is the work on top of that.
      { label: 'node', cmd: `${q(NODE)} -e '' && ${q(NODE)} -e ''` },
    ],
    small,
  );
  row(
    'Claude Code hook: Edit of a config file (PreToolUse backup + PostToolUse judgement)',
    'typical',
    'disk',
    cfgEdit.hook,
    "two `node -e ''`",
    cfgEdit.node,
    { deltaMs: 300, text: '≤ +300 ms' },
  );
}

// ---------------------------------------------------------------- large tree, on one file system
function largeCases(D, fs, { growth = false, diff = true } = {}) {
  mkdirSync(D, { recursive: true });
  const [tree, plain, plainB] = ['tree', 'plain', 'plainB'].map((d) => path.join(D, d));
  for (const d of [tree, plain, plainB]) cpSync(GOLD_LARGE, d, { recursive: true });
  largeFiles.filter((_, i) => i % 100 === 7).forEach((f, i) => changeOneField(path.join(plainB, f), i)); // 20 files, one field each
  const store = path.join(D, 'store');
  const repo = path.join(D, 'repo');
  const tgz = path.join(D, 'tree.tgz');
  const sums = path.join(D, 'SUMS');
  // sync: flush earlier writes first, so each command pays for its own. budget: the 10-minute limit.
  const opts = { rssDir: D, sync: true, budgetMs: 60_000 };
  const withRestic = (variants, resticVariants) => (haveRestic ? [...variants, ...resticVariants] : variants);
  if (!haveRestic) skip(`restic rows skipped (${fs}): restic is not installed`);

  log(`create (large, ${fs})`);
  const c = interleave(
    N_LARGE,
    withRestic(
      [
        { label: 'ours', prepare: () => rm(store), cmd: ours(tree, store, '-q', 'create', 'base') },
        {
          label: 'tar',
          prepare: () => rm(tgz, sums),
          cmd: `tar czf ${q(tgz)} -C ${q(tree)} . && cd ${q(tree)} && find . -type f -print0 | xargs -0 sha256sum > ${q(sums)}`,
        },
      ],
      [
        {
          label: 'restic',
          env: RESTIC_ENV,
          prepare: () => (rm(repo), sh(`restic init -q --repo ${q(repo)}`, { env: RESTIC_ENV })),
          cmd: restic(['backup', '--repo', repo, tree]),
        },
      ],
    ),
    opts,
  );
  row('create', LARGE, fs, c.ours, '`tar czf` + `sha256sum`', c.tar, { ratio: 1.0, text: '≤ 1.0×' });
  if (haveRestic)
    row('create', LARGE, fs, c.ours, '`restic backup` (fresh repo)', c.restic, {
      ratio: 1.0,
      strict: true,
      text: 'faster',
    });

  // On disk this is also the store growth case: the backup above + GROWTH - 1, each after a one-file change.
  const steps = growth ? GROWTH - 1 : N_LARGE;
  log(`create after a one-file change (large, ${fs}, ${steps} runs${growth ? ': also the store growth case' : ''})`);
  const settings = path.join(tree, 'settings.json');
  const snaps = path.join(D, 'snaps');
  const snapshot = (i) =>
    sh(
      i === 0
        ? `cp -a ${q(tree)} ${q(snaps)}/0`
        : `cp -al ${q(snaps)}/${i - 1} ${q(snaps)}/${i} && rm ${q(snaps)}/${i}/settings.json && cp ${q(settings)} ${q(snaps)}/${i}/`,
    );
  if (growth) mkdirSync(snaps), snapshot(0);
  const inc = interleave(
    steps,
    withRestic(
      [{ label: 'ours', cmd: (i) => ours(tree, store, '-q', 'create', `again-${i}`) }],
      [{ label: 'restic', env: RESTIC_ENV, cmd: restic(['backup', '--repo', repo, tree]) }],
    ),
    {
      ...opts,
      budgetMs: growth ? Infinity : opts.budgetMs,
      before: (i) => (changeOneField(settings, i + 1), growth && snapshot(i + 1)),
    },
  );
  if (haveRestic)
    row('create after a one-file change', LARGE, fs, inc.ours, '`restic backup` (incremental)', inc.restic, {
      ratio: 1.0,
      strict: true,
      text: 'faster',
    });
  if (growth) {
    const tars = path.join(D, 'tgz');
    mkdirSync(tars);
    sh(`ls ${q(snaps)} | xargs -P 2 -I{} tar czf ${q(tars)}/{}.tgz -C ${q(snaps)}/{} .`);
    const kase = `store growth: ${GROWTH} backups, one small file changed before each`;
    const o = diskBytes(store);
    if (haveRestic)
      row(kase, 'large', fs, o, 'restic repository', diskBytes(repo), { ratio: 1.0, text: '≤ restic repo' }, 'bytes');
    row(kase, 'large', fs, o, 'hard-linked snapshots (`cp -al`)', diskBytes(snaps), null, 'bytes');
    row(kase, 'large', fs, o, `${GROWTH} × \`tar czf\``, diskBytes(tars), null, 'bytes');
    rm(snaps, tars);
  }

  log(`verify (large, ${fs})`);
  const v = interleave(
    N_LARGE,
    [
      { label: 'ours', cmd: ours(tree, store, '-q', 'verify', 'base') },
      { label: 'sha', cwd: plain, cmd: ['sha256sum', '-c', '--quiet', sums] },
    ],
    opts,
  );
  row('verify', LARGE, fs, v.ours, '`sha256sum -c`', v.sha, { ratio: 1.3, text: '≤ 1.3×' });

  log(`restore (large, ${fs})`);
  const [ro, rt, rr] = ['restore-ours', 'restore-tar', 'restore-restic'].map((d) => path.join(D, d));
  const r = interleave(
    N_LARGE,
    withRestic(
      [
        {
          label: 'ours',
          prepare: () => (rm(ro), mkdirSync(ro)),
          cmd: ours(ro, store, '-q', '--yes', 'restore', 'base'),
        },
        { label: 'tar', prepare: () => (rm(rt), mkdirSync(rt)), cmd: ['tar', 'xzf', tgz, '-C', rt] },
      ],
      [
        {
          label: 'restic',
          env: RESTIC_ENV,
          prepare: () => rm(rr),
          cmd: restic(['restore', 'latest', '--repo', repo, '--target', rr]),
        },
      ],
    ),
    opts,
  );
  sh(`diff -r ${q(plain)} ${q(ro)}`); // the restore really restored the tree
  row('restore (into an empty dir)', LARGE, fs, r.ours, '`tar xzf`', r.tar, { ratio: 1.0, text: '≤ 1.0×' });
  if (haveRestic)
    row('restore (into an empty dir)', LARGE, fs, r.ours, '`restic restore latest`', r.restic, {
      ratio: 1.0,
      strict: true,
      text: 'faster',
    });
  rm(ro, rt, rr);

  if (!diff) return rm(D);
  log(`diff (large, ${fs})`);
  // A store with just these two: between two backups, diff also walks every backup made in between.
  const pair = path.join(D, 'store-pair');
  mkdirSync(pair);
  sh(
    `cp -a ${q(path.join(store, 'base'))} ${q(pair)}/ && ${ours(plainB, pair, '-q', 'create', 'other').map(q).join(' ')}`,
  );
  const d = interleave(
    N_LARGE,
    [
      { label: 'ours', ok: [0, 1], cmd: ours(plain, pair, 'diff', 'base', 'other') },
      { label: 'diff', ok: [0, 1], cmd: ['diff', '-r', plain, plainB] },
    ],
    opts,
  );
  row('diff (20 files changed)', 'two large snapshots', fs, d.ours, '`diff -r`', d.diff, null);
  rm(D);
}

// ---------------------------------------------------------------- restore over an existing config
// The whole transaction as a user meets it: a config in which every file differs from the backup
// (each one field changed) is restored: plan (read and check the backup, validate it, hash the
// config), preflight of every target, a verified safety backup, the journaled moves, the commit.
// `--dry-run` is the plan alone. CPU time (user + system) is reported beside wall time because
// other processes may load the machine.
const restoreRows = [];
function restoreCases(fs, D) {
  for (const [files, megabytes] of [
    [200, 5],
    [2000, 50],
  ]) {
    const kase = `${files} files`;
    const dir = path.join(D, `restore-${files}`);
    const [goldA, goldB, cfg, store, storeGold, tgz] = ['a', 'b', 'cfg', 'store', 'store-gold', 'a.tgz'].map((d) =>
      path.join(dir, d),
    );
    largeTree(goldA, { files, megabytes, seed: files });
    cpSync(goldA, goldB, { recursive: true });
    const names = sh(`cd ${q(goldB)} && find . -type f -name '*.json'`)
      .trim()
      .split('\n');
    names.forEach((f, i) => changeOneField(path.join(goldB, f), i + 1));
    const bytes = Number(sh(`find ${q(goldA)} -type f -printf '%s\\n' | awk '{s+=$1} END {print s}'`));
    sh(
      `cp -a ${q(goldA)} ${q(cfg)} && ${ours(cfg, storeGold, '-q', 'create', 'target').map(q).join(' ')} && tar czf ${q(tgz)} -C ${q(goldA)} .`,
    );
    const fresh = () => (rm(cfg, store), sh(`cp -a ${q(goldB)} ${q(cfg)} && cp -a ${q(storeGold)} ${q(store)}`));
    log(`restore over a config (${kase}, ${fmtBytes(bytes)}, ${fs})`);
    const s = interleave(
      N_LARGE,
      [
        { label: 'restore', prepare: fresh, cmd: ours(cfg, store, '-q', '--yes', 'restore', 'target') },
        { label: 'plan', prepare: fresh, cmd: ours(cfg, store, '-q', '--yes', 'restore', 'target', '--dry-run') },
        { label: 'tar', prepare: fresh, cmd: ['tar', 'xzf', tgz, '-C', cfg] },
        { label: 'node', cmd: [NODE, '-e', ''] },
      ],
      { rssDir: dir, sync: true, budgetMs: 120_000 },
    );
    fresh();
    sh(ours(cfg, store, '-q', '--yes', 'restore', 'target').map(q).join(' '));
    sh(`diff -r ${q(goldA)} ${q(cfg)}`); // the restore really brought back every byte
    const cell = (samples, key) => (samples[key].length ? fmtStat(stats(samples[key]), samples.planned) : 'n/a');
    const tree = `${kase}, ${fmtBytes(bytes)}, every file changed`;
    restoreRows.push(
      [
        '`restore` (plan + safety backup + apply + commit)',
        tree,
        fs,
        cell(s.restore, 'ms'),
        cell(s.restore, 'cpuMs'),
        s.restore.rssKB.length ? fmtRss(Math.max(...s.restore.rssKB)) : '',
      ],
      [
        '`restore --dry-run` (plan only)',
        tree,
        fs,
        cell(s.plan, 'ms'),
        cell(s.plan, 'cpuMs'),
        s.plan.rssKB.length ? fmtRss(Math.max(...s.plan.rssKB)) : '',
      ],
      ['`tar xzf` over the config (reference, no checks)', tree, fs, cell(s.tar, 'ms'), cell(s.tar, 'cpuMs'), ''],
      ["`node -e ''` (start-up floor)", '', fs, cell(s.node, 'ms'), cell(s.node, 'cpuMs'), ''],
    );
    rm(dir);
  }
}

// ---------------------------------------------------------------- run, report
try {
  if (!RESTORE_ONLY) smallCases();
  if (!SMALL_ONLY) restoreCases('disk', path.join(TMP, 'disk'));
  if (!SMALL_ONLY && !RESTORE_ONLY) {
    largeCases(path.join(TMP, 'disk', 'large'), 'disk', { growth: true });
    const mnt = path.join(TMP, 'tmpfs');
    mkdirSync(mnt);
    try {
      sh(`mount -t tmpfs -o size=2g tmpfs ${q(mnt)}`);
      tmpfsMounted = true;
    } catch (error) {
      skip(`tmpfs runs skipped: could not mount a tmpfs (${error.message.split('\n')[0]})`);
    }
    // diff only reads (two backups, from the page cache): once, on disk, is enough.
    if (tmpfsMounted) largeCases(path.join(mnt, 'large'), 'tmpfs', { diff: false });
  }
} finally {
  cleanup();
}

const seconds = (Date.now() - began) / 1000;
const head = [
  'case',
  'tree',
  'fs',
  'ours: median (min–max)[, peak RSS]',
  'baseline',
  'baseline: median (min–max)[, peak RSS]',
  'ours vs baseline',
  'target',
  'met',
  `ours peak RSS (≤ ${RSS_LIMIT_MB} MB)`,
];
const restoreHead = [
  'restore case',
  'config',
  'fs',
  'wall: median (min–max)',
  'CPU (user + system): median (min–max)',
  'peak RSS',
];
const table = [
  ...(rows.length ? [[head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n')] : []),
  ...(restoreRows.length
    ? [[restoreHead, restoreHead.map(() => '---'), ...restoreRows].map((r) => `| ${r.join(' | ')} |`).join('\n')]
    : []),
].join('\n\n');
const fsDesc = sh(`df -T ${q(os.tmpdir())} | tail -1 | awk '{print $2}'`).trim();
const codeAtEnd = codeState();
if (codeAtEnd.built !== codeAtStart.built)
  notes.push(
    `Note: lib/ was rebuilt during the run (now ${codeAtEnd.text}); every figure is from the copy taken at the start.`,
  );
const others = otherLoad(ticksAtStart, cpuTicks());
if (others > 0.1)
  notes.push(
    `⚠️ other processes used ${(others * 100).toFixed(0)}% of the machine's CPU during the run: absolute times are noisy (ratios less so: each is measured interleaved with its baseline)`,
  );
const meta = [
  `- date: ${new Date().toISOString()}`,
  `- machine: ${os.cpus().length} cores (\`nproc\` ${sh('nproc').trim()}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}`,
  `- Node ${process.version}; NODE_EXTRA_CA_CERTS ${process.env.NODE_EXTRA_CA_CERTS ? "set (every `node` start here, the baselines' included, parses that file; the pre-commit hook unsets it for its own)" : 'not set'}`,
  `- tools: ${haveRestic ? sh('restic version').trim().split(' compiled')[0] : 'restic: not available'}; tar ${sh('tar --version | head -1').trim().split(' ').at(-1)}`,
  `- code: ${codeAtStart.text} (run from a copy of bin/, lib/, dist/, hooks/ taken at the start)`,
  `- disk: ${os.tmpdir()} (${fsDesc}); tmpfs: ${tmpfsMounted || rows.some((r) => r[2] === 'tmpfs') ? 'yes, large cases also run on a 2 GiB tmpfs' : 'no (mount failed)'}`,
  `- other load: ${(others * 100).toFixed(0)}% of the machine's CPU used by other processes during the run; load average (1 min) ${loadAtStart.toFixed(2)} at the start, ${os.loadavg()[0].toFixed(2)} at the end`,
  `- runs: ${N_LARGE} per large case (${GROWTH - 1} for the one-file change on disk, which is also the store growth case), ${N_SMALL} per small case, interleaved with their baselines; bench took ${seconds.toFixed(0)} s`,
];
const text = `# orch-backup benchmark\n\n${meta.join('\n')}\n\n${table}\n\n${notes.length ? `${notes.join('\n')}\n\n` : ''}${readFileSync(path.join(HERE, 'README.md'), 'utf8').split('<!-- notes -->')[1]?.trim() ?? ''}\n`;
const out = QUICK
  ? path.join(os.tmpdir(), 'orch-bench-quick.md')
  : SMALL_ONLY
    ? path.join(os.tmpdir(), 'orch-bench-small.md')
    : RESTORE_ONLY
      ? path.join(os.tmpdir(), 'orch-bench-restore.md')
      : path.join(HERE, 'results.md');
writeFileSync(out, text);
process.stdout.write(`${table}\n\n${notes.join('\n')}\nbench took ${seconds.toFixed(0)} s; written to ${out}\n`);
