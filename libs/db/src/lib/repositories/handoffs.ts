// Hand-offs to a person: written with the commit of the turn that handed over, listed newest first for the console.
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { DbExecutor } from '../connection.js';
import { customers, handoffs } from '../schema/index.js';

export interface NewHandoff {
  turnId: string;
  accountId: number;
  conversationId: number;
  contactId: number | null;
  /** The graph's reason code (asked, complaint, …) or turn_failed. */
  reason: string;
}

/** Records a hand-off; call it inside the turn's commit, so that a superseded attempt records none. */
export async function recordHandoff(
  db: DbExecutor,
  handoff: NewHandoff,
): Promise<void> {
  await db.insert(handoffs).values(handoff).onConflictDoNothing();
}

/** Where a page of the list ends: the last row's time (to the microsecond) and turn. */
export interface HandoffCursor {
  /** ISO 8601 with microseconds, as Postgres stores it (a JS Date would round it). */
  at: string;
  turnId: string;
}

export interface HandoffRow {
  turnId: string;
  accountId: number;
  conversationId: number;
  contactId: number | null;
  reason: string;
  createdAt: Date;
  customer: { id: number; name: string | null; phone: string | null } | null;
  cursor: HandoffCursor;
}

/** Newest first, `limit` at a time, each with the customer of its Chatwoot contact if the salon knows them. */
export async function listHandoffs(
  db: DbExecutor,
  params: { limit: number; before?: HandoffCursor },
): Promise<HandoffRow[]> {
  const { before } = params;
  const rows = await db
    .select({
      turnId: handoffs.turnId,
      accountId: handoffs.accountId,
      conversationId: handoffs.conversationId,
      contactId: handoffs.contactId,
      reason: handoffs.reason,
      createdAt: handoffs.createdAt,
      cursorAt: sql<string>`to_char(${handoffs.createdAt} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
      customerId: customers.id,
      customerName: customers.name,
      customerPhone: customers.phone,
    })
    .from(handoffs)
    .leftJoin(customers, eq(customers.chatwootContactId, handoffs.contactId))
    .where(
      before
        ? sql`(${handoffs.createdAt}, ${handoffs.turnId}) < (${before.at}::timestamptz, ${before.turnId})`
        : undefined,
    )
    .orderBy(desc(handoffs.createdAt), desc(handoffs.turnId))
    .limit(params.limit);
  return rows.map(
    ({ cursorAt, customerId, customerName, customerPhone, ...row }) => ({
      ...row,
      customer:
        customerId === null
          ? null
          : { id: customerId, name: customerName, phone: customerPhone },
      cursor: { at: cursorAt, turnId: row.turnId },
    }),
  );
}

/** A conversation, as Chatwoot's account and conversation ids name it. */
interface ConversationRef {
  accountId: number;
  conversationId: number;
}

/**
 * Staff gave the conversation back to the bot: every hand-off of it not yet given back is, now.
 * Returns how many were; 0 when the bot never handed it over (or it was already given back).
 */
export async function recordReturnToBot(
  db: DbExecutor,
  conversation: ConversationRef,
): Promise<number> {
  const returned = await db
    .update(handoffs)
    .set({ returnedAt: sql`now()` })
    .where(
      and(
        eq(handoffs.accountId, conversation.accountId),
        eq(handoffs.conversationId, conversation.conversationId),
        isNull(handoffs.returnedAt),
      ),
    )
    .returning({ turnId: handoffs.turnId });
  return returned.length;
}

/** True when the conversation's latest hand-off was given back to the bot. */
export async function isReturnedToBot(
  db: DbExecutor,
  conversation: ConversationRef,
): Promise<boolean> {
  const [latest] = await db
    .select({ returnedAt: handoffs.returnedAt })
    .from(handoffs)
    .where(
      and(
        eq(handoffs.accountId, conversation.accountId),
        eq(handoffs.conversationId, conversation.conversationId),
      ),
    )
    .orderBy(desc(handoffs.createdAt))
    .limit(1);
  return latest?.returnedAt != null;
}
