/**
 * Kind words for entities: `teams` → "Team", `delegation_rules` → "Delegation rule",
 * members identified by `agent` → "Agent".
 */

// Identity fields that say nothing about what the item is; the container's name is better then.
const GENERIC_IDENTITY_FIELDS = new Set(['id', 'name', 'key', 'uuid', 'slug', 'title']);

function words(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_.-]+/)
    .filter((w) => w !== '')
    .map((w) => w.toLowerCase());
}

function capitalized(list: string[]): string {
  const text = list.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function singularWord(word: string): string {
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|[^s]us|is)$/.test(word)) return word;
  if (/(sses|ches|shes|xes|zes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && word.length > 1) return word.slice(0, -1);
  return word;
}

function pluralWord(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

function singularKind(key: string | null, fallback: string): string {
  const list = key === null ? [] : words(key);
  const last = list.pop();
  if (last === undefined || /^\d+$/.test(last)) return fallback;
  return capitalized([...list, singularWord(last)]);
}

/** Kind of the values of a keyed map, from the map's own key. */
export function kindForMap(containerKey: string | null): string {
  return singularKind(containerKey, 'Entry');
}

/** Kind of identified array items: a telling identity field wins over the array's key. */
export function kindForArray(containerKey: string | null, identityField: string): string {
  if (!GENERIC_IDENTITY_FIELDS.has(identityField.toLowerCase())) return singularKind(identityField, 'Item');
  return singularKind(containerKey, 'Item');
}

/** "agents", "delegation rules": the kind in lower case, plural. */
export function pluralKind(kind: string): string {
  const list = words(kind);
  const last = list.pop() ?? 'item';
  return [...list, pluralWord(last)].join(' ');
}

/** "1 team", "11 agents", "2 delegation rules". */
export function countKind(count: number, kind: string): string {
  const list = words(kind);
  const last = list.pop() ?? 'item';
  return `${count} ${[...list, count === 1 ? last : pluralWord(last)].join(' ')}`;
}
