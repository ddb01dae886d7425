// Public API of @atrevete/graph: the conversation graph, its ports and the booking dialogue.
export {
  buildConversationGraph,
  DEFAULT_HANDOFF_SETTLE_MS,
  runTurn,
  type ConversationGraph,
  type ConversationGraphDeps,
  type Turn,
  type TurnResult,
} from './lib/conversation-graph.js';
export type {
  BookingDesk,
  ContactRef,
  Holiday,
  MediaKind,
  OpeningHoursRow,
  SalonAnswer,
  SalonDirectory,
  SalonSettings,
  ServiceInfo,
  StylistInfo,
} from './lib/ports.js';
export {
  ConversationState,
  HISTORY_LIMIT,
  type ConversationStateValue,
  type HandoffRequest,
} from './lib/state.js';
export { HANDOFF_LABEL } from './lib/dialogue/converse.js';
export {
  failedTurnNote,
  failedTurnReply,
  type HandoffReason,
} from './lib/replies.js';
export type { DialogueEvent } from './lib/dialogue/booking-flow.js';
export type { DialogueState } from './lib/dialogue/dialogue-state.js';
export {
  UNCONFIRMED_LABEL,
  appointmentMessageText,
  templateBody,
  unconfirmedNote,
  type AppointmentMessageFacts,
} from './lib/appointment-messages.js';
