// agent-worker's adapters over Postgres and Redis: the ports a turn and the reply sender use, built once by the worker and used as they are by its integration tests.
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import * as store from '@atrevete/db';
import { runTurn, type ConversationGraph } from '@atrevete/graph';
import type { Logger } from '@atrevete/observability';
import {
  carriedEcho,
  forgetCarriedEcho,
  hasCarriedMessages,
  recordCarriedMessages,
} from '@atrevete/queue';
import type { TurnJob } from '@atrevete/schema';
import type { ReplyDeps } from './replies.js';
import type { TurnDeps } from './turn.js';

/** The inbound ledger in Postgres, and the messages that wait whole in Redis while Postgres was down. */
export function ledgerOf(
  db: store.DbExecutor,
  carried: { turnQueue: Queue<TurnJob>; redis: Redis },
  logger: Logger,
): TurnDeps['ledger'] {
  const record = async (message: Parameters<TurnDeps['ledger']['record']>[0]) =>
    void (await store.recordInboundMessage(db, message));
  return {
    record,
    recordCarried: async (key) => {
      const { invalid } = await recordCarriedMessages(
        carried.turnQueue,
        carried.redis,
        key,
        record,
      );
      if (invalid > 0)
        logger.warn(
          { ...key, invalid },
          'dropped carried messages that fail the schema',
        );
    },
  };
}

/** Turns claimed and committed in Postgres (libs/db repositories/turns.ts). */
export function turnsOf(
  { db, sql }: Pick<store.DatabaseHandle, 'db' | 'sql'>,
  carried: { turnQueue: Queue<TurnJob>; redis: Redis },
): TurnDeps['turns'] {
  return {
    claim: (key) =>
      store.claimTurn(sql, key, {
        carriedWaiting: () =>
          hasCarriedMessages(carried.turnQueue, carried.redis, key),
      }),
    commit: (commit) => store.commitTurn(db, commit),
    recordFailure: (turnId, attempt, error) =>
      store.recordTurnFailure(db, turnId, attempt, error),
  };
}

/** The conversation graph, one run per turn attempt. */
export function conversationOf(graph: ConversationGraph): TurnDeps['converse'] {
  return (input) => runTurn(graph, input);
}

/** The outbox in Postgres as the reply sender reads and marks it, and the echoes webhook-api kept in Redis. */
export function outboxOf(
  db: store.DbExecutor,
  carried: { redis: Redis; queuePrefix: string },
): ReplyDeps['outbox'] {
  return {
    pending: (key) => store.listPendingEffects(db, key),
    attempted: (id, opts) => store.markEffectAttempted(db, id, opts),
    sent: (id, messageId) => store.markEffectSent(db, id, messageId),
    failed: (id, error) => store.markEffectFailed(db, id, error),
    noteError: (id, error, landed) =>
      store.noteEffectError(db, id, error, landed),
    applyCarriedEcho: async (id) => {
      const echo = await carriedEcho(carried.redis, carried.queuePrefix, id);
      if (!echo) return false;
      await store.confirmEffectEcho(db, echo);
      await forgetCarriedEcho(carried.redis, carried.queuePrefix, id);
      return true;
    },
  };
}
