import { serviceStylists } from '@atrevete/db';
import { bookAppointment } from './book.js';
import { searchAvailability } from './schedule.js';
import {
  at,
  createTestSalon,
  NOW,
  type TestSalon,
} from '../testing/test-salon.js';

describe('services the owner narrowed to some stylists', () => {
  let salon: TestSalon;

  beforeAll(async () => {
    salon = await createTestSalon();
    await salon.db.insert(serviceStylists).values([
      {
        serviceId: salon.serviceId('Mechas'),
        stylistId: salon.stylistId('Ana'),
      },
      {
        serviceId: salon.serviceId('Mechas'),
        stylistId: salon.stylistId('Marta'),
      },
      {
        serviceId: salon.serviceId('Alisado de keratina'),
        stylistId: salon.stylistId('Marta'),
      },
    ]);
  });
  afterAll(() => salon.close());

  const query = (services: string[]) => ({
    durationMinutes: 150,
    category: 'Peluquería',
    serviceIds: services.map((name) => salon.serviceId(name)),
    from: '2026-12-01',
    to: '2026-12-04',
    now: NOW,
    limit: 20,
  });

  /** The hair stylists a search with these services finds slots for, asked one stylist at a time. */
  async function offeredStylists(services: string[]): Promise<string[]> {
    const offered: string[] = [];
    for (const name of ['Víctor', 'Ana', 'Marta', 'Ana María', 'Pilar']) {
      const result = await searchAvailability(salon.db, {
        ...query(services),
        stylistId: salon.stylistId(name),
      });
      if (result.kind === 'slots') offered.push(name);
    }
    return offered;
  }

  it('offers only the stylists who do every service asked for', async () => {
    expect(await offeredStylists(['Mechas'])).toEqual(['Ana', 'Marta']);
    expect(await offeredStylists(['Mechas', 'Alisado de keratina'])).toEqual([
      'Marta',
    ]);
  });

  it('leaves a service nobody narrowed to the whole category', async () => {
    expect(await offeredStylists(['Corte mujer'])).toEqual([
      'Víctor',
      'Ana',
      'Marta',
      'Ana María',
      'Pilar',
    ]);
  });

  it('refuses to book a narrowed service with another stylist of the category', async () => {
    const result = await bookAppointment(salon.db, {
      customerId: await salon.newCustomer(),
      stylistId: salon.stylistId('Víctor'),
      serviceIds: [salon.serviceId('Mechas')],
      start: at('2026-12-02', '10:00'),
      now: NOW,
      idempotencyKey: 'narrowed-1',
    });
    expect(result).toEqual({ kind: 'rule_broken', rule: 'wrong_category' });
  });
});
