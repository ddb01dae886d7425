import { readFileSync } from 'node:fs';
import { once } from 'node:events';
import { connect, createServer, type Server, type Socket } from 'node:net';
import path from 'node:path';
import postgres from 'postgres';
import { DEFAULT_MIGRATIONS_FOLDER } from '../testing.js';
import {
  MIGRATION_LOCK_NAME,
  runMigrations,
  type MigrationLogger,
} from './migrate.js';
import {
  createTestDatabase,
  type TestDatabase,
} from './testing/test-database.js';

const journal = JSON.parse(
  readFileSync(
    path.join(DEFAULT_MIGRATIONS_FOLDER, 'meta/_journal.json'),
    'utf8',
  ),
) as { entries: unknown[] };
const MIGRATION_COUNT = journal.entries.length;
const TABLES = [
  'appointment_messages',
  'appointment_services',
  'appointments',
  'audit_log',
  'blocking_events',
  'calendar_feeds',
  'customer_notes',
  'customers',
  'handoffs',
  'holidays',
  'inbound_messages',
  'opening_hours',
  'outbox',
  'salon_answers',
  'salon_settings',
  'service_stylists',
  'services',
  'staff_accounts',
  'staff_sessions',
  'stylists',
  'turns',
];

describe('runMigrations', () => {
  let database: TestDatabase;
  let sql: postgres.Sql;

  beforeEach(async () => {
    database = await createTestDatabase();
    sql = postgres(database.url, { max: 1, onnotice: () => undefined });
  });

  afterEach(async () => {
    await sql.end();
    await database.drop();
  });

  async function appliedCount(): Promise<number> {
    const [{ count }] = await sql<[{ count: number }]>`
      select count(*)::int as count from drizzle.__drizzle_migrations`;
    return count;
  }

  it('creates the schema on a fresh database, and a second run applies nothing', async () => {
    const first = await runMigrations(database.url, DEFAULT_MIGRATIONS_FOLDER);
    const second = await runMigrations(database.url, DEFAULT_MIGRATIONS_FOLDER);

    expect(first.applied).toBe(MIGRATION_COUNT);
    expect(second.applied).toBe(0);
    expect(await appliedCount()).toBe(MIGRATION_COUNT);
    const tables = await sql<{ tablename: string }[]>`
      select tablename from pg_tables where schemaname = 'public' order by tablename`;
    expect(tables.map((t) => t.tablename)).toEqual(TABLES);
  });

  it('installs btree_gist and the no-overlap exclusion constraint on appointments', async () => {
    await runMigrations(database.url, DEFAULT_MIGRATIONS_FOLDER);

    const extensions = await sql`
      select 1 from pg_extension where extname = 'btree_gist'`;
    expect(extensions).toHaveLength(1);
    const exclusions = await sql`
      select conname, condeferrable, condeferred from pg_constraint where contype = 'x'`;
    expect(exclusions).toEqual([
      {
        conname: 'appointments_no_overlap',
        condeferrable: true,
        condeferred: false,
      },
    ]);
  });

  it('lets three replicas start at once: one migrates, the others find it done', async () => {
    // allSettled: every run ends before the database is dropped, whatever happens.
    const results = await Promise.allSettled(
      [1, 2, 3].map(() =>
        runMigrations(database.url, DEFAULT_MIGRATIONS_FOLDER),
      ),
    );

    const applied = results.map((r) =>
      r.status === 'fulfilled' ? r.value.applied : String(r.reason),
    );
    expect(applied.sort()).toEqual([0, 0, MIGRATION_COUNT]);
    expect(await appliedCount()).toBe(MIGRATION_COUNT);
  });

  it('waits while another instance holds the migration lock', async () => {
    await sql`select pg_advisory_lock(hashtext(${MIGRATION_LOCK_NAME}))`;
    const messages: string[] = [];
    const logger: MigrationLogger = {
      info: (_details, message) => messages.push(message),
    };
    let finished = false;
    const run = runMigrations(
      database.url,
      DEFAULT_MIGRATIONS_FOLDER,
      logger,
    ).then((result) => {
      finished = true;
      return result;
    });

    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(finished).toBe(false);
    expect(messages).toEqual([
      'another instance is migrating the database; waiting for it',
    ]);

    await sql`select pg_advisory_unlock(hashtext(${MIGRATION_LOCK_NAME}))`;
    await expect(run).resolves.toEqual({ applied: MIGRATION_COUNT });
    expect(messages).toContain('database migrated');
  });

  it('releases the lock and its connections when a migration fails', async () => {
    await expect(
      runMigrations(database.url, path.join(DEFAULT_MIGRATIONS_FOLDER, 'nope')),
    ).rejects.toThrow(/_journal\.json/);

    const [{ locked }] = await sql<[{ locked: boolean }]>`
      select pg_try_advisory_lock(hashtext(${MIGRATION_LOCK_NAME})) as locked`;
    expect(locked).toBe(true);
    const others = await sql`
      select 1 from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid()`;
    expect(others).toHaveLength(0);
  });

  describe('while Postgres cannot be reached', () => {
    let proxy: Server;
    let reachable = false;
    let resets = 0;
    // When set, the first client bytes that contain it cut the connection (a Postgres restart
    // in the middle of the migrations) and Postgres stays unreachable for a moment.
    let cutOn: string | undefined;
    const sockets = new Set<Socket>();

    beforeEach(async () => {
      reachable = false;
      resets = 0;
      cutOn = undefined;
      const target = new URL(database.url);
      proxy = createServer((client) => {
        client.on('error', () => undefined);
        sockets.add(client);
        if (!reachable) {
          resets += 1;
          client.resetAndDestroy();
          return;
        }
        const upstream = connect(Number(target.port || 5432), target.hostname);
        sockets.add(upstream);
        upstream.on('error', () => client.destroy());
        client.on('data', (chunk: Buffer) => {
          if (cutOn !== undefined && chunk.includes(cutOn)) {
            cutOn = undefined;
            reachable = false;
            setTimeout(() => (reachable = true), 700);
            client.resetAndDestroy();
            upstream.destroy();
            return;
          }
          upstream.write(chunk);
        });
        upstream.pipe(client);
      });
      proxy.listen(0, '127.0.0.1');
      await once(proxy, 'listening');
    });

    afterEach(async () => {
      for (const socket of sockets) socket.destroy();
      proxy.close();
    });

    const viaProxy = () => {
      const url = new URL(database.url);
      url.hostname = '127.0.0.1';
      url.port = String((proxy.address() as { port: number }).port);
      return url.toString();
    };

    it('keeps retrying and migrates once it is back', async () => {
      const warnings: string[] = [];
      const logger: MigrationLogger = {
        info: () => undefined,
        warn: (_details, message) => warnings.push(message),
      };
      const run = runMigrations(viaProxy(), DEFAULT_MIGRATIONS_FOLDER, logger);
      await new Promise((resolve) => setTimeout(resolve, 1200));
      reachable = true;

      await expect(run).resolves.toEqual({ applied: MIGRATION_COUNT });
      expect(resets).toBeGreaterThan(1);
      expect(warnings[0]).toBe('database unreachable; retrying the migrations');
      expect(await appliedCount()).toBe(MIGRATION_COUNT);
    });

    it('starts again when the connection is cut in the middle of the migrations', async () => {
      // drizzle wraps the driver's error (DrizzleQueryError, the reset in its cause).
      reachable = true;
      cutOn = 'CREATE TABLE IF NOT EXISTS "drizzle"';
      const warnings: string[] = [];
      const logger: MigrationLogger = {
        info: () => undefined,
        warn: (_details, message) => warnings.push(message),
      };

      await expect(
        runMigrations(viaProxy(), DEFAULT_MIGRATIONS_FOLDER, logger),
      ).resolves.toEqual({ applied: MIGRATION_COUNT });
      expect(cutOn).toBeUndefined();
      expect(warnings[0]).toBe('database unreachable; retrying the migrations');
      expect(await appliedCount()).toBe(MIGRATION_COUNT);
    });

    it('gives up with the connection error after waitForDatabaseMs', async () => {
      const started = Date.now();
      await expect(
        runMigrations(viaProxy(), DEFAULT_MIGRATIONS_FOLDER, undefined, {
          waitForDatabaseMs: 600,
        }),
      ).rejects.toMatchObject({ code: 'ECONNRESET' });
      expect(Date.now() - started).toBeLessThan(3000);
      expect(resets).toBeGreaterThan(1);
    });
  });
});
