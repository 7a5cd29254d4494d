import { escapePointerSegment } from '../util/json.js';

export type Json = unknown;
export const isObject = (v: Json): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
/** A JSON Pointer from its unescaped segments. */
export const ptr = (...segments: (string | number)[]): string =>
  segments.map((s) => `/${escapePointerSegment(String(s))}`).join('');
