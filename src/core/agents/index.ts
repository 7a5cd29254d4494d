export type { AgentDefinition, AgentDefinitionSet, AgentFileProblem, AgentFileText } from './types.js';
export { agentDefinitionsFrom, type FrontMatterMemo } from './front-matter.js';
export { readAgentDefinitionsAt } from './read-git.js';
export { readAgentDefinitions, type ReadAgentsOptions } from './read-disk.js';
