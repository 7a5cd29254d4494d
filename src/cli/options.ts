import { statSync } from 'node:fs';
import path from 'node:path';
import { NoConfigDirError, UsageError } from '../errors/index.js';
import { loadSettings, SETTINGS_FILE, type Settings } from '../core/config/settings.js';
import type { RenderContext } from '../render/format.js';
import { terminalColors } from '../render/terminal.js';
import { faultsFrom, type Faults } from '../core/util/faults.js';
import { DEFAULT_CONFIG_DIR, findConfigDir, type ConfigSearch } from '../core/config/discover.js';

/** Where the config dir came from: the flag, the environment, or the search from the cwd. */
type ConfigSource = { kind: 'flag' | 'env' } | { kind: 'search'; search: ConfigSearch };

/** What the command line and environment say, before any file is read. */
export interface GlobalFlags {
  configDir?: string;
  backupDir?: string;
  settings?: string;
  json?: boolean;
  yes?: boolean;
  quiet?: boolean;
  lockTimeout?: string;
}

/** Everything a command needs, resolved once: absolute paths, settings, output mode. */
export interface GlobalOptions {
  /** Absolute; when the search found nothing, `<cwd>/.claude/orchestration` (which does not exist). */
  configDir: string;
  configSource: ConfigSource;
  backupDir: string;
  /** --backup-dir or ORCH_BACKUP_DIR named the store: it does not depend on the config dir. */
  backupDirGiven: boolean;
  settings: Settings;
  settingsFile: string | null;
  /** Where the settings are read from, whether or not the file exists: the tool's own file. */
  settingsPath: string;
  json: boolean;
  yes: boolean;
  quiet: boolean;
  lockTimeoutMs: number;
  interactive: boolean;
  /** Draw a progress line on stderr for long work: a terminal, not CI, not --json or --quiet. */
  progress: boolean;
  /** How long work runs before the line appears: 1 s; `ORCH_BACKUP_PROGRESS_AFTER_MS` (tests set 0). */
  progressAfterMs: number;
  render: RenderContext;
  faults: Faults;
}

/** Both must be set, to these exact values, before a test can make the process kill itself. */
const FAULT_SWITCH = 'ORCH_BACKUP_TEST_FAULTS';
const FAULT_SWITCH_VALUE = 'kill-the-process-at-steps';
const FAULT_STEP = 'ORCH_BACKUP_TEST_KILL_AT';

export interface Environment {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  stdinIsTTY: boolean;
  /** Absent: not a terminal (no progress line). */
  stderrIsTTY?: boolean;
}

export async function resolveGlobalOptions(flags: GlobalFlags, environment: Environment): Promise<GlobalOptions> {
  const { cwd, env } = environment;
  const given = flags.configDir ?? env.ORCH_BACKUP_CONFIG_DIR;
  const search = given === undefined ? findConfigDir(cwd) : undefined;
  const configSource: ConfigSource = search
    ? { kind: 'search', search }
    : { kind: flags.configDir !== undefined ? 'flag' : 'env' };
  const configDir = search
    ? (search.found ?? path.resolve(cwd, DEFAULT_CONFIG_DIR))
    : path.resolve(cwd, given as string);
  const backupGiven = flags.backupDir ?? env.ORCH_BACKUP_DIR;
  const backupDir = path.resolve(cwd, backupGiven ?? path.join(configDir, '.backups'));
  const settingsPath = path.resolve(
    cwd,
    flags.settings ?? env.ORCH_BACKUP_SETTINGS ?? path.join(configDir, SETTINGS_FILE),
  );
  const { settings, source } = await loadSettings(settingsPath);
  const lockTimeoutMs = parseLockTimeout(flags.lockTimeout ?? env.ORCH_BACKUP_LOCK_TIMEOUT, settings.lockTimeoutMs);
  const color = environment.stdoutIsTTY && !('NO_COLOR' in env && env.NO_COLOR !== '') && env.TERM !== 'dumb';
  return {
    configDir,
    configSource,
    backupDir,
    backupDirGiven: backupGiven !== undefined,
    settings,
    settingsFile: source,
    settingsPath,
    json: flags.json ?? false,
    yes: flags.yes ?? false,
    quiet: flags.quiet ?? false,
    lockTimeoutMs,
    interactive: environment.stdinIsTTY && environment.stdoutIsTTY,
    progress: (environment.stderrIsTTY ?? false) && !env.CI && !(flags.json ?? false) && !(flags.quiet ?? false),
    progressAfterMs: /^\d+$/.test(env.ORCH_BACKUP_PROGRESS_AFTER_MS ?? '')
      ? Number(env.ORCH_BACKUP_PROGRESS_AFTER_MS)
      : 1000,
    faults: faultsFrom(
      env[FAULT_SWITCH] === FAULT_SWITCH_VALUE && env[FAULT_STEP] ? parseFaultStep(env[FAULT_STEP]) : undefined,
    ),
    render: {
      colors: terminalColors(color),
      displayPath: (p) => {
        const rel = path.relative(cwd, p);
        return rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? p : rel;
      },
      now: new Date(),
    },
  };
}

function parseLockTimeout(value: string | undefined, fallbackMs: number): number {
  if (value === undefined) return fallbackMs;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds < 0)
    throw new UsageError(`--lock-timeout must be a number of seconds, got ${JSON.stringify(value)}`);
  return Math.round(seconds * 1000);
}

/** `step` or `step#n` (the n-th time the step is reached). */
function parseFaultStep(value: string): { killAt: string; occurrence: number } {
  const [killAt = '', occurrence = '1'] = value.split('#');
  return { killAt, occurrence: Number(occurrence) || 1 };
}

/**
 * For the commands that read the config or its default store (list, verify, restore, diff,
 * clean): a config dir that is not there means the wrong directory, not an empty store. A store
 * named by --backup-dir stands on its own.
 */
export function requireConfigDir(opts: GlobalOptions): void {
  if (opts.backupDirGiven || statSync(opts.configDir, { throwIfNoEntry: false })?.isDirectory()) return;
  const source = opts.configSource;
  if (source.kind === 'search') {
    const { search } = source;
    throw new NoConfigDirError({
      kind: 'search',
      lookedFor: search.lookedFor,
      from: search.searched[0] as string,
      stoppedAt: search.stoppedAt.dir,
      stoppedKind: search.stoppedAt.kind,
    });
  }
  throw new NoConfigDirError({
    kind: 'given',
    configDir: opts.configDir,
    by: source.kind === 'flag' ? '--config-dir' : 'ORCH_BACKUP_CONFIG_DIR',
  });
}
