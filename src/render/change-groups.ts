import type { Change } from '../core/diff/types.js';

/** How the terminal and the PR comment group changes: both renderers must agree. */

/** A reorder of a list of entities (reported as its own line), not of plain values. */
export function isEntityReorder(change: Change): boolean {
  return change.change === 'reordered' && change.id === null && change.kind !== null;
}

/** A value change, or a reorder of plain values. */
export function isPlain(change: Change): boolean {
  return change.change === 'value' || (change.change === 'reordered' && !isEntityReorder(change));
}

/** Plain changes listed under the `modified` line of the entity that holds them. */
export function heldBy(owner: Change, change: Change): boolean {
  return (
    isPlain(change) &&
    change.kind === owner.kind &&
    change.id === owner.id &&
    (change.pointer === owner.pointer || change.pointer.startsWith(`${owner.pointer}/`))
  );
}
