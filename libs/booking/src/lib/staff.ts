// What the salon's staff do: read a day's agenda per stylist, block time, mark completed or no-show.
import {
  appointments,
  blockingEvents,
  customers,
  getSalonSettings,
  stylists,
  type DbExecutor,
} from '@atrevete/db';
import { and, asc, eq, gt, inArray, lt, ne, or } from 'drizzle-orm';
import { ACTIVE_STATUSES, selectAppointments } from './appointment-rows.js';
import { postgresErrorInfo, SQLSTATE } from './postgres-errors.js';
import { toBlockingEvent } from './schedule.js';
import type {
  Appointment,
  BlockingEvent,
  LocalDate,
  StylistInfo,
} from './types.js';
import {
  isoWeekdayOf,
  localDateOf,
  localDaysRange,
  localMinuteOf,
} from './zoned-time.js';

export interface AgendaEntry {
  appointment: Appointment;
  customerName: string | null;
  customerPhone: string | null;
}

export interface StylistAgenda {
  stylist: StylistInfo;
  /** Every appointment of the day but the cancelled ones, by time. */
  appointments: AgendaEntry[];
  /** One-off blocks touching the day and the weekly blocks of its weekday. */
  blocks: BlockingEvent[];
}

export interface DayAgenda {
  date: LocalDate;
  /** Active stylists, and inactive ones who still have appointments that day. */
  stylists: StylistAgenda[];
}

/** The salon's day (a local date), stylist by stylist. */
export async function dayAgenda(
  db: DbExecutor,
  date: LocalDate,
): Promise<DayAgenda> {
  const { timeZone } = await getSalonSettings(db);
  const { start, end } = localDaysRange(date, date, timeZone);
  const [team, booked, blockRows] = await Promise.all([
    db.select().from(stylists).orderBy(asc(stylists.id)),
    selectAppointments(
      db,
      and(
        ne(appointments.status, 'cancelled'),
        lt(appointments.startAt, end),
        gt(appointments.endAt, start),
      ),
    ),
    db
      .select()
      .from(blockingEvents)
      .where(
        or(
          and(
            eq(blockingEvents.kind, 'weekly'),
            eq(blockingEvents.weekday, isoWeekdayOf(date)),
          ),
          and(lt(blockingEvents.startAt, end), gt(blockingEvents.endAt, start)),
        ),
      )
      .orderBy(asc(blockingEvents.id)),
  ]);
  const customerIds = [...new Set(booked.map((a) => a.customerId))];
  const people = customerIds.length
    ? await db
        .select()
        .from(customers)
        .where(inArray(customers.id, customerIds))
    : [];
  const byId = new Map(people.map((person) => [person.id, person]));
  return {
    date,
    stylists: team
      .map((stylist) => ({
        stylist,
        appointments: booked
          .filter((a) => a.stylistId === stylist.id)
          .map((appointment) => ({
            appointment,
            customerName: byId.get(appointment.customerId)?.name ?? null,
            customerPhone: byId.get(appointment.customerId)?.phone ?? null,
          })),
        blocks: blockRows
          .filter((b) => b.stylistId === stylist.id)
          .map(toBlockingEvent),
      }))
      .filter((day) => day.stylist.active || day.appointments.length > 0),
  };
}

export type NewBlockingEvent = BlockingEvent & {
  reason?: string | null;
  /** Appointments ending after this instant are reported as overlapping; default: now. */
  now?: Date;
};

export type BlockTimeResult =
  | {
      kind: 'blocked';
      id: number;
      event: BlockingEvent;
      /** Pending/confirmed appointments inside the block: the staff must move or cancel them. */
      overlapping: Appointment[];
    }
  | { kind: 'invalid'; problem: 'unknown_stylist' | 'invalid_time' };

/** Blocks a stylist's time, one-off or weekly; the table's constraints judge the times. */
export async function blockTime(
  db: DbExecutor,
  request: NewBlockingEvent,
): Promise<BlockTimeResult> {
  const { reason = null, now = new Date() } = request;
  const columns =
    request.kind === 'once'
      ? { startAt: request.start, endAt: request.end }
      : {
          weekday: request.weekday,
          startMinute: request.startMinute,
          endMinute: request.endMinute,
        };
  let rows: (typeof blockingEvents.$inferSelect)[];
  try {
    rows = await db
      .insert(blockingEvents)
      .values({
        stylistId: request.stylistId,
        kind: request.kind,
        reason,
        ...columns,
      })
      .returning();
  } catch (error) {
    const code = postgresErrorInfo(error)?.code;
    if (code === SQLSTATE.foreignKeyViolation) {
      return { kind: 'invalid', problem: 'unknown_stylist' };
    }
    if (
      code === SQLSTATE.checkViolation ||
      code === SQLSTATE.numericOutOfRange
    ) {
      return { kind: 'invalid', problem: 'invalid_time' };
    }
    throw error;
  }
  const event = toBlockingEvent(rows[0]);
  return {
    kind: 'blocked',
    id: rows[0].id,
    event,
    overlapping: await appointmentsInside(db, event, now),
  };
}

async function appointmentsInside(
  db: DbExecutor,
  block: BlockingEvent,
  now: Date,
): Promise<Appointment[]> {
  const coming = await selectAppointments(
    db,
    and(
      eq(appointments.stylistId, block.stylistId),
      inArray(appointments.status, [...ACTIVE_STATUSES]),
      gt(appointments.endAt, now),
      ...(block.kind === 'once'
        ? [
            lt(appointments.startAt, block.end),
            gt(appointments.endAt, block.start),
          ]
        : []),
    ),
  );
  if (block.kind === 'once') {
    return coming;
  }
  const { timeZone } = await getSalonSettings(db);
  return coming.filter((a) => {
    const from = localMinuteOf(a.start, timeZone);
    const to = from + (a.end.getTime() - a.start.getTime()) / 60_000;
    return (
      isoWeekdayOf(localDateOf(a.start, timeZone)) === block.weekday &&
      from < block.endMinute &&
      to > block.startMinute
    );
  });
}

export type StaffStatusResult =
  | { kind: 'updated'; appointment: Appointment }
  | { kind: 'not_found' }
  /** A cancelled appointment cannot be completed or missed. */
  | { kind: 'cancelled' };

/** The customer came: the appointment is completed (idempotent; also corrects a no-show). */
export function markCompleted(
  db: DbExecutor,
  appointmentId: number,
): Promise<StaffStatusResult> {
  return setFinalStatus(db, appointmentId, 'completed');
}

/** The customer did not come (idempotent; also corrects a completed one). */
export function markNoShow(
  db: DbExecutor,
  appointmentId: number,
): Promise<StaffStatusResult> {
  return setFinalStatus(db, appointmentId, 'no_show');
}

async function setFinalStatus(
  db: DbExecutor,
  appointmentId: number,
  status: 'completed' | 'no_show',
): Promise<StaffStatusResult> {
  const updated = await db
    .update(appointments)
    .set({ status })
    .where(
      and(
        eq(appointments.id, appointmentId),
        ne(appointments.status, 'cancelled'),
      ),
    )
    .returning({ id: appointments.id });
  const [appointment] = await selectAppointments(
    db,
    eq(appointments.id, appointmentId),
  );
  if (!appointment) {
    return { kind: 'not_found' };
  }
  return updated.length > 0
    ? { kind: 'updated', appointment }
    : { kind: 'cancelled' };
}
