import { unescapePointerSegment } from '../util/json.js';
import { DEFAULT_SECRET_KEYS, REDACTED, isSecretFlag, isSecretKey, redactString } from './secret-keys.js';
import type { JsonPatchOperation } from './types.js';
import { isPlainObject } from './values.js';

export { DEFAULT_SECRET_KEYS, REDACTED, isSecretFlag, isSecretKey, redactString };

/** Fields that name an entry in `[{name, value}]`-style lists (environment variables, headers). */
const PAIR_NAME_FIELDS = ['name', 'key', 'id', 'header', 'variable', 'env'];
const PAIR_VALUE_FIELDS = ['value', 'secret_value', 'val'];

/** The field holding a secret in a `{name: "API_TOKEN", value: "…"}` pair, if the object is one. */
export function secretPairField(
  value: unknown,
  secretKeys: readonly string[] = DEFAULT_SECRET_KEYS,
): string | undefined {
  if (!isPlainObject(value)) return undefined;
  const name = PAIR_NAME_FIELDS.map((f) => value[f]).find((v): v is string => typeof v === 'string');
  if (name === undefined || !isSecretKey(name, secretKeys)) return undefined;
  return PAIR_VALUE_FIELDS.find((f) => Object.prototype.hasOwnProperty.call(value, f));
}

/**
 * What may be shown of a value under a secret key. Secrets are strings: a string is `•••`, while a
 * number, boolean or null is a count, a switch or nothing (`tokens: 40000` is a threshold) and is
 * shown. An array's items are judged one by one; a map is `•••` whole, since maps under secret
 * keys are sometimes keyed by the secrets themselves.
 */
export function redactSecretValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecretValue);
  return value === null || typeof value === 'number' || typeof value === 'boolean' ? value : REDACTED;
}

/**
 * Whether the text after `key:` on a YAML or JSON line is a bare number, boolean or null (`40000`,
 * `1.5e3,`, `true  # why`), which {@link redactSecretValue} would show. Anything else is read as a
 * string, and so is a number with a leading zero (`0123`), which looks more like a PIN than a count.
 */
export function isPlainScalarText(text: string): boolean {
  return PLAIN_SCALAR.test(text);
}

const PLAIN_SCALAR =
  /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?|true|True|TRUE|false|False|FALSE|null|Null|NULL|~)\s*,?\s*(?:#.*)?$/;

/**
 * A copy of the value in which every string under a secret key, and every credential-shaped value,
 * is `•••` (numbers, booleans and null under a secret key are not secrets: {@link redactSecretValue}).
 */
export function redact(value: unknown, secretKeys: readonly string[] = DEFAULT_SECRET_KEYS): unknown {
  if (typeof value === 'string') return redactString(value, secretKeys);
  if (Array.isArray(value)) {
    // `["--api-key", "sk-…"]`: the item after a secret-named flag is its value.
    return value.map((item, i) =>
      i > 0 &&
      typeof item === 'string' &&
      typeof value[i - 1] === 'string' &&
      isSecretFlag(value[i - 1] as string, secretKeys)
        ? REDACTED
        : redact(item, secretKeys),
    );
  }
  if (!isPlainObject(value)) return value;
  const pairField = secretPairField(value, secretKeys);
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const shown =
      key === pairField || isSecretKey(key, secretKeys)
        ? redactSecretValue(value[key])
        : redact(value[key], secretKeys);
    Object.defineProperty(copy, key, { value: shown, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

function pointerSegments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map(unescapePointerSegment);
}

/** Whether the value at this pointer lies under a secret key (at any depth). */
export function isSecretPointer(pointer: string, secretKeys: readonly string[] = DEFAULT_SECRET_KEYS): boolean {
  return pointerSegments(pointer).some((segment) => isSecretKey(segment, secretKeys));
}

/** The value as it may be shown, knowing where it sits in its document. */
export function redactAt(
  pointer: string,
  value: unknown,
  secretKeys: readonly string[] = DEFAULT_SECRET_KEYS,
): unknown {
  return isSecretPointer(pointer, secretKeys) ? redactSecretValue(value) : redact(value, secretKeys);
}

/**
 * The pointer as it may be shown: segments below a secret key are masked, because maps under
 * such keys are sometimes keyed by the secrets themselves.
 */
export function redactPointer(pointer: string, secretKeys: readonly string[] = DEFAULT_SECRET_KEYS): string {
  let masked = false;
  let shown = '';
  for (const raw of pointer === '' ? [] : pointer.slice(1).split('/')) {
    shown += `/${masked ? REDACTED : raw}`;
    if (isSecretKey(unescapePointerSegment(raw), secretKeys)) masked = true;
  }
  return shown;
}

/** Whether an entity's id must be hidden: maps under secret keys are sometimes keyed by the secrets themselves. */
export function isSecretEntity(pointer: string, secretKeys: readonly string[] = DEFAULT_SECRET_KEYS): boolean {
  return isSecretPointer(pointer.slice(0, Math.max(0, pointer.lastIndexOf('/'))), secretKeys);
}

/**
 * Pointers whose values the semantic diff masked although no key on their path is secret
 * (the `value` of a `{name: "API_TOKEN", value}` pair): a patch operation at or below one of
 * them must be masked too, since the operation alone cannot tell.
 */
function maskedPointers(changes: readonly { pointer: string; from?: unknown; to?: unknown }[]): string[] {
  return changes.filter((c) => holdsRedacted(c.from) || holdsRedacted(c.to)).map((c) => c.pointer);
}

/** `•••`, or an array {@link redactSecretValue} made with one in it. */
function holdsRedacted(value: unknown): boolean {
  return value === REDACTED || (Array.isArray(value) && value.some(holdsRedacted));
}

/**
 * An operation's value as it may be shown, given {@link maskedPointers} of its file and the
 * secrets {@link secretsOfPatch} remembers for its patch.
 */
function redactOperationValue(
  path: string,
  value: unknown,
  masked: readonly string[],
  secretKeys: readonly string[] = DEFAULT_SECRET_KEYS,
  known: ReadonlySet<string> = NO_SECRETS,
): unknown {
  if (masked.some((p) => path === p || path.startsWith(`${p}/`))) return redactSecretValue(value);
  return scrubKnown(redactAt(path, value, secretKeys), known);
}

const NO_SECRETS: ReadonlySet<string> = new Set();

/**
 * A file's patch as a person or a log may see it: values under secret keys masked, and the keys
 * of maps under secret keys (which may be the secrets themselves) masked in paths too.
 */
export function redactPatch(
  patch: readonly JsonPatchOperation[],
  changes: readonly { pointer: string; from?: unknown; to?: unknown }[],
  secretKeys: readonly string[],
): JsonPatchOperation[] {
  const masked = maskedPointers(changes);
  const known = secretsOfPatch(patch);
  return patch.map((op) => {
    const shown = {
      ...op,
      path: redactPointer(op.path, secretKeys),
      ...('from' in op ? { from: redactPointer(op.from, secretKeys) } : {}),
    } as JsonPatchOperation;
    if (!('value' in op)) return shown;
    return {
      ...shown,
      value: redactOperationValue(op.path, op.value, masked, secretKeys, known),
    } as JsonPatchOperation;
  });
}

/**
 * Every string `redact` would hide in this document: strings under secret keys, the value
 * of a secret `{name, value}` pair, the item after `--api-key` in an array. A patch operation
 * loses the context that made them secret (`replace /args/3` does not say that item 2 is
 * `--api-key`, and indices shift between the two sides), so its values are checked against these.
 */
function secretScalars(
  value: unknown,
  secretKeys: readonly string[] = DEFAULT_SECRET_KEYS,
  into = new Set<string>(),
): Set<string> {
  const walk = (node: unknown, hidden: boolean): void => {
    if (typeof node === 'string') {
      if (hidden && node !== '' && node !== REDACTED) into.add(node);
    } else if (Array.isArray(node)) {
      node.forEach((item, i) =>
        walk(
          item,
          hidden ||
            (i > 0 &&
              typeof item === 'string' &&
              typeof node[i - 1] === 'string' &&
              isSecretFlag(node[i - 1] as string, secretKeys)),
        ),
      );
    } else if (isPlainObject(node)) {
      const pairField = secretPairField(node, secretKeys);
      for (const key of Object.keys(node)) walk(node[key], hidden || key === pairField || isSecretKey(key, secretKeys));
    }
  };
  walk(value, false);
  return into;
}

/** A copy in which every string equal to a known secret, or holding a long one, is `•••`; numbers are never secrets. */
function scrubKnown(value: unknown, known: ReadonlySet<string>): unknown {
  if (known.size === 0) return value;
  if (typeof value === 'string') {
    if (known.has(value)) return REDACTED;
    let shown = value;
    // Long secrets are masked inside other text too; short ones only whole, or "read" would go everywhere.
    for (const secret of known)
      if (secret.length >= 8 && shown.includes(secret)) shown = shown.split(secret).join(REDACTED);
    return shown;
  }
  if (Array.isArray(value)) return value.map((item) => scrubKnown(item, known));
  if (!isPlainObject(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    Object.defineProperty(copy, key, {
      value: scrubKnown(value[key], known),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

/**
 * The secrets of the two documents a patch was computed from, kept beside the patch rather than in
 * it: the patch is part of a result that is serialised, and must never carry them a second time.
 */
const patchSecrets = new WeakMap<object, ReadonlySet<string>>();

export function rememberPatchSecrets(
  patch: object,
  before: unknown,
  after: unknown,
  secretKeys: readonly string[],
): void {
  patchSecrets.set(patch, secretScalars(after, secretKeys, secretScalars(before, secretKeys)));
}

function secretsOfPatch(patch: object | null | undefined): ReadonlySet<string> {
  return (patch && patchSecrets.get(patch)) || NO_SECRETS;
}
