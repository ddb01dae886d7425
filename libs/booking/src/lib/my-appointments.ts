// A customer's own appointments: list the coming ones, cancel one outside the cancellation window.
import { appointments, getSalonSettings, type DbExecutor } from '@atrevete/db';
import { and, desc, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import { ACTIVE_STATUSES, selectAppointments } from './appointment-rows.js';
import { lockCustomer } from './customers.js';
import type { Appointment, CancelResult } from './types.js';

/** The customer's pending and confirmed appointments that start after `now`, soonest first. */
export async function listCustomerAppointments(
  db: DbExecutor,
  customerId: number,
  now: Date,
): Promise<Appointment[]> {
  return selectAppointments(
    db,
    and(
      eq(appointments.customerId, customerId),
      inArray(appointments.status, [...ACTIVE_STATUSES]),
      gt(appointments.startAt, now),
    ),
  );
}

/**
 * The stylist of the customer's latest appointment before `now` among `stylistIds` (a
 * category's), kept or done (not cancelled, not missed): whom to propose ("¿con Ana, como la
 * última vez?"). Null when there is none.
 */
export async function lastStylistOf(
  db: DbExecutor,
  customerId: number,
  stylistIds: number[],
  now: Date,
): Promise<number | null> {
  if (stylistIds.length === 0) return null;
  const [last] = await db
    .select({ stylistId: appointments.stylistId })
    .from(appointments)
    .where(
      and(
        eq(appointments.customerId, customerId),
        inArray(appointments.stylistId, stylistIds),
        inArray(appointments.status, ['pending', 'confirmed', 'completed']),
        lt(appointments.startAt, now),
      ),
    )
    .orderBy(desc(appointments.startAt))
    .limit(1);
  return last?.stylistId ?? null;
}

/** Whether an appointment starting at `start` can still be changed at `now` (window in hours). */
export function isOutsideWindow(
  start: Date,
  now: Date,
  windowHours: number,
): boolean {
  return start.getTime() - now.getTime() >= windowHours * 3_600_000;
}

/**
 * Pending appointments the salon asked the customer about (a confirmation request or a reminder
 * went out) and that start after `now`, soonest first: a "sí" confirms them, and they may be
 * declined or moved until they start, inside the cancellation window too — the salon asked, and a
 * freed slot beats a no-show.
 */
export async function listAskedAppointments(
  db: DbExecutor,
  customerId: number,
  now: Date,
): Promise<Appointment[]> {
  return selectAppointments(
    db,
    and(
      eq(appointments.customerId, customerId),
      eq(appointments.status, 'pending'),
      gt(appointments.startAt, now),
      askedAbout,
    ),
  );
}

/** A confirmation request or reminder of the appointment went out. */
const askedAbout = sql`exists (
  select 1 from appointment_messages m
   where m.appointment_id = ${appointments.id} and m.status = 'queued')`;

/** Whether the salon asked the customer about this appointment (see listAskedAppointments). */
async function wasAskedAbout(
  tx: DbExecutor,
  appointmentId: number,
): Promise<boolean> {
  const rows = await tx
    .select({ id: appointments.id })
    .from(appointments)
    .where(and(eq(appointments.id, appointmentId), askedAbout));
  return rows.length > 0;
}

/**
 * Whether the customer may still cancel or move it themselves: outside the cancellation window,
 * or pending and asked about by the salon (until it starts).
 */
export async function customerMayChange(
  tx: DbExecutor,
  appointment: Pick<Appointment, 'id' | 'start' | 'status'>,
  now: Date,
  windowHours: number,
): Promise<boolean> {
  if (isOutsideWindow(appointment.start, now, windowHours)) return true;
  return (
    appointment.status === 'pending' &&
    appointment.start > now &&
    (await wasAskedAbout(tx, appointment.id))
  );
}

export interface CancelRequest {
  customerId: number;
  appointmentId: number;
  now: Date;
}

/**
 * Cancels one of the customer's own pending/confirmed appointments if it starts at least
 * `cancellation_window_hours` after `now` (or the salon asked about it: customerMayChange). Another customer's appointment is `not_found`;
 * cancelling again returns the cancelled appointment; a started, completed or missed one is
 * `too_late` (the salon handles it).
 */
export async function cancelAppointment(
  db: DbExecutor,
  request: CancelRequest,
): Promise<CancelResult> {
  return db.transaction(async (tx): Promise<CancelResult> => {
    await lockCustomer(tx, request.customerId);
    const own = and(
      eq(appointments.id, request.appointmentId),
      eq(appointments.customerId, request.customerId),
    );
    const [appointment] = await selectAppointments(tx, own, {
      forUpdate: true,
    });
    if (!appointment) {
      return { kind: 'not_found' };
    }
    if (appointment.status === 'cancelled') {
      return { kind: 'cancelled', appointment };
    }
    const windowHours = (await getSalonSettings(tx)).cancellationWindowHours;
    const active = (ACTIVE_STATUSES as readonly string[]).includes(
      appointment.status,
    );
    if (
      !active ||
      !(await customerMayChange(tx, appointment, request.now, windowHours))
    ) {
      return { kind: 'too_late', windowHours };
    }
    await releaseAppointment(tx, appointment.id, request.now);
    const [cancelled] = await selectAppointments(tx, own);
    return { kind: 'cancelled', appointment: cancelled };
  });
}

/** Marks an appointment cancelled at `now`, which frees its time for the exclusion constraint. */
export async function releaseAppointment(
  tx: DbExecutor,
  appointmentId: number,
  now: Date,
): Promise<void> {
  await tx
    .update(appointments)
    .set({ status: 'cancelled', cancelledAt: now })
    .where(eq(appointments.id, appointmentId));
}

/**
 * The customer confirms one of their own coming pending appointments (an answer to the salon's
 * request); a confirmed one stays so. Null when it is not theirs, not coming or not active.
 */
export async function confirmAppointment(
  db: DbExecutor,
  request: { customerId: number; appointmentId: number; now: Date },
): Promise<Appointment | null> {
  const own = and(
    eq(appointments.id, request.appointmentId),
    eq(appointments.customerId, request.customerId),
    gt(appointments.startAt, request.now),
  );
  await db
    .update(appointments)
    .set({ status: 'confirmed' })
    .where(and(own, eq(appointments.status, 'pending')));
  const [appointment] = await selectAppointments(
    db,
    and(own, eq(appointments.status, 'confirmed')),
  );
  return appointment ?? null;
}
