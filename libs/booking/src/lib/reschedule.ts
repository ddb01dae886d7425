// Moves a customer's appointment atomically: the new slot is taken before the old one is released.
import { appointments, getSalonSettings, type DbExecutor } from '@atrevete/db';
import { and, eq, sql } from 'drizzle-orm';
import { ACTIVE_STATUSES, selectAppointments } from './appointment-rows.js';
import {
  alternativesNear,
  brokenRule,
  findReplay,
  insertAppointment,
  priceServices,
  type PricedServices,
} from './booking-steps.js';
import { lockCustomer } from './customers.js';
import { customerMayChange, releaseAppointment } from './my-appointments.js';
import {
  isPostgresError,
  retryingAbortedTransactions,
  SQLSTATE,
} from './postgres-errors.js';
import type { Appointment, RescheduleResult } from './types.js';

export interface RescheduleRequest {
  customerId: number;
  appointmentId: number;
  /** Another stylist of the same category; default: the appointment's own. */
  stylistId?: number;
  start: Date;
  now: Date;
  /** Keys the new appointment: a replay returns it and changes nothing twice. */
  idempotencyKey: string;
}

/**
 * One transaction under the customer's row lock: the customer's own pending/confirmed
 * appointment, outside the cancellation window, is re-booked with the same services (priced
 * and checked as a new booking, without the per-customer limit: one replaces one) and only
 * then cancelled. The no-overlap constraint is deferred to the commit inside this
 * transaction, so a move onto a time overlapping the old slot works; when the new slot is
 * someone else's, nothing changes and the result is `slot_taken`. The customer is never left
 * with zero or two appointments, whoever else books or reschedules at the same time.
 */
export async function rescheduleAppointment(
  db: DbExecutor,
  request: RescheduleRequest,
): Promise<RescheduleResult> {
  let attempt: { old: Appointment; priced: PricedServices } | undefined;
  try {
    return await retryingAbortedTransactions(() =>
      db.transaction(async (tx): Promise<RescheduleResult> => {
        await tx.execute(sql`set constraints appointments_no_overlap deferred`);
        await lockCustomer(tx, request.customerId);
        const replay = await findReplay(
          tx,
          request.idempotencyKey,
          request.customerId,
        );
        if (replay) {
          return { kind: 'booked', appointment: replay };
        }
        const [old] = await selectAppointments(
          tx,
          and(
            eq(appointments.id, request.appointmentId),
            eq(appointments.customerId, request.customerId),
          ),
          { forUpdate: true },
        );
        if (
          !old ||
          !(ACTIVE_STATUSES as readonly string[]).includes(old.status)
        ) {
          return { kind: 'not_found' };
        }
        const windowHours = (await getSalonSettings(tx))
          .cancellationWindowHours;
        if (!(await customerMayChange(tx, old, request.now, windowHours))) {
          return { kind: 'too_late', windowHours };
        }
        const priced = await priceServices(tx, old.serviceIds);
        if ('rule' in priced) {
          return { kind: 'rule_broken', rule: priced.rule };
        }
        const stylistId = request.stylistId ?? old.stylistId;
        const { rule } = await brokenRule(tx, {
          ...request,
          stylistId,
          priced,
        });
        if (rule) {
          return { kind: 'rule_broken', rule };
        }
        attempt = { old, priced };
        const appointment = await insertAppointment(tx, {
          ...request,
          stylistId,
          priced,
          // The moved appointment is still for whom the old one was.
          bookedFor: old.bookedFor,
        });
        // The same event in the staff's calendars, at its new time.
        await tx
          .update(appointments)
          .set({
            calendarUid: sql`(SELECT calendar_uid FROM appointments WHERE id = ${old.id})`,
          })
          .where(eq(appointments.id, appointment.id));
        await releaseAppointment(tx, old.id, request.now);
        return { kind: 'booked', appointment };
      }),
    );
  } catch (error) {
    if (attempt && isPostgresError(error, SQLSTATE.exclusionViolation)) {
      const { old, priced } = attempt;
      return {
        kind: 'slot_taken',
        alternatives: await alternativesNear(db, {
          stylistId: request.stylistId ?? old.stylistId,
          start: request.start,
          now: request.now,
          category: priced.category,
          durationMinutes: priced.durationMinutes,
          qualifiedStylistIds: priced.qualifiedStylistIds,
          releasing: old,
        }),
      };
    }
    throw error;
  }
}
