#!/usr/bin/env node
// Regenerates the action's input and output tables in README.md from action.yml.
//
//   node scripts/action-docs.mjs            rewrite the tables in place
//   node scripts/action-docs.mjs --check    exit 1 (one line on stderr) when a table is stale
//   --readme <path> --action <path>         other files (default: the repository's own)
//
// Each table sits between a marker pair, e.g. `<!-- action-inputs:start -->` … `<!-- action-inputs:end -->`;
// nothing outside the markers is touched. Exit codes: 0 in sync / written, 1 stale (--check),
// 2 usage error or unreadable/invalid files.
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const TABLES = [
  { key: 'inputs', label: 'inputs', start: '<!-- action-inputs:start -->', end: '<!-- action-inputs:end -->' },
  { key: 'outputs', label: 'outputs', start: '<!-- action-outputs:start -->', end: '<!-- action-outputs:end -->' },
];

class UsageError extends Error {}

/** Text safe inside a table cell: one line, `|` escaped (also inside code spans, as GFM requires). */
function cell(text) {
  return String(text)
    .replace(/\s*\r?\n\s*/g, ' ')
    .trim()
    .replace(/\\?\|/g, '\\|');
}

/** A code span that survives backticks in the value. */
function code(text) {
  const value = String(text);
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = longest > 0 || value.startsWith('`') || value.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

function defaultCell(value) {
  if (value === undefined || value === null || value === '') return '*(empty)*';
  return cell(code(typeof value === 'string' ? value : JSON.stringify(value)));
}

function entries(action, key, file) {
  const section = action?.[key];
  if (section === undefined || section === null) return [];
  if (typeof section !== 'object' || Array.isArray(section))
    throw new UsageError(`${file}: \`${key}\` must be a mapping`);
  return Object.entries(section).map(([name, spec]) => {
    if (spec !== null && (typeof spec !== 'object' || Array.isArray(spec)))
      throw new UsageError(`${file}: ${key}.${name} must be a mapping`);
    return [name, spec ?? {}];
  });
}

/** The two tables for this action.yml text, in action.yml's order. */
export function renderTables(actionText, file = 'action.yml') {
  let action;
  try {
    action = parse(actionText);
  } catch (error) {
    throw new UsageError(`${file}: not valid YAML: ${String(error.message).split('\n')[0]}`);
  }
  if (action === null || typeof action !== 'object' || Array.isArray(action))
    throw new UsageError(`${file}: not an action metadata file (expected a mapping)`);

  const inputs = ['| input | description | default |', '| --- | --- | --- |'];
  for (const [name, spec] of entries(action, 'inputs', file)) {
    const required = spec.required === true || spec.required === 'true' ? ' (required)' : '';
    inputs.push(`| ${cell(code(name))}${required} | ${cell(spec.description ?? '')} | ${defaultCell(spec.default)} |`);
  }
  const outputs = ['| output | description |', '| --- | --- |'];
  for (const [name, spec] of entries(action, 'outputs', file)) {
    outputs.push(`| ${cell(code(name))} | ${cell(spec.description ?? '')} |`);
  }
  return { inputs: inputs.join('\n'), outputs: outputs.join('\n') };
}

function between(readme, table, file) {
  const count = (marker) => readme.split(marker).length - 1;
  if (count(table.start) !== 1 || count(table.end) !== 1) {
    throw new UsageError(
      `${file}: needs exactly one \`${table.start}\` and one \`${table.end}\` for the ${table.label} table`,
    );
  }
  const from = readme.indexOf(table.start) + table.start.length;
  const to = readme.indexOf(table.end);
  if (to < from) throw new UsageError(`${file}: \`${table.end}\` comes before \`${table.start}\``);
  return { from, to };
}

/** README with each table replaced, and which tables changed. */
export function updateReadme(readme, tables, file = 'README.md') {
  const eol = readme.includes('\r\n') ? '\r\n' : '\n';
  let text = readme;
  const stale = [];
  for (const table of TABLES) {
    const { from, to } = between(text, table, file);
    const wanted = `${eol}${eol}${tables[table.key].split('\n').join(eol)}${eol}${eol}`;
    if (text.slice(from, to) !== wanted) {
      stale.push(table.label);
      text = text.slice(0, from) + wanted + text.slice(to);
    }
  }
  return { text, stale };
}

function parseArgs(argv) {
  const options = { check: false, readme: path.join(ROOT, 'README.md'), action: path.join(ROOT, 'action.yml') };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--check') options.check = true;
    else if (arg === '--readme' || arg === '--action') {
      const value = argv[++i];
      if (!value || value.startsWith('--')) throw new UsageError(`${arg} needs a path`);
      options[arg.slice(2)] = path.resolve(value);
    } else if (arg === '-h' || arg === '--help') {
      options.help = true;
    } else
      throw new UsageError(
        `unknown argument ${JSON.stringify(arg)} (expected --check, --readme <path>, --action <path>)`,
      );
  }
  return options;
}

function shown(file) {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') ? relative : file;
}

async function read(file) {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${shown(file)}: ${error.code ?? error.message}`);
  }
}

async function main(argv) {
  const options = parseArgs(argv);
  if (options.help) {
    process.stdout.write('usage: node scripts/action-docs.mjs [--check] [--readme <path>] [--action <path>]\n');
    return 0;
  }
  const readmeName = shown(options.readme);
  const actionName = shown(options.action);
  const tables = renderTables(await read(options.action), actionName);
  const readme = await read(options.readme);
  const { text, stale } = updateReadme(readme, tables, readmeName);
  const named = stale.map((label) => `${label} table`).join(' and ');
  if (options.check) {
    if (stale.length === 0) return 0;
    process.stderr.write(
      `${readmeName}: the action ${named} ${stale.length > 1 ? 'are' : 'is'} stale (differs from ${actionName}); run \`node scripts/action-docs.mjs\`\n`,
    );
    return 1;
  }
  if (stale.length === 0) {
    process.stdout.write(`${readmeName}: action tables already match ${actionName}\n`);
    return 0;
  }
  const temporary = `${options.readme}.action-docs-${process.pid}.tmp`;
  await writeFile(temporary, text, 'utf8');
  await rename(temporary, options.readme);
  process.stdout.write(`${readmeName}: updated the action ${named} from ${actionName}\n`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`action-docs: ${error instanceof UsageError ? error.message : error.stack}\n`);
      process.exitCode = 2;
    },
  );
}
