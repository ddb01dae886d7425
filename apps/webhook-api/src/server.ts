// Builds webhook-api's real dependencies (Postgres, Redis, queue), runs migrations and serves the webhook and, on its own port, /metrics until closed.
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { WebhookApiConfig } from '@atrevete/config';
import {
  confirmEffectEcho,
  createDatabase,
  pingDatabase,
  recordReturnToBot,
  createInboundRecorder,
  runMigrations,
  seedDemoSalon,
} from '@atrevete/db';
import {
  createMetricsHandler,
  createRegistry,
  createWebhookMetrics,
  startOpsServer,
  type Logger,
} from '@atrevete/observability';
import {
  TURN_QUEUE,
  assertRedisReady,
  carryEcho,
  createQueue,
  enqueueCarriedMessage,
  enqueueTurn,
  createRedisConnection,
} from '@atrevete/queue';
import { createApp } from './app.js';
import type { WebhookApiDeps } from './deps.js';

export interface Closeable<T> {
  value: T;
  close(): Promise<void>;
}

/** The built app ships the migrations next to main.js. */
export const BUNDLED_MIGRATIONS = path.join(__dirname, 'migrations');

/** Connects to Postgres and Redis (migrating and, if asked, seeding first) and returns the app's ports over them. */
export async function buildWebhookApiDeps(
  config: WebhookApiConfig,
  logger: Logger,
  migrationsFolder = BUNDLED_MIGRATIONS,
): Promise<Closeable<WebhookApiDeps>> {
  await runMigrations(config.DATABASE_URL, migrationsFolder, logger);
  const database = createDatabase(config.DATABASE_URL, {
    statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
  });
  if (config.SEED_DEMO_SALON) {
    const { seeded } = await seedDemoSalon(database.db);
    logger.info(
      { seeded },
      seeded ? 'demo salon seeded' : 'salon already set up; seed skipped',
    );
  }
  const redis = createRedisConnection(config.REDIS_URL, 'producer');
  redis.on('error', (error) =>
    logger.warn({ err: error }, 'redis connection error'),
  );
  // The turn jobs are added here (or by the sweeper), so this queue's budget is the one they get.
  const turnQueue = createQueue(TURN_QUEUE, redis, config.QUEUE_PREFIX, {
    attempts: config.TURN_JOB_ATTEMPTS,
    backoffMs: config.TURN_JOB_BACKOFF_MS,
  });
  turnQueue.on('error', (error) =>
    logger.warn({ err: error }, 'turn queue error'),
  );

  const ledger = createInboundRecorder(database.db, {
    timeoutMs: config.LEDGER_TIMEOUT_MS,
  });
  const registry = createRegistry('webhook-api');
  const value: WebhookApiDeps = {
    config,
    logger,
    registry,
    metrics: createWebhookMetrics(registry),
    ledger: {
      record: (message) => ledger.record(message),
    },
    // Redis answers at once or not at all: disconnected, these fail now (see assertRedisReady);
    // connected but slow, each command gives up at the producer preset's commandTimeout.
    turns: {
      enqueue: async (key) => {
        assertRedisReady(redis);
        await enqueueTurn(turnQueue, key, config.TURN_DEBOUNCE_MS);
      },
      carry: async (message) => {
        assertRedisReady(redis);
        await enqueueCarriedMessage(
          turnQueue,
          redis,
          message,
          config.TURN_DEBOUNCE_MS,
        );
      },
    },
    outbox: {
      // Bounded like the ledger: an echo is answered well within Chatwoot's 5 s whatever Postgres does.
      confirmEcho: (echo) =>
        bounded(
          confirmEffectEcho(database.db, echo),
          config.LEDGER_TIMEOUT_MS,
          'the outbox',
        ),
      carryEcho: async (echo) => {
        assertRedisReady(redis);
        await carryEcho(redis, config.QUEUE_PREFIX, echo);
      },
    },
    handoffs: {
      returnToBot: (key) =>
        bounded(
          recordReturnToBot(database.db, key),
          config.LEDGER_TIMEOUT_MS,
          'the hand-offs',
        ),
    },
    health: {
      postgres: async () => {
        const ping = await pingDatabase(database.sql);
        if (!ping.ok) throw new Error(ping.error);
      },
      redis: async () => {
        await redis.ping();
      },
    },
    now: Date.now,
  };
  return {
    value,
    close: async () => {
      await turnQueue.close();
      redis.disconnect();
      await database.close();
    },
  };
}

export interface RunningWebhookApi {
  url: string;
  /** Where /metrics is served: METRICS_PORT, never the public webhook port. */
  metricsUrl: string;
  close(): Promise<void>;
}

export async function startWebhookApi(
  config: WebhookApiConfig,
  logger: Logger,
  migrationsFolder = BUNDLED_MIGRATIONS,
): Promise<RunningWebhookApi> {
  const deps = await buildWebhookApiDeps(config, logger, migrationsFolder);
  const server: Server = createApp(deps.value).listen(config.PORT);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const metrics = await startOpsServer(
    config.METRICS_PORT,
    createMetricsHandler(deps.value.registry),
  );
  logger.info({ port, metricsPort: metrics.port }, 'webhook-api listening');

  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    metricsUrl: `http://127.0.0.1:${metrics.port}/metrics`,
    close: () =>
      (closing ??= (async () => {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await metrics.close();
        await deps.close();
      })()),
  };
}

/** Rejects once `ms` have passed; the query runs on until Postgres's statement timeout ends it. */
function bounded<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} did not answer within ${ms} ms`)),
      ms,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
