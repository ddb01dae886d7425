// One availability search: the query checked and resolved against the schedule (qualified stylists, bookable days, rules).
import type {
  AvailabilityQuery,
  Minute,
  PartOfDay,
  Schedule,
} from '../types.js';
import { BusyIndex } from './busy-index.js';
import {
  type Candidate,
  type DayStats,
  emptyStats,
  type QualifiedStylist,
  scanDay,
  type StartWindow,
} from './day-scan.js';
import { InvalidAvailabilityInputError } from './errors.js';
import {
  type CandidateOrder,
  candidateOrder,
  countDistinctStarts,
} from './ranking.js';
import { SalonCalendar } from './salon-calendar.js';
import { dayNumber } from './zoned-clock.js';

const MS_PER_MINUTE = 60_000;
/** mañana until 14:00, tarde from 14:00 (shared/SALON.md). */
const AFTERNOON_FROM: Minute = 14 * 60;
export const WHOLE_DAY: StartWindow = { from: 0, to: 24 * 60 };
const WINDOWS: Record<PartOfDay, StartWindow> = {
  morning: { from: 0, to: AFTERNOON_FROM },
  afternoon: { from: AFTERNOON_FROM, to: 24 * 60 },
};

/** Candidates found over some days, and per-day counts for the days scanned. */
export interface ScanResult {
  candidates: Candidate[];
  stats: Map<number, DayStats>;
}

export class AvailabilitySearch {
  readonly calendar: SalonCalendar;
  readonly stylists: QualifiedStylist[];
  readonly limit: number;
  readonly order: CandidateOrder;
  /** Requested days (inclusive), before clamping to what can be booked. */
  readonly from: number;
  readonly to: number;
  /** Bookable days: today … today + maxDaysAhead, in the salon's zone. */
  readonly today: number;
  readonly lastDay: number;
  readonly window: StartWindow;
  private readonly busy: BusyIndex;
  private readonly earliestStart: number;
  private readonly durationMs: number;

  constructor(
    schedule: Schedule,
    readonly query: AvailabilityQuery,
  ) {
    const { durationMinutes, limit = 3 } = query;
    if (!(durationMinutes > 0) || !Number.isInteger(limit) || limit < 1) {
      throw new InvalidAvailabilityInputError(
        `need a positive duration and limit, got ${durationMinutes} min and ${limit}`,
      );
    }
    this.calendar = new SalonCalendar(schedule);
    this.from = dayNumber(query.from);
    this.to = query.to === undefined ? this.from : dayNumber(query.to);
    if (this.to < this.from) {
      throw new InvalidAvailabilityInputError(
        `the range ends (${query.to}) before it starts (${query.from})`,
      );
    }
    const now = query.now.getTime();
    if (Number.isNaN(now)) {
      throw new InvalidAvailabilityInputError('`now` is an invalid date');
    }
    this.today = this.calendar.zone.localTime(now).day;
    this.lastDay = this.today + schedule.rules.maxDaysAhead;
    this.earliestStart = now + schedule.rules.minNoticeMinutes * MS_PER_MINUTE;
    this.durationMs = durationMinutes * MS_PER_MINUTE;
    this.limit = limit;
    this.order = candidateOrder(query.time);
    const part = query.partOfDay ? WINDOWS[query.partOfDay] : WHOLE_DAY;
    this.window = query.startWindow
      ? {
          from: Math.max(part.from, query.startWindow.from),
          to: Math.min(part.to, query.startWindow.to),
        }
      : part;
    this.stylists = schedule.stylists
      .filter(
        (stylist) =>
          stylist.active &&
          stylist.category === query.category &&
          (query.stylistId === undefined || stylist.id === query.stylistId) &&
          (query.qualifiedStylistIds === undefined ||
            query.qualifiedStylistIds.includes(stylist.id)),
      )
      .map((stylist, rank) => ({ id: stylist.id, rank }));
    this.busy = new BusyIndex(
      schedule,
      new Set(this.stylists.map((stylist) => stylist.id)),
    );
  }

  /** The requested days that can be booked, ascending. */
  requestedDays(): number[] {
    const days: number[] = [];
    const last = Math.min(this.to, this.lastDay);
    for (let day = Math.max(this.from, this.today); day <= last; day++) {
      days.push(day);
    }
    return days;
  }

  /**
   * Up to `count` bookable days outside the request, nearest first (after the request before
   * before it at equal distance): where alternatives are looked for.
   */
  nearbyDays(count: number): number[] {
    const days: number[] = [];
    let after = Math.max(this.to + 1, this.today);
    let before = Math.min(this.from - 1, this.lastDay);
    while (
      days.length < count &&
      (after <= this.lastDay || before >= this.today)
    ) {
      const takeAfter =
        after <= this.lastDay &&
        (before < this.today || after - this.to <= this.from - before);
      days.push(takeAfter ? after++ : before--);
    }
    return days;
  }

  scanDay(day: number, window: StartWindow, stats: DayStats): Candidate[] {
    return scanDay(
      this.calendar.plan(day),
      this.stylists,
      this.busy,
      {
        slotMinutes: this.calendar.slotMinutes,
        durationMs: this.durationMs,
        earliestStart: this.earliestStart,
      },
      window,
      stats,
    );
  }

  /**
   * Scans days in order, stopping once no later day can improve the best `limit` slots: with no
   * preferred time, when `limit` distinct start times are found (later days only start later);
   * with one, when `limit` distinct slots start exactly at it.
   */
  scan(days: number[], window: StartWindow): ScanResult {
    const candidates: Candidate[] = [];
    const stats = new Map<number, DayStats>();
    let distinct = 0;
    for (const day of days) {
      const dayStats = emptyStats();
      stats.set(day, dayStats);
      const found = this.scanDay(day, window, dayStats);
      for (const candidate of found) candidates.push(candidate);
      const { time } = this.query;
      const best =
        time === undefined
          ? found
          : found.filter((candidate) => candidate.minute === time);
      distinct += countDistinctStarts(best, this.limit);
      if (distinct >= this.limit) break;
    }
    return { candidates: candidates.sort(this.order), stats };
  }
}
