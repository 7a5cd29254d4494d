/**
 * The words of a judgement, shared by the terminal and Markdown renderers so the CLI, the hook
 * and the pull-request comment say the same thing. Plain text: each renderer escapes it.
 */
import type { Finding, Judgement, Rename } from '../core/judge/types.js';
import { plural } from './format.js';

const BROKEN = new Set(['unknown-agent', 'renamed-reference']);

function isBrokenReference(f: Finding): boolean {
  return BROKEN.has(f.code);
}

/** "❌ This change breaks 6 agent references (23 places)", "✅ No new problems (4 were already there)". */
export function verdictHeadline(j: Judgement): { icon: '❌' | '⚠️' | '✅'; text: string } {
  const broken = j.new.filter(isBrokenReference);
  const subjects = new Set(broken.map((f) => f.subject ?? f.message));
  const blocking = (f: Finding): boolean => f.severity === 'error' || (j.strict && f.severity === 'warning');
  const others = j.new.filter((f) => !isBrokenReference(f) && blocking(f));
  const already =
    j.existing.length > 0 ? ` (${j.existing.length} ${j.existing.length === 1 ? 'was' : 'were'} already there)` : '';
  if (j.verdict === 'fail') {
    const otherText = (lead: string): string => {
      const errors = others.filter((f) => f.severity === 'error').length;
      const warnings = others.length - errors;
      return [
        errors > 0 ? `${lead}${plural(errors, 'error')}` : '',
        warnings > 0 ? `${errors > 0 ? ' and ' : lead}${plural(warnings, 'new warning')}` : '',
      ].join('');
    };
    if (broken.length > 0) {
      const what = broken.every((f) => f.message.startsWith("Agent '")) ? 'agent reference' : 'reference';
      const places = broken.length !== subjects.size ? ` (${plural(broken.length, 'place')})` : '';
      const more = others.length > 0 ? otherText(' and introduces ').replace(/ (error|new warning)/, ' other $1') : '';
      return { icon: '❌', text: `This change breaks ${plural(subjects.size, what)}${places}${more}` };
    }
    return { icon: '❌', text: `This change introduces ${otherText('')}` };
  }
  const fixed = j.fixed.length > 0 ? `; it fixes ${j.fixed.length}` : '';
  const warnings = j.new.filter((f) => f.severity === 'warning').length;
  if (warnings > 0) return { icon: '⚠️', text: `No new errors, ${plural(warnings, 'new warning')}${fixed}${already}` };
  return { icon: '✅', text: `No new problems${fixed}${already}` };
}

/** "Agent 'tech-lead' was renamed to 'engineering-lead'; 11 references still use 'tech-lead'" */
export function renameSentence(r: Rename): string {
  const left =
    r.remaining.length === 0
      ? 'no reference uses the old id'
      : `${plural(r.remaining.length, 'reference')} still ${r.remaining.length === 1 ? 'uses' : 'use'} '${r.from}'`;
  return `${r.kind} '${r.from}' was renamed to '${r.to}'; ${left}`;
}

/** The renames that left references behind. */
export function renamesWithLeftovers(j: Judgement): Rename[] {
  return j.renames.filter((r) => r.remaining.length > 0);
}

/** A shell word: quoted only when it has to be. */
export function shellWord(text: string): string {
  return /^[\w@%+=:,./~^-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The one-line fix command for the leftovers of a judgement against `since`. */
export function fixCommand(since: string, where: { configDir?: string; backupDir?: string } = {}): string {
  const dirs = [
    where.configDir !== undefined ? ` --config-dir ${shellWord(where.configDir)}` : '',
    where.backupDir !== undefined ? ` --backup-dir ${shellWord(where.backupDir)}` : '',
  ].join('');
  return `orch-backup${dirs} validate --since ${shellWord(since)} --fix`;
}
