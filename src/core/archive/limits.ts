import { totalmem } from 'node:os';
import { DEFAULT_ARCHIVE_LIMITS, OVERHEAD_PER_ENTRY, type ArchiveLimits } from './export.js';

/*
 * How much an archive may hold. Fixed caps refused backups that `create` had accepted (a
 * 150 MB file, 10,103 files), so the caps come from the archive's own manifest: once it is
 * read, every entry must fit what the manifest declares (each stored copy its storedSize, the
 * sum of them, one entry per file and directory). Before the manifest (exports put it first)
 * and for archives without one, the old defaults bound what is held. Because an archive is
 * checked in memory before anything is written, nothing beyond half the machine's memory is
 * accepted whatever a manifest declares.
 */

export interface StreamLimits extends ArchiveLimits {
  /** Where the numbers came from, for messages. */
  source: 'defaults' | 'manifest' | 'caller';
}

/** Half the physical memory: the archive is held in memory while it is checked. */
export function memoryCeiling(): number {
  return Math.floor(totalmem() / 2);
}

export function initialLimits(given: Partial<ArchiveLimits> | undefined): StreamLimits {
  const explicit = Object.fromEntries(
    Object.entries(given ?? {}).filter(([, v]) => v !== undefined),
  ) as Partial<ArchiveLimits>;
  return { ...DEFAULT_ARCHIVE_LIMITS, ...explicit, source: Object.keys(explicit).length > 0 ? 'caller' : 'defaults' };
}

/** The limits a manifest declares, or undefined when it declares nothing usable (then the defaults stay). */
export function limitsFromManifest(bytes: Buffer): StreamLimits | undefined {
  let manifest: unknown;
  try {
    manifest = JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
  const files = (manifest as { files?: unknown } | null)?.files;
  if (!Array.isArray(files)) return undefined;
  let total = bytes.length;
  let largest = bytes.length;
  let content = 0;
  const dirs = new Set<string>(['', 'files']);
  for (const file of files as { stored?: unknown; storedSize?: unknown; size?: unknown }[]) {
    const stored =
      typeof file?.storedSize === 'number' && Number.isSafeInteger(file.storedSize) && file.storedSize >= 0
        ? file.storedSize
        : undefined;
    const size =
      typeof file?.size === 'number' && Number.isSafeInteger(file.size) && file.size >= 0 ? file.size : undefined;
    if (stored === undefined || size === undefined || typeof file.stored !== 'string') return undefined;
    total += stored;
    content += size;
    largest = Math.max(largest, stored, size);
    const segments = file.stored.split('/');
    for (let i = 1; i < segments.length; i++) dirs.add(segments.slice(0, i).join('/'));
  }
  const ceiling = memoryCeiling();
  // A little room beyond the declaration, so that a few stray files are reported by name
  // ("not listed in the manifest") rather than as a size limit.
  return {
    source: 'manifest',
    maxFileBytes: Math.min(Math.max(largest, SLACK_BYTES), ceiling),
    maxTotalBytes: Math.min(Math.max(total, content) + SLACK_BYTES, ceiling),
    // Every file, every directory, the manifest and the top-level directory.
    maxEntries: files.length + dirs.size + 2 + SLACK_ENTRIES,
  };
}

const SLACK_BYTES = 1024 * 1024;
const SLACK_ENTRIES = 64;

/** The most the gzip stream may inflate to: the content plus tar's headers and padding. */
export function streamCap(limits: ArchiveLimits): number {
  return limits.maxTotalBytes + (limits.maxEntries + 2) * OVERHEAD_PER_ENTRY;
}

/** What a decompressed stream starts with when it is compressed again (node-tar would inflate some of these itself). */
const NESTED_FORMATS: readonly { name: string; magic: readonly number[] }[] = [
  { name: 'gzip', magic: [0x1f, 0x8b] },
  { name: 'zstd', magic: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: 'xz', magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: 'lz4', magic: [0x04, 0x22, 0x4d, 0x18] },
];

/** Bytes needed to recognise any of them (bzip2: "BZh", a level digit, then the block magic). */
export const NESTED_MAGIC_BYTES = 10;

/** The compression format the inflated stream starts with, if it is compressed again. */
export function nestedCompression(head: Buffer): string | undefined {
  const found = NESTED_FORMATS.find(
    ({ magic }) => head.length >= magic.length && magic.every((byte, i) => head[i] === byte),
  )?.name;
  if (found) return found;
  // Printable, so a tar entry could start with it: only the full bzip2 header counts.
  const bzip2 =
    head.length >= 10 &&
    head.toString('latin1', 0, 3) === 'BZh' &&
    head[3]! >= 0x31 &&
    head[3]! <= 0x39 &&
    head.subarray(4, 10).equals(Buffer.from([0x31, 0x41, 0x59, 0x26, 0x53, 0x59]));
  return bzip2 ? 'bzip2' : undefined;
}
