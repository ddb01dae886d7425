// The conversation's checkpointed state: this turn's messages, what they meant, the reply, memory.
import { Annotation } from '@langchain/langgraph';
import type { TurnRecord, Understanding } from './understanding.js';

/** Turns kept in the history: enough context for a reply, small enough for every checkpoint. */
export const HISTORY_LIMIT = 10;

/** The booking dialogue's memory; the booking flow adds its steps and the customer's choices. */
export interface BookingState {
  stage: 'idle';
}

const replaced = <T>(_previous: T, next: T): T => next;

export const ConversationState = Annotation.Root({
  /** The inbound messages of this turn (a burst is one turn). */
  texts: Annotation<string[]>({ reducer: replaced, default: () => [] }),
  /** The turn's id (derived from the messages it answers); a replayed turn is recognised by it. */
  turnId: Annotation<string>({ reducer: replaced, default: () => '' }),
  /** ISO 8601 instant of this turn; a string so that every checkpointer stores it as is. */
  now: Annotation<string>({ reducer: replaced, default: () => '' }),
  understanding: Annotation<Understanding | null>({
    reducer: replaced,
    default: () => null,
  }),
  reply: Annotation<string>({ reducer: replaced, default: () => '' }),
  /** Recent turns, oldest first; updates append and the oldest fall off. */
  history: Annotation<TurnRecord[]>({
    reducer: (previous, added) => [...previous, ...added].slice(-HISTORY_LIMIT),
    default: () => [],
  }),
  booking: Annotation<BookingState>({
    reducer: replaced,
    default: () => ({ stage: 'idle' }),
  }),
  /** Turns in a row the bot could not understand; any understood turn resets it. */
  misunderstoodCount: Annotation<number>({
    reducer: replaced,
    default: () => 0,
  }),
});

export type ConversationStateValue = typeof ConversationState.State;
export type ConversationStateUpdate = typeof ConversationState.Update;
