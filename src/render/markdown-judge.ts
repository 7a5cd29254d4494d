/**
 * The judgement in GitHub Markdown: the verdict as the comment's first line, new findings listed
 * open and first, references renames left behind with the one-line fix command, fixed and
 * existing findings collapsed. Config-derived text goes through `inert`/`codeSpan`.
 */
import type { Finding, Judgement } from '../core/judge/types.js';
import type { Shown } from './markdown-changes.js';
import { codeSpan, details, fenced, inert, plural, shellWord, shorten, shortenMiddle } from './markdown-text.js';
import { renamesWithLeftovers, verdictHeadline } from './verdict.js';

const ICONS = { error: '❌', warning: '⚠️', info: 'ℹ️' } as const;
const SHOWN_PLACES = 5;

/** "❌ This change breaks 6 agent references (25 places)": the first line of a PR comment. */
export function verdictLine(j: Judgement): string {
  const head = verdictHeadline(j);
  return `${head.icon} ${head.text}`;
}

/** `orch-backup validate --since origin/main --fix`, as a fenced `sh` block. */
function fixCommandBlock(since: string, configDir: string | undefined): string {
  const dir =
    configDir !== undefined && configDir !== '.claude/orchestration' ? ` --config-dir ${shellWord(configDir)}` : '';
  return fenced(`orch-backup${dir} validate --since ${shellWord(since)} --fix`, 'sh');
}

function place(
  f: { file?: string | undefined; line?: number | undefined; column?: number | undefined },
  shown: Shown,
): string {
  if (!f.file) return '(config)';
  const file = shortenMiddle(f.file, shown.textLength);
  return f.line ? `${file}:${f.line}:${f.column ?? 1}` : file;
}

function findingLines(items: readonly Finding[], cap: number, shown: Shown): string {
  const lines = items
    .slice(0, cap)
    .map((f) => `- ${ICONS[f.severity]} ${codeSpan(place(f, shown))} ${inert(shorten(f.message, shown.textLength))}`);
  if (items.length > cap)
    lines.push(
      `- _${plural(items.length - cap, cap > 0 ? 'more' : 'finding', cap > 0 ? 'more' : 'findings')} not shown_`,
    );
  return lines.join('\n');
}

export interface JudgementSectionOptions {
  /** Findings listed per group (new, fixed, existing). */
  cap: number;
  shown: Shown;
  /** The `--since` the fix command names (e.g. `origin/main`). */
  fixSince: string;
  configDir?: string;
}

/** Number of findings the section could list; more than `cap` of them means something was left out. */
export function judgementSize(j: Judgement): number {
  return Math.max(j.new.length, j.fixed.length, j.existing.length);
}

export function judgementSection(j: Judgement, options: JudgementSectionOptions): string | null {
  const { cap, shown } = options;
  const blocks: string[] = [];
  if (j.new.length > 0)
    blocks.push(
      `### 🆕 New in this change (${j.new.length.toLocaleString('en-US')})\n\n${findingLines(j.new, cap, shown)}`,
    );
  const leftovers = renamesWithLeftovers(j);
  if (leftovers.length > 0) {
    const lines = leftovers.slice(0, Math.max(cap, 1)).map((r) => {
      const places = r.remaining.slice(0, SHOWN_PLACES).map((x) => codeSpan(place(x, shown)));
      const more = r.remaining.length > SHOWN_PLACES ? `, +${r.remaining.length - SHOWN_PLACES} more` : '';
      const id = (text: string): string => codeSpan(shorten(text, shown.idLength));
      return `- ${inert(r.kind)} ${id(r.from)} was renamed to ${id(r.to)}; ${plural(r.remaining.length, 'reference')} still ${r.remaining.length === 1 ? 'uses' : 'use'} ${id(r.from)}: ${places.join(', ')}${more}`;
    });
    if (leftovers.length > Math.max(cap, 1))
      lines.push(`- _${plural(leftovers.length - Math.max(cap, 1), 'more rename')} not shown_`);
    blocks.push(
      `### 🔁 Renamed, with references left behind\n\n${lines.join('\n')}\n\nRewrite them all to the new ids (a safety backup is made first; \`--dry-run\` shows the patch):\n\n${fixCommandBlock(options.fixSince, options.configDir)}`,
    );
  }
  if (j.fixed.length > 0)
    blocks.push(
      details(`✅ Fixed by this change (${j.fixed.length.toLocaleString('en-US')})`, findingLines(j.fixed, cap, shown)),
    );
  if (j.existing.length > 0)
    blocks.push(
      details(
        `Already there before this change (${j.existing.length.toLocaleString('en-US')})`,
        findingLines(j.existing, cap, shown),
      ),
    );
  return blocks.length > 0 ? blocks.join('\n\n') : null;
}
