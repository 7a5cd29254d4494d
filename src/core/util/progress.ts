/**
 * How long work is going: `step` names the phase ("reading", "staging", "verifying"…), `done`
 * of `total` items. Core only counts; whether and how it is shown is the caller's business
 * (the CLI draws one line on a terminal).
 */
export type ProgressReporter = (step: string, done: number, total: number) => void;

/** A tick per finished item of one phase; nothing when nobody listens. */
export function progressCounter(report: ProgressReporter | undefined, step: string, total: number): () => void {
  if (!report) return () => undefined;
  let done = 0;
  report(step, 0, total);
  return () => report(step, ++done, total);
}
