// The console's app over a fresh migrated database with the demo salon, an owner and a staff member, for supertest.
import { randomUUID } from 'node:crypto';
import {
  createStaffAccount,
  seedDemoSalon,
  type StaffAccount,
} from '@atrevete/db';
import {
  createMigratedTestDatabase,
  type MigratedTestDatabase,
} from '@atrevete/db/testing';
import { createLogger } from '@atrevete/observability';
import {
  TURN_QUEUE,
  createQueue,
  createRedisConnection,
} from '@atrevete/queue';
import { CSRF_HEADER, type SessionInfo } from '@atrevete/console-api';
import type { Express } from 'express';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { createApp } from '../app.js';
import { hashPassword } from '../auth/passwords.js';
import type { ConsoleDeps, ConsoleSettings } from '../deps.js';
import {
  listenForAgendaChanges,
  type AgendaEvents,
} from '../live/agenda-events.js';

export const TEST_PASSWORD = 'contraseña-de-prueba';

export interface SignedIn {
  agent: TestAgent;
  session: SessionInfo;
  /** The headers a change needs: the CSRF token (the cookie travels with the agent). */
  csrf: Record<string, string>;
}

export interface ConsoleTestApp {
  app: Express;
  deps: ConsoleDeps;
  database: MigratedTestDatabase;
  owner: StaffAccount;
  staff: StaffAccount;
  signIn(account: StaffAccount): Promise<SignedIn>;
  close(): Promise<void>;
}

export interface ConsoleTestOptions {
  settings?: Partial<ConsoleSettings>;
  /** The console's clock (default: the real one). */
  now?: () => Date;
}

export async function createConsoleTestApp(
  options: ConsoleTestOptions = {},
): Promise<ConsoleTestApp> {
  const database = await createMigratedTestDatabase();
  const closers: (() => Promise<unknown>)[] = [() => database.drop()];
  const close = async () => {
    for (const closeOne of closers.reverse()) await closeOne();
  };
  try {
    await seedDemoSalon(database.db);
    const passwordHash = await hashPassword(TEST_PASSWORD);
    const account = async (
      email: string,
      name: string,
      role: 'owner' | 'staff',
    ) => {
      const created = await createStaffAccount(database.db, {
        email,
        name,
        role,
        passwordHash,
      });
      if (created.kind !== 'created')
        throw new Error(`could not create ${email}`);
      return created.account;
    };
    const owner = await account('duena@salon.test', 'Marta Dueña', 'owner');
    const staff = await account(
      'recepcion@salon.test',
      'Lucía Recepción',
      'staff',
    );

    const redis = createRedisConnection(
      process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
      'producer',
    );
    closers.push(async () => redis.disconnect());
    const queue = createQueue(
      TURN_QUEUE,
      redis,
      `test-console-${randomUUID()}`,
    );
    closers.push(() => queue.close());
    const agendaEvents: AgendaEvents = await listenForAgendaChanges(
      database.sql,
      createLogger({ name: 'console-test', level: 'silent' }),
    );
    closers.push(() => agendaEvents.close());

    const deps: ConsoleDeps = {
      settings: {
        publicUrl: 'http://127.0.0.1:8002',
        sessionSecret: 'test-console-session-secret-of-32-characters',
        sessionHours: 12,
        chatwoot: { baseUrl: 'https://chatwoot.salon.test', accountId: 1 },
        webRoot: null,
        loginLimit: { attempts: 10, windowMs: 15 * 60_000 },
        ...options.settings,
      },
      logger: createLogger({ name: 'console-test', level: 'silent' }),
      db: database.db,
      health: {
        postgres: async () => {
          await database.sql`select 1`;
        },
        redis: async () => {
          await redis.ping();
        },
      },
      agendaEvents,
      queues: [queue],
      now: options.now ?? (() => new Date()),
    };
    const app = createApp(deps);
    return {
      app,
      deps,
      database,
      owner,
      staff,
      signIn: async (who) => {
        const agent = request.agent(app);
        const response = await agent
          .post('/api/session/login')
          .send({ email: who.email, password: TEST_PASSWORD })
          .expect(200);
        const session = response.body as SessionInfo;
        return { agent, session, csrf: { [CSRF_HEADER]: session.csrfToken } };
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
