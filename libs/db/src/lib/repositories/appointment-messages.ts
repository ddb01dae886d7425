// Claims the confirmation requests and reminders that are due: each row once, however many workers claim at the same
// time (FOR UPDATE SKIP LOCKED), in the caller's transaction so that what is sent is written there too (the outbox).
import { and, eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '../connection.js';
import {
  appointmentMessages,
  outbox,
  type AppointmentMessageKind,
} from '../schema/index.js';

export interface DueAppointmentMessage {
  id: number;
  appointmentId: number;
  kind: AppointmentMessageKind;
  startAt: Date;
  customerId: number;
}

export interface SkippedAppointmentMessage {
  id: number;
  appointmentId: number;
  kind: AppointmentMessageKind;
  reason: 'too_late' | 'booked_within_offset';
}

export interface ClaimedAppointmentMessages {
  /** Queued: the caller sends them (writes them to the outbox) in the same transaction. */
  due: DueAppointmentMessage[];
  /** Not worth sending any more; recorded with the reason. */
  skipped: SkippedAppointmentMessage[];
}

/**
 * Makes `now` the clock of what the database's triggers write in this transaction (when an
 * appointment's messages were scheduled), so that a booking engine running on an injected clock
 * (tests, the demo) schedules by it. Lasts until the transaction ends.
 */
export async function useClockInTransaction(
  tx: DbExecutor,
  now: Date,
): Promise<void> {
  await tx.execute(
    sql`SELECT set_config('atrevete.now', ${now.toISOString()}, true)`,
  );
}

/**
 * The scheduled messages due at `now` (the appointment's start minus the salon's current offset
 * for the kind), oldest appointment first, at most `limit`, each marked `queued` — or `skipped`
 * when it is no use any more: a reminder or confirmation once the appointment has started
 * (after an outage), a confirmation request for an appointment booked closer than the offset.
 * Rows another transaction holds are passed over, so concurrent workers never claim one twice.
 */
export async function claimDueAppointmentMessages(
  tx: DbExecutor,
  opts: { now: Date; limit: number },
): Promise<ClaimedAppointmentMessages> {
  const now = opts.now.toISOString();
  const rows = await tx.execute<{
    id: number;
    appointment_id: number;
    kind: AppointmentMessageKind;
    start_at: string;
    customer_id: number;
    reason: SkippedAppointmentMessage['reason'] | null;
  }>(sql`
    WITH due AS (
      SELECT m.id, a.start_at, a.customer_id,
             CASE
               WHEN a.start_at <= ${now}::timestamptz THEN 'too_late'
               WHEN m.kind = 'confirmation'
                    AND m.scheduled_at > m.for_start_at - make_interval(mins => s.confirmation_offset_minutes)
                 THEN 'booked_within_offset'
             END AS reason
        FROM appointment_messages m
        JOIN appointments a ON a.id = m.appointment_id
        CROSS JOIN salon_settings s
       WHERE m.status = 'scheduled'
         AND m.for_start_at - make_interval(mins => CASE m.kind
               WHEN 'confirmation' THEN s.confirmation_offset_minutes
               ELSE s.reminder_offset_minutes END) <= ${now}::timestamptz
       ORDER BY m.for_start_at, m.id
       LIMIT ${opts.limit}
       FOR UPDATE OF m SKIP LOCKED
    )
    UPDATE appointment_messages m
       SET status = CASE WHEN due.reason IS NULL THEN 'queued' ELSE 'skipped' END::appointment_message_status,
           reason = due.reason,
           done_at = ${now}::timestamptz,
           updated_at = now()
      FROM due
     WHERE m.id = due.id
    RETURNING m.id, m.appointment_id, m.kind, due.start_at, due.customer_id, due.reason`);
  const claimed: ClaimedAppointmentMessages = { due: [], skipped: [] };
  for (const row of rows) {
    if (row.reason)
      claimed.skipped.push({
        id: row.id,
        appointmentId: row.appointment_id,
        kind: row.kind,
        reason: row.reason,
      });
    else
      claimed.due.push({
        id: row.id,
        appointmentId: row.appointment_id,
        kind: row.kind,
        startAt: new Date(row.start_at),
        customerId: row.customer_id,
      });
  }
  return claimed;
}

/** The customer's newest conversation, and when they last wrote in it (the WhatsApp 24-hour window). */
export interface CustomerConversation {
  accountId: number;
  conversationId: number;
  lastCustomerMessageAt: Date;
}

/**
 * The conversation the customer wrote in last, from our own ledger (a bot token cannot list
 * Chatwoot's conversations); null when they never wrote to the bot.
 */
export async function latestConversationOf(
  db: DbExecutor,
  customerId: number,
): Promise<CustomerConversation | null> {
  const [row] = await db.execute<{
    account_id: string | number;
    conversation_id: string | number;
    at: string;
  }>(sql`
    SELECT i.account_id, i.conversation_id,
           coalesce(i.chatwoot_created_at, i.received_at) AS at
      FROM inbound_messages i
      JOIN customers c ON c.chatwoot_contact_id = i.contact_id
     WHERE c.id = ${customerId}
     ORDER BY coalesce(i.chatwoot_created_at, i.received_at) DESC, i.chatwoot_message_id DESC
     LIMIT 1`);
  return row
    ? {
        accountId: Number(row.account_id),
        conversationId: Number(row.conversation_id),
        lastCustomerMessageAt: new Date(row.at),
      }
    : null;
}

/**
 * Hands a claimed message to the outbox (in the claim's transaction): one row keyed by the
 * message, so running it again writes nothing twice, and the reply sender delivers it once.
 */
export async function queueAppointmentMessage(
  tx: DbExecutor,
  message: { id: number; conversation: CustomerConversation; content: string },
): Promise<void> {
  await tx
    .insert(outbox)
    .values({
      turnId: `appointment-message-${message.id}`,
      seq: 0,
      accountId: message.conversation.accountId,
      conversationId: message.conversation.conversationId,
      kind: 'message',
      payload: { content: message.content },
    })
    .onConflictDoNothing();
}

/** A claimed message that is not sent after all (no conversation, outside the WhatsApp window without a template…). */
export async function skipAppointmentMessage(
  tx: DbExecutor,
  id: number,
  reason: string,
): Promise<void> {
  await tx
    .update(appointmentMessages)
    .set({ status: 'skipped', reason })
    .where(
      and(
        eq(appointmentMessages.id, id),
        eq(appointmentMessages.status, 'queued'),
      ),
    );
}
