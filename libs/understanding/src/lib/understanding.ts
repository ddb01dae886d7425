// What understanding a turn produces (one zod schema for every understander) and the interface they implement.
import type { ServiceInfo, StylistInfo } from '@atrevete/salon';
import { z } from 'zod';

/**
 * Every intent of shared/SALON.md. Understanders detect them; the dialogue routes on them and
 * reads the details from the entities, whichever `choose_*` intent was the main one.
 */
export const intents = [
  'greeting',
  'thanks_bye',
  'book',
  'choose_service',
  'choose_stylist',
  'choose_day',
  'choose_time',
  'choose_option',
  'give_name',
  'affirm',
  'deny',
  'correction',
  'change_of_mind',
  'my_appointments',
  'booking_check',
  'cancel',
  'reschedule',
  'price_question',
  'services_question',
  'hours_question',
  'address_question',
  'salon_question',
  'talk_to_person',
  'complaint',
  'unknown',
] as const;

export const intentSchema = z.enum(intents);
export type Intent = z.infer<typeof intentSchema>;

/**
 * The order that decides the main intent when a turn has several: what must be acted on
 * first comes first (a hand-off before anything, a question before the booking detail it
 * interrupts, a detail before the greeting around it).
 */
export const intentPriority: readonly Intent[] = [
  'talk_to_person',
  'complaint',
  'change_of_mind',
  'cancel',
  'reschedule',
  'booking_check',
  'my_appointments',
  'correction',
  'choose_option',
  'deny',
  'affirm',
  'price_question',
  'services_question',
  'hours_question',
  'address_question',
  'salon_question',
  'book',
  'give_name',
  'choose_time',
  'choose_day',
  'choose_stylist',
  'choose_service',
  'greeting',
  'thanks_bye',
  'unknown',
];

/** 'YYYY-MM-DD', a day in the salon's time zone. */
const localDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const entitiesSchema = z.object({
  /** Ids of the salon's services the customer named, in the order they were named. */
  serviceIds: z.array(z.number().int()),
  /**
   * The services one word could mean when the customer did not say which ("un corte": Corte
   * mujer, Corte hombre, Corte + peinado): the bot asks. Empty when the services are clear.
   */
  serviceChoices: z.array(z.number().int()),
  /** Ids of the stylists the customer asked for ("con Ana"); usually one. */
  stylistIds: z.array(z.number().int()),
  /** Ids of stylists the customer turned down ("con Ana no, con Marta": Ana). */
  rejectedStylistIds: z.array(z.number().int()),
  /** "me da igual", "cualquiera", "quien sea": any stylist will do. */
  anyStylist: z.boolean(),
  /** The day or days asked for, salon-local and inclusive ("el viernes": from = to; "la semana que viene": Monday to Sunday). */
  day: z.object({ from: localDateSchema, to: localDateSchema }).nullable(),
  /** "por la mañana" (before 14:00) or "por la tarde" (from 14:00). */
  partOfDay: z.enum(['morning', 'afternoon']).nullable(),
  /** A time of day in minutes from local midnight ("a las 5" in a salon: 17:00 = 1020); approximate for "sobre las 11". */
  time: z
    .object({
      minute: z.number().int().min(0).max(1439),
      approximate: z.boolean(),
    })
    .nullable(),
  /** A numbered option, 1-based ("la segunda", "la 2", "el primero"). */
  option: z.number().int().min(1).nullable(),
  /** The name to book under ("soy Laura Pérez" → "Laura Pérez"; "a nombre de mi hija Carla" → "Carla"). */
  name: z.string().min(1).nullable(),
  /** The name is someone else's, the booking is for them ("a nombre de mi hija Carla"), not the customer's own. */
  nameForSomeoneElse: z.boolean(),
  /** "a mi nombre", "para mí": under the customer's own (known or WhatsApp) name. */
  ownName: z.boolean(),
  /** Services salons sell that this salon does not ("¿hacéis extensiones?"), each with the closest it does. */
  unofferedServices: z.array(
    z.object({
      /** As the bot names it back: "extensiones". */
      name: z.string().min(1),
      closestServiceIds: z.array(z.number().int()),
    }),
  ),
  /**
   * Limits on the time rather than a wish: `endBy` ("tengo que irme a las 5": over by 17:00),
   * `notBefore` ("salgo de trabajar a las 6": from 18:00). Minutes from local midnight.
   */
  timeBounds: z.object({
    endBy: z.number().int().min(0).max(1440).nullable(),
    notBefore: z.number().int().min(0).max(1440).nullable(),
  }),
  /** "más tarde" / "más temprano" to the slots just offered: which way to look. */
  nudge: z.enum(['later', 'earlier']).nullable(),
  /** "a la misma hora": a move keeps the time of the appointment moved. */
  sameTime: z.boolean(),
  /** "¿quién está libre el viernes?": which stylists have free time, not a slot yet. */
  asksWhoIsFree: z.boolean(),
  /** Ids of the salon's own answers the customer asked about ("¿y si llego tarde?": lateness). */
  answerIds: z.array(z.number().int()),
  /** The turn's messages as received, joined by newlines. */
  rawText: z.string(),
});
export type Entities = z.infer<typeof entitiesSchema>;
export type UnofferedService = Entities['unofferedServices'][number];

export const understandingSchema = z.object({
  /** What the turn is mainly about: the first of its intents in `intentPriority`. */
  intent: intentSchema,
  /** Further intents of the same turn, in `intentPriority` order (e.g. a greeting before a booking). */
  otherIntents: z.array(intentSchema),
  entities: entitiesSchema,
});
export type Understanding = z.infer<typeof understandingSchema>;

/** Entities with nothing found: what an understander starts from. */
export function noEntities(rawText: string): Entities {
  return {
    serviceIds: [],
    serviceChoices: [],
    stylistIds: [],
    rejectedStylistIds: [],
    anyStylist: false,
    day: null,
    partOfDay: null,
    time: null,
    option: null,
    name: null,
    nameForSomeoneElse: false,
    ownName: false,
    unofferedServices: [],
    asksWhoIsFree: false,
    timeBounds: { endBy: null, notBefore: null },
    nudge: null,
    sameTime: false,
    answerIds: [],
    rawText,
  };
}

/** One answered turn, as kept in the conversation's history. */
export interface TurnRecord {
  texts: string[];
  intent: Intent;
  reply: string;
  /** ISO 8601 instant of the turn. */
  at: string;
}

/**
 * What the bot's last reply asked for, so that a bare answer is read as such ("Laura" after
 * "¿A nombre de quién hago la reserva?" is a name; "sí" after a summary is a confirmation).
 */
export const expectations = [
  'service',
  'stylist_or_day',
  'option',
  'name',
  'confirmation',
  'appointment_choice',
] as const;
export type Expectation = (typeof expectations)[number];

/** One of the salon's own answers, as understanders see it: what it is about and how customers ask. */
export interface SalonAnswerTopic {
  id: number;
  /** "Retrasos", "Formas de pago". */
  topic: string;
  /** Words and short phrases customers use for it ("llego tarde", "bizum"). */
  phrasings: string[];
}

/** What an understander may use besides the texts: the salon's catalogue and staff, the clock, the conversation. */
export interface UnderstandingContext {
  /** Active services. */
  services: ServiceInfo[];
  /** Active stylists. */
  stylists: StylistInfo[];
  /** The salon's own questions and answers (active ones); none when left out. */
  answers?: readonly SalonAnswerTopic[];
  /** The turn's instant; relative days ("mañana", "el viernes") count from its local date. */
  now: Date;
  /** IANA zone of the salon, e.g. "Europe/Madrid". */
  timeZone: string;
  /** Recent turns, oldest first. */
  recentTurns: TurnRecord[];
  /** What the bot's last reply asked for, if anything. */
  expecting: Expectation | null;
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

/** Orders a turn's intents by `intentPriority`: the first is the main one. */
export function rankIntents(found: Iterable<Intent>): {
  intent: Intent;
  otherIntents: Intent[];
} {
  const ordered = [...new Set(found)]
    .filter((intent) => intent !== 'unknown')
    .sort((a, b) => intentPriority.indexOf(a) - intentPriority.indexOf(b));
  const [intent = 'unknown', ...otherIntents] = ordered;
  return { intent, otherIntents };
}
