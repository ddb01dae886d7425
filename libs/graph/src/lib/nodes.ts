// The graph's nodes: understand the turn, answer it (or admit not understanding), record it.
import { composeReply } from './compose-reply.js';
import type { SalonDirectory } from './ports.js';
import * as replies from './replies.js';
import type {
  ConversationStateUpdate,
  ConversationStateValue,
} from './state.js';
import {
  type Understander,
  understandingSchema,
  type Understanding,
} from './understanding.js';

type Node = (state: ConversationStateValue) => Promise<ConversationStateUpdate>;

function understood(state: ConversationStateValue): Understanding {
  if (!state.understanding)
    throw new Error('A reply node ran before the understand node');
  return state.understanding;
}

/** Understands the turn's messages; any understander's output is checked against the schema. */
export function understandNode(
  directory: SalonDirectory,
  understander: Understander,
): Node {
  return async (state) => {
    const [settings, services] = await Promise.all([
      directory.settings(),
      directory.services(),
    ]);
    const understanding = understandingSchema.parse(
      await understander.understand(state.texts, {
        services,
        now: new Date(state.now),
        timeZone: settings.timeZone,
        recentTurns: state.history,
      }),
    );
    return { understanding };
  };
}

/** Answers from the salon's directory; nothing it states is written in code. */
export function respondNode(directory: SalonDirectory): Node {
  return async (state) => {
    const [settings, services, openingHours] = await Promise.all([
      directory.settings(),
      directory.services(),
      directory.openingHours(),
    ]);
    const reply = composeReply(understood(state), {
      settings,
      services,
      openingHours,
    });
    return { reply, misunderstoodCount: 0 };
  };
}

/** Says what the bot can do, and counts the turns in a row it did not understand. */
export function fallbackNode(): Node {
  return async (state) => ({
    reply: replies.fallback(),
    misunderstoodCount: state.misunderstoodCount + 1,
  });
}

/** Appends the answered turn to the bounded history. */
export function recordTurnNode(): Node {
  return async (state) => ({
    history: [
      {
        texts: state.texts,
        intent: understood(state).intent,
        reply: state.reply,
        at: state.now,
      },
    ],
  });
}
