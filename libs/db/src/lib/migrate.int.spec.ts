import { readFileSync } from 'node:fs';
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
  'appointment_services',
  'appointments',
  'blocking_events',
  'customers',
  'holidays',
  'inbound_messages',
  'opening_hours',
  'outbox',
  'salon_settings',
  'services',
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
});
