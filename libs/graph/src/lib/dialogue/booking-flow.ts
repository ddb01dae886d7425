// The booking steps: service(s) → stylist or anyone → day/time → offered slots → name → summary → yes → booked.
import {
  addDays,
  isoWeekdayOf,
  localDateOf,
  localMinuteOf,
  type AvailabilityQuery,
  type BookingRule,
  type Slot,
} from '@atrevete/booking';
import type { Entities } from '@atrevete/understanding';
import { formatLocalDay, formatTime } from '../format.js';
import * as replies from '../replies.js';
import type { BookingDraft, DialogueState, Offer } from './dialogue-state.js';
import {
  customerOf,
  looksLikeRealName,
  offerBooking,
  servicesOf,
  slotLine,
  stylistName,
  toOffer,
  type TurnScope,
} from './views.js';

/** What a turn did to the salon's appointments, for the worker's metrics. */
export type DialogueEvent =
  | 'booked'
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

/** Days searched when the customer names none: the coming two weeks. */
const DEFAULT_SEARCH_DAYS = 14;

/** Slots offered at once, numbered so that "la 2" names one. */
const OFFERED = 3;

/**
 * Without a time asked for, the engine's earliest slots are 14:00, 14:15 and 14:30: one
 * choice, three times. It is asked for this many and the offer spreads them out.
 */
const CANDIDATES = 24;

/** Offered slots are at least this far apart when the candidates allow it. */
const SPREAD_MS = 60 * 60_000;

/**
 * The first candidate (the engine's best), then the next ones at least SPREAD_MS from every
 * slot already picked, then the rest in the engine's order if that leaves fewer than
 * OFFERED; shown in time order.
 */
export function spreadOut(slots: Slot[]): Slot[] {
  const picked: Slot[] = [];
  const apart = (slot: Slot) =>
    picked.every(
      (p) => Math.abs(p.start.getTime() - slot.start.getTime()) >= SPREAD_MS,
    );
  for (const slot of slots)
    if (picked.length < OFFERED && apart(slot)) picked.push(slot);
  for (const slot of slots)
    if (picked.length < OFFERED && !picked.includes(slot)) picked.push(slot);
  return picked.sort((a, b) => a.start.getTime() - b.start.getTime());
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
  dialogue: DialogueState,
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
        dialogue: {
          ...dialogue,
          draft: { ...draft, stylistId: null },
          awaiting: 'stylist_or_day',
          offers: [],
          chosen: null,
        },
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
      dialogue: {
        ...dialogue,
        draft,
        awaiting: 'stylist_or_day',
        offers: [],
        chosen: null,
        proposedStylistId: lastName ? last : null,
      },
    };
  }

  return search(scope, { ...dialogue, draft }, notes);
}

function queryOf(scope: TurnScope, draft: BookingDraft): AvailabilityQuery {
  const services = servicesOf(scope.facts, draft.serviceIds);
  const today = localDateOf(scope.now, scope.facts.settings.timeZone);
  const from = draft.day && draft.day.from > today ? draft.day.from : today;
  const to = draft.day
    ? draft.day.to < from
      ? from
      : draft.day.to
    : addDays(today, DEFAULT_SEARCH_DAYS - 1);
  const durationMinutes = services.reduce(
    (sum, s) => sum + s.durationMinutes,
    0,
  );
  return {
    durationMinutes,
    category: services[0].category,
    stylistId: draft.stylistId ?? undefined,
    serviceIds: draft.serviceIds,
    from,
    to,
    partOfDay: draft.partOfDay ?? undefined,
    startWindow: startWindowOf(draft, durationMinutes),
    time: draft.time ?? undefined,
    now: scope.now,
    // A time asked for wants the slots closest to it; otherwise a spread of the day.
    limit: draft.time === null ? CANDIDATES : OFFERED,
  };
}

/**
 * The start times allowed: "más tarde" than the offers, no earlier than `notBefore`, and
 * early enough to be over by `endBy`.
 */
function startWindowOf(
  draft: BookingDraft,
  durationMinutes: number,
): { from: number; to: number } | undefined {
  const endBy = draft.endBy ?? null;
  const notBefore = draft.notBefore ?? null;
  if (!draft.startWindow && endBy === null && notBefore === null)
    return undefined;
  const window = draft.startWindow ?? { from: 0, to: 24 * 60 };
  return {
    from: Math.max(window.from, notBefore ?? 0),
    to: Math.min(
      window.to,
      endBy === null ? 24 * 60 : endBy - durationMinutes + 1,
    ),
  };
}

/** "viernes 28 de noviembre por la tarde" for the reason nothing matched. */
function askedDay(
  query: AvailabilityQuery,
  draft: BookingDraft,
): string | null {
  if (!draft.day || query.from !== query.to) return null;
  const part =
    draft.partOfDay === 'morning'
      ? ' por la mañana'
      : draft.partOfDay === 'afternoon'
        ? ' por la tarde'
        : '';
  const window = draft.startWindow;
  const bound = !window
    ? ''
    : window.from > 0
      ? ` a partir de las ${formatTime(window.from)}`
      : ` antes de las ${formatTime(window.to)}`;
  const endBy = draft.endBy ?? null;
  const notBefore = draft.notBefore ?? null;
  const limits = [
    notBefore !== null ? ` a partir de las ${formatTime(notBefore)}` : '',
    endBy !== null ? ` para acabar antes de las ${formatTime(endBy)}` : '',
  ].join('');
  return `${formatLocalDay(query.from)}${part}${bound}${limits}`;
}

async function search(
  scope: TurnScope,
  dialogue: DialogueState,
  notes: string[],
): Promise<Step> {
  const { facts } = scope;
  const draft = dialogue.draft;
  const services = servicesOf(facts, draft.serviceIds);
  const query = queryOf(scope, draft);
  const result = await scope.desk.search(query);
  const showStylist = draft.stylistId === null;
  const lines = (offers: Offer[]) =>
    offers.map((offer) => slotLine(facts, offer, showStylist));

  const offered = (slots: Slot[]) =>
    (draft.time === null ? spreadOut(slots) : slots.slice(0, OFFERED)).map(
      toOffer,
    );
  if (result.kind === 'slots') {
    const offers = offered(result.slots);
    const withWhom =
      draft.stylistId !== null ? stylistName(facts, draft.stylistId) : null;
    return {
      reply: [
        ...notes,
        replies.offerSlots(services, withWhom, lines(offers)),
      ].join('\n\n'),
      dialogue: offering(dialogue, offers),
    };
  }
  const offers = offered(result.alternatives);
  const day = askedDay(query, draft);
  const why = day
    ? replies.noSlotReasons[result.reason](day)
    : replies.nothingInThoseDays;
  return {
    reply: [
      ...notes,
      replies.noSlots(
        why,
        services,
        offers.map((o) => slotLine(facts, o, true)),
      ),
    ].join('\n\n'),
    dialogue:
      offers.length > 0
        ? offering(dialogue, offers)
        : { ...dialogue, offers: [], chosen: null, awaiting: 'stylist_or_day' },
  };
}

function offering(dialogue: DialogueState, offers: Offer[]): DialogueState {
  return { ...dialogue, offers, chosen: null, awaiting: 'option' };
}

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
  dialogue: DialogueState,
  chosen: Offer,
): Promise<Step> {
  const next: DialogueState = { ...dialogue, chosen };
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

export function summarise(scope: TurnScope, dialogue: DialogueState): Step {
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
  dialogue: DialogueState,
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
  dialogue: DialogueState,
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
        dialogue: {
          ...dialogue,
          flow: 'idle',
          draft: { ...draft, serviceIds: [] },
          offers: [],
          chosen: null,
          awaiting: null,
          bookingFor: null,
        },
      };
    case 'slot_taken':
      return slotTaken(scope, dialogue, result.alternatives);
    case 'rule_broken':
      return ruleBroken(dialogue, result.rule);
  }
}

/** The engine refused the slot by one of its rules: say which, and ask for another day or time. */
export function ruleBroken(dialogue: DialogueState, rule: BookingRule): Step {
  return {
    reply: replies.bookingRuleText[rule] ?? replies.bookingNotPossible(),
    dialogue: {
      ...dialogue,
      offers: [],
      chosen: null,
      awaiting: 'stylist_or_day',
    },
  };
}

/** Someone else was faster: say so and offer the nearest free slots instead. */
export function slotTaken(
  scope: TurnScope,
  dialogue: DialogueState,
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
        : { ...dialogue, offers: [], chosen: null, awaiting: 'stylist_or_day' },
  };
}
