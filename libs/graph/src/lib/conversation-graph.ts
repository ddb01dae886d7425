// Builds the conversation graph over the salon's ports and runs one turn of a conversation on it.
import {
  type BaseCheckpointSaver,
  END,
  START,
  StateGraph,
} from '@langchain/langgraph';
import {
  fallbackNode,
  recordTurnNode,
  respondNode,
  understandNode,
} from './nodes.js';
import type { SalonDirectory } from './ports.js';
import { RulesUnderstander } from './rules-understander.js';
import { ConversationState, type ConversationStateValue } from './state.js';
import type { Intent, Understander } from './understanding.js';

export interface ConversationGraphDeps {
  directory: SalonDirectory;
  /** Defaults to the offline rules understander. */
  understander?: Understander;
  /** Where each conversation's state lives between turns (Redis in production). */
  checkpointer: BaseCheckpointSaver;
}

/** The nodes a turn can go to once understood; the booking flow and the hand-off add theirs. */
export function routeAfterUnderstanding(
  state: ConversationStateValue,
): 'respond' | 'fallback' {
  return state.understanding?.intent === 'unknown' ? 'fallback' : 'respond';
}

export function buildConversationGraph({
  directory,
  understander = new RulesUnderstander(),
  checkpointer,
}: ConversationGraphDeps) {
  return new StateGraph(ConversationState)
    .addNode('understand', understandNode(directory, understander))
    .addNode('respond', respondNode(directory))
    .addNode('fallback', fallbackNode())
    .addNode('recordTurn', recordTurnNode())
    .addEdge(START, 'understand')
    .addConditionalEdges('understand', routeAfterUnderstanding, [
      'respond',
      'fallback',
    ])
    .addEdge('respond', 'recordTurn')
    .addEdge('fallback', 'recordTurn')
    .addEdge('recordTurn', END)
    .compile({ checkpointer, name: 'conversation' });
}

export type ConversationGraph = ReturnType<typeof buildConversationGraph>;

export interface Turn {
  /** The conversation's checkpoint thread: the Chatwoot conversation id. */
  threadId: string;
  /** Every message of the turn, oldest first. */
  texts: string[];
  now: Date;
  /** Names the turn; running a turn whose id the thread already recorded returns its reply again. */
  turnId?: string;
}

export interface TurnResult {
  reply: string;
  intent: Intent;
}

/**
 * Runs the graph once on a turn, continuing the conversation's thread. Idempotent per turn id:
 * after a crash between the graph and the outbox, the replay gets the same reply and the
 * conversation's state does not advance twice.
 */
export async function runTurn(
  graph: ConversationGraph,
  turn: Turn,
): Promise<TurnResult> {
  const config = { configurable: { thread_id: turn.threadId } };
  if (turn.turnId) {
    const { values } = await graph.getState(config);
    const previous = values as Partial<ConversationStateValue>;
    if (previous.turnId === turn.turnId && previous.reply) {
      return {
        reply: previous.reply,
        intent: previous.understanding?.intent ?? 'unknown',
      };
    }
  }
  // One checkpoint per turn, written when it ends: a turn that dies midway is replayed whole
  // (the pipeline's turn id makes that safe), so the intermediate steps need no checkpoints.
  const state = await graph.invoke(
    {
      texts: turn.texts,
      now: turn.now.toISOString(),
      turnId: turn.turnId ?? '',
    },
    { ...config, durability: 'exit' },
  );
  return {
    reply: state.reply,
    intent: state.understanding?.intent ?? 'unknown',
  };
}
