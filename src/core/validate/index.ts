import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AgentDefinitionSet } from '../agents/types.js';
import { DEFAULT_SETTINGS, type Settings } from '../config/settings.js';
import { isSkipProblem, scanConfigDir } from '../config/scan.js';
import { parseDocument, type ParsedDocument } from './document.js';
import { ORCHESTRATION_FILES, checkOrchestration } from './orchestration.js';
import { checkSchemas, isSchemaFile, schemaPathFor } from './schema.js';
import {
  bySeverityThenPlace,
  summarize,
  type ConfigDocument,
  type Diagnostic,
  type ValidationReport,
} from './types.js';
import { kindOfPath } from '../kinds/index.js';
import { checkYaml } from './yaml.js';

export type { ConfigDocument, Diagnostic, ValidationReport } from './types.js';

export interface ValidateDocumentsOptions {
  settings?: Pick<Settings, 'schemaDir' | 'schemas' | 'referenceKeys'> & { secretKeys?: readonly string[] };
  /** Reads a schema that is not among `docs` (relative to the config dir). */
  readExtra?: (relativePath: string) => Promise<Uint8Array | undefined>;
  /**
   * The only place schemas come from, when the documents must not supply their own: ajv turns a
   * schema into code and treats it as trusted, so documents from an untrusted source (a fork's
   * pull request, in a job holding a write token) are checked against these instead.
   */
  trustedSchemas?: { paths: ReadonlySet<string>; read(relativePath: string): Promise<Uint8Array | undefined> };
  /**
   * The agent definition files that go with these documents (read from the disk, a git
   * revision, …). Without them agents are known from teams.json alone and the files are not
   * checked.
   */
  agents?: AgentDefinitionSet | undefined;
}

/** Validates a set of config documents: syntax, JSON Schemas, built-in orchestration checks. */
export async function validateDocuments(
  docs: readonly ConfigDocument[],
  options: ValidateDocumentsOptions = {},
): Promise<ValidationReport> {
  const byPath = new Map(docs.map((d) => [d.path, d.bytes]));
  const validator = new DocumentValidator(byPath.keys(), {
    ...options,
    readExtra: async (p) => byPath.get(p) ?? (await options.readExtra?.(p)),
  });
  for (const doc of docs) validator.add(doc);
  return validator.finish();
}

/**
 * Validation one document at a time, for callers that must not hold every file at once (create
 * on a 50 MB tree): each document is checked as it is added and only what a later check needs
 * is kept (the orchestration files, documents with a schema, schema files). Cross-file checks
 * run in `finish`.
 */
export class DocumentValidator {
  private readonly settings: Pick<Settings, 'schemaDir' | 'schemas' | 'referenceKeys'> & {
    secretKeys?: readonly string[];
  };
  private readonly paths: Set<string>;
  private readonly added: string[] = [];
  private readonly diagnostics: Diagnostic[] = [];
  private readonly configs: ParsedDocument[] = [];
  private readonly schemaBytes = new Map<string, Uint8Array>();
  /** YAML is checked in `finish`, where its parser can be loaded without blocking. */
  private readonly yamlDocs: ConfigDocument[] = [];

  /** `paths`: every document that will be added (schemas are looked up among them). */
  constructor(
    paths: Iterable<string>,
    private readonly options: ValidateDocumentsOptions = {},
  ) {
    this.settings = options.settings ?? DEFAULT_SETTINGS;
    this.paths = new Set(paths);
  }

  /** Checks one document; returns its parsed value (undefined when it does not parse). */
  add(doc: ConfigDocument): { value: unknown } | undefined {
    this.added.push(doc.path);
    // Only JSON is validated in depth; YAML for its syntax; Markdown and other files are kept as they are.
    const kind = kindOfPath(doc.path);
    if (kind === 'yaml') this.yamlDocs.push(doc);
    if (kind !== 'json') return undefined;
    const result = parseDocument(doc, this.diagnostics, this.settings.secretKeys);
    if (isSchemaFile(doc.path, this.settings)) this.schemaBytes.set(doc.path, doc.bytes);
    // Only documents a later check reads are kept: holding every parsed tree to the end made
    // garbage collection cost as much as the parsing itself on a large tree.
    else if (
      result &&
      (ORCHESTRATION_FILES.has(result.path) || schemaPathFor(result, this.settings, (p) => this.schemaPaths.has(p)))
    )
      this.configs.push(result);
    return result;
  }

  private get schemaPaths(): ReadonlySet<string> {
    return this.options.trustedSchemas?.paths ?? this.paths;
  }

  async finish(): Promise<ValidationReport> {
    const trusted = this.options.trustedSchemas;
    const readSchema = trusted
      ? (p: string) => trusted.read(p)
      : async (p: string): Promise<Uint8Array | undefined> =>
          this.schemaBytes.get(p) ?? (await this.options.readExtra?.(p));
    // A loop, not push(...list): spreading ~120,000 schema errors as arguments overflowed the stack.
    const found = [
      await checkSchemas(this.configs, this.settings, readSchema, new Set(this.schemaPaths)),
      checkOrchestration(this.configs, { referenceKeys: this.settings.referenceKeys, agents: this.options.agents }),
    ];
    const diagnostics = [...this.diagnostics];
    for (const doc of this.yamlDocs) {
      const problem = await checkYaml(doc);
      if (problem) diagnostics.push(problem);
    }
    if (trusted) for (const diagnostic of await this.untrustedSchemaNotes(trusted)) diagnostics.push(diagnostic);
    for (const list of found) for (const diagnostic of list) diagnostics.push(diagnostic);
    diagnostics.sort(bySeverityThenPlace);
    return summarize([...this.added].sort(), diagnostics);
  }

  /** Schemas among the documents that were not used because they differ from the trusted ones. */
  private async untrustedSchemaNotes(
    trusted: NonNullable<ValidateDocumentsOptions['trustedSchemas']>,
  ): Promise<Diagnostic[]> {
    const notes: Diagnostic[] = [];
    for (const [file, bytes] of this.schemaBytes) {
      const base = await trusted.read(file);
      if (base && Buffer.from(base).equals(Buffer.from(bytes))) continue;
      notes.push({
        severity: 'warning',
        code: 'schema-not-trusted',
        file,
        message: `this schema is ${base ? 'changed' : 'new'} here and was not used: only trusted schemas are compiled (in the action under pull_request_target, the base branch's); it applies once merged`,
      });
    }
    return notes;
  }
}

export interface ValidateConfigOptions {
  configDir: string;
  backupDir: string;
  settings?: Settings;
  /** The agent definition files to check with it (`readAgentDefinitions` reads them from disk). */
  agents?: AgentDefinitionSet | undefined;
}

/** Validates the config dir as it is on disk. */
export async function validateConfig(options: ValidateConfigOptions): Promise<ValidationReport> {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const scan = await scanConfigDir({ configDir: options.configDir, backupDir: options.backupDir, settings });
  const docs: ConfigDocument[] = [];
  const unreadable: Diagnostic[] = [];
  for (const file of scan.files) {
    try {
      docs.push({ path: file.path, bytes: await readFile(file.absolutePath) });
    } catch (error) {
      unreadable.push({
        severity: 'error',
        code: 'unreadable',
        file: file.path,
        message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? error}`,
      });
    }
  }
  const report = await validateDocuments(docs, {
    settings,
    readExtra: async (p) => readFile(path.join(scan.root, p)).catch(() => undefined),
    agents: options.agents,
  });
  const skipped: Diagnostic[] = scan.skipped
    .filter(isSkipProblem)
    .map((s) => ({ severity: 'warning', code: 'skipped', file: s.path, message: s.reason }));
  if (unreadable.length === 0 && skipped.length === 0) return report;
  return summarize(
    [...report.files, ...unreadable.map((u) => u.file as string)].sort(),
    [...unreadable, ...report.diagnostics, ...skipped].sort(bySeverityThenPlace),
  );
}
