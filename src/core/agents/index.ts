export type { AgentDefinition, AgentDefinitionSet, AgentFileProblem, AgentFileText } from './types.js';
export { agentDefinitionsFrom } from './front-matter.js';
export { readAgentDefinitions, type ReadAgentsOptions } from './read-disk.js';
