import { readFile, rename as renameFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { createBackup } from '../create/create.js';
import type { Settings } from '../config/settings.js';
import type { JsonPatchOperation } from '../diff/types.js';
import type { Faults } from '../util/faults.js';
import { fsyncDir, writeNewFile } from '../util/fs.js';
import { decodeUtf8 } from '../util/json.js';
import { FixConflictError } from '../../errors/index.js';
import type { ConfigAt } from './point.js';
import type { Judgement } from './types.js';

export interface FixEdit {
  pointer: string;
  line: number;
  column: number;
  offset: number;
  length: number;
  from: string;
  to: string;
}

interface FileFix {
  file: string;
  edits: FixEdit[];
  /** RFC 6902: a `test` of the old id, then its `replace`, per reference. */
  patch: JsonPatchOperation[];
  /** Each touched line as it is and as it will be. */
  lines: { line: number; before: string; after: string }[];
}

export interface FixPlan {
  files: FileFix[];
  references: number;
}

/** What `--fix` would rewrite: the leftover references of every rename, and nothing else. */
export function planFix(judgement: Judgement, after: ConfigAt): FixPlan {
  const byFile = new Map<string, FixEdit[]>();
  for (const rename of judgement.renames) {
    for (const r of rename.remaining) {
      const edits = byFile.get(r.file) ?? [];
      edits.push({
        pointer: r.pointer,
        line: r.line,
        column: r.column,
        offset: r.offset,
        length: r.length,
        from: rename.from,
        to: rename.to,
      });
      byFile.set(r.file, edits);
    }
  }
  const files: FileFix[] = [];
  for (const [file, edits] of [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    edits.sort((a, b) => a.offset - b.offset);
    const doc = after.documents.find((d) => d.path === file);
    const decoded = doc ? decodeUtf8(doc.bytes) : undefined;
    const text = decoded?.ok ? decoded.text : '';
    const patch = edits.flatMap((e): JsonPatchOperation[] => [
      { op: 'test', path: e.pointer, value: e.from },
      { op: 'replace', path: e.pointer, value: e.to },
    ]);
    files.push({ file, edits, patch, lines: changedLines(text, edits) });
  }
  return { files, references: files.reduce((n, f) => n + f.edits.length, 0) };
}

/** Replaces exactly the edited string tokens; every other character stays as it was. */
export function applyEdits(text: string, edits: readonly FixEdit[], file: string): string {
  let out = '';
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.offset - b.offset)) {
    const token = text.slice(e.offset, e.offset + e.length);
    let value: unknown;
    try {
      value = JSON.parse(token);
    } catch {
      value = undefined;
    }
    if (value !== e.from || e.offset < at) throw new FixConflictError(file, e.pointer);
    out += text.slice(at, e.offset) + JSON.stringify(e.to);
    at = e.offset + e.length;
  }
  return out + text.slice(at);
}

function changedLines(text: string, edits: readonly FixEdit[]): FileFix['lines'] {
  if (text === '') return [];
  const lines: FileFix['lines'] = [];
  const byLine = new Map<number, FixEdit[]>();
  for (const e of edits) byLine.set(e.line, [...(byLine.get(e.line) ?? []), e]);
  for (const [line, onLine] of byLine) {
    const start = text.lastIndexOf('\n', (onLine[0] as FixEdit).offset - 1) + 1;
    const endAt = text.indexOf('\n', start);
    const end = endAt === -1 ? text.length : endAt;
    const before = text.slice(start, end).replace(/\r$/, '');
    const shifted = onLine.map((e) => ({ ...e, offset: e.offset - start }));
    lines.push({ line, before, after: applyEdits(before, shifted, '') });
  }
  return lines;
}

export interface ApplyFixOptions {
  configDir: string;
  backupDir: string;
  settings: Settings;
  lockTimeoutMs: number;
  faults?: Faults;
}

export interface FixResult {
  /** The verified backup of the config as it was before the fix. */
  safetyBackup: string;
  files: string[];
}

/**
 * Rewrites the planned references in the config dir: a verified safety backup first, then
 * every file's new text computed (and each token checked to still hold the old id) before any
 * file is written, each written to a temporary file and renamed over the old one.
 */
export async function applyFix(plan: FixPlan, options: ApplyFixOptions): Promise<FixResult> {
  const backup = await createBackup({
    configDir: options.configDir,
    backupDir: options.backupDir,
    settings: options.settings,
    lockTimeoutMs: options.lockTimeoutMs,
    trigger: 'pre-fix',
    namePrefix: 'backup-pre-fix',
    description: `before validate --fix: ${plan.references} leftover reference${plan.references === 1 ? '' : 's'} in ${plan.files.map((f) => f.file).join(', ')}`,
    tags: ['pre-fix'],
    allowInvalid: true,
    ...(options.faults ? { faults: options.faults } : {}),
  });
  const safetyBackup = backup.created ? backup.name : backup.unchangedSince;
  const writes: { target: string; bytes: Buffer; mode: number }[] = [];
  for (const f of plan.files) {
    const target = path.join(options.configDir, f.file);
    const bytes = await readFile(target);
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) throw new FixConflictError(f.file, (f.edits[0] as FixEdit).pointer);
    const text = applyEdits(decoded.text, f.edits, f.file);
    writes.push({
      target,
      bytes: Buffer.from(`${decoded.bom ? '\uFEFF' : ''}${text}`, 'utf8'),
      mode: (await stat(target)).mode & 0o7777,
    });
  }
  for (const w of writes) await writeAtomically(w.target, w.bytes, w.mode);
  return { safetyBackup, files: plan.files.map((f) => f.file) };
}

async function writeAtomically(target: string, bytes: Buffer, mode: number): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.orch-fix-${process.pid}`);
  try {
    await writeNewFile(temporary, bytes, mode);
    await renameFile(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await fsyncDir(path.dirname(target));
}
