// The demo salon of shared/SALON.md as an in-memory Schedule, and Madrid wall-clock helpers, for availability tests.
import { DateTime } from 'luxon';
import type {
  AvailabilityQuery,
  AvailabilityResult,
  BlockingEvent,
  BusyInterval,
  LocalDate,
  Schedule,
  Slot,
} from '../lib/types.js';

export const MADRID = 'Europe/Madrid';
export const HAIR = 'Peluquería';
export const BEAUTY = 'Estética';

export const stylist = {
  victor: 1,
  ana: 2,
  marta: 3,
  anaMaria: 4,
  pilar: 5,
  rosa: 6,
} as const;

/** 'HH:MM' → minutes from midnight. */
export function minutes(time: string): number {
  const [hours, mins] = time.split(':').map(Number);
  return hours * 60 + mins;
}

/** The instant the salon's clocks show `time` on `date` (a time that exists that day). */
export function madrid(date: LocalDate, time: string): Date {
  const [hour, minute] = time.split(':').map(Number);
  const local = DateTime.fromISO(date, { zone: MADRID }).set({ hour, minute });
  if (local.hour !== hour || local.minute !== minute) {
    throw new Error(`${date} ${time} does not exist in ${MADRID}`);
  }
  return local.toJSDate();
}

/** 'YYYY-MM-DD HH:MM' in Madrid, for readable assertions. */
export function madridLabel(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: MADRID }).toFormat(
    'yyyy-MM-dd HH:mm',
  );
}

/** Slots as 'YYYY-MM-DD HH:MM stylistId' labels. */
export function slotLabels(slots: Slot[]): string[] {
  return slots.map((slot) => `${madridLabel(slot.start)} ${slot.stylistId}`);
}

/** The offered slots, or the alternatives when there were none. */
export function offered(result: AvailabilityResult): Slot[] {
  return result.kind === 'slots' ? result.slots : result.alternatives;
}

const holidayDays = [
  '01-01',
  '01-06',
  '05-01',
  '08-15',
  '10-12',
  '11-01',
  '12-06',
  '12-08',
  '12-25',
];

/** Tuesday–Friday 10:00–20:00, Saturday 09:00–14:00; Monday and Sunday closed. */
export function demoSchedule(): Schedule {
  const weekdays = [2, 3, 4, 5].map((weekday) => ({
    weekday,
    opensAt: minutes('10:00'),
    closesAt: minutes('20:00'),
    breakStart: null,
    breakEnd: null,
  }));
  const saturday = {
    weekday: 6,
    opensAt: minutes('09:00'),
    closesAt: minutes('14:00'),
    breakStart: null,
    breakEnd: null,
  };
  const people: [string, string][] = [
    ['Víctor', HAIR],
    ['Ana', HAIR],
    ['Marta', HAIR],
    ['Ana María', HAIR],
    ['Pilar', HAIR],
    ['Rosa', BEAUTY],
  ];
  return {
    rules: {
      timeZone: MADRID,
      slotMinutes: 15,
      minNoticeMinutes: 120,
      maxDaysAhead: 60,
      cancellationWindowHours: 24,
      maxFutureAppointments: 3,
    },
    openingHours: [...weekdays, saturday],
    holidays: ['2026', '2027'].flatMap((year) =>
      holidayDays.map((day) => `${year}-${day}`),
    ),
    stylists: people.map(([name, category], i) => ({
      id: i + 1,
      name,
      category,
      active: true,
    })),
    blocks: [],
    appointments: [],
  };
}

/** A pending/confirmed appointment of a stylist, in Madrid wall-clock time. */
export function busy(
  stylistId: number,
  date: LocalDate,
  from: string,
  to: string,
): BusyInterval {
  return { stylistId, start: madrid(date, from), end: madrid(date, to) };
}

/** A one-off block of a stylist, in Madrid wall-clock time. */
export function blockOnce(
  stylistId: number,
  date: LocalDate,
  from: string,
  to: string,
): BlockingEvent {
  return { kind: 'once', ...busy(stylistId, date, from, to) };
}

/** Every stylist but `except` busy all of `date`'s opening hours (for "only X is free" tests). */
export function everyoneBusy(
  schedule: Schedule,
  date: LocalDate,
  from: string,
  to: string,
  except: number[] = [],
): BusyInterval[] {
  return schedule.stylists
    .filter(({ id }) => !except.includes(id))
    .map(({ id }) => busy(id, date, from, to));
}

/** The week most availability tests use: Monday 23 November 2026 (closed) to Saturday 28. */
export const week = {
  mon: '2026-11-23',
  tue: '2026-11-24',
  wed: '2026-11-25',
  thu: '2026-11-26',
  fri: '2026-11-27',
  sat: '2026-11-28',
} as const;

/** A haircut (45 min, any hair stylist) on Tuesday of `week`, asked on Monday at 09:00. */
export function haircutQuery(
  query: Partial<AvailabilityQuery> = {},
): AvailabilityQuery {
  return {
    durationMinutes: 45,
    category: HAIR,
    from: week.tue,
    now: madrid(week.mon, '09:00'),
    ...query,
  };
}
