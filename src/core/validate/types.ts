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
