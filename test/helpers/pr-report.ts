import type { PrReport } from '../../src/render/markdown.js';

/**
 * A pull request report for acme/agents, feature onto main, with no artifact: the fields a
 * test does not vary held fixed, so each test names only what it is about.
 */
export function prReport(fields: Pick<PrReport, 'diff' | 'validation'> & Partial<PrReport>): PrReport {
  return {
    header: '',
    repository: 'acme/agents',
    baseRef: 'main',
    headRef: 'feature',
    baseSha: 'a'.repeat(40),
    headSha: 'b'.repeat(40),
    configDir: '.claude/orchestration',
    runUrl: 'https://github.com/acme/agents/actions/runs/1',
    secretKeys: [],
    ...fields,
  };
}
