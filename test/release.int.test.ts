// scripts/release.sh in a scratch repository: vX.Y.Z tagged, the major tag moved, and the checks
// that refuse a release (not newer, dirty tree, package.json or CHANGELOG.md not updated).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, runProcess } from './helpers/sandbox.js';

const SCRIPT = path.join(ROOT, 'scripts/release.sh');
const ENV = {
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@t',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@t',
  RELEASE_NO_PUSH: '1',
};
let dir: string;
afterEach(async () => rm(dir, { recursive: true, force: true }));

const git = async (...args: string[]) => (await runProcess('git', args, { cwd: dir, env: ENV })).stdout.trim();
const release = (version: string) => runProcess('sh', [SCRIPT, version], { cwd: dir, env: ENV });
async function commitVersion(version: string): Promise<void> {
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'x', version }));
  await writeFile(path.join(dir, 'CHANGELOG.md'), `# Changelog\n\n## [${version}]\n\n- changes\n`);
  await git('add', '-A');
  await git('commit', '-qm', version);
}

describe('scripts/release.sh', () => {
  it('tags vX.Y.Z, moves the major tag to each new release, and refuses what is not ready', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'orch-release-'));
    await git('init', '-q');
    await commitVersion('1.0.0');
    const first = await release('1.0.0');
    expect(first.code, first.stderr).toBe(0);
    const head1 = await git('rev-parse', 'HEAD');
    expect(await git('rev-parse', 'v1.0.0^{commit}')).toBe(head1);
    expect(await git('rev-parse', 'v1^{commit}')).toBe(head1);

    await commitVersion('1.1.0');
    expect((await release('1.1.0')).code).toBe(0);
    const head2 = await git('rev-parse', 'HEAD');
    expect(await git('rev-parse', 'v1^{commit}')).toBe(head2);
    expect(await git('rev-parse', 'v1.0.0^{commit}')).toBe(head1);

    expect((await release('1.1.0')).stderr).toContain('v1.1.0 is not newer than the latest release v1.1.0');
    expect((await release('1.0.5')).stderr).toContain('not newer');
    expect((await release('1.2')).stderr).toContain('"1.2" is not a version X.Y.Z');
    expect((await release('1.2.0')).stderr).toContain('package.json says 1.1.0');
    await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'x', version: '1.2.0' }));
    expect((await release('1.2.0')).stderr).toContain('the work tree has changes');
    await git('commit', '-qam', 'bump');
    expect((await release('1.2.0')).stderr).toContain('CHANGELOG.md has no section "## [1.2.0]"');

    await commitVersion('2.0.0');
    expect((await release('v2.0.0')).code).toBe(0);
    expect(await git('rev-parse', 'v2^{commit}')).toBe(await git('rev-parse', 'HEAD'));
    expect(await git('rev-parse', 'v1^{commit}')).toBe(head2);
  });
});
