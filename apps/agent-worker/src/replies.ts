// Sends a conversation's outbox to Chatwoot in order, each effect once: a message whose send may have landed unseen waits for its echo before it is sent again.
import {
  ChatwootRefusedError,
  ChatwootUnavailableError,
  type ChatwootClient,
  type Landed,
} from '@atrevete/chatwoot';
import type { FaultPoint } from '@atrevete/config';
import type { PendingEffect } from '@atrevete/db';
import type { Logger, WorkerMetrics } from '@atrevete/observability';
import { PostponeJobError, type HeldLock } from '@atrevete/queue';
import {
  effectSchema,
  type ConversationKey,
  type Effect,
} from '@atrevete/schema';
import { ConversationBusyError } from './turn.js';

export interface ReplyDeps {
  outbox: {
    pending(key: ConversationKey): Promise<PendingEffect[]>;
    /** Counts an attempt (`unconfirmed`: its outcome is unknown until answered); false when the row is no longer pending. */
    attempted(id: number, opts: { unconfirmed: boolean }): Promise<boolean>;
    sent(id: number, chatwootMessageId: number | null): Promise<void>;
    failed(id: number, error: string): Promise<void>;
    noteError(id: number, error: string, landed: Landed): Promise<void>;
    /** Records the row sent if webhook-api had to keep its echo in Redis (Postgres was down); true when it did. */
    applyCarriedEcho(id: number): Promise<boolean>;
  };
  chatwoot: Pick<
    ChatwootClient,
    'postMessage' | 'toggleStatus' | 'addLabels' | 'startConversation'
  >;
  lockReplies(key: ConversationKey): Promise<HeldLock | null>;
  /** How long a message whose send may have landed waits for its echo before it is sent again (ECHO_WAIT_MS). */
  echoWaitMs: number;
  fault(point: FaultPoint): void;
  logger: Logger;
  metrics: WorkerMetrics;
}

/**
 * Sends every pending row of the conversation, oldest first, stopping at the first row that
 * cannot go yet (a retryable failure, or a message waiting for its echo) so that later replies
 * never overtake it. Chatwoot's API takes no idempotency key; instead each message carries its
 * row's id, and Chatwoot's webhook of the bot's own message (the echo, recorded by webhook-api)
 * proves it landed. A send whose outcome is unknown (a timeout, a 5xx, a 2xx that does not parse,
 * a worker killed mid-send) is sent again only once ECHO_WAIT_MS passed without its echo: a
 * duplicate then needs an echo later than that, and a reply is never lost.
 */
export async function sendPendingReplies(
  key: ConversationKey,
  deps: ReplyDeps,
): Promise<void> {
  const lock = await deps.lockReplies(key);
  if (!lock) {
    deps.metrics.lockWaits.inc({ queue: 'replies' });
    throw new ConversationBusyError(key);
  }
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

/** Messages come back as webhooks; labels and status changes do not, and sending them twice is harmless. */
const echoes = (effect: Effect) =>
  effect.kind === 'message' || effect.kind === 'private_note';

async function send(row: PendingEffect, deps: ReplyDeps): Promise<void> {
  const log = deps.logger.child({
    conversationId: row.conversationId,
    turnId: row.turnId,
    outboxId: row.id,
  });
  const parsed = effectSchema.safeParse({ ...row.payload, kind: row.kind });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const error = `not a valid ${row.kind} effect: ${issue?.path.join('.') || 'payload'}: ${issue?.message}`;
    await deps.outbox.failed(row.id, error);
    deps.metrics.replies.inc({ outcome: 'invalid' });
    log.error({ kind: row.kind, error }, 'outbox row recorded as failed');
    return;
  }
  const effect = parsed.data;
  if (echoes(effect) && row.unconfirmedForMs !== null) {
    if (await deps.outbox.applyCarriedEcho(row.id)) {
      deps.metrics.replies.inc({ outcome: 'echo_carried' });
      log.info({ kind: row.kind }, 'reply confirmed by an echo kept in Redis');
      return;
    }
    const left = Math.ceil(deps.echoWaitMs - row.unconfirmedForMs);
    if (left > 0) {
      deps.metrics.replies.inc({ outcome: 'awaiting_echo' });
      throw new PostponeJobError(
        left,
        `outbox row ${row.id} may have landed; waiting for its echo`,
      );
    }
    log.warn(
      { kind: row.kind, unconfirmedForMs: row.unconfirmedForMs },
      'no echo of a send that may have landed; sending it again',
    );
  }
  if (!(await deps.outbox.attempted(row.id, { unconfirmed: echoes(effect) })))
    return; // Its echo came in since the row was read: it is sent.
  let chatwootMessageId: number | null;
  try {
    chatwootMessageId = await perform(row, effect, deps.chatwoot);
  } catch (error) {
    const message = (error as Error).message;
    if (error instanceof ChatwootRefusedError) {
      await deps.outbox.failed(row.id, message);
      deps.metrics.replies.inc({ outcome: 'failed' });
      log.error(
        { err: error, kind: row.kind },
        'Chatwoot refused the reply; recorded as failed',
      );
      return;
    }
    // Anything but a known "nothing was sent" may have landed.
    const landed =
      error instanceof ChatwootUnavailableError ? error.landed : 'unknown';
    await deps.outbox.noteError(row.id, message, landed);
    deps.metrics.replies.inc({ outcome: 'retry' });
    throw error;
  }
  deps.fault('after-post');
  await deps.outbox.sent(row.id, chatwootMessageId);
  deps.metrics.replies.inc({ outcome: 'sent' });
  log.info({ kind: row.kind }, 'reply sent');
}

async function perform(
  row: PendingEffect,
  effect: Effect,
  chatwoot: ReplyDeps['chatwoot'],
): Promise<number | null> {
  const { accountId, conversationId } = row;
  switch (effect.kind) {
    case 'message':
      if (effect.newConversation) {
        await chatwoot.startConversation(accountId, {
          ...effect.newConversation,
          content: effect.content,
          template: effect.template,
          outboxId: row.id,
        });
        return null; // Its message's id comes with the echo.
      }
      return (
        await chatwoot.postMessage(accountId, conversationId, effect.content, {
          outboxId: row.id,
          template: effect.template,
        })
      ).id;
    case 'private_note': {
      const posted = await chatwoot.postMessage(
        accountId,
        conversationId,
        effect.content,
        { outboxId: row.id, private: true },
      );
      return posted.id;
    }
    case 'toggle_status':
      await chatwoot.toggleStatus(accountId, conversationId, effect.status);
      return null;
    case 'add_labels':
      await chatwoot.addLabels(accountId, conversationId, effect.labels);
      return null;
  }
}
