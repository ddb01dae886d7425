// The graph's nodes: stay silent while a person has the conversation, or understand the turn and converse; both record it.
import {
  type Intent,
  noEntities,
  rankIntents,
  type TurnRecord,
  type Understander,
  understandingSchema,
} from '@atrevete/understanding';
import { converse } from './dialogue/converse.js';
import type { SalonFacts } from './dialogue/views.js';
import { readDialogue } from './dialogue/read-dialogue.js';
import type { BookingDesk, SalonDirectory } from './ports.js';
import type {
  ConversationStateUpdate,
  ConversationStateValue,
} from './state.js';

type Node = (state: ConversationStateValue) => Promise<ConversationStateUpdate>;

async function salonFacts(directory: SalonDirectory): Promise<SalonFacts> {
  const [settings, services, stylists, openingHours, holidays, answers] =
    await Promise.all([
      directory.settings(),
      directory.services(),
      directory.stylists(),
      directory.openingHours(),
      directory.holidays(),
      directory.answers(),
    ]);
  return { settings, services, stylists, openingHours, holidays, answers };
}

/**
 * Whether the bot must stay silent: it handed the conversation to a person moments ago. Staff
 * give a conversation back by setting it `pending` again, and the webhook only passes messages
 * of the bot's conversations, so a turn that comes later than the settle time means the bot
 * has it again; one that comes sooner was written before Chatwoot applied the hand-off, unless
 * Chatwoot told us (a status event) that staff gave it back already.
 */
export function isSilenced(
  state: ConversationStateValue,
  settleMs: number,
): boolean {
  if (!state.handedOffAt || state.returnedToBot) return false;
  return Date.parse(state.now) - Date.parse(state.handedOffAt) < settleMs;
}

/** Understands the turn's messages; any understander's output is checked against the schema. */
export function understandNode(
  directory: SalonDirectory,
  understander: Understander,
): Node {
  return async (state) => {
    // Only media (a voice note nobody could transcribe, a photo): nothing to understand.
    if (state.texts.length === 0)
      return {
        understanding: { ...rankIntents([]), entities: noEntities('') },
        handedOffAt: null,
      };
    const facts = await salonFacts(directory);
    const understanding = understandingSchema.parse(
      await understander.understand(state.texts, {
        services: facts.services,
        stylists: facts.stylists,
        answers: facts.answers,
        now: new Date(state.now),
        timeZone: facts.settings.timeZone,
        recentTurns: state.history,
        expecting: state.dialogue.awaiting,
      }),
    );
    return { understanding, handedOffAt: null };
  };
}

/** Runs the booking dialogue on the understood turn. */
export function converseNode(
  directory: SalonDirectory,
  desk: BookingDesk,
): Node {
  return async (state) => {
    if (!state.understanding)
      throw new Error('The converse node ran before the understand node');
    const outcome = await converse(
      {
        facts: await salonFacts(directory),
        desk,
        contact: state.contact,
        now: new Date(state.now),
        turnId: state.turnId,
      },
      {
        understanding: state.understanding,
        // A checkpoint may hold the dialogue in the shape of an older release.
        dialogue: readDialogue(state.dialogue),
        misunderstoodCount: state.misunderstoodCount,
        history: state.history,
        texts: state.texts,
        media: state.media,
      },
    );
    return {
      reply: outcome.reply,
      dialogue: outcome.dialogue,
      misunderstoodCount: outcome.misunderstoodCount,
      handoffRequest: outcome.handoff,
      event: outcome.event,
      handedOffAt: outcome.handoff ? state.now : null,
      history: [turnRecord(state, state.understanding.intent, outcome.reply)],
    };
  };
}

/** A person has the conversation: no reply, nothing understood, only the turn remembered. */
export function silentNode(): Node {
  return async (state) => ({
    reply: '',
    understanding: null,
    history: [turnRecord(state, 'unknown', '')],
  });
}

/** The turn as the bounded history keeps it (each node that ends a turn appends it). */
function turnRecord(
  state: ConversationStateValue,
  intent: Intent,
  reply: string,
): TurnRecord {
  return { texts: state.texts, intent, reply, at: state.now };
}
