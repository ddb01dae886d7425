// The best free slots for a request; when there are none, why, and the nearest slots that would do.
import type {
  AvailabilityQuery,
  AvailabilityResult,
  NoSlotReason,
  Schedule,
  Slot,
} from '../types.js';
import { AvailabilitySearch, WHOLE_DAY } from './availability-search.js';
import { type DayStats, emptyStats, type StartWindow } from './day-scan.js';
import { pickBest, toSlot } from './ranking.js';

/**
 * Alternatives come from the 14 bookable days nearest the request: two weeks gets past a closed
 * day, a long holiday weekend or a fully booked week, and anything further is hardly "near".
 */
const ALTERNATIVE_DAYS = 14;

/** When several days of a request are empty for different reasons, the first of these wins. */
const REASON_PRIORITY: NoSlotReason[] = [
  'fully_booked',
  'too_soon',
  'closed',
  'holiday',
];

/**
 * Pure: reads only its arguments. Slots lie on the grid from opening time, wholly inside one open
 * period of an open, non-holiday day, clear of the stylist's appointments and blocks, at least
 * the minimum notice after `now` and within the horizon.
 */
export function findAvailability(
  schedule: Schedule,
  query: AvailabilityQuery,
): AvailabilityResult {
  const search = new AvailabilitySearch(schedule, query);
  if (search.stylists.length === 0) return noQualifiedStylist(schedule, query);
  const { candidates, stats } = search.scan(
    search.requestedDays(),
    search.window,
  );
  if (candidates.length > 0) {
    const best = pickBest(candidates, search.limit, search.order);
    return { kind: 'slots', slots: best.map(toSlot) };
  }
  return {
    kind: 'none',
    reason: reasonForNone(search, stats),
    alternatives: nearestAlternatives(search),
  };
}

/** A named stylist who cannot do it: offer whoever can; nobody qualified: nothing to offer. */
function noQualifiedStylist(
  schedule: Schedule,
  query: AvailabilityQuery,
): AvailabilityResult {
  if (query.stylistId === undefined) {
    return { kind: 'none', reason: 'no_stylist', alternatives: [] };
  }
  const anyone = findAvailability(schedule, { ...query, stylistId: undefined });
  const alternatives =
    anyone.kind === 'slots' ? anyone.slots : anyone.alternatives;
  return { kind: 'none', reason: 'no_stylist', alternatives };
}

function reasonForNone(
  search: AvailabilitySearch,
  stats: Map<number, DayStats>,
): NoSlotReason {
  const reasons = new Set(
    [...stats].map(([day, dayStats]) => dayReason(search, day, dayStats)),
  );
  const reason = REASON_PRIORITY.find((candidate) => reasons.has(candidate));
  if (reason) return reason;
  return search.to < search.today ? 'too_soon' : 'beyond_horizon';
}

function dayReason(
  search: AvailabilitySearch,
  day: number,
  stats: DayStats,
): NoSlotReason {
  const { kind } = search.calendar.plan(day);
  if (kind !== 'open') return kind;
  // Open, but not in the part of day asked for ("el sábado por la tarde").
  if (!stats.windowOpen) return 'closed';
  if (stats.fitting > 0 && stats.afterNotice === 0) return 'too_soon';
  return 'fully_booked';
}

/**
 * The nearest days' best slots, keeping the part of day asked for; if none of those days has
 * one then, any part of the requested days and the nearest ones. The preferred time still ranks.
 */
function nearestAlternatives(search: AvailabilitySearch): Slot[] {
  const nearby = search.nearbyDays(ALTERNATIVE_DAYS);
  const sameTime = bestByDay(search, nearby, search.window);
  if (sameTime.length > 0 || search.query.partOfDay === undefined) {
    return sameTime;
  }
  return bestByDay(search, [...search.requestedDays(), ...nearby], WHOLE_DAY);
}

/** Each day's best slots, days in the order given, until the limit is reached. */
function bestByDay(
  search: AvailabilitySearch,
  days: number[],
  window: StartWindow,
): Slot[] {
  const slots: Slot[] = [];
  for (const day of days) {
    if (slots.length === search.limit) break;
    const found = search.scanDay(day, window, emptyStats()).sort(search.order);
    const best = pickBest(found, search.limit - slots.length, search.order);
    slots.push(...best.map(toSlot));
  }
  return slots;
}
