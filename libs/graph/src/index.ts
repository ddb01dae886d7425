// Public API of @atrevete/graph: the conversation graph, its ports and its language understanding.
export {
  buildConversationGraph,
  runTurn,
  type ConversationGraph,
  type ConversationGraphDeps,
  type Turn,
  type TurnResult,
} from './lib/conversation-graph.js';
export type {
  OpeningHoursRow,
  SalonDirectory,
  SalonSettings,
  ServiceInfo,
} from './lib/ports.js';
export { RulesUnderstander } from './lib/rules-understander.js';
export {
  ConversationState,
  HISTORY_LIMIT,
  type BookingState,
  type ConversationStateValue,
} from './lib/state.js';
export {
  intents,
  intentSchema,
  understandingSchema,
  type Intent,
  type TurnRecord,
  type Understander,
  type Understanding,
  type UnderstandingContext,
} from './lib/understanding.js';
