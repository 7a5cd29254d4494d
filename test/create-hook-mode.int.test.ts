import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackup } from '../src/core/create/create.js';
import { newestNames } from '../src/core/store/names.js';
import { verifyBackup } from '../src/core/inspect/verify.js';
import { readHistory } from '../src/core/store/history.js';
import { summarize } from '../src/core/validate/types.js';
import { InvalidJsonError } from '../src/errors/index.js';
import { sandbox, type Sandbox } from './helpers/sandbox.js';

let box: Sandbox;
afterEach(async () => box?.cleanup());

/** A config of two small documents; `mark` makes each content distinct. */
const documents = (mark: string) => [
  { path: 'settings.json', bytes: Buffer.from('{"version":"1.0"}\n') },
  { path: 'teams.json', bytes: Buffer.from(JSON.stringify({ version: '1.0', teams: {}, mark })) },
];

/** What the hooks pass: HEAD's documents, a safety backup that never refuses, no pack sweep. */
const hookCreate = (mark: string, at: Date, extra: { sweepPacks?: boolean } = { sweepPacks: false }) =>
  createBackup({
    configDir: box.configDir,
    backupDir: box.backupDir,
    documents: documents(mark),
    trigger: 'pre-commit',
    allowInvalid: true,
    skipIfStored: true,
    now: at,
    ...extra,
  });

const minute = (n: number) => new Date(Date.UTC(2025, 0, 1, 0, n));

describe('newestNames', () => {
  it('keeps the newest generated names by the time they carry, and every name without one', () => {
    const names = [
      'backup-20240101-000000',
      'backup-pre-restore-20250101-000000',
      'backup-20240601-120000',
      'backup-20240601-120000-2',
      'backup-20240601-120000-10',
      'my-release',
    ];
    expect(newestNames(names, 3)).toEqual(
      [
        'backup-pre-restore-20250101-000000',
        'backup-20240601-120000-10',
        'backup-20240601-120000-2',
        'my-release',
      ].sort((a, b) => names.indexOf(a) - names.indexOf(b)),
    );
    expect(newestNames(names, 10)).toEqual(names);
  });
});

describe('createBackup for the hooks (sweepPacks: false, skipIfStored)', () => {
  it('leaves an unreferenced pack to create and clean; a create with the default sweep deletes it', async () => {
    box = await sandbox();
    await hookCreate('a', minute(1));
    const orphan = path.join(box.backupDir, '.packs', `${'ab'.repeat(32)}.pack`);
    await mkdir(path.dirname(orphan), { recursive: true });
    await writeFile(orphan, 'left by a crashed packed create');
    const hook = await hookCreate('b', minute(2));
    expect(hook.created).toBe(true);
    expect(existsSync(orphan)).toBe(true);
    const manual = await hookCreate('c', minute(3), {});
    expect(manual.created).toBe(true);
    expect(existsSync(orphan)).toBe(false);
  });

  it('makes no backup when a recent one holds the content, and a verified one after 50 newer backups', async () => {
    box = await sandbox();
    const first = await hookCreate('replayed', minute(0));
    expect(first.created).toBe(true);
    const again = await hookCreate('replayed', minute(1));
    expect(again).toMatchObject({ created: false, unchangedSince: first.created ? first.name : '' });
    for (let i = 1; i <= 50; i++) expect((await hookCreate(`other-${i}`, minute(1 + i))).created).toBe(true);
    // The first backup is now older than the newest 50: not compared any more, so the same
    // content is backed up again, in full and verified.
    const late = await hookCreate('replayed', minute(60));
    expect(late.created).toBe(true);
    if (!late.created) return;
    expect((await verifyBackup(box.backupDir, late.name)).ok).toBe(true);
    const history = await readHistory(box.backupDir);
    expect(history.filter((e) => e.operation === 'create' && e.outcome === 'success')).toHaveLength(52);
    expect((await readdir(box.backupDir)).filter((n) => n.startsWith('backup-'))).toHaveLength(52);
  });

  it('still compares every backup with a name of its own, however old', async () => {
    box = await sandbox();
    const named = await createBackup({
      configDir: box.configDir,
      backupDir: box.backupDir,
      documents: documents('kept'),
      name: 'before-migration',
      now: minute(0),
    });
    expect(named.created).toBe(true);
    for (let i = 1; i <= 50; i++) await hookCreate(`other-${i}`, minute(i));
    expect(await hookCreate('kept', minute(59))).toMatchObject({ created: false, unchangedSince: 'before-migration' });
  });
});

describe('createBackup with documentsValidation (a report the caller just made)', () => {
  const report = summarize(
    ['settings.json', 'teams.json'],
    [{ severity: 'warning', code: 'unknown-agent', message: 'teams.json names an agent with no definition file' }],
  );

  it("records that report instead of validating again, and still the files' versions", async () => {
    box = await sandbox();
    const result = await createBackup({
      configDir: box.configDir,
      backupDir: box.backupDir,
      documents: documents('judged'),
      documentsValidation: report,
    });
    expect(result.created).toBe(true);
    // Validated again, these two documents have no finding at all.
    expect(result.manifest.validation).toEqual({ status: 'needs-attention', errors: 0, warnings: 1 });
    expect(result.manifest.files.map((f) => f.version)).toEqual(['1.0', '1.0']);
    expect(result.manifest.configVersion).toBe('1.0');
  });

  it('refuses on a syntax error the report holds unless allowInvalid', async () => {
    box = await sandbox();
    const broken = summarize(
      ['teams.json'],
      [{ severity: 'error', code: 'json-syntax', file: 'teams.json', line: 3, column: 7, message: 'invalid JSON: x' }],
    );
    const options = { configDir: box.configDir, backupDir: box.backupDir, documents: documents('x') };
    await expect(createBackup({ ...options, documentsValidation: broken })).rejects.toBeInstanceOf(InvalidJsonError);
    const kept = await createBackup({ ...options, documentsValidation: broken, allowInvalid: true });
    expect(kept.created && kept.manifest.validation?.status).toBe('invalid');
  });
});
