// The inbound ledger: record each Chatwoot message once, list what a turn must answer, mark it.
import type { ConversationKey, InboundMessage } from '@atrevete/schema';
import { and, asc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { DbExecutor } from '../connection.js';
import { inboundMessages } from '../schema/index.js';

export type InboundMessageRow = typeof inboundMessages.$inferSelect;

export type RecordInboundResult =
  | { recorded: true }
  | { recorded: false; reason: 'duplicate' };

/**
 * Records a message unless its Chatwoot id is already in the ledger (a webhook delivered
 * twice, or a turn job re-recording what the webhook already wrote). The primary key
 * decides, so concurrent deliveries record it exactly once.
 */
export async function recordInboundMessage(
  db: DbExecutor,
  message: InboundMessage,
): Promise<RecordInboundResult> {
  const inserted = await db
    .insert(inboundMessages)
    .values(inboundRowOf(message))
    .onConflictDoNothing({ target: inboundMessages.chatwootMessageId })
    .returning({ id: inboundMessages.chatwootMessageId });
  return inserted.length > 0
    ? { recorded: true }
    : { recorded: false, reason: 'duplicate' };
}

/**
 * Marks messages as answered by a turn. A message already answered keeps its first turn, so
 * replaying a turn changes nothing.
 */
export async function markInboundAnswered(
  db: DbExecutor,
  chatwootMessageIds: readonly number[],
  turnId: string,
): Promise<void> {
  if (chatwootMessageIds.length === 0) {
    return;
  }
  await db
    .update(inboundMessages)
    .set({ answeredAt: sql`now()`, turnId })
    .where(
      and(
        inArray(inboundMessages.chatwootMessageId, [...chatwootMessageIds]),
        isNull(inboundMessages.answeredAt),
      ),
    );
}

/** A conversation's unanswered messages in the order the customer sent them. */
export async function listUnansweredMessages(
  db: DbExecutor,
  { accountId, conversationId }: ConversationKey,
): Promise<InboundMessage[]> {
  const rows = await db
    .select()
    .from(inboundMessages)
    .where(
      and(
        eq(inboundMessages.accountId, accountId),
        eq(inboundMessages.conversationId, conversationId),
        isNull(inboundMessages.answeredAt),
      ),
    )
    .orderBy(
      asc(inboundMessages.chatwootCreatedAt),
      asc(inboundMessages.chatwootMessageId),
    );
  return rows.map(fromInboundRow);
}

/** Conversations with a message still unanswered that arrived before `receivedBefore` (the sweeper's work list). */
export async function listConversationsWithStaleMessages(
  db: DbExecutor,
  receivedBefore: Date,
  limit: number,
): Promise<ConversationKey[]> {
  return db
    .selectDistinct({
      accountId: inboundMessages.accountId,
      conversationId: inboundMessages.conversationId,
    })
    .from(inboundMessages)
    .where(
      and(
        isNull(inboundMessages.answeredAt),
        lt(inboundMessages.receivedAt, receivedBefore),
      ),
    )
    .limit(limit);
}

/** The ledger row of a message (shared with the batching recorder). */
export function inboundRowOf(
  message: InboundMessage,
): typeof inboundMessages.$inferInsert {
  return {
    chatwootMessageId: message.messageId,
    accountId: message.accountId,
    conversationId: message.conversationId,
    inboxId: message.inboxId,
    contactId: message.contactId,
    senderName: message.senderName,
    senderPhone: message.senderPhone,
    channel: message.channel,
    content: message.content,
    contentType: message.contentType,
    attachments: message.attachments,
    chatwootCreatedAt: new Date(message.createdAt),
  };
}

function fromInboundRow(row: InboundMessageRow): InboundMessage {
  return {
    messageId: row.chatwootMessageId,
    accountId: row.accountId,
    inboxId: row.inboxId,
    conversationId: row.conversationId,
    contactId: row.contactId,
    senderName: row.senderName,
    senderPhone: row.senderPhone,
    channel: row.channel,
    content: row.content,
    contentType: row.contentType,
    attachments: row.attachments ?? [],
    createdAt: row.chatwootCreatedAt.toISOString(),
  };
}
