// How work is put on the queues: debounced per-conversation turns, reply batches (carried messages: carried.ts; postponement: postpone.ts).
import type { Queue } from 'bullmq';
import type { ConversationKey, ReplyJob, TurnJob } from '@atrevete/schema';
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

/** Sends what the conversation's outbox holds; one job per conversation at a time. */
export async function enqueueReplies(
  queue: Queue<ReplyJob>,
  key: ConversationKey,
): Promise<void> {
  await addJob(queue, REPLY_QUEUE, key, {
    deduplication: { id: conversationId('reply', key), keepLastIfActive: true },
  });
}
