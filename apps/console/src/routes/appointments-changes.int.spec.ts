// The desk moves, cancels and marks appointments: each change audited with who made it; a stale or clashing change is refused and changes nothing.
import { randomUUID } from 'node:crypto';
import type { AgendaAppointment } from '@atrevete/console-api';
import {
  AGENDA_NOW,
  createAgendaSalon,
  instant,
  TUESDAY,
  type AgendaSalon,
} from '../testing/agenda-salon.js';
import type { SignedIn } from '../testing/console-test-app.js';

describe('changing an appointment at the desk', () => {
  let salon: AgendaSalon;
  let desk: SignedIn;
  let owner: SignedIn;
  let ana: number;
  let marta: number;
  let peinado: number;
  let nerea: number;

  beforeAll(async () => {
    salon = await createAgendaSalon();
    desk = await salon.t.signIn(salon.t.staff);
    owner = await salon.t.signIn(salon.t.owner);
    [ana, marta] = [await salon.stylist('Ana'), await salon.stylist('Marta')];
    peinado = await salon.service('Peinado');
    nerea = await salon.customer('Nerea Gil');
  });
  afterEach(() => salon.setNow(AGENDA_NOW));
  afterAll(() => salon.close());

  const book = async (time: string, stylistId = ana) =>
    (
      await desk.agent
        .post('/api/appointments')
        .set(desk.csrf)
        .send({
          customerId: nerea,
          stylistId,
          serviceIds: [peinado],
          start: instant(TUESDAY, time),
          idempotencyKey: randomUUID(),
        })
        .expect(201)
    ).body as AgendaAppointment;
  const move = (who: SignedIn, id: number, body: object) =>
    who.agent.patch(`/api/appointments/${id}`).set(who.csrf).send(body);
  const auditOf = async (id: number) =>
    (await salon.auditRows('appointment')).filter(
      (r) => r.entity_id === String(id),
    );

  it('moves an appointment to another time and stylist, same id, audited before and after', async () => {
    const booked = await book('11:00');
    const moved = await move(desk, booked.id, {
      start: instant(TUESDAY, '12:30'),
      stylistId: marta,
      expectedUpdatedAt: booked.updatedAt,
    }).expect(200);
    expect(moved.body).toMatchObject({
      id: booked.id,
      stylistId: marta,
      start: instant(TUESDAY, '12:30'),
      end: instant(TUESDAY, '13:00'),
      services: [{ id: peinado, name: 'Peinado' }],
    });
    expect(moved.body.updatedAt).not.toBe(booked.updatedAt);
    const audit = await auditOf(booked.id);
    expect(audit.map((r) => r.action)).toEqual([
      'appointment.book',
      'appointment.move',
    ]);
    expect(audit[1]).toMatchObject({
      staff_id: salon.t.staff.id,
      before: { stylistId: ana, start: instant(TUESDAY, '11:00') },
      after: { stylistId: marta, start: instant(TUESDAY, '12:30') },
    });
  });

  it('lets only the first of two simultaneous moves win; the other is told it changed', async () => {
    const booked = await book('15:00');
    const [first, second] = await Promise.all([
      move(desk, booked.id, {
        start: instant(TUESDAY, '16:00'),
        expectedUpdatedAt: booked.updatedAt,
      }),
      move(owner, booked.id, {
        start: instant(TUESDAY, '17:00'),
        expectedUpdatedAt: booked.updatedAt,
      }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const loser = first.status === 409 ? first : second;
    const winner = first.status === 200 ? first : second;
    expect(loser.body).toEqual({
      error: 'changed',
      message:
        'Otra persona acaba de cambiar esta cita. Mira la agenda actualizada.',
    });
    const [row] = await salon.t.database.sql<{ start_at: string }[]>`
      SELECT start_at FROM appointments WHERE id = ${booked.id}`;
    expect(new Date(row.start_at).toISOString()).toBe(winner.body.start);
    expect((await auditOf(booked.id)).map((r) => r.action)).toEqual([
      'appointment.book',
      'appointment.move',
    ]);
  });

  it('refuses a move onto another booking or outside the hours, and leaves it where it was', async () => {
    const first = await book('18:00');
    await book('18:30');
    const audits = await salon.auditCount();
    const taken = await move(desk, first.id, {
      start: instant(TUESDAY, '18:30'),
      expectedUpdatedAt: first.updatedAt,
    }).expect(409);
    expect(taken.body.error).toBe('slot_taken');
    expect(taken.body.message).toContain('ya no está libre');
    const closed = await move(desk, first.id, {
      start: instant(TUESDAY, '19:45'),
      expectedUpdatedAt: first.updatedAt,
    }).expect(422);
    expect(closed.body.error).toBe('outside_hours');
    const [row] = await salon.t.database.sql<{ start_at: string }[]>`
      SELECT start_at FROM appointments WHERE id = ${first.id}`;
    expect(new Date(row.start_at).toISOString()).toBe(
      instant(TUESDAY, '18:00'),
    );
    expect(await salon.auditCount()).toBe(audits);
    await move(desk, 999_999, {
      start: instant(TUESDAY, '12:00'),
      expectedUpdatedAt: first.updatedAt,
    }).expect(404);
    const missing = await move(desk, first.id, { start: 'mañana' }).expect(400);
    expect(missing.body.fields).toEqual({
      start: 'Escribe una fecha y hora válidas.',
      expectedUpdatedAt: 'Escribe una fecha y hora válidas.',
    });
  });

  it('cancels with a reason (audited), not without one, and not a version someone changed', async () => {
    const booked = await book('13:30');
    const cancel = (body: object, id = booked.id) =>
      desk.agent
        .post(`/api/appointments/${id}/cancel`)
        .set(desk.csrf)
        .send(body);
    const blank = await cancel({ reason: '   ' }).expect(400);
    expect(blank.body.fields).toEqual({
      reason: 'Escribe el motivo de la cancelación.',
    });
    const moved = await move(desk, booked.id, {
      start: instant(TUESDAY, '14:00'),
      expectedUpdatedAt: booked.updatedAt,
    }).expect(200);
    const stale = await cancel({
      reason: 'La clienta llama',
      expectedUpdatedAt: booked.updatedAt,
    }).expect(409);
    expect(stale.body.error).toBe('changed');
    const cancelled = await cancel({
      reason: 'La clienta está enferma',
      expectedUpdatedAt: moved.body.updatedAt,
    }).expect(200);
    expect(cancelled.body).toMatchObject({
      id: booked.id,
      status: 'cancelled',
    });
    const audit = await auditOf(booked.id);
    expect(audit.at(-1)).toMatchObject({
      staff_id: salon.t.staff.id,
      action: 'appointment.cancel',
      after: {
        status: 'cancelled',
        cancellationReason: 'La clienta está enferma',
      },
    });
    await cancel({ reason: 'otra vez' }).expect(409);
    await cancel({ reason: 'no existe' }, 999_999).expect(404);
  });

  it('records who came once the appointment has started, not before, not a cancelled one', async () => {
    const booked = await book('11:00', marta);
    const outcome = (status: string, id = booked.id) =>
      desk.agent
        .post(`/api/appointments/${id}/outcome`)
        .set(desk.csrf)
        .send({ status });
    const early = await outcome('completed').expect(409);
    expect(early.body).toEqual({
      error: 'too_early',
      message: 'La cita todavía no ha empezado.',
    });
    salon.setNow(new Date(booked.start));
    const done = await outcome('no_show').expect(200);
    expect(done.body).toMatchObject({ id: booked.id, status: 'no_show' });
    await outcome('completed').expect(200);
    expect((await auditOf(booked.id)).map((r) => r.action)).toEqual([
      'appointment.book',
      'appointment.outcome',
      'appointment.outcome',
    ]);
    const wrong = await outcome('maybe').expect(400);
    expect(wrong.body.fields).toEqual({
      status: 'Indica si el cliente vino o no vino.',
    });
    await outcome('completed', 999_999).expect(404);
  });

  it('refuses to mark a cancelled appointment', async () => {
    const booked = await book('19:00');
    await desk.agent
      .post(`/api/appointments/${booked.id}/cancel`)
      .set(desk.csrf)
      .send({ reason: 'No viene' })
      .expect(200);
    salon.setNow(new Date(booked.end));
    const response = await desk.agent
      .post(`/api/appointments/${booked.id}/outcome`)
      .set(desk.csrf)
      .send({ status: 'completed' })
      .expect(409);
    expect(response.body.error).toBe('cancelled');
  });

  it('confirms a pending appointment (the customer called), audited; its confirmation request is then not sent', async () => {
    const booked = await book('16:30');
    const confirmed = await desk.agent
      .post(`/api/appointments/${booked.id}/confirm`)
      .set(desk.csrf)
      .send({})
      .expect(200);
    expect(confirmed.body).toMatchObject({
      id: booked.id,
      status: 'confirmed',
      messages: {
        confirmation: {
          status: 'skipped',
          reason: 'already_confirmed',
          text: 'No hizo falta: ya estaba confirmada.',
        },
      },
    });
    // Again: nothing changes, nothing more audited.
    await desk.agent
      .post(`/api/appointments/${booked.id}/confirm`)
      .set(desk.csrf)
      .send({})
      .expect(200);
    expect((await auditOf(booked.id)).map((r) => r.action)).toEqual([
      'appointment.book',
      'appointment.confirm',
    ]);
  });

  it('refuses to confirm a cancelled appointment, and one that does not exist', async () => {
    const booked = await book('17:30');
    await desk.agent
      .post(`/api/appointments/${booked.id}/cancel`)
      .set(desk.csrf)
      .send({ reason: 'Llamó' })
      .expect(200);
    const refused = await desk.agent
      .post(`/api/appointments/${booked.id}/confirm`)
      .set(desk.csrf)
      .send({})
      .expect(409);
    expect(refused.body.message).toMatch(/no se puede confirmar/);
    await desk.agent
      .post('/api/appointments/999999/confirm')
      .set(desk.csrf)
      .send({})
      .expect(404);
  });

  it('shows the customer’s no-shows and an unconfirmed flag in the agenda', async () => {
    const missed = await book('10:45', marta);
    salon.setNow(new Date(instant(TUESDAY, '11:00')));
    await desk.agent
      .post(`/api/appointments/${missed.id}/outcome`)
      .set(desk.csrf)
      .send({ status: 'no_show' })
      .expect(200);
    const later = await book('17:00', marta);
    await salon.t.database.sql`
      UPDATE appointments SET unconfirmed_flagged_at = now() WHERE id = ${later.id}`;
    const agenda = (
      await desk.agent.get(`/api/agenda?date=${TUESDAY}&view=day`).expect(200)
    ).body as { stylists: { appointments: AgendaAppointment[] }[] };
    const shown = agenda.stylists
      .flatMap((s) => s.appointments)
      .find((a) => a.id === later.id);
    expect(shown).toMatchObject({
      customer: { noShows: 1 },
      unconfirmedAlert: true,
    });
  });
});
