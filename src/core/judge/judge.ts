import { diffSnapshots, type DiffResult } from '../diff/index.js';
import { DEFAULT_SETTINGS, type Settings } from '../config/settings.js';
import { decodeUtf8, parseJson } from '../util/json.js';
import { validateDocuments, type ValidateDocumentsOptions } from '../validate/index.js';
import { bySeverityThenPlace, type ConfigDocument, type Diagnostic } from '../validate/types.js';
import { findLeftovers, renamesOf } from './leftovers.js';
import type { ConfigAt } from './point.js';
import type { Finding, Judgement, Rename } from './types.js';

export interface JudgeOptions {
  settings?: Settings;
  /** New warnings fail the verdict too. */
  strict?: boolean;
  /** See `validateDocuments`: schemas an untrusted side must not supply (the Action under pull_request_target). */
  trustedSchemas?: ValidateDocumentsOptions['trustedSchemas'];
  /** The diff of the two sides, when the caller has it already (with patches, for a report). */
  diff?: DiffResult;
}

/** Codes of findings that are a reference to something the config does not define. */
const BROKEN_REFERENCE_CODES: ReadonlySet<string> = new Set(['unknown-agent', 'renamed-reference']);

/**
 * Judges a change the way a reviewer does: both sides are validated, and each finding is
 * labelled new (introduced by the change), fixed or existing. Findings are matched by what they
 * are about (code, file, subject, pointer without array indices), never by line, so moving text
 * makes nothing new. Renamed entities are followed through: every string in `after` still equal
 * to an old id is a leftover reference, and a broken one.
 */
export async function judgeChange(before: ConfigAt, after: ConfigAt, options: JudgeOptions = {}): Promise<Judgement> {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const validation = { settings, ...(options.trustedSchemas ? { trustedSchemas: options.trustedSchemas } : {}) };
  const [beforeReport, afterReport] = await Promise.all([
    validateDocuments(before.documents, { ...validation, agents: before.agents }),
    validateDocuments(after.documents, { ...validation, agents: after.agents }),
  ]);
  const diff =
    options.diff ??
    diffSnapshots(before.documents, after.documents, {
      fromLabel: before.label,
      toLabel: after.label,
      patches: false,
      secretKeys: settings.secretKeys,
    });
  const defined = definedAgents(after.documents);
  for (const definition of after.agents?.definitions ?? []) defined.add(definition.name);
  const renames = findLeftovers(renamesOf(diff), after.documents, defined);

  const problems = (list: readonly Diagnostic[]): Diagnostic[] => list.filter((d) => d.severity !== 'info');
  const labelled = labelFindings(problems(beforeReport.diagnostics), problems(afterReport.diagnostics));
  const renamedFrom = new Map(renames.map((r) => [r.from, r]));
  // A reference a change breaks blocks like an error. A config that did not exist before
  // breaks nothing: its dangling references keep their own severity (a first commit, a first PR).
  const hadConfig = before.exists && before.documents.length > 0;
  const added: Finding[] = labelled.new.map((d) =>
    hadConfig && BROKEN_REFERENCE_CODES.has(d.code)
      ? brokenReference(d, d.subject === undefined ? undefined : renamedFrom.get(d.subject))
      : d,
  );
  added.push(...leftoverFindings(renames, added));
  if (before.documents.length > 0 && after.documents.length === 0) {
    added.unshift({
      severity: 'error',
      code: 'config-removed',
      message: `all ${before.documents.length} config file${before.documents.length === 1 ? '' : 's'} that ${before.label} had ${before.documents.length === 1 ? 'is' : 'are'} gone${after.exists ? '' : ' (the config directory is missing)'}: ${before.documents.map((d) => d.path).join(', ')}`,
    });
  }
  added.sort(bySeverityThenPlace);
  const strict = options.strict ?? false;
  const fails = added.some((d) => d.severity === 'error' || (strict && d.severity === 'warning'));
  return {
    since: before.label,
    to: after.label,
    verdict: fails ? 'fail' : 'pass',
    strict,
    new: added,
    fixed: labelled.fixed,
    existing: labelled.existing,
    renames,
    agentsFrom: {
      before: before.agents ? (before.agentsFrom ?? null) : null,
      after: after.agents ? (after.agentsFrom ?? null) : null,
    },
    reports: { before: beforeReport, after: afterReport },
  };
}

const withoutIndices = (pointer: string | undefined): string => (pointer ?? '').replace(/\/\d+(?=\/|$)/g, '/#');

/** What a finding is about: the same problem keeps this key when lines move or array items shift. */
function fineKey(d: Diagnostic): string {
  return [d.code, d.file ?? '', d.subject ?? '', withoutIndices(d.pointer)].join('\0');
}

/** A subject named in the same file by the same rule: the reference moved to another key. */
function coarseKey(d: Diagnostic): string | undefined {
  return d.subject === undefined ? undefined : [d.code, d.file ?? '', d.subject].join('\0');
}

/**
 * Pairs findings of the two sides, many to many as multisets: first by their fine key, then
 * the rest by subject. What `after` keeps unpaired is new, what `before` keeps is fixed.
 */
export function labelFindings(
  before: readonly Diagnostic[],
  after: readonly Diagnostic[],
): { new: Diagnostic[]; fixed: Diagnostic[]; existing: Diagnostic[] } {
  const pool = new Map<string, Diagnostic[]>();
  for (const d of before) {
    const key = fineKey(d);
    const list = pool.get(key);
    if (list) list.push(d);
    else pool.set(key, [d]);
  }
  const existing: Diagnostic[] = [];
  const unpaired: Diagnostic[] = [];
  for (const d of after) {
    if (pool.get(fineKey(d))?.shift()) existing.push(d);
    else unpaired.push(d);
  }
  const coarse = new Map<string, Diagnostic[]>();
  for (const list of pool.values()) {
    for (const d of list) {
      const key = coarseKey(d);
      if (key === undefined) continue;
      const bucket = coarse.get(key);
      if (bucket) bucket.push(d);
      else coarse.set(key, [d]);
    }
  }
  const paired = new Set<Diagnostic>();
  const added: Diagnostic[] = [];
  for (const d of unpaired) {
    const key = coarseKey(d);
    const match = key === undefined ? undefined : coarse.get(key)?.shift();
    if (match) {
      paired.add(match);
      existing.push(d);
    } else added.push(d);
  }
  const fixed = [...pool.values()].flat().filter((d) => !paired.has(d));
  return { new: added, fixed, existing };
}

/** A reference the change broke blocks like an error, and says when a rename broke it. */
function brokenReference(d: Diagnostic, rename: Rename | undefined): Finding {
  if (!rename) return { ...d, severity: 'error' };
  return { ...d, severity: 'error', message: renamedMessage(rename) };
}

function renamedMessage(rename: Rename): string {
  return `${rename.kind} '${rename.from}' was renamed to '${rename.to}' in ${rename.file}; this reference still uses '${rename.from}'`;
}

/** Leftovers of renames that no validation rule reported already (their key is not a reference key). */
function leftoverFindings(renames: readonly Rename[], reported: readonly Finding[]): Finding[] {
  const seen = new Set(reported.map((d) => `${d.file}\0${d.pointer}`));
  return renames.flatMap((rename) =>
    rename.remaining
      .filter((r) => !seen.has(`${r.file}\0${r.pointer}`))
      .map(
        (r): Finding => ({
          severity: 'error',
          code: 'renamed-reference',
          subject: rename.from,
          file: r.file,
          pointer: r.pointer,
          line: r.line,
          column: r.column,
          message: renamedMessage(rename),
        }),
      ),
  );
}

/** Agents teams.json defines (members and orchestrators): an old id still defined is no leftover. */
export function definedAgents(documents: readonly ConfigDocument[]): Set<string> {
  const agents = new Set<string>();
  const teamsDoc = documents.find((d) => d.path === 'teams.json');
  const decoded = teamsDoc && decodeUtf8(teamsDoc.bytes);
  const parsed = decoded?.ok ? parseJson(decoded.text) : undefined;
  const teams = parsed?.ok ? (parsed.value as { teams?: unknown })?.teams : undefined;
  if (typeof teams !== 'object' || teams === null) return agents;
  for (const team of Object.values(teams as Record<string, unknown>)) {
    if (typeof team !== 'object' || team === null) continue;
    const { orchestrator, members } = team as { orchestrator?: unknown; members?: unknown };
    if (typeof orchestrator === 'string') agents.add(orchestrator);
    if (Array.isArray(members))
      for (const m of members)
        if (typeof (m as { agent?: unknown })?.agent === 'string') agents.add((m as { agent: string }).agent);
  }
  return agents;
}
