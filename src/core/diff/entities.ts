import { isSecretFlag, redactAt, redactSecretValue, secretPairField } from './redact.js';
import type { Change } from './types.js';
import {
  canonicalJson,
  childPointer,
  deepEqual,
  hasOwn,
  isContainer,
  isPlainObject,
  withoutKeys,
  type JsonObject,
} from './values.js';
import { kindForArray, kindForMap } from './words.js';

export interface SemanticDiffOptions {
  identityFields: readonly string[];
  secretKeys: readonly string[];
  /** Name of the document root as a container (the file's base name: `teams`), for root arrays. */
  rootKey: string | null;
}

interface Owner {
  kind: string;
  id: string;
  pointer: string;
  announced: boolean;
}

/**
 * Changes between two JSON values as a reviewer names them: entities added, removed,
 * renamed, modified or reordered, and plain fields by pointer.
 */
export function semanticChanges(from: unknown, to: unknown, options: SemanticDiffOptions): Change[] {
  const walker = new ChangeWalker(options);
  walker.value(from, to, { from: '', to: '' }, options.rootKey, null);
  return walker.changes;
}

/**
 * A keyed map is a collection of entities when every value on both sides is an object:
 * `teams: {engineering: {…}}` is, `settings: {max: 5}` and `review_requirements: {code: […]}` are not.
 */
function isEntityMap(a: JsonObject, b: JsonObject): boolean {
  const values = [...Object.values(a), ...Object.values(b)];
  return values.length > 0 && values.every(isPlainObject);
}

function isIdentity(value: unknown): value is string | number {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

/** The first identity field that every item on both sides has, unique within each side. */
function identityFieldOf(a: unknown[], b: unknown[], fields: readonly string[]): string | undefined {
  const items = [...a, ...b];
  if (items.length === 0 || !items.every(isPlainObject)) return undefined;
  const uniqueOn = (list: unknown[], field: string): boolean =>
    new Set(list.map((item) => String((item as JsonObject)[field]))).size === list.length;
  return fields.find(
    (field) =>
      items.every((item) => hasOwn(item as JsonObject, field) && isIdentity((item as JsonObject)[field])) &&
      uniqueOn(a, field) &&
      uniqueOn(b, field),
  );
}

/**
 * Pairs removed and added ids whose content (as given by `contentOf*`) is identical: those
 * are renames. Pairing is one-to-one, first come first served, in the order of `added`.
 */
function pairRenames(
  removed: string[],
  added: string[],
  contentOfRemoved: (id: string) => string,
  contentOfAdded: (id: string) => string,
): Map<string, string> {
  const candidates = new Map<string, string[]>();
  for (const id of removed) {
    const content = contentOfRemoved(id);
    candidates.set(content, [...(candidates.get(content) ?? []), id]);
  }
  const renames = new Map<string, string>();
  for (const id of added) {
    const old = candidates.get(contentOfAdded(id))?.shift();
    if (old !== undefined) renames.set(old, id);
  }
  return renames;
}

function inverse(map: Map<string, string>): Map<string, string> {
  return new Map([...map].map(([k, v]) => [v, k]));
}

/**
 * Where a value sits in each document. Indices of matched array items differ between the two,
 * and removed entities are located in `from` while everything else is located in `to`.
 */
interface Where {
  from: string;
  to: string;
}

function child(at: Where, fromSegment: string | number, toSegment: string | number = fromSegment): Where {
  return { from: childPointer(at.from, fromSegment), to: childPointer(at.to, toSegment) };
}

class ChangeWalker {
  readonly changes: Change[] = [];
  constructor(private readonly options: SemanticDiffOptions) {}

  value(a: unknown, b: unknown, at: Where, key: string | null, owner: Owner | null): void {
    if (deepEqual(a, b)) return;
    if (isPlainObject(a) && isPlainObject(b)) {
      // The root object is a record of sections (`teams`, `version`), never itself a collection.
      if (at.to !== '' && isEntityMap(a, b)) this.entityMap(a, b, at, kindForMap(key));
      else this.fields(a, b, at, owner);
    } else if (Array.isArray(a) && Array.isArray(b)) {
      this.array(a, b, at, key, owner);
    } else {
      this.plain(owner, { change: 'value', pointer: at.to, from: a, to: b });
    }
  }

  private fields(a: JsonObject, b: JsonObject, at: Where, owner: Owner | null): void {
    // `{name: "API_TOKEN", value: "…"}`: the value is a secret although its key is just "value".
    const pair = secretPairField(a, this.options.secretKeys) ?? secretPairField(b, this.options.secretKeys);
    if (pair !== undefined && hasOwn(a, pair) && hasOwn(b, pair) && !deepEqual(a[pair], b[pair])) {
      this.plain(owner, {
        change: 'value',
        pointer: child(at, pair).to,
        from: redactSecretValue(a[pair]),
        to: redactSecretValue(b[pair]),
      });
      a = withoutKeys(a, (k) => k === pair);
      b = withoutKeys(b, (k) => k === pair);
    }
    for (const key of Object.keys(a)) {
      if (hasOwn(b, key)) this.value(a[key], b[key], child(at, key), key, owner);
      else this.plain(owner, { change: 'value', pointer: child(at, key).to, from: a[key] });
    }
    for (const key of Object.keys(b)) {
      if (!hasOwn(a, key)) this.plain(owner, { change: 'value', pointer: child(at, key).to, to: b[key] });
    }
  }

  private entityMap(a: JsonObject, b: JsonObject, at: Where, kind: string): void {
    const removed = Object.keys(a).filter((k) => !hasOwn(b, k));
    const added = Object.keys(b).filter((k) => !hasOwn(a, k));
    // A value that repeats its own key in an identity field (`"x": {"id": "x"}`) renames both.
    const content = (side: JsonObject) => (id: string) =>
      canonicalJson(
        withoutKeys(side[id] as JsonObject, (field) => {
          // Only strings and numbers are ids: String() on an object whose own `toString` is data throws.
          const value = (side[id] as JsonObject)[field];
          return this.options.identityFields.includes(field) && isIdentity(value) && String(value) === id;
        }),
      );
    const renamedTo = pairRenames(removed, added, content(a), content(b));
    const renamedFrom = inverse(renamedTo);
    for (const id of Object.keys(a)) {
      if (hasOwn(b, id)) this.entity(a[id], b[id], child(at, id), kind, id);
      else if (!renamedTo.has(id)) this.entityChange({ kind, id, change: 'removed', pointer: child(at, id).from });
    }
    for (const id of added) {
      const pointer = child(at, id).to;
      const old = renamedFrom.get(id);
      if (old !== undefined) this.entityChange({ kind, id, change: 'renamed', pointer, from: old, to: id });
      else this.entityChange({ kind, id, change: 'added', pointer });
    }
  }

  private array(a: unknown[], b: unknown[], at: Where, key: string | null, owner: Owner | null): void {
    const field = identityFieldOf(a, b, this.options.identityFields);
    if (field !== undefined) {
      this.entityArray(a as JsonObject[], b as JsonObject[], at, kindForArray(key, field), field);
      return;
    }
    const sorted = (list: unknown[]) => list.map(canonicalJson).sort().join(',');
    if (a.length === b.length && sorted(a) === sorted(b)) {
      this.plain(owner, { change: 'reordered', pointer: at.to, from: a, to: b });
    } else if (a.length === b.length && [...a, ...b].some(isContainer)) {
      // Same length, structured items: most likely edited in place, so compare position by position.
      // An item alone does not show that the one before it is `--api-key`: that is checked here.
      a.forEach((item, i) => {
        if (
          i > 0 &&
          !deepEqual(item, b[i]) &&
          (isSecretFlag(a[i - 1], this.options.secretKeys) || isSecretFlag(b[i - 1], this.options.secretKeys))
        ) {
          this.plain(owner, {
            change: 'value',
            pointer: child(at, i).to,
            from: redactSecretValue(item),
            to: redactSecretValue(b[i]),
          });
        } else this.value(item, b[i], child(at, i), key, owner);
      });
    } else {
      this.plain(owner, { change: 'value', pointer: at.to, from: a, to: b });
    }
  }

  private entityArray(a: JsonObject[], b: JsonObject[], at: Where, kind: string, field: string): void {
    const idOf = (item: JsonObject): string => String(item[field]);
    const indexA = new Map(a.map((item, i) => [idOf(item), i]));
    const indexB = new Map(b.map((item, i) => [idOf(item), i]));
    const content = (side: JsonObject[], index: Map<string, number>) => (id: string) =>
      canonicalJson(withoutKeys(side[index.get(id) as number] as JsonObject, (k) => k === field));
    const removed = [...indexA.keys()].filter((id) => !indexB.has(id));
    const added = [...indexB.keys()].filter((id) => !indexA.has(id));
    const renamedTo = pairRenames(removed, added, content(a, indexA), content(b, indexB));
    const renamedFrom = inverse(renamedTo);

    // Only items present on both sides can be out of order; additions and removals are not reorders.
    const orderBefore = a.map((item) => renamedTo.get(idOf(item)) ?? idOf(item)).filter((id) => indexB.has(id));
    const orderAfter = b.map(idOf).filter((id) => indexA.has(id) || renamedFrom.has(id));
    if (orderBefore.join('\u0000') !== orderAfter.join('\u0000')) {
      this.entityChange({ kind, id: null, change: 'reordered', pointer: at.to, from: orderBefore, to: orderAfter });
    }
    b.forEach((item, j) => {
      const id = idOf(item);
      const i = indexA.get(id);
      const old = renamedFrom.get(id);
      if (i !== undefined) this.entity(a[i], item, child(at, i, j), kind, id);
      else if (old !== undefined)
        this.entityChange({ kind, id, change: 'renamed', pointer: child(at, j).to, from: old, to: id });
      else this.entityChange({ kind, id, change: 'added', pointer: child(at, j).to });
    });
    a.forEach((item, i) => {
      const id = idOf(item);
      if (!indexB.has(id) && !renamedTo.has(id))
        this.entityChange({ kind, id, change: 'removed', pointer: child(at, i).from });
    });
  }

  /** An entity present on both sides: its own fields are compared, with it as their owner. */
  private entity(a: unknown, b: unknown, at: Where, kind: string, id: string): void {
    if (deepEqual(a, b)) return;
    const owner: Owner = { kind, id, pointer: at.to, announced: false };
    if (isPlainObject(a) && isPlainObject(b)) this.fields(a, b, at, owner);
    else this.plain(owner, { change: 'value', pointer: at.to, from: a, to: b });
  }

  private entityChange(change: Change): void {
    const shown = { ...change };
    if ('from' in change) shown.from = redactAt(change.pointer, change.from, this.options.secretKeys);
    if ('to' in change) shown.to = redactAt(change.pointer, change.to, this.options.secretKeys);
    this.changes.push(shown);
  }

  /** A change to a plain field; the first one inside an entity also reports the entity as modified. */
  private plain(owner: Owner | null, change: Omit<Change, 'kind' | 'id'>): void {
    if (owner && !owner.announced) {
      owner.announced = true;
      this.changes.push({ kind: owner.kind, id: owner.id, change: 'modified', pointer: owner.pointer });
    }
    this.entityChange({ kind: owner?.kind ?? null, id: owner?.id ?? null, ...change });
  }
}
