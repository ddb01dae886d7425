// Conversations the bot gave to a person: written with the turn that handed off, listed in the console.
import { bigint, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { turns } from './turns.js';

/**
 * One row per hand-off, in the same transaction as the turn's commit (so a retried turn hands
 * off once: the turn id is unique). The customer is found through the Chatwoot contact.
 */
export const handoffs = pgTable(
  'handoffs',
  {
    turnId: text('turn_id')
      .primaryKey()
      .references(() => turns.turnId, { onDelete: 'cascade' }),
    accountId: bigint('account_id', { mode: 'number' }).notNull(),
    conversationId: bigint('conversation_id', { mode: 'number' }).notNull(),
    contactId: bigint('contact_id', { mode: 'number' }),
    /** Why: the graph's hand-off reason (customer_asked, complaint, …) or turn_failed. */
    reason: text('reason').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .defaultNow(),
    /** When staff gave the conversation back to the bot (Chatwoot status back to `pending`). */
    returnedAt: timestamp('returned_at', { withTimezone: true }),
  },
  (t) => [
    index('handoffs_created_idx').on(t.createdAt),
    index('handoffs_conversation_idx').on(
      t.accountId,
      t.conversationId,
      t.createdAt,
    ),
  ],
);
