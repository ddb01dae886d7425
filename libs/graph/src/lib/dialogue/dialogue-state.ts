// The booking dialogue's memory between turns: one shape per flow (idle, booking, cancelling, moving, offering the
// salon), each with only what that flow needs, so that an impossible state — a summary without a slot, a cancel
// without its appointment, an idle conversation waiting for an answer — cannot be written.
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

/**
 * The dialogue's transitions, as a table: what each flow can be waiting for, in the order the
 * steps usually come. Every flow ends in `idle` (done, dropped, handed over); any flow can start
 * another when the customer asks for it ("quiero cancelar" in the middle of a booking).
 *
 * | flow             | waits for, step by step                                         | ends when                          |
 * |------------------|-----------------------------------------------------------------|------------------------------------|
 * | `idle`           | nothing                                                         | —                                  |
 * | `booking`        | service → stylist_or_day → option → name → confirmation         | booked, "déjalo", no to the slots  |
 * | `cancel`         | appointment_choice → confirmation                               | cancelled, kept, too late          |
 * | `reschedule`     | appointment_choice → stylist_or_day → option → confirmation     | moved, kept, too late              |
 * | `offering_salon` | confirmation ("¿Te paso con el salón?")                         | handed over, or no                 |
 */
export const STEPS = {
  idle: [],
  booking: ['service', 'stylist_or_day', 'option', 'name', 'confirmation'],
  cancel: ['appointment_choice', 'confirmation'],
  reschedule: [
    'appointment_choice',
    'stylist_or_day',
    'option',
    'confirmation',
  ],
  offering_salon: ['confirmation'],
} as const satisfies Record<string, readonly Expectation[]>;

/** What the customer is doing; `offering_salon`: a change came too late and the bot offered to pass the conversation to the salon. */
export type Flow = keyof typeof STEPS;

export type StepOf<F extends Flow> = (typeof STEPS)[F][number];

/** Known in every flow. */
interface Known {
  /** The customer's own name, once given or confirmed in this conversation. */
  customerName: string | null;
}

/** Looking for a slot: a new booking, or the new time of a move. */
interface SlotSearch {
  draft: BookingDraft;
  /** The numbered slots of the last offer. */
  offers: Offer[];
  /** The slot the customer picked, awaiting a name or the final yes. */
  chosen: Offer | null;
}

/** Nothing under way; what the last reply listed can still be pointed at. */
export interface Idle extends Known {
  flow: 'idle';
  awaiting: null;
  /** The appointments of the last numbered list, so that "cancela la 2" names one. */
  appointmentIds: number[];
  /** Services the customer asked about ("¿cuánto cuesta el tinte?"): "vale, el sábado" books them. */
  askedServiceIds: number[];
}

export interface Booking extends Known, SlotSearch {
  flow: 'booking';
  awaiting: StepOf<'booking'>;
  /** The services of a numbered service list, so that "la 2" names one. */
  serviceChoices: number[];
  /** The person this booking is for, when not the customer ("a nombre de mi hija Carla"). */
  bookingFor: string | null;
  /** A name the bot proposed (the WhatsApp profile name) and asked the customer to confirm. */
  proposedName: string | null;
  /** The stylist the bot proposed ("¿con Ana, como la última vez?"): a yes, or a day without anyone named, takes her. */
  proposedStylistId: number | null;
}

export type Cancelling = Known & { flow: 'cancel' } & (
    | {
        awaiting: 'appointment_choice';
        /** The appointments listed to choose from. */
        appointmentIds: number[];
      }
    | { awaiting: 'confirmation'; appointmentId: number }
  );

export type Moving = Known &
  SlotSearch & { flow: 'reschedule' } & (
    | {
        awaiting: 'appointment_choice';
        /** The appointments listed to choose from. */
        appointmentIds: number[];
      }
    | {
        awaiting: Exclude<StepOf<'reschedule'>, 'appointment_choice'>;
        /** The appointment being moved. */
        appointmentId: number;
        /** When it is now (ISO): what a move leaves unsaid stays ("a las 11": that day). Absent in older checkpoints. */
        appointmentStart?: string;
      }
  );

export interface OfferingSalon extends Known {
  flow: 'offering_salon';
  awaiting: 'confirmation';
  /** For staff, when the customer says yes: what they wanted. */
  handoffContext: string;
}

export type DialogueState =
  | Idle
  | Booking
  | Cancelling
  | Moving
  | OfferingSalon;

/** The appointment being moved, its new time being looked for. */
export type MovingAppointment = Extract<Moving, { appointmentId: number }>;

/** A flow that searches slots and offers them. */
export type Searching = Booking | MovingAppointment;

/** "¿Cuál de tus citas?" before a cancel or a move. */
export type ChoosingAppointment = Extract<
  DialogueState,
  { awaiting: 'appointment_choice' }
>;

/** A booking, or a move that knows its appointment: the dialogue is on days, slots and the final yes. */
export function isSearching(d: DialogueState): d is Searching {
  return (
    d.flow === 'booking' ||
    (d.flow === 'reschedule' && d.awaiting !== 'appointment_choice')
  );
}

/** What the customer asked for so far: the draft of a booking or move, the services asked about when idle. */
export function draftOf(d: DialogueState): BookingDraft {
  if ('draft' in d) return d.draft;
  return d.flow === 'idle'
    ? { ...emptyDraft(), serviceIds: d.askedServiceIds }
    : emptyDraft();
}

/** The appointments of the last numbered list the customer saw, so that "la 2" names one. */
export function listedAppointments(d: DialogueState): number[] {
  return 'appointmentIds' in d ? d.appointmentIds : [];
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

/** Nothing under way (the request is done, dropped or handed over); the customer's name is kept. */
export function idleDialogue(
  customerName: string | null = null,
  listed: Partial<Pick<Idle, 'appointmentIds' | 'askedServiceIds'>> = {},
): Idle {
  return {
    flow: 'idle',
    awaiting: null,
    customerName,
    appointmentIds: listed.appointmentIds ?? [],
    askedServiceIds: listed.askedServiceIds ?? [],
  };
}

/** A booking with this draft; a booking already under way keeps whom it is for. */
export function bookingDialogue(
  from: DialogueState,
  draft: BookingDraft,
  awaiting: Booking['awaiting'],
): Booking {
  const current = from.flow === 'booking' ? from : null;
  return {
    flow: 'booking',
    awaiting,
    customerName: from.customerName,
    draft,
    offers: [],
    chosen: null,
    serviceChoices: [],
    bookingFor: current?.bookingFor ?? null,
    proposedName: null,
    proposedStylistId: null,
  };
}

/** The list of the customer's appointments for a cancel or a move: which one? */
export function choosingAppointment(
  from: DialogueState,
  change: 'cancel' | 'reschedule',
  appointmentIds: number[],
  draft: BookingDraft,
): Cancelling | Moving {
  const base = {
    customerName: from.customerName,
    awaiting: 'appointment_choice' as const,
    appointmentIds,
  };
  return change === 'cancel'
    ? { ...base, flow: 'cancel' }
    : { ...base, flow: 'reschedule', draft, offers: [], chosen: null };
}

/** "¿Cancelo tu cita…?" */
export function confirmingCancel(
  from: DialogueState,
  appointmentId: number,
): Cancelling {
  return {
    flow: 'cancel',
    awaiting: 'confirmation',
    customerName: from.customerName,
    appointmentId,
  };
}

/** Moving this appointment, asking for (or searching) its new time. */
export function movingDialogue(
  from: DialogueState,
  appointment: { id: number; start: Date },
  draft: BookingDraft,
): MovingAppointment {
  return {
    flow: 'reschedule',
    awaiting: 'stylist_or_day',
    customerName: from.customerName,
    appointmentId: appointment.id,
    appointmentStart: appointment.start.toISOString(),
    draft,
    offers: [],
    chosen: null,
  };
}

/** Back to asking who and when, with no slot offered or picked. */
export function askingWhoOrWhen<D extends Searching>(
  dialogue: D,
  draft: BookingDraft = dialogue.draft,
): D {
  return {
    ...dialogue,
    draft,
    awaiting: 'stylist_or_day',
    offers: [],
    chosen: null,
  };
}

/** The numbered slots offered: "¿cuál te viene mejor?" */
export function offering<D extends Searching>(dialogue: D, offers: Offer[]): D {
  return { ...dialogue, offers, chosen: null, awaiting: 'option' };
}

/** Too late to change here: "¿Te paso con el salón?" */
export function offeringSalon(
  from: DialogueState,
  handoffContext: string,
): OfferingSalon {
  return {
    flow: 'offering_salon',
    awaiting: 'confirmation',
    customerName: from.customerName,
    handoffContext,
  };
}
