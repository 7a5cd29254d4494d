/**
 * What kind of file a config file is, which decides how it is checked and compared: JSON is
 * validated and diffed entity by entity, YAML is parsed for its syntax, everything else is
 * stored byte-exact and compared as text (or, when it is not text, by its bytes alone).
 */
export type FileKind = 'json' | 'yaml' | 'text' | 'binary';

const YAML_EXTENSIONS = /\.(ya?ml)$/i;

/** The kind a path promises, before its content is known: `other` is text or binary. */
export function kindOfPath(file: string): 'json' | 'yaml' | 'other' {
  if (/\.json$/i.test(file)) return 'json';
  if (YAML_EXTENSIONS.test(file)) return 'yaml';
  return 'other';
}

/** A file's kind from its path and, for files that are neither JSON nor YAML, its content. */
export function kindOf(file: string, bytes: Uint8Array): FileKind {
  const byPath = kindOfPath(file);
  if (byPath !== 'other') return byPath;
  return isText(bytes) ? 'text' : 'binary';
}

const strict = new TextDecoder('utf-8', { fatal: true });

/** Valid UTF-8 without NUL bytes: what git and diff tools also take for text. */
export function isText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
