/** A top-level `version` field as a string, if the document has one. */
export function documentVersion(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const version = (value as Record<string, unknown>).version;
  if (typeof version === 'string' && version.trim() !== '') return version.trim();
  if (typeof version === 'number' && Number.isFinite(version)) return String(version);
  return undefined;
}

/**
 * The configuration's version: settings.json's `version`, else the most common top-level
 * `version` among the files (ties go to the highest), else null.
 */
export function configurationVersion(files: readonly { path: string; version?: string | undefined }[]): string | null {
  const settings = files.find((f) => f.path === 'settings.json');
  if (settings?.version) return settings.version;
  const counts = new Map<string, number>();
  for (const file of files) if (file.version) counts.set(file.version, (counts.get(file.version) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [version, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && compareVersions(version, best) > 0)) {
      best = version;
      bestCount = count;
    }
  }
  return best;
}

/** Major component of a dotted version (`v1.2.0` → 1), or undefined when there is none. */
export function majorVersion(version: string | null | undefined): number | undefined {
  const match = version ? /^v?(\d+)/.exec(version.trim()) : null;
  return match ? Number(match[1]) : undefined;
}

export function compareVersions(a: string, b: string): number {
  const pa = a.replace(/^v/, '').split(/[.-]/);
  const pb = b.replace(/^v/, '').split(/[.-]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '0';
    const y = pb[i] ?? '0';
    const nx = Number(x);
    const ny = Number(y);
    const diff = Number.isNaN(nx) || Number.isNaN(ny) ? x.localeCompare(y) : nx - ny;
    if (diff !== 0) return diff;
  }
  return 0;
}

/** The top-level `version` of a JSON file given as bytes, if it parses and has one. */
export function fileVersion(bytes: Uint8Array): string | undefined {
  try {
    return documentVersion(
      JSON.parse(
        Buffer.from(bytes)
          .toString('utf8')
          .replace(/^\uFEFF/, ''),
      ),
    );
  } catch {
    return undefined;
  }
}
