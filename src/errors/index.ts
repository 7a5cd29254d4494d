/**
 * Every failure the tool reports on purpose is one of these classes; docs/ERRORS.md lists
 * them (generated: npm run docs:errors).
 */
export { ExitCode, OrchBackupError, describeErrno, errnoOf } from './base.js';
export * from './input.js';
export * from './store.js';
export * from './operations.js';
export * from './github.js';
export {
  LIBRARY_REMEDIES,
  describeError,
  remedyFor,
  whenInvalidJsonArchive,
  whenMissingConfigDir,
  type Remedies,
} from './remedy.js';
