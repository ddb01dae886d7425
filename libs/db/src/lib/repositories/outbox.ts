// The outbox: what turns owe Chatwoot (written by the turn's commit, repositories/turns.ts), read and marked by the reply sender and by the echoes of its messages.
import { and, asc, eq, getTableColumns, inArray, lt, sql } from 'drizzle-orm';
import type { DbExecutor } from '../connection.js';
import { outbox } from '../schema/index.js';
import {
  NEW_CONVERSATION_ID,
  type ConversationKey,
  type OutboxEcho,
} from '@atrevete/schema';

export type OutboxRow = typeof outbox.$inferSelect;

export interface PendingEffect extends OutboxRow {
  /**
   * How long ago an attempt whose outcome is unknown started (`unconfirmed_since`), by the
   * database's clock, the one that set it; null when no attempt may have landed unseen.
   */
  unconfirmedForMs: number | null;
}

/** The effects a conversation still owes Chatwoot, in the order the turns wrote them. */
export async function listPendingEffects(
  db: DbExecutor,
  key: ConversationKey,
): Promise<PendingEffect[]> {
  return db
    .select({
      ...getTableColumns(outbox),
      unconfirmedForMs: sql<
        number | null
      >`(extract(epoch from now() - ${outbox.unconfirmedSince}) * 1000)::float8`,
    })
    .from(outbox)
    .where(
      and(
        eq(outbox.accountId, key.accountId),
        eq(outbox.conversationId, key.conversationId),
        eq(outbox.status, 'pending'),
      ),
    )
    .orderBy(asc(outbox.id));
}

/**
 * Counts an attempt before the call is made, so a crash mid-call still leaves a trace; with
 * `unconfirmed`, the row also says that from now on a message may exist at Chatwoot until the
 * call's outcome or its echo says otherwise. False when the row is no longer pending (its echo
 * came in meanwhile): then there is nothing to send.
 */
export async function markEffectAttempted(
  db: DbExecutor,
  id: number,
  opts: { unconfirmed: boolean },
): Promise<boolean> {
  const updated = await db
    .update(outbox)
    .set({
      attempts: sql`${outbox.attempts} + 1`,
      attemptedAt: sql`now()`,
      unconfirmedSince: opts.unconfirmed ? sql`now()` : null,
    })
    .where(and(eq(outbox.id, id), eq(outbox.status, 'pending')))
    .returning({ id: outbox.id });
  return updated.length > 0;
}

/** Only a pending row changes: a row recorded sent (or failed) stays as it is. */
export async function markEffectSent(
  db: DbExecutor,
  id: number,
  chatwootMessageId: number | null,
): Promise<void> {
  await db
    .update(outbox)
    .set({
      status: 'sent',
      chatwootMessageId,
      doneAt: sql`now()`,
      lastError: null,
      unconfirmedSince: null,
    })
    .where(and(eq(outbox.id, id), eq(outbox.status, 'pending')));
}

/** A final answer (Chatwoot's 4xx other than 429, or a row that is not a valid effect): recorded, never retried. */
export async function markEffectFailed(
  db: DbExecutor,
  id: number,
  error: string,
): Promise<void> {
  await db
    .update(outbox)
    .set({
      status: 'failed',
      lastError: error.slice(0, 2000),
      doneAt: sql`now()`,
      unconfirmedSince: null,
    })
    .where(and(eq(outbox.id, id), eq(outbox.status, 'pending')));
}

/**
 * Records why the last attempt failed, for a row that will be retried. `landed: 'no'` (nothing
 * reached Chatwoot) ends the wait for an echo. `'unknown'` restarts it from now on a row that
 * awaits one: the message may have been created at any moment of the call (a timeout comes only
 * at its end), and its echo some time after that.
 */
export async function noteEffectError(
  db: DbExecutor,
  id: number,
  error: string,
  landed: 'no' | 'unknown',
): Promise<void> {
  await db
    .update(outbox)
    .set({
      lastError: error.slice(0, 2000),
      unconfirmedSince:
        landed === 'no'
          ? null
          : sql`case when ${outbox.unconfirmedSince} is null then null else now() end`,
    })
    .where(and(eq(outbox.id, id), eq(outbox.status, 'pending')));
}

/**
 * `confirmed`: the echo recorded a pending row as sent; `already_recorded`: the row was sent (or
 * failed) already and stays as it is; `unknown_row`: no row of that conversation has this id.
 */
export type EchoConfirmation = 'confirmed' | 'already_recorded' | 'unknown_row';

/**
 * Chatwoot sent the bot's own message back to the webhook: the row's message exists there,
 * whatever its sender saw (a timeout, a 5xx, a crash before recording it). Matched on the
 * conversation too, so an echo can only ever confirm a row of its own conversation.
 */
export async function confirmEffectEcho(
  db: DbExecutor,
  echo: OutboxEcho,
): Promise<EchoConfirmation> {
  const ofEcho = and(
    eq(outbox.id, echo.outboxId),
    eq(outbox.accountId, echo.accountId),
    // A row that started a conversation is confirmed by its message's echo from that conversation.
    inArray(outbox.conversationId, [echo.conversationId, NEW_CONVERSATION_ID]),
  );
  const confirmed = await db
    .update(outbox)
    .set({
      status: 'sent',
      chatwootMessageId: echo.chatwootMessageId,
      doneAt: sql`now()`,
      lastError: null,
      unconfirmedSince: null,
    })
    .where(and(ofEcho, eq(outbox.status, 'pending')))
    .returning({ id: outbox.id });
  if (confirmed.length > 0) return 'confirmed';
  const known = await db.select({ id: outbox.id }).from(outbox).where(ofEcho);
  return known.length > 0 ? 'already_recorded' : 'unknown_row';
}

/** Conversations with effects still pending since before `createdBefore` (the sweeper's work list). */
export async function listConversationsWithStaleEffects(
  db: DbExecutor,
  createdBefore: Date,
  limit: number,
): Promise<ConversationKey[]> {
  return db
    .selectDistinct({
      accountId: outbox.accountId,
      conversationId: outbox.conversationId,
    })
    .from(outbox)
    .where(
      and(eq(outbox.status, 'pending'), lt(outbox.createdAt, createdBefore)),
    )
    .limit(limit);
}
