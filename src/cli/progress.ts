import type { ProgressReporter } from '../core/util/progress.js';

/** At most this often a redraw: a terminal is slow, and the eye cannot follow more. */
const REDRAW_MS = 100;

const LABELS: Record<string, string> = {
  reading: 'Reading',
  staging: 'Staging',
  verifying: 'Verifying',
  writing: 'Writing',
};

export interface ProgressLine {
  report: ProgressReporter;
  /** Erases the line, if one was drawn. */
  clear(): void;
}

/**
 * One line on stderr, redrawn in place (`\r`, erase to end of line), for work that has run over
 * a second; nothing when `enabled` is false (not a terminal, CI, --json, --quiet).
 */
export function progressLine(
  enabled: boolean,
  write: (text: string) => void,
  now: () => number = Date.now,
  showAfterMs = 1000,
): ProgressLine {
  if (!enabled) return { report: () => undefined, clear: () => undefined };
  const started = now();
  let drawnAt = -Infinity;
  let drawn = false;
  let lastStep = '';
  return {
    report(step, done, total) {
      const time = now();
      if (time - started < showAfterMs) return;
      if (step === lastStep && done < total && time - drawnAt < REDRAW_MS) return;
      lastStep = step;
      drawnAt = time;
      drawn = true;
      const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
      write(`\r\u001b[K${LABELS[step] ?? step} ${done}/${total} files (${percent}%)`);
    },
    clear() {
      if (drawn) write('\r\u001b[K');
      drawn = false;
    },
  };
}

/** Runs `work` with a progress line that is erased when it ends, however it ends. */
export async function withProgress<T>(
  opts: { progress: boolean; progressAfterMs: number },
  write: (text: string) => void,
  work: (report: ProgressReporter) => Promise<T>,
): Promise<T> {
  const line = progressLine(opts.progress, write, Date.now, opts.progressAfterMs);
  try {
    return await work(line.report);
  } finally {
    line.clear();
  }
}

/** The progress line's own escapes (`\r`, erase line) must reach the terminal, so it bypasses the escaping gate of io.stderr. */
export const rawStderr = (text: string): void => {
  process.stderr.write(text);
};
