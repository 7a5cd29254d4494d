import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FIXTURES } from './sandbox.js';

/** The ids test/fixtures/team v2 renamed in teams.json but still names in workflows.json. */
export const V2_LEFTOVERS: [string, string][] = [
  ['lead-dev', 'build-lead'],
  ['web-dev', 'build-web'],
  ['ui-dev', 'build-ui'],
  ['tester', 'build-test'],
  ['pipeline-dev', 'ops-pipeline'],
];

/** v2 with the references its renames left behind brought along: a change that breaks nothing. */
export async function consistentV2(config: string): Promise<void> {
  await cp(path.join(FIXTURES, 'v2'), config, { recursive: true });
  const file = path.join(config, 'workflows.json');
  let text = await readFile(file, 'utf8');
  for (const [from, to] of V2_LEFTOVERS) text = text.replaceAll(`"${from}"`, `"${to}"`);
  await writeFile(file, text);
}
