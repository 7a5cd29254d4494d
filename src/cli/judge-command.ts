import path from 'node:path';
import { applyFix, planFix } from '../core/judge/fix.js';
import { judgeChange } from '../core/judge/judge.js';
import { judgementJson } from '../core/judge/json.js';
import { readAgentsAt, readPoint, resolveSince, type ConfigPoint } from '../core/judge/point.js';
import { ConfirmationRequiredError, ExitCode, UsageError } from '../errors/index.js';
import { renderFixPlan, renderFixResult, renderJudgement } from '../render/judge.js';
import { fixCommand } from '../render/verdict.js';
import type { CommandOutput } from './commands.js';
import { DEFAULT_CONFIG_DIR } from '../core/config/discover.js';
import type { GlobalOptions } from './options.js';
import { confirm } from './prompt.js';

export interface SinceFlags {
  since: string;
  strict?: boolean;
  fix?: boolean;
  dryRun?: boolean;
}

/**
 * `validate --since REF`: the verdict on the change from REF (a backup, or a git revision) to
 * the config dir. With `--fix`, the references renames left behind are rewritten to the new ids
 * after a verified safety backup, and the change is judged again.
 */
export async function validateSinceCommand(
  opts: GlobalOptions,
  cwd: string,
  flags: SinceFlags,
  say: (text: string) => void,
): Promise<CommandOutput> {
  if (flags.dryRun && !flags.fix)
    throw new UsageError('--dry-run goes with --fix (validate --since REF --fix --dry-run)');
  const settings = opts.settings;
  const since = await resolveSince(flags.since, { cwd, configDir: opts.configDir, backupDir: opts.backupDir });
  const current: ConfigPoint = { kind: 'dir', configDir: opts.configDir, backupDir: opts.backupDir };
  // A git revision brings its own agent definition files; a backup holds none, so the work
  // tree's stand for it (--json says which: agentsFrom). Each front matter text is read once.
  const where = { configDir: opts.configDir, agentsDir: opts.settings.agentsDir, memo: new Map() };
  const beforeAgents = await readAgentsAt(since, where);
  const afterAgents = await readAgentsAt(current, where);
  const before = { ...(await readPoint(since, settings)), ...beforeAgents };
  const judge = async () =>
    judgeChange(
      before,
      { ...(await readPoint(current, settings)), ...afterAgents },
      { settings, strict: flags.strict ?? false },
    );
  const judgement = await judge();
  const compared = `${flags.since} → current in ${opts.render.displayPath(opts.configDir)}`;
  const command = fixCommandFor(opts, flags.since);
  const exitCode = (verdict: 'pass' | 'fail'): ExitCode => (verdict === 'fail' ? ExitCode.failed : ExitCode.ok);
  const report = (j: typeof judgement, fixing: boolean): string =>
    renderJudgement(j, opts.render, { compared, fixCommand: fixing ? null : command });
  const json = (j: typeof judgement) => ({ ...judgementJson(j), since: flags.since });

  if (!flags.fix)
    return { human: report(judgement, false), json: json(judgement), exitCode: exitCode(judgement.verdict) };

  const plan = planFix(judgement, await readPoint(current, settings));
  const planText = renderFixPlan(plan, opts.render, flags.dryRun ?? false);
  const planJson = plan.files.map((f) => ({ file: f.file, patch: f.patch, lines: f.lines }));
  if (plan.references === 0 || flags.dryRun) {
    return {
      human: report(judgement, true) + planText,
      json: { ...json(judgement), fix: { dryRun: flags.dryRun ?? false, safetyBackup: null, files: planJson } },
      exitCode: exitCode(judgement.verdict),
    };
  }
  if (!opts.yes) {
    if (!opts.interactive) throw new ConfirmationRequiredError('validate --fix');
    if (!opts.json) say(planText);
    if (!(await confirm('Rewrite these references?'))) {
      return {
        human: 'Fix cancelled; nothing was changed.\n',
        json: { ...json(judgement), fix: { cancelled: true } },
        exitCode: ExitCode.usage,
      };
    }
  }
  const result = await applyFix(plan, {
    configDir: opts.configDir,
    backupDir: opts.backupDir,
    settings,
    lockTimeoutMs: opts.lockTimeoutMs,
    faults: opts.faults,
  });
  const after = await judge();
  return {
    human: (opts.yes ? planText : '') + renderFixResult(result) + report(after, false),
    json: { ...json(after), fix: { dryRun: false, safetyBackup: result.safetyBackup, files: planJson } },
    exitCode: exitCode(after.verdict),
  };
}

/** The fix command as this user would type it here: directories named only when not the defaults. */
export function fixCommandFor(opts: GlobalOptions, since: string): string {
  const configDir = opts.render.displayPath(opts.configDir);
  return fixCommand(since, {
    ...(configDir === DEFAULT_CONFIG_DIR ? {} : { configDir }),
    ...(opts.backupDir === path.join(opts.configDir, '.backups')
      ? {}
      : { backupDir: opts.render.displayPath(opts.backupDir) }),
  });
}
