import picomatch from 'picomatch';
import type { Settings } from './settings.js';

/** The settings that decide which files of the config dir are config. */
export type SelectionSettings = Pick<Settings, 'include' | 'exclude' | 'runtimeState'>;

/**
 * Why a file of the config dir is not backed up:
 * - `runtime-state`: matches a `runtimeState` pattern (state the orchestrator writes as it runs);
 * - `excluded`: matches an `exclude` pattern;
 * - `hidden`: a dot file or a file in a dot directory, which include patterns do not match unless they name it;
 * - `not-included`: matches no `include` pattern.
 */
export type LeftOutReason = 'runtime-state' | 'excluded' | 'hidden' | 'not-included';

export const LEFT_OUT_WORDS: Record<LeftOutReason, string> = {
  'runtime-state': 'runtime state (setting runtimeState)',
  excluded: 'excluded (setting exclude)',
  hidden: 'hidden file, not matched by include',
  'not-included': 'not matched by include',
};

/**
 * One decision for every place that lists config files (the disk, git trees, the GitHub API) and
 * for restore, which must leave alone what backups leave out: null when `rel` (relative to the
 * config dir, `/`-separated) is config, else why not.
 */
export function fileSelection(settings: SelectionSettings): (rel: string) => LeftOutReason | null {
  const isIncluded = picomatch(settings.include as string[], { dot: false });
  const isExcluded = settings.exclude.length > 0 ? picomatch(settings.exclude as string[], { dot: true }) : () => false;
  const isState =
    settings.runtimeState.length > 0 ? picomatch(settings.runtimeState as string[], { dot: true }) : () => false;
  return (rel) => {
    if (!isIncluded(rel)) return rel.split('/').some((segment) => segment.startsWith('.')) ? 'hidden' : 'not-included';
    if (isExcluded(rel)) return 'excluded';
    if (isState(rel)) return 'runtime-state';
    return null;
  };
}
