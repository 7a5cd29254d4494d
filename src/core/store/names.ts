import { InvalidNameError } from '../../errors/index.js';

const MAX_NAME_LENGTH = 100;
const NAME_PATTERN = /^[A-Za-z0-9._-]+$/;
/** Store entries that are not backups; a backup may never take these names. */
const RESERVED = new Set(['history.jsonl']);

/** Throws InvalidNameError unless `name` can be a backup directory name. */
export function assertValidName(name: string): void {
  if (name.length === 0) throw new InvalidNameError(name, 'it is empty');
  if (name.includes('\0')) throw new InvalidNameError(name, 'it contains a NUL byte');
  if (/[\r\n]/.test(name)) throw new InvalidNameError(name, 'it contains a line break');
  if (name.includes('/') || name.includes('\\')) throw new InvalidNameError(name, 'it must be a name, not a path');
  if (name === '.' || name === '..') throw new InvalidNameError(name, 'it must be a name, not a path');
  if (name.length > MAX_NAME_LENGTH) {
    throw new InvalidNameError(name, `it has ${name.length} characters (at most ${MAX_NAME_LENGTH})`);
  }
  if (!NAME_PATTERN.test(name)) {
    throw new InvalidNameError(name, 'use only letters A-Z a-z, digits, ".", "_" and "-"');
  }
  if (name.startsWith('.')) throw new InvalidNameError(name, 'names starting with "." are reserved for the store');
  if (RESERVED.has(name.toLowerCase())) throw new InvalidNameError(name, 'this name is reserved for the store');
}

/**
 * Names a new backup may not take because the CLI reads them as something else: `diff`
 * takes `current` for the current config. Older stores may hold such a backup; it stays
 * readable under its name.
 */
const REFERENCES = new Set(['current']);

/** assertValidName, and not a name the CLI reads as something other than a backup. */
export function assertNewName(name: string): void {
  assertValidName(name);
  if (REFERENCES.has(name.toLowerCase())) {
    throw new InvalidNameError(
      name,
      `it is reserved: diff reads ${JSON.stringify(name.toLowerCase())} as the current config`,
    );
  }
}

export function isValidName(name: string): boolean {
  try {
    assertValidName(name);
    return true;
  } catch {
    return false;
  }
}

/** `backup-YYYYMMDD-HHMMSS` in UTC; `prefix` allows `backup-pre-restore`. */
export function timestampName(date: Date, prefix = 'backup'): string {
  const iso = date.toISOString(); // 2024-01-20T10:30:45.123Z
  const stamp = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}`;
  return `${prefix}-${stamp}`;
}

/** First of `base`, `base-2`, `base-3`, … that `taken` does not hold. */
export function uniqueName(base: string, taken: (name: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}

/** `…-YYYYMMDD-HHMMSS`, optionally `-N` (uniqueName's suffix): the time a generated name carries. */
const NAME_TIME = /-(\d{8})-(\d{6})(?:-(\d+))?$/;

/**
 * The newest `count` of `names` by the time generated names carry, plus every name that carries
 * none (a name someone chose says nothing about its age). Lets a caller read a few manifests
 * instead of all of them; the result keeps the order of `names`.
 */
export function newestNames(names: readonly string[], count: number): string[] {
  // Keys sort as plain strings (no comparator to call 1,000 times in a cold process).
  const timed: string[] = [];
  for (const name of names) {
    const match = NAME_TIME.exec(name);
    if (match) timed.push(`${match[1]}${match[2]}-${(match[3] ?? '1').padStart(9, '0')} ${name}`);
  }
  if (timed.length <= count) return [...names];
  timed.sort();
  const older = new Set(timed.slice(0, timed.length - count).map((key) => key.slice(key.indexOf(' ') + 1)));
  return names.filter((name) => !older.has(name));
}
