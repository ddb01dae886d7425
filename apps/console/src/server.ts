// Builds the console's real dependencies (Postgres, Redis, the queues, the change listener), migrates, and serves until closed.
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { clockOf, type ConsoleConfig } from '@atrevete/config';
import {
  createDatabase,
  pingDatabase,
  runMigrations,
  seedDemoSalon,
} from '@atrevete/db';
import type { Logger } from '@atrevete/observability';
import {
  REPLY_QUEUE,
  TURN_QUEUE,
  createQueue,
  createRedisConnection,
} from '@atrevete/queue';
import { createApp } from './app.js';
import { ensureFirstOwner } from './auth/first-owner.js';
import type { ConsoleDeps, ConsoleSettings } from './deps.js';
import { listenForAgendaChanges } from './live/agenda-events.js';

/**
 * The built app ships the migrations and the web app next to main.js; from the workspace
 * (`npm run dev:console`, tsx) the migrations are read from libs/db and Vite serves the web app.
 */
const bundled = (folder: string) => path.join(__dirname, folder);
export const BUNDLED_MIGRATIONS = existsSync(bundled('migrations'))
  ? bundled('migrations')
  : path.resolve('libs/db/migrations');
export const BUNDLED_WEB_ROOT = existsSync(bundled('public/index.html'))
  ? bundled('public')
  : null;

/** Outside production the sessions are keyed by this: never use it for real (config refuses it there). */
const DEVELOPMENT_SESSION_SECRET = 'development-only-console-session-secret';

export function consoleSettingsOf(config: ConsoleConfig): ConsoleSettings {
  return {
    publicUrl: config.CONSOLE_PUBLIC_URL,
    sessionSecret: config.CONSOLE_SESSION_SECRET ?? DEVELOPMENT_SESSION_SECRET,
    sessionHours: config.CONSOLE_SESSION_HOURS,
    chatwoot:
      config.CHATWOOT_BASE_URL && config.CHATWOOT_ACCOUNT_ID
        ? {
            baseUrl: config.CHATWOOT_BASE_URL,
            accountId: config.CHATWOOT_ACCOUNT_ID,
          }
        : null,
    webRoot: config.CONSOLE_WEB_ROOT ?? BUNDLED_WEB_ROOT,
    // Ten wrong passwords per quarter hour: plenty for a person, hopeless for a guesser.
    loginLimit: { attempts: 10, windowMs: 15 * 60_000 },
  };
}

export interface RunningConsole {
  url: string;
  close(): Promise<void>;
}

export async function startConsole(
  config: ConsoleConfig,
  logger: Logger,
  migrationsFolder = BUNDLED_MIGRATIONS,
): Promise<RunningConsole> {
  await runMigrations(config.DATABASE_URL, migrationsFolder, logger);
  const database = createDatabase(config.DATABASE_URL, {
    statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
  });
  if (config.SEED_DEMO_SALON) await seedDemoSalon(database.db);
  if (config.CONSOLE_OWNER_EMAIL && config.CONSOLE_OWNER_PASSWORD) {
    await ensureFirstOwner(
      database.db,
      {
        email: config.CONSOLE_OWNER_EMAIL,
        password: config.CONSOLE_OWNER_PASSWORD,
      },
      logger,
    );
  }
  const redis = createRedisConnection(config.REDIS_URL, 'producer');
  redis.on('error', (error) =>
    logger.warn({ err: error }, 'redis connection error'),
  );
  const queues = [TURN_QUEUE, REPLY_QUEUE].map((definition) =>
    createQueue(definition, redis, config.QUEUE_PREFIX),
  );
  for (const queue of queues)
    queue.on('error', (error) => logger.warn({ err: error }, 'queue error'));
  const agendaEvents = await listenForAgendaChanges(database.sql, logger);

  const deps: ConsoleDeps = {
    settings: consoleSettingsOf(config),
    logger,
    db: database.db,
    health: {
      postgres: async () => {
        const ping = await pingDatabase(database.sql);
        if (!ping.ok) throw new Error(ping.error);
      },
      redis: async () => {
        await redis.ping();
      },
    },
    agendaEvents,
    queues,
    now: clockOf(config),
  };
  const server: Server = createApp(deps).listen(config.CONSOLE_PORT);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  logger.info({ port }, 'console listening');
  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      (closing ??= (async () => {
        // Open event streams would hold the server open: they end with the agenda listener.
        await agendaEvents.close();
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await Promise.all(queues.map((queue) => queue.close()));
        redis.disconnect();
        await database.close();
      })()),
  };
}
