import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';
import type { NameResult } from './front-matter.js';

// Its own module, loaded only for front matter the shortcut in front-matter.ts cannot read: the
// hooks pay for every module they load, and the library's types never name the YAML package.

/** `name:` from front matter text; lines counted from 1 within that text. */
export function readName(text: string): NameResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const at = error.linePos?.[0];
    const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code;
    return { problem: `front matter is not valid YAML: ${reason}`, ...(at ? { line: at.line, column: at.col } : {}) };
  }
  if (doc.contents === null) return {};
  if (!isMap(doc.contents))
    return { problem: 'front matter is not a map of fields (name:, description:, …)', line: 1, column: 1 };
  const node = doc.contents.get('name', true);
  if (node === undefined) return {};
  const place = node.range ? lineCounter.linePos(node.range[0]) : { line: 1, col: 1 };
  const value: unknown = isScalar(node) ? node.value : undefined;
  if (typeof value === 'string' && value.trim() !== '') return { name: value.trim(), line: place.line };
  return { problem: '"name:" must be a non-empty text', line: place.line, column: place.col };
}
