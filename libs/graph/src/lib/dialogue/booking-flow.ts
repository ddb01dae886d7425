// The booking steps: service(s) → stylist or anyone → day/time → offered slots → name → summary → yes → booked.
import { addDays, isoWeekdayOf } from '@atrevete/booking';
import type { Entities } from '@atrevete/understanding';
import { formatLocalDay } from '../format.js';
import * as replies from '../replies.js';
import { askingWhoOrWhen, offeringSalon } from './dialogue-state.js';
import type {
  BookingDraft,
  DialogueState,
  Searching,
} from './dialogue-state.js';
import {
  customerOf,
  servicesOf,
  stylistName,
  type TurnScope,
} from './views.js';
import { search } from './slot-search.js';

/** What a turn did to the salon's appointments, for the worker's metrics. */
export type DialogueEvent =
  | 'booked'
  | 'confirmed'
  | 'cancelled'
  | 'rescheduled'
  | 'slot_taken'
  | 'handoff';

/** What a step says and where the dialogue stands after it. */
export interface Step {
  reply: string;
  dialogue: DialogueState;
  event?: DialogueEvent;
}

/** Merges what the customer just said into the draft: new details replace old ones. */
export function mergeDetails(draft: BookingDraft, e: Entities): BookingDraft {
  const next = { ...draft };
  if (e.serviceIds.length > 0) next.serviceIds = e.serviceIds;
  if (e.stylistIds.length > 0) {
    next.stylistId = e.stylistIds[e.stylistIds.length - 1];
    next.anyStylist = false;
  } else if (e.anyStylist) {
    next.stylistId = null;
    next.anyStylist = true;
  } else if (
    next.stylistId !== null &&
    e.rejectedStylistIds.includes(next.stylistId)
  ) {
    next.stylistId = null;
  }
  if (e.day) next.day = e.day;
  // A new day or time replaces "más tarde que lo ofrecido".
  if (e.day || e.time || e.partOfDay) next.startWindow = null;
  if (e.timeBounds.endBy !== null) next.endBy = e.timeBounds.endBy;
  if (e.timeBounds.notBefore !== null) next.notBefore = e.timeBounds.notBefore;
  // The more precise wins: a time replaces a part of the day, and the other way round.
  if (e.time) {
    next.time = e.time.minute;
    next.partOfDay = null;
  } else if (e.partOfDay) {
    next.partOfDay = e.partOfDay;
    next.time = null;
  }
  return next;
}

export function hasDetails(e: Entities): boolean {
  return (
    e.serviceIds.length > 0 ||
    e.stylistIds.length > 0 ||
    e.anyStylist ||
    e.day !== null ||
    e.partOfDay !== null ||
    e.time !== null ||
    e.timeBounds.endBy !== null ||
    e.timeBounds.notBefore !== null
  );
}

const knowsWhoOrWhen = (draft: BookingDraft) =>
  (draft.endBy ?? null) !== null ||
  (draft.notBefore ?? null) !== null ||
  draft.stylistId !== null ||
  draft.anyStylist ||
  draft.day !== null ||
  draft.partOfDay !== null ||
  draft.time !== null;

/** Whom the customer had last time among these stylists (a customer not yet known had nobody). */
async function lastStylist(
  scope: TurnScope,
  stylistIds: number[],
): Promise<number | null> {
  const customer = await customerOf(scope);
  return scope.desk.lastStylist(customer.id, stylistIds, scope.now);
}

/** The next open weekday after a local date, by the weekly hours (holidays are the search's to find). */
function nextOpenDay(scope: TurnScope, from: string): string | null {
  const open = new Set(scope.facts.openingHours.map((h) => h.weekday));
  for (let i = 1; i <= 7; i++) {
    const day = addDays(from, i);
    if (open.has(isoWeekdayOf(day))) return day;
  }
  return null;
}

/**
 * The one day asked for is a closed weekday: "Los lunes el salón está cerrado…", and the
 * next open day takes its place in the draft (SALON.md: offer Tuesday for a Monday).
 */
function closedDay(
  scope: TurnScope,
  draft: BookingDraft,
): { note: string; draft: BookingDraft } | null {
  const day = draft.day;
  if (!day || day.from !== day.to) return null;
  const open = scope.facts.openingHours.some(
    (h) => h.weekday === isoWeekdayOf(day.from),
  );
  if (open) return null;
  const next = nextOpenDay(scope, day.from);
  if (!next) return null;
  const weekday = formatLocalDay(day.from).split(' ')[0];
  const plural = weekday.endsWith('s') ? weekday : `${weekday}s`;
  return {
    note: replies.closedWeekday(plural, formatLocalDay(next)),
    draft: { ...draft, day: { from: next, to: next } },
  };
}

/**
 * Moves the booking as far as what the customer said allows: asks for what is missing, or
 * searches and offers slots. Never states a slot the engine did not return.
 */
export async function advanceBooking(
  scope: TurnScope,
  dialogue: Searching,
): Promise<Step> {
  const { facts } = scope;
  let draft = dialogue.draft;
  let services = servicesOf(facts, draft.serviceIds);
  const notes: string[] = [];
  const closed = closedDay(scope, draft);
  if (closed) {
    notes.push(closed.note);
    draft = closed.draft;
  }

  if (services.length === 0) {
    // A move keeps its services; none of them is offered any more: staff must see to it.
    if (dialogue.flow === 'reschedule')
      return {
        reply: replies.movedServiceGone(),
        dialogue: offeringSalon(dialogue, replies.movedServiceGoneNote()),
      };
    // The numbered list was the last reply: ask again in a line instead of repeating it.
    const ask =
      dialogue.awaiting === 'service'
        ? replies.askServiceAgain(
            draft.day?.from === draft.day?.to && draft.day
              ? formatLocalDay(draft.day.from)
              : null,
          )
        : replies.bookingWhichService(facts.services);
    return {
      reply: [...notes, ask].join('\n\n'),
      dialogue: {
        ...dialogue,
        draft,
        awaiting: 'service',
        offers: [],
        chosen: null,
        serviceChoices: replies
          .servicesInListOrder(facts.services)
          .map((s) => s.id),
      },
    };
  }

  const category = services[0].category;
  const elsewhere = services.filter((s) => s.category !== category);
  if (elsewhere.length > 0) {
    services = services.filter((s) => s.category === category);
    notes.push(replies.separateCategories(services, elsewhere));
    draft = { ...draft, serviceIds: services.map((s) => s.id) };
  }

  const stylist = facts.stylists.find((s) => s.id === draft.stylistId);
  if (draft.stylistId !== null && (!stylist || stylist.category !== category)) {
    const others = facts.stylists.filter((s) => s.category === category);
    const asked = stylist?.name ?? stylistName(facts, draft.stylistId);
    if (others.length === 1) {
      // Only one person does it: say so and go on with her.
      notes.push(replies.onlyStylistDoes(asked, services, others[0].name));
      draft = { ...draft, stylistId: others[0].id, anyStylist: false };
    } else {
      const reply = replies.stylistDoesNotDo(
        asked,
        services,
        others.map((s) => s.name),
      );
      return {
        reply: [...notes, reply].join('\n\n'),
        dialogue: askingWhoOrWhen(dialogue, { ...draft, stylistId: null }),
      };
    }
  }

  if (!knowsWhoOrWhen(draft)) {
    const ofCategory = facts.stylists.filter((s) => s.category === category);
    const last = await lastStylist(
      scope,
      ofCategory.map((s) => s.id),
    );
    const lastName = ofCategory.find((s) => s.id === last)?.name;
    return {
      reply: [
        ...notes,
        lastName
          ? replies.askWhenWithLastStylist(services, lastName)
          : replies.askWhoAndWhen(
              services,
              ofCategory.map((s) => s.name),
            ),
      ].join('\n\n'),
      dialogue:
        dialogue.flow === 'booking'
          ? {
              ...askingWhoOrWhen(dialogue, draft),
              proposedStylistId: lastName ? last : null,
            }
          : askingWhoOrWhen(dialogue, draft),
    };
  }

  return search(scope, { ...dialogue, draft }, notes);
}
