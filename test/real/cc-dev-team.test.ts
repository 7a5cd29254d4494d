// The CLI on a real configuration (dylan-gluck/cc-dev-team, two commits; see its SOURCE.md),
// kept outside the repository. Not part of `npm test`: run with `npm run test:real`.
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, runCli, runProcess, sandbox, type Sandbox } from '../helpers/sandbox.js';

const REAL = path.resolve(process.env.ORCH_BACKUP_REAL_FIXTURES ?? path.join(ROOT, '../shared/fixtures/cc-dev-team'));

let box: Sandbox;
afterEach(async () => box?.cleanup());

describe('the real cc-dev-team configuration', () => {
  it('is there (this layer is run only where it is)', () => {
    expect(existsSync(path.join(REAL, 'v1/teams.json')), REAL).toBe(true);
  });

  it('validate on v2 warns about the workflow agents teams.json no longer defines', async () => {
    box = await sandbox(path.join(REAL, 'v2'));
    const result = await runCli(['-c', box.configDir, 'validate']);
    expect(result.code).toBe(0);
    for (const agent of ['fullstack-eng', 'ux-eng', 'test-engineer', 'qa-engineer', 'doc-writer']) {
      expect(result.stdout).toMatch(
        new RegExp(`workflows\\.json:\\d+:\\d+ {2}Agent '${agent}' is not defined in teams\\.json`),
      );
    }
    expect(result.stdout).toMatch(/Overall Status: ⚠️ NEEDS ATTENTION\n$/);
  });

  it('with their agent files: what Claude Code cannot load, and which references stay unknown', async () => {
    const unknownAndMissing = async (version: 'v1' | 'v2') => {
      box = await sandbox(path.join(REAL, version));
      await mkdir(path.join(box.dir, '.claude/agents'));
      for (const name of (await readFile(path.join(REAL, `agents-${version}.txt`), 'utf8'))
        .split('\n')
        .filter(Boolean)) {
        await writeFile(
          path.join(box.dir, '.claude/agents', `${name}.md`),
          `---\nname: ${name}\ndescription: ${name}\n---\n`,
        );
      }
      const report = JSON.parse((await runCli(['-c', box.configDir, '--json', 'validate'])).stdout) as {
        diagnostics: { code: string; subject?: string }[];
        summary: { errors: number };
      };
      await box.cleanup();
      const subjects = (code: string) =>
        [...new Set(report.diagnostics.filter((d) => d.code === code).map((d) => d.subject))].sort();
      return {
        unknown: subjects('unknown-agent'),
        missing: subjects('missing-agent-file'),
        errors: report.summary.errors,
      };
    };
    const v2 = await unknownAndMissing('v2');
    expect(v2.unknown).not.toContain('engineering-manager');
    expect(v2.unknown).toEqual([
      'api-engineer',
      'devops-lead',
      'doc-writer',
      'fullstack-eng',
      'infrastructure-engineer',
      'qa-engineer',
      'qa-lead',
      'tech-lead',
      'test-engineer',
      'ux-eng',
      'ux-lead',
    ]);
    expect(v2).toMatchObject({ missing: [], errors: 0 });
    const v1 = await unknownAndMissing('v1');
    expect(v1.unknown).toEqual(['api-engineer', 'devops-lead', 'qa-engineer', 'qa-lead', 'ux-lead']);
    expect(v1.missing).toEqual([
      'business-analyst',
      'ci-cd-engineer',
      'doc-writer',
      'fullstack-eng',
      'infrastructure-engineer',
      'qa-engineer-e2e',
      'qa-engineer-scripts',
      'release-manager',
      'tech-lead',
      'test-engineer',
      'ux-eng',
    ]);
  });

  it('diff v1 → v2 names the eleven renames; restore brings v1 back byte for byte', async () => {
    box = await sandbox(path.join(REAL, 'v1'));
    expect((await runCli(['-c', box.configDir, 'create', 'v1'])).code).toBe(0);
    await cp(path.join(REAL, 'v2'), box.configDir, { recursive: true });
    expect((await runCli(['-c', box.configDir, 'create', 'v2'])).code).toBe(0);

    const diff = await runCli(['-c', box.configDir, 'diff', 'v1', 'v2']);
    expect(diff.code).toBe(0);
    const renames = [...diff.stdout.matchAll(/Agent '([^']+)' renamed to '([^']+)'/g)].map((m) => `${m[1]}→${m[2]}`);
    expect(renames).toHaveLength(11);
    expect(renames).toContain('tech-lead→engineering-lead');
    expect(diff.stdout).toMatch(/Added Files:\n {2}➕ team-state\.json/);

    // The plan names each of the eleven renames, old → new.
    const plan = await runCli(['-c', box.configDir, 'restore', 'v1', '--dry-run']);
    expect(plan.stdout).toContain('- 11 agents will be renamed:\n        engineering-lead → tech-lead\n');
    expect(plan.stdout.match(/^ {8}\S+ → \S+$/gm)).toHaveLength(11);
    // Only teams.json: v2's workflows then name agents v1's teams do not define, and the judgement of the whole config says so.
    const partial = JSON.parse(
      (await runCli(['-c', box.configDir, '--json', 'restore', 'v1', 'teams.json', '--dry-run'])).stdout,
    );
    expect(partial).toMatchObject({ paths: ['teams.json'], changed: ['teams.json'], added: [], removed: [] });
    expect(partial.validation.summary.warnings).toBeGreaterThan(0);

    const restored = await runCli(['-c', box.configDir, 'restore', 'v1', '--yes']);
    expect(restored.code, restored.stderr).toBe(0);
    for (const file of ['settings.json', 'teams.json', 'workflows.json']) {
      expect(await readFile(path.join(box.configDir, file), 'utf8'), file).toBe(
        await readFile(path.join(REAL, 'v1', file), 'utf8'),
      );
    }
    expect(existsSync(path.join(box.configDir, 'team-state.json'))).toBe(false);
  });

  it("validate --since HEAD judges v1 → v2 in git: six agents broken by the change, none of v1's; --fix rewrites exactly them", async () => {
    box = await sandbox(path.join(REAL, 'v1'));
    await mkdir(path.join(box.dir, '.claude/agents'));
    for (const name of (await readFile(path.join(REAL, 'agents-v2.txt'), 'utf8')).split('\n').filter(Boolean)) {
      await writeFile(path.join(box.dir, '.claude/agents', `${name}.md`), `---\nname: ${name}\n---\n`);
    }
    const git = (...args: string[]) =>
      runProcess('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd: box.dir });
    await git('init', '-q');
    await git('add', '-A');
    await git('commit', '-qm', 'v1');
    await cp(path.join(REAL, 'v2'), box.configDir, { recursive: true });
    const judged = await runCli(['--json', 'validate', '--since', 'HEAD'], { cwd: box.dir });
    expect(judged.code).toBe(1);
    const report = JSON.parse(judged.stdout) as {
      verdict: string;
      new: { code: string; message: string }[];
      existing: { message: string }[];
    };
    const agents = (list: { message: string }[]) =>
      [...new Set(list.map((f) => /Agent '([^']+)'/.exec(f.message)?.[1]).filter(Boolean))].sort();
    const broken = ['doc-writer', 'fullstack-eng', 'infrastructure-engineer', 'tech-lead', 'test-engineer', 'ux-eng'];
    expect([report.verdict, agents(report.new)]).toEqual(['fail', broken]);
    expect(agents(report.existing).filter((a) => broken.includes(a as string))).toEqual([]);

    let expected = await readFile(path.join(box.configDir, 'workflows.json'), 'utf8');
    const renamed: Record<string, string> = {
      'tech-lead': 'engineering-lead',
      'fullstack-eng': 'engineering-fullstack',
      'ux-eng': 'engineering-ux',
      'test-engineer': 'engineering-test',
      'doc-writer': 'engineering-docs',
      'infrastructure-engineer': 'devops-infrastructure',
    };
    for (const [from, to] of Object.entries(renamed)) expected = expected.replaceAll(`"${from}"`, `"${to}"`);
    const fixed = await runCli(['--yes', 'validate', '--since', 'HEAD', '--fix'], { cwd: box.dir });
    expect(fixed.code, fixed.stdout + fixed.stderr).toBe(0);
    expect(await readFile(path.join(box.configDir, 'workflows.json'), 'utf8')).toBe(expected);
  });
});
