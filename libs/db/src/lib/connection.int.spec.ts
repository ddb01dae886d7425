import net from 'node:net';
import { createDatabase, pingDatabase } from './connection.js';
import {
  createTestDatabase,
  type TestDatabase,
} from './testing/test-database.js';

describe('createDatabase and pingDatabase', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database.drop();
  });

  it('reports a reachable database as ok', async () => {
    const handle = createDatabase(database.url);
    try {
      await expect(pingDatabase(handle.sql)).resolves.toMatchObject({
        ok: true,
      });
    } finally {
      await handle.close();
    }
  });

  it('reports an unreachable database as an error value within the timeout', async () => {
    // Port 1 on loopback refuses connections at once.
    const handle = createDatabase('postgres://postgres@127.0.0.1:1/none');
    try {
      const started = Date.now();
      const result = await pingDatabase(handle.sql, 500);
      expect(result).toEqual({
        ok: false,
        error: expect.stringContaining('ECONNREFUSED'),
      });
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      await handle.close();
    }
  });

  it('gives up on a server that never answers after the timeout', async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) =>
      silent.listen(0, '127.0.0.1', resolve),
    );
    const { port } = silent.address() as net.AddressInfo;
    const handle = createDatabase(`postgres://postgres@127.0.0.1:${port}/none`);
    try {
      const result = await pingDatabase(handle.sql, 300);
      expect(result).toEqual({ ok: false, error: 'no answer within 300 ms' });
    } finally {
      // close() would give the hanging query its 5 s of grace; the test does not wait.
      await handle.sql.end({ timeout: 0 });
      sockets.forEach((socket) => socket.destroy());
      silent.close();
    }
  });

  it('can be closed twice', async () => {
    const handle = createDatabase(database.url);
    await handle.sql`select 1`;

    await handle.close();
    await expect(handle.close()).resolves.toBeUndefined();
  });

  it('has Postgres cancel a statement that runs past the statement timeout, not a transaction of short ones', async () => {
    const handle = createDatabase(database.url, { statementTimeoutMs: 300 });
    try {
      await expect(handle.sql`select pg_sleep(2)`).rejects.toMatchObject({
        code: '57014',
        message: expect.stringMatching(/statement timeout/),
      });
      const slept = await handle.sql.begin(async (tx) => {
        for (let i = 0; i < 3; i++) await tx`select pg_sleep(0.2)`;
        return 'committed';
      });
      expect(slept).toBe('committed');
    } finally {
      await handle.close();
    }
  });

  it('gives statements 5 seconds unless told otherwise', async () => {
    const handle = createDatabase(database.url);
    try {
      const [{ statement_timeout }] = await handle.sql<
        [{ statement_timeout: string }]
      >`show statement_timeout`;
      expect(statement_timeout).toBe('5s');
    } finally {
      await handle.close();
    }
  });
});
