import { customers } from '@atrevete/db';
import { sql } from 'drizzle-orm';
import { CustomerIdentityMissingError } from './errors.js';
import { findOrCreateCustomer } from './customers.js';
import { bookingDeskOf } from './desk.js';
import {
  at,
  createTestSalon,
  NOW,
  type TestSalon,
} from '../testing/test-salon.js';

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
      phoneVerified: true,
      name: 'Laura Pérez',
    });
    const again = await findOrCreateCustomer(salon.db, {
      chatwootContactId: 101,
      phone: '+34611000101',
      phoneVerified: true,
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
          phoneVerified: true,
        }),
      ),
    );

    expect(new Set(found.map((c) => c.id)).size).toBe(1);
    expect(await countCustomers()).toBe(before + 1);
  });

  it('recognises a verified phone number when the Chatwoot contact is new', async () => {
    const original = await findOrCreateCustomer(salon.db, {
      chatwootContactId: 303,
      phone: '+34611000303',
      phoneVerified: true,
    });
    const recreated = await findOrCreateCustomer(salon.db, {
      chatwootContactId: 304,
      phone: '+34611000303',
      phoneVerified: true,
    });

    expect(recreated.id).toBe(original.id);
  });

  it('fills in a missing name but never replaces one', async () => {
    const unnamed = await findOrCreateCustomer(salon.db, {
      chatwootContactId: 404,
      phoneVerified: false,
      name: '  ',
    });
    const named = await findOrCreateCustomer(salon.db, {
      chatwootContactId: 404,
      phoneVerified: false,
      name: 'Carla',
    });
    const renamed = await findOrCreateCustomer(salon.db, {
      chatwootContactId: 404,
      phoneVerified: false,
      name: 'Otra',
    });

    expect(unnamed.name).toBeNull();
    expect(named).toEqual({ ...unnamed, name: 'Carla' });
    expect(renamed.name).toBe('Carla');
  });

  it('never finds a customer by a phone number the channel did not verify', async () => {
    const owner = await findOrCreateCustomer(salon.db, {
      chatwootContactId: 501,
      phone: '+34611000501',
      phoneVerified: true,
    });
    const claimant = await findOrCreateCustomer(salon.db, {
      chatwootContactId: 502,
      phone: '+34611000501',
      phoneVerified: false,
    });

    expect(claimant.id).not.toBe(owner.id);
    expect(claimant).toEqual({
      id: expect.any(Number),
      chatwootContactId: 502,
      phone: null,
      name: null,
    });
    expect(
      await findOrCreateCustomer(salon.db, {
        chatwootContactId: 502,
        phone: '+34611000501',
        phoneVerified: false,
      }),
    ).toEqual(claimant);
  });

  it("a web-widget contact with a WhatsApp customer's phone sees none of their appointments and cannot cancel them", async () => {
    const desk = bookingDeskOf(salon.db);
    const phone = '+34611000551';
    const owner = await desk.customer({
      chatwootContactId: 551,
      phone,
      phoneVerified: true,
    });
    const booked = await salon.book(owner.id, at('2026-12-03', '11:00'));
    const visitor = await desk.customer({
      chatwootContactId: 552,
      phone,
      phoneVerified: false,
    });

    expect(await desk.appointments(visitor.id, NOW)).toEqual([]);
    expect(
      await desk.cancel({
        customerId: visitor.id,
        appointmentId: booked.id,
        now: NOW,
      }),
    ).toEqual({ kind: 'not_found' });
    expect(await desk.appointments(owner.id, NOW)).toEqual([booked]);

    const sameOwnerOnWhatsApp = await desk.customer({
      chatwootContactId: 553,
      phone,
      phoneVerified: true,
    });
    expect(sameOwnerOnWhatsApp.id).toBe(owner.id);
  });

  it('never stores an unverified phone, so its owner still gets a customer of their own with it', async () => {
    const claimant = await findOrCreateCustomer(salon.db, {
      chatwootContactId: 601,
      phone: '+34611000601',
      phoneVerified: false,
    });
    const owner = await findOrCreateCustomer(salon.db, {
      chatwootContactId: 602,
      phone: '+34611000601',
      phoneVerified: true,
    });

    expect(claimant.phone).toBeNull();
    expect(owner).toEqual({
      id: expect.any(Number),
      chatwootContactId: 602,
      phone: '+34611000601',
      name: null,
    });
  });

  it('needs a contact id or a verified phone number', async () => {
    await expect(
      findOrCreateCustomer(salon.db, { phoneVerified: true, name: 'Nadie' }),
    ).rejects.toBeInstanceOf(CustomerIdentityMissingError);
    await expect(
      findOrCreateCustomer(salon.db, {
        phone: '+34611000701',
        phoneVerified: false,
      }),
    ).rejects.toBeInstanceOf(CustomerIdentityMissingError);
  });
});
