// Applies the SQL migrations at start-up, once, however many replicas start at the same time.
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres, { type Sql } from 'postgres';

/** The subset of a pino (or console) logger that runMigrations uses. */
export interface MigrationLogger {
  info(details: Record<string, unknown>, message: string): void;
  warn?(details: Record<string, unknown>, message: string): void;
}

export interface MigrationOptions {
  /**
   * How long to keep trying while Postgres cannot be reached (starting, restarting, a network
   * blip) before giving up; a replica restarted during an outage waits it out instead of exiting.
   */
  waitForDatabaseMs?: number;
}

// Errors that say "Postgres is not there right now", not "this migration is wrong".
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  '57P01', // admin_shutdown
  '57P03', // cannot_connect_now: starting up or shutting down
  '08001',
  '08006',
]);

/**
 * True when the error, or one it wraps (drizzle's DrizzleQueryError keeps the driver's error as
 * its `cause`), says that Postgres cannot be reached.
 */
export function isDatabaseUnreachable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const { code, cause } = current as { code?: unknown; cause?: unknown };
    if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) {
      return true;
    }
    current = cause;
  }
  return false;
}

export interface MigrationResult {
  /** How many migrations this call applied (0 when the schema was already up to date). */
  applied: number;
}

// Every replica takes this session-level advisory lock before migrating: the first one
// migrates, the others wait and then find nothing left to do. hashtext() turns the name
// into the lock's integer key, so the key explains itself in pg_locks.
export const MIGRATION_LOCK_NAME = 'atrevete:migrations';

// drizzle's bookkeeping table (its defaults), read to report how many migrations ran.
const MIGRATIONS_TABLE = 'drizzle.__drizzle_migrations';

/**
 * Runs every migration of `migrationsFolder` (drizzle-kit output, with meta/_journal.json)
 * that the database has not applied yet. Safe to call concurrently and repeatedly. Opens
 * and closes its own connections.
 */
export async function runMigrations(
  databaseUrl: string,
  migrationsFolder: string,
  logger?: MigrationLogger,
  { waitForDatabaseMs = 60_000 }: MigrationOptions = {},
): Promise<MigrationResult> {
  const deadline = Date.now() + waitForDatabaseMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await migrateOnce(databaseUrl, migrationsFolder, logger);
    } catch (error) {
      // drizzle runs the pending migrations in one transaction: a cut connection applied none.
      const delayMs = Math.min(250 * 2 ** (attempt - 1), 2000);
      if (!isDatabaseUnreachable(error) || Date.now() + delayMs > deadline) {
        throw error;
      }
      (logger?.warn ?? logger?.info)?.call(
        logger,
        { err: error, attempt, retryInMs: delayMs },
        'database unreachable; retrying the migrations',
      );
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}

async function migrateOnce(
  databaseUrl: string,
  migrationsFolder: string,
  logger?: MigrationLogger,
): Promise<MigrationResult> {
  // Two connections: one holds the lock for the whole run, the other runs the migrations.
  const sql = postgres(databaseUrl, { max: 2, onnotice: () => undefined });
  try {
    const lock = await sql.reserve();
    try {
      const [{ locked }] = await lock<[{ locked: boolean }]>`
        select pg_try_advisory_lock(hashtext(${MIGRATION_LOCK_NAME})) as locked`;
      if (!locked) {
        logger?.info(
          { lock: MIGRATION_LOCK_NAME },
          'another instance is migrating the database; waiting for it',
        );
        await lock`select pg_advisory_lock(hashtext(${MIGRATION_LOCK_NAME}))`;
      }
      const started = Date.now();
      const before = await countApplied(sql);
      await migrate(drizzle(sql), { migrationsFolder });
      const applied = (await countApplied(sql)) - before;
      logger?.info(
        { applied, durationMs: Date.now() - started, migrationsFolder },
        applied > 0 ? 'database migrated' : 'database schema up to date',
      );
      return { applied };
    } finally {
      // Ending the session below releases the lock anyway; unlocking first lets a waiting
      // replica go on without waiting for the connection to close.
      await lock`select pg_advisory_unlock(hashtext(${MIGRATION_LOCK_NAME}))`.catch(
        () => undefined,
      );
      lock.release();
    }
  } finally {
    // Give a query still running after an error a moment to finish before cutting it.
    await sql.end({ timeout: 5 });
  }
}

async function countApplied(sql: Sql): Promise<number> {
  const [{ present }] = await sql<[{ present: boolean }]>`
    select to_regclass(${MIGRATIONS_TABLE}) is not null as present`;
  if (!present) {
    return 0;
  }
  const [{ count }] = await sql<[{ count: number }]>`
    select count(*)::int as count from drizzle.__drizzle_migrations`;
  return count;
}
