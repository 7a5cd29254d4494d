import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NODE24, nodeBinaries, runCli, sandbox, type Sandbox } from './helpers/sandbox.js';

let box: Sandbox;
afterEach(async () => box?.cleanup());

/** Every command of the foundation, in order, with what is stable across runs kept. */
async function session(node: string): Promise<unknown[]> {
  box = await sandbox();
  const run = async (...args: string[]): Promise<{ code: number | null; out: unknown }> => {
    const r = await runCli(['-c', box.configDir, '--json', ...args], { node });
    return { code: r.code, out: r.stdout ? JSON.parse(r.stdout) : JSON.parse(r.stderr) };
  };
  const steps = [
    await run('create', 'one', '-m', 'first'),
    await run('create', '--skip-if-unchanged'),
    await run('validate'),
    await run('show', 'one'),
    await run('verify'),
    await run('list'),
  ];
  await writeFile(path.join(box.configDir, 'teams.json'), '{"oops": }');
  steps.push(await run('validate'), await run('create'));
  await box.cleanup();
  return JSON.parse(
    JSON.stringify(steps)
      .replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'TIME')
      .replaceAll(box.dir, 'DIR')
      .replace(/sha256:[0-9a-f]{64}/g, 'CHECKSUM'),
  );
}

describe('the CLI behaves identically on every supported Node', () => {
  it.skipIf(nodeBinaries().length < 2)('Node 24 produces the same results as this Node', async () => {
    const [here, node24] = [await session(process.execPath), await session(NODE24)];
    expect(node24).toEqual(here);
    const codes = (here as { code: number }[]).map((s) => s.code);
    expect(codes).toEqual([0, 0, 0, 0, 0, 0, 1, 1]);
  });
});
