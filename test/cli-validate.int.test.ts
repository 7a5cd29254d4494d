import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURES, runCli, sandbox, type Sandbox } from './helpers/sandbox.js';

let box: Sandbox;
afterEach(async () => box?.cleanup());

interface Diag {
  severity: string;
  code: string;
  file?: string;
  line?: number;
  column?: number;
  message: string;
}
const validateJson = async (
  ...extra: string[]
): Promise<{
  code: number | null;
  report: { status: string; diagnostics: Diag[]; summary: Record<string, number> };
}> => {
  const result = await runCli(['-c', box.configDir, '--json', 'validate', ...extra]);
  return { code: result.code, report: JSON.parse(result.stdout) };
};

describe('validate', () => {
  it('warns about the workflow agents that v2 teams.json no longer defines, and the one never defined', async () => {
    box = await sandbox(path.join(FIXTURES, 'v2'));
    const human = await runCli(['-c', box.configDir, 'validate']);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^Configuration Validation\n=+\n📁 Config: /);
    for (const agent of ['web-dev', 'ui-dev', 'tester', 'lead-dev', 'security-auditor']) {
      expect(human.stdout).toMatch(
        new RegExp(`workflows\\.json:\\d+:\\d+ {2}Agent '${agent}' is not defined in teams\\.json`),
      );
    }
    expect(human.stdout).toMatch(/Summary: 0 errors, \d+ warnings, \d+ info\nOverall Status: ⚠️ NEEDS ATTENTION\n$/);
    const { report } = await validateJson();
    const webDev = report.diagnostics.find((d) => d.message.startsWith("Agent 'web-dev'"));
    expect(webDev).toMatchObject({ severity: 'warning', code: 'unknown-agent', file: 'workflows.json', line: 20 });
  });

  it('on v1 only the agents v1 itself lacks are reported, not the ones it defines', async () => {
    box = await sandbox(path.join(FIXTURES, 'v1'));
    const { report } = await validateJson();
    const named = report.diagnostics
      .filter((d) => d.code === 'unknown-agent')
      .map((d) => /Agent '([^']+)'/.exec(d.message)?.[1]);
    expect(named).toContain('security-auditor');
    for (const defined of ['web-dev', 'lead-dev', 'ui-dev', 'tester', 'pipeline-dev'])
      expect(named).not.toContain(defined);
  });

  // The agent files at each version are listed beside the fixture; the definition files are made from the lists.
  it('on v1 and v2 with their agent files: what Claude Code cannot load, and which references stay unknown', async () => {
    const unknownAndMissing = async (version: 'v1' | 'v2') => {
      box = await sandbox(path.join(FIXTURES, version));
      await mkdir(path.join(box.dir, '.claude/agents'));
      for (const name of (await readFile(path.join(FIXTURES, `agents-${version}.txt`), 'utf8'))
        .split('\n')
        .filter(Boolean)) {
        await writeFile(
          path.join(box.dir, '.claude/agents', `${name}.md`),
          `---\nname: ${name}\ndescription: ${name}\n---\n`,
        );
      }
      const { report } = await validateJson();
      await box.cleanup();
      const subjects = (code: string) =>
        [
          ...new Set(report.diagnostics.filter((d) => d.code === code).map((d) => (d as { subject?: string }).subject)),
        ].sort();
      return {
        unknown: subjects('unknown-agent'),
        missing: subjects('missing-agent-file'),
        unused: subjects('unused-agent-file'),
        errors: report.summary.errors,
      };
    };
    // v2: the renamed members have files; workflows.json still names the old agents.
    const v2 = await unknownAndMissing('v2');
    expect(v2.unknown).toEqual([
      'design-lead',
      'lead-dev',
      'ops-lead',
      'pipeline-dev',
      'search-dev',
      'security-auditor',
      'tester',
      'ui-dev',
      'web-dev',
    ]);
    expect(v2).toMatchObject({
      missing: [],
      unused: ['build-search', 'ops-monitor', 'writer-guides', 'writer-reference'],
      errors: 0,
    });
    // v1: the files already carry the new names, so the members have none.
    const v1 = await unknownAndMissing('v1');
    expect(v1.unknown).toEqual(['design-lead', 'ops-lead', 'search-dev', 'security-auditor']);
    expect(v1.missing).toEqual(['analyst', 'lead-dev', 'pipeline-dev', 'release-dev', 'tester', 'ui-dev', 'web-dev']);
  });

  it('reports syntax errors with file, line and column and exits 1', async () => {
    box = await sandbox();
    await writeFile(path.join(box.configDir, 'workflows.json'), '{\n  "version": "1.0"\n  "workflows": {}\n}\n');
    const human = await runCli(['-c', box.configDir, 'validate']);
    expect(human.code).toBe(1);
    expect(human.stdout).toMatch(/❌ Errors \(1\):\n {2}workflows\.json:3:3 {2}invalid JSON: ',' expected\n/);
    expect(human.stdout).toMatch(/Overall Status: ❌ INVALID\n$/);
  });

  it('validates against JSON Schemas in <config-dir>/schemas (draft-07 and 2020-12) with line numbers', async () => {
    box = await sandbox();
    await mkdir(path.join(box.configDir, 'schemas'));
    await writeFile(
      path.join(box.configDir, 'schemas/settings.schema.json'),
      JSON.stringify({
        $schema: 'http://json-schema.org/draft-07/schema#',
        type: 'object',
        required: ['version', 'owner'],
        properties: { version: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+$' } },
      }),
    );
    await writeFile(
      path.join(box.configDir, 'schemas/team-state.schema.json'),
      JSON.stringify({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'object',
        properties: { events: { type: 'array', maxItems: 0 } },
      }),
    );
    const { code, report } = await validateJson();
    expect(code).toBe(1);
    const schemaErrors = report.diagnostics.filter((d) => d.code === 'schema');
    expect(schemaErrors).toContainEqual(
      expect.objectContaining({
        file: 'settings.json',
        line: 1,
        message: expect.stringContaining('missing required property "owner"'),
      }),
    );
    expect(schemaErrors).toContainEqual(
      expect.objectContaining({
        file: 'settings.json',
        line: 2,
        column: 3,
        message: expect.stringContaining('/version: must match pattern'),
      }),
    );
    expect(schemaErrors.filter((d) => d.file === 'team-state.json')).toEqual([]);
    expect(report.diagnostics.filter((d) => d.file?.startsWith('schemas/') && d.severity === 'error')).toEqual([]);

    const settings = JSON.parse(await readFile(path.join(box.configDir, 'settings.json'), 'utf8'));
    await writeFile(
      path.join(box.configDir, 'settings.json'),
      JSON.stringify({ ...settings, version: '1.0.0', owner: 'ops' }, null, 2),
    );
    expect((await validateJson()).code).toBe(0);
  });

  it('finds duplicate keys, duplicate agents and missing required fields', async () => {
    box = await sandbox(null);
    await mkdir(box.configDir, { recursive: true });
    await writeFile(
      path.join(box.configDir, 'teams.json'),
      JSON.stringify(
        {
          version: '1.0',
          teams: {
            a: { name: 'A', members: [{ agent: 'x' }, { role: 'no id' }] },
            b: { name: 'B', members: [{ agent: 'x' }] },
          },
        },
        null,
        2,
      ).replace('"version": "1.0",', '"version": "1.0",\n  "version": "1.1",'),
    );
    await writeFile(path.join(box.configDir, 'workflows.json'), '{"version":"1.0"}');
    const { code, report } = await validateJson();
    expect(code).toBe(1);
    const codes = report.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(['duplicate-key', 'duplicate-agent', 'missing-field']));
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'duplicate-key', line: 3, message: expect.stringContaining('"version"') }),
    );
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'duplicate-agent',
        message: expect.stringContaining("Agent 'x' is defined twice"),
      }),
    );
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'no-workflows', file: 'workflows.json' }),
    );
  });

  it('handles BOM, invalid UTF-8, empty files and absurd nesting without crashing', async () => {
    box = await sandbox(null);
    await mkdir(box.configDir, { recursive: true });
    await writeFile(
      path.join(box.configDir, 'bom.json'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"version":"1.0"}')]),
    );
    await writeFile(
      path.join(box.configDir, 'latin1.json'),
      Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]),
    );
    await writeFile(path.join(box.configDir, 'empty.json'), '');
    await writeFile(path.join(box.configDir, 'deep.json'), '['.repeat(100_000) + ']'.repeat(100_000));
    const { code, report } = await validateJson();
    expect(code).toBe(1);
    const byFile = Object.fromEntries(report.diagnostics.map((d) => [d.file, d]));
    expect(byFile['bom.json']).toMatchObject({ severity: 'warning', code: 'bom' });
    expect(byFile['latin1.json']).toMatchObject({
      severity: 'error',
      code: 'encoding',
      message: expect.stringContaining('not valid UTF-8 (byte 6)'),
    });
    expect(byFile['empty.json']).toMatchObject({ severity: 'error', message: expect.stringContaining('empty') });
    expect(byFile['deep.json']).toMatchObject({
      severity: 'error',
      message: expect.stringContaining('nesting deeper than 1000 levels'),
    });
  });

  it('--strict fails on warnings; --backup validates a backup instead of the live config', async () => {
    box = await sandbox(path.join(FIXTURES, 'v2'));
    expect((await runCli(['-c', box.configDir, 'validate', '--strict'])).code).toBe(1);
    expect((await runCli(['-c', box.configDir, 'create', 'snap'])).code).toBe(0);
    await writeFile(path.join(box.configDir, 'teams.json'), '{ broken');
    expect((await runCli(['-c', box.configDir, 'validate'])).code).toBe(1);
    const fromBackup = await runCli(['-c', box.configDir, 'validate', '--backup', 'snap']);
    expect(fromBackup.code).toBe(0);
    expect(fromBackup.stdout).toContain('📁 Backup: snap (4 files)');
    expect((await runCli(['-c', box.configDir, 'validate', '--backup', 'nope'])).stderr).toMatch(
      /no backup named "nope"/,
    );
  });
});
