// Local calendar days and wall-clock minutes of the salon's time zone ↔ instants, exact across DST changes.
import { IANAZone } from 'luxon';
import type { LocalDate, Minute } from '../types.js';
import { InvalidAvailabilityInputError } from './errors.js';

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a 'YYYY-MM-DD' calendar date (no time zone involved). */
export function dayNumber(date: LocalDate): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const day = match
    ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
    : NaN;
  if (!match || new Date(day).toISOString().slice(0, 10) !== date) {
    throw new InvalidAvailabilityInputError(`not a calendar date: ${date}`);
  }
  return day / MS_PER_DAY;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number; day 0 was a Thursday. */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export interface LocalTime {
  day: number;
  /** Minutes from local midnight; fractional when the instant is not on a whole minute. */
  minute: number;
}

/** One local day's minutes → instants; most days have one UTC offset throughout. */
export class DayClock {
  private readonly midnight: number;

  constructor(
    private readonly zone: ZonedClock,
    readonly day: number,
    /** The offset in minutes when it holds for the whole day, else null. */
    private readonly fixedOffset: number | null,
  ) {
    this.midnight = day * MS_PER_DAY;
  }

  /** The instant of a local wall-clock time, or null when DST skips it. */
  at(minute: Minute): number | null {
    if (this.fixedOffset !== null) {
      return this.midnight + (minute - this.fixedOffset) * MS_PER_MINUTE;
    }
    return this.zone.instantOf(this.day, minute);
  }

  /** The local wall-clock minute of an instant, counted from this day's midnight (may pass 1440). */
  minuteOf(instant: number): number {
    const local = this.zone.localTime(instant);
    return (local.day - this.day) * 24 * 60 + local.minute;
  }

  /** Like `at`, but a skipped time is read with the offset before the jump (for period and block edges). */
  edge(minute: Minute): number {
    return this.at(minute) ?? this.zone.forwardInstantOf(this.day, minute);
  }
}

/**
 * The salon's zone. Ambiguous local times (the repeated hour in autumn) mean their first
 * occurrence; skipped ones (the lost hour in spring) do not exist.
 */
export class ZonedClock {
  private readonly zone: IANAZone;

  constructor(timeZone: string) {
    this.zone = IANAZone.create(timeZone);
    if (!this.zone.isValid) {
      throw new InvalidAvailabilityInputError(`unknown time zone: ${timeZone}`);
    }
  }

  /** UTC offset in minutes at an instant. */
  offset(instant: number): number {
    return this.zone.offset(instant);
  }

  localTime(instant: number): LocalTime {
    const local = instant + this.offset(instant) * MS_PER_MINUTE;
    const day = Math.floor(local / MS_PER_DAY);
    return { day, minute: (local - day * MS_PER_DAY) / MS_PER_MINUTE };
  }

  /** The earliest instant showing this local time, or null when the clocks skip it. */
  instantOf(day: number, minute: Minute): number | null {
    const wall = day * MS_PER_DAY + minute * MS_PER_MINUTE;
    let found: number | null = null;
    for (const offset of this.offsetsAround(wall)) {
      const instant = wall - offset * MS_PER_MINUTE;
      const matches = this.offset(instant) === offset;
      if (matches && (found === null || instant < found)) found = instant;
    }
    return found;
  }

  /** A skipped local time read with the offset before the jump: 02:30 → the instant shown as 03:30. */
  forwardInstantOf(day: number, minute: Minute): number {
    const wall = day * MS_PER_DAY + minute * MS_PER_MINUTE;
    return wall - this.offset(wall - MS_PER_DAY) * MS_PER_MINUTE;
  }

  dayClock(day: number): DayClock {
    const midnight = day * MS_PER_DAY;
    const before = this.offset(midnight - MS_PER_DAY);
    const after = this.offset(midnight + 2 * MS_PER_DAY);
    return new DayClock(this, day, before === after ? before : null);
  }

  /** The offsets in force within a day of a wall time: one, or two around a change. */
  private offsetsAround(wall: number): number[] {
    const before = this.offset(wall - MS_PER_DAY);
    const after = this.offset(wall + MS_PER_DAY);
    return before === after ? [before] : [before, after];
  }
}
