// `list` names what changed since each backup entity by entity, on the lines it shows.
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURES, runCli, sandbox, type Sandbox } from './helpers/sandbox.js';

let box: Sandbox | undefined;
afterEach(async () => {
  await box?.cleanup();
  box = undefined;
});

describe('list: vs current', () => {
  it('names entity changes from each backup to the current config (team fixture v1 → v2), file counts past --limit', async () => {
    box = await sandbox(path.join(FIXTURES, 'v1'));
    const cli = (...args: string[]) => runCli(['-c', (box as Sandbox).configDir, ...args]);
    expect((await cli('-q', 'create', 'v1')).code).toBe(0);
    expect((await cli('-q', 'create', 'v1-again')).code).toBe(0);
    for (const f of ['settings.json', 'teams.json', 'workflows.json']) await rm(path.join(box.configDir, f));
    await cp(path.join(FIXTURES, 'v2'), box.configDir, { recursive: true });

    const text = await cli('list');
    expect(text.code).toBe(0);
    const lines = text.stdout.split('\n').filter((l) => l.includes('vs current:'));
    expect(lines).toEqual([
      expect.stringContaining('vs current: +1 file, 1 team modified, 2 types modified, 7 agents renamed'),
      expect.stringContaining('vs current: +1 file, 1 team modified, 2 types modified, 7 agents renamed'),
    ]);

    const limited = await cli('--json', 'list', '--limit', '1');
    expect(JSON.parse(limited.stdout).backups.map((b: { differenceSummary: string }) => b.differenceSummary)).toEqual([
      '+1 file, 1 team modified, 2 types modified, 7 agents renamed',
    ]);
  });

  it('says "formatting only" when the files differ in bytes only, and "identical" when they do not differ', async () => {
    box = await sandbox(path.join(FIXTURES, 'v1'));
    const cli = (...args: string[]) => runCli(['-c', (box as Sandbox).configDir, ...args]);
    expect((await cli('-q', 'create', 'v1')).code).toBe(0);
    expect((await cli('list')).stdout).toContain('vs current: identical to current');
    const settings = path.join(box.configDir, 'settings.json');
    await writeFile(settings, `${JSON.stringify(JSON.parse(await readFile(settings, 'utf8')))}\n`);
    expect((await cli('list')).stdout).toContain('vs current: 1 file differs: formatting only');
  });
});
