// How work is put on the queues: debounced per-conversation turns, messages carried when Postgres is down, reply batches, postponement.
import { DelayedError, type Job, type Queue } from 'bullmq';
import type {
  ConversationKey,
  InboundMessage,
  ReplyJob,
  TurnJob,
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

/** Postgres could not record the message: the job carries it whole, and the worker records it first. */
export async function enqueueCarriedMessage(
  queue: Queue<TurnJob>,
  message: InboundMessage,
): Promise<void> {
  await addJob(
    queue,
    TURN_QUEUE,
    {
      accountId: message.accountId,
      conversationId: message.conversationId,
      messages: [message],
    },
    { jobId: `msg-${message.messageId}` },
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

/** Puts the job back to wait `ms` without counting an attempt (e.g. its conversation is locked). Never returns. */
export async function postpone(
  job: Job<unknown>,
  token: string | undefined,
  ms: number,
): Promise<never> {
  await job.moveToDelayed(Date.now() + ms, token);
  throw new DelayedError();
}
