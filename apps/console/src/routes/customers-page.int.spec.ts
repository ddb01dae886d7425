// A customer's page on the real Postgres: upcoming and past appointments, no-shows, the staff's notes (and who may remove one), the Chatwoot link.
import {
  appointments,
  appointmentServices,
  customerNotes,
  customers,
  recordInboundMessage,
} from '@atrevete/db';
import { ledgerMessage } from '@atrevete/db/testing';
import {
  createConsoleTestApp,
  type ConsoleTestApp,
  type SignedIn,
} from '../testing/console-test-app.js';

const NOW = new Date('2026-12-09T09:00:00Z');

describe('a customer page', () => {
  let t: ConsoleTestApp;
  let desk: SignedIn;
  let customerId: number;

  beforeEach(async () => {
    t = await createConsoleTestApp({ now: () => NOW });
    desk = await t.signIn(t.staff);
    const [row] = await t.database.db
      .insert(customers)
      .values({
        name: 'Laura Pérez',
        phone: '+34600111222',
        chatwootContactId: 501,
      })
      .returning({ id: customers.id });
    customerId = row.id;
  });
  afterEach(() => t.close());

  const page = async (who: SignedIn = desk, id = customerId) =>
    (await who.agent.get(`/api/customers/${id}`).expect(200)).body;

  /** An appointment of Laura's with Ana, of these services, 45 minutes from `start`. */
  const book = async (
    start: string,
    status: (typeof appointments.$inferSelect)['status'],
    serviceNames: string[],
    bookedByStaffId: number | null = null,
  ) => {
    const [ana] = await t.database
      .sql`SELECT id FROM stylists WHERE name = 'Ana'`;
    const booked = await t.database.sql<
      {
        id: number;
        name: string;
        durationMinutes: number;
        priceCents: number;
      }[]
    >`SELECT id, name, duration_minutes AS "durationMinutes", price_cents AS "priceCents"
        FROM services WHERE name IN ${t.database.sql(serviceNames)}`;
    const [row] = await t.database.db
      .insert(appointments)
      .values({
        customerId,
        stylistId: Number(ana['id']),
        startAt: new Date(start),
        endAt: new Date(new Date(start).getTime() + 45 * 60_000),
        status,
        priceCents: 4000,
        idempotencyKey: `test-${start}`,
        bookedByStaffId,
        cancelledAt: status === 'cancelled' ? NOW : null,
        cancellationReason: status === 'cancelled' ? 'Se ha mudado' : null,
      })
      .returning({ id: appointments.id });
    await t.database.db.insert(appointmentServices).values(
      serviceNames.map((name, position) => {
        const service = booked.find((s) => s.name === name);
        if (!service) throw new Error(`no service named ${name}`);
        return {
          appointmentId: row.id,
          position,
          serviceId: service.id,
          durationMinutes: service.durationMinutes,
          priceCents: service.priceCents,
        };
      }),
    );
    return row.id;
  };

  it('shows upcoming appointments soonest first and past ones latest first, with services, stylist, status, price and who booked', async () => {
    const later = await book('2026-12-18T10:00:00Z', 'confirmed', [
      'Corte mujer',
    ]);
    const soon = await book(
      '2026-12-10T16:00:00Z',
      'pending',
      ['Tinte raíz', 'Peinado'],
      t.staff.id,
    );
    const cancelled = await book('2026-12-12T10:00:00Z', 'cancelled', [
      'Mechas',
    ]);
    const lastMonth = await book('2026-11-10T10:00:00Z', 'no_show', [
      'Peinado',
    ]);
    const lastWeek = await book('2026-12-02T10:00:00Z', 'completed', [
      'Corte mujer',
    ]);
    await book('2026-10-10T10:00:00Z', 'no_show', ['Peinado']);

    const body = await page();
    expect(body).toMatchObject({
      id: customerId,
      name: 'Laura Pérez',
      phone: '+34600111222',
      noShows: 2,
      nextAppointmentAt: '2026-12-10T16:00:00.000Z',
    });
    expect(body.upcoming.map((a: { id: number }) => a.id)).toEqual([
      soon,
      cancelled,
      later,
    ]);
    expect(body.upcoming[0]).toEqual({
      id: soon,
      startAt: '2026-12-10T16:00:00.000Z',
      endAt: '2026-12-10T16:45:00.000Z',
      status: 'pending',
      priceCents: 4000,
      stylistName: 'Ana',
      services: ['Tinte raíz', 'Peinado'],
      bookedByName: 'Lucía Recepción',
      cancellationReason: null,
    });
    expect(body.upcoming[1]).toMatchObject({
      status: 'cancelled',
      cancellationReason: 'Se ha mudado',
    });
    expect(body.upcoming[2]).toMatchObject({ bookedByName: null });
    expect(body.past.map((a: { id: number }) => a.id).slice(0, 2)).toEqual([
      lastWeek,
      lastMonth,
    ]);
    expect(body.past).toHaveLength(3);
  });

  it('links the conversation the customer wrote in last, and none without Chatwoot or a conversation', async () => {
    await recordInboundMessage(
      t.database.db,
      ledgerMessage(1, { contactId: 501, conversationId: 42 }),
    );
    await recordInboundMessage(
      t.database.db,
      ledgerMessage(2, { contactId: 501, conversationId: 43, accountId: 3 }),
    );
    expect((await page()).chatwootConversationUrl).toBe(
      'https://chatwoot.salon.test/app/accounts/3/conversations/43',
    );

    const [walkIn] = await t.database.db
      .insert(customers)
      .values({ name: 'Sin WhatsApp', phone: '+34611000000' })
      .returning({ id: customers.id });
    const body = await page(desk, walkIn.id);
    expect(body).toMatchObject({
      chatwootConversationUrl: null,
      upcoming: [],
      past: [],
      notes: [],
      noShows: 0,
      nextAppointmentAt: null,
    });

    await t.close();
    t = await createConsoleTestApp({
      now: () => NOW,
      settings: { chatwoot: null },
    });
    const [again] = await t.database.db
      .insert(customers)
      .values({ name: 'Laura', chatwootContactId: 501 })
      .returning({ id: customers.id });
    await recordInboundMessage(
      t.database.db,
      ledgerMessage(1, { contactId: 501 }),
    );
    const owner = await t.signIn(t.owner);
    expect((await page(owner, again.id)).chatwootConversationUrl).toBeNull();
  });

  it('answers an unknown customer with 404', async () => {
    const response = await desk.agent.get('/api/customers/999999').expect(404);
    expect(response.body.message).toBe('Ese cliente no existe.');
  });

  it('keeps the notes the staff write, newest first, with author and time', async () => {
    const first = await desk.agent
      .post(`/api/customers/${customerId}/notes`)
      .set(desk.csrf)
      .send({ body: '  Alérgica al amoniaco.  ' })
      .expect(201);
    expect(first.body).toEqual({
      id: expect.any(Number),
      body: 'Alérgica al amoniaco.',
      createdAt: expect.any(String),
      authorId: t.staff.id,
      authorName: 'Lucía Recepción',
    });
    const owner = await t.signIn(t.owner);
    await owner.agent
      .post(`/api/customers/${customerId}/notes`)
      .set(owner.csrf)
      .send({ body: 'Prefiere a Ana.' })
      .expect(201);
    const { notes } = await page();
    expect(notes.map((n: { body: string }) => n.body)).toEqual([
      'Prefiere a Ana.',
      'Alérgica al amoniaco.',
    ]);
    expect(notes[0].authorName).toBe('Marta Dueña');
  });

  it('refuses an empty or too long note, a note without the CSRF token, and a note for nobody', async () => {
    const empty = await desk.agent
      .post(`/api/customers/${customerId}/notes`)
      .set(desk.csrf)
      .send({ body: '   ' })
      .expect(400);
    expect(empty.body.fields).toEqual({ body: 'Escribe la nota.' });
    const long = await desk.agent
      .post(`/api/customers/${customerId}/notes`)
      .set(desk.csrf)
      .send({ body: 'x'.repeat(2001) })
      .expect(400);
    expect(long.body.fields).toEqual({
      body: 'La nota no puede pasar de 2000 caracteres.',
    });
    await desk.agent
      .post(`/api/customers/${customerId}/notes`)
      .send({ body: 'Sin token' })
      .expect(403);
    await desk.agent
      .post('/api/customers/999999/notes')
      .set(desk.csrf)
      .send({ body: 'Para nadie' })
      .expect(404);
    expect(await t.database.db.select().from(customerNotes)).toEqual([]);
  });

  it('lets the author or the owner remove a note, and nobody else', async () => {
    const owner = await t.signIn(t.owner);
    const write = async (who: SignedIn, body: string) =>
      (
        await who.agent
          .post(`/api/customers/${customerId}/notes`)
          .set(who.csrf)
          .send({ body })
          .expect(201)
      ).body.id as number;
    const ownersNote = await write(owner, 'De la dueña');
    const desksNote = await write(desk, 'De recepción');
    const another = await write(desk, 'Otra de recepción');
    const remove = (who: SignedIn, noteId: number, id = customerId) =>
      who.agent.delete(`/api/customers/${id}/notes/${noteId}`).set(who.csrf);

    const refused = await remove(desk, ownersNote).expect(403);
    expect(refused.body).toEqual({
      error: 'not_author',
      message: 'Solo quien escribió la nota, o la propietaria, puede borrarla.',
    });
    await desk.agent
      .delete(`/api/customers/${customerId}/notes/${desksNote}`)
      .expect(403);
    await remove(desk, desksNote).expect(204);
    await remove(desk, desksNote).expect(404);
    await remove(owner, another, customerId + 1).expect(404);
    await remove(owner, another).expect(204);
    expect((await page()).notes.map((n: { body: string }) => n.body)).toEqual([
      'De la dueña',
    ]);
  });
});
