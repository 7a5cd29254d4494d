export { applyJsonPatch, PatchApplyError } from './apply.js';
export { diffLazySnapshots, lazyMigrationStep, type LazyDocument, type LazySnapshot } from './lazy.js';
export { identityFieldOf, semanticChanges, type SemanticDiffOptions } from './entities.js';
export { migrationPatch } from './patch.js';
export { DEFAULT_SECRET_KEYS, REDACTED, isSecretKey, isSecretPointer, redact, redactAt, redactPointer } from './redact.js';
export { diffSnapshots, migrationPath, stepSummary, versionChange, type BackupSnapshot } from './snapshots.js';
export { summarizeChanges } from './summary.js';
export * from './types.js';
export { countKind, kindForArray, kindForMap, pluralKind } from './words.js';
