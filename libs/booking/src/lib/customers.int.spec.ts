import { customers } from '@atrevete/db';
import { sql } from 'drizzle-orm';
import { CustomerIdentityMissingError } from './errors.js';
import { findOrCreateCustomer } from './customers.js';
import { createTestSalon, type TestSalon } from '../testing/test-salon.js';

describe('findOrCreateCustomer', () => {
  let salon: TestSalon;

  beforeAll(async () => {
    salon = await createTestSalon();
  });

  afterAll(async () => {
    await salon.close();
  });

  const countCustomers = async () =>
    (
      await salon.db.select({ n: sql<number>`count(*)::int` }).from(customers)
    )[0].n;

  it('creates a customer the first time and finds the same one afterwards', async () => {
    const created = await findOrCreateCustomer(salon.db, {
      chatwootContactId: 101,
      phone: '+34611000101',
      name: 'Laura Pérez',
    });
    const again = await findOrCreateCustomer(salon.db, {
      chatwootContactId: 101,
      phone: '+34611000101',
    });

    expect(created).toEqual({
      id: expect.any(Number),
      chatwootContactId: 101,
      phone: '+34611000101',
      name: 'Laura Pérez',
    });
    expect(again).toEqual(created);
  });

  it('creates one customer when ten turns ask at the same moment', async () => {
    const before = await countCustomers();
    const found = await Promise.all(
      Array.from({ length: 10 }, () =>
        findOrCreateCustomer(salon.db, {
          chatwootContactId: 202,
          phone: '+34611000202',
        }),
      ),
    );

    expect(new Set(found.map((c) => c.id)).size).toBe(1);
    expect(await countCustomers()).toBe(before + 1);
  });

  it('recognises the phone number when the Chatwoot contact is new', async () => {
    const original = await findOrCreateCustomer(salon.db, {
      chatwootContactId: 303,
      phone: '+34611000303',
    });
    const recreated = await findOrCreateCustomer(salon.db, {
      chatwootContactId: 304,
      phone: '+34611000303',
    });

    expect(recreated.id).toBe(original.id);
  });

  it('fills in a missing name but never replaces one', async () => {
    const unnamed = await findOrCreateCustomer(salon.db, {
      chatwootContactId: 404,
      name: '  ',
    });
    const named = await findOrCreateCustomer(salon.db, {
      chatwootContactId: 404,
      name: 'Carla',
    });
    const renamed = await findOrCreateCustomer(salon.db, {
      chatwootContactId: 404,
      name: 'Otra',
    });

    expect(unnamed.name).toBeNull();
    expect(named).toEqual({ ...unnamed, name: 'Carla' });
    expect(renamed.name).toBe('Carla');
  });

  it('needs a contact id or a phone number', async () => {
    await expect(
      findOrCreateCustomer(salon.db, { name: 'Nadie' }),
    ).rejects.toBeInstanceOf(CustomerIdentityMissingError);
  });
});
