// The inbound message ledger: every customer message is recorded here before anything else.
import type { InboundMessage } from '@atrevete/schema';
import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

/**
 * One row per Chatwoot message the bot should answer. The Chatwoot message id is the
 * primary key, so a webhook delivered twice is recorded once. A turn claims the message
 * (turn_id) before it runs, and its commit marks it answered (answered_at).
 */
export const inboundMessages = pgTable(
  'inbound_messages',
  {
    chatwootMessageId: bigint('chatwoot_message_id', {
      mode: 'number',
    }).primaryKey(),
    accountId: bigint('account_id', { mode: 'number' }).notNull(),
    conversationId: bigint('conversation_id', { mode: 'number' }).notNull(),
    inboxId: bigint('inbox_id', { mode: 'number' }),
    contactId: bigint('contact_id', { mode: 'number' }),
    senderName: text('sender_name'),
    senderPhone: text('sender_phone'),
    content: text('content'),
    contentType: text('content_type').notNull(),
    attachments: jsonb('attachments').$type<InboundMessage['attachments']>(),
    chatwootCreatedAt: timestamp('chatwoot_created_at', {
      withTimezone: true,
    }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true })
      .notNull()
      .defaultNow(),
    /** The conversation's channel (`Channel::Whatsapp`…): whether the sender's phone is verified. */
    channel: text('channel'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    /** The turn that claimed the message (set at the claim, before answered_at). */
    turnId: text('turn_id'),
  },
  (t) => [
    index('inbound_messages_conversation_answered_idx').on(
      t.conversationId,
      t.answeredAt,
    ),
    // The sweeper's question: which messages are still unanswered, oldest first?
    index('inbound_messages_unanswered_idx')
      .on(t.receivedAt)
      .where(sql`${t.answeredAt} IS NULL`),
    // Retention: old rows whose body, attachments, name or phone are still there.
    index('inbound_messages_retention_idx')
      .on(t.receivedAt)
      .where(
        sql`${t.content} IS NOT NULL OR ${t.attachments} IS NOT NULL OR ${t.senderPhone} IS NOT NULL OR ${t.senderName} IS NOT NULL`,
      ),
    check(
      'inbound_messages_answered_by_turn',
      sql`${t.answeredAt} IS NULL OR ${t.turnId} IS NOT NULL`,
    ),
  ],
);
