// Test entry point (@atrevete/understanding/testing): a local OpenAI-compatible stub for tests of the llm path, and the
// labelled corpora that measure an understander's accuracy.
export * from './openai-stub.js';
export * from './openai-wire.js';
export * from '../lib/corpus/labelled-utterance.js';
export * from '../lib/corpus/score.js';
export { devSet } from '../lib/corpus/dev-set.js';
export { heldOutSet } from '../lib/corpus/held-out-set.js';
export { demoAnswerTopics } from '../lib/corpus/demo-answers.js';
