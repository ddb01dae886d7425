// Public API of @atrevete/understanding: what a customer's Spanish messages mean, offline (rules) or with an LLM.
export * from './lib/understanding.js';
export {
  LlmUnderstander,
  type LlmUnderstanderOptions,
  type WarnLogger,
} from './lib/llm/llm-understander.js';
export {
  RulesUnderstander,
  understandTurn,
} from './lib/rules/rules-understander.js';
