// The slots to offer: the engine asked for the draft's services, stylist, days and limits, and the answer spread over the day.
import { type AvailabilityQuery, type Slot } from '@atrevete/booking';
import { formatLocalDay, formatTime } from '../format.js';
import * as replies from '../replies.js';
import {
  askingWhoOrWhen,
  offering,
  type BookingDraft,
  type Offer,
  type Searching,
} from './dialogue-state.js';
import {
  daysToSearch,
  servicesOf,
  slotLine,
  stylistName,
  toOffer,
  type TurnScope,
} from './views.js';
import type { Step } from './booking-flow.js';

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

function queryOf(scope: TurnScope, draft: BookingDraft): AvailabilityQuery {
  const services = servicesOf(scope.facts, draft.serviceIds);
  const { from, to } = daysToSearch(scope, draft.day, DEFAULT_SEARCH_DAYS);
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

export async function search(
  scope: TurnScope,
  dialogue: Searching,
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
        : askingWhoOrWhen(dialogue),
  };
}
