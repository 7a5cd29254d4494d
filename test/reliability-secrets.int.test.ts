/**
 * Security of what is shown: secret values never reach human output, PR comments,
 * job summaries or the restore issue body (property tests through the Markdown renderers and
 * through the CLI); random hostile text in configs renders inert (no live tag, mention or
 * comment marker beyond the renderer's own).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { diffSnapshots } from '../src/core/diff/index.js';
import { validateDocuments } from '../src/core/validate/index.js';
import type { ConfigDocument } from '../src/core/validate/types.js';
import { DEFAULT_SETTINGS } from '../src/core/config/settings.js';
import { renderPrComment, renderPrSummary, renderRestoreBody, type PrReport } from '../src/render/markdown.js';
import { prReport } from './helpers/pr-report.js';
import { runCli, sandbox, type Sandbox } from './helpers/sandbox.js';

const doc = (file: string, value: unknown): ConfigDocument => ({
  path: file,
  bytes: new TextEncoder().encode(JSON.stringify(value, null, 2)),
});

/** Keys the default settings treat as secret, spelled as configs spell them. */
const SECRET_KEY = fc.constantFrom(
  'token',
  'GITHUB_TOKEN',
  'password',
  'api_key',
  'apiKey',
  'API_KEY',
  'secret',
  'clientSecret',
  'private_key',
  'privateKey',
  'passwd',
  'credentials',
);
/** A value that cannot occur in the output by chance. */
const SECRET_VALUE = fc
  .string({
    unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-+/=.:'),
    minLength: 6,
    maxLength: 40,
  })
  .map((s) => `Zq9${s}`);

/** Puts `value` under `key` at one of several depths and shapes (nested object, array, entity). */
const PLACEMENT = fc.constantFrom(
  (key: string, value: unknown) => ({ [key]: value }),
  (key: string, value: unknown) => ({ mcpServers: { github: { env: { [key]: value } } } }),
  (key: string, value: unknown) => ({ agents: [{ id: 'a1', name: 'Ann', [key]: value }] }),
  (key: string, value: unknown) => ({ list: [{ [key]: [value, { inner: value }] }] }),
  (key: string, value: unknown) => ({ [key]: { nested: { deeper: value } } }),
);

function report(before: ConfigDocument[], after: ConfigDocument[], validation: PrReport['validation']): PrReport {
  return prReport({
    diff: diffSnapshots(before, after, { fromLabel: 'main', toLabel: 'feature' }),
    validation,
    secretKeys: DEFAULT_SETTINGS.secretKeys,
  });
}

describe('property: secret values never appear in rendered Markdown', () => {
  it('PR comment, job summary and restore body, for secrets added, changed and removed', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        SECRET_KEY,
        SECRET_VALUE,
        SECRET_VALUE,
        PLACEMENT,
        fc.constantFrom('added', 'changed', 'removed'),
        async (key, oldValue, newValue, place, how) => {
          runs++;
          const before =
            how === 'added'
              ? [doc('settings.json', { plain: 1 })]
              : [doc('settings.json', { plain: 1, ...place(key, oldValue) })];
          const after =
            how === 'removed'
              ? [doc('settings.json', { plain: 2 })]
              : [doc('settings.json', { plain: 2, ...place(key, newValue) })];
          const validation = await validateDocuments(after);
          const r = report(before, after, validation);
          for (const md of [
            renderPrComment(r),
            renderPrSummary(r),
            renderRestoreBody({ backup: 'b', diff: r.diff, validation, secretKeys: r.secretKeys }),
          ]) {
            expect(md).not.toContain(oldValue);
            expect(md).not.toContain(newValue);
          }
        },
      ),
      { numRuns: 300 },
    );
    expect(runs).toBe(300);
  });
});

describe('property: hostile text in configs renders inert', () => {
  const HOSTILE_PART = fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    '</details>',
    '<!-- orchestration-backup:default -->',
    '@octocat',
    '#1',
    '[x](https://evil)',
    '<script>',
    '`',
    '```',
    '|',
    '\n',
    '<a href=x>',
    '&lt;',
    '<details open>',
  );
  const TEXT = fc
    .array(fc.oneof(HOSTILE_PART, fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 5 })
    .map((parts) => parts.join(''));
  it('ids, names, keys and values: no tag, comment, mention or issue link beyond the renderer’s own', async () => {
    await fc.assert(
      fc.asyncProperty(TEXT, TEXT, TEXT, async (id, name, key) => {
        const before = [doc('teams.json', { teams: [{ id: 'core', members: [{ agent: 'x' }] }] })];
        const after = [
          doc('teams.json', { teams: [{ id, name, members: [{ agent: name }], [key]: name }] }),
          doc(`${name.slice(0, 20).replace(/[/\\\0]/g, '_') || 'f'}.json`, { [key]: id }),
        ];
        const validation = await validateDocuments(after);
        const r = report(before, after, validation);
        for (const md of [renderPrComment(r), renderPrSummary(r)]) {
          const tags = [...md.matchAll(/<\/?([A-Za-z][\w-]*)/g)].map((m) => (m[1] as string).toLowerCase());
          expect(
            tags.filter((t) => !['details', 'summary', 'sub', 'code'].includes(t)),
            md,
          ).toEqual([]);
          expect(md.match(/<!--/g)?.length ?? 0).toBeLessThanOrEqual(1);
          expect(md).not.toMatch(/(^|[^\w\u200B`])@octocat/m);
          expect(md.match(/<details/g)?.length ?? 0).toBe(md.match(/<\/details>/g)?.length ?? 0);
        }
      }),
      { numRuns: 150 },
    );
  });
});

let box: Sandbox;
afterEach(async () => box?.cleanup());

describe('property: secret values never appear in the CLI’s human output', () => {
  // `diff --patch` is left out on purpose: it prints raw RFC 6902 patches (values included) for
  // tools to apply, like --json; see docs/RELIABILITY.md.
  it('diff, validate, list, restore --dry-run and restore, for random secrets', async () => {
    box = await sandbox();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(SECRET_KEY, SECRET_VALUE, SECRET_VALUE, PLACEMENT, async (key, oldValue, newValue, place) => {
        n++;
        const file = path.join(box.configDir, 'secrets.json');
        await writeFile(file, JSON.stringify({ plain: n, ...place(key, oldValue) }));
        const name = `s-${n}`;
        expect((await runCli(['-c', box.configDir, 'create', name])).code).toBe(0);
        await writeFile(file, JSON.stringify({ plain: n + 1, ...place(key, newValue) }));
        const outputs = await Promise.all([
          runCli(['-c', box.configDir, 'diff', name]),
          runCli(['-c', box.configDir, 'validate']),
          runCli(['-c', box.configDir, 'list']),
          runCli(['-c', box.configDir, 'restore', name, '--dry-run']),
        ]);
        outputs.push(await runCli(['-c', box.configDir, '--yes', 'restore', name]));
        for (const out of outputs) {
          for (const secret of [oldValue, newValue]) {
            expect(out.stdout, out.stdout).not.toContain(secret);
            expect(out.stderr).not.toContain(secret);
          }
        }
      }),
      { numRuns: 5 },
    );
  }, 120_000);
});
