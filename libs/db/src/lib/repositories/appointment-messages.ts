// Claims the confirmation requests and reminders that are due: each row once, however many workers claim at the same
// time (FOR UPDATE SKIP LOCKED), in the caller's transaction so that what is sent is written there too (the outbox).
import { and, eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '../connection.js';
import {
  NEW_CONVERSATION_ID,
  type ConversationKey,
  type TemplateParams,
} from '@atrevete/schema';
import {
  appointmentMessages,
  outbox,
  type AppointmentMessageKind,
} from '../schema/index.js';

/** Ids as one int[] parameter (a list of parameters would not fit `= ANY(…)`, and 10,000 of them would be slow). */
const intArray = (ids: readonly number[]) =>
  sql`${`{${ids.map((id) => Math.trunc(id)).join(',')}}`}::int[]`;

/** The names of the services of appointment `a`, in the order booked (a correlated subquery). */
export const serviceNamesOfA = sql`array(
  SELECT s.name FROM appointment_services aps JOIN services s ON s.id = aps.service_id
   WHERE aps.appointment_id = a.id ORDER BY aps.position)`;

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
               -- After an outage: the reminder is due too, and says it all; one message, not two.
               WHEN m.kind = 'confirmation'
                    AND a.start_at - make_interval(mins => s.reminder_offset_minutes) <= ${now}::timestamptz
                 THEN 'too_late'
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
 * The conversation each customer wrote in last, from our own ledger (a bot token cannot list
 * Chatwoot's conversations); customers who never wrote to the bot are missing from the map.
 */
export async function latestConversationsOf(
  db: DbExecutor,
  customerIds: readonly number[],
  /** Only conversations of this inbox (the WhatsApp one), when given. */
  inboxId: number | null = null,
): Promise<Map<number, CustomerConversation>> {
  if (customerIds.length === 0) return new Map();
  const rows = await db.execute<{
    customer_id: number;
    account_id: string | number;
    conversation_id: string | number;
    at: string;
  }>(sql`
    SELECT c.id AS customer_id, latest.*
      FROM customers c
     CROSS JOIN LATERAL (
       SELECT i.account_id, i.conversation_id,
              coalesce(i.chatwoot_created_at, i.received_at) AS at
         FROM inbound_messages i
        WHERE i.contact_id = c.chatwoot_contact_id
          AND (${inboxId}::bigint IS NULL OR i.inbox_id = ${inboxId})
        ORDER BY coalesce(i.chatwoot_created_at, i.received_at) DESC, i.chatwoot_message_id DESC
        LIMIT 1) latest
     WHERE c.id = ANY(${intArray(customerIds)})`);
  return new Map(
    rows.map((row) => [
      row.customer_id,
      {
        accountId: Number(row.account_id),
        conversationId: Number(row.conversation_id),
        lastCustomerMessageAt: new Date(row.at),
      },
    ]),
  );
}

/** What a confirmation request or reminder says about its appointment. */
export interface AppointmentMessageDetails {
  appointmentId: number;
  customerId: number;
  /** The customer's name as known (null: never told), and whom it is for when not them. */
  customerName: string | null;
  bookedFor: string | null;
  /** The customer's Chatwoot contact (null: booked at the desk for a phone number only). */
  contactId: number | null;
  startAt: Date;
  stylistName: string;
  serviceNames: string[];
}

export async function appointmentMessageDetails(
  db: DbExecutor,
  appointmentIds: readonly number[],
): Promise<Map<number, AppointmentMessageDetails>> {
  if (appointmentIds.length === 0) return new Map();
  const rows = await db.execute<{
    id: number;
    customer_id: number;
    name: string | null;
    booked_for: string | null;
    contact_id: string | number | null;
    start_at: string;
    stylist: string;
    services: string[];
  }>(sql`
    SELECT a.id, a.customer_id, c.name, a.booked_for, c.chatwoot_contact_id AS contact_id,
           a.start_at, st.name AS stylist, ${serviceNamesOfA} AS services
      FROM appointments a
      JOIN customers c ON c.id = a.customer_id
      JOIN stylists st ON st.id = a.stylist_id
     WHERE a.id = ANY(${intArray(appointmentIds)})`);
  return new Map(
    rows.map((row) => [
      row.id,
      {
        appointmentId: row.id,
        customerId: row.customer_id,
        customerName: row.name,
        bookedFor: row.booked_for,
        contactId: row.contact_id === null ? null : Number(row.contact_id),
        startAt: new Date(row.start_at),
        stylistName: row.stylist,
        serviceNames: row.services,
      },
    ]),
  );
}

/** Where a claimed message goes: a conversation the customer wrote in, or a new one for their contact. */
export type AppointmentMessageTarget =
  | { kind: 'conversation'; conversation: CustomerConversation }
  | {
      kind: 'new_conversation';
      accountId: number;
      inboxId: number;
      contactId: number;
    };

/**
 * Hands claimed messages to the outbox (in the claim's transaction): one row keyed by each
 * message, so running it again writes nothing twice, and the reply sender delivers it once.
 * Returns the conversations to send.
 */
/** A claimed message ready to go: where, what it says, and the template outside the 24-hour window. */
export interface OutgoingAppointmentMessage {
  id: number;
  target: AppointmentMessageTarget;
  content: string;
  template?: TemplateParams;
}

export async function queueAppointmentMessages(
  tx: DbExecutor,
  messages: readonly OutgoingAppointmentMessage[],
): Promise<ConversationKey[]> {
  if (messages.length === 0) return [];
  const rows = messages.map(({ id, target, content, template }) => {
    const key =
      target.kind === 'conversation'
        ? target.conversation
        : { accountId: target.accountId, conversationId: NEW_CONVERSATION_ID };
    return {
      turnId: `appointment-message-${id}`,
      seq: 0,
      accountId: key.accountId,
      conversationId: key.conversationId,
      kind: 'message' as const,
      payload: {
        content,
        ...(template ? { template } : {}),
        ...(target.kind === 'new_conversation'
          ? {
              newConversation: {
                inboxId: target.inboxId,
                contactId: target.contactId,
              },
            }
          : {}),
      },
    };
  });
  await tx.insert(outbox).values(rows).onConflictDoNothing();
  const keys = new Map<string, ConversationKey>();
  for (const { accountId, conversationId } of rows)
    keys.set(`${accountId}:${conversationId}`, { accountId, conversationId });
  return [...keys.values()];
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

/** A pending appointment whose customer was asked to confirm and has not, flagged for staff. */
export interface UnconfirmedAppointment {
  appointmentId: number;
  customerId: number;
  startAt: Date;
}

/**
 * Flags (once) the pending appointments whose customer was asked to confirm (an hour ago at
 * least) and still has not, `unconfirmed_alert_minutes` before they start; returns them for the staff's label and note.
 * Rows another transaction holds are passed over, as with the messages.
 */
export async function flagUnconfirmedAppointments(
  tx: DbExecutor,
  opts: { now: Date; limit: number },
): Promise<UnconfirmedAppointment[]> {
  const now = opts.now.toISOString();
  const rows = await tx.execute<{
    id: number;
    customer_id: number;
    start_at: string;
  }>(sql`
    WITH due AS (
      SELECT a.id
        FROM appointments a
       CROSS JOIN salon_settings s
       WHERE a.status = 'pending'
         AND a.unconfirmed_flagged_at IS NULL
         AND a.start_at > ${now}::timestamptz
         AND a.start_at - make_interval(mins => s.unconfirmed_alert_minutes) <= ${now}::timestamptz
         AND EXISTS (SELECT 1 FROM appointment_messages m
                      WHERE m.appointment_id = a.id AND m.kind = 'confirmation' AND m.status = 'queued'
                        -- An hour at least to answer (a request sent late, after an outage).
                        AND m.done_at <= ${now}::timestamptz - interval '1 hour')
       ORDER BY a.start_at, a.id
       LIMIT ${opts.limit}
       FOR UPDATE OF a SKIP LOCKED
    )
    UPDATE appointments a
       SET unconfirmed_flagged_at = ${now}::timestamptz
      FROM due
     WHERE a.id = due.id
    RETURNING a.id, a.customer_id, a.start_at`);
  return rows.map((row) => ({
    appointmentId: row.id,
    customerId: row.customer_id,
    startAt: new Date(row.start_at),
  }));
}

/** Writes a flag's label and private note to the customer's conversation, once per appointment. */
export async function queueUnconfirmedFlag(
  tx: DbExecutor,
  flag: {
    appointmentId: number;
    conversation: ConversationKey;
    label: string;
    note: string;
  },
): Promise<void> {
  const base = {
    turnId: `unconfirmed-${flag.appointmentId}`,
    accountId: flag.conversation.accountId,
    conversationId: flag.conversation.conversationId,
  };
  await tx
    .insert(outbox)
    .values([
      {
        ...base,
        seq: 0,
        kind: 'private_note' as const,
        payload: { content: flag.note },
      },
      {
        ...base,
        seq: 1,
        kind: 'add_labels' as const,
        payload: { labels: [flag.label] },
      },
    ])
    .onConflictDoNothing();
}

/**
 * The day after: pending or confirmed appointments that ended before the salon's today (at `now`)
 * and that nobody marked are recorded as completed. Returns how many.
 */
export async function completeUnmarkedAppointments(
  db: DbExecutor,
  now: Date,
): Promise<number> {
  // Rows another replica's pass (or a desk change) holds are left for the next pass.
  const rows = await db.execute<{ id: number }>(sql`
    WITH today AS (
      SELECT date_trunc('day', ${now.toISOString()}::timestamptz AT TIME ZONE s.time_zone)
               AT TIME ZONE s.time_zone AS starts
        FROM salon_settings s),
    ended AS (
      SELECT a.id FROM appointments a, today
       WHERE a.status IN ('pending', 'confirmed')
         AND a.start_at < today.starts
         AND a.end_at <= today.starts
       FOR UPDATE OF a SKIP LOCKED)
    UPDATE appointments a
       SET status = 'completed', updated_at = now()
      FROM ended
     WHERE a.id = ended.id
    RETURNING a.id`);
  return rows.length;
}

/** Where one of an appointment's messages stands, for the staff. */
export interface AppointmentMessageState {
  status: 'scheduled' | 'queued' | 'skipped' | 'cancelled';
  reason: string | null;
  /** When it was sent, skipped or cancelled. */
  doneAt: Date | null;
}

export interface AppointmentFollowUp {
  confirmation: AppointmentMessageState | null;
  reminder: AppointmentMessageState | null;
  /** Flagged to staff as still unconfirmed close to its start. */
  unconfirmedFlaggedAt: Date | null;
}

/**
 * For the agenda: the messages of these appointments and their unconfirmed flags, and how many
 * times each of these customers did not come. Two queries, run together.
 */
export async function agendaFollowUps(
  db: DbExecutor,
  appointmentIds: readonly number[],
  customerIds: readonly number[],
): Promise<{
  followUps: Map<number, AppointmentFollowUp>;
  noShows: Map<number, number>;
}> {
  const [messages, noShows] = await Promise.all([
    appointmentIds.length
      ? db.execute<{
          id: number;
          flagged: string | null;
          kind: AppointmentMessageKind | null;
          status: AppointmentMessageState['status'] | null;
          reason: string | null;
          done_at: string | null;
        }>(sql`
          -- A confirmation request booked closer than the offset is shown as the claim will
          -- record it: not sent.
          SELECT a.id, a.unconfirmed_flagged_at AS flagged, m.kind, m.done_at,
                 CASE WHEN early THEN 'skipped' ELSE m.status::text END AS status,
                 CASE WHEN early THEN 'booked_within_offset' ELSE m.reason END AS reason
            FROM appointments a
            LEFT JOIN appointment_messages m ON m.appointment_id = a.id
            CROSS JOIN salon_settings s
            CROSS JOIN LATERAL (SELECT m.kind = 'confirmation' AND m.status = 'scheduled'
                 AND m.scheduled_at > m.for_start_at - make_interval(mins => s.confirmation_offset_minutes)
                 AS early) e
           WHERE a.id = ANY(${intArray(appointmentIds)})`)
      : [],
    customerIds.length
      ? db.execute<{ customer_id: number; n: number }>(sql`
          SELECT customer_id, count(*)::int AS n FROM appointments
           WHERE status = 'no_show' AND customer_id = ANY(${intArray(customerIds)})
           GROUP BY customer_id`)
      : [],
  ]);
  const followUps = new Map<number, AppointmentFollowUp>();
  for (const row of messages) {
    const followUp = followUps.get(row.id) ?? {
      confirmation: null,
      reminder: null,
      unconfirmedFlaggedAt: row.flagged ? new Date(row.flagged) : null,
    };
    if (row.kind && row.status)
      followUp[row.kind] = {
        status: row.status,
        reason: row.reason,
        doneAt: row.done_at ? new Date(row.done_at) : null,
      };
    followUps.set(row.id, followUp);
  }
  return {
    followUps,
    noShows: new Map(noShows.map((row) => [row.customer_id, row.n])),
  };
}
