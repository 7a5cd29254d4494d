import path from 'node:path';
import type { AgentDefinition, AgentDefinitionSet, AgentFileProblem, AgentFileText } from './types.js';

/**
 * What a front matter text says about the agent's name, shared between reads of one run: the
 * two sides of a judgement mostly hold the same files, and each text is read once.
 */
export type FrontMatterMemo = Map<string, NameResult>;

const OPENING = /^\uFEFF?---[ \t\r]*$/;
const CLOSING = /^(---|\.\.\.)[ \t\r]*$/;

/**
 * The index of the line that closes a file's front matter: null when `---` opens it but nothing
 * closes it, undefined when the file has none. Lines may keep a trailing `\r`.
 */
export function frontMatterEnd(lines: readonly string[]): number | null | undefined {
  if (!OPENING.test(lines[0] ?? '')) return undefined;
  const close = lines.findIndex((line, i) => i > 0 && CLOSING.test(line));
  return close === -1 ? null : close;
}

/**
 * The agents a set of definition files defines. Problems in a file's front matter become
 * findings, never exceptions, and the file still defines the agent named by its stem: one bad
 * file should not also turn every reference to its agent into an "unknown agent".
 */
export async function agentDefinitionsFrom(
  dir: string,
  files: readonly AgentFileText[],
  memo: FrontMatterMemo = new Map(),
): Promise<AgentDefinitionSet> {
  const definitions: AgentDefinition[] = [];
  const problems: AgentFileProblem[] = [];
  // The YAML parser is loaded only when some file has front matter: the pre-commit hook pays
  // for every module it loads.
  let yaml: typeof import('./yaml-name.js') | undefined;
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const file = path.posix.join(dir, f.path);
    const stem = path.posix.basename(f.path).replace(/\.md$/i, '');
    const lines = f.text.split(/\r?\n/);
    const close = frontMatterEnd(lines);
    if (close === undefined) {
      definitions.push({ name: stem, file });
      continue;
    }
    if (close === null) {
      problems.push({
        kind: 'front-matter',
        file,
        line: 1,
        column: 1,
        message: 'front matter opened with "---" is never closed: Claude Code cannot read its name',
      });
      definitions.push({ name: stem, file });
      continue;
    }
    const text = lines.slice(1, close).join('\n');
    let found = memo.get(text) ?? simpleName(text);
    if (found === undefined) {
      yaml ??= await import('./yaml-name.js');
      found = yaml.readName(text);
    }
    memo.set(text, found);
    if ('problem' in found) {
      // Front matter starts on the file's second line.
      problems.push({
        kind: 'front-matter',
        file,
        ...(found.line ? { line: found.line + 1, column: found.column ?? 1 } : {}),
        message: found.problem,
      });
      definitions.push({ name: stem, file });
    } else if (found.name === undefined) definitions.push({ name: stem, file });
    else definitions.push({ name: found.name, file, line: found.line + 1 });
  }
  return { dir, exists: true, definitions, problems };
}

export type NameResult =
  | { name?: undefined }
  | { name: string; line: number }
  | { problem: string; line?: number; column?: number };

const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*?))? *$/;
/** Characters after which YAML could read a line other than as `key: text` (controls, other line breaks, BOM). */
const UNUSUAL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;
/** Plain scalars YAML 1.2's core schema resolves to null, booleans or numbers, not to text. */
const NOT_TEXT =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/**
 * `name:` from front matter written as most agent files are: one `key: text` per line, no
 * nesting, quoting only without escapes. For such text the answer is the YAML parser's, without
 * loading and warming up the parser (~3 ms a file on a cold start, which the hooks pay for every
 * agent file). Undefined for anything else: the parser decides then, errors and all.
 */
export function simpleName(text: string): NameResult | undefined {
  if (UNUSUAL.test(text)) return undefined;
  const keys = new Set<string>();
  let found: NameResult = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (/^ *$/.test(line) || line.startsWith('#')) continue;
    const match = KEY_LINE.exec(line);
    if (!match || line.length > 1000) return undefined;
    const [, key, raw = ''] = match as unknown as [string, string, string | undefined];
    if (keys.has(key) || NOT_TEXT.test(key)) return undefined;
    keys.add(key);
    const value = scalarText(raw);
    if (value === undefined) return undefined;
    if (key !== 'name') continue;
    if (value.text.trim() === '' || (!value.quoted && NOT_TEXT.test(value.text))) return undefined;
    found = { name: value.text.trim(), line: i + 1 };
  }
  return found;
}

/** A one-line scalar whose text is plain to see; undefined when YAML might read more into it. */
function scalarText(raw: string): { text: string; quoted: boolean } | undefined {
  if (raw === '') return { text: '', quoted: false };
  const quote = raw[0];
  if (quote === '"' || quote === "'") {
    const inner = raw.slice(1, -1);
    return raw.length >= 2 && raw.endsWith(quote) && !inner.includes(quote) && !inner.includes('\\')
      ? { text: inner, quoted: true }
      : undefined;
  }
  if (/^[-?:,[\]{}#&*!|>%@`]/.test(raw) || raw.includes(': ') || raw.endsWith(':') || raw.includes(' #'))
    return undefined;
  return { text: raw, quoted: false };
}
