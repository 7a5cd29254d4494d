import { describe, expect, it } from 'vitest';
import { diffSnapshots } from '../src/core/diff/index.js';
import { redact, redactString } from '../src/core/diff/redact.js';
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
