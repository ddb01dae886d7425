// What the staff do to appointments at the desk besides booking: move in place, cancel with a reason, record the outcome, block time — each with its audit row in the same transaction.
import {
  appointments,
  blockingEvents,
  qualifiedStylistIds,
  services,
  useClockInTransaction,
  type DbExecutor,
} from '@atrevete/db';
import { eq, inArray } from 'drizzle-orm';
import { ACTIVE_STATUSES, selectAppointments } from './appointment-rows.js';
import { checkSlot } from './availability/index.js';
import { alternativesNear, loadDaySchedule } from './booking-steps.js';
import { deskRules } from './desk-rules.js';
import { appointmentSnapshot, type DeskActor } from './desk-audit.js';
import {
  isPostgresError,
  retryingAbortedTransactions,
  SQLSTATE,
} from './postgres-errors.js';
import {
  blockTime,
  type BlockTimeResult,
  type NewBlockingEvent,
} from './staff.js';
import { toBlockingEvent } from './schedule.js';
import type { Appointment, BookingRule, Slot } from './types.js';

export type MoveResult =
  | { kind: 'moved'; appointment: Appointment }
  | { kind: 'slot_taken'; alternatives: Slot[] }
  | { kind: 'rule_broken'; rule: BookingRule }
  | { kind: 'not_found' }
  /** Someone changed it since the staff member looked (moved, cancelled, marked): nothing written. */
  | { kind: 'changed'; appointment: Appointment };

export interface MoveRequest extends DeskActor {
  appointmentId: number;
  /** The `updatedAt` the staff member saw: a later change wins over this move. */
  expectedUpdatedAt: Date;
  /** Another stylist of the services' category; default: the appointment's own. */
  stylistId?: number;
  start: Date;
  now: Date;
}

const isActive = (appointment: Appointment) =>
  (ACTIVE_STATUSES as readonly string[]).includes(appointment.status);

/** The row locked for this transaction, and whether it is still as the staff member saw it. */
async function lockedAsSeen(
  tx: DbExecutor,
  appointmentId: number,
  expectedUpdatedAt: Date | undefined,
): Promise<
  | { kind: 'not_found' }
  | { kind: 'changed'; appointment: Appointment }
  | { kind: 'seen'; appointment: Appointment }
> {
  const [appointment] = await selectAppointments(
    tx,
    eq(appointments.id, appointmentId),
    { forUpdate: true },
  );
  if (!appointment) return { kind: 'not_found' };
  const moved =
    expectedUpdatedAt !== undefined &&
    appointment.updatedAt.getTime() !== expectedUpdatedAt.getTime();
  if (moved || !isActive(appointment)) return { kind: 'changed', appointment };
  return { kind: 'seen', appointment };
}

/**
 * Moves the appointment in place (same id, services and price; its own length) to `start` and
 * perhaps another stylist, under the desk's rules. The exclusion constraint refuses an overlap
 * with anyone's appointment (`slot_taken`, nothing written); two staff moving the same
 * appointment at once: the first wins, the second gets `changed`.
 */
export async function moveAppointment(
  db: DbExecutor,
  request: MoveRequest,
): Promise<MoveResult> {
  let attempt:
    | { old: Appointment; category: string; qualified: number[] | null }
    | undefined;
  try {
    return await retryingAbortedTransactions(() =>
      db.transaction(async (tx): Promise<MoveResult> => {
        const found = await lockedAsSeen(
          tx,
          request.appointmentId,
          request.expectedUpdatedAt,
        );
        if (found.kind !== 'seen') return found;
        const old = found.appointment;
        const [{ category }] = await tx
          .selectDistinct({ category: services.category })
          .from(services)
          .where(inArray(services.id, old.serviceIds));
        const stylistId = request.stylistId ?? old.stylistId;
        const durationMinutes =
          (old.end.getTime() - old.start.getTime()) / 60_000;
        const schedule = deskRules(await loadDaySchedule(tx, request.start));
        const rule = checkSlot(schedule, {
          stylistId,
          start: request.start,
          durationMinutes,
          category,
          now: request.now,
        });
        if (rule) return { kind: 'rule_broken', rule };
        const qualified = await qualifiedStylistIds(tx, old.serviceIds);
        if (qualified && !qualified.includes(stylistId))
          return { kind: 'rule_broken', rule: 'wrong_category' };
        attempt = { old, category, qualified };
        // The messages it owes are scheduled again (a trigger) by the engine's clock.
        await useClockInTransaction(tx, request.now);
        await tx
          .update(appointments)
          .set({
            stylistId,
            startAt: request.start,
            endAt: new Date(request.start.getTime() + durationMinutes * 60_000),
          })
          .where(eq(appointments.id, old.id));
        const [moved] = await selectAppointments(
          tx,
          eq(appointments.id, old.id),
        );
        await request.audit(tx, {
          action: 'appointment.move',
          entity: 'appointment',
          entityId: String(old.id),
          before: appointmentSnapshot(old),
          after: appointmentSnapshot(moved),
        });
        return { kind: 'moved', appointment: moved };
      }),
    );
  } catch (error) {
    if (attempt && isPostgresError(error, SQLSTATE.exclusionViolation)) {
      const { old, category, qualified } = attempt;
      return {
        kind: 'slot_taken',
        alternatives: await alternativesNear(db, {
          stylistId: request.stylistId ?? old.stylistId,
          start: request.start,
          now: request.now,
          category,
          durationMinutes: (old.end.getTime() - old.start.getTime()) / 60_000,
          releasing: old,
          qualifiedStylistIds: qualified,
          atDesk: true,
        }),
      };
    }
    throw error;
  }
}

export const MAX_REASON_LENGTH = 500;

export type DeskCancelResult =
  | { kind: 'cancelled'; appointment: Appointment }
  | { kind: 'not_found' }
  | { kind: 'changed'; appointment: Appointment }
  | { kind: 'invalid'; problem: 'reason' };

export interface DeskCancelRequest extends DeskActor {
  appointmentId: number;
  reason: string;
  now: Date;
  expectedUpdatedAt?: Date;
}

/** The salon cancels, whenever it must (no cancellation window), saying why; frees the time at once. */
export async function cancelAtDesk(
  db: DbExecutor,
  request: DeskCancelRequest,
): Promise<DeskCancelResult> {
  const reason = request.reason.trim();
  if (!reason || reason.length > MAX_REASON_LENGTH)
    return { kind: 'invalid', problem: 'reason' };
  return db.transaction(async (tx): Promise<DeskCancelResult> => {
    const found = await lockedAsSeen(
      tx,
      request.appointmentId,
      request.expectedUpdatedAt,
    );
    if (found.kind !== 'seen') return found;
    await tx
      .update(appointments)
      .set({
        status: 'cancelled',
        cancelledAt: request.now,
        cancellationReason: reason,
      })
      .where(eq(appointments.id, request.appointmentId));
    const [cancelled] = await selectAppointments(
      tx,
      eq(appointments.id, request.appointmentId),
    );
    await request.audit(tx, {
      action: 'appointment.cancel',
      entity: 'appointment',
      entityId: String(cancelled.id),
      before: appointmentSnapshot(found.appointment),
      after: appointmentSnapshot(cancelled),
    });
    return { kind: 'cancelled', appointment: cancelled };
  });
}

export type OutcomeResult =
  | { kind: 'updated'; appointment: Appointment }
  | { kind: 'not_found' }
  | { kind: 'cancelled' }
  /** It has not started yet: nobody can have come or missed it. */
  | { kind: 'too_early' };

export interface OutcomeRequest extends DeskActor {
  appointmentId: number;
  status: 'completed' | 'no_show';
  now: Date;
}

/** The customer came (completed) or did not (no_show); either corrects the other. */
export async function recordOutcome(
  db: DbExecutor,
  request: OutcomeRequest,
): Promise<OutcomeResult> {
  return db.transaction(async (tx): Promise<OutcomeResult> => {
    const [before] = await selectAppointments(
      tx,
      eq(appointments.id, request.appointmentId),
      { forUpdate: true },
    );
    if (!before) return { kind: 'not_found' };
    if (before.status === 'cancelled') return { kind: 'cancelled' };
    if (before.start.getTime() > request.now.getTime())
      return { kind: 'too_early' };
    await tx
      .update(appointments)
      .set({ status: request.status })
      .where(eq(appointments.id, before.id));
    const [after] = await selectAppointments(
      tx,
      eq(appointments.id, before.id),
    );
    await request.audit(tx, {
      action: 'appointment.outcome',
      entity: 'appointment',
      entityId: String(before.id),
      before: appointmentSnapshot(before),
      after: appointmentSnapshot(after),
    });
    return { kind: 'updated', appointment: after };
  });
}

export type ConfirmResult =
  | { kind: 'confirmed'; appointment: Appointment }
  | { kind: 'not_found' }
  /** Cancelled, completed or missed: nothing to confirm. */
  | { kind: 'closed' };

/**
 * The customer confirmed by phone or at the desk: pending → confirmed (its confirmation request,
 * if not sent yet, is then not sent). Confirming a confirmed one changes nothing.
 */
export async function confirmAtDesk(
  db: DbExecutor,
  request: DeskActor & { appointmentId: number; now: Date },
): Promise<ConfirmResult> {
  return db.transaction(async (tx): Promise<ConfirmResult> => {
    const [before] = await selectAppointments(
      tx,
      eq(appointments.id, request.appointmentId),
      { forUpdate: true },
    );
    if (!before) return { kind: 'not_found' };
    if (before.status === 'confirmed')
      return { kind: 'confirmed', appointment: before };
    if (before.status !== 'pending') return { kind: 'closed' };
    await useClockInTransaction(tx, request.now);
    await tx
      .update(appointments)
      .set({ status: 'confirmed' })
      .where(eq(appointments.id, before.id));
    const [after] = await selectAppointments(
      tx,
      eq(appointments.id, before.id),
    );
    await request.audit(tx, {
      action: 'appointment.confirm',
      entity: 'appointment',
      entityId: String(before.id),
      before: appointmentSnapshot(before),
      after: appointmentSnapshot(after),
    });
    return { kind: 'confirmed', appointment: after };
  });
}

/** blockTime with its audit row, in one transaction. */
export async function blockAtDesk(
  db: DbExecutor,
  request: NewBlockingEvent & DeskActor,
): Promise<BlockTimeResult> {
  return db.transaction(async (tx) => {
    const result = await blockTime(tx, request);
    if (result.kind === 'blocked') {
      await request.audit(tx, {
        action: 'block.create',
        entity: 'blocking_event',
        entityId: String(result.id),
        before: null,
        after: { ...result.event, reason: request.reason ?? null },
      });
    }
    return result;
  });
}

/** Removes a block (the time becomes bookable again), with its audit row. */
export async function removeBlock(
  db: DbExecutor,
  request: { blockId: number } & DeskActor,
): Promise<{ kind: 'removed' } | { kind: 'not_found' }> {
  return db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(blockingEvents)
      .where(eq(blockingEvents.id, request.blockId))
      .returning();
    if (!removed) return { kind: 'not_found' };
    await request.audit(tx, {
      action: 'block.remove',
      entity: 'blocking_event',
      entityId: String(removed.id),
      before: { ...toBlockingEvent(removed), reason: removed.reason },
      after: null,
    });
    return { kind: 'removed' };
  });
}
