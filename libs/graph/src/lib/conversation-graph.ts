// Builds the conversation graph over the salon's ports and runs one turn of a conversation on it.
import {
  type BaseCheckpointSaver,
  END,
  START,
  StateGraph,
} from '@langchain/langgraph';
import type { Intent, Understander } from '@atrevete/understanding';
import {
  converseNode,
  isSilenced,
  silentNode,
  understandNode,
} from './nodes.js';
import type { DialogueEvent } from './dialogue/booking-flow.js';
import type { BookingDesk, ContactRef, SalonDirectory } from './ports.js';
import {
  ConversationState,
  type ConversationStateValue,
  type HandoffRequest,
} from './state.js';

/** How long after a hand-off the bot treats new messages as written before Chatwoot applied it. */
export const DEFAULT_HANDOFF_SETTLE_MS = 60_000;

export interface ConversationGraphDeps {
  directory: SalonDirectory;
  desk: BookingDesk;
  understander: Understander;
  /** Where each conversation's state lives between turns (Redis in production). */
  checkpointer: BaseCheckpointSaver;
  handoffSettleMs?: number;
}

export function buildConversationGraph({
  directory,
  desk,
  understander,
  checkpointer,
  handoffSettleMs = DEFAULT_HANDOFF_SETTLE_MS,
}: ConversationGraphDeps) {
  return new StateGraph(ConversationState)
    .addNode('understand', understandNode(directory, understander))
    .addNode('converse', converseNode(directory, desk))
    .addNode('silent', silentNode())
    .addConditionalEdges(
      START,
      (state: ConversationStateValue) =>
        isSilenced(state, handoffSettleMs) ? 'silent' : 'understand',
      ['silent', 'understand'],
    )
    .addEdge('understand', 'converse')
    .addEdge('converse', END)
    .addEdge('silent', END)
    .compile({ checkpointer, name: 'conversation' });
}

export type ConversationGraph = ReturnType<typeof buildConversationGraph>;

export interface Turn {
  /** The conversation's checkpoint thread: the Chatwoot conversation id. */
  threadId: string;
  /** Every message of the turn, oldest first. */
  texts: string[];
  now: Date;
  /** Names the turn and keys its bookings; running a turn whose id the thread already recorded returns its outcome again. */
  turnId: string;
  contact: ContactRef;
}

export interface TurnResult {
  /** Empty when the bot stays silent. */
  reply: string;
  intent: Intent;
  /** Set when the turn hands the conversation to a person. */
  handoff: HandoffRequest | null;
  /** What the turn did to the appointments, if anything. */
  event: DialogueEvent | null;
}

function resultOf(state: Partial<ConversationStateValue>): TurnResult {
  return {
    reply: state.reply ?? '',
    intent: state.understanding?.intent ?? 'unknown',
    handoff: state.handoffRequest ?? null,
    event: state.event ?? null,
  };
}

/**
 * Runs the graph once on a turn, continuing the conversation's thread. Idempotent per turn id:
 * after a crash between the graph and the outbox, the replay gets the same outcome and the
 * conversation's state does not advance twice; a crash inside the graph replays it whole, and
 * the booking desk's effects are keyed by the turn id.
 */
export async function runTurn(
  graph: ConversationGraph,
  turn: Turn,
): Promise<TurnResult> {
  const config = { configurable: { thread_id: turn.threadId } };
  // The last checkpoint's values, read straight from the saver: graph.getState would also
  // work out the graph's next tasks, which a finished turn does not have.
  const saver = graph.checkpointer;
  if (typeof saver !== 'object')
    throw new Error('The conversation graph needs a checkpointer');
  const saved = await saver.getTuple(config);
  const previous = (saved?.checkpoint.channel_values ??
    {}) as Partial<ConversationStateValue>;
  if (previous.turnId === turn.turnId) return resultOf(previous);
  // One checkpoint per turn, written when it ends: a turn that dies midway is replayed whole
  // (the pipeline's turn id makes that safe), so the intermediate steps need no checkpoints.
  const state = await graph.invoke(
    {
      texts: turn.texts,
      now: turn.now.toISOString(),
      turnId: turn.turnId,
      contact: turn.contact,
      handoffRequest: null,
      event: null,
    },
    { ...config, durability: 'exit' },
  );
  return resultOf(state);
}
