// The suite runs the CLI on this machine's Node and on Node 24 (what GitHub runs actions on).
// Node 24 comes from the `node` npm package, installed into tools/node24 on first use.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../tools/node24/', import.meta.url));
const bin = `${dir}node_modules/node/bin/node`;
const works = () => existsSync(bin) && spawnSync(bin, ['--version']).stdout?.toString().startsWith('v24.');

if (process.env.ORCH_BACKUP_SKIP_NODE24 === '1') {
  console.warn('ensure-node24: skipped (ORCH_BACKUP_SKIP_NODE24=1); the CLI will be tested on this Node only');
} else if (!works()) {
  console.log('ensure-node24: installing Node 24 into tools/node24 for the Node 24 test run…');
  execFileSync('npm', ['ci', '--prefix', dir, '--no-audit', '--no-fund', '--loglevel=error'], { stdio: 'inherit' });
  if (!works()) {
    console.error('ensure-node24: Node 24 did not install; set ORCH_BACKUP_SKIP_NODE24=1 to test on this Node only');
    process.exit(1);
  }
}
