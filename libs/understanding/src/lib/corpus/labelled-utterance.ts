// The format of the labelled Spanish utterances that measure an understander's accuracy.
import type { Expectation, Intent } from '../understanding.js';

/** Every corpus is labelled against this instant: Thursday 26 November 2026, 12:00 in Madrid. */
export const CORPUS_NOW = new Date('2026-11-26T11:00:00Z');
export const CORPUS_TIME_ZONE = 'Europe/Madrid';

/**
 * One turn as a customer would write it and what it means, against the demo salon of
 * shared/SALON.md (services and stylists by their names). Only the entity fields given are
 * checked; a field given as null must come out null.
 */
export interface LabelledUtterance {
  /** The messages of one turn (a burst has several). */
  texts: string[];
  /** What the bot's previous reply asked for, if the utterance answers it. */
  expecting?: Expectation;
  intent: Intent;
  /** When given, the further intents must be exactly these (in any order). */
  otherIntents?: Intent[];
  entities?: {
    /** Service names of the demo catalogue, in the order named. */
    services?: string[];
    /** Service names one word could mean ("un corte"), in catalogue order. */
    serviceChoices?: string[];
    /** Stylist names of the demo salon. */
    stylists?: string[];
    rejectedStylists?: string[];
    anyStylist?: boolean;
    /** 'YYYY-MM-DD' days, relative to CORPUS_NOW. */
    day?: { from: string; to: string } | null;
    partOfDay?: 'morning' | 'afternoon' | null;
    /** 'HH:MM', 24-hour. */
    time?: { at: string; approximate: boolean } | null;
    option?: number | null;
    name?: string | null;
    /** The name is a relative's or friend's ("a nombre de mi hija Carla"). */
    nameForSomeoneElse?: boolean;
  };
}
