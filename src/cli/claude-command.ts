import path from 'node:path';
import { installClaude, uninstallClaude, type ClaudeInstallReport, type Scope } from '../core/claude/install.js';
import { ExitCode, UsageError } from '../errors/index.js';
import type { CommandOutput } from './commands.js';
import type { GlobalOptions } from './options.js';

export function parseScope(value: string | undefined): Scope {
  if (value === undefined || value === 'project' || value === 'local') return value ?? 'project';
  throw new UsageError(
    `--scope must be "project" (.claude/settings.json, committed) or "local" (.claude/settings.local.json), got ${JSON.stringify(value)}`,
  );
}

export async function claudeInstallCommand(
  opts: GlobalOptions,
  cwd: string,
  flags: { scope?: string },
): Promise<CommandOutput> {
  const report = await installClaude({
    projectDir: cwd,
    scope: parseScope(flags.scope),
    configDir: opts.configDir,
    backupDir: opts.backupDir,
  });
  return { human: render(report, cwd, 'installed', 'already installed'), json: report, exitCode: ExitCode.ok };
}

export async function claudeUninstallCommand(
  _opts: GlobalOptions,
  cwd: string,
  flags: { scope?: string },
): Promise<CommandOutput> {
  const report = await uninstallClaude({ projectDir: cwd, scope: parseScope(flags.scope) });
  return { human: render(report, cwd, 'removed', 'not installed'), json: report, exitCode: ExitCode.ok };
}

function render(report: ClaudeInstallReport, cwd: string, done: string, nothing: string): string {
  const where = path.relative(cwd, report.settingsFile);
  const lines = report.changes.length
    ? [`🪝 orch-backup Claude Code hooks ${done} (${where}):`, ...report.changes.map((c) => `  - ${c}`)]
    : [`🪝 orch-backup Claude Code hooks ${nothing} (${where}); nothing changed.`];
  for (const note of report.notes) lines.push(`  ⚠️  ${note}`);
  return `${lines.join('\n')}\n`;
}
