import { distance } from 'fastest-levenshtein';
import { escapePointerSegment } from '../util/json.js';
import { isObject, type Json } from './json-tree.js';

/** Values under reference keys that stand for a group, not an agent (`"required_roles": ["all"]`). */
const NOT_AGENTS: ReadonlySet<string> = new Set(['all', 'any', 'none', '*']);

const isReferenceValue = (v: Json): v is string | string[] =>
  typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
/** `{ code: ["a"], design: ["b", "c"] }`: every value names agents. */
const isReferenceMap = (v: Json): v is Record<string, string | string[]> =>
  isObject(v) && Object.keys(v).length > 0 && Object.values(v).every(isReferenceValue);

/**
 * Calls `found` for every agent name under a reference key. The same key can also name an
 * entity (`workflows.review` is a workflow, `review: "lead"` a reviewer), so only strings,
 * lists of strings and pure maps of them count as references.
 */
export function collectReferences(
  value: Json,
  pointer: string,
  keys: ReadonlySet<string>,
  found: (name: string, pointer: string) => void,
): void {
  const emit = (v: string | string[], p: string): void => {
    if (typeof v === 'string') {
      if (!NOT_AGENTS.has(v)) found(v, p);
    } else v.forEach((name, i) => !NOT_AGENTS.has(name) && found(name, `${p}/${i}`));
  };
  if (Array.isArray(value)) {
    value.forEach((item, i) => collectReferences(item, `${pointer}/${i}`, keys, found));
    return;
  }
  if (!isObject(value)) return;
  for (const [key, child] of Object.entries(value)) {
    const childPointer = `${pointer}/${escapePointerSegment(key)}`;
    if (keys.has(key) && isReferenceValue(child)) emit(child, childPointer);
    else if (keys.has(key) && isReferenceMap(child)) {
      for (const [inner, v] of Object.entries(child)) emit(v, `${childPointer}/${escapePointerSegment(inner)}`);
    } else collectReferences(child, childPointer, keys, found);
  }
}

/**
 * The known name an unknown one is most likely a typo of, if any: at most one edit per four
 * characters (and at most three), so `product-manger` finds `product-manager` while `qa-lead`
 * does not find `ux-lead`. Ties go to the alphabetically first name, so output is stable.
 */
export function closestName(name: string, known: Iterable<string>): string | undefined {
  const limit = Math.max(1, Math.min(3, Math.floor(name.length / 4)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    if (Math.abs(candidate.length - name.length) > limit) continue;
    const d = distance(name, candidate);
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
