// The CLI on a real configuration (dylan-gluck/cc-dev-team, two commits; see its SOURCE.md),
// kept outside the repository. Not part of `npm test`: run with `npm run test:real`.
import { existsSync } from 'node:fs';
import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, runCli, sandbox, type Sandbox } from '../helpers/sandbox.js';

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
      expect(result.stdout).toMatch(new RegExp(`workflows\\.json:\\d+:\\d+ {2}Agent '${agent}' is not defined in teams\\.json`));
    }
    expect(result.stdout).toMatch(/Overall Status: ⚠️ NEEDS ATTENTION\n$/);
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

    const restored = await runCli(['-c', box.configDir, 'restore', 'v1', '--yes']);
    expect(restored.code, restored.stderr).toBe(0);
    for (const file of ['settings.json', 'teams.json', 'workflows.json']) {
      expect(await readFile(path.join(box.configDir, file), 'utf8'), file).toBe(await readFile(path.join(REAL, 'v1', file), 'utf8'));
    }
    expect(existsSync(path.join(box.configDir, 'team-state.json'))).toBe(false);
  });
});
