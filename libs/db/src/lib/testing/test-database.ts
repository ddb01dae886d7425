// For tests and tools: a throwaway database per test, so tests run in parallel and any order.
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

export interface TestDatabase {
  /** Connection URL of the new, empty database. */
  url: string;
  /** Disconnects everyone from the database and drops it; safe to call twice. */
  drop(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** Any database URL on the server to use; default TEST_DATABASE_URL or local postgres. */
  serverUrl?: string;
}

const LOCAL_SERVER_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Creates an empty database named atrevete_test_<random> on the test server. Tests only:
 * this is the one place of the lib that reads process.env (TEST_DATABASE_URL), so that every
 * test file finds the server the same way.
 */
export async function createTestDatabase(
  options: TestDatabaseOptions = {},
): Promise<TestDatabase> {
  const serverUrl =
    options.serverUrl ?? process.env['TEST_DATABASE_URL'] ?? LOCAL_SERVER_URL;
  const name = `atrevete_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(serverUrl, (sql) => sql`create database ${sql(name)}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let dropping: Promise<void> | undefined;
  return {
    url: url.toString(),
    drop: () =>
      (dropping ??= withAdmin(
        serverUrl,
        // WITH (FORCE) terminates the sessions still connected (Postgres 13+).
        (sql) => sql`drop database if exists ${sql(name)} with (force)`,
      )),
  };
}

async function withAdmin(
  serverUrl: string,
  run: (sql: postgres.Sql) => Promise<unknown>,
): Promise<void> {
  const sql = postgres(serverUrl, { max: 1, onnotice: () => undefined });
  try {
    await run(sql);
  } finally {
    await sql.end();
  }
}
