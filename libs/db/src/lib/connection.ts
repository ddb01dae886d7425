// Opens the app's Postgres pool (postgres.js under drizzle) and checks that it answers.
import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import type { PostgresJsQueryResultHKT } from 'drizzle-orm/postgres-js';
import postgres, { type Sql } from 'postgres';
import * as schema from './schema/index.js';

export type DbSchema = typeof schema;

/** The drizzle database of the app. */
export type Database = PostgresJsDatabase<DbSchema>;

/** What repositories accept: the database or a transaction on it (`db.transaction(tx => …)`). */
export type DbExecutor = PgDatabase<PostgresJsQueryResultHKT, DbSchema>;

export interface DatabaseOptions {
  /** Pool size; see DEFAULT_POOL_SIZE. */
  max?: number;
  /** Postgres cancels a statement of this pool that runs longer (0: never); see DEFAULT_STATEMENT_TIMEOUT_MS. */
  statementTimeoutMs?: number;
}

export interface DatabaseHandle {
  db: Database;
  sql: Sql;
  /** Closes the pool, letting running queries finish for a few seconds; safe to call twice. */
  close(): Promise<void>;
}

// A replica runs a handful of short queries at a time (record a message, read a turn's
// messages, book). Ten connections cover bursts, while two apps × several replicas stay
// well below Postgres's default max_connections of 100.
const DEFAULT_POOL_SIZE = 10;
// Idle connections are closed after 30 s so that quiet replicas give connections back.
const IDLE_TIMEOUT_SECONDS = 30;
// A Postgres that does not accept a connection within 10 s is treated as down.
const CONNECT_TIMEOUT_SECONDS = 10;
// How long close() lets running queries finish before cutting connections.
const CLOSE_TIMEOUT_SECONDS = 5;
// The default of the apps' DB_STATEMENT_TIMEOUT_MS (libs/config says why 5 s). Per statement, not
// per transaction: a booking's transaction of several short statements is not affected, and
// migrations run on their own connections (runMigrations) without it.
const DEFAULT_STATEMENT_TIMEOUT_MS = 5000;

export function createDatabase(
  url: string,
  options: DatabaseOptions = {},
): DatabaseHandle {
  const sql = postgres(url, {
    max: options.max ?? DEFAULT_POOL_SIZE,
    idle_timeout: IDLE_TIMEOUT_SECONDS,
    connect_timeout: CONNECT_TIMEOUT_SECONDS,
    connection: {
      statement_timeout:
        options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS,
    },
    // Notices ("relation already exists, skipping") are not errors and would only be noise.
    onnotice: () => undefined,
  });
  const db = drizzle(sql, { schema });
  let closing: Promise<void> | undefined;
  return {
    db,
    sql,
    close: () => (closing ??= sql.end({ timeout: CLOSE_TIMEOUT_SECONDS })),
  };
}

export type PingResult =
  | { ok: true; latencyMs: number }
  | { ok: false; error: string };

// Health checks must answer quickly even when Postgres hangs or is unreachable.
const DEFAULT_PING_TIMEOUT_MS = 1000;

/** Runs `select 1` for a readiness check. Never throws: a failure or timeout is a value. */
export async function pingDatabase(
  sql: Sql,
  timeoutMs = DEFAULT_PING_TIMEOUT_MS,
): Promise<PingResult> {
  const started = performance.now();
  const query = sql`select 1`;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    await Promise.race([query, timeout]);
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    // The abandoned query fails on its own at connect_timeout; it must not surface then as
    // an unhandled rejection. It is not cancelled: that would open one more connection to
    // a server that is not answering.
    query.catch(() => undefined);
    return { ok: false, error: describeError(error) };
  } finally {
    clearTimeout(timer);
  }
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) {
    return String(error);
  }
  // A refused connection can be an AggregateError with an empty message but a code.
  const code = (error as { code?: unknown }).code;
  return error.message || (typeof code === 'string' ? code : error.name);
}
