// Calendar dates as plain numbers (UTC midnights), so day arithmetic costs nothing; the salon's zone is applied once, with luxon.
import { DateTime } from 'luxon';

/** A calendar date as the epoch milliseconds of its UTC midnight. */
export type CalendarDay = number;

const DAY_MS = 86_400_000;

export function calendarDay(
  year: number,
  month: number,
  day: number,
): CalendarDay {
  return Date.UTC(year, month - 1, day);
}

export function addDays(day: CalendarDay, days: number): CalendarDay {
  return day + days * DAY_MS;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekdayOf(day: CalendarDay): number {
  return ((new Date(day).getUTCDay() + 6) % 7) + 1;
}

export function isoDate(day: CalendarDay): string {
  const date = new Date(day);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function parts(day: CalendarDay): {
  year: number;
  month: number;
  day: number;
} {
  const date = new Date(day);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The last turn's answer: a worker sees many turns within a minute, and the local date changes only at midnight. */
let last = { zone: '', minute: NaN, today: 0 };

/** The salon's local date at an instant. */
export function localToday(now: Date, timeZone: string): CalendarDay {
  const minute = Math.floor(now.getTime() / 60_000);
  if (last.zone === timeZone && last.minute === minute) return last.today;
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  const today = calendarDay(local.year, local.month, local.day);
  last = { zone: timeZone, minute, today };
  return today;
}
