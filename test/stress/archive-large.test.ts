import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createAndExport, expectImportsWhole, SMALL_FILES, writeSmallAgents } from '../helpers/archive-roundtrip.js';
import { EXAMPLE, nodeBinaries, sandbox, type Sandbox } from '../helpers/sandbox.js';

/*
 * Every export imports again, at the size that broke the fixed caps: a backup create accepted
 * with one 150 MB file beside 10,103 small ones goes through export and import on every Node
 * the CLI runs on. (The 10,103 files alone run in npm test: archive-roundtrip.int.test.ts.)
 */

let box: Sandbox;
let archive: string;
const nodes = nodeBinaries();
const BIG_BYTES = 150 * 1024 * 1024;

/** A 150 MB JSON document written in slices (a string that size would be a waste of memory). */
async function writeBigJson(file: string): Promise<void> {
  const out = createWriteStream(file);
  const write = (text: string): Promise<void> =>
    new Promise((resolve) => (out.write(text) ? resolve() : out.once('drain', () => resolve())));
  await write('{"version":"1.0.0","records":[');
  let size = 0;
  for (let i = 0; size < BIG_BYTES; ) {
    const rows: string[] = [];
    for (let j = 0; j < 5000; j++, i++)
      rows.push(
        `${i ? ',' : ''}{"id":${i},"agent":"agent-${i % 997}","note":"${'n'.repeat(40)}${(i * 7919) % 100_000}"}`,
      );
    const chunk = rows.join('');
    size += chunk.length;
    await write(chunk);
  }
  await write(']}');
  await new Promise((resolve) => out.end(resolve));
}

describe('a backup at the size create accepts', () => {
  beforeAll(async () => {
    box = await sandbox(EXAMPLE);
    await writeBigJson(path.join(box.configDir, 'big.json'));
    await writeSmallAgents(box);
    archive = await createAndExport(box, 'huge', SMALL_FILES + 4);
  }, 900_000);
  afterAll(async () => box?.cleanup());

  describe.each(nodes)('on $label', ({ bin }) => {
    it('an export of a backup with a 150 MB file and 10,103 files imports again, verified', async () => {
      await expectImportsWhole(box, archive, { name: 'huge', files: SMALL_FILES + 4 }, bin);
    }, 900_000);
  });
});
