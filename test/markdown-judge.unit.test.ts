import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffSnapshots } from '../src/core/diff/index.js';
import { judgeChange } from '../src/core/judge/judge.js';
import type { ConfigAt } from '../src/core/judge/point.js';
import { renderPrComment, renderPrSummary } from '../src/render/markdown.js';
import { prReport } from './helpers/pr-report.js';

const FIXTURE = path.resolve(path.dirname(new URL(import.meta.url).pathname), 'fixtures/judge-rename');
const RUN_URL = 'https://github.com/acme/agents/actions/runs/1234';

function side(label: string, files: Record<string, string>): ConfigAt {
  return {
    label,
    exists: true,
    documents: Object.entries(files).map(([p, text]) => ({ path: p, bytes: Buffer.from(text, 'utf8') })),
  };
}
const read = (name: string, file: string): string => readFileSync(path.join(FIXTURE, name, file), 'utf8');
const fixtureSide = (name: string, patch: (file: string, text: string) => string = (_f, t) => t): ConfigAt =>
  side(name, Object.fromEntries(['teams.json', 'workflows.json'].map((f) => [f, patch(f, read(name, f))])));

async function comment(base: ConfigAt, head: ConfigAt): Promise<{ comment: string; summary: string }> {
  const diff = diffSnapshots(base.documents, head.documents, { fromLabel: 'base (main)', toLabel: 'head (feature)' });
  const judgement = await judgeChange(base, head, { diff });
  const report = prReport({ diff, validation: judgement.reports.after, runUrl: RUN_URL, judgement });
  return { comment: renderPrComment(report), summary: renderPrSummary(report) };
}

describe('PR comment verdict', () => {
  it('a breaking PR: the verdict first, new findings open before anything collapsed, leftovers with the fix command', async () => {
    const { comment: md, summary } = await comment(fixtureSide('before'), fixtureSide('after'));
    expect(md.split('\n')[0]).toBe('## ❌ This change breaks 2 agent references (3 places)');
    const newAt = md.indexOf('### 🆕 New in this change (3)');
    expect(newAt).toBeGreaterThan(0);
    expect(newAt).toBeLessThan(md.indexOf('<details>'));
    expect(md).toContain(
      "- ❌ `workflows.json:12:23` Agent 'dev' was renamed to 'developer' in teams.json; this reference still uses 'dev'",
    );
    expect(md).toContain(
      '- Agent `dev` was renamed to `developer`; 2 references still use `dev`: `workflows.json:9:39`, `workflows.json:12:34`',
    );
    expect(md).toContain('```sh\norch-backup validate --since origin/main --fix\n```');
    expect(md).toMatch(
      /<details><summary>Already there before this change \(1\)<\/summary>\n\n- ⚠️ `workflows\.json:10:51` Agent 'ghost'/,
    );
    expect(md).not.toContain('Fixed by this change');
    expect(summary.split('\n')[0]).toBe(md.split('\n')[0]);
  });

  it('a clean PR says no new problems and how many were already there', async () => {
    const base = fixtureSide('before');
    const head = fixtureSide('before', (f, t) => (f === 'teams.json' ? t.replace('"Core"', '"Core team"') : t));
    const { comment: md } = await comment(base, head);
    expect(md.split('\n')[0]).toBe('## ✅ No new problems (1 was already there)');
    expect(md).not.toContain('### 🆕');
    expect(md).not.toContain('--fix');
    expect(md).toContain('<details><summary>Already there before this change (1)</summary>');
  });

  it('a fixing PR counts what it fixes, collapsed', async () => {
    const base = fixtureSide('before');
    const head = fixtureSide('before', (f, t) => (f === 'workflows.json' ? t.replace('"ghost"', '"qa"') : t));
    const { comment: md } = await comment(base, head);
    expect(md.split('\n')[0]).toBe('## ✅ No new problems; it fixes 1');
    expect(md).toMatch(
      /<details><summary>✅ Fixed by this change \(1\)<\/summary>\n\n- ⚠️ `workflows\.json:7:51` Agent 'ghost'/,
    );
  });

  it('a PR that deletes every config file fails', async () => {
    const { comment: md } = await comment(fixtureSide('before'), { label: 'head', documents: [], exists: false });
    expect(md.split('\n')[0]).toBe('## ❌ This change introduces 1 error');
    expect(md).toContain('all 2 config files that before had are gone');
  });
});
