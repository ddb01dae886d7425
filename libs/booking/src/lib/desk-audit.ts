// What the desk's changes record: the audit hook the caller gives (written inside the change's transaction) and the snapshot of an appointment.
import type { DbExecutor } from '@atrevete/db';
import type { Appointment } from './types.js';

export interface DeskAuditEntry {
  /** appointment.book, appointment.move, appointment.cancel, appointment.outcome, block.create, block.remove */
  action: string;
  entity: 'appointment' | 'blocking_event';
  entityId: string;
  before: unknown;
  after: unknown;
}

/** Called inside the change's transaction, right before it commits: the change and its audit row land together or not at all. */
export type AuditWriter = (
  tx: DbExecutor,
  entry: DeskAuditEntry,
) => Promise<void>;

/** Who acts at the desk, and where their changes are recorded. */
export interface DeskActor {
  staffId: number;
  audit: AuditWriter;
}

/** An appointment as the audit log keeps it: plain JSON, times as ISO strings. */
export function appointmentSnapshot(appointment: Appointment) {
  return {
    customerId: appointment.customerId,
    stylistId: appointment.stylistId,
    serviceIds: appointment.serviceIds,
    start: appointment.start.toISOString(),
    end: appointment.end.toISOString(),
    status: appointment.status,
    priceCents: appointment.priceCents,
    cancellationReason: appointment.cancellationReason,
  };
}
