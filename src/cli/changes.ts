import { diffSnapshots } from '../core/diff/index.js';
import type { ConfigDocument } from '../core/validate/types.js';
import { renderDiff } from '../render/diff.js';
import type { GlobalOptions } from './options.js';

/** "Changes to be applied" between two sets of config documents, in the seed's wording. */
export function describeChanges(from: readonly ConfigDocument[], to: readonly ConfigDocument[], mode: 'restore' | 'diff', opts: GlobalOptions): string {
  const result = diffSnapshots(from, to, { fromLabel: 'current', toLabel: 'backup', secretKeys: opts.settings.secretKeys });
  return renderDiff(result, opts.render, { mode, secretKeys: opts.settings.secretKeys });
}
