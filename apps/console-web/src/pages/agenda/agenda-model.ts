// The agenda's answer turned into what the calendar draws: appointments and blocks as "floating" dates
// (the salon's wall-clock time, whatever the browser's zone), and which slots each stylist cannot take.
import type {
  AgendaAppointment,
  AgendaBlock,
  AgendaDay,
  AgendaResponse,
  AppointmentStatus,
} from '@atrevete/console-api';
import { localDate, minuteToTime, time, timeToMinute } from '../../format';

const wallClocks = new Map<string, Intl.DateTimeFormat>();

/** [year, month (1–12), day, hour, minute] of `instant` on the salon's clocks. */
function wallClock(instant: Date, timeZone: string): number[] {
  let format = wallClocks.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
    wallClocks.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  return ['year', 'month', 'day', 'hour', 'minute'].map((type) =>
    Number(parts.find((part) => part.type === type)?.value),
  );
}

/**
 * The instant at which the salon's clocks read the given wall-clock time. In the hour skipped
 * when clocks go forward it lands an hour later, as the clocks do.
 */
function zonedInstant(
  [year, month, day, hour, minute]: number[],
  timeZone: string,
): Date {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const offsetAt = (t: number) => {
    const [y, mo, d, h, mi] = wallClock(new Date(t), timeZone);
    return Date.UTC(y, mo - 1, d, h, mi) - t;
  };
  const first = asUtc - offsetAt(asUtc);
  const second = asUtc - offsetAt(first);
  return new Date(Math.max(first, second));
}

/** The salon's wall-clock time of `instant`, as a Date whose browser-local fields read the same. */
export function toFloating(instant: string | Date, timeZone: string): Date {
  const [year, month, day, hour, minute] = wallClock(
    new Date(instant),
    timeZone,
  );
  return new Date(year, month - 1, day, hour, minute);
}

/** The instant (ISO) a floating Date stands for in the salon's zone. */
export function fromFloating(date: Date, timeZone: string): string {
  return zonedInstant(
    [
      date.getFullYear(),
      date.getMonth() + 1,
      date.getDate(),
      date.getHours(),
      date.getMinutes(),
    ],
    timeZone,
  ).toISOString();
}

/** The instant (ISO) of 'YYYY-MM-DD' at 'HH:MM' in the salon's zone (null when either is not valid). */
export function instantOf(
  date: string,
  clock: string,
  timeZone: string,
): string | null {
  const minute = timeToMinute(clock);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (minute === null || !match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day)
    return null;
  return zonedInstant(
    [year, month, day, Math.floor(minute / 60), minute % 60],
    timeZone,
  ).toISOString();
}

/** 'YYYY-MM-DD' of a floating Date. */
export function floatingDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** 'HH:MM' of a floating Date. */
export function floatingClock(date: Date): string {
  return minuteToTime(date.getHours() * 60 + date.getMinutes());
}

/** A floating Date at midnight of 'YYYY-MM-DD'. */
export function floatingMidnight(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(y, m - 1, d);
}

export const STATUS_TEXT: Record<AppointmentStatus, string> = {
  pending: 'sin confirmar',
  confirmed: 'confirmada',
  completed: 'completada',
  no_show: 'no vino',
  cancelled: 'cancelada',
};

export interface CalendarAppointment {
  kind: 'appointment';
  appointment: AgendaAppointment;
  stylistName: string;
  start: Date;
  end: Date;
  stylistId: number;
  /** "Irene Vidal · Depilación de cejas · 10:00–10:15 · confirmada · reservada por el bot" */
  label: string;
}

export interface CalendarBlock {
  kind: 'block';
  start: Date;
  end: Date;
  stylistId: number;
  title: string;
}

/** Who comes: the customer, or whom they booked for ("Carla (para Laura Pérez)"). */
export function customerName(appointment: AgendaAppointment): string {
  const customer =
    appointment.customer.name ?? appointment.customer.phone ?? 'Sin nombre';
  return appointment.bookedFor
    ? `${appointment.bookedFor} (para ${customer})`
    : customer;
}

export function bookedByText(appointment: AgendaAppointment): string {
  return appointment.bookedBy.kind === 'bot'
    ? 'reservada por el bot'
    : `reservada por ${appointment.bookedBy.name}`;
}

export function appointmentLabel(
  appointment: AgendaAppointment,
  timeZone: string,
): string {
  return [
    customerName(appointment),
    appointment.services.map((s) => s.name).join(' + '),
    `${time(appointment.start, timeZone)}–${time(appointment.end, timeZone)}`,
    appointment.unconfirmedAlert
      ? 'Sin confirmar: llamadle'
      : STATUS_TEXT[appointment.status],
    bookedByText(appointment),
  ].join(' · ');
}

/** Cancelled appointments free their time: the grid leaves them out (the customer page keeps them). */
export function calendarAppointments(
  agenda: AgendaResponse,
): CalendarAppointment[] {
  return agenda.stylists.flatMap((stylist) =>
    stylist.appointments
      .filter((a) => a.status !== 'cancelled')
      .map((appointment) => ({
        kind: 'appointment' as const,
        appointment,
        stylistName: stylist.name,
        stylistId: stylist.id,
        start: toFloating(appointment.start, agenda.timeZone),
        end: toFloating(appointment.end, agenda.timeZone),
        label: appointmentLabel(appointment, agenda.timeZone),
      })),
  );
}

/** Blocks drawn behind the appointments, with their reason; a weekly one on each shown day it falls on. */
export function calendarBlocks(agenda: AgendaResponse): CalendarBlock[] {
  return agenda.stylists.flatMap((stylist) =>
    stylist.blocks.flatMap((block) =>
      blockSpans(block, agenda.days, agenda.timeZone).map(([start, end]) => ({
        kind: 'block' as const,
        stylistId: stylist.id,
        start,
        end,
        title: block.reason ? `Bloqueado: ${block.reason}` : 'Bloqueado',
      })),
    ),
  );
}

function blockSpans(
  block: AgendaBlock,
  days: AgendaDay[],
  timeZone: string,
): [Date, Date][] {
  if (block.kind === 'once')
    return [
      [toFloating(block.start, timeZone), toFloating(block.end, timeZone)],
    ];
  return days
    .filter((day) => isoWeekday(day.date) === block.weekday)
    .map((day) => [
      atMinute(day.date, timeToMinute(block.startTime) ?? 0),
      atMinute(day.date, timeToMinute(block.endTime) ?? 0),
    ]);
}

/** 1 = Monday … 7 = Sunday, as the API numbers weekdays. */
export function isoWeekday(isoDate: string): number {
  const day = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

function atMinute(isoDate: string, minute: number): Date {
  const midnight = floatingMidnight(isoDate);
  midnight.setMinutes(minute);
  return midnight;
}

/**
 * Whether a stylist can be booked in the slot starting at `slot` (floating): inside the salon's hours,
 * outside its break, not a holiday, not in one of the stylist's blocks.
 */
export function isBookableSlot(
  agenda: AgendaResponse,
  blocks: CalendarBlock[],
  stylistId: number,
  slot: Date,
): boolean {
  const day = agenda.days.find((d) => d.date === floatingDate(slot));
  if (!day?.hours) return false;
  const minute = slot.getHours() * 60 + slot.getMinutes();
  const { opens, closes, breakStart, breakEnd } = day.hours;
  const within = (from: string | null, to: string | null) =>
    from !== null &&
    to !== null &&
    minute >= (timeToMinute(from) ?? 0) &&
    minute < (timeToMinute(to) ?? 0);
  if (!within(opens, closes) || within(breakStart, breakEnd)) return false;
  return !blocks.some(
    (b) => b.stylistId === stylistId && b.start <= slot && slot < b.end,
  );
}

/** The hours the grid shows: from the earliest opening to the latest closing of the shown days. */
export function visibleHours(days: AgendaDay[]): { min: number; max: number } {
  const open = days.flatMap((d) => (d.hours ? [d.hours] : []));
  if (open.length === 0) return { min: 9 * 60, max: 20 * 60 };
  const minutes = (value: string) => timeToMinute(value) ?? 0;
  return {
    min: Math.min(...open.map((h) => minutes(h.opens))),
    max: Math.max(...open.map((h) => minutes(h.closes))),
  };
}

/** Today in the salon. */
export function salonToday(timeZone: string, now = new Date()): string {
  return localDate(now, timeZone);
}
