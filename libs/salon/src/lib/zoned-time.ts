// The salon's wall clock (a local date + minutes from midnight) ↔ instants, with luxon, right across DST.
import { DateTime } from 'luxon';
import {
  InvalidLocalTimeError,
  type LocalDate,
  type Minute,
} from './salon-types.js';

const MINUTES_PER_DAY = 24 * 60;

function startOfLocalDay(date: LocalDate, timeZone: string): DateTime {
  const day = DateTime.fromISO(date, { zone: timeZone });
  if (!day.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new InvalidLocalTimeError(
      `'${date}' in '${timeZone}': ${day.invalidExplanation ?? 'not YYYY-MM-DD'}`,
    );
  }
  return day.startOf('day');
}

function inZone(instant: Date, timeZone: string): DateTime {
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  if (!local.isValid) {
    throw new InvalidLocalTimeError(
      `${String(instant)} in '${timeZone}': ${local.invalidExplanation}`,
    );
  }
  return local;
}

/**
 * The instant when the salon's clocks show `minute` (wall-clock minutes after midnight) on
 * `date`: 600 is 10:00 whether the day has 23, 24 or 25 hours; 1440 is the next midnight.
 */
export function instantAt(
  date: LocalDate,
  minute: Minute,
  timeZone: string,
): Date {
  const day = startOfLocalDay(date, timeZone).plus({
    days: Math.floor(minute / MINUTES_PER_DAY),
  });
  const rest = minute % MINUTES_PER_DAY;
  return day.set({ hour: Math.floor(rest / 60), minute: rest % 60 }).toJSDate();
}

/** The salon's calendar date at an instant. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  return inZone(instant, timeZone).toISODate() as LocalDate;
}

/** The salon's wall-clock minutes after midnight at an instant (10:15 → 615). */
export function localMinuteOf(instant: Date, timeZone: string): Minute {
  const local = inZone(instant, timeZone);
  return local.hour * 60 + local.minute;
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekdayOf(date: LocalDate): number {
  return startOfLocalDay(date, 'UTC').weekday;
}

/** The calendar date `days` after `date` (negative: before). */
export function addDays(date: LocalDate, days: number): LocalDate {
  return startOfLocalDay(date, 'UTC').plus({ days }).toISODate() as LocalDate;
}

/** The instants [start, end) covering the local days `from` … `to`, both included. */
export function localDaysRange(
  from: LocalDate,
  to: LocalDate,
  timeZone: string,
): { start: Date; end: Date } {
  return {
    start: startOfLocalDay(from, timeZone).toJSDate(),
    end: startOfLocalDay(to, timeZone).plus({ days: 1 }).toJSDate(),
  };
}
