import { Command, CommanderError, Option } from 'commander';
import { ExitCode, OrchBackupError, UsageError, describeError, remedyFor } from '../errors/index.js';
import { CLI_REMEDIES } from './remedy.js';
import { TOOL_VERSION } from '../version.js';
import { existsSync } from 'node:fs';
import type { CommandOutput } from './commands.js';
import {
  requireConfigDir,
  resolveGlobalOptions,
  type Environment,
  type GlobalFlags,
  type GlobalOptions,
} from './options.js';
import type { RecoverFlags, RestoreFlags } from './restore-command.js';
import type { CleanFlags } from './store-commands.js';
import { journalPath } from '../core/restore/journal-path.js';
import { terminalSafe } from '../render/terminal.js';

// Command modules are imported when their command runs: the hook and every `create` pay
// Node's start-up on each call, and loading tar or jsondiffpatch for a `list` is waste.
const commands = () => import('./commands.js');
const restoreCommands = () => import('./restore-command.js');
const hookCommands = () => import('./hook-command.js');
const storeCommands = () => import('./store-commands.js');
const diffCommands = () => import('./diff-command.js');
const claudeCommands = () => import('./claude-command.js');
const judgeCommands = () => import('./judge-command.js');
const verbCommands = () => import('./verb-commands.js');

/** list, verify, restore, diff and clean: run where no config dir is, they fail (exit 2) rather than report an empty store. */
const READS_CONFIG = { configDir: true };

export interface Io extends Environment {
  stdout: (text: string | Uint8Array) => void;
  stderr: (text: string) => void;
}

/** Runs the CLI and returns its exit code; the bin script is the only caller of process.exit. */
export async function run(argv: string[], rawIo: Io): Promise<number> {
  // Everything printed passes one gate: control characters from content become visible escapes.
  // `cat` prints stored bytes as they are (like cat and git show): only text output is escaped.
  const io: Io = {
    ...rawIo,
    stdout: (text) => rawIo.stdout(typeof text === 'string' ? terminalSafe(text) : text),
    stderr: (text) => rawIo.stderr(terminalSafe(text)),
  };
  let wantsJson = argv.includes('--json');
  const program = new Command('orch-backup')
    .description(
      'Back up, validate, compare and restore multi-agent orchestration configs (.claude/orchestration/*.json).',
    )
    .version(TOOL_VERSION, '-V, --version')
    .option(
      '-c, --config-dir <dir>',
      'config directory [env ORCH_BACKUP_CONFIG_DIR] (default: the first .claude/orchestration in the current directory or a parent, up to the repository root)',
    )
    .option('-b, --backup-dir <dir>', 'backup directory [env ORCH_BACKUP_DIR] (default: <config-dir>/.backups)')
    .option(
      '--settings <file>',
      'tool settings file [env ORCH_BACKUP_SETTINGS] (default: <config-dir>/.orch-backup.json)',
    )
    .option('--json', 'machine-readable output on stdout; errors as JSON on stderr')
    .option('-y, --yes', 'do not ask for confirmation')
    .option('-q, --quiet', 'print nothing on success')
    .option(
      '--lock-timeout <seconds>',
      'how long to wait for a busy store [env ORCH_BACKUP_LOCK_TIMEOUT] (default: 10)',
    )
    .exitOverride()
    // Commander's own error lines are replaced by ours (one line, or JSON with --json).
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined });

  let output: CommandOutput | undefined;
  /**
   * `writes`: a command that changes the config or the store refuses to run over a restore that
   * is stuck halfway; one that only reads warns and runs. `recover` does its own recovery.
   */
  const action =
    <A extends unknown[]>(
      handler: (opts: GlobalOptions, ...args: A) => Promise<CommandOutput>,
      kind: 'reads' | 'writes' | 'recover' = 'reads',
      needs: { configDir?: boolean } = {},
    ) =>
    async (...args: unknown[]): Promise<void> => {
      const command = args[args.length - 1] as Command;
      const flags = command.optsWithGlobals<GlobalFlags>();
      wantsJson = flags.json ?? false;
      const opts = await resolveGlobalOptions(flags, io);
      if (needs.configDir) requireConfigDir(opts);
      // `unlock` must not wait for the very lock it is asked to remove; `recover` does its own recovery.
      if (kind !== 'recover' && existsSync(journalPath(opts.backupDir)))
        await recoverFirst(opts, kind === 'writes', io);
      output = await handler(opts, ...(args.slice(0, -1) as A));
      if (opts.json) io.stdout(`${JSON.stringify(output.json, null, 2)}\n`);
      else if (output.bytes) io.stdout(output.bytes);
      else if (!opts.quiet || output.exitCode !== ExitCode.ok) io.stdout(output.human);
    };

  program
    .command('create')
    .description('snapshot the config into a new, verified backup')
    .argument('[name]', 'backup name (default: backup-YYYYMMDD-HHMMSS, UTC)')
    .option('-m, --message <text>', 'why this backup was made')
    .addOption(
      new Option('-t, --tag <tag>', 'tag the backup (repeatable)').argParser(
        (value: string, previous: string[] = []) => [...previous, value],
      ),
    )
    .option('--skip-if-unchanged', 'make no backup when nothing changed since the newest one')
    .option('--allow-invalid', 'back up files that are not valid JSON instead of refusing')
    .action(
      action(
        async (opts, name: string | undefined, flags: Record<string, unknown>) =>
          (await commands()).createCommand(opts, name, flags),
        'writes',
      ),
    );

  program
    .command('list')
    .description('list backups, newest first, compared with the current config')
    .option('-n, --limit <n>', 'show only the n newest backups')
    .action(
      action(
        async (opts, flags: { limit?: string }) => (await commands()).listCommand(opts, flags),
        'reads',
        READS_CONFIG,
      ),
    );

  program
    .command('show')
    .description("show one backup's manifest")
    .argument('<name>', 'backup name')
    .action(action(async (opts, name: string) => (await commands()).showCommand(opts, name)));

  program
    .command('cat')
    .description('print the stored bytes of one file of a backup, checksum-verified (like restic dump)')
    .argument('<name>', 'backup name')
    .argument('<path>', 'file path relative to the config dir, as `show` lists it')
    .action(
      action(async (opts, name: string, filePath: string) => (await verbCommands()).catCommand(opts, name, filePath)),
    );

  program
    .command('history')
    .description('the operations recorded in the store (history.jsonl), newest first')
    .option('-n, --limit <n>', 'show at most n entries')
    .action(action(async (opts, flags: { limit?: string }) => (await verbCommands()).historyCommand(opts, flags)));

  program
    .command('tag')
    .description("add or remove tags of a backup (its manifest is re-sealed; tag 'keep' protects it from clean)")
    .argument('<name>', 'backup name')
    .addOption(
      new Option('--add <tag>', 'add this tag (repeatable)').argParser((value: string, previous: string[] = []) => [
        ...previous,
        value,
      ]),
    )
    .addOption(
      new Option('--remove <tag>', 'remove this tag (repeatable)').argParser(
        (value: string, previous: string[] = []) => [...previous, value],
      ),
    )
    .action(
      action(
        async (opts, name: string, flags: { add?: string[]; remove?: string[] }) =>
          (await verbCommands()).tagCommand(opts, name, flags),
        'writes',
      ),
    );

  program
    .command('verify')
    .description('recompute every checksum; exit 1 if any backup is damaged')
    .argument('[names...]', 'backups to verify (default: all)')
    .action(
      action(async (opts, names: string[]) => (await commands()).verifyCommand(opts, names), 'reads', READS_CONFIG),
    );

  program
    .command('validate')
    .description(
      'validate the current config, or a backup with --backup; judge the change since a backup or git revision with --since',
    )
    .option('--backup <name>', "validate a backup's content instead")
    .option(
      '--since <ref>',
      'judge the change from a backup or git revision to the current config: exit 1 only when it introduces an error',
    )
    .option('--strict', 'exit 1 on warnings too (with --since: on new warnings)')
    .option('--fix', 'with --since: rewrite references that renames left behind to the new ids, after a safety backup')
    .option('--dry-run', 'with --fix: show the RFC 6902 patch and the lines, change nothing')
    .action(
      action(
        async (opts, flags: { backup?: string; strict?: boolean; since?: string; fix?: boolean; dryRun?: boolean }) => {
          if (flags.since === undefined) {
            if (flags.fix || flags.dryRun)
              throw new UsageError('--fix needs --since REF: the version the renames are measured from');
            return (await commands()).validateCommand(opts, flags);
          }
          if (flags.backup !== undefined)
            throw new UsageError(
              '--since and --backup do not go together: --since judges the current config against REF',
            );
          return (await judgeCommands()).validateSinceCommand(
            opts,
            io.cwd,
            { ...flags, since: flags.since },
            io.stderr,
          );
        },
      ),
    );

  program
    .command('restore')
    .description('restore a backup: plan, confirm, safety backup, journaled apply, validation with rollback')
    .argument('<name>', 'backup to restore')
    .argument(
      '[paths...]',
      'restore only these files (relative to the config dir; folders and globs too); no other file is touched',
    )
    .option('--dry-run', 'show the plan and change nothing')
    .option('--keep-extra', 'keep config files the backup does not have (default: remove them)')
    .option('--force', "restore even if the backup's content does not validate, and keep it if validation fails")
    .action(
      action(
        async (opts, name: string, paths: string[], flags: RestoreFlags) =>
          (await restoreCommands()).restoreCommand(opts, name, { ...flags, paths }, io.stderr),
        'writes',
        READS_CONFIG,
      ),
    );

  program
    .command('diff')
    .description('semantic diff between two backups, or a backup and the current config, with RFC 6902 patches')
    .argument('<a>', 'backup, or @current for the current config ("current" too, unless a backup has that name)')
    .argument('[b]', 'backup, or @current (default)')
    .option('--patch', 'print only the RFC 6902 migration patches (JSON), per file')
    .option('--exit-code', 'exit 1 when the two sides differ, 0 when identical (like git diff)')
    .option('--show-secrets', 'with --patch: real secret values instead of ••• (a patch to apply; never into a log)')
    .action(
      action(
        async (opts, a: string, b: string, flags: { patch?: boolean; exitCode?: boolean; showSecrets?: boolean }) =>
          (await diffCommands()).diffCommand(opts, a, b, flags, io.stderr),
        'reads',
        READS_CONFIG,
      ),
    );

  program
    .command('recover')
    .description('end a restore that was interrupted: by default as any command would; or choose')
    .option('--rollback', 'put the config back as it was before the restore')
    .option('--finish', 'complete the restore')
    .action(
      action(async (opts, flags: RecoverFlags) => (await restoreCommands()).recoverCommand(opts, flags), 'recover'),
    );

  const repeatable = (value: string, previous: string[] = []): string[] => [...previous, value];
  program
    .command('clean')
    .description("delete old backups by a restic-compatible retention policy (default: the settings' policy)")
    .option('--keep-last <n>', 'keep the n newest backups (-1: all)')
    .option('--keep-hourly <n>', 'keep the newest backup of each of the last n hours with backups')
    .option('--keep-daily <n>', 'same, per day')
    .option('--keep-weekly <n>', 'same, per ISO week')
    .option('--keep-monthly <n>', 'same, per month')
    .option('--keep-yearly <n>', 'same, per year')
    .option('--keep-within <duration>', 'keep all backups within this long of the newest (e.g. 7d, 1y2m3d3h)')
    .option('--keep-within-hourly <duration>', 'keep hourly backups within this long of the newest')
    .option('--keep-within-daily <duration>', 'keep daily backups within this long')
    .option('--keep-within-weekly <duration>', 'keep weekly backups within this long')
    .option('--keep-within-monthly <duration>', 'keep monthly backups within this long')
    .option('--keep-within-yearly <duration>', 'keep yearly backups within this long')
    .addOption(
      new Option('--keep-tag <tags>', 'keep backups having all these tags (comma-separated; repeatable)').argParser(
        repeatable,
      ),
    )
    .option('--dry-run', 'show what would be deleted and delete nothing')
    .option(
      '--force',
      'delete even when the policy removes every manual backup or all but the newest (asked otherwise, even with --yes)',
    )
    .action(
      action(
        async (opts, flags: CleanFlags) => (await storeCommands()).cleanCommand(opts, flags, io.stderr),
        'writes',
        READS_CONFIG,
      ),
    );

  program
    .command('export')
    .description('write a backup as a deterministic .tar.gz (readable by GNU tar and bsdtar)')
    .argument('<name>', 'backup to export')
    .option('-o, --output <file>', 'archive to write (default: <name>.tar.gz); never overwritten')
    .action(
      action(async (opts, name: string, flags: { output?: string }) =>
        (await storeCommands()).exportCommand(opts, io.cwd, name, flags),
      ),
    );

  program
    .command('import')
    .description('add a backup from an export or a tar.gz of a backup directory, after verifying and validating it')
    .argument('<file>', '.tar.gz to import')
    .option('--name <name>', "import under this name (the archive's name is taken)")
    .option(
      '--allow-invalid',
      'import files that are not valid JSON instead of refusing (as create --allow-invalid stored them)',
    )
    .action(
      action(
        async (opts, file: string, flags: { name?: string; allowInvalid?: boolean }) =>
          (await storeCommands()).importCommand(opts, io.cwd, file, flags),
        'writes',
      ),
    );

  program
    .command('completion')
    .description('print a shell completion script (bash, zsh or fish), generated from these commands')
    .argument('<shell>', 'bash, zsh or fish')
    .action(
      action(async (opts, shell: string) => {
        const { completionScript } = await import('./completion.js');
        const script = completionScript(shell, program);
        return { human: script, json: { shell, script }, exitCode: 0 };
      }),
    );

  program
    .command('unlock')
    .description('remove the store lock a vanished process left, after saying whose it was')
    .option('--force', 'remove it even if its holder may still be running')
    .action(
      action(async (opts, flags: { force?: boolean }) => (await storeCommands()).unlockCommand(opts, flags), 'recover'),
    );

  const hook = program.command('hook').description('the pre-commit hook: install it with husky, or run it');
  hook
    .command('install')
    .description('wire hooks/pre-commit into husky (v9) in this repository; idempotent')
    .action(action(async (opts) => (await hookCommands()).hookInstallCommand(opts, io.cwd)));
  hook
    .command('uninstall')
    .description('remove exactly what install added')
    .action(action(async (opts) => (await hookCommands()).hookUninstallCommand(opts, io.cwd)));
  hook
    .command('run')
    .description('what the hook runs when configs are staged: validate them, back up HEAD')
    .action(action(async (opts) => (await hookCommands()).hookRunCommand(opts, io.cwd, io.stderr), 'writes'));

  const claude = program
    .command('claude')
    .description('Claude Code: back up before Claude edits the config, and tell it when an edit breaks something');
  claude
    .command('install')
    .description('add the PreToolUse/PostToolUse hooks and the /config-backup slash command to .claude/; idempotent')
    .option(
      '--scope <scope>',
      'project (.claude/settings.json, committed) or local (.claude/settings.local.json)',
      'project',
    )
    .action(
      action(async (opts, flags: { scope?: string }) =>
        (await claudeCommands()).claudeInstallCommand(opts, io.cwd, flags),
      ),
    );
  claude
    .command('uninstall')
    .description('remove exactly what install added')
    .option('--scope <scope>', 'project or local', 'project')
    .action(
      action(async (opts, flags: { scope?: string }) =>
        (await claudeCommands()).claudeUninstallCommand(opts, io.cwd, flags),
      ),
    );
  claude
    .command('slash')
    .description(
      'what the /config-backup slash command runs: restore and clean show their plan unless --confirm is given',
    )
    .argument('[args...]', 'create|list|restore|diff|validate|clean [backup-name] [options]')
    .allowUnknownOption()
    .helpOption(false)
    .action(async (args: string[]) => {
      const { slashPlan } = await import('../core/claude/slash.js');
      const plan = slashPlan(args);
      const code = await run(
        [...argv.slice(0, argv.indexOf('claude')).filter((a) => a !== '--json'), ...plan.argv],
        io,
      );
      if (plan.note && code === ExitCode.ok) io.stdout(`\n${plan.note}\n`);
      output = { human: '', json: null, exitCode: code as ExitCode };
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return output?.exitCode ?? ExitCode.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version')
        return ExitCode.ok;
      if (error.code === 'commander.help') return ExitCode.usage;
      return report(
        new UsageError(`${error.message.replace(/^error: /, '')} (see: orch-backup --help)`),
        wantsJson,
        io,
      );
    }
    return report(error, wantsJson, io);
  }
}

/** Ends an interrupted restore before the command runs; a stuck one stops only commands that write. */
async function recoverFirst(opts: GlobalOptions, writes: boolean, io: Io): Promise<void> {
  const [{ recoverInterruptedRestore }, { renderRecovery }] = await Promise.all([
    import('../core/restore/recover.js'),
    import('../render/restore.js'),
  ]);
  try {
    const recovery = await recoverInterruptedRestore({
      backupDir: opts.backupDir,
      lockTimeoutMs: opts.lockTimeoutMs,
      faults: opts.faults,
    });
    if (recovery) io.stderr(renderRecovery(recovery));
  } catch (error) {
    const stuck =
      error instanceof OrchBackupError &&
      ['RESTORE_INTERRUPTED', 'RESTORE_INTERRUPTED_OTHER_USER', 'RESTORE_OBSTACLE'].includes(error.code);
    if (writes || !stuck) throw error;
    io.stderr(`orch-backup: warning: ${error.message}\n`);
  }
}

async function report(error: unknown, json: boolean, io: Io): Promise<number> {
  // Loaded only on failure: a successful command does not pay for it at start-up.
  const { redact, redactString } = await import('../core/diff/redact.js');
  const known = error instanceof OrchBackupError ? error : undefined;
  const code = known?.code ?? 'INTERNAL';
  // describeError masks credentials; anything else is masked here the same way.
  const message = oneLine(
    known ? describeError(known, CLI_REMEDIES) : redactString(error instanceof Error ? error.message : String(error)),
  );
  const remedy = known && remedyFor(known, CLI_REMEDIES);
  // The error's data fields follow, so scripts need not parse the message.
  if (json)
    io.stderr(
      `${JSON.stringify({ error: { code, message, ...(remedy ? { remedy } : {}), ...(redact(known?.data() ?? {}) as object) } })}\n`,
    );
  else io.stderr(`orch-backup: ${message}\n`);
  if (!known && io.env.ORCH_BACKUP_DEBUG && error instanceof Error) io.stderr(`${error.stack}\n`);
  return known?.exitCode ?? ExitCode.failed;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
