import type { Finding, Judgement } from './types.js';

interface FindingJson {
  severity: string;
  code: string;
  message: string;
  file: string | null;
  line: number | null;
  column: number | null;
  pointer: string | null;
}

export interface JudgementJson {
  since: string;
  verdict: 'pass' | 'fail';
  new: FindingJson[];
  fixed: FindingJson[];
  existing: FindingJson[];
  renames: {
    kind: string;
    from: string;
    to: string;
    file: string;
    remaining: { file: string; line: number; column: number; pointer: string }[];
  }[];
  /**
   * Where each side's agent definition files were read: "git <ref>" or "git index" for a git
   * point, "work tree" otherwise (a backup holds only the config dir); null when not checked.
   */
  agentsFrom: { before: string | null; after: string | null };
}

function findingJson(f: Finding): FindingJson {
  return {
    severity: f.severity,
    code: f.code,
    message: f.message,
    file: f.file ?? null,
    line: f.line ?? null,
    column: f.column ?? null,
    pointer: f.pointer ?? null,
  };
}

/** The `--json` contract of `validate --since`: exactly these fields, absent values as null. */
export function judgementJson(j: Judgement): JudgementJson {
  return {
    since: j.since,
    verdict: j.verdict,
    new: j.new.map(findingJson),
    fixed: j.fixed.map(findingJson),
    existing: j.existing.map(findingJson),
    renames: j.renames.map((r) => ({
      kind: r.kind,
      from: r.from,
      to: r.to,
      file: r.file,
      remaining: r.remaining.map((x) => ({ file: x.file, line: x.line, column: x.column, pointer: x.pointer })),
    })),
    agentsFrom: j.agentsFrom,
  };
}
