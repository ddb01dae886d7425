import { sql } from 'drizzle-orm';
import {
  createMigratedTestDatabase,
  type MigratedTestDatabase,
} from '../../testing.js';
import { openingHours, salonSettings, services, stylists } from './index.js';

describe('database constraints', () => {
  let database: MigratedTestDatabase;

  beforeAll(async () => {
    database = await createMigratedTestDatabase();
  });

  afterAll(async () => {
    await database.drop();
  });

  // Each statement runs alone: a rejected insert leaves nothing behind.
  async function violation(insert: Promise<unknown>): Promise<string> {
    try {
      await insert;
    } catch (error) {
      const cause = (error as { cause?: { constraint_name?: string } }).cause;
      return cause?.constraint_name ?? String(error);
    }
    throw new Error('the insert was accepted');
  }

  const service = {
    name: 'Tinte',
    category: 'Peluquería' as const,
    durationMinutes: 60,
    priceCents: 3000,
  };

  it('rejects a negative price and a service without duration', async () => {
    expect(
      await violation(
        database.db.insert(services).values({ ...service, priceCents: -100 }),
      ),
    ).toBe('services_price_not_negative');
    expect(
      await violation(
        database.db.insert(services).values({ ...service, durationMinutes: 0 }),
      ),
    ).toBe('services_duration_positive');
  });

  it('rejects two services or two stylists with the same name', async () => {
    await database.db.insert(services).values({ ...service, name: 'Único' });
    await database.db
      .insert(stylists)
      .values({ name: 'Lola', category: 'Estética' });

    expect(
      await violation(
        database.db.insert(services).values({ ...service, name: 'Único' }),
      ),
    ).toBe('services_name_unique');
    expect(
      await violation(
        database.db
          .insert(stylists)
          .values({ name: 'Lola', category: 'Peluquería' }),
      ),
    ).toBe('stylists_name_unique');
  });

  it('rejects a category the salon does not have', async () => {
    const inserted = database.db.execute(
      sql`insert into stylists (name, category) values ('Eva', 'Barbería')`,
    );
    await expect(inserted).rejects.toThrow();
  });

  it('rejects opening hours that close before they open', async () => {
    expect(
      await violation(
        database.db
          .insert(openingHours)
          .values({ weekday: 1, opensAt: 1200, closesAt: 600 }),
      ),
    ).toBe('opening_hours_closes_after_opens');
  });

  it('rejects a weekday outside 1–7 and hours past midnight', async () => {
    expect(
      await violation(
        database.db
          .insert(openingHours)
          .values({ weekday: 0, opensAt: 600, closesAt: 1200 }),
      ),
    ).toBe('opening_hours_weekday');
    expect(
      await violation(
        database.db
          .insert(openingHours)
          .values({ weekday: 1, opensAt: 600, closesAt: 1500 }),
      ),
    ).toBe('opening_hours_within_day');
  });

  it('accepts a break inside the day and rejects one outside it or half given', async () => {
    const day = { weekday: 3, opensAt: 600, closesAt: 1200 };
    expect(
      await violation(
        database.db
          .insert(openingHours)
          .values({ ...day, breakStart: 540, breakEnd: 660 }),
      ),
    ).toBe('opening_hours_break_inside_day');
    expect(
      await violation(
        database.db.insert(openingHours).values({ ...day, breakStart: 840 }),
      ),
    ).toBe('opening_hours_break_complete');

    await database.db
      .insert(openingHours)
      .values({ ...day, breakStart: 840, breakEnd: 900 });
  });

  it('keeps salon settings to a single row', async () => {
    const settings = { name: 'Salón', address: 'Calle 1' };
    await database.db.insert(salonSettings).values(settings);

    expect(
      await violation(
        database.db.insert(salonSettings).values({ ...settings, id: 2 }),
      ),
    ).toBe('salon_settings_single_row');
    expect(
      await violation(database.db.insert(salonSettings).values(settings)),
    ).toBe('salon_settings_pkey');
  });
});
