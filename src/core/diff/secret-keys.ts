// Which keys name secrets, and masking of credentials in free text: its own module because
// every edge's error message goes through redactString (errors/remedy.ts), and the rest of
// redact.ts (values, pointers, patches) is loaded only where values are shown.

/**
 * The key fragments that name secrets unless the settings say otherwise (`secretKeys`); a bare
 * library call is as careful as the CLI. Here rather than in settings.ts, so that this module
 * imports nothing: errors/remedy.ts masks every error message through it.
 */
export const DEFAULT_SECRET_KEYS: readonly string[] = [
  'token',
  'secret',
  'password',
  'passwd',
  'passphrase',
  'api_key',
  'apikey',
  'access_key',
  'credential',
  'private_key',
  'signing_key',
  'authorization',
  'bearer',
  'cookie',
  'webhook',
  'webhook_url',
  'dsn',
  'connection_string',
  'conn_str',
];

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

/** Plural and singular name the same secret: `tokens`, `api_keys`, `apiKeys`, `credentials`. */
function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** Words that make a key a count or a limit of something, not the thing: `max_tokens_per_session`. */
const QUANTITY_WORDS = new Set(['max', 'min', 'num', 'count', 'limit', 'total', 'per', 'budget']);

/**
 * Whether a key names a secret: the fragment's words appear in the key's words, case and plural
 * insensitive (`api_key` catches `apiKeys` and `github-api-key`), or a one-word fragment ends a
 * word written without separators (`dbpassword`). Whole words, and a key that counts or limits
 * something (`max_tokens_per_session`) is not a secret.
 */
export function isSecretKey(key: string, secretKeys: readonly string[] = DEFAULT_SECRET_KEYS): boolean {
  // Called for every key of every value shown (and every segment of every pointer): memoised per list.
  if (/^\d*$/.test(key)) return false;
  let known = verdicts.get(secretKeys);
  if (!known) verdicts.set(secretKeys, (known = new Map()));
  let verdict = known.get(key);
  if (verdict === undefined) {
    verdict = judgeKey(key, needlesOf(secretKeys));
    if (known.size < 50_000) known.set(key, verdict);
  }
  return verdict;
}

const verdicts = new WeakMap<readonly string[], Map<string, boolean>>();
const needles = new WeakMap<readonly string[], string[][]>();

/** Each secret-key fragment as its singular words: `api_keys` → api, key. Memoised per list. */
export function needlesOf(secretKeys: readonly string[]): string[][] {
  let list = needles.get(secretKeys);
  if (!list)
    needles.set(
      secretKeys,
      (list = secretKeys.map((fragment) => words(fragment).map(singular)).filter((n) => n.length > 0)),
    );
  return list;
}

function judgeKey(key: string, needleList: readonly string[][]): boolean {
  const raw = words(key);
  if (raw.some((w) => QUANTITY_WORDS.has(w))) return false;
  const keyWords = raw.map(singular);
  return needleList.some((needle) => {
    const [first] = needle as [string];
    if (needle.length === 1) return keyWords.some((w) => w === first || (w.endsWith(first) && first.length >= 5));
    for (let i = 0; i + needle.length <= keyWords.length; i++)
      if (needle.every((w, j) => keyWords[i + j] === w)) return true;
    return keyWords.join('') === needle.join('');
  });
}

/** `--api-key`, `-token`, `--password`: a command-line flag whose name is secret-like. */
export function isSecretFlag(text: unknown, secretKeys: readonly string[] = DEFAULT_SECRET_KEYS): boolean {
  if (typeof text !== 'string') return false;
  const match = /^--?([A-Za-z][\w.-]*)$/.exec(text);
  return match !== null && isSecretKey(match[1] as string, secretKeys);
}

/**
 * A string with the credentials that show by their form masked, wherever it sits: URL user info
 * (`postgres://user:pw@host`), secret-named query parameters, `Bearer …`/`Basic …`, and
 * `--token=…` / `--api-key …` inside a command line.
 */
export function redactString(text: string, secretKeys: readonly string[] = DEFAULT_SECRET_KEYS): string {
  // Most values are names and numbers: each pattern runs only where its marker occurs.
  let shown = text;
  if (shown.includes('://')) shown = shown.replace(/\b([a-z][a-z0-9+.-]*:\/\/)([^/?#\s@]+)@/gi, `$1${REDACTED}@`);
  if (shown.includes('=')) {
    shown = shown.replace(/([?&;])([^=&#\s]+)=([^&#\s]+)/g, (all, sep: string, name: string) =>
      isSecretKey(name, secretKeys) ? `${sep}${name}=${REDACTED}` : all,
    );
  }
  if (AUTH_SCHEME.test(shown))
    shown = shown.replace(/\b(Bearer|Basic|Token|Digest)\s+[A-Za-z0-9._~+/=:-]{6,}/g, `$1 ${REDACTED}`);
  if (shown.includes('-')) {
    shown = shown.replace(
      /(^|\s)(--?[A-Za-z][\w.-]*)(=|\s+)(?!-)(\S+)/g,
      (all, lead: string, flag: string, sep: string) =>
        isSecretFlag(flag, secretKeys) ? `${lead}${flag}${sep}${REDACTED}` : all,
    );
  }
  return shown;
}

const AUTH_SCHEME = /\b(?:Bearer|Basic|Token|Digest)\s/;
