import path from 'node:path';
import type { AgentDefinition, AgentDefinitionSet, AgentFileProblem, AgentFileText } from './types.js';

type Yaml = typeof import('yaml');

const OPENING = /^\uFEFF?---[ \t]*$/;
const CLOSING = /^(---|\.\.\.)[ \t]*$/;

/**
 * The agents a set of definition files defines. Problems in a file's front matter become
 * findings, never exceptions, and the file still defines the agent named by its stem: one bad
 * file should not also turn every reference to its agent into an "unknown agent".
 */
export async function agentDefinitionsFrom(dir: string, files: readonly AgentFileText[]): Promise<AgentDefinitionSet> {
  const definitions: AgentDefinition[] = [];
  const problems: AgentFileProblem[] = [];
  // The YAML parser is loaded only when some file has front matter: the pre-commit hook pays
  // for every module it loads.
  let yaml: Yaml | undefined;
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const file = path.posix.join(dir, f.path);
    const stem = path.posix.basename(f.path).replace(/\.md$/i, '');
    const lines = f.text.split(/\r?\n/);
    if (!OPENING.test(lines[0] ?? '')) {
      definitions.push({ name: stem, file });
      continue;
    }
    const close = lines.findIndex((line, i) => i > 0 && CLOSING.test(line));
    if (close === -1) {
      problems.push({ kind: 'front-matter', file, line: 1, column: 1, message: 'front matter opened with "---" is never closed: Claude Code cannot read its name' });
      definitions.push({ name: stem, file });
      continue;
    }
    yaml ??= await import('yaml');
    const found = readName(yaml, lines.slice(1, close).join('\n'));
    if ('problem' in found) {
      // Front matter starts on the file's second line.
      problems.push({ kind: 'front-matter', file, ...(found.line ? { line: found.line + 1, column: found.column ?? 1 } : {}), message: found.problem });
      definitions.push({ name: stem, file });
    } else if (found.name === undefined) definitions.push({ name: stem, file });
    else definitions.push({ name: found.name, file, line: found.line + 1 });
  }
  return { dir, exists: true, definitions, problems };
}

type NameResult = { name?: undefined } | { name: string; line: number } | { problem: string; line?: number; column?: number };

/** `name:` from front matter text; lines counted from 1 within that text. */
function readName(yaml: Yaml, text: string): NameResult {
  const lineCounter = new yaml.LineCounter();
  const doc = yaml.parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const at = error.linePos?.[0];
    const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code;
    return { problem: `front matter is not valid YAML: ${reason}`, ...(at ? { line: at.line, column: at.col } : {}) };
  }
  if (doc.contents === null) return {};
  if (!yaml.isMap(doc.contents)) return { problem: 'front matter is not a map of fields (name:, description:, …)', line: 1, column: 1 };
  const node = doc.contents.get('name', true);
  if (node === undefined) return {};
  const place = node.range ? lineCounter.linePos(node.range[0]) : { line: 1, col: 1 };
  const value: unknown = yaml.isScalar(node) ? node.value : undefined;
  if (typeof value === 'string' && value.trim() !== '') return { name: value.trim(), line: place.line };
  return { problem: '"name:" must be a non-empty text', line: place.line, column: place.col };
}
