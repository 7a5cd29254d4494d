/** One agent a definition file defines, as Claude Code would load it. */
export interface AgentDefinition {
  /** The front matter's `name:`, else the file stem. */
  name: string;
  /** Path relative to the config dir, with `/` separators (e.g. `../agents/qa/qa-e2e.md`). */
  file: string;
  /** Line of `name:` in the file; absent when the name is the file stem. */
  line?: number;
}

/** A definition file (or folder) that could not be read, or whose front matter is broken. */
export interface AgentFileProblem {
  kind: 'front-matter' | 'unreadable';
  file: string;
  line?: number;
  column?: number;
  message: string;
}

/**
 * The agent definition files at one point (the disk, a git revision, a backup), as data: the
 * checks never read them themselves, so every source is judged the same way.
 */
export interface AgentDefinitionSet {
  /** The agents directory relative to the config dir, with `/` separators, as findings name it. */
  dir: string;
  /** False when there is no such directory: nothing can then be said about definition files. */
  exists: boolean;
  definitions: AgentDefinition[];
  problems: AgentFileProblem[];
}

/** One definition file's content, wherever it was read from. */
export interface AgentFileText {
  /** Path relative to the agents directory, with `/` separators. */
  path: string;
  text: string;
}
