// The owner's writes when the database itself refuses them (a CHECK the form did not foresee): a `refused` result, nothing half-written, no audit row.
import {
  createMigratedTestDatabase,
  type MigratedTestDatabase,
} from '../../testing.js';
import { seedDemoSalon } from '../seed/seed-demo-salon.js';
import { updateService } from './catalogue-admin.js';
import { getOpeningHours, getSalonSettings } from './salon.js';
import {
  replaceOpeningHours,
  updateSalonSettings,
  type SalonSettingsChange,
} from './salon-admin.js';

describe('the owner’s writes refused by a constraint', () => {
  let database: MigratedTestDatabase;

  beforeEach(async () => {
    database = await createMigratedTestDatabase();
    await seedDemoSalon(database.db);
  });
  afterEach(() => database.drop());

  const auditRows = async () =>
    (await database.sql`SELECT count(*)::int AS n FROM audit_log`)[0]['n'];

  it('refuses settings that break a CHECK and keeps the old ones', async () => {
    const settings = await getSalonSettings(database.db);
    const change: SalonSettingsChange = { ...settings, maxDaysAhead: 0 };
    expect(
      await updateSalonSettings(database.db, { change, staffId: 1 }),
    ).toEqual({
      kind: 'refused',
      refusal: { code: 'check', constraint: 'salon_settings_max_days_ahead' },
    });
    expect((await getSalonSettings(database.db)).maxDaysAhead).toBe(60);
    expect(await auditRows()).toBe(0);
  });

  it('keeps the whole old week when one day of the new one is impossible', async () => {
    const before = await getOpeningHours(database.db);
    const result = await replaceOpeningHours(database.db, {
      staffId: 1,
      week: [
        {
          weekday: 1,
          hours: {
            opensAt: 600,
            closesAt: 900,
            breakStart: null,
            breakEnd: null,
          },
        },
        {
          weekday: 2,
          hours: {
            opensAt: 600,
            closesAt: 1200,
            breakStart: 500,
            breakEnd: 700,
          },
        },
      ],
    });
    expect(result).toEqual({
      kind: 'refused',
      refusal: { code: 'check', constraint: 'opening_hours_break_inside_day' },
    });
    expect(await getOpeningHours(database.db)).toEqual(before);
    expect(await auditRows()).toBe(0);
  });

  it('refuses a price the column cannot hold', async () => {
    const [row] =
      await database.sql`SELECT id FROM services WHERE name = 'Mechas'`;
    const result = await updateService(database.db, {
      serviceId: row['id'],
      change: { priceCents: 2 ** 31 },
      staffId: 1,
    });
    expect(result).toEqual({
      kind: 'refused',
      refusal: { code: 'out_of_range', constraint: null },
    });
    expect(await auditRows()).toBe(0);
  });
});
