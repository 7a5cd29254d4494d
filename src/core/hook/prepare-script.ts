import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { errnoOf } from '../../errors/index.js';

/**
 * What install puts in package.json's prepare: husky's setup, tolerating husky's absence (husky's
 * own advice), so `npm ci --omit=dev`, which installs no husky, still succeeds.
 */
const PREPARE_HUSKY = 'husky || true';

/** Adds PREPARE_HUSKY to package.json's prepare; false when there is no package.json or husky is already there. */
export async function addHuskyToPrepare(root: string): Promise<boolean> {
  const loaded = await readPackage(root);
  if (!loaded) return false;
  const { pkg, text, file } = loaded;
  const prepare = pkg.scripts?.prepare;
  if (prepare && /\bhusky\b/.test(prepare)) return false;
  pkg.scripts = { ...pkg.scripts, prepare: prepare ? `${prepare} && (${PREPARE_HUSKY})` : PREPARE_HUSKY };
  await writeFile(file, serialize(pkg, text));
  return true;
}

/** Takes out what addHuskyToPrepare (or an earlier version's plain `husky`) added. */
export async function removeHuskyFromPrepare(root: string): Promise<boolean> {
  const loaded = await readPackage(root);
  if (!loaded) return false;
  const { pkg, text, file } = loaded;
  const prepare = pkg.scripts?.prepare;
  if (!prepare || !pkg.scripts) return false;
  if (prepare === PREPARE_HUSKY || prepare === 'husky') delete pkg.scripts.prepare;
  else {
    const rest = prepare.replace(/\s*&&\s*\(husky \|\| true\)$/, '').replace(/\s*&&\s*husky$/, '');
    if (rest === prepare) return false;
    pkg.scripts.prepare = rest;
  }
  // install creates "scripts" when there was none; an empty one is what it leaves behind.
  if (Object.keys(pkg.scripts).length === 0) delete pkg.scripts;
  await writeFile(file, serialize(pkg, text));
  return true;
}

interface PackageJson {
  scripts?: Record<string, string>;
}

async function readPackage(root: string): Promise<{ pkg: PackageJson; text: string; file: string } | undefined> {
  const file = path.join(root, 'package.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return undefined;
    throw error;
  }
  return { pkg: JSON.parse(text) as PackageJson, text, file };
}

function serialize(pkg: PackageJson, original: string): string {
  return `${JSON.stringify(pkg, null, /\t/.test(original) ? '\t' : 2)}\n`;
}
