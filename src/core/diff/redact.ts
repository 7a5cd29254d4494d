import { unescapePointerSegment } from '../util/json.js';
import { DEFAULT_SETTINGS } from '../config/settings.js';
import { isPlainObject } from './values.js';

/** The same list the tool's settings default to, so a bare library call is as careful as the CLI. */
export const DEFAULT_SECRET_KEYS: readonly string[] = DEFAULT_SETTINGS.secretKeys;

export const REDACTED = '•••';

/** `githubAPIToken` → github, api, token; `client_secret` → client, secret. */
function words(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * Whether a key names a secret: the fragment's words appear in the key's words (`api_key`
 * catches `apiKey` and `github-api-key`), or a one-word fragment ends a word written without
 * separators (`dbpassword`). Whole words, so `max_tokens_per_session` is not a secret.
 */
export function isSecretKey(key: string, secretKeys: readonly string[] = DEFAULT_SECRET_KEYS): boolean {
  const keyWords = words(key);
  return secretKeys.some((fragment) => {
    const needle = words(fragment);
    if (needle.length === 0) return false;
    if (needle.length === 1) return keyWords.some((w) => w === needle[0] || (w.endsWith(needle[0] as string) && (needle[0] as string).length >= 5));
    for (let i = 0; i + needle.length <= keyWords.length; i++) if (needle.every((w, j) => keyWords[i + j] === w)) return true;
    return keyWords.join('') === needle.join('');
  });
}

/** A copy of the value in which everything under a secret key is `•••`. */
export function redact(value: unknown, secretKeys: readonly string[] = DEFAULT_SECRET_KEYS): unknown {
  if (Array.isArray(value)) return value.map((item) => redact(item, secretKeys));
  if (!isPlainObject(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const shown = isSecretKey(key, secretKeys) ? REDACTED : redact(value[key], secretKeys);
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
export function redactAt(pointer: string, value: unknown, secretKeys: readonly string[] = DEFAULT_SECRET_KEYS): unknown {
  return isSecretPointer(pointer, secretKeys) ? REDACTED : redact(value, secretKeys);
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
