/** A word for the POSIX shell lines the installers write: quoted only when it has to be. */
export function shellQuote(text: string): string {
  return /^[\w./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
