/**
 * orchestration-backup's library API: the CLI, the pre-commit hook and the GitHub Action
 * are thin edges over these functions.
 */
export { createBackup, type CreateBackupOptions, type CreateBackupResult } from './core/create/create.js';
export {
  listBackups,
  type BackupSummary,
  type Comparison,
  type ListOptions,
  type ListResult,
} from './core/inspect/list.js';
export { verifyBackup, verifyBackups, type VerifyProblem, type VerifyResult } from './core/inspect/verify.js';
export { readBackupFiles, validateBackup } from './core/inspect/backup-files.js';
export {
  validateConfig,
  validateDocuments,
  type ConfigDocument,
  type Diagnostic,
  type ValidationReport,
} from './core/validate/index.js';
export {
  readAgentDefinitions,
  agentDefinitionsFrom,
  type AgentDefinition,
  type AgentDefinitionSet,
  type AgentFileText,
} from './core/agents/index.js';
export {
  diffSnapshots,
  migrationPath,
  migrationPatch,
  summarizeChanges,
  applyJsonPatch,
  redact,
  isSecretKey,
} from './core/diff/index.js';
export type {
  Change,
  DiffOptions,
  DiffResult,
  FileDiff,
  JsonPatchOperation,
  MigrationStep,
  VersionChange,
} from './core/diff/index.js';
export { compareBackups, CURRENT } from './core/inspect/diff-backups.js';
export {
  planRestore,
  restoreBackup,
  recoverInterruptedRestore,
  type RestorePlan,
  type RestoreOptions,
  type RestoreResult,
} from './core/restore/restore.js';
export {
  planRetention,
  isEmptyPolicy,
  describePolicy,
  parseDuration,
  type RetentionCandidate,
  type RetentionPlan,
} from './core/retention/policy.js';
export { planClean, cleanBackups, type CleanPlan } from './core/retention/clean.js';
export { exportBackup, type ExportBackupResult } from './core/archive/export.js';
export { importArchive } from './core/archive/import.js';
export { judgeChange, labelFindings, type JudgeOptions } from './core/judge/judge.js';
export { readPoint, resolveSince, type ConfigAt, type ConfigPoint } from './core/judge/point.js';
export { planFix, applyFix, type FixPlan, type FixResult } from './core/judge/fix.js';
export { judgementJson, type JudgementJson } from './core/judge/json.js';
export type { Finding, Judgement, LeftoverReference, Rename, Verdict } from './core/judge/types.js';
export { preCommit, type PreCommitOutcome } from './core/hook/pre-commit.js';
export { installHook, uninstallHook } from './core/hook/install.js';
export { loadManifest, type LoadedManifest } from './core/store/store.js';
export {
  parseManifest,
  manifestChecksum,
  type Manifest,
  type ManifestFile,
  type Trigger,
} from './core/store/manifest.js';
export { readHistory, type HistoryEntry } from './core/store/history.js';
export {
  loadSettings,
  DEFAULT_SETTINGS,
  SETTINGS_FILE,
  type RetentionPolicy,
  type Settings,
} from './core/config/settings.js';
export { assertValidName, timestampName } from './core/store/names.js';
export * from './errors/index.js';
export * from './errors/restore.js';
export { TOOL_NAME, TOOL_VERSION } from './version.js';
