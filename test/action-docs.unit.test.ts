import { spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const script = path.join(root, 'scripts', 'action-docs.mjs');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], cwd = root): Run {
  const result = spawnSync(process.execPath, [script, ...args], { cwd, encoding: 'utf8', timeout: 20_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface ActionSpec {
  inputs: Record<string, { description?: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description?: string }>;
}

async function loadAction(file = path.join(root, 'action.yml')): Promise<ActionSpec> {
  return parse(await readFile(file, 'utf8')) as ActionSpec;
}

/** The table rows between a marker pair, split into cells on unescaped `|`. */
function tableRows(readme: string, name: 'inputs' | 'outputs'): string[][] {
  const start = readme.indexOf(`<!-- action-${name}:start -->`);
  const end = readme.indexOf(`<!-- action-${name}:end -->`);
  expect(start, `${name} start marker`).toBeGreaterThanOrEqual(0);
  expect(end, `${name} end marker`).toBeGreaterThan(start);
  return readme
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2) // header and delimiter rows
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );
}

/** What the default cell must show for a value from action.yml. */
function expectedDefault(value: unknown): string {
  if (value === undefined || value === '') return '*(empty)*';
  return `\`${String(value).replace(/\|/g, '\\|')}\``;
}

describe('scripts/action-docs.mjs on the repository', () => {
  it('--check exits 0: README.md is in sync with action.yml', () => {
    const result = run(['--check']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it("README's inputs table has every input of action.yml, in order, with its default", async () => {
    const action = await loadAction();
    const rows = tableRows(await readFile(path.join(root, 'README.md'), 'utf8'), 'inputs');
    const names = Object.keys(action.inputs);
    expect(names.length).toBeGreaterThan(0);
    expect(rows.map((r) => r[0]?.replace(/ \(required\)$/, ''))).toEqual(names.map((n) => `\`${n}\``));
    for (const row of rows) expect(row).toHaveLength(3);
    for (const [i, name] of names.entries()) {
      expect(rows[i]?.[2], `default of ${name}`).toBe(expectedDefault(action.inputs[name]?.default));
    }
    // The token default is shown literally, not expanded or dropped.
    expect(rows.find((r) => r[0] === '`github-token`')?.[2]).toBe('`${{ github.token }}`');
  });

  it("README's outputs table has every output of action.yml, in order", async () => {
    const action = await loadAction();
    const rows = tableRows(await readFile(path.join(root, 'README.md'), 'utf8'), 'outputs');
    expect(rows.map((r) => r[0])).toEqual(Object.keys(action.outputs).map((n) => `\`${n}\``));
    for (const row of rows) expect(row).toHaveLength(2);
  });
});

describe('scripts/action-docs.mjs on copies', () => {
  let dir: string;
  let readme: string;
  let actionFile: string;
  const paths = (): string[] => ['--readme', readme, '--action', actionFile];

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'action-docs-'));
    readme = path.join(dir, 'README.md');
    actionFile = path.join(dir, 'action.yml');
    await copyFile(path.join(root, 'README.md'), readme);
    await copyFile(path.join(root, 'action.yml'), actionFile);
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function editAction(edit: (doc: ReturnType<typeof parseDocument>) => void): Promise<void> {
    const doc = parseDocument(await readFile(actionFile, 'utf8'));
    edit(doc);
    await writeFile(actionFile, String(doc));
  }

  it('--check exits 1 naming the inputs table when a default changes, and a rewrite fixes it', async () => {
    expect(run(['--check', ...paths()]).status).toBe(0);
    await editAction((doc) => doc.setIn(['inputs', 'comment', 'default'], 'new'));
    const before = await readFile(readme, 'utf8');

    const check = run(['--check', ...paths()]);
    expect(check.status).toBe(1);
    expect(check.stdout).toBe('');
    expect(check.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(check.stderr).toMatch(/inputs table/);
    expect(check.stderr).not.toMatch(/outputs table/);
    expect(await readFile(readme, 'utf8')).toBe(before); // --check never writes

    const write = run(paths());
    expect(write.status).toBe(0);
    expect(write.stdout).toMatch(/inputs table/);
    const after = await readFile(readme, 'utf8');
    expect(tableRows(after, 'inputs').find((r) => r[0] === '`comment`')?.[2]).toBe('`new`');
    // Only the text between the markers changed.
    const outside = (text: string): string =>
      text.replace(/<!-- action-inputs:start -->[\s\S]*<!-- action-inputs:end -->/, '');
    expect(outside(after)).toBe(outside(before));
    expect(run(['--check', ...paths()]).status).toBe(0);
  });

  it('names the outputs table when only an output changes, and both when both do', async () => {
    await editAction((doc) => doc.setIn(['outputs', 'valid', 'description'], 'Changed.'));
    const outputsOnly = run(['--check', ...paths()]);
    expect(outputsOnly.status).toBe(1);
    expect(outputsOnly.stderr).toMatch(/outputs table/);
    expect(outputsOnly.stderr).not.toMatch(/inputs table/);

    await editAction((doc) =>
      doc.setIn(['inputs', 'new-input'], doc.createNode({ description: 'Added.', required: false, default: 'x' })),
    );
    const both = run(['--check', ...paths()]);
    expect(both.status).toBe(1);
    expect(both.stderr).toMatch(/inputs table and outputs table/);
  });

  it('escapes | in cells, shows empty defaults as *(empty)*, and is deterministic', async () => {
    await editAction((doc) => {
      doc.setIn(['inputs', 'mode', 'description'], 'One | two `a|b`');
      doc.setIn(['inputs', 'config-dir', 'default'], 'a|b');
      doc.setIn(['inputs', 'fail-on', 'default'], '');
    });
    expect(run(paths()).status).toBe(0);
    const first = await readFile(readme, 'utf8');
    const rows = tableRows(first, 'inputs');
    const mode = rows.find((r) => r[0] === '`mode`');
    expect(mode).toEqual(['`mode`', 'One \\| two `a\\|b`', '`auto`']);
    expect(rows.find((r) => r[0] === '`config-dir`')?.[2]).toBe('`a\\|b`');
    expect(rows.find((r) => r[0] === '`fail-on`')?.[2]).toBe('*(empty)*');

    const again = run(paths());
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/already match/);
    expect(await readFile(readme, 'utf8')).toBe(first);
  });

  it('exits 2 without touching README.md when a marker is missing or an argument is unknown', async () => {
    const text = (await readFile(readme, 'utf8')).replace('<!-- action-outputs:end -->', '');
    await writeFile(readme, text);
    const missing = run(paths());
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/action-outputs:end/);
    expect(await readFile(readme, 'utf8')).toBe(text);

    expect(run(['--bogus']).status).toBe(2);
    expect(run(['--readme']).status).toBe(2);
  });
});

describe('examples/workflows', () => {
  const ACTION = 'your-org/orchestration-backup@v1';

  async function workflow(name: string): Promise<Record<string, any>> {
    return parse(await readFile(path.join(root, 'examples', 'workflows', name), 'utf8')) as Record<string, any>;
  }

  function actionSteps(wf: Record<string, any>): Record<string, any>[] {
    return Object.values(wf.jobs as Record<string, { steps: Record<string, any>[] }>).flatMap((job) =>
      job.steps.filter((s) => s.uses === ACTION),
    );
  }

  it.each([
    ['pr.yml', { contents: 'read', 'pull-requests': 'write' }],
    ['backup.yml', { contents: 'read' }],
    ['restore.yml', { actions: 'read', contents: 'write', 'pull-requests': 'write' }],
    ['pr-comment.yml', { actions: 'read', contents: 'read', 'pull-requests': 'write' }],
  ])(
    '%s parses, declares minimal permissions and a concurrency group, and uses the action',
    async (name, permissions) => {
      const wf = await workflow(name);
      expect(wf.permissions).toEqual(permissions);
      expect(typeof wf.concurrency?.group).toBe('string');
      expect(typeof wf.concurrency?.['cancel-in-progress']).toBe('boolean');
      expect(actionSteps(wf)).toHaveLength(1);
      for (const job of Object.values(wf.jobs as Record<string, any>)) expect(job.permissions).toBeUndefined();
    },
  );

  it('pr.yml runs on every pull_request (no paths filter), one group per pull request', async () => {
    const wf = await workflow('pr.yml');
    expect(Object.keys(wf.on)).toEqual(['pull_request']);
    expect(wf.on.pull_request?.paths).toBeUndefined();
    expect(wf.on.pull_request?.['paths-ignore']).toBeUndefined();
    expect(wf.concurrency).toEqual({
      group: 'orch-backup-${{ github.event.pull_request.number }}',
      'cancel-in-progress': true,
    });
  });

  it("pr-comment.yml runs when pr.yml completes, only for forks' pull requests, in comment mode, without the fork's code", async () => {
    const wf = await workflow('pr-comment.yml');
    const pr = await workflow('pr.yml');
    expect(wf.on.workflow_run).toEqual({ workflows: [pr.name], types: ['completed'] });
    expect(wf.jobs.comment.if).toContain("github.event.workflow_run.event == 'pull_request'");
    expect(wf.jobs.comment.if).toContain('github.event.workflow_run.head_repository.full_name != github.repository');
    const checkout = wf.jobs.comment.steps.find((s: Record<string, any>) =>
      String(s.uses).startsWith('actions/checkout'),
    );
    expect(checkout.with?.ref).toBeUndefined();
    expect(checkout.with?.repository).toBeUndefined();
    expect(actionSteps(wf)[0]?.with).toEqual({ mode: 'comment' });
  });

  it('backup.yml runs on pushes to main and on a schedule, one group per ref', async () => {
    const wf = await workflow('backup.yml');
    expect(wf.on.push.branches).toEqual(['main']);
    expect(wf.on.schedule[0].cron).toMatch(/^\S+ \S+ \S+ \S+ \S+$/);
    expect(wf.concurrency.group).toContain('${{ github.ref }}');
  });

  it("restore.yml's dispatch inputs feed the action's restore inputs", async () => {
    const wf = await workflow('restore.yml');
    const inputs = wf.on.workflow_dispatch.inputs;
    expect(inputs.backup.required).toBe(true);
    expect(inputs['run-id'].required).toBe(false);
    expect(inputs['restore-to'].type).toBe('choice');
    expect(inputs['restore-to'].options).toEqual(['pull-request', 'workspace']);
    expect(wf.concurrency.group).toContain('${{ github.ref }}');
    const [step] = actionSteps(wf);
    expect(step?.with).toMatchObject({
      mode: 'restore',
      backup: '${{ inputs.backup }}',
      'run-id': '${{ inputs.run-id }}',
      'restore-to': '${{ inputs.restore-to }}',
    });
    // Every `with:` key the examples pass is a real input of action.yml.
    const action = await loadAction();
    for (const name of ['pr.yml', 'backup.yml', 'restore.yml', 'pr-comment.yml']) {
      for (const s of actionSteps(await workflow(name)))
        for (const key of Object.keys(s.with ?? {})) expect(Object.keys(action.inputs)).toContain(key);
    }
  });
});
