// How work is put on the queues: debounced per-conversation turns, messages carried when Postgres is down, reply batches, postponement.
import { DelayedError, type Job, type Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import {
  type ConversationKey,
  type InboundMessage,
  type ReplyJob,
  type TurnJob,
  inboundMessageSchema,
} from '@atrevete/schema';
import { REPLY_QUEUE, TURN_QUEUE, addJob } from './queues.js';

const conversationId = (kind: string, key: ConversationKey) =>
  `${kind}-${key.accountId}-${key.conversationId}`;

/**
 * One pending turn per conversation (BullMQ deduplication): a burst within `debounceMs` joins the
 * same turn, each new message pushing it back; while a turn runs, at most one more waits
 * (`keepLastIfActive`), so a message that arrives mid-turn is answered by the next one.
 */
export async function enqueueTurn(
  queue: Queue<TurnJob>,
  key: ConversationKey,
  debounceMs: number,
): Promise<void> {
  await addJob(
    queue,
    TURN_QUEUE,
    { ...key, messages: [] },
    {
      delay: debounceMs,
      deduplication: {
        id: conversationId('turn', key),
        keepLastIfActive: true,
        reschedule: true,
      },
    },
  );
}

/** Where a conversation's carried messages wait, ordered by Chatwoot message id (in the queue's hash slot). */
const carriedKey = (queue: Queue<TurnJob>, key: ConversationKey) =>
  `${queue.opts.prefix}:carried:${key.accountId}:${key.conversationId}`;

/**
 * Postgres could not record the message: it waits whole in Redis, in the conversation's ordered
 * set, and the conversation's (debounced) turn records it first. One set per conversation, not a
 * job per message: separate jobs run concurrently, so a turn could read the ledger before an
 * earlier carried message was in it and answer a later one first.
 */
export async function enqueueCarriedMessage(
  queue: Queue<TurnJob>,
  redis: Redis,
  message: InboundMessage,
  debounceMs: number,
): Promise<void> {
  const carried = inboundMessageSchema.parse(message);
  const key = {
    accountId: carried.accountId,
    conversationId: carried.conversationId,
  };
  await redis.zadd(
    carriedKey(queue, key),
    carried.messageId,
    JSON.stringify(carried),
  );
  await enqueueTurn(queue, key, debounceMs);
}

/**
 * Records the conversation's carried messages, oldest first, then forgets them; call it under the
 * conversation's lock, before reading the ledger. A crash in between records them again, which the
 * ledger ignores. Returns how many were dropped for failing the schema (a producer of another version).
 */
export async function recordCarriedMessages(
  queue: Queue<TurnJob>,
  redis: Redis,
  key: ConversationKey,
  record: (message: InboundMessage) => Promise<void>,
): Promise<{ invalid: number }> {
  const members = await redis.zrange(carriedKey(queue, key), '0', '-1');
  let invalid = 0;
  for (const member of members) {
    const parsed = inboundMessageSchema.safeParse(parseJson(member));
    if (parsed.success) await record(parsed.data);
    else invalid += 1;
  }
  if (members.length > 0) await redis.zrem(carriedKey(queue, key), ...members);
  return { invalid };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Sends what the conversation's outbox holds; one job per conversation at a time. */
export async function enqueueReplies(
  queue: Queue<ReplyJob>,
  key: ConversationKey,
): Promise<void> {
  await addJob(queue, REPLY_QUEUE, key, {
    deduplication: { id: conversationId('reply', key), keepLastIfActive: true },
  });
}

/** Puts the job back to wait `ms` without counting an attempt (e.g. its conversation is locked). Never returns. */
export async function postpone(
  job: Job<unknown>,
  token: string | undefined,
  ms: number,
): Promise<never> {
  await job.moveToDelayed(Date.now() + ms, token);
  throw new DelayedError();
}
