import { createBackup } from '../core/create/create.js';
import { stoppableByCtrlC } from './interrupt.js';
import { rawStderr, withProgress } from './progress.js';
import { validateBackup } from '../core/inspect/backup-files.js';
import { loadManifest } from '../core/store/store.js';
import { readAgentDefinitions } from '../core/agents/index.js';
import { validateConfig } from '../core/validate/index.js';
import { verifyBackups } from '../core/inspect/verify.js';
import { assertValidName } from '../core/store/names.js';
import { ExitCode } from '../errors/index.js';
import { renderCreate, renderList, renderShow, renderValidation, renderVerify } from '../render/text.js';
import type { GlobalOptions } from './options.js';
import { parseLimit } from './limit.js';

/** What a command produced: the edge prints `human` or `json` and exits with `exitCode`. */
export interface CommandOutput {
  human: string;
  /** Raw bytes for stdout instead of `human` (`cat`): written as they are, never re-encoded. */
  bytes?: Uint8Array;
  json: unknown;
  exitCode: ExitCode;
}

export interface CreateFlags {
  message?: string;
  tag?: string[];
  skipIfUnchanged?: boolean;
  allowInvalid?: boolean;
}

export async function createCommand(
  opts: GlobalOptions,
  name: string | undefined,
  flags: CreateFlags,
): Promise<CommandOutput> {
  const result = await stoppableByCtrlC((signal) =>
    withProgress(opts, rawStderr, (onProgress) =>
      createBackup({
        signal,
        onProgress,
        configDir: opts.configDir,
        backupDir: opts.backupDir,
        settings: opts.settings,
        settingsFile: opts.settingsPath,
        lockTimeoutMs: opts.lockTimeoutMs,
        trigger: 'manual',
        ...(name !== undefined ? { name } : {}),
        ...(flags.message !== undefined ? { description: flags.message } : {}),
        ...(flags.tag ? { tags: flags.tag } : {}),
        skipIfUnchanged: flags.skipIfUnchanged ?? false,
        allowInvalid: flags.allowInvalid ?? false,
        faults: opts.faults,
      }),
    ),
  );
  const m = result.manifest;
  return {
    human: renderCreate(result, opts.render),
    json: {
      created: result.created,
      ...(result.created ? {} : { unchangedSince: result.unchangedSince }),
      name: m.name,
      path: result.path,
      files: m.files.map((f) => ({ path: f.path, size: f.size, sha256: f.sha256 })),
      totalSize: m.totalSize,
      configVersion: m.configVersion,
      checksum: m.checksum,
      compressed: m.compression === 'gzip',
      skipped: result.skipped,
      validation: result.validation.summary,
      warnings: result.created ? result.warnings : [],
    },
    exitCode: ExitCode.ok,
  };
}

export async function listCommand(opts: GlobalOptions, flags: { limit?: string } = {}): Promise<CommandOutput> {
  const limit = parseLimit(flags.limit);
  // Loaded here, not with this module: list names changes through the diff code (jsondiffpatch,
  // diff), which `create` and the other commands here never use.
  const { listBackups } = await import('../core/inspect/list.js');
  // Changes are named entity by entity only on the lines shown: a diff per backup is not free.
  const all = await listBackups({
    backupDir: opts.backupDir,
    configDir: opts.configDir,
    settings: opts.settings,
    ...(limit === undefined ? {} : { namedChanges: limit }),
  });
  // Storage and damage still cover the whole store: --limit only shortens the list of backups.
  const result = limit === undefined ? all : { ...all, backups: all.backups.slice(0, limit) };
  const hidden = all.backups.length - result.backups.length;
  return {
    human:
      renderList(result, opts.settings.retention, opts.render) +
      (hidden > 0 ? `(${hidden} older backup${hidden === 1 ? '' : 's'} not shown; --limit ${limit})\n` : ''),
    json: {
      total: all.backups.length,
      backups: result.backups.map((b) => ({
        name: b.name,
        createdAt: b.createdAt,
        totalSize: b.totalSize,
        fileCount: b.fileCount,
        description: b.description,
        configVersion: b.configVersion,
        trigger: b.trigger,
        tags: b.tags,
        compressed: b.compressed,
        storedSize: b.storedSize,
        ...(b.comparison
          ? {
              compatible: b.comparison.compatible,
              compatibilityProblems: b.comparison.reasons,
              differences: b.comparison.difference,
              formattingOnly: b.comparison.formattingOnly,
              differenceSummary: b.comparison.summary,
            }
          : {}),
      })),
      damaged: result.damaged,
      storage: result.storage,
      retention: opts.settings.retention,
    },
    exitCode: ExitCode.ok,
  };
}

export async function showCommand(opts: GlobalOptions, name: string): Promise<CommandOutput> {
  assertValidName(name);
  const loaded = await loadManifest(opts.backupDir, name);
  return {
    human: renderShow(loaded, opts.render),
    json: { name, path: loaded.dir, manifest: loaded.manifest ?? null, problems: loaded.problems },
    exitCode: loaded.problems.length === 0 ? ExitCode.ok : ExitCode.failed,
  };
}

export async function verifyCommand(opts: GlobalOptions, names: string[]): Promise<CommandOutput> {
  for (const name of names) assertValidName(name);
  const results = await withProgress(opts, rawStderr, (onProgress) =>
    verifyBackups(opts.backupDir, names, { record: true, onProgress }),
  );
  return {
    human: renderVerify(results, opts.render),
    json: { results: results.map((r) => ({ name: r.name, ok: r.ok, problems: r.problems })) },
    exitCode: results.every((r) => r.ok) ? ExitCode.ok : ExitCode.failed,
  };
}

export async function validateCommand(
  opts: GlobalOptions,
  flags: { backup?: string; strict?: boolean },
): Promise<CommandOutput> {
  let report;
  let source: string;
  if (flags.backup !== undefined) {
    assertValidName(flags.backup);
    report = await validateBackup(opts.backupDir, flags.backup, opts.settings);
    source = `Backup: ${flags.backup}`;
  } else {
    const agents = await readAgentDefinitions({ configDir: opts.configDir, agentsDir: opts.settings.agentsDir });
    report = await validateConfig({
      configDir: opts.configDir,
      backupDir: opts.backupDir,
      settings: opts.settings,
      agents,
    });
    source = `Config: ${opts.render.displayPath(opts.configDir)}`;
  }
  const failed = report.summary.errors > 0 || (flags.strict === true && report.summary.warnings > 0);
  return {
    human: renderValidation(report, source, opts.render),
    json: report,
    exitCode: failed ? ExitCode.failed : ExitCode.ok,
  };
}
