// `validate --since REF [--strict] [--fix [--dry-run]]` run as a real process on real directories and a real git repository.
import { cp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, runCli, runProcess, sandbox, type Sandbox } from './helpers/sandbox.js';

const FIXTURE = path.join(ROOT, 'test/fixtures/judge-rename');
const LEFTOVERS: [string, string][] = [
  ['lead', 'team-lead'],
  ['dev', 'developer'],
];
/** After with the renamed ids replaced as sed would replace whole string tokens: the expected result of --fix. */
async function expectedFixed(file = path.join(FIXTURE, 'after/workflows.json')): Promise<string> {
  let text = await readFile(file, 'utf8');
  for (const [from, to] of LEFTOVERS)
    text = text.replace(new RegExp(`(?<=[\\[,:] ?)"${from}"(?=[,\\]\\s}])`, 'g'), `"${to}"`);
  return text;
}

let box: Sandbox | undefined;
afterEach(async () => {
  await box?.cleanup();
  box = undefined;
});

async function withBackupOfBefore(): Promise<{
  box: Sandbox;
  backup: string;
  cli: (...args: string[]) => ReturnType<typeof runCli>;
}> {
  box = await sandbox(path.join(FIXTURE, 'before'));
  const cli = (...args: string[]) => runCli(['-c', (box as Sandbox).configDir, ...args], { cwd: (box as Sandbox).dir });
  const created = await cli('--json', 'create', '-m', 'before');
  expect(created.code, created.stderr).toBe(0);
  const backup = JSON.parse(created.stdout).name as string;
  await cp(path.join(FIXTURE, 'after'), box.configDir, { recursive: true });
  return { box, backup, cli };
}

describe('validate --since', () => {
  it('against a backup: the new broken references fail, what was already there does not, --json has exactly the contract', async () => {
    const { backup, cli } = await withBackupOfBefore();
    const human = await cli('validate', '--since', backup);
    expect(human.code, human.stderr).toBe(1);
    expect(human.stdout.split('\n')[0]).toBe('❌ This change breaks 2 agent references (3 places)');
    expect(human.stdout).toContain(
      "Agent 'dev' was renamed to 'developer'; 2 references still use 'dev': workflows.json:9:39, workflows.json:12:34",
    );
    expect(human.stdout).toContain(`Fix them all: orch-backup validate --since ${backup} --fix`);
    expect(human.stdout.indexOf('New problems (3)')).toBeLessThan(human.stdout.indexOf('Already there before (1)'));

    const json = await cli('--json', 'validate', '--since', backup);
    expect(json.code).toBe(1);
    const result = JSON.parse(json.stdout);
    expect(Object.keys(result)).toEqual(['since', 'verdict', 'new', 'fixed', 'existing', 'renames', 'agentsFrom']);
    expect(result.agentsFrom).toEqual({ before: 'work tree', after: 'work tree' });
    expect(result).toMatchObject({ since: backup, verdict: 'fail', fixed: [] });
    expect(result.new.map((f: { message: string }) => /Agent '([^']+)'/.exec(f.message)?.[1])).toEqual([
      'dev',
      'lead',
      'dev',
    ]);
    expect(result.new[2]).toEqual({
      severity: 'error',
      code: 'unknown-agent',
      message: "Agent 'dev' was renamed to 'developer' in teams.json; this reference still uses 'dev'",
      file: 'workflows.json',
      line: 12,
      column: 23,
      pointer: '/workflows/feature/delegation/primary',
    });
    expect(result.existing).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'unknown-agent', line: 10, column: 51 }),
    ]);
    expect(result.renames[0]).toEqual({
      kind: 'Agent',
      from: 'lead',
      to: 'team-lead',
      file: 'teams.json',
      remaining: [{ file: 'workflows.json', line: 10, column: 43, pointer: '/workflows/feature/phases/1/reviewers/0' }],
    });
  });

  it('--fix --dry-run shows the patch and the lines and changes nothing; --fix rewrites exactly the leftovers after a safety backup', async () => {
    const { box, backup, cli } = await withBackupOfBefore();
    const file = path.join(box.configDir, 'workflows.json');
    const original = await readFile(file);
    const dry = await cli('validate', '--since', backup, '--fix', '--dry-run');
    expect(dry.stdout).toContain('🔧 Would rewrite 3 leftover references in 1 file:');
    expect(dry.stdout).toContain('+   12 |       "delegation": { "primary": "developer", "secondary": "qa" },');
    expect(dry.stdout).toContain(
      '"op": "replace",\n      "path": "/workflows/feature/delegation/primary",\n      "value": "developer"',
    );
    expect(dry.stdout).toContain('Dry run: nothing was changed.');
    expect(await readFile(file)).toEqual(original);
    expect((await readdir(box.backupDir)).filter((n) => n.startsWith('backup-'))).toEqual([backup]);

    const unconfirmed = await cli('validate', '--since', backup, '--fix');
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.stderr).toBe(
      'orch-backup: validate --fix needs confirmation: run it in a terminal, or pass --yes\n',
    );
    expect(await readFile(file)).toEqual(original);

    const fixed = await cli('--yes', '--json', 'validate', '--since', backup, '--fix');
    expect(fixed.code, fixed.stdout + fixed.stderr).toBe(0);
    const result = JSON.parse(fixed.stdout);
    expect(result.verdict).toBe('pass');
    expect(result.new).toEqual([]);
    expect(result.existing).toHaveLength(1);
    expect(result.fix.safetyBackup).toMatch(/^backup-pre-fix-\d{8}-\d{6}$/);
    expect(await readFile(file, 'utf8')).toBe(await expectedFixed());
    expect(await readFile(path.join(box.configDir, 'teams.json'))).toEqual(
      await readFile(path.join(FIXTURE, 'after/teams.json')),
    );
    const manifest = JSON.parse(
      await readFile(path.join(box.backupDir, result.fix.safetyBackup, 'manifest.json'), 'utf8'),
    );
    expect(manifest.trigger).toBe('pre-fix');
    expect(await readFile(path.join(box.backupDir, result.fix.safetyBackup, 'files/workflows.json'))).toEqual(original);
    expect((await readdir(box.configDir)).filter((n) => n.includes('orch-fix'))).toEqual([]);
  });

  it('--fix keeps CRLF line ends and tabs byte for byte', async () => {
    const { box, backup, cli } = await withBackupOfBefore();
    const file = path.join(box.configDir, 'workflows.json');
    const crlf = (await readFile(file, 'utf8')).replace(/ {2}/g, '\t').replace(/\n/g, '\r\n');
    await writeFile(file, crlf);
    const fixed = await cli('--yes', 'validate', '--since', backup, '--fix');
    expect(fixed.code, fixed.stdout).toBe(0);
    await writeFile(path.join(box.dir, 'expected-source.json'), crlf);
    expect(await readFile(file, 'utf8')).toBe(await expectedFixed(path.join(box.dir, 'expected-source.json')));
  });

  it('deleting the config dir is a new error', async () => {
    const { box, backup } = await withBackupOfBefore();
    const backupDir = path.join(box.dir, 'store');
    await cp(box.backupDir, backupDir, { recursive: true });
    await rm(box.configDir, { recursive: true });
    const result = await runCli(['-c', box.configDir, '-b', backupDir, '--json', 'validate', '--since', backup], {
      cwd: box.dir,
    });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).new).toEqual([
      expect.objectContaining({ severity: 'error', code: 'config-removed' }),
    ]);
  });

  it('against a git revision, read without a checkout; --fix then passes', async () => {
    box = await sandbox(path.join(FIXTURE, 'before'));
    const env = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' };
    const git = (...args: string[]) => runProcess('git', args, { cwd: (box as Sandbox).dir, env });
    await git('init', '-q', '-b', 'main');
    await git('add', '-A');
    expect((await git('commit', '-qm', 'before')).code).toBe(0);
    await cp(path.join(FIXTURE, 'after'), box.configDir, { recursive: true });
    const cli = (...args: string[]) => runCli(args, { cwd: (box as Sandbox).dir });
    const judged = await cli('--json', 'validate', '--since', 'HEAD');
    expect(judged.code).toBe(1);
    expect(JSON.parse(judged.stdout)).toMatchObject({ since: 'HEAD', verdict: 'fail' });
    expect((await git('status', '--porcelain')).stdout).toBe(
      ' M .claude/orchestration/teams.json\n M .claude/orchestration/workflows.json\n',
    );
    const fixed = await cli('--yes', 'validate', '--since', 'HEAD', '--fix');
    expect(fixed.code, fixed.stdout).toBe(0);
    expect(fixed.stdout).toContain('✅ No new problems (1 was already there)');
    expect(await readFile(path.join(box.configDir, 'workflows.json'), 'utf8')).toBe(await expectedFixed());
  });

  it('diff names the references renames left behind, with the fix command, in text and --json', async () => {
    const { backup, cli } = await withBackupOfBefore();
    const text = await cli('diff', backup);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      "Renamed, with references left behind:\n  Agent 'lead' was renamed to 'team-lead'; 1 reference still uses 'lead': workflows.json:10:43\n",
    );
    expect(text.stdout).toContain(`Fix them all: orch-backup validate --since ${backup} --fix`);
    const json = JSON.parse((await cli('--json', 'diff', backup)).stdout);
    expect(json.renames.map((r: { from: string; remaining: unknown[] }) => [r.from, r.remaining.length])).toEqual([
      ['lead', 1],
      ['dev', 2],
    ]);
  });

  it('bad input: an unknown REF, --fix without --since, --since with --backup: one line, exit 2', async () => {
    box = await sandbox(path.join(FIXTURE, 'before'));
    const cli = (...args: string[]) =>
      runCli(['-c', (box as Sandbox).configDir, ...args], { cwd: (box as Sandbox).dir });
    const unknown = await cli('validate', '--since', 'no-such-thing');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      'orch-backup: "no-such-thing" is neither a backup (and this is not a git work tree, so it cannot be a revision): see: orch-backup list, or git log\n',
    );
    expect((await cli('validate', '--fix')).code).toBe(2);
    expect((await cli('validate', '--since', 'x', '--backup', 'y')).code).toBe(2);
    expect((await cli('validate', '--since', 'x', '--dry-run')).code).toBe(2);
  });
});
