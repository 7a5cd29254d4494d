import { UsageError } from '../errors/index.js';

/** `--limit N`: a whole number, 1 or more. */
export function parseLimit(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--limit needs a whole number of 1 or more, got ${JSON.stringify(value)}`);
  return n;
}
