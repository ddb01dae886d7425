// Appointments and the services of each one; the no-overlap exclusion constraint is SQL (migration 0004).
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { services, stylists } from './catalog.js';
import { customers } from './customers.js';
import { staffAccounts } from './staff.js';

export const APPOINTMENT_STATUSES = [
  'pending',
  'confirmed',
  'cancelled',
  'completed',
  'no_show',
] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];
export const appointmentStatus = pgEnum(
  'appointment_status',
  APPOINTMENT_STATUSES,
);

/**
 * A booking of one stylist over [start_at, end_at). Invariants the database keeps, whoever
 * writes: end after start; one appointment per idempotency key (the turn or operation that
 * created it, so a replay never books twice); and, through the exclusion constraint
 * `appointments_no_overlap` (migration 0004, btree_gist, drizzle cannot express it), no
 * two pending/confirmed appointments of a stylist overlap. Price is the total in cents at
 * booking time.
 */
export const appointments = pgTable(
  'appointments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    stylistId: integer('stylist_id')
      .notNull()
      .references(() => stylists.id),
    startAt: timestamp('start_at', { withTimezone: true }).notNull(),
    endAt: timestamp('end_at', { withTimezone: true }).notNull(),
    status: appointmentStatus('status').notNull().default('pending'),
    priceCents: integer('price_cents').notNull(),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => sql`now()`),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    /** Who booked it in the console; null: the bot, for a customer on WhatsApp. */
    bookedByStaffId: integer('booked_by_staff_id').references(
      () => staffAccounts.id,
    ),
    /** Why it was cancelled, as the staff wrote it (the bot's cancellations have none). */
    cancellationReason: text('cancellation_reason'),
    /** Whom it is for when not the customer who booked it ("a nombre de mi hija Carla"). */
    bookedFor: text('booked_for'),
    /**
     * The appointment's identity in calendars (the iCalendar UID): kept by a move, also by the
     * bot's, which books the new time as a new row, so that a subscribed calendar moves the event.
     */
    calendarUid: uuid('calendar_uid').notNull().defaultRandom(),
    /** When staff were told it is still unconfirmed close to its start (label, note, console). */
    unconfirmedFlaggedAt: timestamp('unconfirmed_flagged_at', {
      withTimezone: true,
    }),
  },
  (t) => [
    check('appointments_end_after_start', sql`${t.endAt} > ${t.startAt}`),
    check('appointments_price_not_negative', sql`${t.priceCents} >= 0`),
    check(
      'appointments_booked_for_length',
      sql`${t.bookedFor} IS NULL OR length(trim(${t.bookedFor})) BETWEEN 1 AND 80`,
    ),
    check(
      'appointments_cancelled_at_when_cancelled',
      sql`(${t.status} = 'cancelled') = (${t.cancelledAt} IS NOT NULL)`,
    ),
    // "My appointments" and the per-customer limit: a customer's appointments by time.
    index('appointments_customer_start_idx').on(t.customerId, t.startAt),
    // The day's agenda and the schedule of a range (the exclusion index covers per stylist).
    index('appointments_start_idx').on(t.startAt),
    // The appointments still open (the unconfirmed flags, the day-after completion): few, whatever the history.
    index('appointments_open_start_idx')
      .on(t.startAt)
      .where(sql`${t.status} IN ('pending', 'confirmed')`),
  ],
);

/**
 * The services of an appointment, in the order the customer asked for them, with the
 * minutes and price they had when booked (the price list may change later). A row per
 * service rather than an int[] on the appointment: the foreign key keeps a booked service
 * from being deleted (deactivate it instead) and the summary keeps each line's price.
 */
export const appointmentServices = pgTable(
  'appointment_services',
  {
    appointmentId: integer('appointment_id')
      .notNull()
      .references(() => appointments.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    serviceId: integer('service_id')
      .notNull()
      .references(() => services.id),
    durationMinutes: integer('duration_minutes').notNull(),
    priceCents: integer('price_cents').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.appointmentId, t.position] }),
    check('appointment_services_position', sql`${t.position} >= 0`),
    check(
      'appointment_services_duration_positive',
      sql`${t.durationMinutes} > 0`,
    ),
    check('appointment_services_price_not_negative', sql`${t.priceCents} >= 0`),
    index('appointment_services_service_idx').on(t.serviceId),
  ],
);
