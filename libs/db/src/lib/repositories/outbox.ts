// The outbox and the turn commit: a turn's effects and the "answered" marks are written in one transaction, keyed by the turn.
import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { DbExecutor } from '../connection.js';
import { OUTBOX_KINDS, inboundMessages, outbox } from '../schema/index.js';
import type { ConversationKey } from '@atrevete/schema';
import { markInboundAnswered } from './inbound.js';

export type OutboxKind = (typeof OUTBOX_KINDS)[number];
export type OutboxRow = typeof outbox.$inferSelect;

export interface Effect {
  kind: OutboxKind;
  payload: Record<string, unknown>;
}

export interface TurnCommit extends ConversationKey {
  turnId: string;
  messageIds: readonly number[];
  effects: readonly Effect[];
}

/** `superseded`: another turn already answered one of these messages (this one ran on a lost lock). */
export type CommitOutcome = 'committed' | 'superseded';

/**
 * Writes the turn's effects to the outbox and marks its messages answered, atomically. Keyed by
 * (turn id, position), so committing the same turn again (a replay after a crash) changes nothing.
 * Fenced: the messages are locked first, and if any was answered by a different turn, nothing is
 * written, so a turn whose conversation lock expired under it can never answer twice.
 */
export async function commitTurn(
  db: DbExecutor,
  commit: TurnCommit,
): Promise<CommitOutcome> {
  return db.transaction(async (tx) => {
    const answeredBy = await tx
      .select({ turnId: inboundMessages.turnId })
      .from(inboundMessages)
      .where(inArray(inboundMessages.chatwootMessageId, [...commit.messageIds]))
      .for('update');
    if (
      answeredBy.some(
        (row) => row.turnId !== null && row.turnId !== commit.turnId,
      )
    ) {
      return 'superseded';
    }
    if (commit.effects.length > 0) {
      await tx
        .insert(outbox)
        .values(
          commit.effects.map((effect, seq) => ({
            turnId: commit.turnId,
            seq,
            accountId: commit.accountId,
            conversationId: commit.conversationId,
            kind: effect.kind,
            payload: effect.payload,
          })),
        )
        .onConflictDoNothing({ target: [outbox.turnId, outbox.seq] });
    }
    await markInboundAnswered(tx, commit.messageIds, commit.turnId);
    return 'committed';
  });
}

/** The effects a conversation still owes Chatwoot, in the order the turns wrote them. */
export async function listPendingEffects(
  db: DbExecutor,
  key: ConversationKey,
): Promise<OutboxRow[]> {
  return db
    .select()
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

/** Counts an attempt before the call is made, so a crash mid-call still leaves a trace. */
export async function markEffectAttempted(
  db: DbExecutor,
  id: number,
): Promise<void> {
  await db
    .update(outbox)
    .set({ attempts: sql`${outbox.attempts} + 1`, attemptedAt: sql`now()` })
    .where(eq(outbox.id, id));
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
    })
    .where(and(eq(outbox.id, id), eq(outbox.status, 'pending')));
}

/** A final answer from Chatwoot (a 4xx other than 429): recorded, never retried. */
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
    })
    .where(and(eq(outbox.id, id), eq(outbox.status, 'pending')));
}

/** Records why the last attempt failed, for a row that will be retried. */
export async function noteEffectError(
  db: DbExecutor,
  id: number,
  error: string,
): Promise<void> {
  await db
    .update(outbox)
    .set({ lastError: error.slice(0, 2000) })
    .where(eq(outbox.id, id));
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
