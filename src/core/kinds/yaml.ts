export type YamlParse = { ok: true } | { ok: false; problem: string; line: number; column: number };

/**
 * Parses YAML text (every document of a multi-document stream) and reports the first syntax
 * error with its line and column, never an exception. The parser is loaded on first use: the
 * hooks pay for every module they load, and most configs hold no YAML.
 */
export async function parseYaml(text: string): Promise<YamlParse> {
  const yaml = await import('yaml');
  const lineCounter = new yaml.LineCounter();
  const documents = yaml.parseAllDocuments(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const list = Array.isArray(documents) ? documents : [];
  for (const doc of list) {
    const error = doc.errors[0];
    if (error) {
      const at = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
      const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code;
      return { ok: false, problem: reason, line: at.line, column: at.col };
    }
  }
  // Only the syntax is checked: no rule reads YAML values yet, and turning aliases into values
  // is where YAML can explode in size.
  return { ok: true };
}
