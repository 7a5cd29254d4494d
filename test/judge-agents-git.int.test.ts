// Which agent definition files each side of a judgement uses: a git revision (or the index, in
// the pre-commit hook) brings its own `.claude/agents`, read from git's objects; a backup, which
// holds only the config dir, is judged with the work tree's files, and --json says so.
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, FIXTURES, ROOT, runCli, runProcess, sandbox, type Sandbox } from './helpers/sandbox.js';

let box: Sandbox | undefined;
afterEach(async () => {
  await box?.cleanup();
  box = undefined;
});

const ENV = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' };

interface Finding {
  code: string;
  severity: string;
  message: string;
}
const about = (findings: Finding[], code: string): string[] =>
  findings
    .filter((f) => f.code === code)
    .map((f) => /Agent '([^']+)'/.exec(f.message)?.[1] ?? '?')
    .sort();

/**
 * The team fixture v1 committed with a definition file for every agent its teams name but
 * `missing` (so that one is missing before any change), in `.claude/agents` next to the config.
 */
async function committedProject(): Promise<{
  box: Sandbox;
  agents: string[];
  git: (...args: string[]) => ReturnType<typeof runProcess>;
}> {
  box = await sandbox(path.join(FIXTURES, 'v1'));
  const teams = JSON.parse(await readFile(path.join(box.configDir, 'teams.json'), 'utf8')).teams as Record<
    string,
    { orchestrator?: string; members?: { agent: string }[] }
  >;
  const agents = [
    ...new Set(
      Object.values(teams).flatMap((t) => [
        ...(t.orchestrator ? [t.orchestrator] : []),
        ...(t.members ?? []).map((m) => m.agent),
      ]),
    ),
  ].sort();
  const agentsDir = path.join(box.dir, '.claude/agents');
  await mkdir(agentsDir, { recursive: true });
  for (const name of agents.slice(1))
    await writeFile(
      path.join(agentsDir, `${name}.md`),
      `---\nname: ${name}\ndescription: Test agent ${name}\n---\nBody.\n`,
    );
  const dir = box.dir;
  const git = (...args: string[]) => runProcess('git', args, { cwd: dir, env: ENV });
  await git('init', '-q', '-b', 'main');
  await git('add', '-A');
  expect((await git('commit', '-qm', 'v1 with agents')).code).toBe(0);
  return { box, agents, git };
}

describe('agent definition files on each side of a judgement', () => {
  it("validate --since HEAD reads HEAD's agent files from git: a deleted file a team names is new, one already missing is existing", async () => {
    const { box, agents, git } = await committedProject();
    const [alreadyMissing, deleted] = agents as [string, string];
    await rm(path.join(box.dir, '.claude/agents', `${deleted}.md`));
    const result = await runCli(['--json', 'validate', '--since', 'HEAD'], { cwd: box.dir });
    const json = JSON.parse(result.stdout);
    expect(about(json.new, 'missing-agent-file')).toEqual([deleted]);
    expect(about(json.existing, 'missing-agent-file')).toEqual([alreadyMissing]);
    expect(json.agentsFrom).toEqual({ before: 'git HEAD', after: 'work tree' });
    // A missing file is a warning: the verdict passes unless --strict.
    expect(result.code).toBe(0);
    expect((await runCli(['validate', '--since', 'HEAD', '--strict'], { cwd: box.dir })).code).toBe(1);
    // Nothing was checked out or staged to read HEAD.
    expect((await git('status', '--porcelain')).stdout).toBe(` D .claude/agents/${deleted}.md\n`);
  });

  it("against a backup the work tree's files stand for both sides, and --json says so", async () => {
    const { box, agents } = await committedProject();
    const created = await runCli(['--json', 'create', '-m', 'before'], { cwd: box.dir });
    const backup = JSON.parse(created.stdout).name as string;
    await rm(path.join(box.dir, '.claude/agents', `${agents[1]}.md`));
    const json = JSON.parse((await runCli(['--json', 'validate', '--since', backup], { cwd: box.dir })).stdout);
    expect(json.agentsFrom).toEqual({ before: 'work tree', after: 'work tree' });
    expect(about(json.new, 'missing-agent-file')).toEqual([]);
    expect(about(json.existing, 'missing-agent-file')).toEqual([agents[0], agents[1]].sort());
  });

  it("the pre-commit hook judges the index's agent files against HEAD's: a staged deletion is a new finding", async () => {
    const { box, agents, git } = await committedProject();
    await mkdir(path.join(box.dir, 'node_modules'));
    await symlink(ROOT, path.join(box.dir, 'node_modules/orchestration-backup'));
    await writeFile(path.join(box.dir, '.gitignore'), 'node_modules/\n');
    await writeFile(path.join(box.dir, 'package.json'), '{\n  "name": "demo"\n}\n');
    const install = await runProcess(process.execPath, [BIN, 'hook', 'install'], { cwd: box.dir, env: ENV });
    expect(install.code, install.stderr).toBe(0);
    await git('add', '-A');
    expect((await git('commit', '-qm', 'hook')).code).toBe(0);

    const [alreadyMissing, deleted, unstaged] = agents as [string, string, string];
    await git('rm', '-q', `.claude/agents/${deleted}.md`);
    // Deleted in the work tree but still in the index: the commit keeps it, so it is no finding.
    await rm(path.join(box.dir, '.claude/agents', `${unstaged}.md`));
    const teams = path.join(box.configDir, 'teams.json');
    await writeFile(
      teams,
      (await readFile(teams, 'utf8')).replace('"last_modified": "2026-03-02"', '"last_modified": "2026-03-03"'),
    );
    await git('add', teams);
    const commit = await git('commit', '-qm', 'drop an agent file');
    expect(commit.code, commit.stderr).toBe(0);
    expect(commit.stderr).toContain('1 new warning in the staged configs');
    expect(commit.stderr).toContain(`Agent '${deleted}'`);
    expect(commit.stderr).not.toContain(`Agent '${unstaged}'`);
    expect(commit.stderr).not.toMatch(new RegExp(`❌|⚠️ .*Agent '${alreadyMissing}'`));
  });
});
