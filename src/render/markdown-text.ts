/**
 * Primitives that put text taken from config files (paths, ids, keys, values, messages) into
 * GitHub Markdown without letting it become markup: whatever a pull request puts in its
 * configs, the rendered comment must not ping people, link issues, inject HTML, fake the sticky
 * comment's marker, break a table or a fence, or close a `<details>` it did not open.
 */

// Neither joins nor shows: breaks the patterns GitHub scans text nodes for (`@user`, `#123`, URLs).
const BREAK = '\u200B';

/** C0/C1 controls (except tab and line breaks, handled on their own), bidi overrides and a BOM. */
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * One visible line: line breaks become `↵` (a value must never start a Markdown block or end a
 * table row), tabs become spaces, invisible controls go.
 */
function printable(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(LINE_BREAK, '↵').replace(/\t/g, ' ').replace(INVISIBLE, '');
}

/** Cuts on code points (never halves a surrogate pair) and says so with `…`. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = [...text];
  return points.length > max ? `${points.slice(0, Math.max(1, max - 1)).join('')}…` : text;
}

/** Keeps both ends, where pointers and paths carry their meaning. */
export function shortenMiddle(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = [...text];
  if (points.length <= max) return text;
  const head = Math.max(1, Math.floor((max - 1) / 3));
  const tail = Math.max(1, max - 1 - head);
  return `${points.slice(0, head).join('')}…${points.slice(-tail).join('')}`;
}

function defuseAutolinks(text: string): string {
  return text
    .replace(/[@#]/g, `$&${BREAK}`)
    .replace(/:\/\//g, `:${BREAK}//`)
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${BREAK}.`);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Config-derived text made inert for Markdown prose and table cells:
 * - controls stripped, line breaks shown as `↵` (see `printable`);
 * - `&`, `<`, `>` as entities: no raw HTML, no `<!--`/`-->`, no `</details>`;
 * - Markdown punctuation backslash-escaped (`\ ` * _ ~ [ ] | $`): no links, images, emphasis,
 *   strike-through, math, code spans, and `\|` keeps a table cell whole;
 * - a zero-width space after `@` and `#`, inside `://` and `www.`: no mentions, no issue
 *   references, no autolinks (GitHub finds those after escapes are gone, so escapes do not help);
 * - a leading `-`, `+` or `1.` escaped, in case the text ever starts a line.
 */
export function inert(text: string): string {
  return defuseAutolinks(printable(text))
    .replace(/[\\`*_~[\]|$]/g, '\\$&')
    .replace(/[&<>]/g, (c) => ENTITIES[c] as string)
    .replace(/^([-+])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Text for the inside of an HTML block (a `<summary>`), where Markdown escapes do not apply. */
export function htmlText(text: string): string {
  // Breaks first: the entities' own `#` must stay intact.
  return defuseAutolinks(printable(text)).replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

/**
 * Code text (where GitHub neither links nor mentions, but the raw body is still searched for
 * the marker and counted for `<details>`): `<` and `-->` are broken with a zero-width space so
 * no tag or comment can be spelled; `@`, `#` and `](` too, so that a copy of the text pasted
 * anywhere is never a live mention, reference or link.
 */
function codeContent(text: string): string {
  return printable(text).replace(/[<@#]/g, `$&${BREAK}`).replace(/-->/g, `--${BREAK}>`).replace(/\]\(/g, `]${BREAK}(`);
}

function delimitCode(content: string): string {
  if (content === '') return '` `';
  const fence = '`'.repeat(longestRun(content, '`') + 1);
  // CommonMark strips one space from each end when both are spaces, so padding keeps the text exact.
  const pad =
    content.startsWith('`') ||
    content.endsWith('`') ||
    (content.startsWith(' ') && content.endsWith(' ') && content.trim() !== '')
      ? ' '
      : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/** An inline code span no text can leave: its backtick fence is longer than any run inside. */
export function codeSpan(text: string): string {
  return delimitCode(codeContent(text));
}

/**
 * A code span for a table cell: GFM splits cells before it parses code, so `|` must be `\|`
 * even inside code, and never directly after a backslash (which could pair with it instead).
 */
export function cellCode(text: string): string {
  return delimitCode(codeContent(text).replace(/(\\?)\|/g, (_m, slash: string) => `${slash ? `\\${BREAK}` : ''}\\|`));
}

/** A fenced block whose fence is longer than any backtick run in the content, so nothing closes it early. */
export function fenced(content: string, info = ''): string {
  const fence = '`'.repeat(Math.max(3, longestRun(content, '`') + 1));
  return `${fence}${info}\n${content}\n${fence}`;
}

const JSON_UNSAFE = /[<>&@#`\u0080-\u009F\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]|!(?=\[)|(?<=\])\(/g;

/**
 * JSON text for a code block that is still exactly the same JSON: characters that could spell
 * markup, a mention, a link or a marker, or reorder the line, are written as `\uXXXX` escapes.
 * They can only occur inside strings (`![` and `](` too: JSON's own brackets are never next to
 * `!` or `(`), where the escape means the same character.
 */
export function safeJson(value: unknown): string {
  const text = JSON.stringify(value) ?? 'null';
  return text.replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `[label](url)` for http(s) URLs only; anything else leaves the label unlinked. */
export function link(label: string, url: string | undefined): string {
  if (url === undefined || !/^https?:\/\/[^\s]+$/i.test(url)) return label;
  const destination = url.replace(
    /[()<>"'`\\[\]|\u0000-\u0020\u007F-\u009F]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return `[${label}](${destination})`;
}

/** A word for a shell command in a fenced block: quoted unless plainly safe, on one line. */
export function shellWord(text: string): string {
  const line = printable(text);
  return /^[A-Za-z0-9._+=,/-]+$/.test(line) ? line : `'${line.replace(/'/g, `'\\''`)}'`;
}

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/**
 * Hidden marker identifying the sticky comment of one action instance:
 * `<!-- orchestration-backup:<slug of header or "default"> -->`. The slug keeps only letters and
 * digits, so the header cannot end the comment; a header with none of them gets a hash instead
 * of colliding with the default instance.
 */
export function commentMarker(header: string): string {
  const trimmed = header.trim();
  const slug = trimmed
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const name = trimmed === '' ? 'default' : slug === '' ? `h-${fnv1a(trimmed)}` : shorten(slug, 64).replace(/…$/, '');
  return `<!-- orchestration-backup:${name} -->`;
}

/** A collapsed section; the blank lines let Markdown inside it render. */
export function details(summaryHtml: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summaryHtml}</summary>\n\n${body}\n\n</details>`;
}

export function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? word : pluralWord}`;
}
