// The npm package as a consumer gets it: `npm pack` of the built tree, unpacked into a fresh
// project. What bin, the hook and the library load must be in it; nothing else should be.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runProcess } from './helpers/sandbox.js';

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};
let work: string;
let installed: string;
let packed: string[];

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'orch-backup-pack-'));
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [info] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
  packed = (info?.files ?? []).map((f) => f.path);
  installed = path.join(work, 'consumer/node_modules/orchestration-backup');
  await mkdir(installed, { recursive: true });
  execFileSync('tar', ['-xzf', path.join(work, info?.filename ?? ''), '-C', installed, '--strip-components=1']);
}, 120_000);
afterAll(async () => rm(work, { recursive: true, force: true }));

/** The bare specifiers (`ajv`, `@scope/name`) the shipped lib/ files import, found from lib/index.js. */
function runtimeImports(entry: string): Set<string> {
  const seen = new Set<string>();
  const bare = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    // TypeScript's own scanner: static imports, re-exports and import() calls, nothing else.
    for (const { fileName: spec } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec));
      else if (!spec.startsWith('node:'))
        bare.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] as string));
    }
  };
  visit(entry);
  return bare;
}

describe('the packed npm package', () => {
  it('ships the CLI and hook bundles, the library, no Action bundle, no source maps, no edges the library does not load', () => {
    expect(packed).toEqual(
      expect.arrayContaining([
        'bin/orch-backup.js',
        'bin/orch-backup-claude-hook.js',
        'dist/cli/index.js',
        'dist/hook/index.js',
        'dist/claude-hook/index.js',
        'hooks/pre-commit',
        'lib/index.js',
        'lib/index.d.ts',
      ]),
    );
    expect(packed.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(
      packed.filter((f) => /^dist\/[^/]+$/.test(f) || /^lib\/(cli|action|hook|render)\//.test(f) || f === 'action.yml'),
    ).toEqual([]);
    // The bundles keep the comments of third-party modules (ajv's own); what this project compiles points nowhere.
    for (const file of packed.filter((f) => f.startsWith('lib/') && f.endsWith('.js')))
      expect(readFileSync(path.join(installed, file), 'utf8'), file).not.toMatch(/sourceMappingURL/);
  });

  it('declares every package the library imports at run time as a dependency, and nothing only the bundles need', () => {
    const imports = runtimeImports(path.join(installed, 'lib/index.js'));
    expect([...imports].filter((name) => !(name in pkg.dependencies))).toEqual([]);
    // husky is run by `hook install` from the CLI bundle (it sets up git's hooksPath).
    expect(Object.keys(pkg.dependencies).filter((name) => !imports.has(name) && name !== 'husky')).toEqual([]);
    expect(Object.keys(pkg.dependencies).filter((name) => name.startsWith('@actions/'))).toEqual([]);
  });

  it('the bins run from the package with none of its dependencies installed', async () => {
    // Nothing beside the unpacked package: whatever bin loads must be inside it.
    const result = await runProcess(process.execPath, [path.join(installed, 'bin/orch-backup.js'), '--version'], {
      cwd: work,
    });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    // The Claude Code hook with an edit of no config file: it answers and exits 0.
    const claude = await runProcess(process.execPath, [path.join(installed, 'bin/orch-backup-claude-hook.js')], {
      cwd: work,
      input: JSON.stringify({
        hook_event_name: 'PreToolUse',
        tool_name: 'Write',
        cwd: work,
        tool_input: { file_path: path.join(work, 'README.md'), content: 'x' },
      }),
    });
    expect(claude.stderr).toBe('');
    expect(claude.code).toBe(0);
  });

  it('typechecks a consumer project against the packed types', async () => {
    const consumer = path.join(work, 'consumer');
    await symlink(path.join(ROOT, 'node_modules/@types'), path.join(consumer, 'node_modules/@types'), 'dir');
    await writeFile(
      path.join(consumer, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
    );
    await writeFile(
      path.join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          types: ['node'],
        },
        include: ['index.ts'],
      }),
    );
    await writeFile(
      path.join(consumer, 'index.ts'),
      [
        "import { createBackup, diffSnapshots, listBackups, planRetention, validateConfig, OrchBackupError, type DiffResult, type ValidationReport } from 'orchestration-backup';",
        "const report: ValidationReport = await validateConfig({ configDir: '.claude/orchestration', backupDir: '.claude/orchestration/.backups' });",
        'const errors: number = report.summary.errors;',
        "const made = await createBackup({ configDir: '.claude/orchestration', backupDir: '.claude/orchestration/.backups' });",
        "const listed = await listBackups({ configDir: '.claude/orchestration', backupDir: '.claude/orchestration/.backups' });",
        'const diff: DiffResult = diffSnapshots([], []);',
        "const plan = planRetention([{ name: 'a', createdAt: '2024-01-01T00:00:00Z' }], { last: 1 });",
        'export const used = [errors, made, listed, diff.files.length, plan.keep.length, OrchBackupError.name];',
        '',
      ].join('\n'),
    );
    const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
    const good = await runProcess(process.execPath, [tsc, '-p', consumer], { cwd: consumer, timeoutMs: 170_000 });
    expect(good.stdout + good.stderr).toBe('');
    expect(good.code).toBe(0);

    // The check can fail: a wrong type is reported against the packed declarations.
    await writeFile(
      path.join(consumer, 'index.ts'),
      "import { validateConfig } from 'orchestration-backup';\nconst n: number = await validateConfig({ configDir: '.', backupDir: './.backups' });\nexport { n };\n",
    );
    // The declarations were checked above; skipping them here halves the run.
    const bad = await runProcess(process.execPath, [tsc, '-p', consumer, '--skipLibCheck'], {
      cwd: consumer,
      timeoutMs: 170_000,
    });
    expect(bad.code).not.toBe(0);
    expect(bad.stdout).toMatch(/index\.ts\(2,7\): error TS2322/);
  }, 400_000);

  it('unpacks without the files only the repository needs', () => {
    expect(existsSync(path.join(installed, 'src'))).toBe(false);
    expect(readdirSync(path.join(installed, 'dist')).sort()).toEqual(['claude-hook', 'cli', 'hook']);
  });
});
