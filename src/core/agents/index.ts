export type { AgentDefinition, AgentDefinitionSet, AgentFileText } from './types.js';
export { agentDefinitionsFrom } from './front-matter.js';
export { readAgentDefinitions } from './read-disk.js';
