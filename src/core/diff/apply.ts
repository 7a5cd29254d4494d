import { PatchApplyError } from '../../errors/index.js';
import { escapePointerSegment, unescapePointerSegment } from '../util/json.js';
import type { JsonPatchOperation } from './types.js';
import { cloneJson, deepEqual, hasOwn, isPlainObject } from './values.js';

const ARRAY_INDEX = /^(0|[1-9][0-9]*)$/;

function segmentsOf(pointer: string, fail: (reason: string) => never): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) fail(`not a JSON pointer: ${JSON.stringify(pointer)}`);
  return pointer.slice(1).split('/').map(unescapePointerSegment);
}

function setOwn(object: Record<string, unknown>, key: string, value: unknown): void {
  // defineProperty, not assignment: a `__proto__` key must stay data, not change the prototype.
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Strict RFC 6902 application, returning a new document (the input is not modified). It is
 * the differ's own check that a generated patch reproduces its target.
 */
export function applyJsonPatch(document: unknown, patch: readonly JsonPatchOperation[]): unknown {
  let root = cloneJson(document);
  for (const operation of patch) {
    const fail = (reason: string): never => {
      throw new PatchApplyError(operation, reason);
    };

    const resolve = (pointer: string): unknown => {
      let node: unknown = root;
      for (const segment of segmentsOf(pointer, fail)) {
        if (Array.isArray(node)) {
          if (!ARRAY_INDEX.test(segment) || Number(segment) >= node.length) fail(`no index ${segment} in ${pointer}`);
          node = node[Number(segment)];
        } else if (isPlainObject(node)) {
          if (!hasOwn(node, segment)) fail(`no member ${JSON.stringify(segment)} in ${pointer}`);
          node = node[segment];
        } else fail(`${pointer} goes through a scalar`);
      }
      return node;
    };

    const parentOf = (pointer: string): { parent: unknown; last: string } => {
      const segments = segmentsOf(pointer, fail);
      const last = segments.pop() as string;
      const parentPointer = segments.map((s) => `/${escapePointerSegment(s)}`).join('');
      return { parent: resolve(parentPointer), last };
    };

    const add = (pointer: string, value: unknown): void => {
      if (pointer === '') {
        root = value;
        return;
      }
      const { parent, last } = parentOf(pointer);
      if (Array.isArray(parent)) {
        if (last === '-') parent.push(value);
        else if (ARRAY_INDEX.test(last) && Number(last) <= parent.length) parent.splice(Number(last), 0, value);
        else fail(`index ${last} out of range`);
      } else if (isPlainObject(parent)) setOwn(parent, last, value);
      else fail('parent is not a container');
    };

    const remove = (pointer: string): unknown => {
      if (pointer === '') return fail('cannot remove the whole document');
      const value = resolve(pointer);
      const { parent, last } = parentOf(pointer);
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete (parent as Record<string, unknown>)[last];
      return value;
    };

    switch (operation.op) {
      case 'add':
        add(operation.path, cloneJson(operation.value));
        break;
      case 'remove':
        remove(operation.path);
        break;
      case 'replace':
        resolve(operation.path);
        if (operation.path === '') root = cloneJson(operation.value);
        else {
          const { parent, last } = parentOf(operation.path);
          if (Array.isArray(parent)) parent[Number(last)] = cloneJson(operation.value);
          else setOwn(parent as Record<string, unknown>, last, cloneJson(operation.value));
        }
        break;
      case 'move':
        if (operation.path.startsWith(`${operation.from}/`)) fail('cannot move a value into itself');
        if (operation.from !== operation.path) add(operation.path, remove(operation.from));
        else resolve(operation.from);
        break;
      case 'copy':
        add(operation.path, cloneJson(resolve(operation.from)));
        break;
      case 'test':
        if (!deepEqual(resolve(operation.path), operation.value)) fail('test failed');
        break;
      default:
        fail(`unknown operation ${JSON.stringify((operation as { op: unknown }).op)}`);
    }
  }
  return root;
}
