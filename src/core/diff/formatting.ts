import { kindOfPath } from '../kinds/index.js';
import { decodeUtf8, parseJson } from '../util/json.js';
import { deepEqual } from './values.js';

/**
 * The words every view uses for a JSON file whose bytes differ but whose parsed content is the
 * same (indentation, key order, a final newline): `list`, `diff` and `restore` say exactly this.
 */
export const FORMATTING_ONLY = 'formatting only';

/** Two versions of a file differ in formatting only: both JSON, both parse, and to equal values. */
export function isFormattingOnly(file: string, before: Uint8Array, after: Uint8Array): boolean {
  if (kindOfPath(file) !== 'json') return false;
  const a = parsed(before);
  if (a === NOT_JSON) return false;
  const b = parsed(after);
  return b !== NOT_JSON && deepEqual(a, b);
}

const NOT_JSON = Symbol('not JSON');

function parsed(bytes: Uint8Array): unknown {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return NOT_JSON;
  const result = parseJson(decoded.text);
  return result.ok ? result.value : NOT_JSON;
}
