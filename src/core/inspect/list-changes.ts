import { sha256Hex } from '../config/snapshot.js';
import { diffContent, parseDocument, withDefaults, type Parsed } from '../diff/snapshots.js';
import { summarizeChanges } from '../diff/summary.js';
import { diffNonJson, isNonJson } from '../diff/text.js';
import type { FileDiff } from '../diff/types.js';
import { storedContentReader } from '../store/backup-reader.js';
import type { Manifest } from '../store/manifest.js';

/** A file of the current config, with its bytes. */
export interface CurrentFile {
  path: string;
  sha256: string;
  bytes: Uint8Array;
}

/**
 * Names what changed between backups and the current config, entity by entity ("11 agents
 * renamed, +1 file"), for a list of many backups: each distinct file content is parsed once,
 * and backups whose files differ from the current config in the same way share one answer
 * (a store of daily backups of an unchanged config costs one diff, not one per backup).
 */
export class ChangeNamer {
  private readonly parsed = new Map<string, Parsed>();
  private readonly answers = new Map<string, string | undefined>();
  private readonly current: Map<string, CurrentFile>;

  constructor(
    private readonly backupDir: string,
    current: readonly CurrentFile[],
    private readonly secretKeys: readonly string[],
  ) {
    this.current = new Map(current.map((f) => [f.path, f]));
  }

  /**
   * The changes from the backup to the current config, as `summarizeChanges` phrases them;
   * undefined when a stored copy cannot be read or does not match its manifest (the list's
   * file counts stand then, and `verify` says why).
   */
  async describe(dir: string, manifest: Manifest): Promise<string | undefined> {
    const inBackup = new Map(manifest.files.map((f) => [f.path, f]));
    const changed = manifest.files.filter((f) => this.current.get(f.path)?.sha256 !== f.sha256);
    const added = [...this.current.keys()].filter((p) => !inBackup.has(p)).sort();
    const key = [...changed.map((f) => `${f.path}\0${f.sha256}`), ...added].join('\n');
    if (this.answers.has(key)) return this.answers.get(key);
    const read = storedContentReader(this.backupDir, dir, manifest);
    const settings = withDefaults({ secretKeys: [...this.secretKeys], patches: false });
    const files: FileDiff[] = added.map((p) => ({
      path: p,
      status: 'added',
      changes: [],
      patch: null,
      version: { from: null, to: null, majorChange: false },
    }));
    let answer: string | undefined;
    try {
      for (const file of changed) {
        const now = this.current.get(file.path);
        if (!now) {
          files.push({
            path: file.path,
            status: 'removed',
            changes: [],
            patch: null,
            version: { from: null, to: null, majorChange: false },
          });
          continue;
        }
        const load = async (): Promise<Uint8Array> => {
          const bytes = await read(file);
          if (bytes.length !== file.size || sha256Hex(bytes) !== file.sha256)
            throw new Error(`${file.path}: content changed`);
          return bytes;
        };
        if (isNonJson(file.path)) {
          files.push(diffNonJson(file.path, await load(), now.bytes));
          continue;
        }
        const before = await this.parse(file.sha256, load);
        const after = await this.parse(now.sha256, async () => now.bytes);
        files.push(diffContent(file.path, before, after, settings));
      }
      answer = summarizeChanges(files);
    } catch {
      answer = undefined;
    }
    this.answers.set(key, answer);
    return answer;
  }

  private async parse(sha256: string, load: () => Promise<Uint8Array>): Promise<Parsed> {
    let parsed = this.parsed.get(sha256);
    if (!parsed) {
      parsed = parseDocument({ bytes: await load() });
      this.parsed.set(sha256, parsed);
    }
    return parsed;
  }
}
