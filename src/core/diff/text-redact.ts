import { redactTextLine, textSidesOf } from './text.js';
import type { FileDiff } from './types.js';
import { needlesOf } from './secret-keys.js';

/**
 * What may be shown of a text file's line diff. The line rule (`redactTextLine`) sees one line at
 * a time, which misses a YAML secret written lines below its key or inside a flow map; so before
 * a result is shown, {@link prepareTextSecrets} masks its YAML and Markdown diffs from the parsed
 * whole texts, and the line rule then runs on top, so nothing it masked is shown.
 */
const prepared = new WeakMap<FileDiff, { secretKeys: readonly string[]; diff: string }>();

/**
 * Masks the YAML (and Markdown front matter) secrets of these files' line diffs, for
 * {@link shownUnifiedDiff}. The parser is loaded only when such a diff is there. A side that does
 * not parse keeps the line rule alone.
 */
export async function prepareTextSecrets(files: readonly FileDiff[], secretKeys: readonly string[]): Promise<void> {
  const pending = files.filter((f) => {
    const sides = textSidesOf(f);
    return (
      f.unifiedDiff !== undefined &&
      sides !== undefined &&
      !isPrepared(f, secretKeys) &&
      sides.some((text) => mayNameSecret(text, secretKeys))
    );
  });
  if (pending.length === 0) return;
  const { maskUnifiedDiff, secretMaskedLines } = await import('./text-secrets.js');
  for (const file of pending) {
    const [a, b] = textSidesOf(file) as readonly [string, string];
    const side = (text: string) => {
      const raw = text.split('\n');
      return { raw, masked: secretMaskedLines(file.path, text, raw, secretKeys) ?? raw };
    };
    const diff = maskUnifiedDiff(file.unifiedDiff as string, side(a), side(b));
    if (diff !== undefined) prepared.set(file, { secretKeys, diff });
  }
}

/**
 * False when no secret key can be written in the text: no fragment has all its words in it (nor an
 * escape that could spell them). Such a file has nothing the parse could find, and the parser is not
 * loaded for it. Every key `isSecretKey` accepts holds its fragment's words (split as it splits
 * them), less a plural `s`.
 */
function mayNameSecret(text: string, secretKeys: readonly string[]): boolean {
  if (text.includes('\\')) return true;
  const lower = text.toLowerCase();
  // A key naming a secret holds each word of some fragment (singular), whatever joins them.
  return needlesOf(secretKeys).some((needle) => needle.every((word) => lower.includes(word)));
}

function isPrepared(file: FileDiff, secretKeys: readonly string[]): boolean {
  const ready = prepared.get(file);
  return (
    ready !== undefined &&
    (ready.secretKeys === secretKeys ||
      (ready.secretKeys.length === secretKeys.length && ready.secretKeys.every((k, i) => k === secretKeys[i])))
  );
}

/** The file's unified diff with its secrets masked: from the parsed texts when prepared, by the line rule always. */
export function shownUnifiedDiff(file: FileDiff, secretKeys: readonly string[]): string | undefined {
  if (file.unifiedDiff === undefined) return undefined;
  const diff = isPrepared(file, secretKeys) ? (prepared.get(file)?.diff as string) : file.unifiedDiff;
  return diff
    .split('\n')
    .map((line) => redactTextLine(line, secretKeys))
    .join('\n');
}
