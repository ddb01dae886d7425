// Reads appointments in the contract's shape (services in order) and counts a customer's future ones.
import {
  appointmentServices,
  appointments,
  type DbExecutor,
} from '@atrevete/db';
import { and, asc, count, eq, gt, inArray, sql, type SQL } from 'drizzle-orm';
import type { Appointment } from './types.js';

/** The statuses that hold a stylist's time (and that the exclusion constraint covers). */
export const ACTIVE_STATUSES = ['pending', 'confirmed'] as const;

const serviceIds = sql<number[]>`coalesce((
  select array_agg(${appointmentServices.serviceId} order by ${appointmentServices.position})
  from ${appointmentServices}
  where ${appointmentServices.appointmentId} = ${appointments.id}
), '{}')`;

const appointmentColumns = {
  id: appointments.id,
  customerId: appointments.customerId,
  stylistId: appointments.stylistId,
  serviceIds,
  start: appointments.startAt,
  end: appointments.endAt,
  status: appointments.status,
  priceCents: appointments.priceCents,
  idempotencyKey: appointments.idempotencyKey,
  bookedByStaffId: appointments.bookedByStaffId,
  bookedFor: appointments.bookedFor,
  cancellationReason: appointments.cancellationReason,
  updatedAt: appointments.updatedAt,
};

/** Appointments matching `where`, by start time; `forUpdate` locks their rows in a transaction. */
export async function selectAppointments(
  db: DbExecutor,
  where: SQL | undefined,
  options: { forUpdate?: boolean } = {},
): Promise<Appointment[]> {
  const query = db
    .select(appointmentColumns)
    .from(appointments)
    .where(where)
    .orderBy(asc(appointments.startAt), asc(appointments.id));
  const rows = options.forUpdate
    ? await query.for('update', { of: appointments })
    : await query;
  return rows.map((row) => ({
    ...row,
    serviceIds: row.serviceIds.map(Number),
  }));
}

export async function findAppointmentByKey(
  db: DbExecutor,
  idempotencyKey: string,
): Promise<Appointment | undefined> {
  const [found] = await selectAppointments(
    db,
    eq(appointments.idempotencyKey, idempotencyKey),
  );
  return found;
}

/** How many pending/confirmed appointments of the customer start after `now`. */
export async function countFutureAppointments(
  db: DbExecutor,
  customerId: number,
  now: Date,
): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(appointments)
    .where(
      and(
        eq(appointments.customerId, customerId),
        inArray(appointments.status, [...ACTIVE_STATUSES]),
        gt(appointments.startAt, now),
      ),
    );
  return row?.n ?? 0;
}
