import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { installHook, uninstallHook } from '../core/hook/install.js';
import { ExitCode } from '../errors/index.js';
import type { CommandOutput } from './commands.js';
import type { GlobalOptions } from './options.js';

export { hookRunCommand } from './hook-run.js';

export async function hookInstallCommand(opts: GlobalOptions, cwd: string): Promise<CommandOutput> {
  // A config dir found by the search or named is the hook's; nothing found means the default
  // under the repository root (install resolves it there), not under the cwd.
  const source = opts.configSource;
  const configDir = source.kind !== 'search' || source.search.found ? opts.configDir : undefined;
  const report = await installHook({
    cwd,
    // String(): bundlers leave this alone (no asset copy); from dist/cli as from lib/cli it is the package's hooks/pre-commit.
    hookScript: fileURLToPath(new URL('../../hooks/pre-commit', String(import.meta.url))),
    ...(configDir !== undefined ? { configDir } : {}),
    ...(opts.backupDirGiven || configDir !== undefined ? { backupDir: opts.backupDir } : {}),
    setUpHusky: runHusky,
  });
  const runs =
    report.runs === 'path'
      ? "  The hook runs `orch-backup` from PATH (the package is not in this repository's node_modules): every machine that commits needs it installed (npm install -g orchestration-backup).\n"
      : '';
  const human = report.changes.length
    ? `🪝 orch-backup pre-commit hook installed in ${report.root}:\n${report.changes.map((c) => `  - ${c}`).join('\n')}\n${runs}`
    : `🪝 orch-backup pre-commit hook already installed in ${report.root}; nothing changed.\n`;
  return { human, json: report, exitCode: ExitCode.ok };
}

export async function hookUninstallCommand(_opts: GlobalOptions, cwd: string): Promise<CommandOutput> {
  const report = await uninstallHook({ cwd });
  const human = report.changes.length
    ? `orch-backup pre-commit hook removed:\n${report.changes.map((c) => `  - ${c}`).join('\n')}\n`
    : 'orch-backup pre-commit hook was not installed; nothing changed.\n';
  return { human, json: report, exitCode: ExitCode.ok };
}

/** Runs husky's own setup (its bin, in the repo root) rather than imitating it. */
function runHusky(root: string): Promise<void> {
  // createRequire rather than import.meta.resolve: dist/cli is CommonJS, where only import.meta.url is rewritten.
  const huskyBin = path.join(path.dirname(createRequire(String(import.meta.url)).resolve('husky')), 'bin.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [huskyBin], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 && out.trim() === ''
        ? resolve()
        : reject(new Error(`husky setup failed: ${out.trim() || `exit ${code}`}`)),
    );
  });
}
