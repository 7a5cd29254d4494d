import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  diffSnapshots,
  type Change,
  type DiffResult,
  type FileDiff,
  type JsonPatchOperation,
} from '../src/core/diff/index.js';
import type { Manifest } from '../src/core/store/manifest.js';
import { validateDocuments } from '../src/core/validate/index.js';
import type { ConfigDocument, Diagnostic, ValidationReport } from '../src/core/validate/types.js';
import {
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  codeSpan,
  commentMarker,
  inert,
  renderArtifactList,
  renderBackupSummary,
  renderNoChangesComment,
  renderPrComment,
  renderPrSummary,
  renderRestoreBody,
  type ListedArtifact,
  type PrReport,
  type RestoreReport,
} from '../src/render/markdown.js';
import { cellCode, fenced, safeJson } from '../src/render/markdown-text.js';
import { FIXTURES } from './helpers/sandbox.js';

const ZWSP = '\u200B';
const RUN_URL = 'https://github.com/acme/agents/actions/runs/1234';
const HOSTILE = [
  '</details>',
  '<!-- orchestration-backup:default -->',
  '@octocat',
  '@org/team',
  '#1',
  '[x](https://evil)',
  '![i](https://evil/i.png)',
  '<img src=x onerror=alert(1)>',
  '```js\nalert(1)\n```',
  'a|b',
  'new\nline',
  '**bold** _em_ ~~s~~ $x^2$',
  'esc\\|aped',
  '\u001b[31mred\u202Eevil\u0000',
];

// ---------- structural checks shared by every rendered document ----------

function fenceLines(md: string): string[] {
  return md.split('\n').filter((line) => /^`{3,}/.test(line));
}

/** Fences pair up (a closing fence is at least as long as its opener and has no info string). */
function unclosedFence(md: string): boolean {
  let open: number | null = null;
  for (const line of md.split('\n')) {
    const m = /^(`{3,})(.*)$/.exec(line);
    if (!m) continue;
    if (open === null) open = (m[1] as string).length;
    else if ((m[1] as string).length >= open && (m[2] as string).trim() === '') open = null;
  }
  return open !== null;
}

function detailsBalanced(md: string): boolean {
  let depth = 0;
  for (const m of md.matchAll(/<details[\s>]|<\/details>/g)) {
    depth += m[0].startsWith('</') ? -1 : 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** Unescaped pipes (an even run of backslashes before it) split GFM table cells. */
function cellCount(line: string): number {
  let count = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] !== '|') continue;
    let slashes = 0;
    while (line[i - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 0) count++;
  }
  return count;
}

function tableProblems(md: string): string[] {
  const lines = md.split('\n');
  const problems: string[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!/^\|(\s*:?-+:?\s*\|)+$/.test(lines[i + 1] as string)) continue;
    const width = cellCount(lines[i] as string);
    for (let j = i + 2; j < lines.length && (lines[j] as string).startsWith('|'); j++) {
      if (cellCount(lines[j] as string) !== width) problems.push(lines[j] as string);
    }
  }
  return problems;
}

/** Every `<` opens one of the renderer's own tags, or is broken by a zero-width space. */
function foreignTags(md: string): string[] {
  const allowed = /^<(\/?(details|summary|code|sub)[\s>]|details open>|!-- orchestration-backup:[\p{L}\p{N}-]+ -->$)/u;
  const found: string[] = [];
  for (let i = md.indexOf('<'); i !== -1; i = md.indexOf('<', i + 1)) {
    const end = md.indexOf('\n', i);
    const rest = md.slice(i, end === -1 ? undefined : end);
    if (!rest.startsWith(`<${ZWSP}`) && !allowed.test(rest)) found.push(rest.slice(0, 60));
  }
  return found;
}

function expectWellFormed(md: string): void {
  expect(fenceLines(md).length % 2).toBe(0);
  expect(unclosedFence(md)).toBe(false);
  expect(detailsBalanced(md)).toBe(true);
  expect(tableProblems(md)).toEqual([]);
  expect(foreignTags(md)).toEqual([]);
}

function expectInertEverywhere(md: string): void {
  expect(md).not.toMatch(/@(?!\u200B)/);
  expect(md).not.toMatch(/#\d/);
  expect(md).not.toMatch(/\]\(https?:\/\/evil/);
  expect(md).not.toMatch(/[\u0000\u001b\u202E]/);
  // At most one HTML comment, and only as the last line: the marker.
  const comments = md.match(/<!--/g) ?? [];
  expect(comments.length).toBeLessThanOrEqual(1);
  if (comments.length === 1) expect(md.split('\n').at(-1)).toMatch(/^<!-- orchestration-backup:[\p{L}\p{N}-]+ -->$/u);
}

// ---------- inputs ----------

function load(dir: string): ConfigDocument[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ path: name, bytes: new Uint8Array(readFileSync(path.join(dir, name))) }));
}

function jsonDoc(file: string, value: unknown): ConfigDocument {
  return { path: file, bytes: new TextEncoder().encode(JSON.stringify(value, null, 2)) };
}

function validationOf(diagnostics: Diagnostic[]): ValidationReport {
  const summary = { errors: 0, warnings: 0, info: 0 };
  for (const d of diagnostics)
    summary[d.severity === 'error' ? 'errors' : d.severity === 'warning' ? 'warnings' : 'info']++;
  return {
    status: summary.errors ? 'invalid' : summary.warnings ? 'needs-attention' : 'valid',
    valid: summary.errors === 0,
    files: [],
    diagnostics,
    summary,
  };
}

const VALID = validationOf([]);

function prReport(diff: DiffResult, overrides: Partial<PrReport> = {}): PrReport {
  return {
    header: '',
    repository: 'acme/agents',
    baseRef: 'main',
    headRef: 'feature/rename-agents',
    baseSha: 'a'.repeat(40),
    headSha: 'b'.repeat(40),
    configDir: '.claude/orchestration',
    diff,
    validation: VALID,
    artifact: {
      name: 'orch-backup-pr12-1234-1',
      id: 99,
      url: `${RUN_URL}/artifacts/99`,
      retentionDays: 30,
      runId: '1234',
    },
    runUrl: RUN_URL,
    restoreWorkflow: 'restore.yml',
    secretKeys: ['token', 'secret', 'password', 'credentials'],
    ...overrides,
  };
}

function modifiedFile(file: string, changes: Change[], patch: JsonPatchOperation[]): FileDiff {
  return { path: file, status: 'modified', changes, patch, version: { from: '1.0', to: '1.0', majorChange: false } };
}

function diffOf(files: FileDiff[]): DiffResult {
  return {
    from: 'base',
    to: 'head',
    files,
    versions: { from: '1.0', to: '1.0', majorChange: false },
    migrationPath: [],
  };
}

function renames(count: number, prefix = 'agent'): { changes: Change[]; patch: JsonPatchOperation[] } {
  const changes: Change[] = [];
  const patch: JsonPatchOperation[] = [];
  for (let i = 0; i < count; i++) {
    const pointer = `/teams/engineering/members/${i}`;
    changes.push({
      kind: 'Agent',
      id: `engineering-${prefix}-${i}`,
      change: 'renamed',
      pointer,
      from: `${prefix}-${i}`,
      to: `engineering-${prefix}-${i}`,
    });
    patch.push({ op: 'replace', path: `${pointer}/agent`, value: `engineering-${prefix}-${i}` });
  }
  return { changes, patch };
}

function jsonFences(md: string): unknown[] {
  return [...md.matchAll(/^(`{3,})json\n([\s\S]*?)\n\1$/gm)].map((m) => JSON.parse(m[2] as string));
}

let fixtureDiff: DiffResult;
let fixtureValidation: ValidationReport;

beforeAll(async () => {
  const v1 = load(path.join(FIXTURES, 'v1'));
  const v2 = load(path.join(FIXTURES, 'v2'));
  fixtureDiff = diffSnapshots(v1, v2, { fromLabel: 'main', toLabel: 'feature' });
  fixtureValidation = await validateDocuments(v2);
});

// ---------- primitives ----------

describe('inert', () => {
  it('leaves plain words alone and escapes Markdown punctuation with backslashes', () => {
    expect(inert('engineering-lead 1.0')).toBe('engineering-lead 1.0');
    expect(inert('code_review')).toBe('code\\_review');
    expect(inert('a|b')).toBe('a\\|b');
    expect(inert('&')).toBe('&amp;');
  });

  it('turns HTML, comments and details breakouts into text', () => {
    expect(inert('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(inert('</details>')).toBe('&lt;/details&gt;');
    const comment = inert('<!-- orchestration-backup:default -->');
    expect(comment).not.toContain('<!--');
    expect(comment).not.toContain('-->');
  });

  it('breaks mentions, issue references and autolinks with a zero-width space', () => {
    expect(inert('@octocat')).toBe(`@${ZWSP}octocat`);
    expect(inert('@org/team')).toBe(`@${ZWSP}org/team`);
    expect(inert('#1')).toBe(`#${ZWSP}1`);
    expect(inert('see https://evil.example and www.evil.example')).not.toMatch(/https:\/\/|www\./);
  });

  it('escapes link and image syntax, emphasis, math and code', () => {
    expect(inert('[x](https://evil)')).toBe(`\\[x\\](https:${ZWSP}//evil)`);
    expect(inert('![i](y)')).toBe('!\\[i\\](y)');
    expect(inert('**b** _e_ ~~s~~ $m$ `c`')).toBe('\\*\\*b\\*\\* \\_e\\_ \\~\\~s\\~\\~ \\$m\\$ \\`c\\`');
  });

  it('keeps text on one line and strips control and bidi characters', () => {
    expect(inert('new\nline\r\nand\u2028more')).toBe('new↵line↵and↵more');
    expect(inert('\u001b[31mred\u202E\u0000x\ty')).toBe('\\[31mredx y');
  });

  it('escapes a leading list marker', () => {
    expect(inert('- item')).toBe('\\- item');
    expect(inert('1. item')).toBe('1\\. item');
  });

  it('never yields raw markup for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const out = inert(text);
        expect(out).not.toMatch(/[<>\n\r\u0000-\u0008\u000B-\u001F\u007F]/);
        expect(out).not.toMatch(/[@#](?!\u200B)/);
        for (let i = 0; i < out.length; i++) {
          if (!'|*_~`[]$'.includes(out[i] as string)) continue;
          let slashes = 0;
          while (out[i - 1 - slashes] === '\\') slashes++;
          expect(slashes % 2).toBe(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('codeSpan and fences', () => {
  it('wraps plain text in single backticks', () => {
    expect(codeSpan('teams.json')).toBe('`teams.json`');
    expect(codeSpan('')).toBe('` `');
  });

  it('uses a fence longer than any backtick run, padded when the text touches a backtick', () => {
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
    expect(codeSpan('```')).toBe('```` ``` ````');
  });

  it('is always exactly one code span holding the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('`', ' ', 'a', '<', '|', '\n', '@'), maxLength: 30 }), (text) => {
        const span = codeSpan(text);
        const open = /^`+/.exec(span)?.[0] as string;
        expect(span.endsWith(open)).toBe(true);
        const inner = span.slice(open.length, span.length - open.length);
        // No backtick run of the fence's length inside: CommonMark would close the span there.
        for (const run of inner.match(/`+/g) ?? []) expect(run.length).not.toBe(open.length);
        const content =
          inner.length > 2 && inner.startsWith(' ') && inner.endsWith(' ') && inner.trim() !== ''
            ? inner.slice(1, -1)
            : inner;
        if (text !== '') expect(content.replaceAll(ZWSP, '')).toBe(text.replaceAll('\n', '↵'));
        expect(span).not.toMatch(/<(?!\u200B)/);
      }),
      { numRuns: 300 },
    );
  });

  it('cannot spell a tag, a comment or a mention inside code', () => {
    for (const text of HOSTILE) {
      const span = codeSpan(text);
      expect(span).not.toContain('</details>');
      expect(span).not.toContain('<!--');
      expect(span).not.toContain('-->');
      expect(span).not.toContain('@octocat');
      expect(span).not.toContain('](');
      expect(span).not.toContain('\n');
    }
  });

  it('escapes pipes in table-cell code, even after a backslash', () => {
    expect(cellCount(`| ${cellCode('a|b')} |`)).toBe(2);
    expect(cellCount(`| ${cellCode('a\\|b')} |`)).toBe(2);
    expect(cellCount(`| ${cellCode('a\\\\|b||')} |`)).toBe(2);
  });

  it('fences a block with more backticks than it holds', () => {
    expect(fenced('a ```` b', 'json')).toBe('`````json\na ```` b\n`````');
    expect(fenced('plain')).toBe('```\nplain\n```');
  });

  it('writes JSON that parses back to the same value without spelling markup', () => {
    const value = { text: HOSTILE, nested: { '<k>': '`@x#1`' } };
    const json = safeJson(value);
    expect(JSON.parse(json)).toEqual(value);
    expect(json).not.toMatch(/[<>@#`]|!\[|\]\(/);
  });
});

describe('commentMarker', () => {
  it('names the default instance and slugs a header', () => {
    expect(commentMarker('')).toBe('<!-- orchestration-backup:default -->');
    expect(commentMarker('  Prod Configs! ')).toBe('<!-- orchestration-backup:prod-configs -->');
  });

  it('cannot be ended or faked by the header', () => {
    for (const header of HOSTILE) {
      const marker = commentMarker(header);
      expect(marker).toMatch(/^<!-- orchestration-backup:[\p{L}\p{N}-]+ -->$/u);
    }
  });

  it('keeps headers without letters apart from the default and from each other', () => {
    expect(commentMarker('!!!')).not.toBe(commentMarker(''));
    expect(commentMarker('!!!')).not.toBe(commentMarker('???'));
  });
});

// ---------- the pull-request comment ----------

describe('renderPrComment on the team fixtures (v1 → v2)', () => {
  it('opens with the counts and the comparison, and ends with the marker', () => {
    const md = renderPrComment(prReport(fixtureDiff, { validation: fixtureValidation }));
    const lines = md.split('\n');
    expect(lines[0]).toBe('## 🗂️ Orchestration config');
    expect(lines).toContain(
      '**3 of 4 config files changed:** \\+1 file, 1 team modified, 2 types modified, 7 agents renamed',
    );
    expect(lines).toContain(
      '- 🔀 **Compared:** `main` (`aaaaaaa`) → `feature/rename-agents` (`bbbbbbb`) in `.claude/orchestration`',
    );
    expect(lines).toContain('- 🏷️ **Version:** `1.0` (unchanged)');
    expect(lines.at(-1)).toBe('<!-- orchestration-backup:default -->');
    expect(md.match(/orchestration-backup:default/g)).toHaveLength(1);
    expectWellFormed(md);
  });

  it('tables entity changes per file with the wording of the terminal renderer', () => {
    const md = renderPrComment(prReport(fixtureDiff));
    expect(md).toContain('#### 📝 `teams.json` · 1 team modified, 7 agents renamed');
    expect(md).toContain('| ✏️ | Agent `lead-dev` | renamed to `build-lead` |');
    expect(md).toContain('| 🔧 | Team `build` | modified |');
    expect(md).toContain(
      '|  | ↳ `/teams/build/workflows/review_requirements/code` | `["lead-dev"]` → `["build-lead"]` |',
    );
    expect(md).toContain('| 🔧 | Type `code_review` | modified |');
    expect(md).toContain('- ➕ **Added:** `team-state.json`');
    expect(md).toContain('- ✅ **Unchanged:** `settings.json`');
  });

  it('collapses many warnings and lists them as file:line:column message', () => {
    const md = renderPrComment(prReport(fixtureDiff, { validation: fixtureValidation }));
    expect(fixtureValidation.summary.warnings).toBeGreaterThan(5);
    expect(md).toContain(`- 📋 **Validation:** ⚠️ ${fixtureValidation.summary.warnings} warnings`);
    expect(md).toContain(`<details><summary>⚠️ ${fixtureValidation.summary.warnings} warnings</summary>`);
    expect(md).toMatch(/^- `workflows\.json:20:26` Agent 'web-dev' is not defined in teams\.json/m);
  });

  it('carries each migration patch in a collapsed json fence that parses back to the patch', () => {
    const md = renderPrComment(prReport(fixtureDiff));
    expect(md).toContain('<details><summary><code>teams.json</code> · 12 operations</summary>');
    const patches = fixtureDiff.files.filter((f) => f.status === 'modified').map((f) => f.patch);
    expect(jsonFences(md)).toEqual(patches);
    expect(md).not.toContain('left out');
  });

  it('says where the backup is and how to restore it, with the workflow and with the CLI', () => {
    const md = renderPrComment(prReport(fixtureDiff));
    expect(md).toContain(
      'gh workflow run restore.yml --repo acme/agents -f backup=orch-backup-pr12-1234-1 -f run-id=1234',
    );
    expect(md).toContain(
      'gh run download 1234 --repo acme/agents --name orch-backup-pr12-1234-1\norch-backup import orch-backup-pr12-1234-1.tar.gz\norch-backup restore orch-backup-pr12-1234-1',
    );
    expect(md).toContain(`[\`orch-backup-pr12-1234-1\`](${RUN_URL}/artifacts/99) (id 99, kept 30 days, run \`1234\`)`);
  });

  it('leaves out the workflow without restoreWorkflow, and the restore steps without an artifact', () => {
    const noWorkflow = renderPrComment(prReport(fixtureDiff, { restoreWorkflow: undefined }));
    expect(noWorkflow).not.toContain('gh workflow run');
    expect(noWorkflow).toContain('orch-backup import');
    const noArtifact = renderPrComment(prReport(fixtureDiff, { artifact: undefined }));
    expect(noArtifact).toContain('- ⚠️ **Backup:** no artifact was uploaded for this run');
    expect(noArtifact).not.toContain('gh run download');
    expectWellFormed(noArtifact);
  });

  it('shows a non-empty header in the title and keys the marker on it', () => {
    const md = renderPrComment(prReport(fixtureDiff, { header: 'Staging configs' }));
    expect(md.split('\n')[0]).toBe('## 🗂️ Orchestration config · Staging configs');
    expect(md.endsWith('<!-- orchestration-backup:staging-configs -->')).toBe(true);
  });
});

describe('renderPrComment: versions and validation', () => {
  const twoFiles = (): DiffResult => diffOf([modifiedFile('teams.json', renames(2).changes, renames(2).patch)]);

  it('flags a major version change', () => {
    const diff = { ...twoFiles(), versions: { from: '1.4', to: '2.0', majorChange: true } };
    const md = renderPrComment(prReport(diff));
    expect(md).toContain('> [!WARNING]\n> **Major version change** `1.4` → `2.0`');
    expect(md).toContain('- 🏷️ **Version:** `1.4` → `2.0` ⚠️ **major version change**');
    expect(renderPrComment(prReport(twoFiles()))).not.toContain('major version change');
  });

  it('says ✅ valid without a validation section when there is nothing to report', () => {
    const md = renderPrComment(prReport(twoFiles()));
    expect(md).toContain('- 📋 **Validation:** ✅ valid');
    expect(md).not.toContain('### 📋 Validation');
  });

  it('lists errors in sight, few warnings in sight, and leaves notes to the summary', () => {
    const validation = validationOf([
      {
        severity: 'error',
        code: 'json-syntax',
        file: 'teams.json',
        line: 3,
        column: 5,
        message: 'invalid JSON: unexpected }',
      },
      { severity: 'error', code: 'unknown-agent', message: 'no file at all' },
      {
        severity: 'warning',
        code: 'unknown-agent',
        file: 'workflows.json',
        line: 7,
        column: 1,
        message: "Agent 'x' is not defined",
      },
      { severity: 'info', code: 'inventory', file: 'teams.json', message: '3 teams, 9 agents defined' },
    ]);
    const md = renderPrComment(prReport(twoFiles(), { validation }));
    expect(md).toContain('- 📋 **Validation:** ❌ 2 errors, 1 warning');
    expect(md).toContain(
      '**❌ 2 errors**\n\n- `teams.json:3:5` invalid JSON: unexpected }\n- `(config)` no file at all',
    );
    expect(md).toContain("**⚠️ 1 warning**\n\n- `workflows.json:7:1` Agent 'x' is not defined");
    expect(md).not.toContain('9 agents defined');
    expect(renderPrSummary(prReport(twoFiles(), { validation }))).toContain('ℹ️ 1 note');
  });

  it('reports a PR without config changes as such', () => {
    const unchanged: FileDiff = {
      path: 'teams.json',
      status: 'unchanged',
      changes: [],
      patch: [],
      version: { from: '1', to: '1', majorChange: false },
    };
    const md = renderPrComment(prReport(diffOf([unchanged])));
    expect(md).toContain('✅ **No configuration changes** (1 file compared).');
    expect(md).not.toContain('### 🔍 Changes');
  });
});

describe('renderNoChangesComment', () => {
  it('keeps the marker of the same instance as the last line', () => {
    const md = renderNoChangesComment('Staging', RUN_URL);
    expect(md).toContain('no longer changes the orchestration configuration');
    expect(md).toContain(`[orchestration-backup](${RUN_URL})`);
    expect(md.split('\n').at(-1)).toBe(commentMarker('Staging'));
  });

  it('renders a hostile header inert', () => {
    const md = renderNoChangesComment('<!-- orchestration-backup:default --> @octocat', 'javascript:alert(1)');
    expectInertEverywhere(md);
    expectWellFormed(md);
    expect(md).not.toContain('](javascript');
  });
});

// ---------- hostile configs ----------

function hostileReport(): PrReport {
  const before = { version: '1.0', teams: { eng: { members: [{ agent: 'lead' }] } } };
  const teams: Record<string, unknown> = {};
  for (const text of HOSTILE) teams[text] = { members: [{ agent: text }], note: text };
  teams.eng = { members: [{ agent: '@octocat' }], note: '</details>' };
  const after = { version: '1.0', teams, [HOSTILE[10] as string]: HOSTILE[8], 'k|ey': { 'a\nb': HOSTILE[5] } };
  const diff = diffSnapshots(
    [jsonDoc('teams.json', before), jsonDoc('gone<b>.json', {}), jsonDoc('broken.json', {})],
    [
      jsonDoc('teams.json', after),
      jsonDoc('</details><!-- x -->|@a #1.json', {}),
      { path: 'broken.json', bytes: new TextEncoder().encode('{"<img>": ') },
    ],
    { fromLabel: '@octocat', toLabel: '</details>' },
  );
  const validation = validationOf(
    HOSTILE.map((text, i) => ({
      severity: i % 2 ? 'warning' : 'error',
      code: 'x',
      file: text,
      line: 1,
      column: 2,
      message: text,
    })),
  );
  return prReport(diff, {
    header: HOSTILE[1] as string,
    baseRef: '@octocat',
    headRef: '</details>',
    configDir: HOSTILE[7] as string,
    validation,
    artifact: { name: 'x`y', runId: '1', url: 'https://github.com/a/b/x)(y' },
  });
}

describe('hostile config text', () => {
  const renders = (): [string, string][] => {
    const report = hostileReport();
    return [
      ['comment', renderPrComment(report)],
      ['summary', renderPrSummary(report)],
      ['small comment', renderPrComment(report, 6000)],
      [
        'restore body',
        renderRestoreBody({
          backup: '@octocat </details>',
          runId: '#1',
          diff: report.diff,
          validation: report.validation,
          safetyBackup: '<!-- x -->',
          branch: 'a|b',
          secretKeys: [],
        }),
      ],
    ];
  };

  it('renders inert everywhere: no mentions, references, links, tags or stray comments', () => {
    for (const [, md] of renders()) {
      expectWellFormed(md);
      expectInertEverywhere(md);
    }
  });

  it('keeps the marker unique and last, whatever the header and the configs say', () => {
    const md = renderPrComment(hostileReport());
    // The configs spell `<!-- orchestration-backup:default -->` in ids, values and messages.
    expect(md.split('<!-- orchestration-backup:')).toHaveLength(2);
    expect(md).not.toContain(commentMarker(''));
    expect(md.split('\n').at(-1)).toBe(commentMarker(HOSTILE[1] as string));
  });

  it('keeps ids with pipes and keys with newlines inside their table cells', () => {
    const md = renderPrComment(hostileReport());
    expect(md).toContain('| ➕ | Team `a\\|b` | added |');
    expect(md).toContain('| 🔹 | `/new↵line` | added: ');
    expect(tableProblems(md)).toEqual([]);
  });

  it('keeps backticks in values inside their code span, and the patch fence closed', () => {
    const md = renderPrComment(hostileReport());
    expect(md).toContain('| ➕ | Team ```` ```js↵alert(1)↵``` ```` | added |');
    const patch = jsonFences(md)[0] as JsonPatchOperation[];
    expect(patch.some((op) => 'value' in op && op.value === HOSTILE[8])).toBe(true);
  });

  it('percent-encodes a link target that tries to end the link', () => {
    const md = renderPrComment(hostileReport());
    expect(md).toContain('(https://github.com/a/b/x%29%28y)');
  });
});

// ---------- secrets ----------

describe('secrets', () => {
  it('never shows values under secret keys: in tables, in patches or in redacted pointers', () => {
    const before = {
      mcpServers: { github: { env: { GITHUB_TOKEN: 'ghp_old_value' } } },
      credentials: { 'ghp-key-as-name': { scope: 'repo' } },
    };
    const after = {
      mcpServers: { github: { env: { GITHUB_TOKEN: 'ghp_new_value' }, auth: { password: 'hunter2' } } },
      credentials: { 'ghp-key-as-name': { scope: 'admin' } },
    };
    const diff = diffSnapshots([jsonDoc('settings.json', before)], [jsonDoc('settings.json', after)]);
    const report = prReport(diff);
    for (const md of [
      renderPrComment(report),
      renderPrSummary(report),
      renderRestoreBody({ backup: 'b', diff, validation: VALID, secretKeys: report.secretKeys }),
    ]) {
      expect(md).not.toMatch(/ghp_old_value|ghp_new_value|hunter2|ghp-key-as-name/);
      expect(md).toContain('•••');
      expect(jsonFences(md).length).toBeGreaterThan(0);
    }
  });

  it('redacts by the report’s secret keys even when the diff was made without them', () => {
    const changes: Change[] = [
      { kind: null, id: null, change: 'value', pointer: '/deployKey', from: 'old-secret', to: 'new-secret' },
    ];
    const patch: JsonPatchOperation[] = [
      { op: 'replace', path: '/deployKey', value: 'new-secret' },
      { op: 'add', path: '/nested', value: { deployKey: 'nested-secret', plain: 'shown' } },
      { op: 'move', from: '/deployKey/raw-secret-name', path: '/elsewhere' },
    ];
    const md = renderPrComment(
      prReport(diffOf([modifiedFile('s.json', changes, patch)]), { secretKeys: ['deploy_key'] }),
    );
    expect(md).not.toMatch(/old-secret|new-secret|nested-secret|raw-secret-name/);
    expect(md).toContain('| 🔹 | `/deployKey` | ••• → ••• |');
    expect(jsonFences(md)[0]).toEqual([
      { op: 'replace', path: '/deployKey', value: '•••' },
      { op: 'add', path: '/nested', value: { deployKey: '•••', plain: 'shown' } },
      { op: 'move', from: '/deployKey/•••', path: '/elsewhere' },
    ]);
  });
});

// ---------- size limits ----------

const FULL_REPORT = `The full report is in the [job summary](${RUN_URL}) and the backup artifact.`;

function bigPatchFile(): FileDiff {
  const { changes, patch } = renames(40);
  patch.push({ op: 'replace', path: '/blob', value: 'x'.repeat(200_000) });
  return modifiedFile('teams.json', changes, patch);
}

function manyFilesDiff(): DiffResult {
  const files: FileDiff[] = [];
  for (let i = 0; i < 3_000; i++) {
    const { changes, patch } = renames(3, `f${i}`);
    files.push(modifiedFile(`team-${String(i).padStart(4, '0')}.json`, changes, patch));
  }
  for (let i = 0; i < 10_000; i++)
    files.push({
      path: `added/${i}.json`,
      status: 'added',
      changes: [],
      patch: null,
      version: { from: null, to: null, majorChange: false },
    });
  return diffOf(files);
}

function expectFitsComment(md: string, limit: number, report: PrReport): void {
  expect(md.length).toBeLessThan(limit);
  expect(md.split('\n').at(-1)).toBe(commentMarker(report.header));
  expectWellFormed(md);
}

describe('size: the comment is always under its limit', () => {
  it('drops a patch that does not fit first, keeping every change row', () => {
    const report = prReport(diffOf([bigPatchFile()]));
    const md = renderPrComment(report);
    expectFitsComment(md, COMMENT_LIMIT, report);
    expect(md).toContain('| ✏️ | Agent `agent-39` | renamed to `engineering-agent-39` |');
    expect(md).toContain('_Patch for `teams.json` (41 operations) left out here._');
    expect(md).toContain(FULL_REPORT);
  });

  it('keeps small patches when only a big one is left out', () => {
    const small = modifiedFile('workflows.json', renames(2).changes, renames(2).patch);
    const md = renderPrComment(prReport(diffOf([bigPatchFile(), small])));
    expect(md).toContain('<details><summary><code>workflows.json</code> · 2 operations</summary>');
    expect(jsonFences(md)).toEqual([small.patch]);
  });

  it('cuts rows beyond N per file for 5,000 renamed agents', () => {
    const { changes, patch } = renames(5_000);
    const report = prReport(diffOf([modifiedFile('teams.json', changes, patch)]));
    const md = renderPrComment(report);
    expectFitsComment(md, COMMENT_LIMIT, report);
    expect(md).toContain('| ✏️ | Agent `agent-0` | renamed to `engineering-agent-0` |');
    expect(md).not.toContain('`agent-4999`');
    expect(md).toMatch(/\| \| … \| _4,9\d\d more changes not shown_ \|/);
    expect(md).toContain(FULL_REPORT);
  });

  it('cuts files beyond N for 3,000 modified and 10,000 added files', () => {
    const report = prReport(manyFilesDiff());
    const md = renderPrComment(report);
    expectFitsComment(md, COMMENT_LIMIT, report);
    expect(md).toContain('#### 📝 `team-0000.json`');
    expect(md).toMatch(/_2,9\d\d more modified files not shown\._/);
    expect(md).toContain('and 9,950 more');
    expect(md).toContain(FULL_REPORT);
  });

  it('cuts thousands of long diagnostics', () => {
    const diagnostics: Diagnostic[] = Array.from({ length: 5_000 }, (_, i) => ({
      severity: i % 3 ? 'warning' : 'error',
      code: 'x',
      file: `f${i}.json`,
      line: i + 1,
      column: 1,
      message: 'm'.repeat(2_000),
    }));
    const report = prReport(diffOf([bigPatchFile()]), { validation: validationOf(diagnostics) });
    const md = renderPrComment(report);
    expectFitsComment(md, COMMENT_LIMIT, report);
    expect(md).toContain('- `f0.json:1:1` m');
    expect(md).toContain('- 📋 **Validation:** ❌ 1,667 errors, 3,333 warnings');
    expect(md).toMatch(/more not shown_/);
  });

  it('stays under any reasonable limit, marker last, structure intact', () => {
    const reports = [
      prReport(manyFilesDiff()),
      hostileReport(),
      prReport(diffOf([bigPatchFile()]), { header: 'x'.repeat(5_000) }),
    ];
    fc.assert(
      fc.property(fc.integer({ min: 1_500, max: 70_000 }), fc.constantFrom(0, 1, 2), (limit, which) => {
        const report = reports[which] as PrReport;
        expectFitsComment(renderPrComment(report, limit), limit, report);
      }),
      { numRuns: 24 },
    );
  });

  it('refuses a limit too small for the marker rather than break its promise', () => {
    expect(() => renderPrComment(prReport(diffOf([bigPatchFile()])), 20)).toThrow(RangeError);
  });
});

describe('size: the job summary is under its limit in bytes', () => {
  it('holds every change and the full patches when they fit', () => {
    const { changes, patch } = renames(5_000);
    const report = prReport(diffOf([modifiedFile('teams.json', changes, patch)]));
    const md = renderPrSummary(report);
    expect(Buffer.byteLength(md)).toBeLessThan(SUMMARY_LIMIT);
    expect(md).toContain('`agent-4999`');
    expect((jsonFences(md)[0] as unknown[]).length).toBe(5_000);
    expect(md).not.toContain('left out');
    expect(md).not.toContain('orchestration-backup:');
    expectWellFormed(md);
  });

  it('measures bytes, not characters, for multi-byte content', () => {
    const emoji = '😀'.repeat(40);
    const changes: Change[] = Array.from({ length: 3_000 }, (_, i) => ({
      kind: 'Agent',
      id: `${emoji}${i}`,
      change: 'added',
      pointer: `/agents/${i}`,
    }));
    const report = prReport(diffOf([modifiedFile('a.json', changes, [])]));
    const md = renderPrSummary(report, 100_000);
    expect(Buffer.byteLength(md)).toBeLessThan(100_000);
    expect(md).toContain('Some details were left out to keep the job summary under its size limit.');
    expectWellFormed(md);
  });

  it('stays under SUMMARY_LIMIT for a huge diff', () => {
    const diff = manyFilesDiff();
    diff.files[0] = bigPatchFile();
    const md = renderPrSummary(prReport(diff));
    expect(Buffer.byteLength(md)).toBeLessThan(SUMMARY_LIMIT);
    expectWellFormed(md);
  });
});

// ---------- restore pull request ----------

describe('renderRestoreBody', () => {
  const restore = (overrides: Partial<RestoreReport> = {}): RestoreReport => ({
    backup: 'orch-backup-pr12-1234-1',
    runId: '1234',
    diff: fixtureDiff,
    validation: VALID,
    safetyBackup: 'pre-restore-20240120-103045',
    branch: 'orch-backup/restore-1234',
    secretKeys: [],
    ...overrides,
  });

  it('names the backup, the run, the safety backup and the branch, then the changes', () => {
    const md = renderRestoreBody(restore());
    const lines = md.split('\n');
    expect(lines[0]).toBe('## ♻️ Restore orchestration config from `orch-backup-pr12-1234-1`');
    expect(md).toContain('saved in backup `orch-backup-pr12-1234-1` (uploaded by workflow run `1234`)');
    expect(lines).toContain(
      '- 🛟 **Safety backup of the configuration before the restore:** `pre-restore-20240120-103045`',
    );
    expect(lines).toContain('- 🌿 **Branch:** `orch-backup/restore-1234`');
    expect(lines).toContain('- 📋 **Validation of the restored configuration:** ✅ valid');
    expect(md).toContain('| ✏️ | Agent `lead-dev` | renamed to `build-lead` |');
    expect(jsonFences(md)).toHaveLength(2);
    expect(md).not.toContain('orchestration-backup:');
    expectWellFormed(md);
  });

  it('says when there was nothing to save first, and omits what it was not given', () => {
    const md = renderRestoreBody(restore({ safetyBackup: null, branch: undefined, runId: undefined }));
    expect(md).toContain('- 🛟 **Safety backup:** none needed, there was no configuration before the restore');
    expect(md).not.toContain('**Branch:**');
    expect(md).not.toContain('uploaded by workflow run');
    expect(renderRestoreBody(restore({ safetyBackup: undefined }))).not.toContain('Safety backup');
  });

  it('fits its limit in characters and in bytes, for a huge restore', () => {
    const { changes, patch } = renames(5_000, '😀'.repeat(10));
    const md = renderRestoreBody(restore({ diff: diffOf([modifiedFile('teams.json', changes, patch)]) }));
    expect(Buffer.byteLength(md)).toBeLessThan(COMMENT_LIMIT);
    expect(md).toContain('Some details were left out');
    expectWellFormed(md);
    expect(Buffer.byteLength(renderRestoreBody(restore({ diff: manyFilesDiff() }), SUMMARY_LIMIT))).toBeLessThan(
      SUMMARY_LIMIT,
    );
  });
});

// ---------- backup mode and list mode ----------

function manifest(overrides: Partial<Manifest> = {}): Manifest {
  return {
    formatVersion: 1,
    name: 'backup-20240120-103045',
    createdAt: '2024-01-20T10:30:45.000Z',
    description: 'nightly',
    trigger: 'ci',
    tags: ['main'],
    tool: { name: 'orchestration-backup', version: '0.1.0' },
    configVersion: '1.0',
    compression: 'gzip',
    files: [
      {
        path: 'teams.json',
        size: 3_300,
        sha256: 'ab'.repeat(32),
        version: '1.0',
        stored: 'files/teams.json.gz',
        storedSize: 900,
      },
    ],
    fileCount: 1,
    totalSize: 3_300,
    storedSize: 900,
    validation: null,
    checksum: `sha256:${'cd'.repeat(32)}`,
    ...overrides,
  };
}

describe('renderBackupSummary', () => {
  const artifact = {
    name: 'orch-backup-main-abc-1',
    id: 7,
    url: 'https://github.com/acme/agents/actions/runs/5/artifacts/7',
    retentionDays: 90,
    runId: '5',
  };

  it('tells what was saved, where, and how to restore it', () => {
    const md = renderBackupSummary(manifest(), artifact, VALID);
    const lines = md.split('\n');
    expect(lines).toContain(
      '- 🗂️ **Backup:** `backup-20240120-103045` · created 2024-01-20 10:30:45 UTC · trigger `ci`',
    );
    expect(lines).toContain('- 📁 **Files:** 1 file (3.2 KB) · checksum `sha256:cdcdcdcdcdcdcdc…`');
    expect(lines).toContain(
      '- 📦 **Artifact:** [`orch-backup-main-abc-1`](https://github.com/acme/agents/actions/runs/5/artifacts/7) (id 7, kept 90 days, run `5`)',
    );
    expect(lines).toContain('| `teams.json` | 3.2 KB | `1.0` | `abababababab` |');
    expect(md).toContain(
      'gh run download 5 --name orch-backup-main-abc-1\norch-backup import backup-20240120-103045.tar.gz\norch-backup restore backup-20240120-103045',
    );
    expectWellFormed(md);
  });

  it('warns when nothing was uploaded, and renders manifest text inert', () => {
    const hostile = manifest({
      description: HOSTILE.join(' '),
      tags: ['a|b', '@octocat'],
      files: [{ ...manifest().files[0]!, path: '</details>|x' }],
    });
    const md = renderBackupSummary(hostile, undefined, fixtureValidation ?? VALID);
    expect(md).toContain('- ⚠️ **Artifact:** not uploaded, so this backup is not kept');
    expect(md).not.toContain('orch-backup import');
    expectWellFormed(md);
    expectInertEverywhere(md);
  });

  it('stays under SUMMARY_LIMIT for 100,000 files', () => {
    const files = Array.from({ length: 100_000 }, (_, i) => ({
      path: `dir/${'n'.repeat(40)}-${i}.json`,
      size: i,
      sha256: 'ef'.repeat(32),
      stored: `files/${i}`,
      storedSize: i,
    }));
    const md = renderBackupSummary(manifest({ files, fileCount: files.length }), artifact, VALID);
    expect(Buffer.byteLength(md)).toBeLessThan(SUMMARY_LIMIT);
    expect(md).toMatch(/_\d[\d,]* more files not shown_/);
    expectWellFormed(md);
  });
});

describe('renderArtifactList', () => {
  const listed = (name: string, createdAt: string, runId: number | null = 5): ListedArtifact => ({
    name,
    id: 1,
    sizeInBytes: 3_300,
    createdAt,
    expiresAt: '2024-04-19T10:30:45Z',
    runId,
    url: `https://github.com/acme/agents/actions/runs/5/artifacts/${name.length}`,
  });

  it('lists backups newest first with size, dates and run', () => {
    const md = renderArtifactList(
      [listed('orch-backup-old', '2024-01-20T10:30:45Z'), listed('orch-backup-new', '2024-02-20T08:00:00Z', null)],
      'acme/agents',
    );
    expect(md.indexOf('orch-backup-new')).toBeLessThan(md.indexOf('orch-backup-old'));
    expect(md).toContain(
      '| [`orch-backup-old`](https://github.com/acme/agents/actions/runs/5/artifacts/15) | 2024-01-20 10:30 UTC | 2024-04-19 | 3.2 KB | `5` |',
    );
    expect(md).toContain('2 backup artifacts, newest first.');
    expect(md).toContain('gh run download --repo acme/agents --name orch-backup-new');
    expectWellFormed(md);
  });

  it('says so when there are none', () => {
    const md = renderArtifactList([], 'acme/agents');
    expect(md).toContain('No backup artifacts found.');
    expect(md).not.toContain('| Backup |');
  });

  it('renders hostile names inert and stays under SUMMARY_LIMIT for 50,000 artifacts', () => {
    const hostile = renderArtifactList(
      HOSTILE.map((name, i) => listed(name, `2024-01-${String(i + 1).padStart(2, '0')}T00:00:00Z`)),
      'acme/agents',
    );
    expectWellFormed(hostile);
    expectInertEverywhere(hostile);
    const many = Array.from({ length: 50_000 }, (_, i) =>
      listed(`orch-backup-${'x'.repeat(30)}-${i}`, new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString()),
    );
    const md = renderArtifactList(many, 'acme/agents');
    expect(Buffer.byteLength(md)).toBeLessThan(SUMMARY_LIMIT);
    expect(md).toMatch(/_\d[\d,]* older backups not shown_/);
  });
});
