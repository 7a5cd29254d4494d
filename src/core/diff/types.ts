/**
 * The shape of a semantic diff. `DiffResult` serialised with JSON.stringify is the CLI's
 * `--json` contract, so fields are only ever added here, never renamed.
 */

export type FileStatus = 'added' | 'removed' | 'modified' | 'unchanged' | 'unparseable';

/**
 * - `added` / `removed` / `renamed` / `modified`: an entity (a value of a keyed map such as
 *   `teams.engineering`, or an array item with an identity field such as `{"agent": …}`).
 * - `reordered`: one array whose items kept their identity but changed order.
 * - `value`: a plain field (anything that is not an entity) changed, appeared or disappeared.
 */
export type ChangeType = 'added' | 'removed' | 'modified' | 'renamed' | 'reordered' | 'value';

export interface Change {
  /**
   * Entity kind as a reviewer says it ("Team", "Workflow", "Agent"). For `value` changes and
   * reorders of plain arrays: the kind of the innermost entity that holds the field, or null
   * for fields outside any entity. For reorders of an entity array: the kind of its items.
   */
  kind: string | null;
  /**
   * Entity id (map key or identity-field value; for renames the new id). For `value` changes
   * and reorders of plain arrays: the id of the innermost entity holding the field (or null).
   * Always null for reorders of an entity array.
   */
  id: string | null;
  change: ChangeType;
  /**
   * RFC 6901 pointer of the changed value in the `to` document; `removed` entities point into
   * the `from` document. For a removed field the pointer names where the field was.
   */
  pointer: string;
  /**
   * `renamed`: old id. `value`: old value, absent when the field was added. `reordered`: old
   * order (entity ids, or the array itself). Values are for display: secrets are redacted.
   */
  from?: unknown;
  /** Counterpart of `from`: new id, new value (absent when the field was removed), new order. */
  to?: unknown;
}

/** RFC 6902 operations; the differ only emits add, remove, replace and move. */
export type JsonPatchOperation =
  | { op: 'add'; path: string; value: unknown }
  | { op: 'remove'; path: string }
  | { op: 'replace'; path: string; value: unknown }
  | { op: 'move'; from: string; path: string }
  | { op: 'copy'; from: string; path: string }
  | { op: 'test'; path: string; value: unknown };

export interface VersionChange {
  from: string | null;
  to: string | null;
  /** Both versions have a major component and they differ (`1.4` → `2.0`). */
  majorChange: boolean;
}

export interface FileDiff {
  path: string;
  status: FileStatus;
  /** Semantic changes, in document order. Empty unless `status` is `modified`. */
  changes: Change[];
  /**
   * RFC 6902 patch that turns the `from` document into the `to` document exactly (real values,
   * secrets included: never print it). `[]` when unchanged. `null` when no patch applies:
   * `added` and `removed` files (the status says it all) and `unparseable` ones (a patch
   * cannot start from, or produce, a document that is not JSON), and when `patches: false`.
   */
  patch: JsonPatchOperation[] | null;
  /** The file's top-level `version`, each side (null when absent or the file is missing). */
  version: VersionChange;
  /** For `unparseable`: why the file cannot be compared semantically. */
  problem?: string;
  /** For `unchanged`: the bytes differ but the JSON values are equal (whitespace, key order). */
  formattingOnly?: boolean;
  /**
   * Absent for JSON files. `yaml` (`.yaml`, `.yml`) and `other` files (Markdown, text, anything
   * else) are compared line by line, or by their bytes when a side is not text (`binary`); their
   * `changes` are always empty and their `patch` null.
   */
  kind?: 'yaml' | 'other';
  /** For a `modified` non-JSON file: a side is not text (not UTF-8, or holds NUL bytes). */
  binary?: boolean;
  /** For a `modified` text or YAML file: the unified diff (`---`/`+++` header, 3 lines of context). Real content: redact before showing. */
  unifiedDiff?: string;
}

export interface MigrationStep {
  from: string;
  to: string;
  version: { from: string | null; to: string | null };
  /** "1.1.0 → 1.2.0: +1 team, 2 workflows modified" */
  summary: string;
}

export interface DiffResult {
  /** Label of the old side, as given by the caller: a backup name or "current". */
  from: string;
  to: string;
  /** One entry per path present on either side, sorted by path. */
  files: FileDiff[];
  /** Configuration version (settings.json's `version`, else the most common file version). */
  versions: VersionChange;
  /** A single step from `from` to `to`; callers with intermediate backups replace it with `migrationPath()`. */
  migrationPath: MigrationStep[];
}

export interface DiffOptions {
  fromLabel?: string;
  toLabel?: string;
  /** Fields that identify array items, in order of preference. */
  identityFields?: readonly string[];
  /** Keys whose values are never shown (matched by whole words, case-insensitive). */
  secretKeys?: readonly string[];
  /** Build the migration patches (default true); summaries alone, as the hook needs them, are much cheaper. */
  patches?: boolean;
}

export const DEFAULT_IDENTITY_FIELDS: readonly string[] = ['agent', 'id', 'name', 'key', 'command', 'slug', 'uuid'];
