import { afterEach, describe, expect, it } from 'vitest';
import { runCli, type Sandbox } from './helpers/sandbox.js';
import { beforeAndAfter } from './helpers/store.js';

/*
 * Secrets are strings. A count or a switch under a secret-looking key (`tokens`, `track_token_usage`)
 * is shown by the built CLI in every diff output; a string under one, digits included, is not.
 */

let box: Sandbox;
afterEach(async () => box?.cleanup());

const KEY_OLD = 'sk-live-0ld7Qx41';
const KEY_NEW = '20261202';

function settings(side: 'old' | 'new'): string {
  const old = side === 'old';
  return JSON.stringify({
    version: '1.0',
    resource_limits: { max_tokens_per_session: old ? 100000 : 150000 },
    confirmation_thresholds: { agents: 3, tokens: old ? 40000 : 45000 },
    budget_management: { track_token_usage: old },
    // A secret that happens to be all digits is still a string, and still a secret.
    integrations: { github: { api_key: old ? KEY_OLD : KEY_NEW } },
  });
}

function pipeline(side: 'old' | 'new'): string {
  const old = side === 'old';
  return `name: review\ntokens: ${old ? 40000 : 45000}\napi_key: "${old ? KEY_OLD : KEY_NEW}"\n`;
}

describe('numbers under secret-looking keys through the built CLI', () => {
  it('diff, --json and --patch show the changed counts and never the changed api_key', async () => {
    box = await beforeAndAfter((side) => ({ 'settings.json': settings(side), 'pipelines.yaml': pipeline(side) }));

    const human = await runCli(['-c', box.configDir, 'diff', 'before', 'after']);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('/resource_limits/max_tokens_per_session: 100000 → 150000');
    expect(human.stdout).toContain('/confirmation_thresholds/tokens: 40000 → 45000');
    expect(human.stdout).toContain('/budget_management/track_token_usage: true → false');
    expect(human.stdout).toContain('/integrations/github/api_key: ••• → •••');
    expect(human.stdout).toContain('-tokens: 40000');
    expect(human.stdout).toContain('+tokens: 45000');
    expect(human.stdout).toContain('+api_key: •••');

    const json = await runCli(['-c', box.configDir, '--json', 'diff', 'before', 'after']);
    const files = JSON.parse(json.stdout).files as { path: string; changes: unknown[]; unifiedDiff?: string }[];
    const changes = files.find((f) => f.path === 'settings.json')?.changes;
    expect(changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ pointer: '/resource_limits/max_tokens_per_session', from: 100000, to: 150000 }),
        expect.objectContaining({ pointer: '/confirmation_thresholds/tokens', from: 40000, to: 45000 }),
        expect.objectContaining({ pointer: '/integrations/github/api_key', from: '•••', to: '•••' }),
      ]),
    );
    expect(files.find((f) => f.path === 'pipelines.yaml')?.unifiedDiff).toContain('+tokens: 45000\n');

    const patch = await runCli(['-c', box.configDir, 'diff', 'before', 'after', '--patch']);
    expect(patch.code).toBe(0);
    expect(JSON.parse(patch.stdout)['settings.json']).toEqual(
      expect.arrayContaining([
        { op: 'replace', path: '/resource_limits/max_tokens_per_session', value: 150000 },
        { op: 'replace', path: '/confirmation_thresholds/tokens', value: 45000 },
        { op: 'replace', path: '/budget_management/track_token_usage', value: false },
        { op: 'replace', path: '/integrations/github/api_key', value: '•••' },
      ]),
    );

    for (const out of [human.stdout, human.stderr, json.stdout, patch.stdout, patch.stderr])
      expect(out).not.toMatch(new RegExp(`${KEY_OLD}|${KEY_NEW}`));
    // The masking hides, it does not lose: asked for, the real patch holds the key.
    const real = await runCli(['-c', box.configDir, 'diff', 'before', 'after', '--patch', '--show-secrets']);
    expect(real.stdout).toContain(KEY_NEW);
  });
});
