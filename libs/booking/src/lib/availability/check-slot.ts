// Which booking rule a concrete slot breaks, if any: the check a booking runs before the database decides on overlaps.
import type { BookingRule, Schedule } from '../types.js';
import { SalonCalendar } from './salon-calendar.js';

const MS_PER_MINUTE = 60_000;

export interface SlotToCheck {
  stylistId: number;
  start: Date;
  durationMinutes: number;
  /** The category of the services booked. */
  category: string;
  now: Date;
}

/**
 * The first rule the slot breaks, in this order: stylist_unavailable, wrong_category, holiday,
 * closed_day, off_grid, outside_hours, too_soon, beyond_horizon, blocked; null when it breaks
 * none. Overlap with other appointments is not checked here: the database's exclusion
 * constraint decides that. Every slot `findAvailability` offers passes.
 */
export function checkSlot(
  schedule: Schedule,
  slot: SlotToCheck,
): BookingRule | null {
  const stylist = schedule.stylists.find(({ id }) => id === slot.stylistId);
  if (!stylist || !stylist.active) return 'stylist_unavailable';
  if (stylist.category !== slot.category) return 'wrong_category';

  const calendar = new SalonCalendar(schedule);
  const start = slot.start.getTime();
  const end = start + slot.durationMinutes * MS_PER_MINUTE;
  const { day, minute } = calendar.zone.localTime(start);
  const plan = calendar.plan(day);
  if (plan.kind === 'holiday') return 'holiday';
  if (plan.kind === 'closed') return 'closed_day';

  const onGrid =
    Number.isInteger(minute) &&
    (minute - plan.gridOrigin) % calendar.slotMinutes === 0 &&
    plan.clock.at(minute) === start;
  if (!onGrid) return 'off_grid';
  const inside = plan.periods.some(
    (period) => period.startMs <= start && end <= period.endMs,
  );
  if (!(slot.durationMinutes > 0) || !inside) return 'outside_hours';

  const now = slot.now.getTime();
  if (start < now + schedule.rules.minNoticeMinutes * MS_PER_MINUTE) {
    return 'too_soon';
  }
  const today = calendar.zone.localTime(now).day;
  if (day > today + schedule.rules.maxDaysAhead) return 'beyond_horizon';

  const blocked = schedule.blocks.some((block) => {
    if (block.stylistId !== slot.stylistId) return false;
    if (block.kind === 'once') {
      return block.start.getTime() < end && start < block.end.getTime();
    }
    return (
      block.weekday === plan.weekday &&
      block.startMinute < block.endMinute &&
      plan.clock.edge(block.startMinute) < end &&
      start < plan.clock.edge(block.endMinute)
    );
  });
  return blocked ? 'blocked' : null;
}
