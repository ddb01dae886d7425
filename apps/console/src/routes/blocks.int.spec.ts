// The desk blocks a stylist's time once or every week, learns which appointments are already inside, and removes blocks — each audited.
import type { NewBlockResponse } from '@atrevete/console-api';
import {
  createAgendaSalon,
  instant,
  TUESDAY,
  type AgendaSalon,
} from '../testing/agenda-salon.js';
import type { SignedIn } from '../testing/console-test-app.js';

describe('/api/blocks', () => {
  let salon: AgendaSalon;
  let desk: SignedIn;
  let pilar: number;

  beforeAll(async () => {
    salon = await createAgendaSalon();
    desk = await salon.t.signIn(salon.t.staff);
    pilar = await salon.stylist('Pilar');
  });
  afterAll(() => salon.close());

  const block = (body: object) =>
    desk.agent.post('/api/blocks').set(desk.csrf).send(body);

  it('blocks an afternoon, names the appointment already inside it, and audits the block', async () => {
    const inside = await salon.botBooks({
      customer: await salon.customer('Carmen Soto'),
      stylist: pilar,
      services: [await salon.service('Peinado')],
      start: instant(TUESDAY, '16:00'),
    });
    const response = await block({
      kind: 'once',
      stylistId: pilar,
      start: instant(TUESDAY, '15:00'),
      end: instant(TUESDAY, '20:00'),
      reason: '  Médico  ',
    }).expect(201);
    const body: NewBlockResponse = response.body;
    expect(body).toEqual({ id: expect.any(Number), overlapping: [inside.id] });
    const [audit] = (await salon.auditRows('blocking_event')).filter(
      (r) => r.entity_id === String(body.id),
    );
    expect(audit).toMatchObject({
      staff_id: salon.t.staff.id,
      action: 'block.create',
      before: null,
      after: expect.objectContaining({ stylistId: pilar, reason: 'Médico' }),
    });
  });

  it('blocks every Thursday morning, stored in minutes and shown back as times', async () => {
    const response = await block({
      kind: 'weekly',
      stylistId: pilar,
      weekday: 4,
      startTime: '10:00',
      endTime: '11:30',
    }).expect(201);
    const [row] = await salon.t.database.sql<
      { weekday: number; start_minute: number; end_minute: number }[]
    >`SELECT weekday, start_minute, end_minute FROM blocking_events WHERE id = ${response.body.id}`;
    expect(row).toEqual({ weekday: 4, start_minute: 600, end_minute: 690 });
    const week = await desk.agent
      .get(`/api/agenda?date=2026-12-03&view=week&stylist=${pilar}`)
      .expect(200);
    expect(week.body.stylists[0].blocks).toContainEqual({
      id: response.body.id,
      stylistId: pilar,
      kind: 'weekly',
      weekday: 4,
      startTime: '10:00',
      endTime: '11:30',
      reason: null,
    });
  });

  it('refuses an end before the start, an unknown stylist or a wrong kind, in Spanish, writing nothing', async () => {
    const audits = await salon.auditCount();
    const backwards = await block({
      kind: 'weekly',
      stylistId: pilar,
      weekday: 2,
      startTime: '13:00',
      endTime: '12:00',
    }).expect(400);
    expect(backwards.body.fields).toEqual({
      endTime: 'La hora de fin debe ser posterior a la de inicio.',
    });
    const empty = await block({
      kind: 'once',
      stylistId: pilar,
      start: instant(TUESDAY, '12:00'),
      end: instant(TUESDAY, '12:00'),
    }).expect(400);
    expect(empty.body.fields).toEqual({
      end: 'La hora de fin debe ser posterior a la de inicio.',
    });
    const nobody = await block({
      kind: 'once',
      stylistId: 999_999,
      start: instant(TUESDAY, '12:00'),
      end: instant(TUESDAY, '13:00'),
    }).expect(400);
    expect(nobody.body.fields).toEqual({
      stylistId: 'Esa estilista no existe o ya no trabaja en el salón.',
    });
    const wrongKind = await block({ kind: 'forever', stylistId: pilar }).expect(
      400,
    );
    expect(wrongKind.body.fields).toEqual({
      kind: 'Elige el tipo de bloqueo: un rato o cada semana.',
    });
    const badTime = await block({
      kind: 'weekly',
      stylistId: pilar,
      weekday: 8,
      startTime: '9:00',
      endTime: '10:00',
    }).expect(400);
    expect(badTime.body.fields).toEqual({
      weekday: 'Elige un día de la semana.',
      startTime: 'Escribe una hora como 09:30.',
    });
    expect(await salon.auditCount()).toBe(audits);
  });

  it('removes a block (audited) so the time is free again; a second removal is a 404', async () => {
    const created = await block({
      kind: 'once',
      stylistId: pilar,
      start: instant('2026-12-02', '10:00'),
      end: instant('2026-12-02', '12:00'),
    }).expect(201);
    await desk.agent
      .delete(`/api/blocks/${created.body.id}`)
      .set(desk.csrf)
      .expect(204);
    const [{ n }] = await salon.t.database.sql<{ n: number }[]>`
      SELECT count(*)::int AS n FROM blocking_events WHERE id = ${created.body.id}`;
    expect(n).toBe(0);
    const audit = (await salon.auditRows('blocking_event')).filter(
      (r) => r.entity_id === String(created.body.id),
    );
    expect(audit.map((r) => [r.action, r.staff_id])).toEqual([
      ['block.create', salon.t.staff.id],
      ['block.remove', salon.t.staff.id],
    ]);
    await desk.agent
      .delete(`/api/blocks/${created.body.id}`)
      .set(desk.csrf)
      .expect(404);
    await desk.agent.delete('/api/blocks/abc').set(desk.csrf).expect(404);
  });
});
