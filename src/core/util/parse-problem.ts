/**
 * V8's JSON.parse message with the piece of input it quotes (`..."api_key": sk-…"... is not valid
 * JSON`) left out: a config's content, secrets included, never reaches an error message.
 */
export function parseProblemWithoutInput(nativeMessage: string): string {
  return nativeMessage
    .replace(/^JSON\.parse: /, '')
    .replace(/,\s*(?:\.\.\.)?".*"(?:\.\.\.)?\s+is not valid JSON$/s, ' (the text is not quoted here)');
}
