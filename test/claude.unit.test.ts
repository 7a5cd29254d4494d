import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hookCommand, HOOK_MATCHER, HOOK_TIMEOUT } from '../src/core/claude/install.js';
import { judgeChange } from '../src/core/judge/judge.js';
import { renderEditReason } from '../src/render/claude.js';
import { appendChild, nodeAt, parseObject, removeChild, styleOf } from '../src/core/claude/settings-text.js';
import { SLASH_COMMAND } from '../src/core/claude/slash-command.js';
import { slashPlan } from '../src/core/claude/slash.js';
import { editTarget } from '../src/core/claude/target.js';
import type { ConfigDocument } from '../src/core/validate/index.js';
import { UsageError } from '../src/errors/index.js';

const ROOT = path.resolve(__dirname, '..');
const fixture = (dir: string): ConfigDocument[] =>
  ['teams.json', 'workflows.json', 'settings.json'].map((f) => ({
    path: f,
    bytes: readFileSync(path.join(ROOT, 'test/fixtures', dir, f)),
  }));
const edited = (docs: ConfigDocument[], file: string, from: string, to: string): ConfigDocument[] =>
  docs.map((d) =>
    d.path === file
      ? { path: d.path, bytes: Buffer.from(Buffer.from(d.bytes).toString('utf8').split(from).join(to)) }
      : d,
  );
const at = (label: string, documents: ConfigDocument[]) => ({ label, documents, exists: true });
const judge = (before: ConfigDocument[], after: ConfigDocument[]) =>
  judgeChange(at('backup-before', before), at('current', after));

describe('the PostToolUse judgement (judgeChange, rendered for Claude)', () => {
  it('reports a rename that leaves references, with every leftover line', async () => {
    const before = fixture('claude-team');
    const after = edited(before, 'teams.json', '"agent": "tech-lead"', '"agent": "engineering-lead"');
    const j = await judge(before, after);
    expect(j.verdict).toBe('fail');
    expect(j.renames.map((r) => [r.from, r.to, r.remaining.map((l) => `${l.file}:${l.line}`)])).toEqual([
      [
        'tech-lead',
        'engineering-lead',
        ['teams.json:14', 'workflows.json:7', 'workflows.json:10', 'workflows.json:15'],
      ],
    ]);
    const reason = renderEditReason(j, 'backup-before', 'Edit');
    expect(reason).toMatch(
      /Agent 'tech-lead' was renamed to 'engineering-lead' in teams.json, but 'tech-lead' still appears at .*workflows\.json:7/,
    );
    expect(reason).toMatch(/validate --since backup-before --fix/);
  });

  it('is silent about problems that were already there, even when the edit moves their lines', async () => {
    const before = fixture('claude-warned');
    const after = edited(
      before,
      'workflows.json',
      '"version": "2.0.0",',
      '"version": "2.0.1",\n  "owner": "platform",',
    );
    const j = await judge(before, after);
    expect(j.existing.length).toBeGreaterThan(0);
    expect([j.verdict, j.new, j.fixed, j.renames]).toEqual(['pass', [], [], []]);
  });

  it('names a reference to an undefined agent and a syntax error the edit introduced, and what it fixed', async () => {
    const before = fixture('claude-warned');
    const typo = edited(before, 'workflows.json', '"agent": "fullstack-eng"', '"agent": "fullstak-eng"');
    const j = await judge(before, typo);
    expect(j.new.map((d) => [d.code, d.file, d.line])).toEqual([['unknown-agent', 'workflows.json', 14]]);
    expect(j.renames).toEqual([]);
    const repaired = edited(before, 'workflows.json', ', "security-auditor"', '');
    expect((await judge(before, repaired)).fixed.map((d) => d.code)).toEqual(['unknown-agent']);
    const broken = edited(before, 'teams.json', '"teams": {', '"teams": {,');
    expect(
      (await judge(before, broken)).new.filter((d) => d.code === 'json-syntax').map((d) => [d.file, d.line]),
    ).toEqual([['teams.json', 3]]);
  });
});

describe('settings text edits', () => {
  const texts = [
    '{}',
    '{ }\n',
    '{\r\n    "model": "opus"\r\n}\r\n',
    '{"hooks":{"PreToolUse":[{"matcher":"Bash","hooks":[{"type":"command","command":"x"}]}]}}',
    '{\n\t"hooks": {\n\t\t"Stop": []\n\t}\n}\n',
  ];
  it.each(texts)('appending and removing a child gives back the same bytes: %j', (text) => {
    const style = styleOf(text);
    const root = (t: string) => {
      const parsed = parseObject(t);
      if ('error' in parsed) throw new Error(parsed.error);
      return parsed.root;
    };
    const added = appendChild(text, root(text), 'extra', { a: [1, 2] }, 1, style);
    expect(JSON.parse(added).extra).toEqual({ a: [1, 2] });
    const index = (root(added).children ?? []).length - 1;
    expect(removeChild(added, root(added), index, 1, style)).toBe(text);
    const at = [
      ['hooks', 'PreToolUse'],
      ['hooks', 'Stop'],
    ].find((p) => nodeAt(root(text), p));
    if (at) {
      const list = nodeAt(root(text), at);
      const more = appendChild(text, list as never, undefined, { matcher: 'X' }, 3, style);
      expect(JSON.parse(more).hooks[at[1] as string].at(-1)).toEqual({ matcher: 'X' });
      expect(removeChild(more, nodeAt(root(more), at) as never, (list?.children ?? []).length, 3, style)).toBe(text);
    }
  });
});

describe('slashPlan', () => {
  it('passes read-only commands through and turns restore and clean into their plan unless --confirm is given', () => {
    expect(slashPlan([])).toEqual({ argv: ['list'] });
    expect(slashPlan(['diff', 'a', 'b'])).toEqual({ argv: ['diff', 'a', 'b'] });
    expect(slashPlan(['restore', 'b1'])).toEqual({
      argv: ['restore', 'b1', '--dry-run'],
      note: 'Nothing was changed. To apply this restore: /config-backup restore b1 --confirm',
    });
    expect(slashPlan(['restore', 'b1', '--yes'])).toMatchObject({ argv: ['restore', 'b1', '--dry-run'] });
    expect(slashPlan(['restore', 'b1', '--confirm'])).toEqual({ argv: ['--yes', 'restore', 'b1'] });
    expect(slashPlan(['clean', '--keep-last', '3'])).toMatchObject({
      argv: ['clean', '--keep-last', '3', '--dry-run'],
    });
    expect(() => slashPlan(['restore'])).toThrow(UsageError);
    expect(() => slashPlan(['export', 'b1'])).toThrow(UsageError);
  });
});

describe('editTarget', () => {
  const dirs = {
    configDir: '/p/.claude/orchestration',
    backupDir: '/p/.claude/orchestration/.backups',
    cwd: '/p',
    projectDir: '/p',
  };
  it('takes file tools inside the config dir but not its backup dir, and Bash commands that name it', () => {
    expect(
      editTarget({ tool_name: 'Write', tool_input: { file_path: '/p/.claude/orchestration/teams.json' } }, dirs),
    ).toEqual({ kind: 'file', tool: 'Write', file: 'teams.json' });
    expect(
      editTarget({ tool_name: 'Edit', tool_input: { file_path: '.claude/orchestration/sub/x.json' } }, dirs),
    ).toMatchObject({ file: 'sub/x.json' });
    expect(
      editTarget(
        { tool_name: 'Edit', tool_input: { file_path: '/p/.claude/orchestration/.backups/b/manifest.json' } },
        dirs,
      ),
    ).toBeUndefined();
    expect(
      editTarget({ tool_name: 'Edit', tool_input: { file_path: '/p/.claude/orchestration-old/teams.json' } }, dirs),
    ).toBeUndefined();
    expect(
      editTarget({ tool_name: 'Bash', tool_input: { command: 'rm .claude/orchestration/teams.json' } }, dirs),
    ).toMatchObject({ kind: 'bash' });
    expect(
      editTarget({ tool_name: 'Bash', tool_input: { command: 'jq . /p/.claude/orchestration/teams.json' } }, dirs),
    ).toMatchObject({ kind: 'bash' });
    expect(editTarget({ tool_name: 'Bash', tool_input: { command: 'npm test' } }, dirs)).toBeUndefined();
    expect(
      editTarget({ tool_name: 'Read', tool_input: { file_path: '/p/.claude/orchestration/teams.json' } }, dirs),
    ).toBeUndefined();
  });
});

describe('the plugin', () => {
  it('carries the same hook command (silent where a project has no config) and the same slash command as claude install', () => {
    const hooks = JSON.parse(readFileSync(path.join(ROOT, 'plugin/hooks/hooks.json'), 'utf8'));
    const command = hookCommand(
      { projectDir: '/p', configDir: '/p/.claude/orchestration', backupDir: '/p/.claude/orchestration/.backups' },
      'plugin',
    );
    const entry = [{ matcher: HOOK_MATCHER, hooks: [{ type: 'command', command, timeout: HOOK_TIMEOUT }] }];
    expect(hooks.hooks).toEqual({ PreToolUse: entry, PostToolUse: entry });
    expect(
      command.endsWith(
        hookCommand({
          projectDir: '/p',
          configDir: '/p/.claude/orchestration',
          backupDir: '/p/.claude/orchestration/.backups',
        }),
      ),
    ).toBe(true);
    expect(readFileSync(path.join(ROOT, 'plugin/commands/config-backup.md'), 'utf8')).toBe(SLASH_COMMAND);
    const marketplace = JSON.parse(readFileSync(path.join(ROOT, '.claude-plugin/marketplace.json'), 'utf8'));
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'plugin/.claude-plugin/plugin.json'), 'utf8'));
    expect(marketplace.plugins[0]).toMatchObject({
      name: manifest.name,
      source: './plugin',
      version: manifest.version,
    });
  });
});
