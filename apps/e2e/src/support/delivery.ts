// What the customers saw, checked against the ledger and the outbox: lost, duplicated and out-of-order replies, counted.
import type { RecordedRequest } from '@atrevete/chatwoot/testing';
import type { InboundRow, Message, OutboxRow } from './pipeline.js';

export interface DeliveryReport {
  /** Messages the test sent. */
  sent: number;
  /** Sent messages answered by exactly one turn, the one the ledger names. */
  answered: number;
  /** Sent messages no turn answered. */
  lost: number;
  /** Messages that more than one turn answered. */
  answeredTwice: number;
  /** Turns (outbox rows) and replies that reached Chatwoot. */
  turns: number;
  replies: number;
  /** Replies that reached Chatwoot more often than their turns explain (a resend included). */
  duplicated: number;
  /** Turns whose reply never reached Chatwoot. */
  undelivered: number;
  /** Outbox rows not recorded as sent. */
  unsent: number;
  /** Conversations whose replies did not come in the order of their messages. */
  outOfOrder: number[];
}

/** The message ids a turn answers (`turnIdOf` in libs/db repositories/turns.ts: `turn-<account>-<conversation>-<ids>`). */
export function messageIdsOf(turnId: string): number[] {
  return turnId.split('-').slice(3).map(Number);
}

export function deliveryReport(
  sent: readonly Message[],
  inbound: readonly InboundRow[],
  outbox: readonly OutboxRow[],
  replies: readonly RecordedRequest[],
): DeliveryReport {
  const turnsOf = new Map<number, string[]>();
  for (const row of outbox)
    for (const id of messageIdsOf(row.turnId))
      turnsOf.set(id, [...(turnsOf.get(id) ?? []), row.turnId]);
  const ledger = new Map(inbound.map((row) => [row.messageId, row]));

  let answered = 0;
  let lost = 0;
  for (const { messageId } of sent) {
    const turns = turnsOf.get(messageId) ?? [];
    if (turns.length === 0) lost += 1;
    else if (turns.length === 1 && ledger.get(messageId)?.turnId === turns[0])
      answered += 1;
  }
  const answeredTwice = [...turnsOf.values()].filter(
    (t) => t.length > 1,
  ).length;

  let duplicated = 0;
  let undelivered = 0;
  const outOfOrder: number[] = [];
  const conversations = new Set([
    ...sent.map((m) => m.conversationId),
    ...outbox.map((r) => r.conversationId),
  ]);
  for (const conversationId of [...conversations].sort((a, b) => a - b)) {
    const rows = outbox.filter((r) => r.conversationId === conversationId);
    const seen = replies
      .filter((r) => r.conversationId === conversationId)
      .map((r) => String(r.body['content']));
    const extra = seen.length - rows.length;
    if (extra < 0) undelivered += -extra;
    else duplicated += extra;
    if (!inMessageOrder(rows) || !aligned(rows, seen))
      outOfOrder.push(conversationId);
  }

  return {
    sent: sent.length,
    answered,
    lost,
    answeredTwice,
    turns: outbox.length,
    replies: replies.length,
    duplicated: duplicated + answeredTwice,
    undelivered,
    unsent: outbox.filter((r) => r.status !== 'sent').length,
    outOfOrder,
  };
}

/** One conversation's turns, in outbox order, answer its messages in order, and were posted in that order. */
function inMessageOrder(rows: readonly OutboxRow[]): boolean {
  for (let i = 1; i < rows.length; i++) {
    const previous = messageIdsOf(rows[i - 1].turnId);
    const current = messageIdsOf(rows[i].turnId);
    if (Math.max(...previous) >= Math.min(...current)) return false;
    const [a, b] = [rows[i - 1].chatwootMessageId, rows[i].chatwootMessageId];
    if (a !== null && b !== null && a >= b) return false;
  }
  return true;
}

/** The replies Chatwoot received are the rows' contents, in outbox order, each once. */
function aligned(rows: readonly OutboxRow[], seen: readonly string[]): boolean {
  return (
    rows.length === seen.length &&
    rows.every((row, i) => row.content === seen[i])
  );
}

/** The report of a run that delivered every one of `sent` messages once: one turn each, each reply once, in order, nothing pending. */
export function deliveredOnce(sent: number): Partial<DeliveryReport> {
  return {
    sent,
    answered: sent,
    lost: 0,
    answeredTwice: 0,
    duplicated: 0,
    undelivered: 0,
    unsent: 0,
    outOfOrder: [],
  };
}

export function formatReport(report: DeliveryReport): string {
  return Object.entries(report)
    .map(([key, value]) =>
      Array.isArray(value) ? `${key}=[${value.join(',')}]` : `${key}=${value}`,
    )
    .join(' ');
}
