import { type Document, type Node, isAlias, isMap, isScalar, isSeq, parseAllDocuments } from 'yaml';
import { REDACTED, isPlainScalarText, isSecretFlag, isSecretKey, secretPairField } from './redact.js';
import { frontMatterEnd } from '../agents/front-matter.js';
import { kindOfPath } from '../kinds/index.js';

/**
 * Secrets of YAML text (a `.yaml` file, or a Markdown file's front matter) found by parsing it
 * rather than line by line: a value can sit lines below its secret key (`api_key: |`, a list under
 * `tokens:`, a map under `secrets:`) or beside a harmless one (`auth: {api_key: …}`). The rule is
 * the JSON side's (redact.ts): a string under a secret key is a secret, a number, boolean or null
 * is shown, a map under a secret key is hidden whole (keys too), a list's items are judged one by
 * one; the value of a `{name: API_TOKEN, value}` pair and the item after `--api-key` count too.
 *
 * Loaded only when a YAML or Markdown text diff is shown: the parser costs every command that
 * loads it, and most commands show none.
 */

/** How the values below a node are judged: not secret, judged as under a secret key, or hidden whole. */
type Mode = 'open' | 'secret' | 'whole';

/** Offsets [start, end) of the source text that hold secrets. */
type Range = [number, number];

/**
 * The file's lines (split at `\n`) with every secret `•••`, everything else as it is; the same
 * number of lines, so line i of the result is line i of the file. Undefined when the file is not
 * YAML (or Markdown with front matter) that parses: the caller then has only the line rule.
 */
export function secretMaskedLines(
  file: string,
  text: string,
  lines: readonly string[],
  secretKeys: readonly string[],
): string[] | undefined {
  if (kindOfPath(file) === 'yaml') {
    const ranges = yamlSecretRanges(text, secretKeys);
    return ranges && maskRanges(lines, ranges);
  }
  if (/\.(md|markdown)$/i.test(file)) {
    const front = frontMatter(lines);
    if (!front) return [...lines];
    const ranges = yamlSecretRanges(front.text, secretKeys);
    return ranges && maskRanges(lines, ranges, front.offset);
  }
  return undefined;
}

/** The YAML between a Markdown file's opening `---` and its closing line, and where it starts. */
function frontMatter(lines: readonly string[]): { text: string; offset: number } | undefined {
  const close = frontMatterEnd(lines);
  if (close === undefined || close === null) return undefined;
  return { text: lines.slice(1, close).join('\n'), offset: (lines[0] as string).length + 1 };
}

/** The source ranges of every secret in the YAML stream, or undefined when any document fails to parse. */
function yamlSecretRanges(text: string, secretKeys: readonly string[]): Range[] | undefined {
  const documents = parseAllDocuments(text);
  if (!Array.isArray(documents)) return undefined;
  const ranges: Range[] = [];
  for (const doc of documents) {
    if (doc.errors.length > 0) return undefined;
    const walker = new SecretWalker(doc, text, secretKeys, ranges);
    walker.walk(doc.contents, 'open');
  }
  return ranges;
}

class SecretWalker {
  /** Anchored nodes already walked through an alias: an alias cycle or a repeated one is walked once. */
  private readonly followed = new Set<Node>();

  constructor(
    private readonly doc: Document,
    private readonly text: string,
    private readonly secretKeys: readonly string[],
    private readonly ranges: Range[],
  ) {}

  walk(node: unknown, mode: Mode): void {
    if (isAlias(node)) {
      // `api_key: *shared`: the value shown is the anchored one, wherever it is written.
      if (mode === 'open') return;
      const target = node.resolve(this.doc);
      if (target && !this.followed.has(target)) {
        this.followed.add(target);
        this.walk(target, mode);
      }
    } else if (isScalar(node)) {
      if (node.range && (mode === 'whole' || (mode === 'secret' && !this.isShownScalar(node.value, node.range))))
        this.ranges.push([node.range[0], node.range[1]]);
    } else if (isMap(node)) {
      const pairField = mode === 'open' ? secretPairField(this.scalarFields(node.items), this.secretKeys) : undefined;
      for (const pair of node.items) {
        if (mode !== 'open') {
          // A map under a secret key is hidden whole: its keys may be the secrets themselves.
          this.walk(pair.key, 'whole');
          this.walk(pair.value, 'whole');
          continue;
        }
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        const secret = key !== undefined && (key === pairField || isSecretKey(key, this.secretKeys));
        this.walk(pair.value, secret ? 'secret' : 'open');
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const previous = node.items[i - 1];
        // `["--api-key", "sk-…"]`: the item after a secret-named flag is its value.
        const flagged =
          mode === 'open' && isScalar(previous) && isSecretFlag(previous.value, this.secretKeys) && isScalar(item);
        this.walk(item, flagged ? 'secret' : mode);
      });
    }
  }

  /**
   * A number, boolean or null under a secret key is a count, a switch or nothing, and is shown; so
   * are they in the line rule, which also reads `0123` (a PIN more than a count) as a string.
   */
  private isShownScalar(value: unknown, range: readonly number[]): boolean {
    if (value !== null && typeof value !== 'number' && typeof value !== 'boolean') return false;
    return isPlainScalarText(this.text.slice(range[0], range[1]));
  }

  /** A map's scalar fields as a plain object, enough to tell a `{name: API_TOKEN, value}` pair. */
  private scalarFields(items: readonly { key: unknown; value: unknown }[]): Record<string, unknown> {
    const fields: Record<string, unknown> = {};
    for (const { key, value } of items)
      if (isScalar(key) && typeof key.value === 'string' && isScalar(value))
        Object.defineProperty(fields, key.value, { value: value.value, enumerable: true });
    return fields;
  }
}

/**
 * The lines with each range's visible text on each line it spans replaced by `•••` (indentation
 * and line ends kept), so a block scalar's lines each read `•••` and the line count is unchanged.
 */
function maskRanges(lines: readonly string[], ranges: readonly Range[], offset = 0): string[] {
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 1;
  }
  // Per line, the columns to mask; applied right to left so earlier columns keep their place.
  const cuts = new Map<number, Range[]>();
  for (const [from, to] of ranges) {
    const [start, end] = [from + offset, to + offset];
    for (let i = lineAt(starts, start); i < lines.length && (starts[i] as number) < end; i++) {
      const lineStart = starts[i] as number;
      const line = lines[i] as string;
      const segment: Range = [
        Math.max(start, lineStart) - lineStart,
        Math.min(end, lineStart + line.length) - lineStart,
      ];
      const list = cuts.get(i) ?? [];
      list.push(segment);
      cuts.set(i, list);
    }
  }
  return lines.map((line, i) => {
    const list = cuts.get(i);
    if (!list) return line;
    let shown = line;
    for (const [from, to] of [...list].sort((x, y) => y[0] - x[0])) {
      const segment = shown.slice(from, to);
      const visible = segment.trim();
      if (visible === '' || visible === REDACTED) continue;
      const lead = segment.length - segment.trimStart().length;
      shown = `${shown.slice(0, from + lead)}${REDACTED}${shown.slice(from + lead + visible.length)}`;
    }
    return shown;
  });
}

/** The index of the line holding this offset, by binary search over the line starts. */
function lineAt(starts: readonly number[], offset: number): number {
  let [lo, hi] = [0, starts.length - 1];
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A unified diff of the two texts with each line replaced by the masked line it came from
 * (`-` from the old side, `+` from the new, context from either, masked if either side masks it).
 * The diff itself is made from the real texts, so a changed secret still shows as a changed line.
 * Undefined when a line does not match its source (the caller then keeps the line rule alone).
 */
export function maskUnifiedDiff(
  unifiedDiff: string,
  before: { raw: readonly string[]; masked: readonly string[] },
  after: { raw: readonly string[]; masked: readonly string[] },
): string | undefined {
  let [oldAt, newAt] = [0, 0];
  const out: string[] = [];
  for (const line of unifiedDiff.split('\n')) {
    const hunk = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk) {
      oldAt = Math.max(0, Number(hunk[1]) - (hunk[2] === '0' ? 0 : 1));
      newAt = Math.max(0, Number(hunk[3]) - (hunk[4] === '0' ? 0 : 1));
      out.push(line);
      continue;
    }
    const mark = line[0];
    if (line.startsWith('--- ') || line.startsWith('+++ ') || line.startsWith('\\') || mark === undefined) {
      out.push(line);
      continue;
    }
    const content = line.slice(1);
    const take = (side: typeof before, at: number): string | undefined => {
      const raw = side.raw[at];
      if (raw === content) return side.masked[at];
      return raw === `${content}\r` ? side.masked[at]?.replace(/\r$/, '') : undefined;
    };
    let shown: string | undefined;
    if (mark === '-') shown = take(before, oldAt++);
    else if (mark === '+') shown = take(after, newAt++);
    else if (mark === ' ') {
      const [old, now] = [take(before, oldAt++), take(after, newAt++)];
      shown = old === undefined || now === undefined ? undefined : old !== content ? old : now;
    }
    if (shown === undefined) return undefined;
    out.push(`${mark}${shown}`);
  }
  return out.join('\n');
}
