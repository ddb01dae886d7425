// fast-check generators of random salons (zones with DST, hours, breaks, holidays, busy time) and requests near DST changes.
import fc from 'fast-check';
import { DateTime } from 'luxon';
import type {
  AvailabilityQuery,
  BlockingEvent,
  OpeningDay,
  Schedule,
} from '../lib/types.js';

/** Zones with a 60-minute DST change (Madrid, New York), a 30-minute one (Lord Howe) and none. */
const ZONES = [
  'Europe/Madrid',
  'America/New_York',
  'Australia/Lord_Howe',
  'UTC',
  'Asia/Kolkata',
];
/** Days just before DST changes of 2026 in those zones, and two quiet ones. */
const ANCHORS = [
  '2026-03-26',
  '2026-10-22',
  '2026-03-06',
  '2026-10-29',
  '2026-04-02',
  '2026-09-30',
  '2026-06-15',
  '2026-12-30',
];
const MINUTE = 60_000;
const DAY = 86_400_000;

export interface RandomCase {
  schedule: Schedule;
  query: AvailabilityQuery;
  /** Local midnight of the anchor day, and the anchor day itself. */
  anchorMs: number;
  anchor: string;
}

/** `likely` about `weight` times as often as `rarely`. */
const mostly = <T>(likely: T, rarely: T, weight: number) =>
  fc.oneof(
    { arbitrary: fc.constant(likely), weight },
    { arbitrary: fc.constant(rarely), weight: 1 },
  );

const fiveMinutes = (min: number, max: number) =>
  fc.integer({ min, max }).map((n) => n * 5);

const openingDay: fc.Arbitrary<Omit<OpeningDay, 'weekday'>> = fc
  .record({
    opensAt: fiveMinutes(0, 270),
    length: fiveMinutes(6, 288),
    pause: fc.option(fc.tuple(fiveMinutes(1, 100), fiveMinutes(1, 40)), {
      nil: undefined,
    }),
  })
  .map(({ opensAt, length, pause }) => {
    const closesAt = Math.min(24 * 60, opensAt + length);
    const breakStart = pause ? opensAt + pause[0] : null;
    const breakEnd =
      pause && breakStart !== null ? breakStart + pause[1] : null;
    const validBreak =
      breakStart !== null && breakEnd !== null && breakEnd < closesAt;
    return {
      opensAt,
      closesAt,
      breakStart: validBreak ? breakStart : null,
      breakEnd: validBreak ? breakEnd : null,
    };
  });

interface BusyTime {
  stylistId: number;
  day: number;
  minute: number;
  length: number;
}

const busyTime: fc.Arbitrary<BusyTime> = fc.record({
  stylistId: fc.integer({ min: 1, max: 4 }),
  day: fc.integer({ min: -1, max: 12 }),
  minute: fiveMinutes(0, 287),
  length: fc.oneof(fiveMinutes(1, 60), fiveMinutes(60, 144)),
});

/** `count` appointments back to back with `gap` minutes between: a busy stretch of a day. */
interface BusyRun extends BusyTime {
  count: number;
  gap: number;
}

const busyRun: fc.Arbitrary<BusyRun> = fc.record({
  stylistId: fc.integer({ min: 1, max: 4 }),
  day: fc.integer({ min: -1, max: 12 }),
  minute: fiveMinutes(0, 287),
  length: fiveMinutes(3, 24),
  count: fc.integer({ min: 1, max: 24 }),
  gap: fc.constantFrom(0, 0, 5, 15, 30, 60),
});

function expandRun(run: BusyRun): BusyTime[] {
  return Array.from({ length: run.count }, (_, i) => ({
    ...run,
    minute: run.minute + i * (run.length + run.gap),
  }));
}

const weeklyBlock = fc.record({
  stylistId: fc.integer({ min: 1, max: 4 }),
  weekday: fc.integer({ min: 1, max: 7 }),
  startMinute: fiveMinutes(0, 280),
  length: fiveMinutes(1, 60),
});

/** Random salons and requests; `busyRuns` bounds the busy stretches (more: fuller days). */
export function randomCase(busyRuns = 4): fc.Arbitrary<RandomCase> {
  return fc
    .record({
      zone: fc.constantFrom(...ZONES),
      anchor: fc.constantFrom(...ANCHORS),
      slotMinutes: fc.constantFrom(5, 10, 15, 20, 30),
      minNoticeMinutes: fc.integer({ min: 0, max: 600 }),
      maxDaysAhead: fc.integer({ min: 0, max: 20 }),
      week: fc.array(fc.option(openingDay, { nil: undefined, freq: 4 }), {
        minLength: 7,
        maxLength: 7,
      }),
      holidays: fc.array(fc.integer({ min: -1, max: 20 }), { maxLength: 4 }),
      stylists: fc.array(
        fc.record({
          category: mostly('A', 'B', 9),
          active: mostly(true, false, 9),
        }),
        { minLength: 1, maxLength: 4 },
      ),
      appointments: fc.array(busyTime, { maxLength: 30, size: 'max' }),
      runs: fc.array(busyRun, { maxLength: busyRuns, size: 'max' }),
      onceBlocks: fc.array(busyTime, { maxLength: 6 }),
      weeklyBlocks: fc.array(weeklyBlock, { maxLength: 4 }),
      nowMinute: fc.integer({ min: 0, max: 3 * 24 * 60 }),
      request: fc.record({
        category: mostly('A', 'B', 7),
        /** An index into the stylists (wrapping), or -1 for an unknown stylist. */
        stylist: fc.option(
          fc.oneof(
            { arbitrary: fc.integer({ min: 0, max: 3 }), weight: 9 },
            { arbitrary: fc.constant(-1), weight: 1 },
          ),
          { nil: undefined, freq: 2 },
        ),
        fromDay: fc.integer({ min: -1, max: 12 }),
        span: fc.integer({ min: 0, max: 6 }),
        partOfDay: fc.constantFrom(
          undefined,
          'morning' as const,
          'afternoon' as const,
        ),
        time: fc.option(fiveMinutes(0, 287), { nil: undefined }),
        limit: fc.integer({ min: 1, max: 5 }),
        durationMinutes: fiveMinutes(1, 48),
      }),
    })
    .map((g) => {
      const anchorMs = DateTime.fromISO(g.anchor, { zone: g.zone }).toMillis();
      const date = (offset: number) =>
        DateTime.fromISO(g.anchor, { zone: 'UTC' })
          .plus({ days: offset })
          .toFormat('yyyy-MM-dd');
      const instant = (b: BusyTime) =>
        new Date(anchorMs + b.day * DAY + b.minute * MINUTE);
      const interval = (b: BusyTime) => ({
        stylistId: b.stylistId,
        start: instant(b),
        end: new Date(instant(b).getTime() + b.length * MINUTE),
      });
      const weekly: BlockingEvent[] = g.weeklyBlocks.map((b) => ({
        stylistId: b.stylistId,
        kind: 'weekly',
        weekday: b.weekday,
        startMinute: b.startMinute,
        endMinute: Math.min(24 * 60, b.startMinute + b.length),
      }));
      const schedule: Schedule = {
        rules: {
          timeZone: g.zone,
          slotMinutes: g.slotMinutes,
          minNoticeMinutes: g.minNoticeMinutes,
          maxDaysAhead: g.maxDaysAhead,
          cancellationWindowHours: 24,
          maxFutureAppointments: 3,
        },
        openingHours: g.week.flatMap((day, i) =>
          day ? [{ weekday: i + 1, ...day }] : [],
        ),
        holidays: g.holidays.map(date),
        stylists: g.stylists.map((s, i) => ({
          id: i + 1,
          name: `S${i + 1}`,
          ...s,
        })),
        blocks: [
          ...g.onceBlocks.map(
            (b): BlockingEvent => ({ kind: 'once', ...interval(b) }),
          ),
          ...weekly,
        ],
        appointments: [...g.appointments, ...g.runs.flatMap(expandRun)].map(
          interval,
        ),
      };
      const { fromDay, span, stylist, ...request } = g.request;
      const query: AvailabilityQuery = {
        ...request,
        stylistId:
          stylist === undefined
            ? undefined
            : stylist < 0
              ? 99
              : schedule.stylists[stylist % schedule.stylists.length].id,
        from: date(fromDay),
        to: date(fromDay + span),
        now: new Date(anchorMs + g.nowMinute * MINUTE),
      };
      return { schedule, query, anchorMs, anchor: g.anchor };
    });
}
