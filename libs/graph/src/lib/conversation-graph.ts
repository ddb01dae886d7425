// Builds the conversation graph over the salon's ports and runs one turn of a conversation on it.
import {
  type BaseCheckpointSaver,
  END,
  START,
  StateGraph,
} from '@langchain/langgraph';
import { randomUUID } from 'node:crypto';
import type { Intent, Understander } from '@atrevete/understanding';
import {
  converseNode,
  isSilenced,
  silentNode,
  understandNode,
} from './nodes.js';
import type { DialogueEvent } from './dialogue/booking-flow.js';
import type {
  BookingDesk,
  ContactRef,
  MediaKind,
  SalonDirectory,
} from './ports.js';
import {
  BASE_CHECKPOINT_KEY,
  TURN_ID_KEY,
  TURN_RUN_KEY,
  TurnCheckpointSaver,
} from './turn-checkpoints.js';
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
    .compile({
      checkpointer: new TurnCheckpointSaver(checkpointer),
      name: 'conversation',
    });
}

export type ConversationGraph = ReturnType<typeof buildConversationGraph>;

export interface Turn {
  /** The conversation's checkpoint thread: the Chatwoot conversation id. */
  threadId: string;
  /** Every message of the turn, oldest first. */
  texts: string[];
  /** What its messages without text carried (a voice note nobody could transcribe, a photo…). */
  media?: MediaKind[];
  /** Staff gave the conversation back since the bot's last hand-off: no settle time to wait. */
  returnedToBot?: boolean;
  now: Date;
  /** Names the turn and keys its bookings, so running it again books nothing twice. */
  turnId: string;
  /** The checkpoint the conversation's last finished turn committed; null for its first turn. */
  baseCheckpointId: string | null;
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
  /** The checkpoint this run wrote: the turn's commit records it, and the next turn starts from it. */
  checkpointId: string;
}

/**
 * Runs the graph once on a turn, starting from the turn's base checkpoint, never from whatever
 * an earlier or concurrent attempt of it wrote. Each attempt is a fork of the base; the one whose
 * commit wins is promoted by recording `checkpointId`, so the state the next turn reads always
 * agrees with the reply that was committed. Effects on the salon (bookings, cancellations, moves)
 * are keyed by the turn id, so an attempt that runs again finds them done and says so.
 */
export async function runTurn(
  graph: ConversationGraph,
  turn: Turn,
): Promise<TurnResult> {
  const saver = graph.checkpointer;
  if (!(saver instanceof TurnCheckpointSaver))
    throw new Error('The conversation graph needs its turn checkpointer');
  const run = randomUUID();
  try {
    // One checkpoint per turn, written when it ends: an attempt that dies midway is run again whole.
    const state = await graph.invoke(
      {
        texts: turn.texts,
        media: turn.media ?? [],
        returnedToBot: turn.returnedToBot ?? false,
        now: turn.now.toISOString(),
        turnId: turn.turnId,
        contact: turn.contact,
        handoffRequest: null,
        event: null,
      },
      {
        configurable: {
          thread_id: turn.threadId,
          [BASE_CHECKPOINT_KEY]: turn.baseCheckpointId,
          [TURN_ID_KEY]: turn.turnId,
          [TURN_RUN_KEY]: run,
        },
        durability: 'exit',
      },
    );
    const checkpointId = saver.takeWritten(run);
    if (!checkpointId)
      throw new Error(`turn ${turn.turnId} ended without a checkpoint`);
    return {
      reply: state.reply ?? '',
      intent: state.understanding?.intent ?? 'unknown',
      handoff: state.handoffRequest ?? null,
      event: state.event ?? null,
      checkpointId,
    };
  } finally {
    saver.takeWritten(run);
  }
}
