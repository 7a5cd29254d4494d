import { create, type DiffPatcher, type Options } from 'jsondiffpatch';
import { format } from 'jsondiffpatch/formatters/jsonpatch';
import { applyJsonPatch } from './apply.js';
import { DEFAULT_IDENTITY_FIELDS, type JsonPatchOperation } from './types.js';
import { canonicalJson, childPointer, cloneJson, deepEqual, hasOwn, isPlainObject } from './values.js';

/**
 * Array items are matched by identity field when they have one (so an edited agent is a
 * nested change, not a removal and an addition), else by content (so moved items are moves).
 * jsondiffpatch also hands null to objectHash, since typeof null is 'object'.
 */
function objectHash(identityFields: readonly string[]) {
  return (item: object): string => {
    if (isPlainObject(item)) {
      for (const field of identityFields) {
        const id = hasOwn(item, field) ? item[field] : undefined;
        if (typeof id === 'string' || typeof id === 'number') return `${field}=${JSON.stringify(id)}`;
      }
    }
    return canonicalJson(item);
  };
}

const differCache = new Map<string, DiffPatcher[]>();

/**
 * Two ways of matching array items, both tried, the shorter verified patch kept: by identity
 * (an inserted agent is one `add`) and by position (a renamed agent is one `replace` of its
 * `agent` field instead of a removal and a re-insertion of the whole object).
 */
function differsFor(identityFields: readonly string[]): DiffPatcher[] {
  const cacheKey = JSON.stringify(identityFields);
  let cached = differCache.get(cacheKey);
  if (!cached) {
    // Text deltas cannot be expressed in RFC 6902. The plain entry point has no text differ,
    // but jsondiffpatch caches one module-wide once anyone in the process used
    // `with-text-diffs`; an infinite threshold keeps long strings as plain replaces regardless.
    const textDiff = { minLength: Number.POSITIVE_INFINITY } as Options['textDiff'];
    cached = [
      create({
        objectHash: objectHash(identityFields),
        arrays: { detectMove: true, includeValueOnMove: false },
        textDiff,
      }),
      create({ matchByPosition: true, arrays: { detectMove: true, includeValueOnMove: false }, textDiff }),
    ];
    differCache.set(cacheKey, cached);
  }
  return cached;
}

function libraryPatch(differ: DiffPatcher, from: unknown, to: unknown): JsonPatchOperation[] | null {
  try {
    return compacted(format(differ.diff(from, to)) as JsonPatchOperation[]);
  } catch {
    return null;
  }
}

/** jsondiffpatch writes an in-place array edit as `remove` then `add` at the same index. */
function compacted(patch: JsonPatchOperation[]): JsonPatchOperation[] {
  const result: JsonPatchOperation[] = [];
  for (let i = 0; i < patch.length; i++) {
    const op = patch[i] as JsonPatchOperation;
    const next = patch[i + 1];
    if (op.op === 'remove' && next?.op === 'add' && next.path === op.path && !op.path.endsWith('/-')) {
      result.push({ op: 'replace', path: op.path, value: next.value });
      i++;
    } else result.push(op);
  }
  return result;
}

function reproduces(from: unknown, patch: JsonPatchOperation[], to: unknown): boolean {
  try {
    return deepEqual(applyJsonPatch(from, patch), to);
  } catch {
    return false;
  }
}

function prefixed(prefix: string, patch: JsonPatchOperation[]): JsonPatchOperation[] {
  return patch.map((op) =>
    'from' in op ? { ...op, from: prefix + op.from, path: prefix + op.path } : { ...op, path: prefix + op.path },
  );
}

/**
 * jsondiffpatch's patch, used only once it is proven to reproduce `to`. When it does not (its
 * JSON Patch formatter has had bugs with array moves), objects are patched member by member
 * and anything else is replaced whole: the smallest enclosing value that still comes out right.
 */
function verifiedPatch(differs: DiffPatcher[], from: unknown, to: unknown): JsonPatchOperation[] {
  if (deepEqual(from, to)) return [];
  let best: JsonPatchOperation[] | undefined;
  for (const differ of differs) {
    const candidate = libraryPatch(differ, from, to);
    if (
      candidate &&
      reproduces(from, candidate, to) &&
      (!best || JSON.stringify(candidate).length < JSON.stringify(best).length)
    )
      best = candidate;
  }
  if (best) return best;
  if (!isPlainObject(from) || !isPlainObject(to)) return [{ op: 'replace', path: '', value: to }];
  const patch: JsonPatchOperation[] = [];
  for (const key of Object.keys(from)) if (!hasOwn(to, key)) patch.push({ op: 'remove', path: childPointer('', key) });
  for (const key of Object.keys(to)) {
    const path = childPointer('', key);
    if (!hasOwn(from, key)) patch.push({ op: 'add', path, value: to[key] });
    else patch.push(...prefixed(path, verifiedPatch(differs, from[key], to[key])));
  }
  return patch;
}

/**
 * An RFC 6902 patch that turns `from` into `to` exactly (deep-equal after application by any
 * conforming implementation). Operation values are copies, never shared with `to`.
 */
export function migrationPatch(
  from: unknown,
  to: unknown,
  identityFields: readonly string[] = DEFAULT_IDENTITY_FIELDS,
): JsonPatchOperation[] {
  return cloneJson(verifiedPatch(differsFor(identityFields), from, to));
}
