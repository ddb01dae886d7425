// A deliberately naive availability oracle (luxon for every instant, linear scans of all busy time): for property tests and the benchmark's baseline.
import { DateTime } from 'luxon';
import type {
  AvailabilityQuery,
  LocalDate,
  OpeningDay,
  Schedule,
  Slot,
} from '../lib/types.js';

export interface ReferenceSlot extends Slot {
  date: LocalDate;
  minute: number;
  stylistRank: number;
}

const MINUTE = 60_000;

function addDays(date: LocalDate, days: number): LocalDate {
  return DateTime.fromISO(date, { zone: 'UTC' })
    .plus({ days })
    .toFormat('yyyy-MM-dd');
}

function wallClock(instant: number, zone: string): string {
  return DateTime.fromMillis(instant, { zone }).toFormat('yyyy-MM-dd HH:mm');
}

/** The first instant showing `minute` on `date`, or null when DST skips that time. */
export function firstInstant(
  date: LocalDate,
  minute: number,
  zone: string,
): number | null {
  const wall = DateTime.fromISO(date, { zone: 'UTC' }).plus({
    minutes: minute,
  });
  const local = DateTime.fromObject(
    {
      year: wall.year,
      month: wall.month,
      day: wall.day,
      hour: wall.hour,
      minute: wall.minute,
    },
    { zone },
  );
  const label = wall.toFormat('yyyy-MM-dd HH:mm');
  if (wallClock(local.toMillis(), zone) !== label) return null;
  const earlier = [60, 30]
    .map((shift) => local.toMillis() - shift * MINUTE)
    .filter((instant) => wallClock(instant, zone) === label);
  return Math.min(local.toMillis(), ...earlier);
}

/** Like firstInstant, but a skipped time is where luxon puts it (just after the jump). */
function edgeInstant(date: LocalDate, minute: number, zone: string): number {
  const exact = firstInstant(date, minute, zone);
  if (exact !== null) return exact;
  const wall = DateTime.fromISO(date, { zone: 'UTC' }).plus({
    minutes: minute,
  });
  return DateTime.fromObject(
    {
      year: wall.year,
      month: wall.month,
      day: wall.day,
      hour: wall.hour,
      minute: wall.minute,
    },
    { zone },
  ).toMillis();
}

function openRanges(row: OpeningDay): [number, number][] {
  if (row.breakStart === null || row.breakEnd === null) {
    return [[row.opensAt, row.closesAt]];
  }
  return [
    [row.opensAt, row.breakStart],
    [row.breakEnd, row.closesAt],
  ];
}

type ReferenceQuery = Omit<AvailabilityQuery, 'limit' | 'time'>;

/** Every slot satisfying the request, chronological (equal starts in stylist order). */
export function referenceSlots(
  schedule: Schedule,
  query: ReferenceQuery,
): ReferenceSlot[] {
  const { rules } = schedule;
  const zone = rules.timeZone;
  const now = query.now.getTime();
  const today = DateTime.fromMillis(now, { zone }).toFormat('yyyy-MM-dd');
  const lastDay = addDays(today, rules.maxDaysAhead);
  const stylists = schedule.stylists.filter(
    (s) =>
      s.active &&
      s.category === query.category &&
      (query.stylistId === undefined || s.id === query.stylistId),
  );
  const slots: ReferenceSlot[] = [];
  for (
    let date = query.from;
    date <= (query.to ?? query.from);
    date = addDays(date, 1)
  ) {
    if (date < today || date > lastDay || schedule.holidays.includes(date))
      continue;
    const weekday = DateTime.fromISO(date, { zone: 'UTC' }).weekday;
    const rows = schedule.openingHours.filter((row) => row.weekday === weekday);
    if (rows.length === 0) continue;
    const periods = rows.flatMap(openRanges).map(([open, close]) => ({
      open: edgeInstant(date, open, zone),
      close: edgeInstant(date, close, zone),
    }));
    const origin = Math.min(...rows.map((row) => row.opensAt));
    for (let minute = origin; minute < 24 * 60; minute += rules.slotMinutes) {
      if (query.partOfDay === 'morning' && minute >= 14 * 60) continue;
      if (query.partOfDay === 'afternoon' && minute < 14 * 60) continue;
      const start = firstInstant(date, minute, zone);
      if (start === null || start < now + rules.minNoticeMinutes * MINUTE)
        continue;
      const end = start + query.durationMinutes * MINUTE;
      if (!periods.some((p) => p.open <= start && end <= p.close)) continue;
      stylists.forEach((s, stylistRank) => {
        const overlaps = (from: number, to: number) => from < end && start < to;
        const taken =
          schedule.appointments.some(
            (a) =>
              a.stylistId === s.id &&
              overlaps(a.start.getTime(), a.end.getTime()),
          ) ||
          schedule.blocks.some((b) =>
            b.stylistId !== s.id
              ? false
              : b.kind === 'once'
                ? overlaps(b.start.getTime(), b.end.getTime())
                : b.weekday === weekday &&
                  b.startMinute < b.endMinute &&
                  overlaps(
                    edgeInstant(date, b.startMinute, zone),
                    edgeInstant(date, b.endMinute, zone),
                  ),
          );
        if (!taken) {
          slots.push({
            stylistId: s.id,
            start: new Date(start),
            end: new Date(end),
            date,
            minute,
            stylistRank,
          });
        }
      });
    }
  }
  return slots;
}

/** The specified choice among all slots: closest to the time (else earliest), distinct start times first. */
export function referenceBest(
  schedule: Schedule,
  query: AvailabilityQuery,
): Slot[] {
  const { time, limit = 3 } = query;
  const key = (slot: ReferenceSlot) =>
    time === undefined ? 0 : Math.abs(slot.minute - time);
  const order = (a: ReferenceSlot, b: ReferenceSlot) =>
    key(a) - key(b) ||
    a.start.getTime() - b.start.getTime() ||
    a.stylistRank - b.stylistRank;
  const seen = new Set<number>();
  const firsts: ReferenceSlot[] = [];
  const repeats: ReferenceSlot[] = [];
  for (const slot of referenceSlots(schedule, query).sort(order)) {
    const start = slot.start.getTime();
    (seen.has(start) ? repeats : firsts).push(slot);
    seen.add(start);
  }
  return [...firsts, ...repeats]
    .slice(0, limit)
    .sort(order)
    .map(({ stylistId, start, end }) => ({ stylistId, start, end }));
}
