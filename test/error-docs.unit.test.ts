import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as errors from '../src/errors/index.js';
// @ts-expect-error: a plain .mjs script without types
import { errorClasses } from '../scripts/error-docs.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const script = path.join(root, 'scripts', 'error-docs.mjs');
const run = (args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8', timeout: 20_000 });

interface Documented {
  name: string;
  code: string;
  exitCode: number;
  fields: string[];
}

describe('docs/ERRORS.md', () => {
  it('is what scripts/error-docs.mjs generates from src/errors/ (npm run docs:errors)', () => {
    const result = run(['--check']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('--check fails on a stale table', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'error-docs-'));
    try {
      await writeFile(path.join(dir, 'ERRORS.md'), '# Error codes\n');
      const result = run(['--check', '--out', path.join(dir, 'ERRORS.md')]);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/is stale; run npm run docs:errors/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('lists every error class the library exports, with the code, exit code and fields an instance has', async () => {
    const documented = new Map<string, Documented>(((await errorClasses()) as Documented[]).map((c) => [c.name, c]));
    const exported = Object.entries(errors).filter(
      ([, value]) => typeof value === 'function' && value.prototype instanceof errors.OrchBackupError,
    );
    expect(exported.length).toBeGreaterThan(20);
    for (const [name] of exported) expect(documented.has(name), name).toBe(true);
    // Spot checks against real instances: the parser reads what the classes do.
    const samples: errors.OrchBackupError[] = [
      new errors.StoreBusyError('/s/.lock', { pid: 1 }, 10),
      new errors.InvalidJsonError('a.json', 1, 2, 'oops'),
      new errors.DurationError('7x', 'unknown unit'),
      new errors.ArchiveRejectedError('a.tgz', 'link', 'a link', 'x'),
    ];
    for (const error of samples) {
      const doc = documented.get(error.constructor.name) as Documented;
      expect({ code: doc.code, exitCode: doc.exitCode }).toEqual({ code: error.code, exitCode: error.exitCode });
      expect(Object.keys(error.data()).sort()).toEqual(doc.fields.map((f) => f.replace(/\?$/, '')).sort());
    }
  });
});

describe('errors carry data; each edge words the remedy', () => {
  it("messages hold no front end's wording, toJSON holds the fields", () => {
    const busy = new errors.StoreBusyError('/s/.lock', { pid: 7, command: 'create' }, 1500);
    expect(busy.message).toBe('store is busy: process 7 on host "unknown" (create) holds /s/.lock; waited 1.5 s');
    expect(busy.toJSON()).toEqual({
      code: 'STORE_BUSY',
      message: busy.message,
      lockPath: '/s/.lock',
      holder: { pid: 7, command: 'create' },
      waitedMs: 1500,
    });
    expect(errors.describeError(busy, errors.LIBRARY_REMEDIES)).toMatch(/lockTimeoutMs option$/);
    const missing = new errors.ConfigDirNotFoundError('/x', 'missing');
    const notDir = new errors.ConfigDirNotFoundError('/x', 'not-a-directory');
    expect(errors.remedyFor(missing, errors.LIBRARY_REMEDIES)).toBe('pass the configDir option');
    expect(errors.remedyFor(notDir, errors.LIBRARY_REMEDIES)).toBeUndefined();
    expect(errors.describeError(notDir, errors.LIBRARY_REMEDIES)).toBe(notDir.message);
  });

  it('every edge gets an error line with the credentials it quotes masked (describeError)', () => {
    const git = new errors.GitError(
      ['fetch'],
      "fatal: unable to access 'https://bot:ghp_s3cr3tValue@github.com/o/r.git/': 403\n",
    );
    for (const remedies of [{}, errors.LIBRARY_REMEDIES]) {
      const line = errors.describeError(git, remedies);
      expect(line).not.toContain('ghp_s3cr3tValue');
      expect(line).toContain('https://•••@github.com/o/r.git/');
    }
  });

  it('no message of a core error names a CLI flag', async () => {
    const { readFile, readdir } = await import('node:fs/promises');
    const flags = /--(yes|force|lock-timeout|config-dir|allow-invalid|keep-)|pass allowInvalid/;
    const offenders: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) await walk(file);
        else if (file.endsWith('.ts')) {
          for (const [i, line] of (await readFile(file, 'utf8')).split('\n').entries()) {
            if (/Error\(|super\(/.test(line) && flags.test(line))
              offenders.push(`${path.relative(root, file)}:${i + 1}`);
          }
        }
      }
    };
    await walk(path.join(root, 'src/core'));
    await walk(path.join(root, 'src/errors'));
    expect(offenders).toEqual([]);
  });
});
