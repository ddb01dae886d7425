// Turns in Postgres: a conversation's next turn is claimed with its exact messages before the graph runs, and committed fenced by its attempt.
import type { Sql } from 'postgres';
import type { ConversationKey, Effect, InboundMessage } from '@atrevete/schema';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbExecutor } from '../connection.js';
import { inboundMessages, outbox, turns } from '../schema/index.js';
import { recordHandoff } from './handoffs.js';

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

export interface ClaimOptions {
  /** Whether messages of the conversation still wait in Redis; then nothing is claimed ('carried_waiting'). */
  carriedWaiting?: () => Promise<boolean>;
}

/** A ledger row as the rest of the system sees it, selected by plain SQL (ids as exact JS numbers). */
const LEDGER_COLUMNS = `chatwoot_message_id::float8 AS "messageId", account_id::float8 AS "accountId",
  inbox_id::float8 AS "inboxId", conversation_id::float8 AS "conversationId",
  contact_id::float8 AS "contactId", sender_name AS "senderName", sender_phone AS "senderPhone",
  channel, content, content_type AS "contentType", coalesce(attachments, '[]'::jsonb) AS attachments,
  to_char(chatwoot_created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt"`;

/**
 * The conversation's open turn again (a retry, with its attempt bumped), or else a new turn over
 * every message nobody has claimed yet, or null when there is nothing to answer. Claims of one
 * conversation are serialised by a transaction-scoped advisory lock, so two workers can never
 * claim the same message; a message that arrives after the claim waits for the next turn.
 *
 * Plain SQL on postgres.js, not drizzle's builder: a claim is on every turn's path, and building
 * its five statements with drizzle cost about as much CPU as running them.
 */
export function claimTurn(
  client: Sql,
  key: ConversationKey,
): Promise<ClaimedTurn | null>;
export function claimTurn(
  client: Sql,
  key: ConversationKey,
  options: ClaimOptions,
): Promise<ClaimedTurn | null | 'carried_waiting'>;
export async function claimTurn(
  client: Sql,
  key: ConversationKey,
  options: ClaimOptions = {},
): Promise<ClaimedTurn | null | 'carried_waiting'> {
  const { accountId, conversationId } = key;
  return client.begin(async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(hashtextextended(${`turn:${accountId}:${conversationId}`}, 0))`;
    const [open] = await tx<
      Array<{
        turnId: string;
        attempt: number;
        messageIds: number[];
        baseCheckpointId: string | null;
        failures: number;
        lastError: string | null;
      }>
    >`UPDATE turns SET attempt = attempt + 1
       WHERE account_id = ${accountId} AND conversation_id = ${conversationId} AND status = 'claimed'
       RETURNING turn_id AS "turnId", attempt, message_ids::float8[] AS "messageIds",
                 base_checkpoint_id AS "baseCheckpointId", failures, last_error AS "lastError"`;
    if (open) {
      const rows = await tx<InboundMessage[]>`
        SELECT ${tx.unsafe(LEDGER_COLUMNS)} FROM inbound_messages
         WHERE chatwoot_message_id = ANY(${open.messageIds}::bigint[])
         ORDER BY chatwoot_created_at, chatwoot_message_id`;
      const { messageIds: _ids, ...turn } = open;
      return { ...key, ...turn, messages: rows };
    }
    const unclaimed = await tx<InboundMessage[]>`
      SELECT ${tx.unsafe(LEDGER_COLUMNS)} FROM inbound_messages
       WHERE account_id = ${accountId} AND conversation_id = ${conversationId} AND turn_id IS NULL
       ORDER BY chatwoot_created_at, chatwoot_message_id`;
    if (unclaimed.length === 0) return null;
    // A message carried in Redis while Postgres was down was written before any later message
    // reached the ledger: claiming those without it would answer them out of order.
    if (await options.carriedWaiting?.()) return 'carried_waiting';
    const messageIds = unclaimed.map((row) => row.messageId);
    const turnId = turnIdOf(key, messageIds);
    // It starts from the checkpoint of the conversation's last finished turn.
    const [{ baseCheckpointId }] = await tx<
      Array<{ baseCheckpointId: string | null }>
    >`INSERT INTO turns (turn_id, account_id, conversation_id, message_ids, base_checkpoint_id)
      VALUES (${turnId}, ${accountId}, ${conversationId}, ${messageIds}::bigint[],
        (SELECT checkpoint_id FROM turns
          WHERE account_id = ${accountId} AND conversation_id = ${conversationId}
            AND finished_at IS NOT NULL
          ORDER BY finished_at DESC LIMIT 1))
      RETURNING base_checkpoint_id AS "baseCheckpointId"`;
    await tx`UPDATE inbound_messages SET turn_id = ${turnId}
              WHERE chatwoot_message_id = ANY(${messageIds}::bigint[])`;
    return {
      ...key,
      turnId,
      attempt: 1,
      messages: unclaimed,
      baseCheckpointId,
      failures: 0,
      lastError: null,
    };
  }) as Promise<ClaimedTurn | null | 'carried_waiting'>;
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
  /** The turn gives the conversation to a person: listed in the console's hand-offs. */
  handoff?: { contactId: number | null; reason: string };
}

/** `superseded`: a later attempt claimed the turn, or it is already finished; nothing was written. */
export type CommitOutcome = 'committed' | 'superseded';

/**
 * Writes the turn's effects to the outbox, marks its messages answered, records the checkpoint
 * it produced and its hand-off (if any), atomically. Fenced: only the turn's latest attempt may
 * commit it, once, so a worker that lost its lock mid-turn (or a replay after a crash) writes
 * nothing twice.
 */
export async function commitTurn(
  db: DbExecutor,
  commit: TurnCommit,
): Promise<CommitOutcome> {
  return db.transaction(async (tx) => {
    // The fence and the finish in one statement: only the turn's latest attempt, still open, matches.
    const finished = await tx
      .update(turns)
      .set({
        status: commit.status,
        checkpointId: commit.checkpointId,
        finishedAt: sql`now()`,
        lastError: commit.error?.slice(0, 2000) ?? null,
      })
      .where(
        and(
          eq(turns.turnId, commit.turnId),
          eq(turns.status, 'claimed'),
          eq(turns.attempt, commit.attempt),
        ),
      )
      .returning({ turnId: turns.turnId });
    if (finished.length === 0) return 'superseded';
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
    if (commit.handoff) {
      await recordHandoff(tx, {
        turnId: commit.turnId,
        accountId: commit.accountId,
        conversationId: commit.conversationId,
        ...commit.handoff,
      });
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
