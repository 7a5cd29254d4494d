// `hook install` in the repositories it meets: run from a subdirectory, with a hook of the clone's
// own, under another hook manager, in a project installed with `npm ci --omit=dev`, and in a
// repository without package.json. Each in a real git repository, committing for real.
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyV1Config, GIT_IDENTITY, linkThisPackage } from './helpers/git-repo.js';
import { BIN, ROOT, runProcess, tempDirsPerTest, type RunResult } from './helpers/sandbox.js';

const TIMEOUT = 180_000;
const tempDir = tempDirsPerTest();

interface Repo {
  root: string;
  config: string;
  git: (...args: string[]) => Promise<RunResult>;
  /** The CLI run in `cwd` (default: the root), with no --config-dir. */
  cli: (args: string[], cwd?: string) => Promise<RunResult>;
  backups: () => Promise<string[]>;
}

/**
 * A repository with the fixture's v1 config. `npm`: a package.json and the package in
 * node_modules (linked to this checkout, as npm links a local path). `path`: no package.json;
 * `orch-backup` is a command on PATH, from a directory outside the repository.
 */
async function repo(kind: 'npm' | 'path'): Promise<Repo> {
  const base = await tempDir('orch-hook-repos-');
  const root = path.join(base, 'project');
  const shims = path.join(base, 'bin');
  await mkdir(root);
  await mkdir(shims);
  await writeFile(path.join(shims, 'orch-backup'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`, {
    mode: 0o755,
  });
  const env = { ...GIT_IDENTITY, PATH: `${shims}:${process.env.PATH ?? ''}` };
  const git = (...args: string[]) => runProcess('git', args, { cwd: root, env });
  await git('init', '-q', '-b', 'main');
  if (kind === 'npm') {
    await linkThisPackage(root, { test: 'true' });
  } else {
    await writeFile(path.join(root, 'setup.py'), 'from setuptools import setup\nsetup(name="demo")\n');
  }
  const config = path.join(root, '.claude/orchestration');
  await mkdir(path.join(root, 'src/deep'), { recursive: true });
  await writeFile(path.join(root, 'src/deep/.keep'), '');
  await copyV1Config(config);
  const cli = (args: string[], cwd = root) => runProcess(process.execPath, [BIN, ...args], { cwd, env });
  const backups = async () =>
    (await readdir(path.join(config, '.backups')).catch(() => [] as string[]))
      .filter((n) => n.startsWith('backup-'))
      .sort();
  return { root, config, git, cli, backups };
}

/** Every file outside .git (with its content and mode) and the repository's local git config. */
async function snapshot(r: Repo): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (dir: string, rel: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name === '.git' || entry.name === 'node_modules') continue;
      const abs = path.join(dir, entry.name);
      const key = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(abs, key);
      else out[key] = await readFile(abs, 'utf8');
    }
  };
  await walk(r.root, '');
  out['git config'] = (await r.git('config', '--local', '--list')).stdout;
  return out;
}

const breakTeams = (r: Repo) => writeFile(path.join(r.config, 'teams.json'), '{\n  "teams": {,}\n}\n');

describe('hook install in real repositories', () => {
  it(
    'from a subdirectory: watches the config at the repository root, and a broken config does not get committed',
    async () => {
      const r = await repo('npm');
      const install = await r.cli(['hook', 'install'], path.join(r.root, 'src/deep'));
      expect(install.code, install.stderr).toBe(0);
      expect(install.stdout).toContain(`installed in ${r.root}`);
      const hook = await readFile(path.join(r.root, '.husky/pre-commit'), 'utf8');
      expect(hook).toContain('git diff --cached --quiet -- "${ORCH_BACKUP_CONFIG_DIR:-.claude/orchestration}"');
      expect(hook).not.toContain('src/deep');
      expect(await readdir(path.join(r.root, 'src/deep'))).toEqual(['.keep']);

      await r.git('add', '-A');
      expect((await r.git('commit', '-qm', 'first')).code).toBe(0);
      await breakTeams(r);
      await r.git('add', '-A');
      const blocked = await runProcess('git', ['commit', '-qm', 'broken'], {
        cwd: path.join(r.root, 'src/deep'),
        env: GIT_IDENTITY,
      });
      expect(blocked.code).not.toBe(0);
      expect(blocked.stderr).toMatch(/commit blocked: this change introduces \d+ errors?:\n.*teams\.json:2:/);
      expect((await r.git('log', '--oneline')).stdout.trim().split('\n')).toHaveLength(1);
    },
    TIMEOUT,
  );

  it(
    "keeps the clone's own .git/hooks/pre-commit running (chained), and uninstall gives it back to git",
    async () => {
      const r = await repo('npm');
      const ran = path.join(r.root, '..', 'own-hook-ran');
      await writeFile(path.join(r.root, '.git/hooks/pre-commit'), `#!/bin/sh\necho ran >> "${ran}"\n`, { mode: 0o755 });
      const before = await snapshot(r);
      const install = await r.cli(['hook', 'install']);
      expect(install.code, install.stderr).toBe(0);
      expect(install.stdout).toContain('.git/hooks/pre-commit keeps running');
      const hook = await readFile(path.join(r.root, '.husky/pre-commit'), 'utf8');
      expect(hook).not.toContain(r.root);

      await r.git('add', '-A');
      expect((await r.git('commit', '-qm', 'first')).code).toBe(0);
      expect(await readFile(ran, 'utf8')).toBe('ran\n');
      // The chained hook's verdict counts: when it fails, the commit does not happen.
      await writeFile(path.join(r.root, '.git/hooks/pre-commit'), '#!/bin/sh\necho no >&2\nexit 3\n', { mode: 0o755 });
      await writeFile(path.join(r.root, 'README'), 'x\n');
      await r.git('add', 'README');
      expect((await r.git('commit', '-qm', 'refused')).code).not.toBe(0);
      await writeFile(path.join(r.root, '.git/hooks/pre-commit'), `#!/bin/sh\necho ran >> "${ran}"\n`, { mode: 0o755 });
      await r.git('reset', '-q', '--hard', 'HEAD');

      const uninstall = await r.cli(['hook', 'uninstall']);
      expect(uninstall.code, uninstall.stderr).toBe(0);
      expect(await snapshot(r)).toEqual(before);
      await writeFile(path.join(r.root, 'README'), 'y\n');
      await r.git('add', 'README');
      expect((await r.git('commit', '-qm', 'after')).code).toBe(0);
      expect(await readFile(ran, 'utf8')).toBe('ran\nran\n');
    },
    TIMEOUT,
  );

  it(
    'refuses another hooks directory (core.hooksPath) with the line to add there, and changes nothing',
    async () => {
      const r = await repo('npm');
      await mkdir(path.join(r.root, '.githooks'));
      await writeFile(path.join(r.root, '.githooks/pre-commit'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
      await r.git('config', 'core.hooksPath', '.githooks');
      const before = await snapshot(r);
      const install = await r.cli(['hook', 'install']);
      expect(install.code).toBe(1);
      expect(install.stdout).toBe('');
      expect(install.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(install.stderr).toMatch(
        /not installed: git's core\.hooksPath is already "\.githooks" .*add this line to the pre-commit hook there instead: git diff --cached --quiet -- .* \|\| sh node_modules\/orchestration-backup\/hooks\/pre-commit --staged # orch-backup/,
      );
      expect(await snapshot(r)).toEqual(before);
    },
    TIMEOUT,
  );

  it(
    'npm ci --omit=dev (no husky installed) still succeeds after install changed prepare',
    async () => {
      const r = await repo('npm');
      expect((await r.cli(['hook', 'install'])).code).toBe(0);
      const pkg = JSON.parse(await readFile(path.join(r.root, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      };
      expect(pkg.scripts.prepare).toBe('husky || true');
      // The production install of this project: no devDependencies, so no husky on PATH.
      await rm(path.join(r.root, 'node_modules'), { recursive: true });
      const env = { npm_config_audit: 'false', npm_config_fund: 'false', npm_config_offline: 'true' };
      const lock = await runProcess('npm', ['install', '--package-lock-only', '--ignore-scripts'], {
        cwd: r.root,
        env,
      });
      expect(lock.code, lock.stderr).toBe(0);
      const ci = await runProcess('npm', ['ci', '--omit=dev'], { cwd: r.root, env });
      expect(ci.code, ci.stderr).toBe(0);
      expect(ci.stdout + ci.stderr).toMatch(/husky \|\| true/);
    },
    TIMEOUT,
  );

  it(
    'without package.json: the committed hook holds no path of this machine and runs orch-backup from PATH',
    async () => {
      const r = await repo('path');
      const before = await snapshot(r);
      const install = await r.cli(['hook', 'install'], path.join(r.root, 'src'));
      expect(install.code, install.stderr).toBe(0);
      expect(install.stdout).toContain('runs `orch-backup` from PATH');
      const hook = await readFile(path.join(r.root, '.husky/pre-commit'), 'utf8');
      expect(hook).toContain('orch-backup hook run');
      for (const machine of [ROOT, r.root, path.dirname(r.root), process.execPath]) expect(hook).not.toContain(machine);
      expect(await readdir(r.root)).not.toContain('package.json');

      await r.git('add', '-A');
      const first = await r.git('commit', '-qm', 'first');
      expect(first.code, first.stderr).toBe(0);
      expect(first.stderr).toContain('first commit: nothing to back up yet');
      await writeFile(path.join(r.config, 'settings.json'), '{ "version": "1.1" }\n');
      await r.git('add', '-A');
      const second = await r.git('commit', '-qm', 'settings');
      expect(second.code, second.stderr).toBe(0);
      expect(await r.backups()).toHaveLength(1);
      expect((await r.git('status', '--porcelain')).stdout).toBe('');

      // A machine without the tool: the commit is blocked with what to do, not waved through.
      await breakTeams(r);
      await r.git('add', '-A');
      const noTool = await runProcess('git', ['commit', '-qm', 'no tool'], {
        cwd: r.root,
        env: { PATH: '/usr/bin:/bin', ...GIT_IDENTITY },
      });
      expect(noTool.code).not.toBe(0);
      expect(noTool.stderr).toContain(
        'orch-backup: not on PATH; install it (npm install -g orchestration-backup) or bypass with git commit --no-verify',
      );
      await r.git('checkout', '-q', 'HEAD', '--', '.claude/orchestration/teams.json');

      expect((await r.cli(['hook', 'uninstall'])).code).toBe(0);
      const after = await snapshot(r);
      expect(Object.keys(after).filter((f) => !f.startsWith('.claude/orchestration/.backups/'))).toEqual(
        Object.keys(before),
      );
      expect({
        ...after,
        '.claude/orchestration/settings.json': before['.claude/orchestration/settings.json'],
      }).toMatchObject(before);
    },
    TIMEOUT,
  );
});
