import { chmod, cp, mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FIXTURES, ROOT } from './sandbox.js';

/** Who commits in a test repository: a runner may have no git identity configured. */
export const GIT_IDENTITY: Record<string, string> = {
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@t',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@t',
};

/**
 * Makes `root` an npm project (package.json "demo", written as npm writes it) with this checkout
 * installed as npm links a local path: node_modules/orchestration-backup, which git ignores.
 */
export async function linkThisPackage(root: string, scripts?: Record<string, string>): Promise<void> {
  const manifest = { name: 'demo', version: '1.0.0', ...(scripts ? { scripts } : {}) };
  await writeFile(path.join(root, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await mkdir(path.join(root, 'node_modules'));
  await symlink(ROOT, path.join(root, 'node_modules/orchestration-backup'));
  await writeFile(path.join(root, '.gitignore'), 'node_modules/\n');
}

/** The fixture's v1 config copied to `config` (created with its parents), the directory 0755 whatever the umask. */
export async function copyV1Config(config: string): Promise<void> {
  await mkdir(config, { recursive: true });
  await cp(path.join(FIXTURES, 'v1'), config, { recursive: true });
  await chmod(config, 0o755);
}
