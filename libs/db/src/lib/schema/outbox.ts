// The outbox: every effect of a turn on Chatwoot (a reply, later notes, status and labels), written with the turn and sent by its own jobs.
import { sql } from 'drizzle-orm';
import type { EffectKind, EffectPayload } from '@atrevete/schema';
import {
  bigint,
  bigserial,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

export const OUTBOX_KINDS = [
  'message',
  'private_note',
  'toggle_status',
  'add_labels',
] as const satisfies readonly EffectKind[];
export const outboxKind = pgEnum('outbox_kind', OUTBOX_KINDS);
export const outboxStatus = pgEnum('outbox_status', [
  'pending',
  'sent',
  'failed',
]);

/**
 * One row per Chatwoot call a turn makes. (turn_id, seq) is unique, so a replayed turn writes
 * nothing twice; a row recorded `sent` is never sent again; `failed` rows got a final answer (4xx).
 */
export const outbox = pgTable(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    turnId: text('turn_id').notNull(),
    seq: smallint('seq').notNull().default(0),
    accountId: bigint('account_id', { mode: 'number' }).notNull(),
    conversationId: bigint('conversation_id', { mode: 'number' }).notNull(),
    kind: outboxKind('kind').notNull(),
    payload: jsonb('payload').$type<EffectPayload>().notNull(),
    status: outboxStatus('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    chatwootMessageId: bigint('chatwoot_message_id', { mode: 'number' }),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .defaultNow(),
    attemptedAt: timestamp('attempted_at', { withTimezone: true }),
    /** Set while a send's outcome is unknown (timeout, 5xx, a crash mid-call): wait for its echo before sending again. */
    unconfirmedSince: timestamp('unconfirmed_since', { withTimezone: true }),
    doneAt: timestamp('done_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('outbox_turn_seq_key').on(t.turnId, t.seq),
    index('outbox_conversation_pending_idx')
      .on(t.accountId, t.conversationId, t.id)
      .where(sql`${t.status} = 'pending'`),
    index('outbox_pending_created_idx')
      .on(t.createdAt)
      .where(sql`${t.status} = 'pending'`),
    check(
      'outbox_done_when_not_pending',
      sql`(${t.status} = 'pending') = (${t.doneAt} IS NULL)`,
    ),
  ],
);
