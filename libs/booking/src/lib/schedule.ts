// Loads the salon's schedule for a range of local days from the database, in the contract's shapes.
import {
  appointments,
  blockingEvents,
  getOpeningHours,
  getSalonSettings,
  listHolidays,
  qualifiedStylistIds,
  stylists,
  type DbExecutor,
  type SalonSettings,
} from '@atrevete/db';
import { and, asc, eq, gt, inArray, lt, or } from 'drizzle-orm';
import { ACTIVE_STATUSES } from './appointment-rows.js';
import { findAvailability } from './availability/index.js';
import type {
  AvailabilityQuery,
  AvailabilityResult,
  BlockingEvent,
  BookingRules,
  LocalDate,
  Schedule,
} from './types.js';
import { addDays, localDateOf, localDaysRange } from '@atrevete/salon';
import { deskRules } from './desk-rules.js';

export interface ScheduleRange {
  /** First local day, inclusive. */
  from: LocalDate;
  /** Last local day, inclusive. */
  to: LocalDate;
}

export function bookingRulesOf(settings: SalonSettings): BookingRules {
  return {
    timeZone: settings.timeZone,
    slotMinutes: settings.slotMinutes,
    minNoticeMinutes: settings.minNoticeMinutes,
    maxDaysAhead: settings.maxDaysAhead,
    cancellationWindowHours: settings.cancellationWindowHours,
    maxFutureAppointments: settings.maxFutureAppointments,
  };
}

/**
 * Everything availability needs for the local days `from` … `to`: the rules, weekly hours,
 * the holidays in the range, the active stylists, their one-off blocks touching the range and
 * all weekly blocks, and the pending/confirmed appointments overlapping it. A search must
 * not look outside the range it loaded: the calendar there is unknown.
 */
export async function loadSchedule(
  db: DbExecutor,
  range: ScheduleRange,
): Promise<Schedule> {
  const rules = bookingRulesOf(await getSalonSettings(db));
  const { start, end } = localDaysRange(range.from, range.to, rules.timeZone);
  const [hours, holidayRows, stylistRows, blockRows, busyRows] =
    await Promise.all([
      getOpeningHours(db),
      listHolidays(db, range.from, range.to),
      db
        .select({
          id: stylists.id,
          name: stylists.name,
          category: stylists.category,
          active: stylists.active,
        })
        .from(stylists)
        .where(eq(stylists.active, true))
        .orderBy(asc(stylists.id)),
      db
        .select()
        .from(blockingEvents)
        .where(
          or(
            eq(blockingEvents.kind, 'weekly'),
            and(
              lt(blockingEvents.startAt, end),
              gt(blockingEvents.endAt, start),
            ),
          ),
        )
        .orderBy(asc(blockingEvents.id)),
      db
        .select({
          stylistId: appointments.stylistId,
          start: appointments.startAt,
          end: appointments.endAt,
        })
        .from(appointments)
        .where(
          and(
            inArray(appointments.status, [...ACTIVE_STATUSES]),
            lt(appointments.startAt, end),
            gt(appointments.endAt, start),
          ),
        )
        .orderBy(asc(appointments.startAt)),
    ]);
  return {
    rules,
    openingHours: hours.map((h) => ({
      weekday: h.weekday,
      opensAt: h.opensAt,
      closesAt: h.closesAt,
      breakStart: h.breakStart,
      breakEnd: h.breakEnd,
    })),
    holidays: holidayRows.map((h) => h.date),
    stylists: stylistRows,
    blocks: blockRows.map(toBlockingEvent),
    appointments: busyRows,
  };
}

/**
 * findAvailability on the database: loads the whole bookable horizon (today … today +
 * max_days_ahead, all a search can reach, alternatives included) and searches it.
 */
export async function searchAvailability(
  db: DbExecutor,
  query: AvailabilityQuery,
  options: { atDesk?: boolean } = {},
): Promise<AvailabilityResult> {
  const [settings, qualified] = await Promise.all([
    getSalonSettings(db),
    query.serviceIds ? qualifiedStylistIds(db, query.serviceIds) : null,
  ]);
  const narrowed = qualified
    ? { ...query, qualifiedStylistIds: qualified }
    : query;
  const today = localDateOf(query.now, settings.timeZone);
  if (options.atDesk) {
    // The desk asks about the days it shows (a walk-in today, a call about next month).
    const from = query.from > today ? query.from : today;
    const range = { from, to: query.to && query.to > from ? query.to : from };
    return findAvailability(deskRules(await loadSchedule(db, range)), narrowed);
  }
  const schedule = await loadSchedule(db, {
    from: today,
    to: addDays(today, settings.maxDaysAhead),
  });
  return findAvailability(schedule, narrowed);
}

type BlockingEventRow = typeof blockingEvents.$inferSelect;

/** A stored blocking event in the contract's shape (the CHECKs guarantee its columns). */
export function toBlockingEvent(row: BlockingEventRow): BlockingEvent {
  if (row.kind === 'once') {
    return {
      stylistId: row.stylistId,
      kind: 'once',
      start: row.startAt as Date,
      end: row.endAt as Date,
    };
  }
  return {
    stylistId: row.stylistId,
    kind: 'weekly',
    weekday: row.weekday as number,
    startMinute: row.startMinute as number,
    endMinute: row.endMinute as number,
  };
}
