// The messages an appointment owes its customer before it starts (a confirmation request, a reminder), kept by a
// trigger on appointments (migration 0012) so that the booking, move or cancel that causes them writes them in its
// own transaction, whoever writes it: the bot, the console, a script.
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import { appointments } from './appointments.js';

export const APPOINTMENT_MESSAGE_KINDS = ['confirmation', 'reminder'] as const;
export type AppointmentMessageKind = (typeof APPOINTMENT_MESSAGE_KINDS)[number];
export const appointmentMessageKind = pgEnum(
  'appointment_message_kind',
  APPOINTMENT_MESSAGE_KINDS,
);

/**
 * `scheduled`: owed, due `offset` minutes before the appointment (salon_settings, read when it
 * is claimed, so a change of the setting applies to every message not yet sent); `queued`: claimed
 * and handed to the outbox, which sends it exactly once; `skipped`: not sent, `reason` says why
 * (already confirmed, booked too close, too late after an outage); `cancelled`: the appointment
 * was cancelled or closed first.
 */
export const APPOINTMENT_MESSAGE_STATUSES = [
  'scheduled',
  'queued',
  'skipped',
  'cancelled',
] as const;
export type AppointmentMessageStatus =
  (typeof APPOINTMENT_MESSAGE_STATUSES)[number];
export const appointmentMessageStatus = pgEnum(
  'appointment_message_status',
  APPOINTMENT_MESSAGE_STATUSES,
);

export const appointmentMessages = pgTable(
  'appointment_messages',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    appointmentId: integer('appointment_id')
      .notNull()
      .references(() => appointments.id, { onDelete: 'cascade' }),
    kind: appointmentMessageKind('kind').notNull(),
    status: appointmentMessageStatus('status').notNull().default('scheduled'),
    /** The start it was scheduled for: a move to another time schedules it again. */
    forStartAt: timestamp('for_start_at', { withTimezone: true }).notNull(),
    /**
     * When it was (last) scheduled, by the clock of the transaction that booked or moved the
     * appointment (`atrevete.now`, else the database's): booked closer than the offset, a
     * confirmation request is not sent.
     */
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }).notNull(),
    /** Why it was skipped or cancelled. */
    reason: text('reason'),
    /** When it was queued, skipped or cancelled. */
    doneAt: timestamp('done_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => sql`now()`),
  },
  (t) => [
    unique('appointment_messages_one_per_kind').on(t.appointmentId, t.kind),
    index('appointment_messages_scheduled')
      .on(t.forStartAt)
      .where(sql`${t.status} = 'scheduled'`),
    check(
      'appointment_messages_done_at',
      sql`(${t.status} = 'scheduled') = (${t.doneAt} IS NULL)`,
    ),
  ],
);
