import path from 'node:path';
import picomatch from 'picomatch';
import { RestorePathError } from '../../errors/restore.js';
import { ownedPathProblem, type OwnedPaths } from '../config/owned-paths.js';
import { closestNames } from '../util/suggest.js';

const GLOB = /[*?[\]{}]/;

/**
 * The config paths a partial restore touches: each requested path (relative to the config dir;
 * `./` and `\` accepted) names a file, a folder (every file under it) or a glob, matched against
 * the files of the backup and of the config now. Whatever neither side holds, what leaves the
 * config dir and the tool's own files are refused, so a typo never restores nothing silently.
 */
export function selectRestorePaths(
  backup: string,
  requested: readonly string[],
  known: { backup: readonly string[]; current: readonly string[] },
  owned: OwnedPaths,
): string[] {
  const all = [...new Set([...known.backup, ...known.current])].sort();
  const selected = new Set<string>();
  for (const raw of requested) {
    const wanted = normalized(raw);
    if (wanted === null) throw new RestorePathError(backup, raw, 'outside-config-dir');
    const isGlob = GLOB.test(wanted);
    if (!isGlob && wanted !== '') {
      const problem = ownedPathProblem(wanted, owned);
      if (problem)
        throw new RestorePathError(backup, raw, problem === 'owned-path' ? 'owned-path' : 'outside-config-dir');
    }
    const isMatch = isGlob ? picomatch(wanted, { dot: true }) : () => false;
    const matches = (
      isGlob
        ? all.filter((p) => isMatch(p))
        : all.filter((p) => wanted === '' || p === wanted || p.startsWith(`${wanted}/`))
    ).filter((p) => ownedPathProblem(p, owned) === null);
    if (matches.length === 0) {
      const byBaseName = isGlob ? [] : all.filter((p) => p.endsWith(`/${wanted}`));
      const suggestions = byBaseName.length > 0 ? byBaseName.slice(0, 3) : isGlob ? [] : closestNames(wanted, all);
      throw new RestorePathError(backup, raw, 'not-found', suggestions);
    }
    for (const match of matches) selected.add(match);
  }
  return [...selected].sort();
}

/** `/`-separated and relative, or null when the path is absolute or climbs out of the config dir. */
function normalized(raw: string): string | null {
  const slashed = raw.replace(/\\/g, '/');
  if (slashed.startsWith('/') || /^[A-Za-z]:\//.test(slashed)) return null;
  const joined = path.posix.normalize(slashed).replace(/\/+$/, '');
  if (joined === '..' || joined.startsWith('../')) return null;
  return joined === '.' ? '' : joined;
}
