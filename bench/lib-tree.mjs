// Deterministic synthetic orchestration config trees (seeded PRNG, no Math.random).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** mulberry32: small, fast, good enough for synthetic data. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  return { next, int, pick };
}

const WORDS = (
  'review deploy agent team workflow build test lint release plan spec design api schema data model queue ' +
  'retry timeout budget token context prompt tool cache index search summarize triage escalate approve merge branch ' +
  'commit ticket incident alert metric trace log audit security policy owner handoff phase step gate check report ' +
  'customer product backend frontend mobile infra platform research docs support billing analytics pipeline'
).split(' ');
const MODELS = ['opus', 'sonnet', 'haiku'];
const ROLES = ['lead', 'reviewer', 'implementer', 'tester', 'researcher', 'writer', 'triager', 'planner', 'operator'];

const sentence = (r, n) => Array.from({ length: n }, () => r.pick(WORDS)).join(' ');
const id = (r, prefix) => `${prefix}-${r.pick(WORDS)}-${r.int(100, 999)}`;

function agentDoc(r, agentId, team) {
  return {
    id: agentId,
    team,
    role: r.pick(ROLES),
    model: r.pick(MODELS),
    capacity: r.int(1, 4),
    tools: Array.from({ length: r.int(2, 6) }, () =>
      r.pick(['read', 'write', 'bash', 'search', 'browse', 'edit', 'git']),
    ),
    limits: { max_tokens: r.int(4, 64) * 1000, timeout_s: r.int(30, 900), retries: r.int(0, 3) },
    prompt: sentence(r, r.int(20, 60)),
    updatedAt: new Date(Date.UTC(2024, 0, 1) + r.int(0, 3e10)).toISOString(),
  };
}

function workflowDoc(r, wfId, agents) {
  return {
    id: wfId,
    description: sentence(r, 8),
    trigger: r.pick(['manual', 'schedule', 'pull_request', 'incident']),
    phases: Array.from({ length: r.int(2, 5) }, (_, i) => ({
      name: `phase-${i + 1}-${r.pick(WORDS)}`,
      agents: [r.pick(agents), r.pick(agents)],
      steps: Array.from({ length: r.int(2, 6) }, (_, j) => ({
        id: `s${j + 1}`,
        action: r.pick(WORDS),
        instructions: sentence(r, r.int(8, 25)),
      })),
    })),
    reviewers: [r.pick(agents)],
  };
}

/** Pads a document with run history entries until its JSON is about `bytes` long. */
function padTo(r, doc, bytes, agents) {
  let size = JSON.stringify(doc, null, 2).length;
  doc.history = [];
  while (size < bytes) {
    const entry = {
      run: id(r, 'run'),
      agent: r.pick(agents),
      status: r.pick(['ok', 'ok', 'ok', 'retry', 'failed']),
      durationMs: r.int(200, 90000),
      note: sentence(r, r.int(6, 20)),
    };
    doc.history.push(entry);
    size += JSON.stringify(entry, null, 2).length + 8;
  }
  return doc;
}

function write(root, rel, doc) {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
}

/** teams.json + workflows.json (valid: every referenced agent is defined), sized for the tree. */
function rootDocs(r, root, nTeams, perTeam) {
  const teams = {};
  const agents = [];
  for (let t = 0; t < nTeams; t++) {
    const team = `team-${t}-${r.pick(WORDS)}`;
    const members = Array.from({ length: perTeam }, (_, m) => ({
      agent: `${team}-${ROLES[m % ROLES.length]}-${m}`,
      role: sentence(r, 3),
      capacity: r.int(1, 3),
      model: r.pick(MODELS),
    }));
    members.forEach((m) => agents.push(m.agent));
    teams[team] = {
      name: `Team ${t}`,
      orchestrator: members[0].agent,
      members,
      workflows: { review_requirements: { code: [members[0].agent] } },
    };
  }
  const workflows = {};
  for (let w = 0; w < Math.max(3, nTeams); w++)
    workflows[`wf-${w}-${r.pick(WORDS)}`] = workflowDoc(r, `wf-${w}`, agents);
  write(root, 'settings.json', {
    version: '1.2.0',
    description: 'Global orchestration settings',
    orchestration_mode: { enabled: true, default_mode: 'assisted' },
    resource_limits: { max_concurrent_agents: 6, max_tokens_per_session: 100000 },
  });
  write(root, 'teams.json', { version: '1.2.0', description: 'Teams of agents', teams });
  write(root, 'workflows.json', { version: '1.2.0', description: 'Workflow templates', workflows });
  return { agents, teams: Object.keys(teams) };
}

/** Typical: 5 files, ~30 KB (settings, teams, workflows, routing, one agent registry in a subdir). */
export function typicalTree(root, seed = 7) {
  const r = prng(seed);
  const { agents } = rootDocs(r, root, 3, 4);
  write(
    root,
    'routing.json',
    padTo(
      r,
      { version: '1.2.0', rules: agents.slice(0, 10).map((a) => ({ match: sentence(r, 3), agent: a })) },
      4000,
      agents,
    ),
  );
  write(
    root,
    'agents/registry.json',
    padTo(r, { version: '1.2.0', agents: agents.map((a, i) => agentDoc(r, a, `team-${i % 3}`)) }, 6000, agents),
  );
}

/** Large: `files` files in nested dirs (teams/<t>/agents, workflows/<cat>/…, runs/<yyyy>/<mm>), ~`megabytes` MB. */
export function largeTree(root, { files = 2000, megabytes = 50, seed = 42 } = {}) {
  const r = prng(seed);
  const { agents, teams } = rootDocs(r, root, 30, 10);
  const mean = (megabytes * 0.9e6) / files; // padTo overshoots by ~10%
  for (let i = 3; i < files; i++) {
    const size = Math.round(mean * (0.2 + 1.6 * r.next())); // 0.2×–1.8× the mean, deterministic
    const kind = i % 4;
    let rel;
    let doc;
    if (kind === 0) {
      const team = teams[i % teams.length];
      rel = `teams/${team}/agents/agent-${i}.json`;
      doc = agentDoc(r, `${team}-agent-${i}`, team);
    } else if (kind === 1) {
      rel = `workflows/${r.pick(['release', 'incident', 'feature', 'research'])}/${r.pick(WORDS)}/wf-${i}.json`;
      doc = workflowDoc(r, `wf-${i}`, agents);
    } else {
      rel = `runs/202${r.int(3, 5)}/${String(r.int(1, 12)).padStart(2, '0')}/run-${i}.json`;
      doc = {
        id: `run-${i}`,
        workflow: `wf-${r.int(0, 29)}`,
        startedAt: new Date(Date.UTC(2023, 0, 1) + r.int(0, 9e10)).toISOString(),
      };
    }
    write(root, rel, padTo(r, { version: '1.2.0', ...doc }, size, agents));
  }
}

/** Changes one field of one JSON file (a `capacity`/`revision` bump), as an edit would. */
export function changeOneField(file, step) {
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  doc.revision = step;
  writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
}
