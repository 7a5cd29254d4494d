import path from 'node:path';
import { preCommit, type PreCommitOptions } from '../core/hook/pre-commit.js';
import { ExitCode, OrchBackupError, describeError } from '../errors/index.js';
import { groupDiagnostics, groupNote } from '../render/diagnostic-groups.js';
import { HOOK_REMEDIES } from './remedy.js';
import { plural } from '../render/format.js';
import { location } from '../render/text.js';
import { fixCommand, renameSentence, renamesWithLeftovers, shellWord, verdictHeadline } from '../render/verdict.js';
import { DEFAULT_CONFIG_DIR } from '../core/config/discover.js';
import type { CommandOutput } from './commands.js';
import type { GlobalOptions } from './options.js';

// Apart from the installer (hook-command.ts): the pre-commit bundle loads this file alone.
const BYPASS = 'bypass (not recommended): git commit --no-verify';

/** The husky hook's Node half; everything it says goes to stderr, where git shows hook output. */
export async function hookRunCommand(
  opts: GlobalOptions,
  cwd: string,
  say: (text: string) => void,
  known: Pick<PreCommitOptions, 'root' | 'prefetched'> = {},
): Promise<CommandOutput> {
  try {
    const outcome = await preCommit({
      cwd,
      ...known,
      configDir: opts.configDir,
      backupDir: opts.backupDir,
      settings: opts.settings,
      lockTimeoutMs: opts.lockTimeoutMs,
      faults: opts.faults,
    });
    if (outcome.status === 'no-config-changes') return { human: '', json: outcome, exitCode: ExitCode.ok };
    if (outcome.status === 'blocked' && outcome.reason === 'backup-files-staged') {
      say(
        `orch-backup: commit blocked: backup files are staged (${outcome.paths.slice(0, 3).join(', ')}${outcome.paths.length > 3 ? ', …' : ''}); unstage them with: git restore --staged -- ${path.relative(cwd, opts.backupDir) || '.'}; ${BYPASS}\n`,
      );
      return { human: '', json: outcome, exitCode: ExitCode.failed };
    }
    const { judgement } = outcome;
    const lines = groupDiagnostics(judgement.new.filter((d) => d.severity !== 'info')).map(
      (g) => `  ${g.first.severity === 'error' ? '❌' : '⚠️ '} ${location(g.first)}  ${g.first.message}${groupNote(g)}`,
    );
    const already =
      judgement.existing.length > 0
        ? `orch-backup: ${plural(judgement.existing.length, 'problem')} already in HEAD (not blocking; see: orch-backup validate)\n`
        : '';
    if (outcome.status === 'blocked') {
      const headline = verdictHeadline(judgement);
      const leftovers = renamesWithLeftovers(judgement);
      const configDir = path.relative(cwd, opts.configDir) || '.';
      const fix =
        leftovers.length > 0
          ? `${leftovers.map((r) => `  ${renameSentence(r)}: ${r.remaining.slice(0, 3).map(location).join(', ')}${r.remaining.length > 3 ? ', …' : ''}`).join('\n')}\nFix them all: ${fixCommand('HEAD', configDir === DEFAULT_CONFIG_DIR ? {} : { configDir })} && git add ${shellWord(configDir)}\n`
          : '';
      say(
        `orch-backup: commit blocked: ${headline.text.charAt(0).toLowerCase()}${headline.text.slice(1)}:\n${lines.join('\n')}\n${fix}${already}Fix them and stage again; ${BYPASS}\n`,
      );
      return { human: '', json: outcome, exitCode: ExitCode.failed };
    }
    if (lines.length > 0)
      say(
        `orch-backup: ${plural(judgement.new.filter((d) => d.severity === 'warning').length, 'new warning')} in the staged configs (the commit goes on):\n${lines.join('\n')}\n`,
      );
    if (already) say(already);
    const b = outcome.backup;
    say(
      b.made
        ? `orch-backup: 📦 safety backup ${b.name}${b.tags?.includes('major') ? ' [major]' : ''}: ${b.description}\n`
        : `orch-backup: ${b.note}\n`,
    );
    return { human: '', json: outcome, exitCode: ExitCode.ok };
  } catch (error) {
    // Fail closed: a hook that cannot make its safety backup must not let the commit through silently.
    if (error instanceof OrchBackupError) {
      say(
        `orch-backup: commit blocked: the pre-commit safety backup failed: ${describeError(error, HOOK_REMEDIES)}; ${BYPASS}\n`,
      );
      return { human: '', json: { error: error.toJSON() }, exitCode: ExitCode.failed };
    }
    throw error;
  }
}
