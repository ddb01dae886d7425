// The conversation's checkpointed state: this turn's messages, what they meant, the reply, memory.
import { Annotation } from '@langchain/langgraph';
import type { TurnRecord, Understanding } from '@atrevete/understanding';
import type { DialogueEvent } from './dialogue/booking-flow.js';
import { type DialogueState, idleDialogue } from './dialogue/dialogue-state.js';
import type { ContactRef, MediaKind } from './ports.js';
import type { HandoffReason } from './replies.js';

/** Turns kept in the history: enough context for a reply, small enough for every checkpoint. */
export const HISTORY_LIMIT = 10;

/** What the turn asks staff for when it hands the conversation to a person. */
export interface HandoffRequest {
  /** Why, as a code: the console lists hand-offs by it. */
  reason: HandoffReason;
  /** Private note for staff: why, and what the customer wanted. */
  note: string;
  label: string;
}

const replaced = <T>(_previous: T, next: T): T => next;

export const ConversationState = Annotation.Root({
  /** The inbound messages of this turn (a burst is one turn). */
  texts: Annotation<string[]>({ reducer: replaced, default: () => [] }),
  /** What the turn's messages without text carried (a voice note, a photo…), in order. */
  media: Annotation<MediaKind[]>({ reducer: replaced, default: () => [] }),
  /** Staff gave the conversation back (Chatwoot status back to `pending`) since the last hand-off. */
  returnedToBot: Annotation<boolean>({
    reducer: replaced,
    default: () => false,
  }),
  /** The turn's id (derived from the messages it answers); a replayed turn is recognised by it. */
  turnId: Annotation<string>({ reducer: replaced, default: () => '' }),
  /** ISO 8601 instant of this turn; a string so that every checkpointer stores it as is. */
  now: Annotation<string>({ reducer: replaced, default: () => '' }),
  /** ISO 8601 instant the turn's first message was written (Chatwoot's created_at). */
  firstMessageAt: Annotation<string>({ reducer: replaced, default: () => '' }),
  contact: Annotation<ContactRef>({
    reducer: replaced,
    default: () => ({
      contactId: null,
      phone: null,
      phoneVerified: false,
      profileName: null,
    }),
  }),
  understanding: Annotation<Understanding | null>({
    reducer: replaced,
    default: () => null,
  }),
  /** Empty when the bot stays silent (the conversation is with a person). */
  reply: Annotation<string>({ reducer: replaced, default: () => '' }),
  /** Set by the turn that hands the conversation to a person. */
  handoffRequest: Annotation<HandoffRequest | null>({
    reducer: replaced,
    default: () => null,
  }),
  /** What this turn did to the appointments (booked, cancelled, …), for metrics; null for most turns. */
  event: Annotation<DialogueEvent | null>({
    reducer: replaced,
    default: () => null,
  }),
  /** Recent turns, oldest first; updates append and the oldest fall off. */
  history: Annotation<TurnRecord[]>({
    reducer: (previous, added) => [...previous, ...added].slice(-HISTORY_LIMIT),
    default: () => [],
  }),
  dialogue: Annotation<DialogueState>({
    reducer: replaced,
    default: () => idleDialogue(),
  }),
  /** When the bot handed the conversation to a person (ISO 8601); null while the bot has it. */
  handedOffAt: Annotation<string | null>({
    reducer: replaced,
    default: () => null,
  }),
  /** Turns in a row the bot could not understand; any understood turn resets it. */
  misunderstoodCount: Annotation<number>({
    reducer: replaced,
    default: () => 0,
  }),
});

export type ConversationStateValue = typeof ConversationState.State;
export type ConversationStateUpdate = typeof ConversationState.Update;
