// Builds webhook-api's real dependencies (Postgres, Redis, queue), runs migrations and serves until closed.
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { WebhookApiConfig } from '@atrevete/config';
import {
  createDatabase,
  pingDatabase,
  createInboundRecorder,
  runMigrations,
  seedDemoSalon,
} from '@atrevete/db';
import {
  createRegistry,
  createWebhookMetrics,
  type Logger,
} from '@atrevete/observability';
import {
  TURN_QUEUE,
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
  const database = createDatabase(config.DATABASE_URL);
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
  const turnQueue = createQueue(TURN_QUEUE, redis, config.QUEUE_PREFIX);
  turnQueue.on('error', (error) =>
    logger.warn({ err: error }, 'turn queue error'),
  );

  const ledger = createInboundRecorder(database.db, config.LEDGER_TIMEOUT_MS);
  const registry = createRegistry('webhook-api');
  const value: WebhookApiDeps = {
    config,
    logger,
    registry,
    metrics: createWebhookMetrics(registry),
    ledger: {
      record: (message) => ledger.record(message),
    },
    turns: {
      enqueue: (key) => enqueueTurn(turnQueue, key, config.TURN_DEBOUNCE_MS),
      carry: (message) =>
        enqueueCarriedMessage(
          turnQueue,
          redis,
          message,
          config.TURN_DEBOUNCE_MS,
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
  close(): Promise<void>;
}

export async function startWebhookApi(
  config: WebhookApiConfig,
  logger: Logger,
): Promise<RunningWebhookApi> {
  const deps = await buildWebhookApiDeps(config, logger);
  const server: Server = createApp(deps.value).listen(config.PORT);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  logger.info({ port }, 'webhook-api listening');

  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      (closing ??= (async () => {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await deps.close();
      })()),
  };
}
