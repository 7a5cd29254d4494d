import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, runCli, runProcess, sandbox, type Sandbox } from './helpers/sandbox.js';
import { treeState } from './helpers/tree.js';

/** A config dir shaped like public ones: JSON, Markdown, YAML, a `state/` folder and a lock file. */
const MIXED = path.join(ROOT, 'test/fixtures/mixed');
const CONFIG = [
  'CLAUDE.md',
  'README.md',
  'pipelines.yaml',
  'prompts/review.md',
  'settings.json',
  'team-state.json',
  'teams.json',
  'workflows.json',
];
const STATE = ['orchestration.lock', 'state/handoff.md', 'state/session.json'];

let box: Sandbox | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await box?.cleanup();
  box = undefined;
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** path → sha256 of every file under `dir`, the store left out. */
const state = (dir: string): Promise<Record<string, string>> => treeState(dir);

async function reindent(file: string): Promise<void> {
  await writeFile(file, `${JSON.stringify(JSON.parse(await readFile(file, 'utf8')), null, 4)}\n`);
}

describe('config dirs with any kind of file', () => {
  it('create backs up JSON, Markdown and YAML byte for byte, leaves runtime state out and says so (counts in text, every file in --json)', async () => {
    box = await sandbox(MIXED);
    const text = await runCli(['-c', box.configDir, 'create', 'first']);
    expect(text.code, text.stderr).toBe(0);
    for (const file of CONFIG) expect(text.stdout).toContain(`✅ ${file} (`);
    expect(text.stdout).toContain(
      'Left Out (not backed up):\n  3 runtime state (setting runtimeState): orchestration.lock, state/handoff.md, state/session.json\n',
    );
    expect(text.stdout).toContain('📋 Validation: All configurations valid');

    const json = JSON.parse((await runCli(['-c', box.configDir, '--json', 'create', 'second'])).stdout);
    expect(json.files.map((f: { path: string }) => f.path)).toEqual(CONFIG);
    expect(json.skipped).toEqual(
      STATE.map((p) => ({ path: p, reason: 'runtime state (setting runtimeState)', category: 'runtime-state' })),
    );
    const cat = await runCli(['-c', box.configDir, 'cat', 'first', 'CLAUDE.md']);
    expect(cat.stdout).toBe(await readFile(path.join(MIXED, 'CLAUDE.md'), 'utf8'));
    expect((await runCli(['-c', box.configDir, 'verify'])).code).toBe(0);
  });

  it('validate reports a YAML syntax error at file:line:column and leaves Markdown alone; list, diff and restore carry on', async () => {
    box = await sandbox(MIXED);
    await runCli(['-c', box.configDir, 'create', 'good']);
    await writeFile(
      path.join(box.configDir, 'pipelines.yaml'),
      'pipelines:\n  nightly:\n    steps: [build\n  weekly: {}\n',
    );
    await writeFile(path.join(box.configDir, 'CLAUDE.md'), '{ this is not JSON and need not be\n');
    const result = await runCli(['-c', box.configDir, 'validate']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/❌ Errors \(1\):\n {2}pipelines\.yaml:\d+:\d+ {2}invalid YAML: /);
    expect(result.stdout).not.toContain('CLAUDE.md');
    const json = JSON.parse((await runCli(['-c', box.configDir, '--json', 'validate'])).stdout);
    expect(json.diagnostics.filter((d: { severity: string }) => d.severity === 'error')).toEqual([
      expect.objectContaining({
        code: 'yaml-syntax',
        file: 'pipelines.yaml',
        line: expect.any(Number),
        column: expect.any(Number),
      }),
    ]);
    // Not a crash anywhere: the broken YAML is a finding, backed up like any file.
    expect((await runCli(['-c', box.configDir, 'list'])).code).toBe(0);
    expect((await runCli(['-c', box.configDir, 'diff', 'good'])).stdout).toContain('📝 pipelines.yaml: text changed');
    const created = await runCli(['-c', box.configDir, 'create', 'broken']);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain('📋 Validation: ❌ 1 error');
    const restored = await runCli(['-c', box.configDir, 'restore', 'good', '--yes']);
    expect(restored.code, restored.stderr).toBe(0);
    expect((await runCli(['-c', box.configDir, 'validate'])).code).toBe(0);
  });

  it('diff shows a unified diff of a Markdown edit, secrets masked', async () => {
    box = await sandbox(MIXED);
    await runCli(['-c', box.configDir, 'create', 'before']);
    const file = path.join(box.configDir, 'CLAUDE.md');
    await writeFile(
      file,
      `${(await readFile(file, 'utf8')).replace('one at a time', 'two at a time')}api_key: sk-live-1234567890\n`,
    );
    const result = await runCli(['-c', box.configDir, 'diff', 'before']);
    expect(result.stdout).toContain(
      [
        '  📝 CLAUDE.md: text changed (+2 -1 lines)',
        '     --- a/CLAUDE.md',
        '     +++ b/CLAUDE.md',
        '     @@ -1,7 +1,8 @@',
        '      # Orchestration',
        '      ',
        '     -The engineering team takes tasks one at a time.',
        '     +The engineering team takes tasks two at a time.',
      ].join('\n'),
    );
    expect(result.stdout).toContain('     +api_key: •••');
    expect(result.stdout).not.toContain('sk-live');
    const json = JSON.parse((await runCli(['-c', box.configDir, '--json', 'diff', 'before'])).stdout);
    const claude = json.files.find((f: { path: string }) => f.path === 'CLAUDE.md');
    expect(claude).toMatchObject({ status: 'modified', kind: 'other', changes: [], patch: null });
    expect(claude.unifiedDiff).toContain('+api_key: •••\n');
    expect(JSON.stringify(json)).not.toContain('sk-live');
    expect(json.files.find((f: { path: string }) => f.path === 'pipelines.yaml')).toMatchObject({
      status: 'unchanged',
      kind: 'yaml',
    });
  });

  it('a re-indented JSON file is "formatting only" in list, diff and restore --dry-run alike', async () => {
    box = await sandbox(MIXED);
    await runCli(['-c', box.configDir, 'create', 'before']);
    await reindent(path.join(box.configDir, 'teams.json'));
    const list = await runCli(['-c', box.configDir, 'list']);
    expect(list.stdout).toContain('vs current: 1 file differs: formatting only');
    const diff = await runCli(['-c', box.configDir, 'diff', 'before', '--exit-code']);
    expect(diff.code).toBe(1);
    expect(diff.stdout).toContain(
      'Formatting Only:\n  📝 teams.json: formatting only (same JSON content, different bytes)\n',
    );
    expect(diff.stdout).not.toContain('No differences');
    expect(diff.stdout).toContain('Summary: 8 files (1 formatting only, 7 unchanged); 1 file formatting only');
    const dry = await runCli(['-c', box.configDir, 'restore', 'before', '--dry-run']);
    expect(dry.stdout).toContain(
      "Changes to be applied:\n  teams.json:\n    - Formatting only: same JSON content, the file's bytes will be rewritten\n",
    );
    expect(dry.stdout).toContain('overwrite: teams.json (formatting only)');
    expect(dry.stdout).not.toContain('already matches');
    const json = JSON.parse((await runCli(['-c', box.configDir, '--json', 'restore', 'before', '--dry-run'])).stdout);
    expect(json).toMatchObject({ changed: ['teams.json'], formattingOnly: ['teams.json'] });
    const listed = JSON.parse((await runCli(['-c', box.configDir, '--json', 'list'])).stdout);
    expect(listed.backups[0]).toMatchObject({
      formattingOnly: ['teams.json'],
      differenceSummary: '1 file differs: formatting only',
    });
  });

  it('restore neither rewinds nor removes runtime state, and restores Markdown and YAML byte for byte', async () => {
    box = await sandbox(MIXED);
    const original = await state(box.configDir);
    await runCli(['-c', box.configDir, 'create', 'before']);
    await writeFile(path.join(box.configDir, 'state/session.json'), '{ "session": "s-2", "phase": "review" }\n');
    await writeFile(path.join(box.configDir, 'state/new-epic.json'), '{}\n');
    await writeFile(path.join(box.configDir, 'orchestration.lock'), '777\n');
    await writeFile(path.join(box.configDir, 'CLAUDE.md'), '# edited\n');
    await writeFile(path.join(box.configDir, 'pipelines.yaml'), 'pipelines: {}\n');
    const stateNow = await state(box.configDir);
    const result = await runCli(['-c', box.configDir, '--json', 'restore', 'before', '--yes']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      changed: ['CLAUDE.md', 'pipelines.yaml'],
      added: [],
      removed: [],
    });
    const after = await state(box.configDir);
    for (const file of CONFIG) expect(after[file], file).toBe(original[file]);
    for (const file of [...STATE, 'state/new-epic.json']) expect(after[file], file).toBe(stateNow[file]);
  });

  it('a backup holding files the settings now call runtime state leaves them alone on restore and in comparisons', async () => {
    box = await sandbox(MIXED);
    await runCli(['-c', box.configDir, 'create', 'old']);
    const settings = path.join(box.configDir, '.orch-backup.json');
    await writeFile(settings, JSON.stringify({ runtimeState: ['**/state/**', '**/*.lock', '**/*-state.json'] }));
    await writeFile(
      path.join(box.configDir, 'team-state.json'),
      '{ "version": "1.0", "active_teams": ["engineering"] }\n',
    );
    const teamState = await readFile(path.join(box.configDir, 'team-state.json'));
    expect((await runCli(['-c', box.configDir, 'list'])).stdout).toContain('vs current: identical to current');
    const dry = await runCli(['-c', box.configDir, 'restore', 'old', '--dry-run']);
    expect(dry.stdout).toContain('✅ Nothing to restore');
    const json = JSON.parse((await runCli(['-c', box.configDir, '--json', 'restore', 'old', '--dry-run'])).stdout);
    expect(json.leftAlone).toEqual([{ path: 'team-state.json', reason: 'runtime-state' }]);
    await writeFile(path.join(box.configDir, 'CLAUDE.md'), '# edited\n');
    const plan = await runCli(['-c', box.configDir, 'restore', 'old', '--dry-run']);
    expect(plan.stdout).toContain('left alone: team-state.json (runtime state (setting runtimeState))');
    expect((await runCli(['-c', box.configDir, 'restore', 'old', '--yes'])).code).toBe(0);
    expect(await readFile(path.join(box.configDir, 'team-state.json'))).toEqual(teamState);
  });

  it('the pre-commit hook and validate --since judge a YAML syntax error as a new finding and pass Markdown edits', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'orch-kinds-'));
    dirs.push(root);
    const env = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' };
    const git = (...args: string[]) => runProcess('git', args, { cwd: root, env });
    const cli = (...args: string[]) => runCli(['--config-dir', '.claude/orchestration', ...args], { cwd: root, env });
    await git('init', '-q', '-b', 'main');
    await runProcess('cp', ['-r', MIXED, path.join(root, '.claude-orchestration')]);
    await runProcess('mkdir', ['-p', path.join(root, '.claude')]);
    await runProcess('mv', [path.join(root, '.claude-orchestration'), path.join(root, '.claude/orchestration')]);
    await git('add', '-A');
    await git('commit', '-qm', 'config');
    const config = path.join(root, '.claude/orchestration');

    await writeFile(path.join(config, 'CLAUDE.md'), '# just words, {not JSON\n');
    await git('add', '-A');
    const markdown = await cli('hook', 'run');
    expect(markdown.code, markdown.stdout + markdown.stderr).toBe(0);
    await git('commit', '-qm', 'words', '--no-verify');

    await writeFile(path.join(config, 'pipelines.yaml'), 'pipelines:\n  nightly: [build\n');
    await git('add', '-A');
    const hook = await cli('hook', 'run');
    expect(hook.code).not.toBe(0);
    expect(hook.stdout + hook.stderr).toMatch(/pipelines\.yaml:\d+:\d+/);
    const since = await cli('--json', 'validate', '--since', 'HEAD');
    expect(since.code).toBe(1);
    expect(JSON.parse(since.stdout).new).toEqual([
      expect.objectContaining({
        code: 'yaml-syntax',
        file: 'pipelines.yaml',
        line: expect.any(Number),
        column: expect.any(Number),
      }),
    ]);
  });

  it('the everyday verbs on a mixed config: restore of one Markdown file, cat of YAML, diff --exit-code; runtime state untouched', async () => {
    box = await sandbox(MIXED);
    const cli = (...args: string[]) => runCli(['-c', box?.configDir as string, ...args]);
    expect((await cli('create', 'first')).code).toBe(0);
    const review = path.join(box.configDir, 'prompts/review.md');
    const original = await readFile(review);
    await writeFile(review, 'Review nothing.\n');
    await writeFile(path.join(box.configDir, 'CLAUDE.md'), '# Edited by hand\n');
    await writeFile(path.join(box.configDir, 'state/session.json'), '{"step": 99}\n');
    const before = await state(box.configDir);

    const diff = await cli('diff', 'first', '--exit-code');
    expect(diff.code).toBe(1);
    expect(diff.stdout).toContain('+Review nothing.');
    expect(diff.stdout).not.toContain('session.json');

    const cat = await cli('cat', 'first', 'pipelines.yaml');
    expect(cat.code).toBe(0);
    expect(cat.stdout).toBe(await readFile(path.join(MIXED, 'pipelines.yaml'), 'utf8'));

    const restored = await cli('restore', 'first', 'prompts/review.md', '--yes');
    expect(restored.code, restored.stderr).toBe(0);
    const after = await state(box.configDir);
    // Only the named file changed back; the other edit and the runtime state stay as they were.
    expect(await readFile(review)).toEqual(original);
    expect(Object.keys(after).filter((f) => after[f] !== before[f])).toEqual(['prompts/review.md']);
  });
});
