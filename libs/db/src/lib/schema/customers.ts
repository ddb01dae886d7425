// The salon's customers, identified by their Chatwoot contact and WhatsApp phone number.
import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  integer,
  pgTable,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

/**
 * One row per person who books. Both identities are unique but optional (a contact can be
 * recreated in Chatwoot, an imported customer may lack one), and at least one is present.
 * The name is the one they book under; it is unknown until the bot has asked for it.
 */
export const customers = pgTable(
  'customers',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    chatwootContactId: bigint('chatwoot_contact_id', {
      mode: 'number',
    }).unique(),
    phone: text('phone').unique(),
    name: text('name'),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .defaultNow(),
  },
  (t) => [
    check(
      'customers_identified',
      sql`${t.chatwootContactId} IS NOT NULL OR ${t.phone} IS NOT NULL`,
    ),
  ],
);
