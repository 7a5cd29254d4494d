import { createTwoFilesPatch } from 'diff';
import { DEFAULT_SECRET_KEYS, REDACTED, isPlainScalarText, isSecretKey, redactString } from './redact.js';
import { isText, kindOfPath } from '../kinds/index.js';
import type { FileDiff } from './types.js';

/** Beyond this many changed lines a line diff costs more than it tells: the file is reported as changed. */
const MAX_EDIT_LENGTH = 5000;

/** True for files compared as text or bytes rather than as JSON values. */
export function isNonJson(file: string): boolean {
  return kindOfPath(file) !== 'json';
}

/**
 * A non-JSON file whose bytes differ on the two sides: a unified diff (3 lines of context, as
 * `git diff`) when both sides are text, else the sizes. Added and removed files need no diff.
 */
export function diffNonJson(file: string, before: Uint8Array | undefined, after: Uint8Array | undefined): FileDiff {
  const base = { ...nonJsonUnchanged(file), patch: null };
  if (!before) return { ...base, status: 'added' };
  if (!after) return { ...base, status: 'removed' };
  if (!isText(before) || !isText(after)) {
    return {
      ...base,
      status: 'modified',
      binary: true,
      problem: `binary content differs (${before.length} → ${after.length} bytes)`,
    };
  }
  const a = Buffer.from(before).toString('utf8');
  const b = Buffer.from(after).toString('utf8');
  const patch = createTwoFilesPatch(`a/${file}`, `b/${file}`, a, b, undefined, undefined, {
    context: 3,
    maxEditLength: MAX_EDIT_LENGTH,
  });
  if (patch === undefined)
    return {
      ...base,
      status: 'modified',
      problem: `too many changed lines for a line diff (${before.length} → ${after.length} bytes)`,
    };
  const diffed: FileDiff = { ...base, status: 'modified', unifiedDiff: withoutIndexLine(patch) };
  // YAML can hold a secret lines below its key: what is shown is masked from both whole texts.
  if (/\.ya?ml$/i.test(file) || (/\.(md|markdown)$/i.test(file) && (FRONT_MATTER.test(a) || FRONT_MATTER.test(b))))
    textSides.set(diffed, [a, b]);
  return diffed;
}

const FRONT_MATTER = /^\uFEFF?---[ \t\r]*\n/;

/** The two texts a YAML or Markdown file's line diff was made from, kept beside the result, never in it. */
const textSides = new WeakMap<FileDiff, readonly [string, string]>();

export function textSidesOf(file: FileDiff): readonly [string, string] | undefined {
  return textSides.get(file);
}

/** A non-JSON file with the same bytes on both sides: nothing read, nothing parsed. */
export function nonJsonUnchanged(file: string): FileDiff {
  return {
    path: file,
    status: 'unchanged',
    changes: [],
    version: { from: null, to: null, majorChange: false },
    patch: [],
    kind: kindOfPath(file) === 'yaml' ? 'yaml' : 'other',
  };
}

/** jsdiff starts with a `===` line (and an `Index:` one for a single name), which `diff -u` and git do not print. */
function withoutIndexLine(patch: string): string {
  return patch.replace(/^(Index: .*\n)?=+\n/, '');
}

/** Lines added and removed by a unified diff. */
export function lineCounts(unifiedDiff: string): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const line of unifiedDiff.split('\n')) {
    if (line.startsWith('+') && !line.startsWith('+++ ')) added++;
    else if (line.startsWith('-') && !line.startsWith('--- ')) removed++;
  }
  return { added, removed };
}

/**
 * A line of a text diff with the secrets that show masked: the value of a `key: value`,
 * `key = value` (`export KEY=value` too) or `"key": value` whose key is secret-like, and credentials by their form
 * (`redactString`). Text has no structure to go by, so this is the best a line can do. A bare
 * number, boolean or null after `key:` is a YAML/JSON scalar, not a secret (`tokens: 40000`), and
 * is shown; after `=` (shell, `.env`) every value is a string and stays masked.
 */
export function redactTextLine(line: string, secretKeys: readonly string[] = DEFAULT_SECRET_KEYS): string {
  const keyed = /^([+\- ]?\s*(?:-\s+)?(?:export\s+)?["']?)([A-Za-z_][\w.-]*)(["']?\s*[:=]\s*)(\S.*)$/.exec(line);
  if (
    keyed &&
    isSecretKey(keyed[2] as string, secretKeys) &&
    !((keyed[3] as string).includes(':') && isPlainScalarText(keyed[4] as string))
  )
    return `${keyed[1]}${keyed[2]}${keyed[3]}${REDACTED}`;
  return redactString(line, secretKeys);
}
