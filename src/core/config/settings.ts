import { readFile } from 'node:fs/promises';
import { SettingsError, errnoOf } from '../../errors/index.js';
import type { ErrorObject } from 'ajv';
import { parseProblemWithoutInput } from '../util/parse-problem.js';
import { DEFAULT_SECRET_KEYS } from '../diff/secret-keys.js';

/** Retention policy with restic `forget` semantics; durations are strings like `7d`, `1y2m`. */
export interface RetentionPolicy {
  last?: number;
  hourly?: number;
  daily?: number;
  weekly?: number;
  monthly?: number;
  yearly?: number;
  within?: string;
  withinHourly?: string;
  withinDaily?: string;
  withinWeekly?: string;
  withinMonthly?: string;
  withinYearly?: string;
  tags?: string[][];
}

/** The tool's own settings, shared by the CLI, the hook and the action. */
export interface Settings {
  /** Files of the config dir that are config (any kind: JSON, YAML, Markdown, other text, binary). */
  include: string[];
  exclude: string[];
  /**
   * Files the orchestrator itself writes as it runs (state, locks, logs): never backed up, and
   * never overwritten or removed by a restore. Same glob syntax as `exclude`.
   */
  runtimeState: string[];
  /** Backups whose total size is above this many bytes store their files gzip-compressed. */
  compressAbove: number;
  compressionLevel: number;
  schemaDir: string;
  /** Config file (relative path) → JSON Schema file (relative to the config dir). */
  schemas: Record<string, string>;
  /** Keys whose string values name agents that must be defined (in teams.json or a definition file). */
  referenceKeys: string[];
  /**
   * Where Claude Code's agent definition files (`**\/*.md`) are, relative to the config dir;
   * false: they are not read and not checked.
   */
  agentsDir: string | false;
  /** Keys whose values are never shown in human output. */
  secretKeys: string[];
  retention: RetentionPolicy;
  lockTimeoutMs: number;
  /** When the pre-commit hook names a change "bulk" (and tags its backup `major`). */
  hook: { bulkFiles: number; bulkEntities: number };
  /**
   * The Claude Code hook. `failClosed`: when its own backup fails, block the tool call (exit 2)
   * instead of letting the edit go on with a note.
   */
  claudeCode: { failClosed: boolean };
}

export const SETTINGS_FILE = '.orch-backup.json';

export const DEFAULT_RETENTION: RetentionPolicy = {
  last: 10,
  within: '7d',
  withinWeekly: '1m',
  withinMonthly: '1y',
};

/**
 * Runtime state as public orchestration layouts keep it inside the config dir: a `state/`
 * folder (session handoffs, DAGs, epics, rollback reports), a `state.json`, lock and PID files,
 * logs. Not `team-state.json`-style files at the top: the projects that have one commit it as
 * a template and validate it like the rest of the config (add `**\/*-state.json` to treat it
 * as state).
 */
const DEFAULT_RUNTIME_STATE: readonly string[] = ['**/state/**', '**/state.json', '**/*.lock', '**/*.pid', '**/*.log'];

export const DEFAULT_SETTINGS: Settings = {
  include: ['**/*'],
  exclude: [],
  runtimeState: [...DEFAULT_RUNTIME_STATE],
  compressAbove: 1024 * 1024,
  compressionLevel: 6,
  schemaDir: 'schemas',
  schemas: {},
  referenceKeys: [
    'agent',
    'agents',
    'required_agents',
    'reviewers',
    'review',
    'review_requirements',
    'approvers',
    'approval',
    'required_roles',
    'primary',
    'secondary',
  ],
  agentsDir: '../agents',
  secretKeys: [...DEFAULT_SECRET_KEYS],
  retention: DEFAULT_RETENTION,
  lockTimeoutMs: 10_000,
  hook: { bulkFiles: 5, bulkEntities: 20 },
  claudeCode: { failClosed: false },
};

// The schema is src/core/config/settings.schema.json; settings-validator.generated.ts is its
// compiled form (scripts/settings-validator.mjs), so no run loads ajv or compiles it again.

/**
 * Reads the settings file if there is one. A missing file means defaults; a present but
 * broken one is an error, because silently ignoring it would apply a policy nobody chose.
 */
export async function loadSettings(file: string): Promise<{ settings: Settings; source: string | null }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return { settings: DEFAULT_SETTINGS, source: null };
    throw new SettingsError(file, `cannot read it (${errnoOf(error) ?? String(error)})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new SettingsError(file, `not valid JSON (${parseProblemWithoutInput((error as Error).message)})`);
  }
  // Loaded only when there is a settings file: the hooks start without it otherwise.
  const { default: checkSettings } = await import('./settings-validator.generated.js');
  if (!checkSettings(raw)) {
    const first = (checkSettings as unknown as { errors?: ErrorObject[] | null }).errors?.[0];
    const where = first?.instancePath || '(top level)';
    const detail =
      where === '/agentsDir'
        ? 'must be a directory (relative to the config dir) or false'
        : first?.keyword === 'additionalProperties'
          ? `unknown setting ${JSON.stringify((first.params as { additionalProperty: string }).additionalProperty)}`
          : (first?.message ?? 'does not match the settings schema');
    throw new SettingsError(file, `${where}: ${detail}`);
  }
  const partial = raw as Partial<Settings>;
  return {
    settings: {
      ...DEFAULT_SETTINGS,
      ...partial,
      retention: partial.retention ?? DEFAULT_RETENTION,
      hook: { ...DEFAULT_SETTINGS.hook, ...partial.hook },
      claudeCode: { ...DEFAULT_SETTINGS.claudeCode, ...partial.claudeCode },
    },
    source: file,
  };
}
