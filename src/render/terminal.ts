import { randomBytes } from 'node:crypto';
import pc from 'picocolors';
import type { Colors } from './format.js';

/*
 * Config content, keys, file names and backup descriptions reach the terminal inside our
 * output. An ESC or other control character among them could move the cursor, rewrite lines
 * already shown (a restore plan), retitle the window or hide text, so every control character
 * is printed as a visible `\uXXXX` escape. The renderer's own colours survive: they are
 * written as a marker carrying a per-process random key that content cannot know, and only
 * those markers become escape sequences again.
 */

const MARK = `\uFDD0${randomBytes(6).toString('hex')}`;

/** C0 and C1 controls except tab and newline, DEL, and the bidirectional overrides that reorder text. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Every control character as a visible `\uXXXX` (which is also a valid escape inside JSON strings). */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Text as it may be written to a terminal: content's controls escaped, our colours restored. */
export function terminalSafe(text: string): string {
  const escaped = escapeControls(text);
  return escaped.includes(MARK) ? escaped.replaceAll(MARK, '\u001b') : escaped;
}

/** Picocolors whose escape sequences pass through {@link terminalSafe}; content's never do. */
export function terminalColors(enabled: boolean): Colors {
  const colors = pc.createColors(enabled);
  if (!enabled) return colors;
  const marked: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(colors)) {
    marked[name] =
      typeof value === 'function'
        ? (input: unknown) =>
            String((value as (s: unknown) => string)(escapeControls(String(input)))).replaceAll('\u001b', MARK)
        : value;
  }
  return marked as unknown as Colors;
}
