// Fixtures that take more than a copy: a store of 1,000 backups, a git repo with the hook installed.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { sh } from './lib-measure.mjs';

const canonicalize = createRequire(import.meta.url)('canonicalize');

/** docs/FORMAT.md: 'sha256:' + SHA-256 of the RFC 8785 canonical JSON of the manifest without `checksum`. */
export function seal(manifest) {
  const { checksum: _drop, ...rest } = manifest;
  return { ...rest, checksum: `sha256:${createHash('sha256').update(canonicalize(rest), 'utf8').digest('hex')}` };
}

/**
 * Grows a store holding one real backup `seedName` to `count` backups by copying its directory
 * under generated names (backup-YYYYMMDD-HHMMSS, one hour apart) with re-sealed manifests.
 */
export function cloneBackups(store, seedName, count) {
  const seedDir = path.join(store, seedName);
  const manifest = JSON.parse(readFileSync(path.join(seedDir, 'manifest.json'), 'utf8'));
  const start = Date.UTC(2024, 0, 1);
  for (let i = 1; i < count; i++) {
    const at = new Date(start + i * 3600_000);
    const name = `backup-${at.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-')}`;
    const dir = path.join(store, name);
    cpSync(seedDir, dir, { recursive: true });
    const file = path.join(dir, 'manifest.json');
    writeFileSync(file, `${JSON.stringify(seal({ ...manifest, name, createdAt: at.toISOString() }), null, 2)}\n`);
  }
}

/**
 * 48 agent definition files in `<project>/.claude/agents`, as a Claude Code project has them:
 * one per agent the teams name, plus unused ones, each with YAML front matter and a prompt.
 */
export function agentFiles(project) {
  const teams = JSON.parse(readFileSync(path.join(project, '.claude', 'orchestration', 'teams.json'), 'utf8')).teams;
  const names = [...new Set(Object.values(teams).flatMap((t) => [t.orchestrator, ...t.members.map((m) => m.agent)]))];
  for (let i = names.length; i < 48; i++) names.push(`helper-agent-${i}`);
  const dir = path.join(project, '.claude', 'agents');
  mkdirSync(dir, { recursive: true });
  for (const name of names) {
    const front = `---\nname: ${name}\ndescription: Use this agent when the team needs ${name} work; it plans, reviews and reports back.\ntools: Read, Write, Edit, Bash, Grep, Glob\nmodel: sonnet\ncolor: blue\n---\n`;
    writeFileSync(
      path.join(dir, `${name}.md`),
      `${front}\nYou are ${name}.\n\n${'Follow the team conventions and report what you changed. '.repeat(40)}\n`,
    );
  }
}

const GIT_ENV = {
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.invalid',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.invalid',
  HUSKY: '1',
};

/**
 * A git repo with the typical config in .claude/orchestration, its agent files in .claude/agents, the package linked as
 * node_modules/orchestration-backup, `orch-backup hook install` run, and one commit made.
 */
export function hookRepo(dir, typicalGolden, { cli, projectRoot }) {
  mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
  symlinkSync(projectRoot, path.join(dir, 'node_modules', 'orchestration-backup'));
  cpSync(typicalGolden, path.join(dir, '.claude', 'orchestration'), { recursive: true });
  agentFiles(dir);
  writeFileSync(path.join(dir, 'README.md'), '# bench repo\n');
  writeFileSync(path.join(dir, '.gitignore'), '/node_modules/\n');
  sh('git init -q -b main .', { cwd: dir, env: GIT_ENV });
  sh(`"${process.execPath}" "${cli}" hook install`, { cwd: dir, env: GIT_ENV });
  sh('git add -A && git commit -q -m init', { cwd: dir, env: GIT_ENV });
  return GIT_ENV;
}

/**
 * A project as Claude Code sees it: the typical config, the package linked the way npm links
 * it (node_modules/orchestration-backup and its bin in node_modules/.bin), `claude install` run.
 * Returns the hook command install wrote and a payload writer.
 */
export function claudeProject(dir, typicalGolden, { cli, projectRoot }) {
  mkdirSync(path.join(dir, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(projectRoot, path.join(dir, 'node_modules', 'orchestration-backup'));
  symlinkSync(
    '../orchestration-backup/bin/orch-backup-claude-hook.js',
    path.join(dir, 'node_modules', '.bin', 'orch-backup-claude-hook'),
  );
  cpSync(typicalGolden, path.join(dir, '.claude', 'orchestration'), { recursive: true });
  agentFiles(dir);
  sh(`"${process.execPath}" "${cli}" claude install`, { cwd: dir });
  const settings = JSON.parse(readFileSync(path.join(dir, '.claude', 'settings.json'), 'utf8'));
  const command = settings.hooks.PreToolUse[0].hooks[0].command;
  /** Writes the payload Claude Code would send into `file`; the hook reads it on stdin. */
  const payload = (file, event, tool, input, toolUseId) =>
    writeFileSync(
      file,
      JSON.stringify({
        session_id: 'bench',
        transcript_path: path.join(dir, 't.jsonl'),
        cwd: dir,
        hook_event_name: event,
        tool_name: tool,
        tool_input: input,
        tool_use_id: toolUseId,
      }),
    );
  return { command, payload, env: { CLAUDE_PROJECT_DIR: dir } };
}
