// Request checking against GitHub's own OpenAPI description (@octokit/openapi, api.github.com.json),
// so the API double rejects exactly what the real API would reject for shape reasons, and the
// double's own answers can be checked against the documented response schemas.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import formatsModule from 'ajv-formats';

// ajv-formats is CommonJS: under NodeNext its function arrives as `default` or `default.default`.
const addFormats = ((formatsModule as unknown as { default?: unknown }).default ?? formatsModule) as (
  ajv: Ajv,
) => unknown;

const DOC_ID = 'https://api.github.com/openapi.json';
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

type Json = Record<string, unknown>;
export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Json;
  pointer: string; // JSON pointer to the parameter's schema inside the document
}
export interface Operation {
  method: string;
  template: string;
  operationId: string;
  docsUrl: string;
  parameters: Parameter[];
  bodyPointer?: string;
  bodyRequired: boolean;
  responses: Json;
  pointer: string;
}
export interface RouteMatch {
  operation: Operation;
  params: Record<string, string>;
}
export interface Issue {
  where: string;
  message: string;
}

// ajv (draft-07) implements `nullable` only next to `type`, and never widens `enum`; OpenAPI 3.0 uses
// it bare and with enums. Rewriting once makes `nullable` mean what OpenAPI means.
function normalizeNullable(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) normalizeNullable(item);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const o = node as Json;
  for (const v of Object.values(o)) normalizeNullable(v);
  if (o.nullable === false) delete o.nullable;
  if (o.nullable !== true) return;
  delete o.nullable;
  if (typeof o.type === 'string') {
    o.type = [o.type, 'null'];
    if (Array.isArray(o.enum) && !o.enum.includes(null)) o.enum.push(null);
  } else {
    const rest = { ...o };
    for (const k of Object.keys(o)) delete o[k];
    o.anyOf = [rest, { type: 'null' }];
  }
}

const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

function deref(doc: Json, value: unknown): { node: Json; pointer?: string } {
  const ref = (value as Json | undefined)?.$ref;
  if (typeof ref !== 'string') return { node: value as Json };
  let node: unknown = doc;
  for (const part of ref.slice(2).split('/')) node = (node as Json)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  return { node: node as Json, pointer: ref.slice(1) };
}

export class OpenApiDescription {
  readonly doc: Json;
  private readonly operations: Operation[] = [];
  private readonly requestAjv: Ajv;
  private readonly paramAjv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(file: string) {
    this.doc = JSON.parse(readFileSync(file, 'utf8')) as Json;
    normalizeNullable(this.doc);
    const opts = { strict: false, allErrors: true, validateSchema: false, logger: false } as const;
    this.requestAjv = new Ajv(opts);
    // Query and path values arrive as strings; coercion lets `per_page=5` satisfy `type: integer`.
    this.paramAjv = new Ajv({ ...opts, coerceTypes: true });
    for (const ajv of [this.requestAjv, this.paramAjv]) {
      addFormats(ajv);
      ajv.addSchema(this.doc, DOC_ID);
    }
    this.indexOperations();
  }

  private indexOperations(): void {
    const paths = this.doc.paths as Record<string, Json>;
    for (const [template, item] of Object.entries(paths)) {
      const shared = (item.parameters as unknown[] | undefined) ?? [];
      for (const method of METHODS) {
        const op = item[method] as Json | undefined;
        if (!op) continue;
        const pointer = `/paths/${escapePointer(template)}/${method}`;
        const own = (op.parameters as unknown[] | undefined) ?? [];
        const parameters = [
          ...shared.map((p, i) => [p, `/paths/${escapePointer(template)}/parameters/${i}`] as const),
          ...own.map((p, i) => [p, `${pointer}/parameters/${i}`] as const),
        ].map(([raw, at]) => {
          const { node, pointer: refPointer } = deref(this.doc, raw);
          return { ...(node as unknown as Parameter), pointer: `${refPointer ?? at}/schema` };
        });
        const body = deref(this.doc, op.requestBody);
        const content = body.node?.content as Record<string, unknown> | undefined;
        const bodyBase = body.pointer ?? `${pointer}/requestBody`;
        this.operations.push({
          method: method.toUpperCase(),
          template,
          operationId: String(op.operationId),
          docsUrl: String((op.externalDocs as Json | undefined)?.url ?? 'https://docs.github.com/rest'),
          parameters,
          bodyPointer: content?.['application/json'] ? `${bodyBase}/content/application~1json/schema` : undefined,
          bodyRequired: body.node?.required === true,
          responses: (op.responses as Json) ?? {},
          pointer,
        });
      }
    }
  }

  /**
   * Finds the documented operation for a request path (servers' base URL already stripped).
   * Segments are percent-decoded one by one, so `git/ref/heads%2Fmain` binds `ref=heads/main`;
   * a trailing parameter may also swallow raw slashes (`contents/dir/file.json`), as GitHub allows.
   * `methodKnown` tells apart "no such path" from "path exists, method does not" (both 404 on GitHub).
   */
  match(method: string, pathname: string): RouteMatch | { methodKnown: boolean } {
    const segs = pathname.split('/').slice(1);
    let best: { op: Operation; params: Record<string, string>; score: number } | undefined;
    let pathKnown = false;
    for (const op of this.operations) {
      const tpl = op.template.split('/').slice(1);
      const params = bindTemplate(tpl, segs);
      if (!params) continue;
      pathKnown = true;
      if (op.method !== method.toUpperCase()) continue;
      const score = tpl.filter((t) => !t.startsWith('{')).length * 2 + (tpl.length === segs.length ? 1 : 0);
      if (!best || score > best.score) best = { op, params, score };
    }
    return best ? { operation: best.op, params: best.params } : { methodKnown: pathKnown };
  }

  /** What GitHub would refuse about a request to a matched operation: params and JSON body. */
  checkRequest(match: RouteMatch, query: URLSearchParams, body: unknown, hasBody: boolean): Issue[] {
    const issues: Issue[] = [];
    for (const p of match.operation.parameters) {
      if (p.in !== 'path' && p.in !== 'query') continue;
      const raw =
        p.in === 'path' ? match.params[p.name] : (query.getAll(p.name).at(-1) ?? query.getAll(`${p.name}[]`).at(-1));
      if (raw === undefined) {
        if (p.required) issues.push({ where: `${p.in}.${p.name}`, message: 'is required' });
        continue;
      }
      if (!p.schema) continue;
      const holder = { value: raw as unknown };
      const validate = this.validator(this.paramAjv, `param:${p.pointer}`, {
        type: 'object',
        properties: { value: { $ref: `${DOC_ID}#${p.pointer}` } },
      });
      if (!validate(holder)) issues.push(...describe(validate.errors, `${p.in}.${p.name}`, '/value'));
    }
    const op = match.operation;
    if (op.bodyPointer) {
      if (!hasBody) {
        if (op.bodyRequired) issues.push({ where: 'body', message: 'a JSON request body is required' });
      } else {
        const validate = this.validator(this.requestAjv, `body:${op.bodyPointer}`, {
          $ref: `${DOC_ID}#${op.bodyPointer}`,
        });
        if (!validate(body)) issues.push(...describe(validate.errors, 'body'));
      }
    }
    return issues;
  }

  /** Checks one of the double's own answers against the documented schema for that status. */
  checkResponse(op: Operation, status: number, body: unknown): Issue[] {
    const declared = op.responses[String(status)] ?? op.responses.default;
    if (!declared)
      return [{ where: `response ${status}`, message: `status ${status} is not documented for ${op.operationId}` }];
    const { node, pointer } = deref(this.doc, declared);
    const base = pointer ?? `${op.pointer}/responses/${status}`;
    if (!(node?.content as Json | undefined)?.['application/json'] || body === undefined) return [];
    const schemaPointer = `${base}/content/application~1json/schema`;
    const validate = this.validator(this.requestAjv, `response:${schemaPointer}`, {
      $ref: `${DOC_ID}#${schemaPointer}`,
    });
    return validate(body) ? [] : describe(validate.errors, `response ${status}`);
  }

  /** A deep copy of one of the document's named examples (`components/examples/<name>`). */
  example<T = Json>(name: string): T {
    const ex = (this.doc.components as Json).examples as Record<string, Json>;
    const value = ex[name]?.value;
    if (value === undefined) throw new Error(`no example named ${name} in the OpenAPI description`);
    return structuredClone(value) as T;
  }

  private validator(ajv: Ajv, key: string, schema: object): ValidateFunction {
    const known = this.compiled.get(key);
    if (known) return known;
    const fn = ajv.compile(schema);
    this.compiled.set(key, fn);
    return fn;
  }
}

// Parameters GitHub lets carry raw slashes when they end the path (file paths, ref names).
const GREEDY = new Set(['{path}', '{ref}', '{basehead}', '{branch}']);

function bindTemplate(tpl: string[], segs: string[]): Record<string, string> | undefined {
  if (segs.length < tpl.length || (segs.length > tpl.length && !GREEDY.has(tpl.at(-1) ?? ''))) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < tpl.length; i++) {
    const t = tpl[i]!;
    const last = i === tpl.length - 1;
    const taken = last && GREEDY.has(t) ? segs.slice(i) : segs.slice(i, i + 1);
    let value: string;
    try {
      value = taken.map(decodeURIComponent).join('/');
    } catch {
      return undefined;
    }
    if (t.startsWith('{')) {
      if (value === '') return undefined;
      params[t.slice(1, -1)] = value;
    } else if (t !== value || taken.length !== 1) {
      return undefined;
    }
  }
  return params;
}

function describe(errors: ErrorObject[] | null | undefined, where: string, strip = ''): Issue[] {
  return (errors ?? []).map((e) => ({
    where: `${where}${e.instancePath.slice(strip.length)}`,
    message: `${e.message ?? 'is invalid'}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''}`,
  }));
}

let shared: OpenApiDescription | undefined;
/** The description is 13 MB: parse and index it once per process. */
export function githubOpenApi(): OpenApiDescription {
  if (!shared) {
    const require = createRequire(import.meta.url);
    const pkgDir = require.resolve('@octokit/openapi/package.json').replace(/package\.json$/, '');
    shared = new OpenApiDescription(`${pkgDir}generated/api.github.com.json`);
  }
  return shared;
}
