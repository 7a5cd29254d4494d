import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_SETTINGS, type Settings } from '../settings.js';
import { scanConfigDir } from '../scan.js';
import { parseDocument, type ParsedDocument } from './document.js';
import { ORCHESTRATION_FILES, checkOrchestration } from './orchestration.js';
import { checkSchemas, isSchemaFile, schemaPathFor } from './schema.js';
import { summarize, type ConfigDocument, type Diagnostic, type ValidationReport } from './types.js';

export type { ConfigDocument, Diagnostic, Severity, ValidationReport, ValidationStatus } from './types.js';

export interface ValidateDocumentsOptions {
  settings?: Pick<Settings, 'schemaDir' | 'schemas' | 'referenceKeys'>;
  /** Reads a schema that is not among `docs` (relative to the config dir). */
  readExtra?: (relativePath: string) => Promise<Uint8Array | undefined>;
}

/** Validates a set of config documents: syntax, JSON Schemas, built-in orchestration checks. */
export async function validateDocuments(docs: readonly ConfigDocument[], options: ValidateDocumentsOptions = {}): Promise<ValidationReport> {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const diagnostics: Diagnostic[] = [];
  const byPath = new Map(docs.map((d) => [d.path, d.bytes]));
  const configs: ParsedDocument[] = [];
  for (const doc of docs) {
    const result = parseDocument(doc, diagnostics);
    // Only documents a later check reads are kept: holding every parsed tree to the end made
    // garbage collection cost as much as the parsing itself on a large tree.
    if (result && !isSchemaFile(result.path, settings) && (ORCHESTRATION_FILES.has(result.path) || schemaPathFor(result, settings, (p) => byPath.has(p)))) {
      configs.push(result);
    }
  }
  // A loop, not push(...list): spreading ~120,000 schema errors as arguments overflowed the stack.
  const found = [
    await checkSchemas(configs, settings, async (p) => byPath.get(p) ?? (await options.readExtra?.(p)), new Set(byPath.keys())),
    checkOrchestration(configs, settings.referenceKeys),
  ];
  for (const list of found) for (const diagnostic of list) diagnostics.push(diagnostic);
  diagnostics.sort(bySeverityThenPlace);
  return summarize(
    docs.map((d) => d.path),
    diagnostics,
  );
}

export interface ValidateConfigOptions {
  configDir: string;
  backupDir: string;
  settings?: Settings;
}

/** Validates the config dir as it is on disk. */
export async function validateConfig(options: ValidateConfigOptions): Promise<ValidationReport> {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const scan = await scanConfigDir({ configDir: options.configDir, backupDir: options.backupDir, include: settings.include, exclude: settings.exclude });
  const docs: ConfigDocument[] = [];
  const unreadable: Diagnostic[] = [];
  for (const file of scan.files) {
    try {
      docs.push({ path: file.path, bytes: await readFile(file.absolutePath) });
    } catch (error) {
      unreadable.push({ severity: 'error', code: 'unreadable', file: file.path, message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? error}` });
    }
  }
  const report = await validateDocuments(docs, {
    settings,
    readExtra: async (p) => readFile(path.join(scan.root, p)).catch(() => undefined),
  });
  const skipped: Diagnostic[] = scan.skipped.map((s) => ({ severity: 'warning', code: 'skipped', file: s.path, message: s.reason }));
  if (unreadable.length === 0 && skipped.length === 0) return report;
  return summarize([...report.files, ...unreadable.map((u) => u.file as string)].sort(), [...unreadable, ...report.diagnostics, ...skipped].sort(bySeverityThenPlace));
}

const RANK = { error: 0, warning: 1, info: 2 } as const;
function bySeverityThenPlace(a: Diagnostic, b: Diagnostic): number {
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
