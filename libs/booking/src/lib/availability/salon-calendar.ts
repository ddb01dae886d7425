// The salon's days: open periods (around the break) as instants, holidays and closed weekdays.
import type { Minute, OpeningDay, Schedule } from '../types.js';
import { InvalidAvailabilityInputError } from './errors.js';
import {
  type DayClock,
  dayNumber,
  isoWeekday,
  ZonedClock,
} from './zoned-clock.js';

/** A stretch of the day when the salon is open, in local minutes and as instants [startMs, endMs). */
export interface Period {
  startMinute: Minute;
  endMinute: Minute;
  startMs: number;
  endMs: number;
}

export interface DayPlan {
  day: number;
  weekday: number;
  kind: 'open' | 'closed' | 'holiday';
  /** Slots start every `slotMinutes` from this local minute (the opening time). */
  gridOrigin: Minute;
  /** Ascending; empty unless the day is open. */
  periods: Period[];
  clock: DayClock;
}

/** The day's opening hours as local-minute ranges: one per row, or two around its break. */
function openRanges(row: OpeningDay): [Minute, Minute][] {
  const { opensAt, closesAt, breakStart, breakEnd } = row;
  const hasBreak =
    breakStart !== null &&
    breakEnd !== null &&
    opensAt <= breakStart &&
    breakStart < breakEnd &&
    breakEnd <= closesAt;
  const ranges: [Minute, Minute][] = hasBreak
    ? [
        [opensAt, breakStart],
        [breakEnd, closesAt],
      ]
    : [[opensAt, closesAt]];
  return ranges.filter(([start, end]) => start < end);
}

/** Day plans of one schedule, built on first use and kept for the search. */
export class SalonCalendar {
  readonly zone: ZonedClock;
  readonly slotMinutes: number;
  private readonly holidays: Set<number>;
  private readonly hours = new Map<number, OpeningDay[]>();
  private readonly plans = new Map<number, DayPlan>();

  constructor(schedule: Schedule) {
    this.zone = new ZonedClock(schedule.rules.timeZone);
    this.slotMinutes = schedule.rules.slotMinutes;
    if (!Number.isInteger(this.slotMinutes) || this.slotMinutes <= 0) {
      throw new InvalidAvailabilityInputError(
        `slotMinutes must be a positive integer, got ${this.slotMinutes}`,
      );
    }
    this.holidays = new Set(schedule.holidays.map(dayNumber));
    for (const row of schedule.openingHours) {
      this.hours.set(row.weekday, [
        ...(this.hours.get(row.weekday) ?? []),
        row,
      ]);
    }
  }

  plan(day: number): DayPlan {
    let plan = this.plans.get(day);
    if (!plan) {
      plan = this.buildPlan(day);
      this.plans.set(day, plan);
    }
    return plan;
  }

  private buildPlan(day: number): DayPlan {
    const weekday = isoWeekday(day);
    const rows = this.hours.get(weekday) ?? [];
    const clock = this.zone.dayClock(day);
    const gridOrigin =
      rows.length > 0 ? Math.min(...rows.map((row) => row.opensAt)) : 0;
    const holiday = this.holidays.has(day);
    const periods = holiday
      ? []
      : rows
          .flatMap(openRanges)
          .sort((a, b) => a[0] - b[0])
          .map(([startMinute, endMinute]) => ({
            startMinute,
            endMinute,
            startMs: clock.edge(startMinute),
            endMs: clock.edge(endMinute),
          }))
          .filter((period) => period.startMs < period.endMs);
    const kind = holiday ? 'holiday' : periods.length > 0 ? 'open' : 'closed';
    return { day, weekday, kind, gridOrigin, periods, clock };
  }
}
