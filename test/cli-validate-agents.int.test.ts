import { chmod, cp, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { IS_ROOT, runCli } from './helpers/sandbox.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

interface Diag {
  severity: string;
  code: string;
  file?: string;
  line?: number;
  subject?: string;
  message: string;
}

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A copy of a fixture's `.claude` folder (config and agent files) in a temporary directory; returns its config dir. */
async function project(name: string): Promise<string> {
  dir = await mkdtemp(path.join(tmpdir(), 'orch-agents-'));
  await cp(path.join(FIXTURES, name, '.claude'), path.join(dir, '.claude'), { recursive: true });
  return path.join(dir, '.claude/orchestration');
}

async function validate(configDir: string): Promise<{ code: number | null; human: string; diagnostics: Diag[] }> {
  const human = await runCli(['-c', configDir, 'validate']);
  const json = await runCli(['-c', configDir, '--json', 'validate']);
  expect(json.code).toBe(human.code);
  return {
    code: human.code,
    human: human.stdout,
    diagnostics: (JSON.parse(json.stdout) as { diagnostics: Diag[] }).diagnostics,
  };
}

const brief = (d: Diag): string =>
  `${d.severity} ${d.code} ${d.subject ?? '-'} ${d.file ?? '-'}${d.line ? `:${d.line}` : ''}`;

describe('validate with agent definition files', () => {
  it('knows agents from .claude/agents (nested, with or without front matter) and reports what Claude Code cannot load', async () => {
    const configDir = await project('agents-team');
    const { code, human, diagnostics } = await validate(configDir);
    expect(code).toBe(0);
    expect(diagnostics.map(brief)).toEqual([
      'warning agent-front-matter reviewer ../agents/reviewer.md:4',
      'warning agent-front-matter spare ../agents/spare.md:1',
      'warning unknown-agent product-manger workflows.json:7',
      'warning unknown-agent ghost workflows.json:8',
      'warning unknown-agent product-manger workflows.json:8',
      'warning unknown-agent ghost workflows.json:14',
      'warning workflow-without-phases idle workflows.json:17',
      'info unused-agent-file spare ../agents/spare.md',
      'info unused-agent-file writer ../agents/writer.md:2',
      'info inventory - teams.json',
    ]);
    expect(human).toContain(
      "  workflows.json:7:68  Agent 'product-manger' is not defined in teams.json or ../agents (did you mean 'product-manager'?) (+1 more: line 8)\n",
    );
    expect(human).toContain(
      "  workflows.json:8:61  Agent 'ghost' is not defined in teams.json or ../agents (+1 more: line 14)\n",
    );
    expect(human).toMatch(/Summary: 0 errors, 7 warnings, 3 info\nOverall Status: ⚠️ NEEDS ATTENTION\n$/);
  });

  it('reports the structural problems: no members (error), no name, empty workflows (error), full_auto on', async () => {
    const { code, human, diagnostics } = await validate(await project('agents-structure'));
    expect(code).toBe(1);
    expect(diagnostics.filter((d) => d.severity !== 'info').map(brief)).toEqual([
      'error team-without-members ops teams.json:5',
      'error no-workflows - workflows.json:3',
      'warning full-auto /orchestration_mode/default_mode settings.json:5',
      'warning team-without-name ops teams.json:5',
    ]);
    expect(human).toMatch(
      /❌ Errors \(2\):\n {2}teams\.json:5:5 {2}Team 'ops' has no "members" list\n {2}workflows\.json:3:3 {2}the "workflows" map is empty/,
    );
  });

  it('without an agents dir checks references against teams.json alone and says so once', async () => {
    const { code, diagnostics } = await validate(await project('agents-no-dir'));
    expect(code).toBe(0);
    expect(diagnostics.map(brief)).toEqual([
      'warning unknown-agent coderr workflows.json:4',
      'info no-agents-dir - -',
      'info inventory - teams.json',
    ]);
    expect(diagnostics[0]?.message).toBe("Agent 'coderr' is not defined in teams.json (did you mean 'coder'?)");
  });

  it('reads the agents dir named by the agentsDir setting, and none when it is false', async () => {
    const configDir = await project('agents-team');
    await rename(path.join(configDir, '../agents'), path.join(configDir, 'roles'));
    const moved = await validate(configDir);
    expect(moved.diagnostics.filter((d) => d.code === 'no-agents-dir')).toHaveLength(1);

    await writeFile(path.join(configDir, '.orch-backup.json'), JSON.stringify({ agentsDir: 'roles' }));
    const named = await validate(configDir);
    expect(named.diagnostics.filter((d) => d.code === 'unused-agent-file').map((d) => d.file)).toEqual([
      'roles/spare.md',
      'roles/writer.md',
    ]);

    await writeFile(path.join(configDir, '.orch-backup.json'), JSON.stringify({ agentsDir: false }));
    const off = await validate(configDir);
    expect(
      off.diagnostics.filter((d) =>
        ['no-agents-dir', 'unused-agent-file', 'agent-front-matter', 'missing-agent-file'].includes(d.code),
      ),
    ).toEqual([]);
    expect(off.diagnostics.filter((d) => d.code === 'unknown-agent').map((d) => d.subject)).toEqual([
      'product-manger',
      'ghost',
      'product-manger',
      'ghost',
    ]);

    await writeFile(path.join(configDir, '.orch-backup.json'), JSON.stringify({ agentsDir: true }));
    const bad = await runCli(['-c', configDir, 'validate']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /invalid settings in .*: \/agentsDir: must be a directory \(relative to the config dir\) or false$/,
      ),
    ]);
  });

  it.skipIf(!IS_ROOT)('names an agent folder or file it cannot read, with the reason', async () => {
    const configDir = await project('agents-team');
    await chmod(dir as string, 0o755);
    await chmod(path.join(configDir, '../agents/qa'), 0o000);
    await chmod(path.join(configDir, '../agents/writer.md'), 0o000);
    const as = { uid: 65534, gid: 65534 };
    const result = await runCli(['-c', configDir, '--json', 'validate'], as);
    await chmod(path.join(configDir, '../agents/qa'), 0o755);
    const diagnostics = (JSON.parse(result.stdout) as { diagnostics: Diag[] }).diagnostics;
    expect(diagnostics.filter((d) => d.code === 'agent-file-unreadable').map((d) => `${d.file} ${d.message}`)).toEqual([
      '../agents/qa cannot read this folder (EACCES): the agent files in it were not checked',
      '../agents/writer.md cannot read this agent file (EACCES): Claude Code cannot load it either',
    ]);
  });
});
