// Retention: what customers wrote, and who they are, leaves the ledger once it is old and answered; the row itself (ids, times, turn) stays.
import { and, asc, inArray, isNotNull, lt, or } from 'drizzle-orm';
import type { DbExecutor } from '../connection.js';
import { inboundMessages } from '../schema/index.js';

export interface EraseExpiredOptions {
  /** Rows received before this instant are old enough. */
  receivedBefore: Date;
  /** Rows per call: one short transaction each, however large the backlog. */
  limit: number;
}

/**
 * Nulls the body, the attachments, the sender's name and phone of up to `limit` answered messages
 * received before `receivedBefore`, oldest first, and returns how many it erased (fewer than
 * `limit`: nothing is left for now). Unanswered messages keep everything: a turn still needs them.
 * Rows another transaction holds are skipped, so replicas running this at once never wait on
 * each other or on a turn. The filter is the predicate of `inbound_messages_retention_idx`, so
 * rows already erased are never read again.
 */
export async function eraseExpiredMessageData(
  db: DbExecutor,
  { receivedBefore, limit }: EraseExpiredOptions,
): Promise<number> {
  const expired = db
    .select({ id: inboundMessages.chatwootMessageId })
    .from(inboundMessages)
    .where(
      and(
        lt(inboundMessages.receivedAt, receivedBefore),
        or(
          isNotNull(inboundMessages.content),
          isNotNull(inboundMessages.attachments),
          isNotNull(inboundMessages.senderPhone),
          isNotNull(inboundMessages.senderName),
        ),
        isNotNull(inboundMessages.answeredAt),
      ),
    )
    .orderBy(asc(inboundMessages.receivedAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  const erased = await db
    .update(inboundMessages)
    .set({
      content: null,
      senderName: null,
      senderPhone: null,
      attachments: null,
    })
    .where(inArray(inboundMessages.chatwootMessageId, expired))
    .returning({ id: inboundMessages.chatwootMessageId });
  return erased.length;
}
