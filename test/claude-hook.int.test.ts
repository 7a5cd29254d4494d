/**
 * The Claude Code hooks as Claude Code runs them: the exact command strings `claude install`
 * wrote to .claude/settings.json, through `sh -c`, with the JSON payload on stdin,
 * CLAUDE_PROJECT_DIR set and the project as cwd. The tool's own effect (the edit) is made by the
 * test between PreToolUse and PostToolUse, as Claude Code would.
 */
import { cp, mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, runProcess, tempDirsPerTest } from './helpers/sandbox.js';
import { storedManifest } from './helpers/store.js';

const FIX = path.join(ROOT, 'test/fixtures');
const tempDir = tempDirsPerTest();

interface Project {
  dir: string;
  config: string;
  backups: string;
  /** The commands install wrote, by event. */
  commands: { PreToolUse: string; PostToolUse: string };
  /** Runs one hook as Claude Code does; `tool` and `input` make the payload. */
  hook: (
    event: 'PreToolUse' | 'PostToolUse',
    tool: string,
    input: Record<string, unknown>,
    toolUseId?: string,
  ) => Promise<{ code: number | null; stdout: string; stderr: string }>;
  backupNames: () => Promise<string[]>;
}

/** A project with the package installed as npm would link it, and `claude install` run in it. */
async function project(fixture: string): Promise<Project> {
  const dir = await tempDir('orch-claude-');
  const config = path.join(dir, '.claude/orchestration');
  await cp(path.join(FIX, fixture), config, { recursive: true });
  await mkdir(path.join(dir, 'node_modules/.bin'), { recursive: true });
  await symlink(ROOT, path.join(dir, 'node_modules/orchestration-backup'));
  await symlink(
    '../orchestration-backup/bin/orch-backup-claude-hook.js',
    path.join(dir, 'node_modules/.bin/orch-backup-claude-hook'),
  );
  const installed = await runCli(['claude', 'install'], { cwd: dir });
  expect(installed.code, installed.stderr).toBe(0);
  const settings = JSON.parse(await readFile(path.join(dir, '.claude/settings.json'), 'utf8'));
  const commands = {
    PreToolUse: settings.hooks.PreToolUse[0].hooks[0].command as string,
    PostToolUse: settings.hooks.PostToolUse[0].hooks[0].command as string,
  };
  expect(settings.hooks.PreToolUse[0].matcher).toBe('Write|Edit|MultiEdit|Bash');
  let uses = 0;
  const backups = path.join(config, '.backups');
  return {
    dir,
    config,
    backups,
    commands,
    hook: (event, tool, input, toolUseId = `toolu_${++uses}`) =>
      runProcess('sh', ['-c', commands[event]], {
        cwd: dir,
        env: { CLAUDE_PROJECT_DIR: dir },
        input: JSON.stringify({
          session_id: 'session-1',
          transcript_path: path.join(dir, 'transcript.jsonl'),
          cwd: dir,
          hook_event_name: event,
          tool_name: tool,
          tool_input: input,
          tool_use_id: toolUseId,
          ...(event === 'PostToolUse' ? { tool_response: { success: true } } : {}),
        }),
      }),
    backupNames: async () =>
      (await readdir(backups).catch(() => [] as string[])).filter((n) => n.startsWith('backup-')).sort(),
  };
}

/** One tool use: PreToolUse, the edit, PostToolUse (same tool_use_id). */
async function toolUse(p: Project, tool: string, input: Record<string, unknown>, edit: () => Promise<void>) {
  const id = `toolu_${Math.random().toString(36).slice(2)}`;
  const pre = await p.hook('PreToolUse', tool, input, id);
  await edit();
  const post = await p.hook('PostToolUse', tool, input, id);
  return { pre, post };
}

async function replaceIn(file: string, from: string | RegExp, to: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  const next = text.replace(
    typeof from === 'string' ? new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g') : from,
    to,
  );
  expect(next).not.toBe(text);
  await writeFile(file, next);
}

describe('Claude Code hooks, run as Claude Code runs them', () => {
  it('an Edit renaming an agent in teams.json is backed up first and reported with the agent id and the leftover references in workflows.json', async () => {
    const p = await project('claude-team');
    const teams = path.join(p.config, 'teams.json');
    const input = { file_path: teams, old_string: '"agent": "tech-lead"', new_string: '"agent": "engineering-lead"' };
    const { pre, post } = await toolUse(p, 'Edit', input, () =>
      replaceIn(teams, '"agent": "tech-lead"', '"agent": "engineering-lead"'),
    );

    expect(pre.code, pre.stderr).toBe(0);
    const [backup, ...more] = await p.backupNames();
    expect(more).toEqual([]);
    const manifest = await storedManifest(p.backups, backup as string);
    expect(manifest.trigger).toBe('claude-code');
    expect(manifest.description).toBe('before Claude Code Edit of teams.json');
    // The backup holds the config as it was before the edit.
    expect(manifest.files.find((f) => f.path === 'teams.json')?.sha256).toBeDefined();
    expect(
      await runCli(['--config-dir', p.config, 'diff', backup as string, '--json'], { cwd: p.dir }).then(
        (r) => r.stdout,
      ),
    ).toContain('engineering-lead');

    expect(post.code, post.stderr).toBe(0);
    const verdict = JSON.parse(post.stdout);
    expect(verdict.decision).toBe('block');
    expect(verdict.reason).toContain("Agent 'tech-lead' was renamed to 'engineering-lead' in teams.json");
    // Every leftover reference, with its line: workflows.json lines 7, 10 and 15, and the review rule at teams.json:14.
    expect(verdict.reason).toContain('workflows.json:7, workflows.json:10, workflows.json:15');
    expect(verdict.reason).toMatch(/teams\.json:14\b/);
    expect(verdict.reason).toContain(`npx orch-backup validate --since ${backup} --fix`);
  });

  it('a harmless MultiEdit to a config that already had warnings stays silent, and a second call on the same content makes no second backup', async () => {
    const p = await project('claude-warned');
    const workflows = path.join(p.config, 'workflows.json');
    const input = {
      file_path: workflows,
      edits: [{ old_string: 'Two-week sprint', new_string: 'Two-week sprint, demo on Friday' }],
    };
    const first = await toolUse(p, 'MultiEdit', input, () =>
      replaceIn(workflows, 'Two-week sprint', 'Two-week sprint, demo on Friday'),
    );
    expect([first.pre.code, first.post.code]).toEqual([0, 0]);
    expect(first.post.stdout).toBe('');
    expect(first.post.stderr).toBe('');
    expect(await p.backupNames()).toHaveLength(1);

    // The next tool use finds content no backup holds yet (the edit above): one more backup;
    // the one after it finds that content stored and makes none.
    const second = await toolUse(p, 'Write', { file_path: workflows, content: '…' }, async () => undefined);
    expect([second.pre.code, second.post.code, second.post.stdout]).toEqual([0, 0, '']);
    expect(await p.backupNames()).toHaveLength(2);
    const third = await toolUse(p, 'Write', { file_path: workflows, content: '…' }, async () => undefined);
    expect([third.pre.code, third.post.code, third.post.stdout, third.pre.stdout]).toEqual([0, 0, '', '']);
    expect(await p.backupNames()).toHaveLength(2);
    // No state is left behind once PostToolUse has run.
    expect(await readdir(path.join(p.backups, '.claude-code'))).toEqual([]);
  });

  it('Write, Edit and Bash calls outside the config make no backup and print nothing', async () => {
    const p = await project('claude-team');
    await writeFile(path.join(p.dir, 'README.md'), '# project\n');
    const calls: [string, Record<string, unknown>][] = [
      ['Write', { file_path: path.join(p.dir, 'src/index.ts'), content: 'export {};\n' }],
      ['Edit', { file_path: path.join(p.dir, 'README.md'), old_string: 'project', new_string: 'app' }],
      ['MultiEdit', { file_path: path.join(p.dir, '.claude/settings.json'), edits: [] }],
      ['Bash', { command: 'npm test && git status' }],
      ['Read', { file_path: path.join(p.config, 'teams.json') }],
    ];
    for (const [tool, input] of calls) {
      for (const event of ['PreToolUse', 'PostToolUse'] as const) {
        const r = await p.hook(event, tool, input);
        expect([tool, event, r.code, r.stdout, r.stderr]).toEqual([tool, event, 0, '', '']);
      }
    }
    expect(await readdir(p.config)).not.toContain('.backups');
  });

  it('a Bash command naming the config dir is backed up first, and breaking a file is reported at its line', async () => {
    const p = await project('claude-team');
    const command = 'sed -i \'s/"hotfix": {/"hotfix": {,/\' .claude/orchestration/workflows.json';
    const { pre, post } = await toolUse(p, 'Bash', { command, description: 'edit workflows' }, () =>
      replaceIn(path.join(p.config, 'workflows.json'), '"hotfix": {', '"hotfix": {,'),
    );
    expect(pre.code, pre.stderr).toBe(0);
    const [backup] = await p.backupNames();
    expect((await storedManifest(p.backups, backup as string)).description).toBe(`before Claude Code Bash: ${command}`);
    expect(post.code).toBe(0);
    const verdict = JSON.parse(post.stdout);
    expect(verdict.decision).toBe('block');
    expect(verdict.reason).toMatch(/workflows\.json:12:\d+: invalid JSON/);
  });

  it('a file reached through a symlink into the config dir counts as a config file', async () => {
    const p = await project('claude-team');
    await symlink(p.config, path.join(p.dir, 'orch'));
    const r = await p.hook('PreToolUse', 'Edit', {
      file_path: path.join(p.dir, 'orch/teams.json'),
      old_string: 'a',
      new_string: 'b',
    });
    expect(r.code, r.stderr).toBe(0);
    expect(await p.backupNames()).toHaveLength(1);
  });

  it('fails open with a one-line note when its own backup fails, and blocks only when the settings ask for it', async () => {
    const p = await project('claude-team');
    await writeFile(p.backups, 'not a directory'); // the store cannot be written
    const input = { file_path: path.join(p.config, 'teams.json'), old_string: 'a', new_string: 'b' };
    const open = await p.hook('PreToolUse', 'Edit', input);
    expect(open.code).toBe(1); // a non-blocking error: Claude Code shows it and runs the tool
    expect(open.stderr.trim().split('\n')).toHaveLength(1);
    expect(open.stderr).toMatch(/^orch-backup: no backup was made before this Edit \(the tool call goes on\): /);

    await writeFile(path.join(p.config, '.orch-backup.json'), JSON.stringify({ claudeCode: { failClosed: true } }));
    const closed = await p.hook('PreToolUse', 'Edit', input);
    expect(closed.code).toBe(2); // blocks the tool; stderr goes to Claude
    expect(closed.stderr).toMatch(/claudeCode\.failClosed/);
  });

  it('says in one line, exit 1, when the tool is not installed in the project', async () => {
    const p = await project('claude-team');
    await rm(path.join(p.dir, 'node_modules'), { recursive: true });
    const r = await p.hook('PreToolUse', 'Edit', { file_path: path.join(p.config, 'teams.json') });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      'orch-backup: orch-backup-claude-hook is not installed in this project (npm install --save-dev orchestration-backup): config edits are neither backed up nor checked',
    ]);
  });
});

describe('claude install / uninstall', () => {
  async function withSettings(): Promise<{ dir: string; file: string; original: string }> {
    const dir = await tempDir('orch-claude-settings-');
    await cp(path.join(FIX, 'claude-team'), path.join(dir, '.claude/orchestration'), { recursive: true });
    const file = path.join(dir, '.claude/settings.json');
    await cp(path.join(FIX, 'claude-settings/settings.json'), file);
    return { dir, file, original: await readFile(file, 'utf8') };
  }

  it("keeps a settings file with the user's own hooks byte for byte: install adds only our entries, twice changes nothing, uninstall gives the bytes back", async () => {
    const { dir, file, original } = await withSettings();
    expect((await runCli(['claude', 'install'], { cwd: dir })).code).toBe(0);
    const installed = await readFile(file, 'utf8');
    const value = JSON.parse(installed);
    // The user's entries are where they were, unchanged.
    expect(value.permissions).toEqual({ allow: ['Bash(npm test:*)'], deny: ['Read(./.env)'] });
    expect(value.hooks.PreToolUse[0]).toEqual({
      matcher: 'Bash',
      hooks: [{ type: 'command', command: './scripts/guard.sh' }],
    });
    expect(value.hooks.Stop).toHaveLength(1);
    expect(value.hooks.PreToolUse).toHaveLength(2);
    expect(value.hooks.PostToolUse).toHaveLength(1);
    expect(value.model).toBe('opus');
    expect(installed).toContain('\t\t\t{\n\t\t\t\t"matcher": "Write|Edit|MultiEdit|Bash"'); // the file's own tabs
    expect(await readFile(path.join(dir, '.claude/commands/config-backup.md'), 'utf8')).toContain(
      'allowed-tools: Bash(npx --no-install orch-backup claude slash:*)',
    );

    const again = await runCli(['claude', 'install'], { cwd: dir });
    expect(again.stdout).toContain('nothing changed');
    expect(await readFile(file, 'utf8')).toBe(installed);

    expect((await runCli(['claude', 'uninstall'], { cwd: dir })).code).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(original);
    expect(await readdir(path.join(dir, '.claude'))).toEqual(['orchestration', 'settings.json']);
  });

  it('removes the settings file it created, and --scope local writes settings.local.json', async () => {
    const dir = await tempDir('orch-claude-new-');
    expect((await runCli(['claude', 'install', '--scope', 'local'], { cwd: dir })).code).toBe(0);
    expect(await readdir(path.join(dir, '.claude'))).toEqual(['commands', 'settings.local.json']);
    expect((await runCli(['claude', 'uninstall', '--scope', 'local'], { cwd: dir })).code).toBe(0);
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a settings file that is not JSON with one line and leaves it alone', async () => {
    const { dir, file } = await withSettings();
    await writeFile(file, '{ "hooks": ');
    const r = await runCli(['claude', 'install'], { cwd: dir });
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(await readFile(file, 'utf8')).toBe('{ "hooks": ');
  });

  it('writes no machine-specific path: the commands find the tool from the project', async () => {
    const { dir, file } = await withSettings();
    await runCli(['claude', 'install'], { cwd: dir });
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain(dir);
    expect(text).not.toContain(ROOT);
    expect(text).toContain('${CLAUDE_PROJECT_DIR:-.}/node_modules/.bin/orch-backup-claude-hook');
  });
});

describe('/config-backup', () => {
  it('runs orch-backup with the arguments; restore shows its plan and applies only with --confirm', async () => {
    const p = await project('claude-team');
    const created = await runCli(['claude', 'slash', 'create', '-m', 'from the slash command'], { cwd: p.dir });
    expect(created.code, created.stderr).toBe(0);
    const [name] = await p.backupNames();
    await replaceIn(path.join(p.config, 'settings.json'), '"timeout_minutes": 30', '"timeout_minutes": 45');

    const plan = await runCli(['claude', 'slash', 'restore', name as string], { cwd: p.dir });
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain(`To apply this restore: /config-backup restore ${name} --confirm`);
    expect(await readFile(path.join(p.config, 'settings.json'), 'utf8')).toContain('45');

    const applied = await runCli(['claude', 'slash', 'restore', name as string, '--confirm'], { cwd: p.dir });
    expect(applied.code, applied.stderr).toBe(0);
    expect(await readFile(path.join(p.config, 'settings.json'), 'utf8')).toContain('"timeout_minutes": 30');

    const bad = await runCli(['claude', 'slash', 'rm', '-rf'], { cwd: p.dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});
