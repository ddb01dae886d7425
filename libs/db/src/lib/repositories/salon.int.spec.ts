import { eq } from 'drizzle-orm';
import {
  createMigratedTestDatabase,
  type MigratedTestDatabase,
} from '../../testing.js';
import {
  holidays,
  salonSettings,
  services,
  stylists,
} from '../schema/index.js';
import { seedDemoSalon } from '../seed/seed-demo-salon.js';
import { listActiveServices, listActiveStylists } from './catalog.js';
import {
  SalonSettingsMissingError,
  getSalonSettings,
  listHolidays,
} from './salon.js';

describe('salon and catalog repositories', () => {
  let database: MigratedTestDatabase;

  beforeEach(async () => {
    database = await createMigratedTestDatabase();
  });

  afterEach(async () => {
    await database.drop();
  });

  it('says plainly when the salon has not been set up', async () => {
    await expect(getSalonSettings(database.db)).rejects.toBeInstanceOf(
      SalonSettingsMissingError,
    );
  });

  it('lists the holidays between two dates, both included, in order', async () => {
    await database.db.insert(holidays).values([
      { date: '2026-12-25', name: 'Navidad' },
      { date: '2026-12-06', name: 'Día de la Constitución' },
      { date: '2026-12-08', name: 'Inmaculada Concepción' },
      { date: '2027-01-01', name: 'Año Nuevo' },
    ]);

    const december = await listHolidays(
      database.db,
      '2026-12-06',
      '2026-12-25',
    );

    expect(december.map((h) => h.date)).toEqual([
      '2026-12-06',
      '2026-12-08',
      '2026-12-25',
    ]);
  });

  it('offers only active services and stylists', async () => {
    await seedDemoSalon(database.db, { now: new Date('2026-11-26T12:00:00Z') });
    await database.db
      .update(services)
      .set({ active: false })
      .where(eq(services.name, 'Mechas'));
    await database.db
      .update(stylists)
      .set({ active: false })
      .where(eq(stylists.name, 'Pilar'));

    const offered = await listActiveServices(database.db);
    const team = await listActiveStylists(database.db);

    expect(offered).toHaveLength(16);
    expect(offered.map((s) => s.name)).not.toContain('Mechas');
    expect(team.map((s) => s.name)).toEqual([
      'Víctor',
      'Ana',
      'Marta',
      'Ana María',
      'Rosa',
    ]);
  });

  it('stamps settings changes with the time of the change', async () => {
    await seedDemoSalon(database.db, { now: new Date('2026-11-26T12:00:00Z') });
    const before = await getSalonSettings(database.db);

    await database.db.update(salonSettings).set({ personaName: 'Lucía' });

    const after = await getSalonSettings(database.db);
    expect(after.personaName).toBe('Lucía');
    expect(after.updatedAt.getTime()).toBeGreaterThan(
      before.updatedAt.getTime(),
    );
  });
});
