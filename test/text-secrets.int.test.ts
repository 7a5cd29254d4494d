import { afterEach, describe, expect, it } from 'vitest';
import { runCli, type Sandbox } from './helpers/sandbox.js';
import { beforeAndAfter } from './helpers/store.js';

/*
 * YAML secrets written lines below their key (a block scalar, a list) or inside a flow map never
 * reach the built CLI's output: not its diff, not --json, not --patch.
 */

let box: Sandbox;
afterEach(async () => box?.cleanup());

const SECRETS = {
  old: ['sk-block-0ld-A1', 'sk-list-0ld-B2', 'sk-flow-0ld-C3', 'ghp_front0ld'],
  new: ['sk-block-n3w-A1', 'sk-list-n3w-B2', 'sk-flow-n3w-C3', 'ghp_frontn3w'],
};

function pipeline(side: 'old' | 'new'): string {
  const [block, item, flow] = SECRETS[side];
  const old = side === 'old';
  return [
    'name: review',
    `model: ${old ? 'opus' : 'sonnet'}`,
    'api_key: |',
    `  ${block}`,
    'tokens:',
    `  - ${item}`,
    `  - ${old ? 40000 : 45000}`,
    `auth: {api_key: ${flow}, region: ${old ? 'eu' : 'us'}}`,
    '',
  ].join('\n');
}

function agent(side: 'old' | 'new'): string {
  const token = SECRETS[side][3];
  return `---\nname: reviewer\nmcp:\n  github_token: ${token}\n---\nReview ${side === 'old' ? 'code' : 'all code'}.\n`;
}

describe('YAML secrets below or beside their key, through the built CLI', () => {
  it('diff, --json and --patch mask them and show the lines around them', async () => {
    box = await beforeAndAfter((side) => ({ 'pipelines.yaml': pipeline(side), 'reviewer.md': agent(side) }));

    const human = await runCli(['-c', box.configDir, 'diff', 'before', 'after']);
    expect(human.code).toBe(0);
    for (const line of ['-model: opus', '+model: sonnet', '+  •••', '+  - •••', '+  - 45000'])
      expect(human.stdout).toContain(line);
    expect(human.stdout).toContain('+auth: {api_key: •••, region: us}');
    expect(human.stdout).toContain('+  github_token: •••');
    expect(human.stdout).toContain('+Review all code.');

    const json = await runCli(['-c', box.configDir, '--json', 'diff', 'before', 'after']);
    expect(json.code).toBe(0);
    const files = JSON.parse(json.stdout).files as { path: string; unifiedDiff?: string }[];
    const yaml = files.find((f) => f.path === 'pipelines.yaml')?.unifiedDiff;
    expect(yaml).toContain('\n+  - •••\n');
    expect(yaml).toContain('\n+auth: {api_key: •••, region: us}\n');
    expect(yaml).toContain('\n+model: sonnet\n');

    const patch = await runCli(['-c', box.configDir, 'diff', 'before', 'after', '--patch']);
    expect(patch.code).toBe(0);

    const all = [SECRETS.old, SECRETS.new].flat().join('|');
    for (const out of [human, json, patch]) expect(`${out.stdout}\n${out.stderr}`).not.toMatch(new RegExp(all));
  });
});
