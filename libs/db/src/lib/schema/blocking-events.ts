// Time a stylist cannot be booked: one-off (a day off, a training) or every week (a lunch break).
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { stylists } from './catalog.js';

export const BLOCKING_KINDS = ['once', 'weekly'] as const;
export const blockingKind = pgEnum('blocking_kind', BLOCKING_KINDS);

/**
 * `once` blocks [start_at, end_at) as instants; `weekly` blocks [start_minute, end_minute)
 * of every ISO `weekday` in the salon's local time (so it follows DST). The CHECKs make each
 * kind set exactly its own columns.
 */
export const blockingEvents = pgTable(
  'blocking_events',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    stylistId: integer('stylist_id')
      .notNull()
      .references(() => stylists.id, { onDelete: 'cascade' }),
    kind: blockingKind('kind').notNull(),
    startAt: timestamp('start_at', { withTimezone: true }),
    endAt: timestamp('end_at', { withTimezone: true }),
    weekday: smallint('weekday'),
    startMinute: smallint('start_minute'),
    endMinute: smallint('end_minute'),
    reason: text('reason'),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .defaultNow(),
  },
  (t) => [
    check(
      'blocking_events_once_columns',
      sql`${t.kind} <> 'once' OR (${t.startAt} IS NOT NULL AND ${t.endAt} IS NOT NULL AND ${t.endAt} > ${t.startAt} AND ${t.weekday} IS NULL AND ${t.startMinute} IS NULL AND ${t.endMinute} IS NULL)`,
    ),
    check(
      'blocking_events_weekly_columns',
      sql`${t.kind} <> 'weekly' OR (${t.startAt} IS NULL AND ${t.endAt} IS NULL AND ${t.weekday} IS NOT NULL AND ${t.startMinute} IS NOT NULL AND ${t.endMinute} IS NOT NULL AND ${t.weekday} BETWEEN 1 AND 7 AND ${t.startMinute} >= 0 AND ${t.endMinute} <= 1440 AND ${t.endMinute} > ${t.startMinute})`,
    ),
    index('blocking_events_stylist_idx').on(t.stylistId),
  ],
);
