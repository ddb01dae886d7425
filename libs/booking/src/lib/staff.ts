// What the salon's staff do: read a day's agenda per stylist, block time, mark completed or no-show.
import {
  agendaFollowUps,
  appointments,
  blockingEvents,
  customers,
  getSalonSettings,
  services,
  staffAccounts,
  stylists,
  type AppointmentFollowUp,
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
  addDays,
  isoWeekdayOf,
  localDateOf,
  localDaysRange,
  localMinuteOf,
} from '@atrevete/salon';

export interface AgendaEntry {
  appointment: Appointment;
  customerName: string | null;
  customerPhone: string | null;
  /** The services in the order booked, by name. */
  services: { id: number; name: string }[];
  /** The staff member who booked it at the desk; null: the bot. */
  bookedByStaffName: string | null;
  /** Its confirmation request and reminder, and whether staff were told it is unconfirmed. */
  followUp: AppointmentFollowUp;
  /** How many times the customer did not come. */
  customerNoShows: number;
}

/** An appointment with no messages (completed or no-show before the messages existed). */
export const NO_FOLLOW_UP: AppointmentFollowUp = {
  confirmation: null,
  reminder: null,
  unconfirmedFlaggedAt: null,
};

export interface StylistAgenda {
  stylist: StylistInfo;
  /** Every appointment of the range but the cancelled ones, by time. */
  appointments: AgendaEntry[];
  /** One-off blocks touching the range and every weekly block (with its id and reason). */
  blocks: (BlockingEvent & { id: number; reason: string | null })[];
}

export interface DayAgenda {
  date: LocalDate;
  /** Active stylists, and inactive ones who still have appointments in the range. */
  stylists: StylistAgenda[];
}

export interface AgendaRange {
  from: LocalDate;
  /** Last local day, inclusive. */
  to: LocalDate;
  /** One stylist only (the week view). */
  stylistId?: number;
}

/** The salon's day (a local date), stylist by stylist. */
export function dayAgenda(db: DbExecutor, date: LocalDate): Promise<DayAgenda> {
  return rangeAgenda(db, { from: date, to: date });
}

/**
 * The salon's local days `from` … `to`, stylist by stylist: two round trips (the rows, then
 * the names they point at), whatever the number of appointments.
 */
export async function rangeAgenda(
  db: DbExecutor,
  range: AgendaRange,
): Promise<DayAgenda> {
  const { timeZone } = await getSalonSettings(db);
  const { start, end } = localDaysRange(range.from, range.to, timeZone);
  const weekdays = weekdaysOf(range.from, range.to);
  const onlyStylist = range.stylistId
    ? [eq(appointments.stylistId, range.stylistId)]
    : [];
  const [team, booked, blockRows] = await Promise.all([
    db.select().from(stylists).orderBy(asc(stylists.id)),
    selectAppointments(
      db,
      and(
        ne(appointments.status, 'cancelled'),
        lt(appointments.startAt, end),
        gt(appointments.endAt, start),
        ...onlyStylist,
      ),
    ),
    db
      .select()
      .from(blockingEvents)
      .where(
        or(
          and(
            eq(blockingEvents.kind, 'weekly'),
            inArray(blockingEvents.weekday, weekdays),
          ),
          and(lt(blockingEvents.startAt, end), gt(blockingEvents.endAt, start)),
        ),
      )
      .orderBy(asc(blockingEvents.id)),
  ]);
  const customerIds = [...new Set(booked.map((a) => a.customerId))];
  const staffIds = [...new Set(booked.flatMap((a) => a.bookedByStaffId ?? []))];
  const [people, serviceNames, staffNames, followUps] = await Promise.all([
    customerIds.length
      ? db
          .select({
            id: customers.id,
            name: customers.name,
            phone: customers.phone,
          })
          .from(customers)
          .where(inArray(customers.id, customerIds))
      : [],
    db.select({ id: services.id, name: services.name }).from(services),
    staffIds.length
      ? db
          .select({ id: staffAccounts.id, name: staffAccounts.name })
          .from(staffAccounts)
          .where(inArray(staffAccounts.id, staffIds))
      : [],
    agendaFollowUps(
      db,
      booked.map((a) => a.id),
      customerIds,
    ),
  ]);
  const personById = new Map(people.map((person) => [person.id, person]));
  const serviceName = new Map(serviceNames.map((row) => [row.id, row.name]));
  const staffName = new Map(staffNames.map((row) => [row.id, row.name]));
  return {
    date: range.from,
    stylists: team
      .filter((stylist) => !range.stylistId || stylist.id === range.stylistId)
      .map((stylist) => ({
        stylist,
        appointments: booked
          .filter((a) => a.stylistId === stylist.id)
          .map((appointment) => ({
            appointment,
            customerName: personById.get(appointment.customerId)?.name ?? null,
            customerPhone:
              personById.get(appointment.customerId)?.phone ?? null,
            services: appointment.serviceIds.map((id) => ({
              id,
              name: serviceName.get(id) ?? '',
            })),
            bookedByStaffName:
              appointment.bookedByStaffId === null
                ? null
                : (staffName.get(appointment.bookedByStaffId) ?? null),
            followUp: followUps.followUps.get(appointment.id) ?? NO_FOLLOW_UP,
            customerNoShows: followUps.noShows.get(appointment.customerId) ?? 0,
          })),
        blocks: blockRows
          .filter((b) => b.stylistId === stylist.id)
          .map((b) => ({ ...toBlockingEvent(b), id: b.id, reason: b.reason })),
      }))
      .filter((day) => day.stylist.active || day.appointments.length > 0),
  };
}

/** The ISO weekdays the local days `from` … `to` cover (all seven from a week on). */
function weekdaysOf(from: LocalDate, to: LocalDate): number[] {
  const days = new Set<number>();
  for (let day = from, n = 0; day <= to && n < 7; day = addDays(day, 1), n++)
    days.add(isoWeekdayOf(day));
  return [...days];
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
