// /api/customers on the real Postgres: finding customers however staff type a name or a phone, adding one at the desk, correcting one (audited).
import { appointments, auditLog, customers } from '@atrevete/db';
import request from 'supertest';
import {
  createConsoleTestApp,
  type ConsoleTestApp,
  type SignedIn,
} from '../testing/console-test-app.js';

const NOW = new Date('2026-12-09T09:00:00Z');

describe('/api/customers', () => {
  let t: ConsoleTestApp;
  let desk: SignedIn;

  beforeEach(async () => {
    t = await createConsoleTestApp({ now: () => NOW });
    desk = await t.signIn(t.staff);
  });
  afterEach(() => t.close());

  const addCustomer = async (
    name: string | null,
    phone: string | null,
    chatwootContactId: number | null = null,
  ) => {
    const [row] = await t.database.db
      .insert(customers)
      .values({ name, phone, chatwootContactId })
      .returning({ id: customers.id });
    return row.id;
  };
  const search = async (q: string) => {
    const response = await desk.agent
      .get('/api/customers')
      .query({ q })
      .expect(200);
    return response.body.customers as { name: string | null }[];
  };
  const customerCount = async () =>
    (await t.database.db.select().from(customers)).length;
  const auditOf = (customerId: number) =>
    t.database.sql`SELECT staff_id AS "staffId", action, entity, before, after
      FROM audit_log WHERE entity_id = ${String(customerId)}`;

  it.each([
    ['GET', '/api/customers?q=maria'],
    ['GET', '/api/customers/1'],
    ['POST', '/api/customers'],
    ['PATCH', '/api/customers/1'],
  ])('answers 401 to %s %s without a session', async (method, path) => {
    const response = await request(t.app)
      [method === 'GET' ? 'get' : method === 'POST' ? 'post' : 'patch'](path)
      .send({ name: 'Nadie', phone: '600000000' })
      .expect(401);
    expect(response.body.error).toBe('unauthenticated');
    expect(await customerCount()).toBe(0);
  });

  it('finds a name without its accents or case, and every word of it', async () => {
    await addCustomer('María López', '+34600111222');
    await addCustomer('Mario Ruiz', '+34611222333');
    await addCustomer('José Núñez', '+34622333444');
    await addCustomer(null, null, 4242);

    expect((await search('maria')).map((c) => c.name)).toEqual(['María López']);
    expect((await search('MARÍA lóp')).map((c) => c.name)).toEqual([
      'María López',
    ]);
    expect((await search('nunez')).map((c) => c.name)).toEqual(['José Núñez']);
    expect((await search('mar')).map((c) => c.name)).toEqual([
      'María López',
      'Mario Ruiz',
    ]);
    expect(await search('100%_')).toEqual([]);
  });

  it('finds a phone by its digits however they are spaced', async () => {
    const maria = await addCustomer('María López', '+34600111222');
    await addCustomer('Mario Ruiz', '+34611222333');
    const found = await search('600 11');
    expect(found).toEqual([
      {
        id: maria,
        name: 'María López',
        phone: '+34600111222',
        noShows: 0,
        nextAppointmentAt: null,
      },
    ]);
    expect((await search('+34 611-222')).map((c) => c.name)).toEqual([
      'Mario Ruiz',
    ]);
  });

  it('lists the 20 newest customers for an empty search, with no-shows and the next appointment', async () => {
    for (let n = 1; n <= 25; n++)
      await addCustomer(
        `Cliente ${n}`,
        `+346000000${String(n).padStart(2, '0')}`,
      );
    const regular = await addCustomer('Clienta habitual', '+34699999999');
    const [ana] = await t.database
      .sql`SELECT id FROM stylists WHERE name = 'Ana'`;
    const appointment = (
      start: string,
      status: 'no_show' | 'confirmed' | 'pending',
    ) => ({
      customerId: regular,
      stylistId: Number(ana['id']),
      startAt: new Date(start),
      endAt: new Date(new Date(start).getTime() + 45 * 60_000),
      status,
      priceCents: 2500,
      idempotencyKey: `test-${start}`,
    });
    await t.database.db
      .insert(appointments)
      .values([
        appointment('2026-11-03T10:00:00Z', 'no_show'),
        appointment('2026-11-10T10:00:00Z', 'no_show'),
        appointment('2026-12-18T10:00:00Z', 'confirmed'),
        appointment('2026-12-11T16:00:00Z', 'pending'),
      ]);

    const listed = await search('');
    expect(listed).toHaveLength(20);
    expect(listed[0]).toEqual({
      id: regular,
      name: 'Clienta habitual',
      phone: '+34699999999',
      noShows: 2,
      nextAppointmentAt: '2026-12-11T16:00:00.000Z',
    });
    expect(listed.slice(1, 3).map((c) => c.name)).toEqual([
      'Cliente 25',
      'Cliente 24',
    ]);
  });

  it('adds a customer at the desk with the phone as staff type it, audited', async () => {
    const response = await desk.agent
      .post('/api/customers')
      .set(desk.csrf)
      .send({ name: '  Lucía Gómez ', phone: '600 99 88 77' })
      .expect(201);
    expect(response.body).toEqual({
      id: expect.any(Number),
      name: 'Lucía Gómez',
      phone: '+34600998877',
      noShows: 0,
      nextAppointmentAt: null,
    });
    const [entry] = await auditOf(response.body.id);
    expect(entry).toMatchObject({
      staffId: t.staff.id,
      action: 'customer.create',
      entity: 'customer',
      after: { name: 'Lucía Gómez', phone: '+34600998877' },
    });
    expect((await search('lucia')).map((c) => c.name)).toEqual(['Lucía Gómez']);
  });

  it('refuses a phone another customer has, naming them, and writes nothing', async () => {
    const maria = await addCustomer('María López', '+34600111222');
    const response = await desk.agent
      .post('/api/customers')
      .set(desk.csrf)
      .send({ name: 'Otra María', phone: '0034 600 111 222' })
      .expect(409);
    expect(response.body).toEqual({
      error: 'phone_taken',
      message: 'Ya hay un cliente con ese teléfono: María López.',
      customerId: maria,
    });
    expect(await customerCount()).toBe(1);
    expect(await t.database.db.select().from(auditLog)).toEqual([]);
  });

  it('explains a customer without name or phone per field, and writes nothing', async () => {
    const noPhone = await desk.agent
      .post('/api/customers')
      .set(desk.csrf)
      .send({ name: 'Sin Teléfono' })
      .expect(400);
    expect(noPhone.body.fields).toEqual({
      phone: 'Escribe un teléfono para poder avisarle.',
    });
    const neither = await desk.agent
      .post('/api/customers')
      .set(desk.csrf)
      .send({ name: ' ', phone: '12' })
      .expect(400);
    expect(neither.body.fields).toEqual({
      name: 'Escribe el nombre.',
      phone:
        'Escribe un teléfono válido (9 cifras, o con prefijo internacional).',
    });
    expect(await customerCount()).toBe(0);
  });

  it('needs the CSRF token to add or change a customer', async () => {
    const maria = await addCustomer('María López', '+34600111222');
    await desk.agent
      .post('/api/customers')
      .send({ name: 'Lucía', phone: '600998877' })
      .expect(403);
    await desk.agent
      .patch(`/api/customers/${maria}`)
      .send({ name: 'Otra' })
      .expect(403);
    expect(await customerCount()).toBe(1);
    expect((await search('maria')).map((c) => c.name)).toEqual(['María López']);
  });

  it('corrects a name and a phone, with who, before and after in the audit log', async () => {
    const maria = await addCustomer('Maria Lopez', '+34600111222');
    const response = await desk.agent
      .patch(`/api/customers/${maria}`)
      .set(desk.csrf)
      .send({ name: 'María López', phone: '611 000 111' })
      .expect(200);
    expect(response.body).toMatchObject({
      id: maria,
      name: 'María López',
      phone: '+34611000111',
    });
    const [entry] = await auditOf(maria);
    expect(entry).toMatchObject({
      staffId: t.staff.id,
      action: 'customer.update',
      entity: 'customer',
      before: { name: 'Maria Lopez', phone: '+34600111222' },
      after: { name: 'María López', phone: '+34611000111' },
    });
  });

  it('refuses a correction to a phone someone else has, and changes nothing', async () => {
    const maria = await addCustomer('María López', '+34600111222');
    const mario = await addCustomer('Mario Ruiz', '+34611222333');
    const response = await desk.agent
      .patch(`/api/customers/${mario}`)
      .set(desk.csrf)
      .send({ name: 'Mario R.', phone: '600111222' })
      .expect(409);
    expect(response.body).toMatchObject({
      error: 'phone_taken',
      customerId: maria,
    });
    expect((await search('mario')).map((c) => c.name)).toEqual(['Mario Ruiz']);
    expect(await auditOf(mario)).toEqual([]);
  });

  it('answers a correction with nothing to change, a bad phone or an unknown customer with a 4xx', async () => {
    const maria = await addCustomer('María López', '+34600111222');
    const empty = await desk.agent
      .patch(`/api/customers/${maria}`)
      .set(desk.csrf)
      .send({})
      .expect(400);
    expect(empty.body.fields).toEqual({ name: 'No hay nada que cambiar.' });
    await desk.agent
      .patch(`/api/customers/${maria}`)
      .set(desk.csrf)
      .send({ phone: 'no sé' })
      .expect(400);
    const unknown = await desk.agent
      .patch('/api/customers/999999')
      .set(desk.csrf)
      .send({ name: 'Nadie' })
      .expect(404);
    expect(unknown.body.message).toBe('Ese cliente no existe.');
    await desk.agent.get('/api/customers/abc').expect(404);
    expect(await auditOf(maria)).toEqual([]);
  });
});
