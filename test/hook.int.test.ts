import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURES, ROOT, runProcess, tempDirsPerTest, type RunResult } from './helpers/sandbox.js';
import { V2_LEFTOVERS, consistentV2 } from './helpers/team-fixture.js';
import { storedManifest } from './helpers/store.js';
import { copyV1Config, GIT_IDENTITY, linkThisPackage } from './helpers/git-repo.js';

/** The line install adds for the default directories: the script behind its fast path. */
const HOOK_LINE =
  'git diff --cached --quiet -- "${ORCH_BACKUP_CONFIG_DIR:-.claude/orchestration}" ${ORCH_BACKUP_DIR:+"$ORCH_BACKUP_DIR"} || sh node_modules/orchestration-backup/hooks/pre-commit --staged # orch-backup';

const tempDir = tempDirsPerTest();

interface Repo {
  root: string;
  config: string;
  git: (...args: string[]) => Promise<RunResult>;
  cli: (...args: string[]) => Promise<RunResult>;
  backups: () => Promise<string[]>;
}

/** A real repository with the package installed as npm links a local path: node_modules/orchestration-backup → this checkout. */
async function repo(configRel = '.claude/orchestration', extraEnv: Record<string, string> = {}): Promise<Repo> {
  const root = await tempDir('orch-hook-');
  const env = { ...GIT_IDENTITY, ...extraEnv };
  const git = (...args: string[]) => runProcess('git', args, { cwd: root, env });
  await git('init', '-q', '-b', 'main');
  await linkThisPackage(root);
  const config = path.join(root, configRel);
  await copyV1Config(config);
  const cli = (...args: string[]) =>
    runProcess(process.execPath, [BIN, '--config-dir', configRel, ...args], { cwd: root, env });
  const backups = async () =>
    (await readdir(path.join(config, '.backups')).catch(() => [] as string[]))
      .filter((n) => n.startsWith('backup-'))
      .sort();
  return { root, config, git, cli, backups };
}

async function manifestOf(
  r: Repo,
  name: string,
): Promise<{ trigger: string; tags: string[]; description: string; files: { path: string; sha256: string }[] }> {
  return JSON.parse(await readFile(path.join(r.config, '.backups', name, 'manifest.json'), 'utf8'));
}

function blobHash(root: string, spec: string): string {
  return execFileSync('sh', ['-c', `git show "${spec}" | sha256sum`], { cwd: root })
    .toString()
    .split(' ')[0] as string;
}

describe('hook install / uninstall', () => {
  it('sets up husky, adds one line, leaves .gitignore alone; twice adds nothing; uninstall removes exactly that', async () => {
    const r = await repo();
    const before = {
      pkg: await readFile(path.join(r.root, 'package.json'), 'utf8'),
      ignore: await readFile(path.join(r.root, '.gitignore'), 'utf8'),
    };
    const first = await r.cli('hook', 'install');
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('created .husky/pre-commit');
    const hook = await readFile(path.join(r.root, '.husky/pre-commit'), 'utf8');
    expect(hook).toContain(`${HOOK_LINE}\n`);
    expect((await r.git('config', 'core.hooksPath')).stdout.trim()).toBe('.husky/_');
    expect(JSON.parse(await readFile(path.join(r.root, 'package.json'), 'utf8')).scripts.prepare).toBe('husky || true');
    // The store ignores itself (its own .gitignore): the repository's needs no line.
    expect(await readFile(path.join(r.root, '.gitignore'), 'utf8')).toBe(before.ignore);
    expect((await r.cli('create', 'x')).code).toBe(0);
    expect((await r.git('check-ignore', '-q', '.claude/orchestration/.backups/x/manifest.json')).code).toBe(0);

    const second = await r.cli('hook', 'install');
    expect(second.stdout).toContain('already installed');
    expect(await readFile(path.join(r.root, '.husky/pre-commit'), 'utf8')).toBe(hook);

    expect((await r.cli('hook', 'uninstall')).code).toBe(0);
    expect(await readFile(path.join(r.root, 'package.json'), 'utf8')).toBe(before.pkg);
    expect(await readFile(path.join(r.root, '.gitignore'), 'utf8')).toBe(before.ignore);
    expect((await r.git('config', 'core.hooksPath')).code).not.toBe(0);
    expect(await readdir(r.root)).not.toContain('.husky');
  });

  it('a user with husky hooks keeps them', async () => {
    const r = await repo();
    await runProcess(process.execPath, [path.join(ROOT, 'node_modules/husky/bin.js'), 'init'], { cwd: r.root });
    await writeFile(path.join(r.root, '.husky/pre-commit'), 'echo user-hook-ran\n');
    const pkg = await readFile(path.join(r.root, 'package.json'), 'utf8');
    await r.cli('hook', 'install');
    expect(await readFile(path.join(r.root, '.husky/pre-commit'), 'utf8')).toBe(`echo user-hook-ran\n${HOOK_LINE}\n`);
    expect(await readFile(path.join(r.root, 'package.json'), 'utf8')).toBe(pkg);
    await r.cli('hook', 'uninstall');
    expect(await readFile(path.join(r.root, '.husky/pre-commit'), 'utf8')).toBe('echo user-hook-ran\n');
    expect((await r.git('config', 'core.hooksPath')).stdout.trim()).toBe('.husky/_');
  });
});

describe('hook install: the line', () => {
  it("replaces an earlier version's line (the script alone) and uninstall still restores the file", async () => {
    const r = await repo();
    await runProcess(process.execPath, [path.join(ROOT, 'node_modules/husky/bin.js'), 'init'], { cwd: r.root });
    await writeFile(
      path.join(r.root, '.husky/pre-commit'),
      'echo before\nsh node_modules/orchestration-backup/hooks/pre-commit # orch-backup\necho after\n',
    );
    const install = await r.cli('hook', 'install');
    expect(install.stdout).toContain('updated the line in .husky/pre-commit');
    expect(await readFile(path.join(r.root, '.husky/pre-commit'), 'utf8')).toBe(
      `echo before\n${HOOK_LINE}\necho after\n`,
    );
    expect((await r.cli('hook', 'install')).stdout).toContain('already installed');
    await r.cli('hook', 'uninstall');
    expect(await readFile(path.join(r.root, '.husky/pre-commit'), 'utf8')).toBe('echo before\necho after\n');
  });

  it("updates the previous version's line, whose script checked for staged configs a second time", async () => {
    const r = await repo();
    await runProcess(process.execPath, [path.join(ROOT, 'node_modules/husky/bin.js'), 'init'], { cwd: r.root });
    const previous = HOOK_LINE.replace(' --staged', '');
    await writeFile(path.join(r.root, '.husky/pre-commit'), `${previous}\n`);
    const install = await r.cli('hook', 'install');
    expect(install.stdout).toContain('no longer repeats its check');
    expect(await readFile(path.join(r.root, '.husky/pre-commit'), 'utf8')).toBe(`${HOOK_LINE}\n`);
    // Behind the previous line the script checks again: a commit staging no config starts no Node
    // (there is none on this PATH), one staging config does.
    const gitOnly = await tempDir('orch-git-only-');
    await symlink(execFileSync('sh', ['-c', 'command -v git']).toString().trim(), path.join(gitOnly, 'git'));
    const script = (...args: string[]) =>
      runProcess('/bin/sh', ['node_modules/orchestration-backup/hooks/pre-commit', ...args], {
        cwd: r.root,
        env: { ...GIT_IDENTITY, PATH: gitOnly },
      });
    await writeFile(path.join(r.root, 'README.md'), 'x\n');
    await r.git('add', 'README.md');
    expect((await script()).code).toBe(0);
    expect((await script('--staged')).stderr).toMatch(/node: .*not found/);
  });

  it('names directories given at install in the fast path as in the script arguments', async () => {
    const r = await repo('deep/dir with space/orch');
    await r.cli('--backup-dir', 'bk', 'hook', 'install');
    const hook = await readFile(path.join(r.root, '.husky/pre-commit'), 'utf8');
    expect(hook).toContain(
      "git diff --cached --quiet -- 'deep/dir with space/orch' bk || sh node_modules/orchestration-backup/hooks/pre-commit --config-dir 'deep/dir with space/orch' --backup-dir bk --staged # orch-backup\n",
    );
  });
});

describe('pre-commit', () => {
  async function installed(configRel?: string): Promise<Repo> {
    const r = await repo(configRel);
    expect((await r.cli('hook', 'install')).code).toBe(0);
    await r.git('add', '-A');
    const first = await r.git('commit', '-qm', 'first');
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain('first commit: nothing to back up yet');
    return r;
  }

  it('backs up HEAD (not the working tree) before a config change is committed, described from the change', async () => {
    const r = await installed();
    await consistentV2(r.config);
    await r.git('add', '-A');
    const commit = await r.git('commit', '-qm', 'rename agents');
    expect(commit.code, commit.stderr).toBe(0);
    const [name] = await r.backups();
    expect(commit.stderr).toContain(`📦 safety backup ${name}`);
    const manifest = await manifestOf(r, name as string);
    expect(manifest.trigger).toBe('pre-commit');
    expect(manifest.tags).toContain('pre-commit');
    expect(manifest.description).toMatch(/^before commit: team-state\.json: added; teams\.json: .*7 agents renamed/);
    for (const f of manifest.files)
      expect(f.sha256, f.path).toBe(blobHash(r.root, `HEAD~1:.claude/orchestration/${f.path}`));
    expect(manifest.files.map((f) => f.path)).not.toContain('team-state.json');
  });

  it('a commit without config changes never starts Node (shell fast path)', async () => {
    const r = await installed();
    const shim = path.join(r.root, 'shim');
    await mkdir(shim);
    await writeFile(
      path.join(shim, 'node'),
      `#!/bin/sh\necho ran >> "${path.join(r.root, 'node-ran')}"\nexec "${process.execPath}" "$@"\n`,
      { mode: 0o755 },
    );
    await writeFile(path.join(r.root, 'README.md'), 'hello\n');
    await r.git('add', 'README.md');
    const env = { PATH: `${shim}:${process.env.PATH}`, ...GIT_IDENTITY };
    const plain = await runProcess('git', ['commit', '-qm', 'docs'], { cwd: r.root, env });
    expect(plain.code, plain.stderr).toBe(0);
    expect(await readdir(r.root)).not.toContain('node-ran');
    await writeFile(path.join(r.config, 'settings.json'), '{"version":"1.0","changed":true}\n');
    await r.git('add', '-A');
    await runProcess('git', ['commit', '-qm', 'config'], { cwd: r.root, env });
    expect(await readdir(r.root)).toContain('node-ran');
  });

  it('starts Node without the extra CA certificates NODE_EXTRA_CA_CERTS names: it opens no TLS connection', async () => {
    const r = await installed();
    await writeFile(path.join(r.config, 'settings.json'), '{"version":"1.0","changed":true}\n');
    await r.git('add', '-A');
    // Node warns at start-up when the file is missing, and parses it (at every start) when it is not.
    const env = { ...GIT_IDENTITY, NODE_EXTRA_CA_CERTS: path.join(r.root, 'missing-ca.pem') };
    const commit = await runProcess('git', ['commit', '-qm', 'config'], { cwd: r.root, env });
    expect(commit.code, commit.stderr).toBe(0);
    expect(commit.stderr).toContain('📦 safety backup');
    expect(commit.stderr).not.toContain('extra certs');
  });

  it('reads the tool settings file (checked by the compiled schema, inside the bundle)', async () => {
    const r = await installed();
    await writeFile(path.join(r.config, '.orch-backup.json'), JSON.stringify({ compressAbove: 0 }));
    await writeFile(path.join(r.config, 'settings.json'), '{"version":"1.0","z":3}\n');
    await r.git('add', '-A');
    const commit = await r.git('commit', '-qm', 'with settings');
    expect(commit.code, commit.stderr).toBe(0);
    const [name] = await r.backups();
    expect(commit.stderr).toContain(`📦 safety backup ${name}`);
    // compressAbove: 0 makes even this small config a packed backup: the settings were applied, not just parsed.
    const manifest = await storedManifest(path.join(r.config, '.backups'), name as string);
    expect(manifest.formatVersion).toBe(2);
    expect(manifest.compression).toBe('gzip');
  });

  it('the fast path watches the config dir ORCH_BACKUP_CONFIG_DIR names at commit time, as the script does', async () => {
    const r = await installed();
    const other = path.join(r.root, 'other/orch');
    await mkdir(path.dirname(other), { recursive: true });
    await cp(path.join(FIXTURES, 'v1'), other, { recursive: true });
    await r.git('add', '-A');
    const env = { ORCH_BACKUP_CONFIG_DIR: 'other/orch', ...GIT_IDENTITY };
    const commit = await runProcess('git', ['commit', '-qm', 'add other'], { cwd: r.root, env });
    expect(commit.code, commit.stderr).toBe(0);
    // Node ran for other/orch (only .claude/orchestration would have let the commit through silently).
    expect(commit.stderr).toContain('HEAD has no config files: nothing to back up');
  });

  it('blocks invalid staged configs with file:line:column and the bypass, and makes no backup', async () => {
    const r = await installed();
    await writeFile(path.join(r.config, 'teams.json'), '{\n  "version": "1.0",\n  "teams": {\n}\n');
    await r.git('add', '-A');
    const head = (await r.git('rev-parse', 'HEAD')).stdout;
    const commit = await r.git('commit', '-qm', 'broken');
    expect(commit.code).not.toBe(0);
    expect(commit.stderr).toMatch(
      /commit blocked: this change introduces 1 error:\n {2}❌ teams\.json:5:1 {2}invalid JSON/,
    );
    expect(commit.stderr).toContain('git commit --no-verify');
    expect((await r.git('rev-parse', 'HEAD')).stdout).toBe(head);
    expect(await r.backups()).toEqual([]);
  });

  it('refuses a commit that breaks agent references, with the fix command; after the fix the commit goes through', async () => {
    const r = await installed();
    await cp(path.join(FIXTURES, 'v2'), r.config, { recursive: true });
    await r.git('add', '-A');
    const head = (await r.git('rev-parse', 'HEAD')).stdout;
    const refused = await r.git('commit', '-qm', 'rename agents, forget workflows');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('commit blocked: this change breaks 5 agent references (15 places):');
    for (const [from, to] of V2_LEFTOVERS) expect(refused.stderr).toContain(`Agent '${from}' was renamed to '${to}'`);
    expect(refused.stderr).toMatch(/❌ workflows\.json:11:47 {2}Agent 'lead-dev' was renamed/);
    // What HEAD already had (security-auditor, search-dev, … defined nowhere) is not what blocks.
    expect(refused.stderr).not.toMatch(/❌ .*Agent 'security-auditor'/);
    expect(refused.stderr).toContain('problems already in HEAD (not blocking');
    expect(refused.stderr).toContain(
      'Fix them all: orch-backup validate --since HEAD --fix && git add .claude/orchestration',
    );
    expect((await r.git('rev-parse', 'HEAD')).stdout).toBe(head);
    expect(await r.backups()).toEqual([]);

    const fix = await r.cli('--yes', 'validate', '--since', 'HEAD', '--fix');
    expect(fix.code, fix.stdout + fix.stderr).toBe(0);
    await r.git('add', '.claude/orchestration');
    const commit = await r.git('commit', '-qm', 'rename agents everywhere');
    expect(commit.code, commit.stderr).toBe(0);
  });

  it('lets a commit through that leaves problems HEAD already had, and says they were there', async () => {
    const r = await installed();
    const teams = path.join(r.config, 'teams.json');
    await writeFile(teams, (await readFile(teams, 'utf8')).replace('"1.0"', '"1.1"'));
    await r.git('add', '-A');
    const commit = await r.git('commit', '-qm', 'bump');
    expect(commit.code, commit.stderr).toBe(0);
    expect(commit.stderr).toContain('problems already in HEAD (not blocking');
  });

  it('validates what is staged, not the working tree (git add -p is honoured)', async () => {
    const r = await installed();
    const teams = path.join(r.config, 'teams.json');
    const good = (await readFile(teams, 'utf8')).replace('"1.0"', '"1.1"');
    await writeFile(teams, good);
    await r.git('add', '-A');
    await writeFile(teams, '{ this is unsaved work in progress');
    const commit = await r.git('commit', '-qm', 'staged part only');
    expect(commit.code, commit.stderr).toBe(0);
    expect((await r.git('show', 'HEAD:.claude/orchestration/teams.json')).stdout).toBe(good);
    expect(await readFile(teams, 'utf8')).toBe('{ this is unsaved work in progress');
  });

  it('refuses a commit that stages backup files', async () => {
    const r = await installed();
    await writeFile(path.join(r.config, 'settings.json'), '{"version":"1.0","x":1}\n');
    await r.git('add', '-A');
    await r.git('commit', '-qm', 'make a backup');
    await r.git('add', '-f', '.claude/orchestration/.backups');
    const commit = await r.git('commit', '-qm', 'oops');
    expect(commit.code).not.toBe(0);
    expect(commit.stderr).toMatch(
      /commit blocked: backup files are staged \(\.claude\/orchestration\/\.backups\/.*\); unstage them with: git restore --staged -- \.claude\/orchestration\/\.backups/,
    );
  });

  it('tags version upgrades, removals and bulk changes as major', async () => {
    const r = await installed();
    const settings = JSON.parse(await readFile(path.join(r.config, 'settings.json'), 'utf8'));
    await writeFile(path.join(r.config, 'settings.json'), JSON.stringify({ ...settings, version: '2.0' }, null, 2));
    await r.git('add', '-A');
    await r.git('commit', '-qm', 'v2');
    const [name] = await r.backups();
    const manifest = await manifestOf(r, name as string);
    expect(manifest.tags).toEqual(['pre-commit', 'major']);
    expect(manifest.description).toContain('version 1.0 → 2.0');
    expect(manifest.description).toContain('(major: version upgrade)');
  });

  it('replaying a commit over a state already backed up makes no new backup (no storm)', async () => {
    const r = await installed();
    await consistentV2(r.config);
    await r.git('add', '-A');
    await r.git('commit', '-qm', 'v2');
    expect(await r.backups()).toHaveLength(1);
    await r.git('reset', '-q', '--hard', 'HEAD~1');
    await consistentV2(r.config);
    await r.git('add', '-A');
    const again = await r.git('commit', '-qm', 'v2 again');
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/HEAD's configs are already backed up as backup-/);
    expect(await r.backups()).toHaveLength(1);
  });

  it('works for a conflicted merge resolved by hand, and blocks unresolved conflict markers', async () => {
    const r = await installed();
    const settingsFile = path.join(r.config, 'settings.json');
    const base = await readFile(settingsFile, 'utf8');
    await r.git('checkout', '-q', '-b', 'feature');
    await writeFile(settingsFile, base.replace('"version": "1.0"', '"version": "1.1"'));
    await r.git('commit', '-qam', 'feature');
    await r.git('checkout', '-q', 'main');
    await writeFile(settingsFile, base.replace('"version": "1.0"', '"version": "1.2"'));
    await r.git('commit', '-qam', 'main');
    expect((await r.git('merge', 'feature')).code).not.toBe(0);
    await r.git('add', '-A');
    const withMarkers = await r.git('commit', '--no-edit');
    expect(withMarkers.code).not.toBe(0);
    expect(withMarkers.stderr).toMatch(/settings\.json:\d+:\d+ {2}invalid JSON/);
    await writeFile(settingsFile, base.replace('"version": "1.0"', '"version": "1.3"'));
    await r.git('add', '-A');
    const resolved = await r.git('commit', '--no-edit');
    expect(resolved.code, resolved.stderr).toBe(0);
    expect((await r.git('log', '-1', '--format=%P')).stdout.trim().split(' ')).toHaveLength(2);
  });

  it('works in a git worktree, with a config dir at depth with spaces, committed from a subdirectory', async () => {
    const r = await repo('deep/dir with space/orch');
    expect((await r.cli('hook', 'install')).code).toBe(0);
    expect(await readFile(path.join(r.root, '.husky/pre-commit'), 'utf8')).toContain(
      "--config-dir 'deep/dir with space/orch'",
    );
    await r.git('add', '-A');
    expect((await r.git('commit', '-qm', 'first')).code).toBe(0);
    const wt = path.join(await tempDir('orch-hook-wt-'), 'side');
    await r.git('worktree', 'add', '-q', wt, '-b', 'side');
    // What `npm install` does in a new worktree: install the package, and husky through `prepare`.
    await mkdir(path.join(wt, 'node_modules'));
    await symlink(ROOT, path.join(wt, 'node_modules/orchestration-backup'));
    await runProcess(process.execPath, [path.join(ROOT, 'node_modules/husky/bin.js')], { cwd: wt });
    const wtConfig = path.join(wt, 'deep/dir with space/orch');
    await writeFile(path.join(wtConfig, 'settings.json'), '{"version":"1.0","side":true}\n');
    const env = GIT_IDENTITY;
    await runProcess('git', ['add', '-A'], { cwd: wt, env });
    const commit = await runProcess('git', ['commit', '-qm', 'from a subdirectory'], {
      cwd: path.join(wt, 'deep'),
      env,
    });
    expect(commit.code, commit.stderr).toBe(0);
    expect(commit.stderr).toContain('📦 safety backup');
    expect((await readdir(path.join(wtConfig, '.backups'))).filter((n) => n.startsWith('backup-'))).toHaveLength(1);
  });

  it('fails closed when the backup cannot be written: one line, the bypass, no half backup', async () => {
    const r = await installed();
    await writeFile(path.join(r.config, 'settings.json'), '{"version":"1.0","y":2}\n');
    await r.git('add', '-A');
    await rm(path.join(r.config, '.backups'), { recursive: true, force: true });
    await writeFile(path.join(r.config, '.backups'), 'not a directory');
    const commit = await r.git('commit', '-qm', 'cannot back up');
    expect(commit.code).not.toBe(0);
    // husky adds its own "husky - pre-commit script failed" line after ours.
    expect(
      commit.stderr
        .trim()
        .split('\n')
        .filter((l) => !l.startsWith('husky - ')),
    ).toHaveLength(1);
    expect(commit.stderr).toMatch(
      /commit blocked: the pre-commit safety backup failed: backup directory .* is a file, not a directory.*git commit --no-verify/,
    );
  });
});
