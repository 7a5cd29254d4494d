import path from 'node:path/posix';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { parseJson } from '../util/json.js';
import { mainExport } from '../util/module-interop.js';
import { at, type ParsedDocument } from './document.js';
import { DEFAULT_SECRET_KEYS, REDACTED, isSecretPointer, redactPointer } from '../diff/redact.js';
import type { Diagnostic } from './types.js';

export interface SchemaOptions {
  schemaDir: string;
  /** Config file → schema file, both relative to the config dir. */
  schemas: Record<string, string>;
  /** Keys under which names and values are never shown in messages. */
  secretKeys?: readonly string[];
}

/** Finds the schema that applies to `doc`: configured, then `<schemaDir>/<name>.schema.json`, then a local `$schema`. */
export function schemaPathFor(
  doc: ParsedDocument,
  options: SchemaOptions,
  exists: (p: string) => boolean,
): string | undefined {
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
  return (
    file.startsWith(`${path.normalize(options.schemaDir)}/`) ||
    Object.values(options.schemas).some((s) => path.normalize(s) === file)
  );
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
    const unusable = (error: unknown): void => {
      diagnostics.push({
        severity: 'error',
        code: 'schema-invalid',
        file: schemaPath,
        message: `schema cannot be used: ${whyUnusable(error)}`,
      });
      compiled.set(schemaPath, null);
    };
    if (!compiled.has(schemaPath)) {
      const bytes = await readSchema(schemaPath);
      if (!bytes) {
        diagnostics.push({
          severity: 'error',
          code: 'schema-missing',
          file: doc.path,
          message: `schema ${schemaPath} not found`,
        });
        compiled.set(schemaPath, null);
        continue;
      }
      const parsed = parseJson(Buffer.from(bytes).toString('utf8'));
      if (!parsed.ok) {
        diagnostics.push({
          severity: 'error',
          code: 'schema-invalid',
          file: schemaPath,
          ...parsed.position,
          message: `schema is not valid JSON: ${parsed.problem}`,
        });
        compiled.set(schemaPath, null);
        continue;
      }
      try {
        compiled.set(schemaPath, compile(parsed.value));
      } catch (error) {
        unusable(error);
      }
    }
    const validate = compiled.get(schemaPath);
    if (!validate) continue;
    let valid: boolean;
    try {
      valid = validate(doc.value) as boolean;
    } catch (error) {
      // A schema that refers to itself without descending into the data (`{"$ref": "#"}`)
      // recurses until the stack runs out; that is the schema's fault, said in one line.
      unusable(error);
      continue;
    }
    if (valid) continue;
    const secretKeys = options.secretKeys ?? DEFAULT_SECRET_KEYS;
    for (const error of validate.errors ?? []) {
      const found = at(
        doc,
        error.instancePath,
        'error',
        'schema',
        `${describe(error, secretKeys)} (schema ${schemaPath})`,
      );
      diagnostics.push({ ...found, pointer: redactPointer(error.instancePath, secretKeys) });
    }
  }
  return diagnostics;
}

/** A stack overflow, at compile or at validation time, comes from a `$ref` loop. */
function whyUnusable(error: unknown): string {
  if (error instanceof RangeError) return 'its $ref chain loops back to itself without descending into the data';
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
}

/** Maps under secret keys are sometimes keyed by the secrets themselves: such keys are never named. */
function describe(error: ErrorObject, secretKeys: readonly string[]): string {
  const where = redactPointer(error.instancePath, secretKeys) || '(root)';
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') {
    const name = isSecretPointer(error.instancePath, secretKeys) ? REDACTED : JSON.stringify(params.additionalProperty);
    return `${where}: unexpected property ${name}`;
  }
  if (error.keyword === 'required')
    return `${where}: missing required property ${JSON.stringify(params.missingProperty)}`;
  if (error.keyword === 'enum') return `${where}: ${error.message} (${JSON.stringify(params.allowedValues)})`;
  return `${where}: ${error.message ?? error.keyword}`;
}

type AddFormats = (ajv: object) => unknown;

/**
 * Schema `pattern`s run on RE2 (re2js, linear time): JavaScript's backtracking engine would let
 * a pattern such as `^(a+)+$` hang validation (and with it every command and every commit) on
 * one long string. RE2 has no lookaround or backreferences; such a pattern makes the schema
 * unusable with a message naming it, rather than risking a hang.
 */
function safeRegExpEngine(RE2JS: typeof import('re2js').RE2JS): RegExpEngine {
  const compile = (pattern: string): { test: (s: string) => boolean } => {
    try {
      return RE2JS.compile(RE2JS.translateRegExp(pattern));
    } catch (error) {
      const shown = JSON.stringify(pattern.length > 80 ? `${pattern.slice(0, 80)}…` : pattern);
      throw new Error(
        `pattern ${shown} is not supported by the linear-time regex engine (no lookaround or backreferences): ${(error as Error).message}`,
      );
    }
  };
  return Object.assign(compile, { code: 're2js' });
}

type RegExpEngine = ((pattern: string, flags: string) => { test: (s: string) => boolean }) & { code: string };

async function loadCompiler(): Promise<(schema: unknown) => ValidateFunction> {
  const [ajv, ajv2020, formats, re2] = await Promise.all([
    import('ajv'),
    import('ajv/dist/2020.js'),
    import('ajv-formats'),
    import('re2js'),
  ]);
  const Ajv = mainExport<typeof import('ajv').Ajv>(ajv);
  const Ajv2020 = mainExport<typeof import('ajv/dist/2020.js').Ajv2020>(ajv2020);
  const addFormats = mainExport<AddFormats>(formats);
  const RE2JS =
    (re2 as { RE2JS?: typeof import('re2js').RE2JS }).RE2JS ??
    mainExport<{ RE2JS: typeof import('re2js').RE2JS }>(re2).RE2JS;
  const options = { allErrors: true, strict: false, code: { regExp: safeRegExpEngine(RE2JS) } } as const;
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
