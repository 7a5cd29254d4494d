import { OperationInterruptedError } from '../../errors/index.js';
import { noFaults, type Faults } from './faults.js';

/**
 * The steps an operation reports (`faults.reached`) are the points where it can stop cleanly:
 * once `signal` is aborted, the next step throws `OperationInterruptedError` (once), and the
 * operation's own error handling undoes what it began. Rollback steps never throw: a rollback
 * stopped half way would leave the very state it exists to undo.
 */
export function interruptible(faults: Faults | undefined, signal: AbortSignal | undefined, operation: string): Faults {
  const inner = faults ?? noFaults;
  if (!signal) return inner;
  let stopped = false;
  return {
    reached(step) {
      inner.reached(step);
      if (!signal.aborted || stopped || step.startsWith('rollback:')) return;
      stopped = true;
      throw new OperationInterruptedError(operation, 'nothing-changed');
    },
  };
}
