// Books an appointment: a typed outcome for every expected case, never two rows for one key.
import type { DbExecutor } from '@atrevete/db';
import { countFutureAppointments } from './appointment-rows.js';
import {
  alternativesNear,
  brokenRule,
  findReplay,
  insertAppointment,
  priceServices,
  type PricedServices,
} from './booking-steps.js';
import { lockCustomer } from './customers.js';
import {
  isPostgresError,
  retryingAbortedTransactions,
  SQLSTATE,
} from './postgres-errors.js';
import { appointmentSnapshot, type DeskActor } from './desk-audit.js';
import type { BookResult } from './types.js';

export interface BookRequest {
  customerId: number;
  stylistId: number;
  /** In the order the customer asked for them; all of the stylist's category. */
  serviceIds: number[];
  start: Date;
  now: Date;
  /** The turn or operation that books: the same key books once, and replays return that booking. */
  idempotencyKey: string;
  /**
   * A staff member booking at the desk (a walk-in, a phone call): no minimum notice, a year's
   * horizon, no per-customer limit; the appointment records who booked it, and the audit row
   * is written in the same transaction.
   */
  desk?: DeskActor;
  /** Whom it is for when not the customer ("a nombre de mi hija Carla"). */
  bookedFor?: string | null;
}

/**
 * In one transaction, under the customer's row lock: a key that already booked returns that
 * appointment; otherwise the services are priced from the database, the slot is checked
 * against the rules on a freshly loaded schedule, the customer's limit of future
 * appointments is enforced, and the appointment is inserted. Overlaps are the exclusion
 * constraint's to refuse: then `slot_taken`, with the nearest free slots of that day.
 */
export async function bookAppointment(
  db: DbExecutor,
  request: BookRequest,
): Promise<BookResult> {
  let attempted: PricedServices | undefined;
  try {
    return await retryingAbortedTransactions(() =>
      db.transaction(async (tx): Promise<BookResult> => {
        await lockCustomer(tx, request.customerId);
        const replay = await findReplay(
          tx,
          request.idempotencyKey,
          request.customerId,
        );
        if (replay) {
          return { kind: 'booked', appointment: replay };
        }
        const priced = await priceServices(tx, request.serviceIds);
        if ('rule' in priced) {
          return { kind: 'rule_broken', rule: priced.rule };
        }
        const { desk } = request;
        const { rule, schedule } = await brokenRule(tx, {
          ...request,
          priced,
          atDesk: desk !== undefined,
        });
        if (rule) {
          return { kind: 'rule_broken', rule };
        }
        if (!desk) {
          const future = await countFutureAppointments(
            tx,
            request.customerId,
            request.now,
          );
          if (future >= schedule.rules.maxFutureAppointments) {
            return { kind: 'rule_broken', rule: 'too_many_appointments' };
          }
        }
        attempted = priced;
        const appointment = await insertAppointment(tx, {
          ...request,
          priced,
          bookedByStaffId: desk?.staffId,
        });
        await desk?.audit(tx, {
          action: 'appointment.book',
          entity: 'appointment',
          entityId: String(appointment.id),
          before: null,
          after: appointmentSnapshot(appointment),
        });
        return { kind: 'booked', appointment };
      }),
    );
  } catch (error) {
    if (attempted && isPostgresError(error, SQLSTATE.exclusionViolation)) {
      return {
        kind: 'slot_taken',
        alternatives: await alternativesNear(db, {
          ...request,
          category: attempted.category,
          durationMinutes: attempted.durationMinutes,
          qualifiedStylistIds: attempted.qualifiedStylistIds,
          atDesk: request.desk !== undefined,
        }),
      };
    }
    throw error;
  }
}
