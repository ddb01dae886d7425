// Test entry point (@atrevete/understanding/testing): a local OpenAI-compatible stub for tests of the llm path.
export * from './openai-stub.js';
export * from './openai-wire.js';
