// What understanding a turn produces (one zod schema) and the interface every understander implements.
import { z } from 'zod';
import type { ServiceInfo } from './ports.js';

/** Every intent of SALON.md; the graph routes on these, understanders only detect them. */
export const intents = [
  'greeting',
  'thanks_bye',
  'book',
  'reschedule',
  'cancel',
  'my_appointments',
  'price_question',
  'services_question',
  'hours_question',
  'address_question',
  'choose_option',
  'give_name',
  'give_booking_details',
  'affirm',
  'deny',
  'talk_to_person',
  'complaint',
  'unknown',
] as const;

export const intentSchema = z.enum(intents);
export type Intent = z.infer<typeof intentSchema>;

export const understandingSchema = z.object({
  /** What the reply is mainly about. */
  intent: intentSchema,
  /** Further intents of the same turn, most important first (e.g. a greeting before a question). */
  otherIntents: z.array(intentSchema),
  entities: z.object({
    /** Ids of the salon's services the customer named, in the order they were named. */
    serviceIds: z.array(z.number().int()),
    /** The turn's messages as received, joined by newlines. */
    rawText: z.string(),
  }),
});
export type Understanding = z.infer<typeof understandingSchema>;

/** One answered turn, as kept in the conversation's history. */
export interface TurnRecord {
  texts: string[];
  intent: Intent;
  reply: string;
  /** ISO 8601 instant of the turn. */
  at: string;
}

/** What an understander may use besides the texts: the catalogue, the clock and the conversation. */
export interface UnderstandingContext {
  services: ServiceInfo[];
  now: Date;
  timeZone: string;
  recentTurns: TurnRecord[];
}

export interface Understander {
  /** Understands all messages of one turn together (a burst counts as one turn). */
  understand(
    texts: string[],
    ctx: UnderstandingContext,
  ): Promise<Understanding>;
}

/** True when the turn contains the intent, as main or further intent. */
export function hasIntent(
  understanding: Understanding,
  intent: Intent,
): boolean {
  return (
    understanding.intent === intent ||
    understanding.otherIntents.includes(intent)
  );
}
