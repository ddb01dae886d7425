// The bot never quotes what the console no longer shows: a change announced by Postgres drops the shared reads at once, and nothing is shared while nobody listens.
import { seedDemoSalon } from '@atrevete/db';
import {
  createMigratedTestDatabase,
  type MigratedTestDatabase,
} from '@atrevete/db/testing';
import { createLogger } from '@atrevete/observability';
import {
  startSalonDirectory,
  type DirectoryEvent,
  type LiveSalonDirectory,
} from './salon-directory.js';

const logger = createLogger({ name: 'directory-test', level: 'silent' });
/** Far longer than any test: whatever changes a read here, the TTL did not. */
const LONG_TTL_MS = 10 * 60_000;

describe('the salon directory', () => {
  let database: MigratedTestDatabase;
  let directory: LiveSalonDirectory;

  beforeEach(async () => {
    database = await createMigratedTestDatabase();
    await seedDemoSalon(database.db);
  });
  afterEach(async () => {
    await directory?.close();
    await database.drop();
  });

  const start = (relistenDelayMs = 50) =>
    startSalonDirectory({
      db: database.db,
      databaseUrl: database.url,
      logger,
      ttlMs: LONG_TTL_MS,
      relistenDelayMs,
    });

  /** Resolves at the directory's next event of `kind`. */
  function next(kind: DirectoryEvent['kind']): Promise<DirectoryEvent> {
    return new Promise((resolve) => {
      const stop = directory.watch((event) => {
        if (event.kind !== kind) return;
        stop();
        resolve(event);
      });
    });
  }

  const tintePrice = async () =>
    (await directory.services()).find((s) => s.name === 'Tinte raíz')
      ?.priceCents;

  /** Changes the price without the trigger firing (as if the announcement were lost). */
  async function changeUnannounced(priceCents: number) {
    await database.sql.begin(async (tx) => {
      await tx`SET LOCAL session_replication_role = replica`;
      await tx`UPDATE services SET price_cents = ${priceCents} WHERE name = 'Tinte raíz'`;
    });
  }

  it('shares reads while nothing changes', async () => {
    directory = await start();
    expect(await tintePrice()).toBe(4000);
    await changeUnannounced(4100);
    expect(await tintePrice()).toBe(4000);
  });

  it('reads the new price as soon as Postgres announces the change', async () => {
    directory = await start();
    expect(await tintePrice()).toBe(4000);
    const announced = next('changed');
    await database.sql`UPDATE services SET price_cents = 4250 WHERE name = 'Tinte raíz'`;
    expect(await announced).toEqual({ kind: 'changed', table: 'services' });
    expect(await tintePrice()).toBe(4250);
  });

  it('drops the settings, hours and holidays on their changes too', async () => {
    directory = await start();
    expect((await directory.settings()).address).toContain('Constitución');
    expect(await directory.openingHours()).toHaveLength(5);
    expect(
      (await directory.holidays()).some((h) => h.date === '2030-05-02'),
    ).toBe(false);

    let announced = next('changed');
    await database.sql`UPDATE salon_settings SET address = 'Calle Mayor 1'`;
    await announced;
    announced = next('changed');
    await database.sql`DELETE FROM opening_hours WHERE weekday = 6`;
    await announced;
    announced = next('changed');
    await database.sql`INSERT INTO holidays (date, name) VALUES ('2030-05-02', 'Fiesta de la Comunidad')`;
    await announced;

    expect((await directory.settings()).address).toBe('Calle Mayor 1');
    expect(await directory.openingHours()).toHaveLength(4);
    expect(
      (await directory.holidays()).some((h) => h.date === '2030-05-02'),
    ).toBe(true);
  });

  it('shares nothing while the listening connection is down', async () => {
    directory = await start(60_000);
    expect(await tintePrice()).toBe(4000);
    const lost = next('lost');
    const [killed] = await database.sql`
      SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity
       WHERE datname = current_database() AND query ILIKE 'LISTEN%'`;
    expect(killed?.['done']).toBe(true);
    await lost;

    // Nobody would announce this change: the directory must not answer from what it read.
    await changeUnannounced(4300);
    expect(await tintePrice()).toBe(4300);
    await changeUnannounced(4400);
    expect(await tintePrice()).toBe(4400);
  });

  it('listens again after the connection drops, and changes are announced again', async () => {
    directory = await start(50);
    const back = next('listening');
    await database.sql`
      SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE datname = current_database() AND query ILIKE 'LISTEN%'`;
    await back;
    expect(await tintePrice()).toBe(4000);
    await changeUnannounced(4500);
    expect(await tintePrice()).toBe(4000);

    const announced = next('changed');
    await database.sql`UPDATE services SET price_cents = 4600 WHERE name = 'Tinte raíz'`;
    await announced;
    expect(await tintePrice()).toBe(4600);
  });
});
