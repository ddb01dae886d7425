// What the dialogue knows about the salon this turn, and how its slots and appointments read in a reply.
import {
  addDays,
  localDateOf,
  type Appointment,
  type Slot,
} from '@atrevete/booking';
import { formatWhen } from '../format.js';
import type {
  BookingDesk,
  ContactRef,
  Holiday,
  OpeningHoursRow,
  SalonAnswer,
  SalonSettings,
  ServiceInfo,
  StylistInfo,
} from '../ports.js';
import { someoneOfTheTeam, type Booking, type SlotLine } from '../replies.js';
import type { Offer } from './dialogue-state.js';

/** Everything a turn may state, read from the directory for this turn. */
export interface SalonFacts {
  settings: SalonSettings;
  services: ServiceInfo[];
  stylists: StylistInfo[];
  openingHours: OpeningHoursRow[];
  holidays: Holiday[];
  answers: SalonAnswer[];
}

export interface TurnScope {
  facts: SalonFacts;
  desk: BookingDesk;
  contact: ContactRef;
  now: Date;
  /** Keys the turn's bookings, cancellations and moves: a replayed turn repeats none. */
  turnId: string;
}

/**
 * The customer of this conversation, by the Chatwoot contact of the webhook, else by its phone
 * where the channel verifies it (never by anything typed in the chat, nor a number a web-widget
 * visitor claims), created the first time; `name` fills a missing name.
 */
export function customerOf(scope: TurnScope, name: string | null = null) {
  return scope.desk.customer({
    chatwootContactId: scope.contact.contactId,
    phone: scope.contact.phone,
    phoneVerified: scope.contact.phoneVerified,
    name,
  });
}

/**
 * The days to search, salon-local and inclusive: the days asked for from today on, or the
 * `defaultDays` from today when none were.
 */
export function daysToSearch(
  scope: TurnScope,
  asked: { from: string; to: string } | null,
  defaultDays: number,
): { from: string; to: string } {
  const today = localDateOf(scope.now, scope.facts.settings.timeZone);
  if (!asked) return { from: today, to: addDays(today, defaultDays - 1) };
  const from = asked.from > today ? asked.from : today;
  return { from, to: asked.to < from ? from : asked.to };
}

export function servicesOf(facts: SalonFacts, ids: number[]): ServiceInfo[] {
  return ids.flatMap((id) => facts.services.filter((s) => s.id === id));
}

export function stylistName(facts: SalonFacts, id: number): string {
  return facts.stylists.find((s) => s.id === id)?.name ?? someoneOfTheTeam;
}

export function toOffer(slot: Slot): Offer {
  return {
    stylistId: slot.stylistId,
    start: slot.start.toISOString(),
    end: slot.end.toISOString(),
  };
}

export function slotLine(
  facts: SalonFacts,
  offer: Offer,
  showStylist: boolean,
): SlotLine {
  return {
    when: formatWhen(offer.start, facts.settings.timeZone),
    stylistName: showStylist ? stylistName(facts, offer.stylistId) : null,
  };
}

export function offerBooking(
  facts: SalonFacts,
  offer: Offer,
  serviceIds: number[],
): Booking {
  const services = servicesOf(facts, serviceIds);
  return {
    services,
    stylistName: stylistName(facts, offer.stylistId),
    when: formatWhen(offer.start, facts.settings.timeZone),
    priceCents: services.reduce((sum, s) => sum + s.priceCents, 0),
  };
}

export function appointmentBooking(
  facts: SalonFacts,
  appointment: Appointment,
): Booking {
  return {
    services: servicesOf(facts, appointment.serviceIds),
    stylistName: stylistName(facts, appointment.stylistId),
    when: formatWhen(appointment.start, facts.settings.timeZone),
    priceCents: appointment.priceCents,
  };
}

/** A WhatsApp profile name worth proposing as the booking name: letters only, like "Laura Pérez". */
export function looksLikeRealName(name: string | null): name is string {
  if (!name) return false;
  const words = name.trim().split(/\s+/);
  return (
    words.length <= 4 &&
    words.every((word) => /^\p{Lu}[\p{L}'’-]+$/u.test(word)) &&
    name.trim().length >= 3
  );
}
