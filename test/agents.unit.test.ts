import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { agentDefinitionsFrom, readAgentDefinitions, type AgentDefinitionSet } from '../src/core/agents/index.js';
import { closestName } from '../src/core/validate/references.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

describe('agent definition files', () => {
  it('names an agent by its front matter, else by its file stem', async () => {
    const set = await agentDefinitionsFrom('../agents', [
      { path: 'lead.md', text: '---\nname: product-lead\ndescription: Leads\n---\nbody\n' },
      { path: 'builder.md', text: 'No front matter at all.\n' },
      { path: 'crlf.md', text: '---\r\ndescription: x\r\nname: windows-agent\r\n---\r\n' },
      { path: 'bom.md', text: '\uFEFF---\nname: bom-agent\n---\n' },
      { path: 'nameless.md', text: '---\ndescription: no name field\n---\n' },
      { path: 'empty.md', text: '---\n---\n' },
      { path: 'dots.md', text: '---\nname: dotted\n...\nbody\n' },
    ]);
    expect(set.problems).toEqual([]);
    expect(set.definitions).toEqual([
      { name: 'bom-agent', file: '../agents/bom.md', line: 2 },
      { name: 'builder', file: '../agents/builder.md' },
      { name: 'windows-agent', file: '../agents/crlf.md', line: 3 },
      { name: 'dotted', file: '../agents/dots.md', line: 2 },
      { name: 'empty', file: '../agents/empty.md' },
      { name: 'product-lead', file: '../agents/lead.md', line: 2 },
      { name: 'nameless', file: '../agents/nameless.md' },
    ]);
  });

  it('turns broken front matter into a problem at its file and line, and keeps the agent under its stem', async () => {
    const set = await agentDefinitionsFrom('../agents', [
      { path: 'bad-yaml.md', text: '---\ndescription: fine\nname: "unterminated\ntools: Read\n---\n' },
      { path: 'unclosed.md', text: '---\nname: never-closed\nbody without a closing line\n' },
      { path: 'list-name.md', text: '---\ndescription: x\nname:\n  - a\n  - b\n---\n' },
      { path: 'scalar.md', text: '---\njust text\n---\n' },
      { path: 'twice.md', text: '---\nname: a\nname: b\n---\n' },
    ]);
    expect(set.definitions.map((d) => d.name)).toEqual(['bad-yaml', 'list-name', 'scalar', 'twice', 'unclosed']);
    const byFile = Object.fromEntries(set.problems.map((p) => [p.file, p]));
    expect(byFile['../agents/bad-yaml.md']).toMatchObject({
      line: expect.any(Number),
      message: expect.stringMatching(/^front matter is not valid YAML: /),
    });
    expect(byFile['../agents/bad-yaml.md']?.line).toBeGreaterThanOrEqual(3);
    expect(byFile['../agents/unclosed.md']).toEqual({
      kind: 'front-matter',
      file: '../agents/unclosed.md',
      line: 1,
      column: 1,
      message: expect.stringContaining('never closed'),
    });
    expect(byFile['../agents/list-name.md']).toMatchObject({ line: 4, message: '"name:" must be a non-empty text' });
    expect(byFile['../agents/scalar.md']).toMatchObject({ line: 2, message: expect.stringContaining('not a map') });
    expect(byFile['../agents/twice.md']).toMatchObject({
      line: 3,
      message: expect.stringMatching(/not valid YAML: .*[Mm]ap keys must be unique/),
    });
  });

  it('reads **/*.md under the agents dir, nested folders included, and nothing else', async () => {
    const configDir = path.join(FIXTURES, 'agents-team/.claude/orchestration');
    const set = (await readAgentDefinitions({ configDir, agentsDir: '../agents' })) as AgentDefinitionSet;
    expect(set).toMatchObject({ dir: '../agents', exists: true });
    expect(set.definitions.map((d) => `${d.name} ${d.file}`)).toEqual([
      'builder ../agents/builder.md',
      'product-lead ../agents/lead.md',
      'product-manager ../agents/product-manager.md',
      'qa-tester ../agents/qa/qa-tester.md',
      'reviewer ../agents/reviewer.md',
      'spare ../agents/spare.md',
      'writer ../agents/writer.md',
    ]);
    expect(set.problems.map((p) => `${p.file}:${p.line}`)).toEqual(['../agents/reviewer.md:4', '../agents/spare.md:1']);
  });

  it('says when there is no agents dir, and reads nothing when the setting is off', async () => {
    const configDir = path.join(FIXTURES, 'agents-no-dir/.claude/orchestration');
    expect(await readAgentDefinitions({ configDir, agentsDir: '../agents' })).toEqual({
      dir: '../agents',
      exists: false,
      definitions: [],
      problems: [],
    });
    expect(await readAgentDefinitions({ configDir, agentsDir: false })).toBeUndefined();
    // A file where the directory should be is no directory either.
    expect(await readAgentDefinitions({ configDir, agentsDir: 'teams.json' })).toMatchObject({
      dir: 'teams.json',
      exists: false,
    });
  });

  it('follows a symlink to a file, never a symlinked directory (no endless walk on a cycle)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'orch-agents-'));
    try {
      const agents = path.join(dir, 'agents');
      await mkdir(path.join(agents, 'deep'), { recursive: true });
      await writeFile(path.join(dir, 'shared.md'), '---\nname: shared-agent\n---\n');
      await symlink(path.join(dir, 'shared.md'), path.join(agents, 'linked.md'));
      await symlink(agents, path.join(agents, 'deep', 'loop'));
      await writeFile(path.join(agents, 'deep', 'inner.md'), 'plain');
      const set = (await readAgentDefinitions({
        configDir: path.join(dir, 'orchestration'),
        agentsDir: '../agents',
      })) as AgentDefinitionSet;
      expect(set.definitions.map((d) => d.file)).toEqual(['../agents/deep/inner.md', '../agents/linked.md']);
      expect(set.definitions.map((d) => d.name)).toEqual(['inner', 'shared-agent']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('closestName', () => {
  it('suggests a known name one typo away, and nothing for names that merely look alike', () => {
    const known = ['product-manager', 'product-analyst', 'ux-lead', 'coder'];
    expect(closestName('product-manger', known)).toBe('product-manager');
    expect(closestName('prodcut-manager', known)).toBe('product-manager');
    expect(closestName('coderr', known)).toBe('coder');
    expect(closestName('qa-lead', known)).toBeUndefined();
    expect(closestName('tech-lead', known)).toBeUndefined();
  });

  it('breaks ties alphabetically, whatever the order of the known names', () => {
    expect(closestName('agent-c', ['agent-b', 'agent-a'])).toBe('agent-a');
    expect(closestName('agent-c', ['agent-a', 'agent-b'])).toBe('agent-a');
  });
});
