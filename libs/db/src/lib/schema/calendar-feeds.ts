// Secret iCalendar feed URLs: one for the whole salon and one per stylist, each with its own token (rotating it cuts off old subscribers).
import { integer, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { stylists } from './catalog.js';

export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** null: the whole salon's feed. */
    stylistId: integer('stylist_id').references(() => stylists.id, {
      onDelete: 'cascade',
    }),
    /** 32 random bytes, base64url: the secret part of the feed's URL. */
    token: text('token').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .defaultNow(),
  },
  (t) => [
    // One feed per stylist, and one for the salon (NULLS NOT DISTINCT: Postgres 15+).
    unique('calendar_feeds_one_per_stylist').on(t.stylistId).nullsNotDistinct(),
  ],
);
