// Builds agent-worker's real dependencies (Postgres, Redis, checkpointer, graph, Chatwoot) and runs the turn and reply workers and the sweeper.
import path from 'node:path';
import type { Worker } from 'bullmq';
import { clockOf, type AgentWorkerConfig } from '@atrevete/config';
import { ChatwootClient } from '@atrevete/chatwoot';
import { RedisCheckpointSaver } from '@atrevete/checkpoint-redis';
import * as store from '@atrevete/db';
import { bookingDeskOf } from '@atrevete/booking';
import { buildConversationGraph } from '@atrevete/graph';
import {
  createOpsHandler,
  createRegistry,
  createWorkerMetrics,
  registerCollectedGauge,
  startOpsServer,
  type Logger,
} from '@atrevete/observability';
import {
  REPLY_QUEUE,
  TURN_QUEUE,
  createConversationLocks,
  createQueue,
  createRedisConnection,
  createWorker,
  enqueueReplies,
  enqueueTurn,
  listCarriedConversations,
} from '@atrevete/queue';
import type { ConversationKey } from '@atrevete/schema';
import { conversationOf, ledgerOf, outboxOf, turnsOf } from './adapters.js';
import { faultInjector } from './faults.js';
import { transcriberOf } from './transcriber.js';
import { understanderOf } from './understander.js';
import { sendPendingReplies, type ReplyDeps } from './replies.js';
import { startSalonDirectory } from './salon-directory.js';
import { startSweeper } from './sweeper.js';
import { startRetention } from './retention.js';
import { startAppointmentMessages } from './appointment-messages.js';
import { processTurn, type TurnDeps } from './turn.js';

export interface RunningAgentWorker {
  healthPort: number;
  close(): Promise<void>;
}

export const BUNDLED_MIGRATIONS = path.join(__dirname, 'migrations');

const keyName = (kind: string, key: ConversationKey) =>
  `${kind}:${key.accountId}:${key.conversationId}`;

export async function startAgentWorker(
  config: AgentWorkerConfig,
  logger: Logger,
  migrationsFolder = BUNDLED_MIGRATIONS,
): Promise<RunningAgentWorker> {
  await store.runMigrations(config.DATABASE_URL, migrationsFolder, logger);
  const database = store.createDatabase(config.DATABASE_URL, {
    statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
  });
  const { db } = database;
  // Workers block on their own duplicated connections; this one serves commands, locks and checkpoints.
  const redis = createRedisConnection(config.REDIS_URL, 'worker');
  redis.on('error', (error) =>
    logger.warn({ err: error }, 'redis connection error'),
  );
  const turnQueue = createQueue(TURN_QUEUE, redis, config.QUEUE_PREFIX, {
    attempts: config.TURN_JOB_ATTEMPTS,
    backoffMs: config.TURN_JOB_BACKOFF_MS,
  });
  const replyQueue = createQueue(REPLY_QUEUE, redis, config.QUEUE_PREFIX);
  const locks = createConversationLocks(
    redis,
    config.QUEUE_PREFIX,
    config.LOCK_TTL_MS,
  );
  const fault = faultInjector(config.FAULT_POINT);

  const checkpointer = new RedisCheckpointSaver({
    client: redis,
    keyPrefix: config.QUEUE_PREFIX,
    ttlSeconds: Math.round(config.CHECKPOINT_TTL_DAYS * 24 * 3600),
    keepCheckpoints: config.CHECKPOINT_KEEP,
  });
  // The bot's view of the catalogue and settings, dropped whenever the owner changes them.
  const directory = await startSalonDirectory({
    db,
    databaseUrl: config.DATABASE_URL,
    logger,
  });
  const graph = buildConversationGraph({
    directory,
    desk: bookingDeskOf(db),
    understander: understanderOf(config, logger),
    checkpointer,
    handoffSettleMs: config.HANDOFF_SETTLE_MS,
  });
  const now = clockOf(config);
  const registry = createRegistry('agent-worker');
  const metrics = createWorkerMetrics(registry);
  const chatwoot = new ChatwootClient({
    baseUrl: config.CHATWOOT_BASE_URL,
    apiToken: config.CHATWOOT_API_TOKEN,
  });
  const sendReplies = (key: ConversationKey) => enqueueReplies(replyQueue, key);
  // A killed worker's job stays active until BullMQ sees it stalled (lock gone, then one more
  // check); a job re-queued meanwhile only waits behind it (keepLastIfActive). Without this
  // BullMQ's 30 s defaults, not LOCK_TTL_MS, would decide how long a crash holds up a conversation.
  const jobOptions = {
    concurrency: config.WORKER_CONCURRENCY,
    lockDuration: config.LOCK_TTL_MS,
    stalledInterval: config.LOCK_TTL_MS,
  };

  const turnDeps: TurnDeps = {
    ledger: ledgerOf(db, { turnQueue, redis }, logger),
    turns: turnsOf(database, { turnQueue, redis }),
    converse: conversationOf(graph),
    transcriber: transcriberOf(config, logger),
    returnedToBot: (key) => store.isReturnedToBot(db, key),
    lockConversation: (key) => locks.acquire(keyName('turn', key)),
    sendReplies,
    limits: {
      maxFailures: config.TURN_MAX_FAILURES,
      maxAttempts: config.TURN_MAX_ATTEMPTS,
    },
    fault,
    logger,
    metrics,
    now,
  };
  const replyDeps: ReplyDeps = {
    outbox: outboxOf(db, { redis, queuePrefix: config.QUEUE_PREFIX }),
    chatwoot,
    lockReplies: (key) => locks.acquire(keyName('reply', key)),
    echoWaitMs: config.ECHO_WAIT_MS,
    fault,
    logger,
    metrics,
  };
  const turnWorker = createWorker(
    TURN_QUEUE,
    (data) => processTurn(data, turnDeps),
    redis,
    config.QUEUE_PREFIX,
    jobOptions,
  );

  const replyWorker = createWorker(
    REPLY_QUEUE,
    (key) => sendPendingReplies(key, replyDeps),
    redis,
    config.QUEUE_PREFIX,
    jobOptions,
  );

  const workers: Worker[] = [turnWorker, replyWorker];
  for (const worker of workers) {
    worker.on('error', (error) =>
      logger.error({ err: error, queue: worker.name }, 'worker error'),
    );
    worker.on('failed', (job, error) =>
      logger.warn(
        {
          err: error,
          queue: worker.name,
          jobId: job?.id,
          attempts: job?.attemptsMade,
        },
        'job failed',
      ),
    );
  }

  registerCollectedGauge(
    registry,
    'atrevete_queue_jobs',
    'Jobs per queue and state',
    ['queue', 'state'],
    async () => {
      const rows: Array<{ labels: Record<string, string>; value: number }> = [];
      for (const queue of [turnQueue, replyQueue]) {
        const counts = await queue.getJobCounts(
          'waiting',
          'delayed',
          'active',
          'failed',
        );
        for (const [state, value] of Object.entries(counts))
          rows.push({ labels: { queue: queue.name, state }, value });
      }
      return rows;
    },
  );

  const ops = await startOpsServer(
    config.HEALTH_PORT,
    createOpsHandler(
      {
        postgres: async () => {
          const ping = await store.pingDatabase(database.sql);
          if (!ping.ok) throw new Error(ping.error);
        },
        redis: async () => {
          await redis.ping();
        },
      },
      registry,
    ),
  );

  // Start consuming only once both stores answer (the database answered the migrations above).
  await redis.ping();
  for (const worker of workers) void worker.run();
  const sweeper = startSweeper(
    {
      staleConversations: (olderThan) =>
        store.listConversationsWithStaleMessages(db, olderThan, 500),
      staleReplies: (olderThan) =>
        store.listConversationsWithStaleEffects(db, olderThan, 500),
      carriedConversations: (graceMs) =>
        listCarriedConversations(turnQueue, redis, graceMs, 500),
      enqueueTurn: async (key) => {
        await enqueueTurn(turnQueue, key, 0);
        metrics.sweeps.inc({ kind: 'turn' });
      },
      enqueueReplies: async (key) => {
        await sendReplies(key);
        metrics.sweeps.inc({ kind: 'reply' });
      },
      logger,
      now: () => new Date(),
    },
    config.SWEEP_INTERVAL_MS,
    config.SWEEP_GRACE_MS,
  );
  const retention = startRetention({
    db,
    retentionDays: config.RETENTION_DAYS,
    logger,
  });
  const appointmentMessages =
    config.APPOINTMENT_MESSAGES_INTERVAL_MS > 0
      ? startAppointmentMessages(
          {
            db,
            now,
            inbox:
              config.CHATWOOT_ACCOUNT_ID && config.CHATWOOT_INBOX_ID
                ? {
                    accountId: config.CHATWOOT_ACCOUNT_ID,
                    inboxId: config.CHATWOOT_INBOX_ID,
                  }
                : null,
            enqueueReplies: sendReplies,
            fault,
            logger,
            metrics,
          },
          config.APPOINTMENT_MESSAGES_INTERVAL_MS,
        )
      : null;
  logger.info(
    { healthPort: ops.port, concurrency: config.WORKER_CONCURRENCY },
    'agent-worker consuming turns',
  );

  let closing: Promise<void> | undefined;
  return {
    healthPort: ops.port,
    close: () =>
      (closing ??= (async () => {
        await Promise.all([
          sweeper.stop(),
          retention.stop(),
          appointmentMessages?.stop(),
        ]);
        // Finish the jobs in flight, take no new ones.
        await Promise.all(workers.map((worker) => worker.close()));
        await Promise.all([turnQueue.close(), replyQueue.close()]);
        await ops.close();
        redis.disconnect();
        await directory.close();
        await database.close();
      })()),
  };
}
