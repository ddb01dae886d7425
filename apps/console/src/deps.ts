// What the console's HTTP layer needs, as one object: real in main.ts (server.ts), the same in tests.
import type { Database } from '@atrevete/db';
import type { ComponentCheck, Logger } from '@atrevete/observability';
import type { Queue } from 'bullmq';
import type { AgendaEvents } from './live/agenda-events.js';

export interface ConsoleSettings {
  /** Where the staff open the console; https makes the cookie Secure. */
  publicUrl: string;
  sessionSecret: string;
  sessionHours: number;
  /** Chatwoot's address and account, for links to conversations (null: no links). */
  chatwoot: { baseUrl: string; accountId: number } | null;
  /** The built web app (index.html and assets); null: API only (tests of the API). */
  webRoot: string | null;
  /** Failed logins allowed per address and email in `windowMs`. */
  loginLimit: { attempts: number; windowMs: number };
}

export interface ConsoleDeps {
  settings: ConsoleSettings;
  logger: Logger;
  db: Database;
  /** Readiness: Postgres and Redis. */
  health: Record<string, ComponentCheck>;
  /** Changes to the agenda, as Postgres announces them (whoever made them). */
  agendaEvents: AgendaEvents;
  /** The BullMQ queues shown on /queues (owner only). */
  queues: Queue[];
  now: () => Date;
}
