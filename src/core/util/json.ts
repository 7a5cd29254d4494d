import { type Node, type ParseError, ParseErrorCode, findNodeAtLocation, parseTree, visit } from './jsonc.js';
import { parseProblemWithoutInput } from './parse-problem.js';

/** Deeper documents are refused before any recursive code touches them. */
export const MAX_DEPTH = 1000;

export interface Position {
  line: number;
  column: number;
}

export type DecodeResult =
  | { ok: true; text: string; bom: boolean }
  | { ok: false; problem: string; position: Position };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    const text = decoder.decode(bytes);
    const bom = text.charCodeAt(0) === 0xfeff;
    return { ok: true, text: bom ? text.slice(1) : text, bom };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = Buffer.from(bytes.subarray(0, offset)).toString('utf8');
    return { ok: false, problem: `not valid UTF-8 (byte ${offset})`, position: positionAt(before, before.length) };
  }
}

export type ParseResult =
  | {
      ok: true;
      value: unknown;
      /** False only when the text certainly has no repeated key in any object; true sends callers to findDuplicateKeys. */
      mayHaveDuplicateKeys: boolean;
    }
  | { ok: false; problem: string; position: Position };

/**
 * Strict JSON (RFC 8259). The native parser does the work (it is not recursive, so deep
 * input cannot overflow it); depth and duplicate keys are then read off the parsed value,
 * and the slower text scans run only when that cannot answer exactly.
 */
export function parseJson(text: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // Depth first: the positional parser that locates syntax errors recurses.
    return tooDeep(text) ?? { ok: false, ...locateSyntaxError(text, (error as Error).message) };
  }
  const escaped = text.includes('\\u');
  const shape = shapeOf(value, !escaped);
  const mayHaveDuplicateKeys =
    shape.depth > MAX_DEPTH ||
    (escaped ? keyTokens(text) !== shape.keys : countColons(text) !== shape.keys + shape.colons);
  // A duplicate's discarded value is not in the parsed value, so its depth must come from the text.
  if (mayHaveDuplicateKeys) {
    const deep = tooDeep(text);
    if (deep) return deep;
  }
  return { ok: true, value, mayHaveDuplicateKeys };
}

function tooDeep(text: string): { ok: false; problem: string; position: Position } | undefined {
  const depth = nestingDepth(text);
  if (depth.depth <= MAX_DEPTH) return undefined;
  return { ok: false, problem: `nesting deeper than ${MAX_DEPTH} levels`, position: positionAt(text, depth.offset) };
}

/**
 * Own keys of all objects in a parsed value, its nesting depth (stopping past MAX_DEPTH),
 * and, if asked, the colons inside its keys and strings. Iterative: depth is unbounded here.
 *
 * Why this finds duplicates exactly: JSON.parse keeps one property per distinct key, so the
 * text has more members than the value has keys exactly when some object repeats a key.
 * In valid JSON every colon outside strings ends a key, and without \u escapes every colon
 * in a parsed string was a literal colon in the text; so the text's colon count equals
 * keys + string colons of the value exactly when nothing was dropped.
 */
function shapeOf(root: unknown, withColons: boolean): { keys: number; depth: number; colons: number } {
  let keys = 0;
  let colons = 0;
  let max = 0;
  const containers: object[] = [];
  const depths: number[] = [];
  // Containers go on the stack; strings are counted where they are met, sparing a push each.
  const visit = (value: unknown, depth: number): void => {
    if (typeof value === 'string') {
      if (withColons) colons += countColons(value);
    } else if (typeof value === 'object' && value !== null) {
      containers.push(value);
      depths.push(depth);
    }
  };
  visit(root, 1);
  while (containers.length > 0) {
    const value = containers.pop() as object;
    const depth = depths.pop() as number;
    if (depth > max) {
      max = depth;
      if (max > MAX_DEPTH) break;
    }
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      continue;
    }
    // Object.keys, not for-in: an enumerable property added to Object.prototype must not count.
    const own = Object.keys(value);
    keys += own.length;
    for (const key of own) {
      if (withColons) colons += countColons(key);
      visit((value as Record<string, unknown>)[key], depth + 1);
    }
  }
  return { keys, depth: max, colons };
}

function countColons(text: string): number {
  let count = 0;
  for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) count++;
  return count;
}

/**
 * Members in valid JSON text, counted as string tokens followed by a colon: for text with
 * \u escapes, where a colon in a parsed string may have been spelled \u003a. Outside strings
 * every quote opens one, so the regex consumes whole strings and never starts inside one.
 * NaN (never equal to a count) if the regex engine gives up on a pathological string.
 */
function keyTokens(text: string): number {
  const token = /"[^"\\]*(?:\\[\s\S][^"\\]*)*"(\s*:)?/g;
  let count = 0;
  try {
    for (let match = token.exec(text); match; match = token.exec(text)) if (match[1] !== undefined) count++;
  } catch {
    return Number.NaN;
  }
  return count;
}

function locateSyntaxError(text: string, nativeMessage: string): { problem: string; position: Position } {
  if (text.trim() === '') return { problem: 'the file is empty', position: { line: 1, column: 1 } };
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first) return { problem: describeParseError(first.error), position: positionAt(text, first.offset) };
  // jsonc-parser accepts a few things JSON.parse rejects (e.g. control characters in strings).
  return { problem: parseProblemWithoutInput(nativeMessage), position: { line: 1, column: 1 } };
}

const PARSE_ERRORS: Record<ParseErrorCode, string> = {
  [ParseErrorCode.InvalidSymbol]: 'unexpected character',
  [ParseErrorCode.InvalidNumberFormat]: 'invalid number',
  [ParseErrorCode.PropertyNameExpected]: 'property name expected',
  [ParseErrorCode.ValueExpected]: 'value expected',
  [ParseErrorCode.ColonExpected]: "':' expected",
  [ParseErrorCode.CommaExpected]: "',' expected",
  [ParseErrorCode.CloseBraceExpected]: "'}' expected",
  [ParseErrorCode.CloseBracketExpected]: "']' expected",
  [ParseErrorCode.EndOfFileExpected]: 'unexpected content after the end of the document',
  [ParseErrorCode.InvalidCommentToken]: 'comments are not allowed in JSON',
  [ParseErrorCode.UnexpectedEndOfComment]: 'unterminated comment',
  [ParseErrorCode.UnexpectedEndOfString]: 'unterminated string',
  [ParseErrorCode.UnexpectedEndOfNumber]: 'unterminated number',
  [ParseErrorCode.InvalidUnicode]: 'invalid unicode escape',
  [ParseErrorCode.InvalidEscapeCharacter]: 'invalid escape character',
  [ParseErrorCode.InvalidCharacter]: 'invalid character',
};

function describeParseError(code: ParseErrorCode): string {
  return PARSE_ERRORS[code] ?? `parse error ${code}`;
}

/** Deepest bracket nesting outside strings, and where it first got that deep. */
export function nestingDepth(text: string): { depth: number; offset: number } {
  let depth = 0;
  let max = 0;
  let maxOffset = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth++;
      if (depth > max) {
        max = depth;
        maxOffset = i;
        if (max > MAX_DEPTH) break;
      }
    } else if (c === 125 || c === 93) depth--;
  }
  return { depth: max, offset: maxOffset };
}

export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Maps JSON pointers of one document to line/column, building the positional tree once. */
export class PositionIndex {
  private tree: Node | undefined | null = null;
  private lineStarts: number[] | undefined;
  constructor(private readonly text: string) {}

  /** Line and column of an offset, by binary search over line starts computed once. */
  private positionOf(offset: number): Position {
    if (!this.lineStarts) {
      this.lineStarts = [0];
      for (let i = 0; i < this.text.length; i++) if (this.text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    }
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.lineStarts[lo] as number) + 1 };
  }

  of(pointer: string): Position | undefined {
    if (this.tree === null) this.tree = parseTree(this.text) ?? undefined;
    if (!this.tree) return undefined;
    const segments = pointer === '' ? [] : pointer.slice(1).split('/').map(unescapePointerSegment);
    const node = findNodeAtLocation(
      this.tree,
      segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
    );
    if (!node) return undefined;
    // Point at the key of a property rather than its value: that is where editors jump.
    const target = node.parent?.type === 'property' ? node.parent : node;
    return this.positionOf(target.offset);
  }
}

export function unescapePointerSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Object keys that occur twice in the same object: JSON.parse silently keeps the last. */
export function findDuplicateKeys(text: string): { key: string; pointer: string; position: Position }[] {
  const found: { key: string; pointer: string; position: Position }[] = [];
  const stack: Set<string>[] = [];
  visit(
    text,
    {
      onObjectBegin: () => {
        stack.push(new Set());
      },
      onObjectEnd: () => {
        stack.pop();
      },
      // The path is built only for a duplicate: building it for every object doubled the scan's cost.
      onObjectProperty: (property, _offset, _length, startLine, startCharacter, pathSupplier) => {
        const keys = stack[stack.length - 1];
        if (!keys) return;
        if (keys.has(property)) {
          found.push({
            key: property,
            pointer: `${toPointer(pathSupplier())}/${escapePointerSegment(property)}`,
            position: { line: startLine + 1, column: startCharacter + 1 },
          });
        }
        keys.add(property);
      },
    },
    { disallowComments: true },
  );
  return found;
}

function toPointer(segments: (string | number)[]): string {
  return segments.map((s) => `/${escapePointerSegment(String(s))}`).join('');
}

/**
 * Offset of the first byte that starts an ill-formed sequence, by the well-formed ranges of
 * Unicode's table 3-7: the second byte's range excludes overlong forms (E0 80-9F, F0 80-8F),
 * UTF-16 surrogates (ED A0-BF) and code points above U+10FFFF (F4 90-BF), exactly what the
 * fatal TextDecoder rejects.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0;
      else if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90;
      else if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += need + 1;
  }
  return i;
}
