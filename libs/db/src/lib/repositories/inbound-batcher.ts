// Group commit for the inbound ledger: concurrent webhooks share one multi-row INSERT and one commit, each still awaiting its own row.
import type { InboundMessage } from '@atrevete/schema';
import type { DbExecutor } from '../connection.js';
import { inboundMessages } from '../schema/index.js';
import { inboundRowOf } from './inbound.js';

export interface InboundRecorder {
  /** Resolves once the row is committed: true when newly recorded, false for a message id already there. */
  record(message: InboundMessage): Promise<boolean>;
}

interface Pending {
  message: InboundMessage;
  resolve(recorded: boolean): void;
  reject(error: unknown): void;
}

export class LedgerTimeoutError extends Error {
  constructor(ms: number) {
    super(`the ledger did not answer within ${ms} ms`);
    this.name = 'LedgerTimeoutError';
  }
}

/** Refused at once: so many requests wait already that this one could not be recorded in time. */
export class LedgerQueueFullError extends Error {
  constructor(waiting: number) {
    super(`the ledger has ${waiting} requests waiting already`);
    this.name = 'LedgerQueueFullError';
  }
}

export interface InboundRecorderOptions {
  /** A batch that takes longer fails its requests (LedgerTimeoutError). */
  timeoutMs: number;
  /** Rows per INSERT. */
  maxBatch?: number;
  /** Requests that may wait for the batch in flight; more are refused (LedgerQueueFullError). */
  maxWaiting?: number;
}

// One INSERT of 200 rows takes a few milliseconds; more per statement gains nothing measurable.
const DEFAULT_MAX_BATCH = 200;

/**
 * Under load every commit costs a WAL flush and every statement a round trip; batching the
 * requests that arrive while one INSERT is in flight (up to `maxBatch`) keeps both at one per
 * batch. An idle recorder sends a message at once: no added latency when traffic is light.
 * A batch that takes longer than `timeoutMs` fails its requests and stops holding up the next
 * batches (a hung connection must not block the ledger); if it commits later, its rows are there
 * and recording the same messages again is a harmless duplicate.
 *
 * The wait is bounded too: by default at most one batch waits behind the one in flight, so a
 * request learns within 2 × `timeoutMs` whether the ledger has it, which leaves the rest of
 * Chatwoot's 5 s for the caller's fallback. Past that, requests are refused at once instead of
 * queueing up behind a Postgres that hangs.
 */
export function createInboundRecorder(
  db: DbExecutor,
  {
    timeoutMs,
    maxBatch = DEFAULT_MAX_BATCH,
    maxWaiting = maxBatch,
  }: InboundRecorderOptions,
): InboundRecorder {
  let queue: Pending[] = [];
  let flushing = false;

  const flush = async () => {
    flushing = true;
    while (queue.length > 0) {
      const batch = queue.slice(0, maxBatch);
      queue = queue.slice(batch.length);
      let timer: NodeJS.Timeout | undefined;
      try {
        const insert = db
          .insert(inboundMessages)
          .values(batch.map((p) => inboundRowOf(p.message)))
          .onConflictDoNothing({ target: inboundMessages.chatwootMessageId })
          .returning({ id: inboundMessages.chatwootMessageId });
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new LedgerTimeoutError(timeoutMs)),
            timeoutMs,
          );
        });
        const inserted = await Promise.race([insert, timeout]);
        const fresh = new Set(inserted.map((row) => row.id));
        // The same id twice in one batch: the first delivery recorded it, the second is a duplicate.
        for (const pending of batch) {
          const recorded = fresh.delete(pending.message.messageId);
          pending.resolve(recorded);
        }
      } catch (error) {
        for (const pending of batch) pending.reject(error);
      } finally {
        clearTimeout(timer);
      }
    }
    flushing = false;
  };

  return {
    record(message) {
      if (queue.length >= maxWaiting)
        return Promise.reject(new LedgerQueueFullError(queue.length));
      return new Promise<boolean>((resolve, reject) => {
        queue.push({ message, resolve, reject });
        if (!flushing) void flush();
      });
    },
  };
}
