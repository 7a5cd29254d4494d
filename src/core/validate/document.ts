import { PositionIndex, decodeUtf8, findDuplicateKeys, parseJson } from '../util/json.js';
import type { ConfigDocument, Diagnostic } from './types.js';
import { DEFAULT_SECRET_KEYS, REDACTED, isSecretEntity, redactPointer } from '../diff/redact.js';

export interface ParsedDocument {
  path: string;
  text: string;
  value: unknown;
  positions: PositionIndex;
}

/** Decodes and parses one document; problems become diagnostics instead of exceptions. */
export function parseDocument(
  doc: ConfigDocument,
  diagnostics: Diagnostic[],
  secretKeys: readonly string[] = DEFAULT_SECRET_KEYS,
): ParsedDocument | undefined {
  const decoded = decodeUtf8(doc.bytes);
  if (!decoded.ok) {
    diagnostics.push({
      severity: 'error',
      code: 'encoding',
      file: doc.path,
      ...decoded.position,
      message: decoded.problem,
    });
    return undefined;
  }
  if (decoded.bom) {
    diagnostics.push({
      severity: 'warning',
      code: 'bom',
      file: doc.path,
      line: 1,
      column: 1,
      message: 'starts with a UTF-8 byte order mark; some JSON parsers reject it',
    });
  }
  const parsed = parseJson(decoded.text);
  if (!parsed.ok) {
    diagnostics.push({
      severity: 'error',
      code: 'json-syntax',
      file: doc.path,
      ...parsed.position,
      message: `invalid JSON: ${parsed.problem}`,
    });
    return undefined;
  }
  // The positional scan costs several times the parse; it runs only where a duplicate exists.
  const duplicates = parsed.mayHaveDuplicateKeys ? findDuplicateKeys(decoded.text) : [];
  for (const dup of duplicates) {
    // A map under a secret key may be keyed by the secrets themselves.
    const hidden = isSecretEntity(dup.pointer, secretKeys);
    diagnostics.push({
      severity: 'error',
      code: 'duplicate-key',
      file: doc.path,
      pointer: redactPointer(dup.pointer, secretKeys),
      ...dup.position,
      message: `duplicate key ${hidden ? REDACTED : JSON.stringify(dup.key)}: only the last value would be used`,
    });
  }
  return { path: doc.path, text: decoded.text, value: parsed.value, positions: new PositionIndex(decoded.text) };
}

/** A diagnostic about a place inside a parsed document, with its line and column. */
export function at(
  doc: ParsedDocument,
  pointer: string,
  severity: Diagnostic['severity'],
  code: string,
  message: string,
): Diagnostic {
  const position = doc.positions.of(pointer);
  return { severity, code, file: doc.path, pointer, ...(position ?? {}), message };
}
