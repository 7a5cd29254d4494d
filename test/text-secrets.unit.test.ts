import { describe, expect, it } from 'vitest';
import { DEFAULT_SECRET_KEYS } from '../src/core/diff/redact.js';
import { diffSnapshots } from '../src/core/diff/snapshots.js';
import { prepareTextSecrets, shownUnifiedDiff } from '../src/core/diff/text-redact.js';
import { redactPatches } from '../src/core/inspect/diff-backups.js';

/*
 * A YAML secret can sit lines below its key or inside a flow map beside a harmless key, where a
 * rule reading one line at a time cannot see it. What is shown of a YAML (or Markdown front
 * matter) text diff is masked from both parsed texts, with the JSON side's rule: strings under
 * secret keys hidden, counts and switches shown, maps under secret keys hidden whole.
 */

const doc = (path: string, text: string) => ({ path, bytes: Buffer.from(text) });

/** The unified diff of one changed text file as the CLI shows it (terminal and --json alike). */
async function shown(path: string, before: string, after: string, keys = DEFAULT_SECRET_KEYS): Promise<string> {
  const result = diffSnapshots([doc(path, before)], [doc(path, after)], { secretKeys: keys });
  await prepareTextSecrets(result.files, keys);
  const viaJson = redactPatches(result, keys).files[0]?.unifiedDiff;
  const viaTerminal = shownUnifiedDiff(result.files[0] as (typeof result.files)[0], keys);
  expect(viaJson).toBe(viaTerminal);
  return viaTerminal as string;
}

describe('secrets of YAML text diffs, found by parsing', () => {
  it('masks a secret inside a flow map and a flow list under a harmless key', async () => {
    const diff = await shown(
      'pipelines.yaml',
      'name: review\nauth: {api_key: sk-live-1, region: eu}\nmeta: {tokens: [sk-a, sk-b], count: 3}\n',
      'name: review2\nauth: {api_key: sk-live-2, region: us}\nmeta: {tokens: [sk-c, sk-d], count: 4}\n',
    );
    expect(diff).not.toMatch(/sk-live|sk-[abcd]\b/);
    expect(diff).toContain('+auth: {api_key: •••, region: us}');
    expect(diff).toContain('-meta: {tokens: [•••, •••], count: 3}');
    expect(diff).toContain('+name: review2');
  });

  it('masks every line of a block scalar under a secret key, and keeps the lines around it', async () => {
    const diff = await shown(
      'agents.yaml',
      'name: a\napi_key: |\n  sk-block-old-1\n  sk-block-old-2\nprivate_key: >-\n  MIIEold\nmodel: opus\n',
      'name: a\napi_key: |\n  sk-block-new-1\n  sk-block-new-2\nprivate_key: >-\n  MIIEnew\nmodel: sonnet\n',
    );
    expect(diff).not.toMatch(/sk-block|MIIE/);
    expect(diff).toContain('-  •••');
    expect(diff).toContain('+  •••');
    expect(diff).toContain('-model: opus');
    expect(diff).toContain('+model: sonnet');
  });

  it('masks the string items of a list under a secret key and shows its numbers', async () => {
    const diff = await shown(
      'keys.yaml',
      'tokens:\n  - sk-item-1\n  - 40000\nother:\n  - plain\n',
      'tokens:\n  - sk-item-2\n  - 45000\nother:\n  - plain2\n',
    );
    expect(diff).not.toContain('sk-item');
    expect(diff).toContain('+  - •••');
    expect(diff).toContain('+  - 45000');
    expect(diff).toContain('+  - plain2');
  });

  it('hides a map under a secret-family key whole, its keys and numbers too, as the JSON side does', async () => {
    const diff = await shown(
      'team.yaml',
      'secrets:\n  github: ghp_old111\n  port: 5432\nlimits:\n  tokens: 40000\n',
      'secrets:\n  github: ghp_new222\n  port: 5433\nlimits:\n  tokens: 45000\n',
    );
    expect(diff).not.toMatch(/ghp_|github|543[23]/);
    expect(diff).toContain('+  •••: •••');
    // A count under a secret-looking key outside such a map is still shown.
    expect(diff).toContain('+  tokens: 45000');
  });

  it('masks the value of a {name, value} pair and the item after a secret flag', async () => {
    const diff = await shown(
      'servers.yaml',
      'env:\n  - name: API_TOKEN\n    value: tok-old-1\nargs:\n  - --api-key\n  - sk-arg-old\n  - --port\n  - "80"\n',
      'env:\n  - name: API_TOKEN\n    value: tok-new-2\nargs:\n  - --api-key\n  - sk-arg-new\n  - --port\n  - "81"\n',
    );
    expect(diff).not.toMatch(/tok-old|tok-new|sk-arg/);
    expect(diff).toContain('+  - "81"');
  });

  it('masks the value an alias under a secret key points to, where the anchor is written', async () => {
    const diff = await shown(
      'anchors.yaml',
      'shared: &k sk-anchored-1\napi_key: *k\n',
      'shared: &k sk-anchored-2\napi_key: *k\n',
    );
    expect(diff).not.toContain('sk-anchored');
    expect(diff).toContain('+shared: &k •••');
  });

  it('masks secrets in the front matter of a Markdown agent file, not in its body', async () => {
    const diff = await shown(
      '.claude/agents/reviewer.md',
      '---\nname: reviewer\nmcp: {api_key: sk-front-1}\ntokens:\n  - sk-front-list-1\n---\nReview code.\n',
      '---\nname: reviewer\nmcp: {api_key: sk-front-2}\ntokens:\n  - sk-front-list-2\n---\nReview all code.\n',
    );
    expect(diff).not.toMatch(/sk-front/);
    expect(diff).toContain('+mcp: {api_key: •••}');
    expect(diff).toContain('+  - •••');
    expect(diff).toContain('+Review all code.');
  });

  it('masks CRLF files and every document of a stream', async () => {
    const crlf = await shown('w.yml', 'a: 1\r\ntoken: |\r\n  crlf-old\r\n', 'a: 2\r\ntoken: |\r\n  crlf-new\r\n');
    expect(crlf).not.toContain('crlf-');
    expect(crlf).toContain('+  •••\r');
    const stream = await shown(
      's.yaml',
      'name: a\n---\napi_keys:\n  github: ghp_doc2old\n',
      'name: a\n---\napi_keys:\n  github: ghp_doc2new\n',
    );
    expect(stream).not.toMatch(/ghp_|github/);
    expect(stream).toContain('+  •••: •••');
  });

  it('keeps the line rule when a side does not parse', async () => {
    const broken = await shown('x.yaml', 'api_key: sk-1\nlist: [a\n', 'api_key: sk-2\nlist: [b\n');
    expect(broken).toContain('+api_key: •••');
    expect(broken).not.toContain('sk-2');
  });

  it('masks `export KEY=value` lines of a .env file like `KEY=value` ones', async () => {
    const env = await shown(
      '.env',
      'API_KEY=abc\nexport GITHUB_TOKEN=ghp_1\n',
      'API_KEY=abd\nexport GITHUB_TOKEN=ghp_2\n',
    );
    expect(env).not.toMatch(/abd|ghp_/);
    expect(env).toContain('+API_KEY=•••');
  });

  it('masks only by the keys asked for, and a changed secret is still a changed line', async () => {
    const diff = await shown('c.yaml', 'vault: |\n  v-old\nname: a\n', 'vault: |\n  v-new\nname: a\n', ['vault']);
    expect(diff).toBe('--- a/c.yaml\n+++ b/c.yaml\n@@ -1,3 +1,3 @@\n vault: •••\n-  •••\n+  •••\n name: a\n');
    const none = await shown('c.yaml', 'vault: |\n  v-old\n', 'vault: |\n  v-new\n', []);
    expect(none).toContain('+  v-new');
    // A fragment written in capitals names the same key written with separators.
    const capitals = await shown('c.yaml', 'apiKey: |\n  old\n', 'apiKey: |\n  new\n', ['APIKey']);
    expect(capitals).toContain('+  •••');
  });
});
