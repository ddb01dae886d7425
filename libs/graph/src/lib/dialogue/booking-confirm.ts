// The end of a booking: the slot picked, the name, the summary, the yes that books it — or the engine's refusal and what to offer instead.
import {
  localDateOf,
  localMinuteOf,
  type BookingRule,
  type Slot,
} from '@atrevete/booking';
import type { Entities } from '@atrevete/understanding';
import * as replies from '../replies.js';
import {
  askingWhoOrWhen,
  idleDialogue,
  offering,
  type Booking,
  type Offer,
  type Searching,
} from './dialogue-state.js';
import {
  customerOf,
  looksLikeRealName,
  offerBooking,
  servicesOf,
  slotLine,
  toOffer,
  type TurnScope,
} from './views.js';
import type { Step } from './booking-flow.js';

/** The offered slot the customer picked: by number, or by its time ("la de las 11"). */
export function pickOffer(
  scope: TurnScope,
  offers: Offer[],
  e: Entities,
): Offer | null {
  if (e.option !== null) return offers[e.option - 1] ?? null;
  if (e.time === null) return null;
  const zone = scope.facts.settings.timeZone;
  const wanted = e.time.minute;
  const distance = (offer: Offer) =>
    Math.abs(localMinuteOf(new Date(offer.start), zone) - wanted);
  const asked = e.day;
  const sameDay = asked
    ? offers.filter((o) => {
        const day = localDateOf(new Date(o.start), zone);
        return day >= asked.from && day <= asked.to;
      })
    : offers;
  const best = [...sameDay].sort((a, b) => distance(a) - distance(b))[0];
  if (!best) return null;
  const tolerance = e.time.approximate ? 60 : 0;
  return distance(best) <= tolerance ? best : null;
}

/** A slot was chosen: ask for the name if the salon does not know it, else summarise and ask for the yes. */
export async function slotChosen(
  scope: TurnScope,
  dialogue: Booking,
  chosen: Offer,
): Promise<Step> {
  const next: Booking = { ...dialogue, chosen };
  if (next.bookingFor) return summarise(scope, next);
  const name = next.customerName ?? (await customerOf(scope)).name;
  if (!name) {
    const profile = scope.contact.profileName?.trim() ?? null;
    if (looksLikeRealName(profile)) {
      return {
        reply: replies.proposeName(profile),
        dialogue: { ...next, awaiting: 'name', proposedName: profile },
      };
    }
    return {
      reply: replies.askName(),
      dialogue: { ...next, awaiting: 'name', proposedName: null },
    };
  }
  return summarise(scope, { ...next, customerName: name });
}

export function summarise(scope: TurnScope, dialogue: Booking): Step {
  const bookedUnder = dialogue.bookingFor ?? dialogue.customerName;
  if (!dialogue.chosen || !bookedUnder) {
    throw new Error('A summary needs a chosen slot and a name');
  }
  const booking = offerBooking(
    scope.facts,
    dialogue.chosen,
    dialogue.draft.serviceIds,
  );
  return {
    reply: replies.summary(booking, bookedUnder, scope.facts.settings),
    dialogue: { ...dialogue, awaiting: 'confirmation', proposedName: null },
  };
}

/** The name step: a name given, the proposed name accepted, or refused. */
export function nameGiven(
  scope: TurnScope,
  dialogue: Booking,
  e: Entities,
  affirmed: boolean,
): Step | null {
  const name = e.name ?? (affirmed ? dialogue.proposedName : null);
  if (!name) return null;
  const named = {
    ...dialogue,
    ...namedIn(e, name),
    proposedName: null,
  };
  return named.chosen
    ? summarise(scope, named)
    : { reply: '', dialogue: named };
}

/** Whose name it is: the customer's own, or that of the person the booking is for. */
export function namedIn(
  e: Entities,
  name: string,
): { customerName: string } | { bookingFor: string } {
  return e.nameForSomeoneElse ? { bookingFor: name } : { customerName: name };
}

/** The explicit yes: books through the engine, keyed by the turn. */
export async function confirmBooking(
  scope: TurnScope,
  dialogue: Booking,
): Promise<Step> {
  const { chosen, draft, customerName } = dialogue;
  if (!chosen) throw new Error('Confirming a booking without a chosen slot');
  const customer = await customerOf(scope, customerName);
  const result = await scope.desk.book({
    customerId: customer.id,
    stylistId: chosen.stylistId,
    serviceIds: draft.serviceIds,
    start: new Date(chosen.start),
    now: scope.now,
    idempotencyKey: scope.turnId,
    bookedFor: dialogue.bookingFor,
  });
  switch (result.kind) {
    case 'booked':
      return {
        event: 'booked',
        reply: replies.booked(
          {
            ...offerBooking(scope.facts, chosen, draft.serviceIds),
            priceCents: result.appointment.priceCents,
          },
          scope.facts.settings,
        ),
        dialogue: idleDialogue(customerName),
      };
    case 'slot_taken':
      return slotTaken(scope, dialogue, result.alternatives);
    case 'rule_broken':
      return ruleBroken(dialogue, result.rule);
  }
}

/** The engine refused the slot by one of its rules: say which, and ask for another day or time. */
export function ruleBroken(dialogue: Searching, rule: BookingRule): Step {
  return {
    reply: replies.bookingRuleText[rule] ?? replies.bookingNotPossible(),
    dialogue: askingWhoOrWhen(dialogue),
  };
}

/** Someone else was faster: say so and offer the nearest free slots instead. */
export function slotTaken(
  scope: TurnScope,
  dialogue: Searching,
  alternatives: Slot[],
): Step {
  const offers = alternatives.map(toOffer);
  const services = servicesOf(scope.facts, dialogue.draft.serviceIds);
  return {
    event: 'slot_taken',
    reply: replies.noSlots(
      replies.slotJustTaken(),
      services,
      offers.map((o) => slotLine(scope.facts, o, true)),
    ),
    dialogue:
      offers.length > 0
        ? offering(dialogue, offers)
        : askingWhoOrWhen(dialogue),
  };
}
