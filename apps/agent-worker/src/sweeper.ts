// The sweeper: at start-up and every interval, re-queues what Redis lost or never got (unanswered messages, unsent replies) and what waited in Redis through a Postgres outage (carried messages).
import type { Logger } from '@atrevete/observability';
import type { ConversationKey } from '@atrevete/schema';

export interface SweepDeps {
  /** Conversations with ledger messages unanswered since before `olderThan` (Postgres). */
  staleConversations(olderThan: Date): Promise<ConversationKey[]>;
  /** Conversations with outbox rows unsent since before `olderThan` (Postgres). */
  staleReplies(olderThan: Date): Promise<ConversationKey[]>;
  /** Conversations whose messages have waited whole in Redis for longer than `graceMs` (Redis only). */
  carriedConversations(graceMs: number): Promise<ConversationKey[]>;
  enqueueTurn(key: ConversationKey): Promise<void>;
  enqueueReplies(key: ConversationKey): Promise<void>;
  logger: Logger;
  now: () => Date;
}

/**
 * What the sweeper looks at: the ledger and the outbox in Postgres, the carried messages in Redis.
 * Each is swept on its own schedule, so a store that is down or hangs never holds up the others:
 * the carried messages are exactly what must be re-queued while Postgres is away.
 */
export const SWEEP_PARTS = ['ledger', 'outbox', 'carried'] as const;
export type SweepPart = (typeof SWEEP_PARTS)[number];

/**
 * One pass over one part; returns how many conversations it re-queued. Enqueueing is deduplicated
 * per conversation, so a sweep that races a live turn, or several replicas sweeping at once,
 * queue nothing twice.
 */
async function sweepPart(
  part: SweepPart,
  deps: SweepDeps,
  graceMs: number,
): Promise<number> {
  const olderThan = new Date(deps.now().getTime() - graceMs);
  const due = {
    ledger: () => deps.staleConversations(olderThan),
    outbox: () => deps.staleReplies(olderThan),
    carried: () => deps.carriedConversations(graceMs),
  }[part];
  const enqueue = part === 'outbox' ? deps.enqueueReplies : deps.enqueueTurn;
  const keys = await due();
  for (const key of keys) await enqueue(key);
  if (keys.length > 0)
    deps.logger.info({ part, count: keys.length }, 'sweeper re-queued work');
  return keys.length;
}

export interface Sweeper {
  stop(): Promise<void>;
}

/** Sweeps each part now and then `intervalMs` after each of its passes ends; a failed pass waits for the next. */
export function startSweeper(
  deps: SweepDeps,
  intervalMs: number,
  graceMs: number,
): Sweeper {
  let stopped = false;
  const timers = new Set<NodeJS.Timeout>();
  const running = new Map<SweepPart, Promise<void>>();
  const pass = (part: SweepPart) => {
    const current = sweepPart(part, deps, graceMs).then(
      () => undefined,
      (error: unknown) =>
        deps.logger.warn(
          { err: error, part },
          'sweep failed; trying again next interval',
        ),
    );
    running.set(part, current);
    void current.then(() => {
      if (stopped) return;
      const timer = setTimeout(() => {
        timers.delete(timer);
        pass(part);
      }, intervalMs);
      timers.add(timer);
    });
  };
  for (const part of SWEEP_PARTS) pass(part);
  return {
    async stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      await Promise.all(running.values());
    },
  };
}
