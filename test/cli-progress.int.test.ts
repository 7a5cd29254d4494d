import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, runCli, runProcess, sandbox, type Sandbox } from './helpers/sandbox.js';

let box: Sandbox;
afterEach(async () => box?.cleanup());

/** Thousands of files, so there is something to count (the test sets the one-second threshold to 0). */
async function bigConfig(variant: string): Promise<void> {
  await mkdir(path.join(box.configDir, 'prompts'), { recursive: true });
  await writeFile(
    path.join(box.configDir, 'teams.json'),
    JSON.stringify({ version: '1.0', teams: { core: { name: 'core', members: [{ agent: 'lead' }] } } }),
  );
  for (let i = 0; i < 4000; i++)
    await writeFile(
      path.join(box.configDir, 'prompts', `p${String(i).padStart(5, '0')}.json`),
      JSON.stringify({ id: i, text: `${variant.repeat(300)} ${i}` }),
    );
}

/** The CLI with stdin, stdout and stderr on a real pseudo-terminal (util-linux script). */
function onTerminal(args: string[], env: Record<string, string | undefined> = {}) {
  const quoted = [process.execPath, BIN, '-c', box.configDir, ...args].map((a) => `'${a}'`).join(' ');
  return runProcess('script', ['-qfec', quoted, '/dev/null'], {
    env: { CI: undefined, GITHUB_ACTIONS: undefined, ORCH_BACKUP_PROGRESS_AFTER_MS: '0', ...env },
    timeoutMs: 170_000,
  });
}

const PROGRESS = /\r\u001b\[K(Reading|Verifying|Staging|Writing) \d+\/\d+ files \(\d+%\)/;

describe('progress on stderr', () => {
  it('is drawn on a terminal for long work, erased at the end, and never without a terminal, in --json or in CI', async () => {
    box = await sandbox(null);
    await bigConfig('a');
    const tty = await onTerminal(['create', 'first']);
    expect(tty.code, tty.stdout).toBe(0);
    expect(tty.stdout).toMatch(PROGRESS);
    // The line is erased before the result is printed.
    expect(tty.stdout).toMatch(/\r\u001b\[KConfiguration Backup Created/);
    const counts = [...tty.stdout.matchAll(/Reading (\d+)\/(\d+) files/g)].map((m) => Number(m[1]));
    expect(counts).toEqual([...counts].sort((a, b) => a - b));

    expect((await onTerminal(['verify', 'first'])).stdout).toMatch(/Verifying \d+\/4001 files/);
    await bigConfig('b');
    const restore = await onTerminal(['--yes', 'restore', 'first']);
    expect(restore.code, restore.stdout).toBe(0);
    expect(restore.stdout).toMatch(PROGRESS);

    for (const quiet of [
      await onTerminal(['--json', 'verify', 'first']),
      await onTerminal(['verify', 'first'], { CI: 'true' }),
    ]) {
      expect(quiet.code).toBe(0);
      expect(quiet.stdout).not.toMatch(/files \(\d+%\)/);
    }
    const piped = await runCli(['-c', box.configDir, 'verify', 'first']);
    expect(piped.code).toBe(0);
    expect(piped.stderr).toBe('');
  }, 600_000);
});
