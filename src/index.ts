/**
 * orchestration-backup's library API: the CLI, the pre-commit hook and the GitHub Action
 * are thin edges over these functions.
 */
export { createBackup, type CreateBackupOptions, type CreateBackupResult } from './core/create.js';
export { listBackups, type BackupSummary, type Comparison, type ListOptions, type ListResult } from './core/list.js';
export { verifyBackup, verifyBackups, type VerifyProblem, type VerifyResult } from './core/verify.js';
export { readBackupFiles, validateBackup } from './core/read-backup.js';
export { validateConfig, validateDocuments, type ConfigDocument, type Diagnostic, type ValidationReport } from './core/validate/index.js';
export { diffSnapshots, migrationPath, migrationPatch, summarizeChanges, applyJsonPatch, redact, isSecretKey } from './core/diff/index.js';
export type { Change, DiffOptions, DiffResult, FileDiff, JsonPatchOperation, MigrationStep, VersionChange } from './core/diff/index.js';
export { compareBackups, CURRENT } from './core/compare.js';
export { planRestore, restoreBackup, recoverInterruptedRestore, RestoreRefusedError, ConfigChangedError, type RestorePlan, type RestoreOptions, type RestoreResult } from './core/restore.js';
export { planRetention, isEmptyPolicy, describePolicy, parseDuration, type RetentionCandidate, type RetentionPlan } from './core/retention.js';
export { planClean, cleanBackups, type CleanPlan } from './core/clean.js';
export { exportBackup, ArchiveRejectedError, OutputExistsError, type ExportBackupResult } from './core/archive.js';
export { importArchive } from './core/archive-import.js';
export { preCommit, type PreCommitOutcome } from './core/precommit.js';
export { installHook, uninstallHook } from './core/hook-install.js';
export { loadManifest, type LoadedManifest } from './core/store.js';
export { parseManifest, manifestChecksum, type Manifest, type ManifestFile, type Trigger } from './core/manifest.js';
export { readHistory, type HistoryEntry } from './core/history.js';
export { loadSettings, DEFAULT_SETTINGS, SETTINGS_FILE, type RetentionPolicy, type Settings } from './core/settings.js';
export { assertValidName, timestampName } from './core/names.js';
export * from './errors.js';
export { TOOL_NAME, TOOL_VERSION } from './version.js';
