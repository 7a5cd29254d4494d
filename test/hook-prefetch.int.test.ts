import { execFileSync } from 'node:child_process';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runProcess, tempDirsPerTest, type RunResult } from './helpers/sandbox.js';
import { copyV1Config, GIT_IDENTITY, linkThisPackage } from './helpers/git-repo.js';

// hooks/pre-commit asks git what is staged while Node starts and pipes the answers to the Node
// half, which reads unchanged files from the work tree when they hash to the staged blob. These
// tests run the script with a `git` on PATH that records every call, to see who asked git what.

const tempDir = tempDirsPerTest();
const REAL_GIT = execFileSync('sh', ['-c', 'command -v git']).toString().trim();
const CONFIG = '.claude/orchestration';

interface Project {
  root: string;
  git: (...args: string[]) => Promise<RunResult>;
  /** Runs the hook script as husky's line does once configs are staged; `calls` are the git commands it made. */
  hook: () => Promise<RunResult & { calls: string[] }>;
}

async function project(init: string[] = [], options: { agentsDir?: string; commit?: boolean } = {}): Promise<Project> {
  const root = await tempDir('orch-prefetch-');
  const git = (...args: string[]) => runProcess(REAL_GIT, args, { cwd: root, env: GIT_IDENTITY });
  await git('init', '-q', '-b', 'main', ...init);
  await linkThisPackage(root);
  const config = path.join(root, CONFIG);
  await copyV1Config(config);
  const agentsRel = options.agentsDir ?? '../agents';
  if (options.agentsDir)
    await writeFile(path.join(config, '.orch-backup.json'), JSON.stringify({ agentsDir: agentsRel }));
  const teams = JSON.parse(await readFile(path.join(config, 'teams.json'), 'utf8'));
  const agents = new Set<string>();
  for (const team of Object.values(teams.teams) as { orchestrator?: string; members?: { agent: string }[] }[]) {
    if (team.orchestrator) agents.add(team.orchestrator);
    for (const m of team.members ?? []) agents.add(m.agent);
  }
  await mkdir(path.resolve(config, agentsRel), { recursive: true });
  for (const a of agents)
    await writeFile(path.resolve(config, agentsRel, `${a}.md`), `---\nname: ${a}\ndescription: the ${a}\n---\nBody.\n`);
  await git('add', '-A');
  if (options.commit !== false) expect((await git('commit', '-qm', 'v1')).code).toBe(0);

  const bin = await tempDir('orch-prefetch-bin-');
  const log = path.join(bin, 'calls.log');
  await writeFile(path.join(bin, 'git'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${REAL_GIT}' "$@"\n`);
  await chmod(path.join(bin, 'git'), 0o755);
  const hook = async () => {
    await writeFile(log, '');
    const run = await runProcess('sh', ['node_modules/orchestration-backup/hooks/pre-commit'], {
      cwd: root,
      env: { ...GIT_IDENTITY, PATH: `${bin}${path.delimiter}${process.env.PATH}` },
    });
    return { ...run, calls: (await readFile(log, 'utf8')).split('\n').filter(Boolean) };
  };
  return { root, git, hook };
}

const count = (calls: string[], command: string): number => calls.filter((c) => c.startsWith(`${command} `)).length;

async function editTeams(root: string, from: string, to: string): Promise<void> {
  const file = path.join(root, CONFIG, 'teams.json');
  const text = await readFile(file, 'utf8');
  expect(text).toContain(from);
  await writeFile(file, text.replace(from, to));
}

describe('pre-commit hook: git asked while Node starts', () => {
  it('the Node half asks git nothing the script did not already ask', async () => {
    const p = await project();
    await editTeams(p.root, '"last_modified": "2026-03-02"', '"last_modified": "2026-03-03"');
    await p.git('add', CONFIG);
    const run = await p.hook();
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('safety backup');
    // The index's listing, what HEAD had where it differs, one object read: all from the script.
    expect(['ls-files', 'diff-index', 'ls-tree', 'cat-file'].map((command) => count(run.calls, command))).toEqual([
      1, 1, 0, 1,
    ]);
  });

  it("HEAD's listing follows from the index and diff-index: deleted, added and oddly named files land on the right side", async () => {
    const p = await project();
    // Names git quotes in diff-index's output: a space and quotes, a tab, a character beyond ASCII.
    const odd = ['extra "one".json', 'tab\there.json', 'ümlaut.json'];
    for (const name of odd) await writeFile(path.join(p.root, CONFIG, name), `{"name": ${JSON.stringify(name)}}\n`);
    await p.git('add', CONFIG);
    expect((await p.git('commit', '-qm', 'odd names')).code).toBe(0);
    for (const name of odd) await p.git('rm', '-q', path.join(CONFIG, name));
    await writeFile(path.join(p.root, CONFIG, 'new "file".json'), '{"name": "new"}\n');
    await editTeams(p.root, '"last_modified": "2026-03-02"', '"last_modified": "2026-03-03"');
    await p.git('add', CONFIG);
    const run = await p.hook();
    expect(run.code, run.stderr).toBe(0);
    expect(count(run.calls, 'ls-tree')).toBe(0);
    // The safety backup holds HEAD: the three files the commit deletes, not the one it adds.
    const list = await runProcess(
      process.execPath,
      [path.join(p.root, 'node_modules/orchestration-backup/bin/orch-backup.js'), '-c', CONFIG, '--json', 'list'],
      { cwd: p.root },
    );
    const name = (JSON.parse(list.stdout) as { backups: { name: string }[] }).backups[0]?.name as string;
    const show = await runProcess(
      process.execPath,
      [path.join(p.root, 'node_modules/orchestration-backup/bin/orch-backup.js'), '-c', CONFIG, '--json', 'show', name],
      { cwd: p.root },
    );
    const files = (JSON.parse(show.stdout) as { manifest: { files: { path: string }[] } }).manifest.files.map(
      (f) => f.path,
    );
    for (const f of odd) expect(files).toContain(f);
    expect(files).not.toContain('new "file".json');
    expect(files).toContain('teams.json');
  });

  it('a file edited but not staged is judged as staged: its work-tree copy does not hash to the blob, so git reads it', async () => {
    const p = await project();
    await editTeams(p.root, '"last_modified": "2026-03-02"', '"last_modified": "2026-03-03"');
    await p.git('add', CONFIG);
    // Unchanged between HEAD and the index, broken only in the work tree.
    const workflows = path.join(p.root, CONFIG, 'workflows.json');
    await writeFile(workflows, (await readFile(workflows, 'utf8')).replace(/"lead-dev"/g, '"ghost-agent"'));
    const run = await p.hook();
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('ghost-agent');
    expect(count(run.calls, 'cat-file')).toBe(2);

    // The same edit staged is judged.
    await p.git('add', CONFIG);
    const staged = await p.hook();
    expect(staged.code).toBe(1);
    expect(staged.stderr).toContain("'ghost-agent'");
  });

  it('an agents dir the script did not list (set in the settings) is listed by the Node half, and judged', async () => {
    const p = await project([], { agentsDir: '../team-agents' });
    await p.git('rm', '-q', '.claude/team-agents/tester.md');
    await editTeams(p.root, '"last_modified": "2026-03-02"', '"last_modified": "2026-03-03"');
    await p.git('add', CONFIG);
    const run = await p.hook();
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("Agent 'tester'");
    expect(count(run.calls, 'ls-files')).toBe(2);
  });

  it('works in a SHA-256 repository: unchanged files still come from the work tree', async () => {
    const probe = await runProcess(REAL_GIT, ['init', '-q', '--object-format=sha256', await tempDir('orch-sha256-')]);
    if (probe.code !== 0) {
      console.warn(`skipped: this git cannot make SHA-256 repositories (${probe.stderr.trim()})`);
      return;
    }
    const p = await project(['--object-format=sha256']);
    const workflows = path.join(p.root, CONFIG, 'workflows.json');
    await writeFile(workflows, (await readFile(workflows, 'utf8')).replace(/"lead-dev"/g, '"ghost-agent"'));
    await p.git('add', CONFIG);
    const run = await p.hook();
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("'ghost-agent'");
    expect(count(run.calls, 'cat-file')).toBe(1);
  });

  it('a first commit (no HEAD) is judged from the script listing alone', async () => {
    const p = await project([], { commit: false });
    const run = await p.hook();
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('first commit');
    expect(count(run.calls, 'ls-files')).toBe(1);
  });

  it('a config dir moved away from its agents is read by the Node half, same verdict', async () => {
    const p = await project();
    await rename(path.join(p.root, CONFIG), path.join(p.root, 'orchestration'));
    await p.git('add', '-A');
    await p.git('commit', '-qm', 'move');
    const file = path.join(p.root, 'orchestration', 'teams.json');
    await writeFile(file, (await readFile(file, 'utf8')).replace('"lead-dev"', '"ghost-agent"'));
    await p.git('add', 'orchestration');
    const run = await runProcess(
      'sh',
      ['node_modules/orchestration-backup/hooks/pre-commit', '--config-dir', 'orchestration'],
      {
        cwd: p.root,
        env: GIT_IDENTITY,
      },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("'ghost-agent'");
  });
});
