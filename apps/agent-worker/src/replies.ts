// Sends a conversation's outbox to Chatwoot in order: each row at most once once recorded sent; 4xx final and recorded; 429/5xx/network retried.
import { ChatwootApiError, type ChatwootClient } from '@atrevete/chatwoot';
import type { FaultPoint } from '@atrevete/config';
import type { OutboxRow } from '@atrevete/db';
import type { Logger, WorkerMetrics } from '@atrevete/observability';
import type { HeldLock } from '@atrevete/queue';
import type { ConversationKey } from '@atrevete/schema';
import { ConversationBusyError } from './turn.js';

export interface ReplyDeps {
  outbox: {
    pending(key: ConversationKey): Promise<OutboxRow[]>;
    attempted(id: number): Promise<void>;
    sent(id: number, chatwootMessageId: number | null): Promise<void>;
    failed(id: number, error: string): Promise<void>;
    noteError(id: number, error: string): Promise<void>;
  };
  chatwoot: Pick<ChatwootClient, 'postMessage' | 'toggleStatus' | 'addLabels'>;
  lockReplies(key: ConversationKey): Promise<HeldLock | null>;
  fault(point: FaultPoint): void;
  logger: Logger;
  metrics: WorkerMetrics;
}

/**
 * Sends every pending row of the conversation, oldest first, stopping at the first retryable
 * failure so that later replies never overtake an earlier one. A crash after Chatwoot accepted a
 * row but before it is recorded sent makes the retry send it again: Chatwoot's API takes no
 * idempotency key, so at-least-once there is the price of never losing a reply.
 */
export async function sendPendingReplies(
  key: ConversationKey,
  deps: ReplyDeps,
): Promise<void> {
  const lock = await deps.lockReplies(key);
  if (!lock) throw new ConversationBusyError(key);
  try {
    for (const row of await deps.outbox.pending(key)) {
      if (!lock.held)
        throw new Error('lost the reply lock; another worker continues');
      await send(row, deps);
    }
  } finally {
    await lock.release();
  }
}

async function send(row: OutboxRow, deps: ReplyDeps): Promise<void> {
  const log = deps.logger.child({
    conversationId: row.conversationId,
    turnId: row.turnId,
    outboxId: row.id,
  });
  await deps.outbox.attempted(row.id);
  let chatwootMessageId: number | null;
  try {
    chatwootMessageId = await perform(row, deps.chatwoot);
  } catch (error) {
    const message = (error as Error).message;
    if (error instanceof ChatwootApiError && !error.retryable) {
      await deps.outbox.failed(row.id, message);
      deps.metrics.replies.inc({ outcome: 'failed' });
      log.error(
        { err: error, kind: row.kind },
        'Chatwoot refused the reply; recorded as failed',
      );
      return;
    }
    await deps.outbox.noteError(row.id, message);
    deps.metrics.replies.inc({ outcome: 'retry' });
    throw error;
  }
  deps.fault('after-post');
  await deps.outbox.sent(row.id, chatwootMessageId);
  deps.metrics.replies.inc({ outcome: 'sent' });
  log.info({ kind: row.kind }, 'reply sent');
}

async function perform(
  row: OutboxRow,
  chatwoot: ReplyDeps['chatwoot'],
): Promise<number | null> {
  const { accountId, conversationId, payload } = row;
  switch (row.kind) {
    case 'message':
    case 'private_note': {
      const posted = await chatwoot.postMessage(
        accountId,
        conversationId,
        String(payload['content']),
        {
          private: row.kind === 'private_note',
        },
      );
      return posted.id;
    }
    case 'toggle_status':
      await chatwoot.toggleStatus(
        accountId,
        conversationId,
        payload['status'] as 'open',
      );
      return null;
    case 'add_labels':
      await chatwoot.addLabels(
        accountId,
        conversationId,
        payload['labels'] as string[],
      );
      return null;
  }
}
