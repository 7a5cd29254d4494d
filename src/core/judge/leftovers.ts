import { visit } from '../util/jsonc.js';
import type { DiffResult } from '../diff/types.js';
import { decodeUtf8, escapePointerSegment, parseJson } from '../util/json.js';
import type { ConfigDocument } from '../validate/types.js';
import type { LeftoverReference, Rename } from './types.js';

/** Entity renames of a diff whose ids are strings (old id → new id), in diff order. */
export function renamesOf(diff: DiffResult): Omit<Rename, 'remaining'>[] {
  const renames: Omit<Rename, 'remaining'>[] = [];
  for (const file of diff.files) {
    for (const change of file.changes) {
      if (change.change !== 'renamed' || typeof change.from !== 'string' || typeof change.to !== 'string') continue;
      renames.push({ kind: change.kind ?? 'Entity', from: change.from, to: change.to, file: file.path });
    }
  }
  return renames;
}

/**
 * Every string value (never a key) in `documents` equal to a renamed entity's old id, whatever
 * key holds it: a reviewer reads `"primary": "tech-lead"` after tech-lead was renamed as a
 * reference the rename left behind, whether or not `primary` is a known reference key.
 */
export function findLeftovers(
  renames: readonly Omit<Rename, 'remaining'>[],
  documents: readonly ConfigDocument[],
  stillDefined: ReadonlySet<string> = new Set(),
): Rename[] {
  const live = renames.filter((r) => !stillDefined.has(r.from));
  const found = new Map<string, LeftoverReference[]>(live.map((r) => [r.from, []]));
  if (live.length > 0) {
    for (const doc of documents) {
      const decoded = decodeUtf8(doc.bytes);
      if (!decoded.ok) continue;
      const text = decoded.text;
      // A cheap look for the ids as text first: most files name none of them.
      if (!live.some((r) => text.includes(r.from))) continue;
      if (!parseJson(text).ok) continue;
      visit(text, {
        onLiteralValue: (value: unknown, offset, length, startLine, startCharacter, pathSupplier) => {
          if (typeof value !== 'string') return;
          const list = found.get(value);
          if (!list) return;
          const pointer = pathSupplier()
            .map((s) => `/${escapePointerSegment(String(s))}`)
            .join('');
          list.push({ file: doc.path, line: startLine + 1, column: startCharacter + 1, pointer, offset, length });
        },
      });
    }
  }
  return renames.map((r) => ({ ...r, remaining: stillDefined.has(r.from) ? [] : [...(found.get(r.from) ?? [])] }));
}
