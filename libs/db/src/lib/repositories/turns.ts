// Turns in Postgres: a conversation's next turn is claimed with its exact messages before the graph runs, and committed fenced by its attempt.
import type { ConversationKey, Effect, InboundMessage } from '@atrevete/schema';
import {
  and,
  asc,
  desc,
  eq,
  inArray,
  isNotNull,
  isNull,
  sql,
} from 'drizzle-orm';
import type { DbExecutor } from '../connection.js';
import { inboundMessages, outbox, turns } from '../schema/index.js';
import { fromInboundRow } from './inbound.js';

export interface ClaimedTurn extends ConversationKey {
  turnId: string;
  /** This attempt's number: the commit is refused once a later attempt of the turn has claimed it. */
  attempt: number;
  /** The turn's messages, oldest first; always the same for every attempt of the turn. */
  messages: InboundMessage[];
  /** The conversation state the turn starts from: the checkpoint the previous turn committed. */
  baseCheckpointId: string | null;
  /** Earlier attempts that failed with an error (see recordTurnFailure), and the last one's message. */
  failures: number;
  lastError: string | null;
}

/** A turn is named by the messages it answers. */
export function turnIdOf(key: ConversationKey, messageIds: number[]): string {
  const ids = [...messageIds].sort((a, b) => a - b).join('-');
  return `turn-${key.accountId}-${key.conversationId}-${ids}`;
}

const conversationIs = (
  table: typeof turns | typeof inboundMessages,
  key: ConversationKey,
) =>
  and(
    eq(table.accountId, key.accountId),
    eq(table.conversationId, key.conversationId),
  );

/**
 * The conversation's open turn again (a retry, with its attempt bumped), or else a new turn over
 * every message nobody has claimed yet, or null when there is nothing to answer. Claims of one
 * conversation are serialised by a transaction-scoped advisory lock, so two workers can never
 * claim the same message; a message that arrives after the claim waits for the next turn.
 */
export async function claimTurn(
  db: DbExecutor,
  key: ConversationKey,
): Promise<ClaimedTurn | null> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtextextended(${`turn:${key.accountId}:${key.conversationId}`}, 0))`,
    );
    const [open] = await tx
      .update(turns)
      .set({ attempt: sql`${turns.attempt} + 1` })
      .where(and(conversationIs(turns, key), eq(turns.status, 'claimed')))
      .returning();
    if (open) {
      const rows = await tx
        .select()
        .from(inboundMessages)
        .where(inArray(inboundMessages.chatwootMessageId, open.messageIds))
        .orderBy(
          asc(inboundMessages.chatwootCreatedAt),
          asc(inboundMessages.chatwootMessageId),
        );
      return {
        ...key,
        turnId: open.turnId,
        attempt: open.attempt,
        messages: rows.map(fromInboundRow),
        baseCheckpointId: open.baseCheckpointId,
        failures: open.failures,
        lastError: open.lastError,
      };
    }
    const unclaimed = await tx
      .select()
      .from(inboundMessages)
      .where(
        and(
          conversationIs(inboundMessages, key),
          isNull(inboundMessages.turnId),
        ),
      )
      .orderBy(
        asc(inboundMessages.chatwootCreatedAt),
        asc(inboundMessages.chatwootMessageId),
      );
    if (unclaimed.length === 0) return null;
    const messageIds = unclaimed.map((row) => row.chatwootMessageId);
    const turnId = turnIdOf(key, messageIds);
    const [previous] = await tx
      .select({ checkpointId: turns.checkpointId })
      .from(turns)
      .where(and(conversationIs(turns, key), isNotNull(turns.finishedAt)))
      .orderBy(desc(turns.finishedAt))
      .limit(1);
    const baseCheckpointId = previous?.checkpointId ?? null;
    await tx.insert(turns).values({
      turnId,
      ...key,
      messageIds,
      baseCheckpointId,
    });
    await tx
      .update(inboundMessages)
      .set({ turnId })
      .where(inArray(inboundMessages.chatwootMessageId, messageIds));
    return {
      ...key,
      turnId,
      attempt: 1,
      messages: unclaimed.map(fromInboundRow),
      baseCheckpointId,
      failures: 0,
      lastError: null,
    };
  });
}

export interface TurnCommit extends ConversationKey {
  turnId: string;
  attempt: number;
  effects: readonly Effect[];
  /** `failed`: the turn gave up (it answers its messages with an apology and a hand-off). */
  status: 'committed' | 'failed';
  /** The conversation state after the turn; the next turn starts from it. */
  checkpointId: string | null;
  error?: string;
}

/** `superseded`: a later attempt claimed the turn, or it is already finished; nothing was written. */
export type CommitOutcome = 'committed' | 'superseded';

/**
 * Writes the turn's effects to the outbox, marks its messages answered and records the checkpoint
 * it produced, atomically. Fenced: only the turn's latest attempt may commit it, once, so a worker
 * that lost its lock mid-turn (or a replay after a crash) writes nothing twice.
 */
export async function commitTurn(
  db: DbExecutor,
  commit: TurnCommit,
): Promise<CommitOutcome> {
  return db.transaction(async (tx) => {
    const [turn] = await tx
      .select({ attempt: turns.attempt, status: turns.status })
      .from(turns)
      .where(eq(turns.turnId, commit.turnId))
      .for('update');
    if (!turn || turn.status !== 'claimed' || turn.attempt !== commit.attempt)
      return 'superseded';
    if (commit.effects.length > 0) {
      await tx.insert(outbox).values(
        commit.effects.map(({ kind, ...payload }, seq) => ({
          turnId: commit.turnId,
          seq,
          accountId: commit.accountId,
          conversationId: commit.conversationId,
          kind,
          payload,
        })),
      );
    }
    await tx
      .update(inboundMessages)
      .set({ answeredAt: sql`now()` })
      .where(
        and(
          eq(inboundMessages.turnId, commit.turnId),
          isNull(inboundMessages.answeredAt),
        ),
      );
    await tx
      .update(turns)
      .set({
        status: commit.status,
        checkpointId: commit.checkpointId,
        finishedAt: sql`now()`,
        lastError: commit.error?.slice(0, 2000) ?? null,
      })
      .where(eq(turns.turnId, commit.turnId));
    return 'committed';
  });
}

/**
 * Counts a failed attempt and keeps why, for the attempt that gives up (its hand-off note names
 * the error). An outage of Postgres records nothing, so only a turn that fails on its own counts.
 */
export async function recordTurnFailure(
  db: DbExecutor,
  turnId: string,
  attempt: number,
  error: string,
): Promise<void> {
  await db
    .update(turns)
    .set({
      failures: sql`${turns.failures} + 1`,
      lastError: error.slice(0, 2000),
    })
    .where(and(eq(turns.turnId, turnId), eq(turns.attempt, attempt)));
}
