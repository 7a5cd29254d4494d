import { describe, expect, it } from 'vitest';
import { diffSnapshots } from '../src/core/diff/index.js';
import { redact, redactAt, redactString } from '../src/core/diff/redact.js';
import { redactTextLine } from '../src/core/diff/text.js';
import { redactPatches } from '../src/core/inspect/diff-backups.js';
import { renderPrComment } from '../src/render/markdown.js';

const doc = (path: string, value: unknown) => ({ path, bytes: Buffer.from(JSON.stringify(value)) });

describe('credentials by their form', () => {
  it('masks URL user info, secret query parameters, auth schemes and secret flags inside one string', () => {
    expect(redactString('postgres://admin:hunter2@db:5432/app')).toBe('postgres://•••@db:5432/app');
    expect(redactString('https://api.example.com/x?page=2&access_token=abc123&sig=ok')).toBe(
      'https://api.example.com/x?page=2&access_token=•••&sig=ok',
    );
    expect(redactString('Bearer eyJhbGciOi.J9')).toBe('Bearer •••');
    expect(redactString('npx server --api-key sk-1 --port 80 --token=t-2')).toBe(
      'npx server --api-key ••• --port 80 --token=•••',
    );
    // Ordinary values stay as they are.
    for (const text of ['engineering-lead', 'https://example.com/docs', '--verbose', 'a-b-c', 'max=5'])
      expect(redactString(text)).toBe(text);
  });

  it('masks the item after a secret flag in an args array, and the value of a secret {name, value} pair', () => {
    expect(redact({ args: ['-y', 'pkg', '--api-key', 'sk-1', '--port', '80', '-p', 'x'] })).toEqual({
      args: ['-y', 'pkg', '--api-key', '•••', '--port', '80', '-p', 'x'],
    });
    expect(
      redact([
        { name: 'GITHUB_TOKEN', value: 'ghp_1' },
        { name: 'PORT', value: '80' },
        { key: 'client-secret', value: 's' },
      ]),
    ).toEqual([
      { name: 'GITHUB_TOKEN', value: '•••' },
      { name: 'PORT', value: '80' },
      { key: 'client-secret', value: '•••' },
    ]);
  });

  it('a changed {name, value} pair is masked in the semantic changes, the --json patches and the PR comment', () => {
    const before = doc('mcp.json', {
      servers: {
        db: {
          env: [
            { name: 'DB_PASSWORD', value: 'old-pw-123' },
            { name: 'PORT', value: '5432' },
          ],
        },
      },
    });
    const after = doc('mcp.json', {
      servers: {
        db: {
          env: [
            { name: 'DB_PASSWORD', value: 'new-pw-456' },
            { name: 'PORT', value: '5433' },
          ],
        },
      },
    });
    const result = diffSnapshots([before], [after]);
    const shown = JSON.stringify({
      changes: result.files[0]?.changes,
      patch: redactPatches(result, []).files[0]?.patch,
    });
    expect(shown).not.toMatch(/old-pw-123|new-pw-456/);
    expect(shown).toContain('5433');
    // The unredacted patch still applies exactly (it is what a pipe gets).
    expect(JSON.stringify(result.files[0]?.patch)).toContain('new-pw-456');
    const comment = renderPrComment({
      header: '',
      repository: 'acme/agents',
      baseRef: 'main',
      headRef: 'topic',
      baseSha: 'a'.repeat(40),
      headSha: 'b'.repeat(40),
      configDir: '.claude/orchestration',
      diff: result,
      validation: {
        status: 'valid',
        valid: true,
        files: [],
        diagnostics: [],
        summary: { errors: 0, warnings: 0, info: 0 },
      },
      artifact: { name: 'a', id: 1, url: 'https://example.invalid/a', retentionDays: 30, runId: '1' },
      runUrl: 'https://example.invalid/run',
      restoreWorkflow: 'restore.yml',
      secretKeys: ['token'],
    } as unknown as Parameters<typeof renderPrComment>[0]);
    expect(comment).toContain('DB_PASSWORD');
    expect(comment).not.toMatch(/old-pw-123|new-pw-456/);
  });
});

describe('secrets are strings: numbers, booleans and null under a secret-looking key are shown', () => {
  it('shows counts and switches under secret keys and masks strings, digit strings included', () => {
    expect(
      redact({
        confirmation_thresholds: { agents: 3, tokens: 40000 },
        track_token_usage: true,
        show_estimated_tokens: false,
        password: null,
        api_key: '123456',
        secret: '',
        tokens: 1.5e3,
      }),
    ).toEqual({
      confirmation_thresholds: { agents: 3, tokens: 40000 },
      track_token_usage: true,
      show_estimated_tokens: false,
      password: null,
      api_key: '•••',
      secret: '•••',
      tokens: 1500,
    });
    expect(redactAt('/limits/tokens', 40000)).toBe(40000);
    expect(redactAt('/limits/tokens', '40000')).toBe('•••');
    expect(redactAt('/credentials/github/retries', 3)).toBe(3);
    expect(redactAt('/credentials/github/user', 'octocat')).toBe('•••');
  });

  it('keeps masking strings nested under a secret key: array items one by one, a map whole (its keys may be secrets)', () => {
    expect(
      redact({
        api_keys: ['sk-1', '2222', 3, null, ['sk-4', 5], { label: 'x', n: 6 }],
        credentials: { github: { token: 'ghp_1', retries: 3 } },
        tokens: { warning: 25000, require: 50000 },
        env: [
          { name: 'API_TOKEN', value: 42 },
          { name: 'DB_PASSWORD', value: '42' },
        ],
        args: ['--token', '7', '--api-key', 8],
      }),
    ).toEqual({
      api_keys: ['•••', '•••', 3, null, ['•••', 5], '•••'],
      credentials: '•••',
      tokens: '•••',
      env: [
        { name: 'API_TOKEN', value: 42 },
        { name: 'DB_PASSWORD', value: '•••' },
      ],
      args: ['--token', '•••', '--api-key', 8],
    });
  });

  it('a changed count under `tokens` is shown in the changes and the patch; a changed digit-string key is not', () => {
    const side = (tokens: number, key: string, on: boolean, pin: number) =>
      doc('settings.json', {
        confirmation_thresholds: { tokens },
        track_token_usage: on,
        api_key: key,
        // A number equal to nothing secret, inside a secret pair: shown like any other number.
        env: [{ name: 'API_TOKEN', value: pin }],
      });
    const result = diffSnapshots([side(40000, '123456', true, 1)], [side(50000, '654321', false, 2)]);
    const changes = result.files[0]?.changes ?? [];
    const at = (pointer: string) => changes.find((c) => c.pointer === pointer);
    expect(at('/confirmation_thresholds/tokens')).toMatchObject({ from: 40000, to: 50000 });
    expect(at('/track_token_usage')).toMatchObject({ from: true, to: false });
    expect(at('/api_key')).toMatchObject({ from: '•••', to: '•••' });
    expect(at('/env/0/value')).toMatchObject({ from: 1, to: 2 });
    const patch = redactPatches(result, []).files[0]?.patch ?? [];
    const op = (path: string) => patch.find((o) => o.path === path);
    expect(op('/confirmation_thresholds/tokens')).toEqual({
      op: 'replace',
      path: '/confirmation_thresholds/tokens',
      value: 50000,
    });
    expect(op('/track_token_usage')).toMatchObject({ value: false });
    expect(op('/api_key')).toMatchObject({ value: '•••' });
    expect(op('/env/0/value')).toMatchObject({ value: 2 });
    expect(JSON.stringify({ changes, patch })).not.toMatch(/123456|654321/);
  });

  it('a pair value that turns from a string into a number: the string is masked, the number shown', () => {
    const side = (value: unknown) => doc('mcp.json', { env: [{ name: 'API_TOKEN', value }] });
    const result = diffSnapshots([side('sk-live-1')], [side(7)]);
    expect(result.files[0]?.changes.find((c) => c.pointer === '/env/0/value')).toMatchObject({ from: '•••', to: 7 });
    const back = diffSnapshots([side(7)], [side('sk-live-2')]);
    expect(redactPatches(back, []).files[0]?.patch).toEqual([{ op: 'replace', path: '/env/0/value', value: '•••' }]);
  });

  it('text and YAML lines: a bare number, boolean or null after `key:` is shown, anything else masked', () => {
    for (const line of [
      '+tokens: 40000',
      '-  max_tokens: 100000',
      ' - tokens: 25000   # warn above this',
      '+  "tokens": 40000,',
      '+api_key: 123456',
      '+track_token_usage: true',
      '-password: null',
      '+token: ~',
      '+tokens: -1.5e3',
    ])
      expect(redactTextLine(line)).toBe(line);
    expect(redactTextLine('+  "api_key": "123456",')).toBe('+  "api_key": •••');
    expect(redactTextLine("+api_key: '123456'")).toBe('+api_key: •••');
    expect(redactTextLine('+token: 0123')).toBe('+token: •••');
    expect(redactTextLine('+token: 40000 abc')).toBe('+token: •••');
    expect(redactTextLine('+token: 0x1f')).toBe('+token: •••');
    // After `=` (shell, .env) every value is a string.
    expect(redactTextLine('+API_TOKEN=123456')).toBe('+API_TOKEN=•••');
  });
});
