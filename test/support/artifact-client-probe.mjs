// Drives the unmodified @actions/artifact client in a separate process, so it can run under the
// Node version GitHub runs actions on (24) while the test itself runs on this machine's Node.
// Usage: node artifact-client-probe.mjs <plan.json> <result.json>; the environment comes from actionsEnv().
// @actions/core prints workflow commands on stdout, so the result goes to a file instead.
import { readFile, writeFile } from 'node:fs/promises';

const [planFile, resultFile] = process.argv.slice(2);
const plan = JSON.parse(await readFile(planFile, 'utf8'));
// Imported only now: @actions/github reads GITHUB_API_URL when it is first loaded.
const { DefaultArtifactClient } = await import('@actions/artifact');
const client = new DefaultArtifactClient();
const result = { node: process.versions.node, steps: [] };

async function step(name, fn) {
  try {
    result.steps.push({ name, ok: true, value: await fn() });
  } catch (err) {
    result.steps.push({ name, ok: false, error: String(err?.message ?? err) });
  }
}

const findBy = plan.findBy;
let id;
await step('upload', async () => {
  const r = await client.uploadArtifact(plan.name, plan.files, plan.root, { retentionDays: plan.retentionDays });
  id = r.id;
  return r;
});
await step('list', () => client.listArtifacts());
await step('get', () => client.getArtifact(plan.name));
await step('download', () => client.downloadArtifact(id, { path: plan.downloadDir }));
await step('download-rest', () => client.downloadArtifact(id, { path: plan.restDownloadDir, findBy }));
await step('list-rest', () => client.listArtifacts({ findBy }));
await step('upload-again', () => client.uploadArtifact(plan.name, plan.files, plan.root));

await writeFile(resultFile, JSON.stringify(result, null, 2));
