/**
 * orchestration-backup's library API: the CLI, the pre-commit hook and the GitHub Action
 * are thin edges over these functions.
 */
export { createBackup, type CreateBackupOptions, type CreateBackupResult } from './core/create.js';
export { listBackups, type BackupSummary, type Comparison, type ListOptions, type ListResult } from './core/list.js';
export { verifyBackup, verifyBackups, type VerifyProblem, type VerifyResult } from './core/verify.js';
export { readBackupFiles, validateBackup } from './core/read-backup.js';
export { validateConfig, validateDocuments, type ConfigDocument, type Diagnostic, type ValidationReport } from './core/validate/index.js';
export { loadManifest, type LoadedManifest } from './core/store.js';
export { parseManifest, manifestChecksum, type Manifest, type ManifestFile, type Trigger } from './core/manifest.js';
export { readHistory, type HistoryEntry } from './core/history.js';
export { loadSettings, DEFAULT_SETTINGS, SETTINGS_FILE, type RetentionPolicy, type Settings } from './core/settings.js';
export { assertValidName, timestampName } from './core/names.js';
export * from './errors.js';
export { TOOL_NAME, TOOL_VERSION } from './version.js';
