// The booking dialogue's memory between turns: what the customer is doing, what they chose, what the bot asked.
import type { Expectation } from '@atrevete/understanding';

/** What the customer wants so far; every field comes from their own words. */
export interface BookingDraft {
  serviceIds: number[];
  stylistId: number | null;
  /** "me da igual": any stylist of the services' category. */
  anyStylist: boolean;
  /** Salon-local days, inclusive. */
  day: { from: string; to: string } | null;
  partOfDay: 'morning' | 'afternoon' | null;
  /** Minutes from local midnight. */
  time: number | null;
  /**
   * "más tarde" / "más temprano" than the slots offered: only starts in [from, to) minutes of
   * the day. Absent in checkpoints written before it existed.
   */
  startWindow?: { from: number; to: number } | null;
  /** "tengo que irme a las 5": the appointment must be over by this minute of the day. */
  endBy?: number | null;
  /** "salgo de trabajar a las 6": no start before this minute of the day. */
  notBefore?: number | null;
}

/** A slot the bot offered, as stored in the checkpoint (instants as ISO strings). */
export interface Offer {
  stylistId: number;
  start: string;
  end: string;
}

/** What the customer is doing; `offering_salon`: a change came too late and the bot offered to pass the conversation to the salon. */
export type Flow =
  | 'idle'
  | 'booking'
  | 'cancel'
  | 'reschedule'
  | 'offering_salon';

export interface DialogueState {
  flow: Flow;
  draft: BookingDraft;
  /** The numbered slots of the last offer. */
  offers: Offer[];
  /** The slot the customer picked, awaiting a name or the final yes. */
  chosen: Offer | null;
  /** What the bot's last reply asked for. */
  awaiting: Expectation | null;
  /** The services of a numbered service list, so that "la 2" names one. */
  serviceChoices: number[];
  /** The appointments of a numbered list, so that "la 2" names one. */
  appointmentIds: number[];
  /** The appointment being cancelled or moved. */
  appointmentId: number | null;
  /** The customer's own name, once given or confirmed in this conversation. */
  customerName: string | null;
  /** The person this booking is for, when not the customer ("a nombre de mi hija Carla"). */
  bookingFor: string | null;
  /** For staff, when the bot offered to pass the conversation: what the customer wanted. */
  handoffContext: string | null;
  /** A name the bot proposed (the WhatsApp profile name) and asked the customer to confirm. */
  proposedName: string | null;
  /**
   * The stylist the bot proposed ("¿con Ana, como la última vez?"): a yes, or a day without
   * anyone named, takes her. Absent in checkpoints written before it existed.
   */
  proposedStylistId?: number | null;
}

export function emptyDraft(): BookingDraft {
  return {
    serviceIds: [],
    stylistId: null,
    anyStylist: false,
    day: null,
    partOfDay: null,
    time: null,
  };
}

export function idleDialogue(
  customerName: string | null = null,
): DialogueState {
  return {
    flow: 'idle',
    draft: emptyDraft(),
    offers: [],
    chosen: null,
    awaiting: null,
    serviceChoices: [],
    appointmentIds: [],
    appointmentId: null,
    customerName,
    bookingFor: null,
    handoffContext: null,
    proposedName: null,
  };
}
