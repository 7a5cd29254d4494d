import { redactString } from '../core/diff/secret-keys.js';
import type { OrchBackupError } from './base.js';
import type { ArchiveRejectedError } from './operations.js';
import type { ConfigDirNotFoundError } from './input.js';

/**
 * What a caller can do about an error, in the words of one edge: a CLI flag, an Action input,
 * a library option. Keyed by error code; a function when the remedy depends on the error's data.
 */
export type Remedies = Readonly<Record<string, string | ((error: OrchBackupError) => string | undefined)>>;

export function remedyFor(error: OrchBackupError, remedies: Remedies): string | undefined {
  const remedy = remedies[error.code];
  return typeof remedy === 'function' ? remedy(error) : remedy;
}

/**
 * The error's message followed by the edge's remedy, if it has one. A message may quote what git,
 * a parser or the API said: credentials in it are masked here, where every edge's message passes.
 */
export function describeError(error: OrchBackupError, remedies: Remedies): string {
  const remedy = remedyFor(error, remedies);
  return redactString(remedy ? `${error.message}: ${remedy}` : error.message);
}

export const whenMissingConfigDir =
  (remedy: string) =>
  (error: OrchBackupError): string | undefined =>
    (error as ConfigDirNotFoundError).reason === 'missing' ? remedy : undefined;

export const whenInvalidJsonArchive =
  (remedy: string) =>
  (error: OrchBackupError): string | undefined =>
    (error as ArchiveRejectedError).reason === 'invalid-json' ? remedy : undefined;

/** The remedies in the library's terms: the options of its functions. */
export const LIBRARY_REMEDIES: Remedies = {
  STORE_BUSY: 'try again when it finishes, or raise the lockTimeoutMs option',
  CONFIG_DIR_NOT_FOUND: whenMissingConfigDir('pass the configDir option'),
  INVALID_JSON: 'fix it, or pass allowInvalid: true to back it up as it is',
  RESTORE_REFUSED: 'pass force: true to restore it anyway',
  ARCHIVE_REJECTED: whenInvalidJsonArchive('pass allowInvalid: true to import it as it is'),
  POLICY_EMPTY: 'give the policy at least one keep rule',
};
