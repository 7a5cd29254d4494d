import path from 'node:path/posix';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { parseJson } from '../util/json.js';
import { mainExport } from '../util/module-interop.js';
import { at, type ParsedDocument } from './document.js';
import type { Diagnostic } from './types.js';

export interface SchemaOptions {
  schemaDir: string;
  /** Config file → schema file, both relative to the config dir. */
  schemas: Record<string, string>;
}

/** Finds the schema that applies to `doc`: configured, then `<schemaDir>/<name>.schema.json`, then a local `$schema`. */
export function schemaPathFor(doc: ParsedDocument, options: SchemaOptions, exists: (p: string) => boolean): string | undefined {
  const configured = options.schemas[doc.path];
  if (configured) return path.normalize(configured);
  const conventional = path.join(options.schemaDir, doc.path.replace(/\.json$/, '.schema.json'));
  if (exists(conventional)) return conventional;
  const declared = (doc.value as { $schema?: unknown } | null)?.$schema;
  if (typeof declared === 'string' && !/^[a-z][a-z0-9+.-]*:/i.test(declared)) {
    return path.normalize(path.join(path.dirname(doc.path), declared));
  }
  return undefined;
}

export function isSchemaFile(file: string, options: SchemaOptions): boolean {
  return file.startsWith(`${path.normalize(options.schemaDir)}/`) || Object.values(options.schemas).some((s) => path.normalize(s) === file);
}

/**
 * Validates each document against its JSON Schema with ajv. Ajv is imported only when a
 * schema applies, so configs without schemas don't pay for it (the hook runs on every commit).
 */
export async function checkSchemas(
  docs: ParsedDocument[],
  options: SchemaOptions,
  readSchema: (relativePath: string) => Promise<Uint8Array | undefined>,
  known: Set<string>,
): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  const targets = docs
    .filter((d) => !isSchemaFile(d.path, options))
    .map((doc) => ({ doc, schemaPath: schemaPathFor(doc, options, (p) => known.has(p)) }))
    .filter((t): t is { doc: ParsedDocument; schemaPath: string } => t.schemaPath !== undefined);
  if (targets.length === 0) return diagnostics;

  const compiled = new Map<string, ValidateFunction | null>();
  const compile = await loadCompiler();
  for (const { doc, schemaPath } of targets) {
    if (!compiled.has(schemaPath)) {
      const bytes = await readSchema(schemaPath);
      if (!bytes) {
        diagnostics.push({ severity: 'error', code: 'schema-missing', file: doc.path, message: `schema ${schemaPath} not found` });
        compiled.set(schemaPath, null);
        continue;
      }
      const parsed = parseJson(Buffer.from(bytes).toString('utf8'));
      if (!parsed.ok) {
        diagnostics.push({ severity: 'error', code: 'schema-invalid', file: schemaPath, ...parsed.position, message: `schema is not valid JSON: ${parsed.problem}` });
        compiled.set(schemaPath, null);
        continue;
      }
      try {
        compiled.set(schemaPath, compile(parsed.value));
      } catch (error) {
        diagnostics.push({ severity: 'error', code: 'schema-invalid', file: schemaPath, message: `schema cannot be used: ${(error as Error).message}` });
        compiled.set(schemaPath, null);
      }
    }
    const validate = compiled.get(schemaPath);
    if (!validate || validate(doc.value)) continue;
    for (const error of validate.errors ?? []) {
      diagnostics.push(at(doc, error.instancePath, 'error', 'schema', `${describe(error)} (schema ${schemaPath})`));
    }
  }
  return diagnostics;
}

function describe(error: ErrorObject): string {
  const where = error.instancePath || '(root)';
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') return `${where}: unexpected property ${JSON.stringify(params.additionalProperty)}`;
  if (error.keyword === 'required') return `${where}: missing required property ${JSON.stringify(params.missingProperty)}`;
  if (error.keyword === 'enum') return `${where}: ${error.message} (${JSON.stringify(params.allowedValues)})`;
  return `${where}: ${error.message ?? error.keyword}`;
}

type AddFormats = (ajv: object) => unknown;

async function loadCompiler(): Promise<(schema: unknown) => ValidateFunction> {
  const [ajv, ajv2020, formats] = await Promise.all([import('ajv'), import('ajv/dist/2020.js'), import('ajv-formats')]);
  const Ajv = mainExport<typeof import('ajv').Ajv>(ajv);
  const Ajv2020 = mainExport<typeof import('ajv/dist/2020.js').Ajv2020>(ajv2020);
  const addFormats = mainExport<AddFormats>(formats);
  const options = { allErrors: true, strict: false } as const;
  const draft07 = new Ajv(options);
  const draft2020 = new Ajv2020(options);
  addFormats(draft07);
  addFormats(draft2020);
  return (schema) => {
    const dialect = (schema as { $schema?: unknown } | null)?.$schema;
    const ajv = typeof dialect === 'string' && dialect.includes('2020-12') ? draft2020 : draft07;
    return ajv.compile(schema as object);
  };
}
