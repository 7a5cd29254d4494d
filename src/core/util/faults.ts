/**
 * Test-only crash injection: kills the process with SIGKILL when it reaches a named step,
 * so tests can prove that every interruption leaves the old state or the new one.
 * The edge enables it only when two environment variables agree (see cli/options.ts), so it
 * cannot be switched on by accident; core code just calls `reached`.
 */
export interface FaultPlan {
  /** Step name, e.g. `restore:applying`; `*` kills at the first step reached. */
  killAt: string;
  /** Kill on the n-th time the step is reached (default 1). */
  occurrence?: number;
}

export interface Faults {
  reached(step: string): void;
}

export const noFaults: Faults = { reached: () => undefined };

export function faultsFrom(plan: FaultPlan | undefined): Faults {
  if (!plan) return noFaults;
  let seen = 0;
  return {
    reached(step) {
      if (plan.killAt !== '*' && plan.killAt !== step) return;
      seen++;
      if (seen >= (plan.occurrence ?? 1)) process.kill(process.pid, 'SIGKILL');
    },
  };
}
