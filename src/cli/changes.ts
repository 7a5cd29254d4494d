import type { ConfigDocument } from '../core/validate/types.js';
import { sha256Hex } from '../core/snapshot.js';
import type { GlobalOptions } from './options.js';

/** "Changes to be applied" between two sets of config documents, for the restore plan. */
export function describeChanges(from: readonly ConfigDocument[], to: readonly ConfigDocument[], _mode: 'restore' | 'diff', _opts: GlobalOptions): string {
  const before = new Map(from.map((f) => [f.path, sha256Hex(f.bytes)]));
  const after = new Map(to.map((f) => [f.path, sha256Hex(f.bytes)]));
  const lines = ['Changes to be applied:'];
  for (const p of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    if (!before.has(p)) lines.push(`  ${p}:`, '    - will be added');
    else if (!after.has(p)) lines.push(`  ${p}:`, '    - will be removed');
    else if (before.get(p) !== after.get(p)) lines.push(`  ${p}:`, '    - will be modified');
  }
  return `${lines.join('\n')}\n`;
}
