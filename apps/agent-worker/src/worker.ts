// Builds agent-worker's real dependencies (Postgres, Redis, checkpointer, graph, Chatwoot) and consumes turn jobs until closed.
import path from 'node:path';
import type { Worker } from 'bullmq';
import type { AgentWorkerConfig } from '@atrevete/config';
import { ChatwootClient } from '@atrevete/chatwoot';
import { RedisCheckpointSaver } from '@atrevete/checkpoint-redis';
import {
  createDatabase,
  listUnansweredMessages,
  markInboundAnswered,
  pingDatabase,
  recordInboundMessage,
  runMigrations,
} from '@atrevete/db';
import { buildConversationGraph, runTurn } from '@atrevete/graph';
import {
  createOpsHandler,
  createRegistry,
  createWorkerMetrics,
  startOpsServer,
  type Logger,
} from '@atrevete/observability';
import {
  TURN_QUEUE,
  createRedisConnection,
  createWorker,
} from '@atrevete/queue';
import { salonDirectoryOf } from './salon-directory.js';
import { processTurn, type TurnDeps } from './turn.js';

export interface RunningAgentWorker {
  healthPort: number;
  close(): Promise<void>;
}

export const BUNDLED_MIGRATIONS = path.join(__dirname, 'migrations');

export async function startAgentWorker(
  config: AgentWorkerConfig,
  logger: Logger,
  migrationsFolder = BUNDLED_MIGRATIONS,
): Promise<RunningAgentWorker> {
  await runMigrations(config.DATABASE_URL, migrationsFolder, logger);
  const database = createDatabase(config.DATABASE_URL);
  const redis = createRedisConnection(config.REDIS_URL, 'worker');
  redis.on('error', (error) =>
    logger.warn({ err: error }, 'redis connection error'),
  );

  const checkpointer = new RedisCheckpointSaver({
    client: redis,
    keyPrefix: config.QUEUE_PREFIX,
    ttlSeconds: Math.round(config.CHECKPOINT_TTL_DAYS * 24 * 3600),
  });
  const graph = buildConversationGraph({
    directory: salonDirectoryOf(database.db),
    checkpointer,
  });
  const registry = createRegistry('agent-worker');
  const metrics = createWorkerMetrics(registry);
  const chatwoot = new ChatwootClient({
    baseUrl: config.CHATWOOT_BASE_URL,
    apiToken: config.CHATWOOT_API_TOKEN,
  });

  const deps: TurnDeps = {
    ledger: {
      record: async (message) => {
        await recordInboundMessage(database.db, message);
      },
      unanswered: (conversationId) =>
        listUnansweredMessages(database.db, conversationId),
      markAnswered: (ids, turnId) =>
        markInboundAnswered(database.db, ids, turnId),
    },
    converse: (input) => runTurn(graph, input),
    chatwoot,
    logger,
    metrics,
    now: () => new Date(),
  };

  const worker: Worker = createWorker(
    TURN_QUEUE,
    (data) => processTurn(data, deps),
    redis,
    config.QUEUE_PREFIX,
    {
      concurrency: config.WORKER_CONCURRENCY,
    },
  );
  worker.on('error', (error) =>
    logger.error({ err: error }, 'turn worker error'),
  );
  worker.on('failed', (job, error) =>
    logger.warn(
      { err: error, jobId: job?.id, attempts: job?.attemptsMade },
      'turn failed',
    ),
  );

  const ops = await startOpsServer(
    config.HEALTH_PORT,
    createOpsHandler(
      {
        postgres: async () => {
          const ping = await pingDatabase(database.sql);
          if (!ping.ok) throw new Error(ping.error);
        },
        redis: async () => {
          await redis.ping();
        },
      },
      registry,
    ),
  );

  // Start consuming only once both stores answer (a migrated database was checked above).
  await redis.ping();
  void worker.run();
  logger.info(
    { healthPort: ops.port, concurrency: config.WORKER_CONCURRENCY },
    'agent-worker consuming turns',
  );

  let closing: Promise<void> | undefined;
  return {
    healthPort: ops.port,
    close: () =>
      (closing ??= (async () => {
        await worker.close();
        await ops.close();
        redis.disconnect();
        await database.close();
      })()),
  };
}
