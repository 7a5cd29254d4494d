import path from 'node:path';
import { defaultArchiveName, exportBackup } from '../core/archive/export.js';
import { importArchive } from '../core/archive/import.js';
import { stoppableByCtrlC } from './interrupt.js';
import { rawStderr, withProgress } from './progress.js';
import { cleanBackups, planClean } from '../core/retention/clean.js';
import { assertValidName } from '../core/store/names.js';
import { describePolicy } from '../core/retention/policy.js';
import type { RetentionPolicy } from '../core/config/settings.js';
import { ConfirmationRequiredError, DangerousCleanError, ExitCode, UsageError } from '../errors/index.js';
import { isDangerous } from '../core/retention/groups.js';
import { plural } from '../render/format.js';
import { renderCleanDone, renderCleanPlan, renderExport, renderImport, renderUnlock } from '../render/store.js';
import { unlockStore } from '../core/store/unlock.js';
import type { CommandOutput } from './commands.js';
import type { GlobalOptions } from './options.js';
import { confirm } from './prompt.js';

export interface CleanFlags {
  keepLast?: string;
  keepHourly?: string;
  keepDaily?: string;
  keepWeekly?: string;
  keepMonthly?: string;
  keepYearly?: string;
  keepWithin?: string;
  keepWithinHourly?: string;
  keepWithinDaily?: string;
  keepWithinWeekly?: string;
  keepWithinMonthly?: string;
  keepWithinYearly?: string;
  keepTag?: string[];
  dryRun?: boolean;
  force?: boolean;
}

const COUNT_FLAGS = [
  ['keepLast', 'last'],
  ['keepHourly', 'hourly'],
  ['keepDaily', 'daily'],
  ['keepWeekly', 'weekly'],
  ['keepMonthly', 'monthly'],
  ['keepYearly', 'yearly'],
] as const;
const DURATION_FLAGS = [
  ['keepWithin', 'within'],
  ['keepWithinHourly', 'withinHourly'],
  ['keepWithinDaily', 'withinDaily'],
  ['keepWithinWeekly', 'withinWeekly'],
  ['keepWithinMonthly', 'withinMonthly'],
  ['keepWithinYearly', 'withinYearly'],
] as const;

/** The policy from --keep-* flags; null when none was given (then the settings' policy applies). */
export function policyFromFlags(flags: CleanFlags): RetentionPolicy | null {
  const policy: RetentionPolicy = {};
  for (const [flag, key] of COUNT_FLAGS) {
    const value = flags[flag];
    if (value === undefined) continue;
    const n = value === 'unlimited' ? -1 : Number(value);
    if (!Number.isInteger(n) || n < -1)
      throw new UsageError(`--${kebab(flag)} needs a whole number, -1 or "unlimited", got ${JSON.stringify(value)}`);
    policy[key] = n;
  }
  for (const [flag, key] of DURATION_FLAGS) if (flags[flag] !== undefined) policy[key] = flags[flag];
  if (flags.keepTag) policy.tags = flags.keepTag.map((t) => t.split(',').map((x) => x.trim()));
  return Object.keys(policy).length > 0 ? policy : null;
}

export async function cleanCommand(
  opts: GlobalOptions,
  flags: CleanFlags,
  say: (text: string) => void,
): Promise<CommandOutput> {
  const fromFlags = policyFromFlags(flags);
  const policy = fromFlags ?? opts.settings.retention;
  const source = fromFlags ? 'from the command line' : opts.settingsFile ? 'from settings' : 'default';
  const now = opts.render.now;
  const plan = await planClean({ backupDir: opts.backupDir, policy, now });
  const planText = renderCleanPlan(plan, describePolicy(policy), source, opts.render);
  const json = (deleted: string[]) => ({
    keep: plan.keep.map((k) => ({ name: k.backup.name, reasons: k.reasons })),
    remove: plan.remove.map((r) => ({ name: r.backup.name })),
    damaged: plan.damaged,
    dangers: plan.dangers,
    dryRun: flags.dryRun ?? false,
    deleted,
  });
  if (flags.dryRun || plan.remove.length === 0) {
    return {
      human: planText + (flags.dryRun && plan.remove.length ? 'Dry run: nothing was deleted.\n' : ''),
      json: json([]),
      exitCode: ExitCode.ok,
    };
  }
  // Deleting every manual backup, or all but the newest, is asked about even with --yes.
  const dangerous = isDangerous(plan.dangers) && !flags.force;
  if (dangerous) {
    if (!opts.interactive) throw new DangerousCleanError(plan.dangers.allManual, plan.dangers.allButNewest);
    if (!opts.json) say(planText);
    if (!(await confirm(`Delete ${plural(plan.remove.length, 'backup')} anyway?`))) {
      return {
        human: 'Cleanup cancelled; nothing was deleted.\n',
        json: { ...json([]), cancelled: true },
        exitCode: ExitCode.usage,
      };
    }
  } else if (!opts.yes) {
    if (!opts.interactive) throw new ConfirmationRequiredError('clean');
    if (!opts.json) say(planText);
    if (!(await confirm(`Delete ${plural(plan.remove.length, 'backup')}?`))) {
      return {
        human: 'Cleanup cancelled; nothing was deleted.\n',
        json: { ...json([]), cancelled: true },
        exitCode: ExitCode.usage,
      };
    }
  }
  const done = await cleanBackups({
    backupDir: opts.backupDir,
    policy,
    now,
    lockTimeoutMs: opts.lockTimeoutMs,
    faults: opts.faults,
    force: isDangerous(plan.dangers),
  });
  return {
    human:
      (opts.yes && !dangerous ? planText : '') +
      renderCleanDone(done.deleted, done.freedBytes, opts.render, done.warnings),
    json: {
      ...json(done.deleted),
      freedBytes: done.freedBytes,
      warnings: done.warnings,
      keep: done.plan.keep.map((k) => ({ name: k.backup.name, reasons: k.reasons })),
      remove: done.plan.remove.map((r) => ({ name: r.backup.name })),
    },
    exitCode: ExitCode.ok,
  };
}

export async function exportCommand(
  opts: GlobalOptions,
  cwd: string,
  name: string,
  flags: { output?: string },
): Promise<CommandOutput> {
  assertValidName(name);
  const output = path.resolve(cwd, flags.output ?? defaultArchiveName(name));
  const result = await stoppableByCtrlC((signal) =>
    withProgress(opts, rawStderr, (onProgress) =>
      exportBackup({ backupDir: opts.backupDir, name, output, signal, onProgress }),
    ),
  );
  return { human: renderExport(name, result, opts.render), json: { name, ...result }, exitCode: ExitCode.ok };
}

export async function importCommand(
  opts: GlobalOptions,
  cwd: string,
  file: string,
  flags: { name?: string; allowInvalid?: boolean },
): Promise<CommandOutput> {
  if (flags.name !== undefined) assertValidName(flags.name);
  const result = await stoppableByCtrlC((signal) =>
    withProgress(opts, rawStderr, (onProgress) =>
      importArchive({
        signal,
        onProgress,
        backupDir: opts.backupDir,
        configDir: opts.configDir,
        settingsFile: opts.settingsPath,
        file: path.resolve(cwd, file),
        settings: opts.settings,
        now: opts.render.now,
        lockTimeoutMs: opts.lockTimeoutMs,
        ...(flags.name !== undefined ? { name: flags.name } : {}),
        allowInvalid: flags.allowInvalid ?? false,
        faults: opts.faults,
      }),
    ),
  );
  return {
    human: renderImport(result, opts.render),
    json: {
      name: result.name,
      path: result.path,
      renamedFrom: result.renamedFrom ?? null,
      files: result.manifest.files.length,
      validation: result.validation.summary,
    },
    exitCode: ExitCode.ok,
  };
}

export async function unlockCommand(opts: GlobalOptions, flags: { force?: boolean }): Promise<CommandOutput> {
  const result = await unlockStore({ backupDir: opts.backupDir, force: flags.force ?? false });
  const json = result.removed
    ? {
        removed: true,
        forced: result.forced,
        holder: result.lock.holder,
        reason: result.lock.reason,
        refreshedSecondsAgo: Math.round(result.lock.ageMs / 1000),
        warnings: result.warnings,
      }
    : { removed: false };
  return { human: renderUnlock(result, opts.render), json, exitCode: ExitCode.ok };
}

function kebab(flag: string): string {
  return flag.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
