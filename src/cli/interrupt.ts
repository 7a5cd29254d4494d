/**
 * Runs a create, restore, export or import so that Ctrl-C stops it cleanly instead of killing
 * the process mid-write: the first SIGINT aborts the signal, the operation stops at its next
 * step and undoes what it began, and the error it throws (exit 130) says what state things are
 * in. Other commands keep Node's default (exit at once), since they write nothing.
 */
export async function stoppableByCtrlC<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const onSigint = (): void => controller.abort();
  process.on('SIGINT', onSigint);
  try {
    return await work(controller.signal);
  } finally {
    process.off('SIGINT', onSigint);
  }
}
