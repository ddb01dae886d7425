import postgres from 'postgres';
import { createTestDatabase } from './test-database.js';

describe('createTestDatabase', () => {
  const admin = postgres(
    process.env['TEST_DATABASE_URL'] ??
      'postgres://postgres@127.0.0.1:5432/postgres',
    { max: 1 },
  );

  afterAll(async () => {
    await admin.end();
  });

  async function exists(url: string): Promise<boolean> {
    const name = new URL(url).pathname.slice(1);
    const rows = await admin`select 1 from pg_database where datname = ${name}`;
    return rows.length === 1;
  }

  it('creates a uniquely named empty database and drops it even while connected', async () => {
    const [one, two] = await Promise.all([
      createTestDatabase(),
      createTestDatabase(),
    ]);
    expect(one.url).toMatch(/\/atrevete_test_[0-9a-f]{12}$/);
    expect(one.url).not.toBe(two.url);

    const client = postgres(one.url, { max: 1 });
    await client`select 1`;
    await one.drop();
    await two.drop();
    await two.drop();
    await client.end({ timeout: 0 }).catch(() => undefined);

    expect(await exists(one.url)).toBe(false);
    expect(await exists(two.url)).toBe(false);
  });
});
