// The retention job: at start-up and every hour, erases what customers wrote, and their names and phone numbers, from ledger rows answered more than RETENTION_DAYS ago.
import { type DbExecutor, eraseExpiredMessageData } from '@atrevete/db';
import type { Logger } from '@atrevete/observability';

const DAY_MS = 24 * 3600 * 1000;

// Retention is counted in days: a pass an hour keeps nothing more than an hour past it, and a
// pass with nothing to erase is one probe of inbound_messages_retention_idx.
const DEFAULT_INTERVAL_MS = 3600 * 1000;
// Rows per statement: each batch is its own short transaction (milliseconds, far inside the
// statement timeout), so a backlog of months never holds many rows locked at once.
const DEFAULT_BATCH_SIZE = 500;

export interface RetentionOptions {
  db: DbExecutor;
  retentionDays: number;
  logger: Logger;
  intervalMs?: number;
  batchSize?: number;
}

/** One pass: batch after batch until none is full (or `stopping()`); returns how many rows it erased. */
export async function eraseExpired(
  {
    db,
    retentionDays,
    logger,
    batchSize = DEFAULT_BATCH_SIZE,
  }: RetentionOptions,
  stopping: () => boolean = () => false,
): Promise<number> {
  const receivedBefore = new Date(Date.now() - retentionDays * DAY_MS);
  let total = 0;
  for (;;) {
    const erased = await eraseExpiredMessageData(db, {
      receivedBefore,
      limit: batchSize,
    });
    total += erased;
    if (erased < batchSize || stopping()) break;
  }
  if (total > 0)
    logger.info(
      { erased: total, retentionDays },
      'retention: erased the message data of old answered messages',
    );
  return total;
}

export interface Retention {
  /** Ends the pass in flight after its current batch; no new pass starts. */
  stop(): Promise<void>;
}

/** Runs a pass now and then `intervalMs` after each one ends; a failed pass (Postgres down) waits for the next. */
export function startRetention(options: RetentionOptions): Retention {
  const intervalMs = options.intervalMs ?? DEFAULT_INTERVAL_MS;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();
  const pass = () => {
    current = eraseExpired(options, () => stopped).then(
      () => undefined,
      (error: unknown) =>
        options.logger.warn(
          { err: error },
          'retention pass failed; trying again next interval',
        ),
    );
    void current.then(() => {
      if (!stopped) timer = setTimeout(pass, intervalMs);
    });
  };
  pass();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
