import { decodeUtf8 } from '../util/json.js';
import { parseYaml } from '../kinds/yaml.js';
import type { ConfigDocument, Diagnostic } from './types.js';

/** A YAML file's syntax error (or broken encoding) as a finding at its line and column, or null. */
export async function checkYaml(doc: ConfigDocument): Promise<Diagnostic | null> {
  const decoded = decodeUtf8(doc.bytes);
  // Not `encoding`: that code is JSON's, which create refuses to back up.
  if (!decoded.ok)
    return {
      severity: 'error',
      code: 'yaml-syntax',
      file: doc.path,
      ...decoded.position,
      message: `invalid YAML: ${decoded.problem}`,
    };
  const parsed = await parseYaml(decoded.text);
  if (parsed.ok) return null;
  return {
    severity: 'error',
    code: 'yaml-syntax',
    file: doc.path,
    line: parsed.line,
    column: parsed.column,
    message: `invalid YAML: ${parsed.problem}`,
  };
}
