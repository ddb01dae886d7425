import { eq, sql } from 'drizzle-orm';
import {
  createMigratedTestDatabase,
  type MigratedTestDatabase,
} from '../../testing.js';
import {
  getOpeningHours,
  getSalonSettings,
  listHolidays,
} from '../repositories/salon.js';
import {
  listActiveServices,
  listActiveStylists,
} from '../repositories/catalog.js';
import { holidays, openingHours, services } from '../schema/index.js';
import { seedDemoSalon } from './seed-demo-salon.js';

const NOW = new Date('2026-11-26T12:00:00Z');

describe('seedDemoSalon', () => {
  let database: MigratedTestDatabase;

  beforeEach(async () => {
    database = await createMigratedTestDatabase();
  });

  afterEach(async () => {
    await database.drop();
  });

  async function rowCounts() {
    const [counts] = await database.sql<
      [
        {
          settings: number;
          services: number;
          stylists: number;
          hours: number;
          holidays: number;
        },
      ]
    >`
      select (select count(*)::int from salon_settings) as settings,
             (select count(*)::int from services) as services,
             (select count(*)::int from stylists) as stylists,
             (select count(*)::int from opening_hours) as hours,
             (select count(*)::int from holidays) as holidays`;
    return counts;
  }

  it('sets up the demo salon of SALON.md', async () => {
    await expect(seedDemoSalon(database.db, { now: NOW })).resolves.toEqual({
      seeded: true,
    });

    expect(await rowCounts()).toEqual({
      settings: 1,
      services: 17,
      stylists: 6,
      hours: 5,
      holidays: 18,
    });
    expect(await getSalonSettings(database.db)).toMatchObject({
      name: 'Atrévete Peluquería',
      address: 'Calle de la Constitución 5, Madrid',
      timeZone: 'Europe/Madrid',
      personaName: 'Maite',
      phone: null,
      minNoticeMinutes: 120,
      maxDaysAhead: 60,
      slotMinutes: 15,
      cancellationWindowHours: 24,
      maxFutureAppointments: 3,
      confirmationOffsetMinutes: 1440,
      reminderOffsetMinutes: 120,
      unconfirmedAlertMinutes: 240,
      confirmationTemplate: 'confirmacion_cita',
      reminderTemplate: 'recordatorio_cita',
      templateLanguage: 'es',
      templateCategory: 'UTILITY',
    });
  });

  it('opens Tuesday to Friday 10:00–20:00 and Saturday 09:00–14:00 only', async () => {
    await seedDemoSalon(database.db, { now: NOW });

    const hours = await getOpeningHours(database.db);
    expect(hours.map((h) => [h.weekday, h.opensAt, h.closesAt])).toEqual([
      [2, 600, 1200],
      [3, 600, 1200],
      [4, 600, 1200],
      [5, 600, 1200],
      [6, 540, 840],
    ]);
    expect(
      hours.every((h) => h.breakStart === null && h.breakEnd === null),
    ).toBe(true);
  });

  it('seeds the price list in cents with the names customers use', async () => {
    await seedDemoSalon(database.db, { now: NOW });

    const list = await listActiveServices(database.db);
    expect(list).toHaveLength(17);
    expect(list[0]).toMatchObject({
      name: 'Corte mujer',
      category: 'Peluquería',
      durationMinutes: 45,
      priceCents: 2500,
      aliases: ['cortar el pelo', 'corte de pelo'],
    });
    expect(list.find((s) => s.name === 'Mechas')).toMatchObject({
      durationMinutes: 150,
      priceCents: 7500,
    });
    expect(list.find((s) => s.name === 'Consulta de color')?.priceCents).toBe(
      0,
    );
    expect(list.find((s) => s.name === 'Pedicura')?.aliases).toEqual([]);
    expect(list.filter((s) => s.category === 'Estética')).toHaveLength(7);

    const team = await listActiveStylists(database.db);
    expect(team.map((s) => `${s.name} (${s.category})`)).toEqual([
      'Víctor (Peluquería)',
      'Ana (Peluquería)',
      'Marta (Peluquería)',
      'Ana María (Peluquería)',
      'Pilar (Peluquería)',
      'Rosa (Estética)',
    ]);
  });

  it('closes on the fixed holidays of this year and the next, in salon time', async () => {
    // 23:30 UTC on 31 December is already New Year's Day in Madrid.
    await seedDemoSalon(database.db, { now: new Date('2026-12-31T23:30:00Z') });

    const seeded = await listHolidays(database.db, '2000-01-01', '2100-12-31');
    expect(seeded[0]).toEqual({ date: '2027-01-01', name: 'Año Nuevo' });
    expect(seeded.at(-1)).toEqual({ date: '2028-12-25', name: 'Navidad' });
    expect(seeded).toHaveLength(18);
  });

  it('leaves the same data when run twice, even at the same time', async () => {
    const results = await Promise.all([
      seedDemoSalon(database.db, { now: NOW }),
      seedDemoSalon(database.db, { now: NOW }),
    ]);
    const before = await rowCounts();
    const again = await seedDemoSalon(database.db, { now: NOW });

    expect(results.map((r) => r.seeded).sort()).toEqual([false, true]);
    expect(again).toEqual({ seeded: false });
    expect(await rowCounts()).toEqual(before);
  });

  it("keeps the owner's edits and deletions when seeded again", async () => {
    await seedDemoSalon(database.db, { now: NOW });
    await database.db
      .update(services)
      .set({ priceCents: 2800 })
      .where(eq(services.name, 'Corte mujer'));
    await database.db
      .delete(services)
      .where(eq(services.name, 'Masaje relajante'));
    await database.db.delete(holidays).where(eq(holidays.date, '2026-12-08'));
    await database.db.delete(openingHours).where(eq(openingHours.weekday, 6));

    await seedDemoSalon(database.db, { now: new Date('2027-06-01T12:00:00Z') });

    const list = await listActiveServices(database.db);
    expect(list.find((s) => s.name === 'Corte mujer')?.priceCents).toBe(2800);
    expect(list.map((s) => s.name)).not.toContain('Masaje relajante');
    expect(await listHolidays(database.db, '2026-12-08', '2026-12-08')).toEqual(
      [],
    );
    expect((await getOpeningHours(database.db)).map((h) => h.weekday)).toEqual([
      2, 3, 4, 5,
    ]);
    const years = await database.sql<{ year: number }[]>`
      select distinct extract(year from date)::int as year from holidays order by 1`;
    expect(years.map((y) => y.year)).toEqual([2026, 2027]);
    expect(
      await database.db
        .select({ n: sql<number>`count(*)::int` })
        .from(services),
    ).toEqual([{ n: 16 }]);
  });
});
