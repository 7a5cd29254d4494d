// The action judges each side of a pull request with that side's agent definition files.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, prPayload, runAction, runnable, useActionHarness, world, type World } from './helpers/action-harness.js';

useActionHarness();

/** Every agent the checked-out teams.json names (orchestrators and members). */
async function namedAgents(w: World): Promise<string[]> {
  const teams = JSON.parse(await readFile(path.join(w.workspace, '.claude/orchestration/teams.json'), 'utf8')) as {
    teams: Record<string, { orchestrator?: string; members?: { agent: string }[] }>;
  };
  const names = Object.values(teams.teams).flatMap((t) => [
    ...(t.orchestrator ? [t.orchestrator] : []),
    ...(t.members ?? []).map((m) => m.agent),
  ]);
  return [...new Set(names)].sort();
}

/**
 * The world's base gets a definition file for every agent the feature head names; the feature
 * branch takes them and then, when `deleteOne`, deletes one that the base names too.
 */
async function withAgentFiles(deleteOne: boolean): Promise<{ w: World; gone: string | undefined }> {
  const w = await world();
  const names = await namedAgents(w);
  git(w.workspace, 'checkout', '-q', 'main');
  const inBase = new Set(await namedAgents(w));
  const dir = path.join(w.workspace, '.claude/agents');
  await mkdir(dir, { recursive: true });
  for (const name of names)
    await writeFile(path.join(dir, `${name}.md`), `---\nname: ${name}\ndescription: ${name}\n---\nYou are ${name}.\n`);
  git(w.workspace, 'add', '-A');
  git(w.workspace, 'commit', '-qm', 'agent files');
  w.baseSha = git(w.workspace, 'rev-parse', 'HEAD');
  git(w.workspace, 'checkout', '-q', 'feature');
  git(w.workspace, 'merge', '-q', '--no-edit', 'main');
  // An agent both sides name: were the base judged with the head's files, its finding would be
  // "already there".
  const gone = deleteOne ? names.find((n) => inBase.has(n)) : undefined;
  if (deleteOne && !gone) throw new Error('the fixture has no agent both sides name');
  if (gone) await rm(path.join(dir, `${gone}.md`));
  git(w.workspace, 'commit', '-qam', gone ? `delete ${gone}` : 'nothing', '--allow-empty');
  w.headSha = git(w.workspace, 'rev-parse', 'HEAD');
  return { w, gone };
}

describe.skipIf(!runnable)('the action and agent definition files', () => {
  it('a PR that deletes the file of an agent a team still names is a new finding about it (fail-on: new-warning fails)', async () => {
    const { w, gone } = await withAgentFiles(true);
    const result = await runAction(w, 'pull_request', prPayload(w, 'opened'), { 'fail-on': 'new-warning' });
    expect(result.outputs.verdict).toBe('fail');
    expect(result.code).toBe(1);
    const body = w.api.commentsOn(w.pr)[0]?.body ?? '';
    expect(body.split('\n')[0]).toMatch(/^## ❌/);
    // Listed among the new findings, ahead of what the base already had.
    const newPart = body.split('Already there before this change')[0] ?? '';
    expect(newPart).toContain(`Agent '${gone}'`);
    expect(newPart).toContain('no definition file');
  });

  it('a PR that keeps every agent file is judged with the same agents on both sides: nothing new about them', async () => {
    const { w } = await withAgentFiles(false);
    const result = await runAction(w, 'pull_request', prPayload(w, 'opened'), { 'fail-on': 'new-warning' });
    expect(result.outputs.verdict).toBe('pass');
    expect(result.code).toBe(0);
  });
});
