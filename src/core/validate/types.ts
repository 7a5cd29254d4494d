export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  /** Stable identifier of the rule, e.g. `json-syntax`, `unknown-agent`. */
  code: string;
  message: string;
  file?: string;
  pointer?: string;
  line?: number;
  column?: number;
  /**
   * What the finding is about: the agent id (`unknown-agent`, `missing-agent-file`, …), the team
   * or workflow key, or the pointer of a setting. With code and file it identifies a finding
   * across versions of a config, whose lines move.
   */
  subject?: string;
}

type ValidationStatus = 'valid' | 'needs-attention' | 'invalid';

export interface ValidationReport {
  status: ValidationStatus;
  valid: boolean;
  files: string[];
  diagnostics: Diagnostic[];
  summary: { errors: number; warnings: number; info: number };
}

/** One config document as bytes, wherever it came from (disk, a backup, the git index). */
export interface ConfigDocument {
  path: string;
  bytes: Uint8Array;
}

export function summarize(files: string[], diagnostics: Diagnostic[]): ValidationReport {
  const summary = { errors: 0, warnings: 0, info: 0 };
  for (const d of diagnostics) {
    if (d.severity === 'error') summary.errors++;
    else if (d.severity === 'warning') summary.warnings++;
    else summary.info++;
  }
  const status: ValidationStatus = summary.errors > 0 ? 'invalid' : summary.warnings > 0 ? 'needs-attention' : 'valid';
  return { status, valid: summary.errors === 0, files, diagnostics, summary };
}

const RANK = { error: 0, warning: 1, info: 2 } as const;
/** The order diagnostics are shown in: errors first, then by file, line and column. */
export function bySeverityThenPlace(a: Diagnostic, b: Diagnostic): number {
  return (
    RANK[a.severity] - RANK[b.severity] ||
    // Plain code-unit order: localeCompare would load ICU's collator, ~10 ms the hook cannot spare.
    compareText(a.file ?? '', b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
