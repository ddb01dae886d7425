// The salon's own settings and calendar: one settings row, weekly opening hours, holidays.
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

/** The single row (id = 1) of salon-wide settings; every default is the demo salon's rule. */
export const salonSettings = pgTable(
  'salon_settings',
  {
    id: smallint('id').primaryKey().default(1),
    name: text('name').notNull(),
    address: text('address').notNull(),
    timeZone: text('time_zone').notNull().default('Europe/Madrid'),
    personaName: text('persona_name').notNull().default('Maite'),
    phone: text('phone'),
    minNoticeMinutes: integer('min_notice_minutes').notNull().default(120),
    maxDaysAhead: integer('max_days_ahead').notNull().default(60),
    slotMinutes: integer('slot_minutes').notNull().default(15),
    cancellationWindowHours: integer('cancellation_window_hours')
      .notNull()
      .default(24),
    maxFutureAppointments: integer('max_future_appointments')
      .notNull()
      .default(3),
    confirmationOffsetMinutes: integer('confirmation_offset_minutes')
      .notNull()
      .default(24 * 60),
    reminderOffsetMinutes: integer('reminder_offset_minutes')
      .notNull()
      .default(2 * 60),
    /** Flagged for staff when still unconfirmed this many minutes before it starts. */
    unconfirmedAlertMinutes: integer('unconfirmed_alert_minutes')
      .notNull()
      .default(4 * 60),
    /**
     * The salon's approved WhatsApp templates, by exact name, sent outside the 24-hour window
     * (Chatwoot matches name + language); null: nothing is sent there, and the reason is recorded.
     * Body parameters "1"…"5": customer's name, day, time, stylist, services.
     */
    confirmationTemplate: text('confirmation_template'),
    reminderTemplate: text('reminder_template'),
    templateLanguage: text('template_language').notNull().default('es'),
    templateCategory: text('template_category').notNull().default('UTILITY'),
    updatedAt: timestamp('updated_at', { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => sql`now()`),
  },
  (t) => [
    check(
      'salon_settings_unconfirmed_alert',
      sql`${t.unconfirmedAlertMinutes} > 0`,
    ),
    check('salon_settings_single_row', sql`${t.id} = 1`),
    check('salon_settings_min_notice', sql`${t.minNoticeMinutes} >= 0`),
    check('salon_settings_max_days_ahead', sql`${t.maxDaysAhead} > 0`),
    check('salon_settings_slot_minutes', sql`${t.slotMinutes} > 0`),
    check(
      'salon_settings_cancellation_window',
      sql`${t.cancellationWindowHours} >= 0`,
    ),
    check(
      'salon_settings_max_future_appointments',
      sql`${t.maxFutureAppointments} > 0`,
    ),
    check(
      'salon_settings_reminder_offsets',
      sql`${t.confirmationOffsetMinutes} > 0 AND ${t.reminderOffsetMinutes} > 0`,
    ),
  ],
);

/**
 * Weekly opening hours, one row per open weekday (ISO: 1 = Monday … 7 = Sunday); a weekday
 * without a row is closed. Times are minutes from midnight in the salon's time zone
 * (600 = 10:00), so slot arithmetic needs no time parsing. An optional break splits the day.
 */
export const openingHours = pgTable(
  'opening_hours',
  {
    weekday: smallint('weekday').primaryKey(),
    opensAt: smallint('opens_at').notNull(),
    closesAt: smallint('closes_at').notNull(),
    breakStart: smallint('break_start'),
    breakEnd: smallint('break_end'),
  },
  (t) => [
    check('opening_hours_weekday', sql`${t.weekday} BETWEEN 1 AND 7`),
    check(
      'opening_hours_within_day',
      sql`${t.opensAt} >= 0 AND ${t.closesAt} <= 1440`,
    ),
    check(
      'opening_hours_closes_after_opens',
      sql`${t.closesAt} > ${t.opensAt}`,
    ),
    check(
      'opening_hours_break_complete',
      sql`(${t.breakStart} IS NULL) = (${t.breakEnd} IS NULL)`,
    ),
    check(
      'opening_hours_break_inside_day',
      sql`${t.breakStart} IS NULL OR (${t.opensAt} < ${t.breakStart} AND ${t.breakStart} < ${t.breakEnd} AND ${t.breakEnd} < ${t.closesAt})`,
    ),
  ],
);

/** Days the whole salon is closed (local calendar dates, 'YYYY-MM-DD'). */
export const holidays = pgTable('holidays', {
  date: date('date', { mode: 'string' }).primaryKey(),
  name: text('name').notNull(),
});
