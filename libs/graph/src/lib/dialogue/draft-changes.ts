// How new words change the request under way: a stylist proposed or dropped, "más tarde", another day, the limit of coming appointments.
import { hasIntent, type Understanding } from '@atrevete/understanding';
import { localDateOf, localMinuteOf } from '@atrevete/booking';
import * as replies from '../replies.js';
import { ownAppointments } from './appointments-flow.js';
import type { Step } from './booking-flow.js';
import {
  askingWhoOrWhen,
  type BookingDraft,
  type DialogueState,
  type Searching,
} from './dialogue-state.js';
import { servicesOf, type TurnScope } from './views.js';

/**
 * "¿Con Ana, como la última vez?" answered with a day (or "sí, el viernes") and nobody else
 * named: Ana. "Me da igual" or another name leaves her out.
 */
export function withProposedStylist(
  d: DialogueState,
  u: Understanding,
  draft: BookingDraft,
): BookingDraft {
  const proposed = d.flow === 'booking' ? d.proposedStylistId : null;
  if (proposed === null || draft.stylistId !== null || draft.anyStylist)
    return draft;
  // "no, el viernes": not her, anyone that day.
  if (hasIntent(u, 'deny') || u.entities.rejectedStylistIds.includes(proposed))
    return { ...draft, anyStylist: true };
  return { ...draft, stylistId: proposed };
}

/** A new booking when the customer already holds the most coming appointments allowed: say so first. */
export async function overLimit(scope: TurnScope): Promise<string | null> {
  const max = scope.facts.settings.maxFutureAppointments;
  const coming = await ownAppointments(scope);
  return coming.length >= max ? replies.tooManyAppointments(max) : null;
}

/** A stylist kept from earlier in the talk who does not do the services just named is forgotten. */
export function dropStylistOfOtherCategory(
  scope: TurnScope,
  draft: BookingDraft,
  e: Understanding['entities'],
): BookingDraft {
  if (e.stylistIds.length > 0 || draft.stylistId === null) return draft;
  const [first] = servicesOf(scope.facts, draft.serviceIds);
  const stylist = scope.facts.stylists.find((s) => s.id === draft.stylistId);
  if (!first || !stylist || stylist.category === first.category) return draft;
  return { ...draft, stylistId: null };
}

/** The draft looking later (or earlier) than every slot offered, on the day of the first one. */
export function nudged<D extends Searching>(
  scope: TurnScope,
  d: D,
  way: 'later' | 'earlier',
): D {
  const zone = scope.facts.settings.timeZone;
  const starts = d.offers.map((o) => new Date(o.start));
  const day = localDateOf(starts[0], zone);
  const sameDay = starts.filter((s) => localDateOf(s, zone) === day);
  const minutes = sameDay.map((s) => localMinuteOf(s, zone));
  const startWindow =
    way === 'later'
      ? { from: Math.max(...minutes) + 1, to: 24 * 60 }
      : { from: 0, to: Math.min(...minutes) };
  return {
    ...d,
    draft: {
      ...d.draft,
      day: { from: day, to: day },
      time: null,
      startWindow,
    },
    offers: [],
    chosen: null,
  };
}

/** Forgets the day and time asked for and asks for others, keeping the services and the stylist. */
export function askAnotherTime(d: Searching): Step {
  return {
    reply: replies.askAnotherTime(),
    dialogue: askingWhoOrWhen(d, {
      ...d.draft,
      day: null,
      partOfDay: null,
      time: null,
      startWindow: null,
    }),
  };
}
