/**
 * Edits to a JSON settings file's text that touch only the bytes they add: a child is appended
 * after the last one (or inside an empty container) in the file's own indentation, and removing
 * it takes exactly those bytes away again, so install followed by uninstall gives the file back
 * byte for byte. (jsonc-parser's own `modify` re-formats the whole line around an insertion,
 * which rewrote users' one-line hook entries.)
 */
import { findNodeAtLocation, parseTree, type Node, type ParseError } from '../util/jsonc.js';

export interface TextStyle {
  unit: string;
  eol: string;
}

/** The indentation unit and line ending the file already uses (2 spaces, LF by default). */
export function styleOf(text: string): TextStyle {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indented = /\n([ \t]+)\S/.exec(text)?.[1];
  const unit =
    indented === undefined ? '  ' : indented.startsWith('\t') ? '\t' : ' '.repeat(Math.min(indented.length, 8));
  return { unit, eol };
}

/** Parses settings text; undefined when it is not a JSON object (with where it fails). */
export function parseObject(text: string): { root: Node } | { error: string } {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || !root) return { error: `not valid JSON at offset ${errors[0]?.offset ?? 0}` };
  if (root.type !== 'object') return { error: 'not a JSON object' };
  return { root };
}

export function nodeAt(root: Node, path: (string | number)[]): Node | undefined {
  return findNodeAtLocation(root, path);
}

/** The text of `value` as a child at `depth` (1 = a top-level property). */
function childText(key: string | undefined, value: unknown, depth: number, style: TextStyle): string {
  const indent = style.unit.repeat(depth);
  const json = JSON.stringify(value, null, style.unit).split('\n').join(`${style.eol}${indent}`);
  return `${indent}${key === undefined ? '' : `${JSON.stringify(key)}: `}${json}`;
}

/** Appends a property (objects, `key` given) or an element (arrays) to `container` at `depth`. */
export function appendChild(
  text: string,
  container: Node,
  key: string | undefined,
  value: unknown,
  depth: number,
  style: TextStyle,
): string {
  const child = childText(key, value, depth, style);
  const last = container.children?.at(-1);
  if (last) {
    const end = last.offset + last.length;
    return `${text.slice(0, end)},${style.eol}${child}${text.slice(end)}`;
  }
  const open = container.offset + 1;
  return `${text.slice(0, open)}${style.eol}${child}${style.eol}${style.unit.repeat(depth - 1)}${text.slice(open)}`;
}

/** Removes `container`'s child at `index`: the exact inverse of appendChild for what it appended. */
export function removeChild(text: string, container: Node, index: number, depth: number, style: TextStyle): string {
  const children = container.children ?? [];
  const child = children[index];
  if (!child) return text;
  const end = child.offset + child.length;
  const previous = children[index - 1];
  if (previous) return text.slice(0, previous.offset + previous.length) + text.slice(end);
  const next = children[index + 1];
  if (next) return text.slice(0, child.offset) + text.slice(next.offset);
  // The only child: take the line break and indentation appendChild put around it.
  const open = container.offset + 1;
  const closing = `${style.eol}${style.unit.repeat(depth - 1)}`;
  const tail =
    text.startsWith(closing, end) && /^\s*$/.test(text.slice(open, child.offset)) ? end + closing.length : end;
  return text.slice(0, open) + text.slice(tail);
}

/** Replaces a string value in place. */
export function replaceValue(text: string, node: Node, value: string): string {
  return text.slice(0, node.offset) + JSON.stringify(value) + text.slice(node.offset + node.length);
}
