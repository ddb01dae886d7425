// What the staff write down about a customer ("alérgica al amoniaco"), newest first on their page.
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { customers } from './customers.js';
import { staffAccounts } from './staff.js';

export const customerNotes = pgTable(
  'customer_notes',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    staffId: integer('staff_id').references(() => staffAccounts.id),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .defaultNow(),
  },
  (t) => [
    check(
      'customer_notes_body_length',
      sql`length(trim(${t.body})) BETWEEN 1 AND 2000`,
    ),
    index('customer_notes_customer_idx').on(t.customerId, t.createdAt),
  ],
);
