// Claimed turns: which messages a turn answers is decided once, in Postgres, before the graph runs.
import { sql } from 'drizzle-orm';
import {
  bigint,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

export const TURN_STATUSES = ['claimed', 'committed', 'failed'] as const;
export const turnStatus = pgEnum('turn_status', TURN_STATUSES);

/**
 * One row per turn. A turn is claimed with its exact message ids before the graph runs; every
 * retry re-runs that same turn (later messages wait for the next one), and each attempt bumps
 * `attempt`, which fences the commit: only the latest attempt may write. At most one turn of a
 * conversation is open (`claimed`) at a time. `base_checkpoint_id` is the conversation state the
 * turn starts from (the previous finished turn's checkpoint); the commit records the checkpoint
 * the turn produced in `checkpoint_id`, and the next turn starts from it.
 */
export const turns = pgTable(
  'turns',
  {
    turnId: text('turn_id').primaryKey(),
    accountId: bigint('account_id', { mode: 'number' }).notNull(),
    conversationId: bigint('conversation_id', { mode: 'number' }).notNull(),
    messageIds: bigint('message_ids', { mode: 'number' }).array().notNull(),
    status: turnStatus('status').notNull().default('claimed'),
    attempt: integer('attempt').notNull().default(1),
    /** Attempts that ended in an error the turn could record (a poison message, not an outage: with Postgres down nothing is recorded). */
    failures: integer('failures').notNull().default(0),
    baseCheckpointId: text('base_checkpoint_id'),
    checkpointId: text('checkpoint_id'),
    lastError: text('last_error'),
    claimedAt: timestamp('claimed_at', { withTimezone: true })
      .notNull()
      .defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('turns_one_open_per_conversation')
      .on(t.accountId, t.conversationId)
      .where(sql`${t.status} = 'claimed'`),
    index('turns_conversation_finished_idx').on(
      t.accountId,
      t.conversationId,
      t.finishedAt,
    ),
  ],
);
