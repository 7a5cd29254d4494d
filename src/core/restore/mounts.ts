import { readFile } from 'node:fs/promises';

/**
 * Every mount point this process sees (Linux `/proc/self/mountinfo`), or null where there is no
 * such file. A bind-mounted file shares its device number with its directory, so comparing
 * `st_dev` alone does not find it; `rename` onto or away from it fails with EBUSY.
 */
export async function readMountPoints(file = '/proc/self/mountinfo'): Promise<Set<string> | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return null;
  }
  const points = new Set<string>();
  for (const line of text.split('\n')) {
    // id parent major:minor root mount-point options … (proc(5)); spaces in paths are octal escapes.
    const field = line.split(' ')[4];
    if (field) points.add(unescapeOctal(field));
  }
  return points;
}

function unescapeOctal(text: string): string {
  return text.replace(/\\([0-7]{3})/g, (_, code: string) => String.fromCharCode(Number.parseInt(code, 8)));
}
