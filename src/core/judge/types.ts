import type { Diagnostic, ValidationReport } from '../validate/types.js';

/** Where a side's agent files were read when not from git (`agentsFrom`). */
export const WORK_TREE = 'work tree';

/** A finding of the judgement: a diagnostic of one side, labelled by the change. */
export type Finding = Diagnostic;

/** A string value in the new version still equal to a renamed entity's old id. */
export interface LeftoverReference {
  file: string;
  line: number;
  column: number;
  pointer: string;
  /** Where the string token (quotes included) is in the file's text, for `--fix`. */
  offset: number;
  length: number;
}

export interface Rename {
  /** Entity kind as the diff names it ("Agent", "Team"). */
  kind: string;
  from: string;
  to: string;
  /** The file in which the entity was renamed. */
  file: string;
  remaining: LeftoverReference[];
}

export type Verdict = 'pass' | 'fail';

export interface Judgement {
  /** Label of the old side (a backup name, a git revision). */
  since: string;
  /** Label of the new side ("current", "staged", a PR head). */
  to: string;
  verdict: Verdict;
  strict: boolean;
  /** Introduced by the change; a new reference to an agent defined nowhere is an error here. */
  new: Finding[];
  /** Present before, gone after. */
  fixed: Finding[];
  /** Present on both sides (matched by what they are about, not by line). */
  existing: Finding[];
  renames: Rename[];
  /** Where each side's agent definition files were read ("work tree", "git HEAD", "git index"); null when not read. */
  agentsFrom: { before: string | null; after: string | null };
  /** Each side's own validation, for callers that show more than the change. */
  reports: { before: ValidationReport; after: ValidationReport };
}
