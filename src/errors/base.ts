/**
 * The base of every failure the tool reports on purpose. Each carries a stable `code` (for
 * `--json` and scripts), the exit code the CLI uses, and the data that explains it, so the
 * edges never have to parse a message. Messages state what happened; what to do about it
 * depends on the edge (a CLI flag, an Action input, a library option) and is added there
 * (see remedy.ts).
 */

export const ExitCode = {
  ok: 0,
  failed: 1,
  usage: 2,
  busy: 3,
  /** Stopped by SIGINT (Ctrl-C), as shells report 128 + 2. */
  interrupted: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Own properties that are not the error's data. */
const NOT_DATA = new Set(['code', 'exitCode', 'name', 'message', 'stack', 'cause']);

export abstract class OrchBackupError extends Error {
  abstract readonly code: string;
  readonly exitCode: ExitCode = ExitCode.failed;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }

  /** The fields the error carries (its constructor's `readonly` parameters), without code and message. */
  data(): Record<string, unknown> {
    return Object.fromEntries(Object.entries(this).filter(([key, value]) => !NOT_DATA.has(key) && value !== undefined));
  }

  toJSON(): { code: string; message: string } & Record<string, unknown> {
    return { code: this.code, message: this.message, ...this.data() };
  }
}

export function describeErrno(errno: string | undefined): string {
  switch (errno) {
    case 'ENOSPC':
      return 'no space left on device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EROFS':
      return 'read-only file system';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EFBIG':
      return 'file too large for this file system or limit';
    default:
      return errno ? `write failed (${errno})` : 'write failed';
  }
}

export function errnoOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
