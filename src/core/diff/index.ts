export { applyJsonPatch } from './apply.js';
export { diffLazySnapshots, lazyMigrationStep, type LazySnapshot } from './lazy.js';
export { semanticChanges } from './entities.js';
export { migrationPatch } from './patch.js';
export { DEFAULT_SECRET_KEYS, isSecretKey, redact } from './redact.js';
export { diffSnapshots, migrationPath } from './snapshots.js';
export { summarizeChanges } from './summary.js';
export * from './types.js';
