// The desk books a walk-in or a call: 201 with who booked it and an audit row in the same change; a taken slot, a broken rule or bad input changes nothing.
import { randomUUID } from 'node:crypto';
import {
  createAgendaSalon,
  instant,
  TUESDAY,
  type AgendaSalon,
} from '../testing/agenda-salon.js';
import type { SignedIn } from '../testing/console-test-app.js';

describe('POST /api/appointments', () => {
  let salon: AgendaSalon;
  let desk: SignedIn;
  let victor: number;
  let rosa: number;
  let corteHombre: number;
  let barba: number;
  let paco: number;

  beforeAll(async () => {
    salon = await createAgendaSalon();
    desk = await salon.t.signIn(salon.t.staff);
    [victor, rosa] = [
      await salon.stylist('Víctor'),
      await salon.stylist('Rosa'),
    ];
    corteHombre = await salon.service('Corte hombre');
    barba = await salon.service('Arreglo de barba');
    paco = await salon.customer('Paco Martín');
  });
  afterAll(() => salon.close());

  const book = (body: object) =>
    desk.agent
      .post('/api/appointments')
      .set(desk.csrf)
      .send({
        customerId: paco,
        stylistId: victor,
        serviceIds: [corteHombre],
        idempotencyKey: randomUUID(),
        ...body,
      });

  it('books a walk-in that starts in a few minutes, records who booked it and audits it', async () => {
    const key = randomUUID();
    const response = await book({
      serviceIds: [corteHombre, barba],
      start: instant(TUESDAY, '10:45'),
      idempotencyKey: key,
    }).expect(201);
    expect(response.body).toEqual({
      id: expect.any(Number),
      stylistId: victor,
      start: instant(TUESDAY, '10:45'),
      end: instant(TUESDAY, '11:35'),
      status: expect.stringMatching(/^(pending|confirmed)$/),
      priceCents: 2500,
      customer: {
        id: paco,
        name: 'Paco Martín',
        phone: expect.any(String),
        noShows: 0,
      },
      services: [
        { id: corteHombre, name: 'Corte hombre' },
        { id: barba, name: 'Arreglo de barba' },
      ],
      bookedBy: { kind: 'staff', name: 'Lucía Recepción' },
      bookedFor: null,
      updatedAt: expect.any(String),
      messages: {
        confirmation: expect.objectContaining({ status: 'skipped' }),
        reminder: expect.objectContaining({ status: 'scheduled' }),
      },
      unconfirmedAlert: false,
    });
    const [row] = await salon.t.database.sql<
      { booked_by_staff_id: number }[]
    >`SELECT booked_by_staff_id FROM appointments WHERE id = ${response.body.id}`;
    expect(row.booked_by_staff_id).toBe(salon.t.staff.id);
    const audit = (await salon.auditRows('appointment')).filter(
      (r) => r.entity_id === String(response.body.id),
    );
    expect(audit).toEqual([
      expect.objectContaining({
        staff_id: salon.t.staff.id,
        action: 'appointment.book',
        before: null,
        after: expect.objectContaining({
          start: instant(TUESDAY, '10:45'),
          priceCents: 2500,
        }),
      }),
    ]);

    const count = await salon.appointmentCount();
    const again = await book({
      serviceIds: [corteHombre, barba],
      start: instant(TUESDAY, '10:45'),
      idempotencyKey: key,
    }).expect(201);
    expect(again.body.id).toBe(response.body.id);
    expect(await salon.appointmentCount()).toBe(count);
  });

  it('refuses a time the bot already booked with 409 and the reason, and writes nothing', async () => {
    const other = await salon.customer('Irene Vidal');
    await salon.botBooks({
      customer: other,
      stylist: victor,
      services: [corteHombre],
      start: instant(TUESDAY, '13:00'),
    });
    const [appointments, audits] = [
      await salon.appointmentCount(),
      await salon.auditCount(),
    ];
    const response = await book({ start: instant(TUESDAY, '13:15') }).expect(
      409,
    );
    expect(response.body).toMatchObject({
      error: 'slot_taken',
      message:
        'Ese hueco ya no está libre: lo acaba de ocupar otra reserva. Elige otra hora.',
    });
    expect(response.body.alternatives.length).toBeGreaterThan(0);
    expect(response.body.alternatives[0]).toEqual({
      stylistId: expect.any(Number),
      start: expect.any(String),
      end: expect.any(String),
    });
    expect(await salon.appointmentCount()).toBe(appointments);
    expect(await salon.auditCount()).toBe(audits);
  });

  it('refuses what the salon rules out with 422 and one Spanish sentence', async () => {
    const audits = await salon.auditCount();
    const refused = async (body: object) => (await book(body).expect(422)).body;
    expect(await refused({ start: instant(TUESDAY, '10:15') })).toEqual({
      error: 'too_soon',
      message: 'Esa hora ya ha pasado.',
    });
    expect(await refused({ start: instant(TUESDAY, '19:45') })).toEqual({
      error: 'outside_hours',
      message: 'Fuera del horario del salón.',
    });
    expect(
      (await refused({ start: instant('2026-12-07', '11:00') })).error,
    ).toBe('closed_day');
    expect(
      await refused({ stylistId: rosa, start: instant(TUESDAY, '17:00') }),
    ).toEqual({
      error: 'wrong_category',
      message: 'Esa estilista no hace ese servicio.',
    });
    expect(
      (
        await refused({
          serviceIds: [corteHombre, await salon.service('Manicura')],
          start: instant(TUESDAY, '17:00'),
        })
      ).message,
    ).toBe('Esos servicios no los hace la misma estilista.');
    await desk.agent
      .post('/api/blocks')
      .set(desk.csrf)
      .send({
        kind: 'once',
        stylistId: victor,
        start: instant('2026-12-02', '12:00'),
        end: instant('2026-12-02', '13:00'),
      })
      .expect(201);
    expect(await refused({ start: instant('2026-12-02', '12:30') })).toEqual({
      error: 'blocked',
      message: 'La estilista tiene ese rato bloqueado.',
    });
    expect(await salon.auditCount()).toBe(audits + 1);
  });

  it('answers 404 for a customer that does not exist', async () => {
    const response = await book({
      customerId: 999_999,
      start: instant(TUESDAY, '17:00'),
    }).expect(404);
    expect(response.body.message).toBe('Ese cliente no existe.');
  });

  it('explains wrong input per field in Spanish and books nothing', async () => {
    const count = await salon.appointmentCount();
    const response = await desk.agent
      .post('/api/appointments')
      .set(desk.csrf)
      .send({ customerId: paco, serviceIds: [], start: '1 de diciembre' })
      .expect(400);
    expect(response.body).toEqual({
      error: 'invalid',
      message: 'Revisa los datos del formulario.',
      fields: {
        stylistId: 'Elige una estilista.',
        serviceIds: 'Elige al menos un servicio.',
        start: 'Escribe una fecha y hora válidas.',
        idempotencyKey:
          'Falta la clave de la reserva: cierra y vuelve a abrir el formulario.',
      },
    });
    expect(await salon.appointmentCount()).toBe(count);
  });

  it('refuses a change without the CSRF header', async () => {
    const count = await salon.appointmentCount();
    await desk.agent
      .post('/api/appointments')
      .send({
        customerId: paco,
        stylistId: victor,
        serviceIds: [corteHombre],
        start: instant(TUESDAY, '18:00'),
        idempotencyKey: randomUUID(),
      })
      .expect(403);
    expect(await salon.appointmentCount()).toBe(count);
  });
});
