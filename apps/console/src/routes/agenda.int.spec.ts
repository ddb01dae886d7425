// The desk's agenda: a day with a column per stylist or one stylist's week, the days' hours and holidays, blocks, and refusals in Spanish.
import type { AgendaResponse } from '@atrevete/console-api';
import request from 'supertest';
import {
  createAgendaSalon,
  instant,
  TUESDAY,
  type AgendaSalon,
} from '../testing/agenda-salon.js';
import type { SignedIn } from '../testing/console-test-app.js';

describe('GET /api/agenda', () => {
  let salon: AgendaSalon;
  let desk: SignedIn;
  let marta: number;
  let rosa: number;
  let elena: number;

  beforeAll(async () => {
    salon = await createAgendaSalon();
    desk = await salon.t.signIn(salon.t.staff);
    [marta, rosa] = [await salon.stylist('Marta'), await salon.stylist('Rosa')];
    elena = await salon.customer('Elena Ruiz');
    await salon.botBooks({
      customer: elena,
      stylist: marta,
      services: [await salon.service('Corte mujer')],
      start: instant(TUESDAY, '16:00'),
    });
    await salon.t.database.sql`
      INSERT INTO holidays (date, name) VALUES ('2026-12-08', 'Inmaculada Concepción')
      ON CONFLICT (date) DO UPDATE SET name = EXCLUDED.name`;
  });
  afterAll(() => salon.close());

  const agenda = async (query: string): Promise<AgendaResponse> =>
    (await desk.agent.get(`/api/agenda?${query}`).expect(200)).body;

  it("shows the day with every active stylist, the day's hours and the bot's booking", async () => {
    const day = await agenda(`date=${TUESDAY}&view=day`);
    expect(day.view).toBe('day');
    expect(day.timeZone).toBe('Europe/Madrid');
    expect(day.days).toEqual([
      {
        date: TUESDAY,
        hours: {
          opens: '10:00',
          closes: '20:00',
          breakStart: null,
          breakEnd: null,
        },
        holiday: null,
      },
    ]);
    expect(day.stylists.map((s) => s.name)).toEqual([
      'Víctor',
      'Ana',
      'Marta',
      'Ana María',
      'Pilar',
      'Rosa',
    ]);
    const column = day.stylists.find((s) => s.id === marta);
    expect(column?.appointments).toHaveLength(1);
    expect(column?.appointments[0]).toEqual({
      id: expect.any(Number),
      stylistId: marta,
      start: instant(TUESDAY, '16:00'),
      end: instant(TUESDAY, '16:45'),
      status: expect.stringMatching(/^(pending|confirmed)$/),
      priceCents: 2500,
      customer: {
        id: elena,
        name: 'Elena Ruiz',
        phone: expect.any(String),
        noShows: 0,
      },
      services: [{ id: expect.any(Number), name: 'Corte mujer' }],
      bookedBy: { kind: 'bot' },
      bookedFor: null,
      updatedAt: expect.any(String),
      // Booked at 10:30 for 16:00: the confirmation request would come too close to it.
      messages: {
        confirmation: {
          status: 'skipped',
          reason: 'booked_within_offset',
          text: 'No se envió: la cita se reservó con menos antelación.',
          at: null,
        },
        reminder: {
          status: 'scheduled',
          reason: null,
          text: 'Programada.',
          at: null,
        },
      },
      unconfirmedAlert: false,
    });
  });

  it("shows a stylist's week from Monday to Sunday, closed days and holidays included", async () => {
    const week = await agenda(`date=2026-12-10&view=week&stylist=${rosa}`);
    expect(week.days.map((d) => d.date)).toEqual([
      '2026-12-07',
      '2026-12-08',
      '2026-12-09',
      '2026-12-10',
      '2026-12-11',
      '2026-12-12',
      '2026-12-13',
    ]);
    expect(week.days[0]).toEqual({
      date: '2026-12-07',
      hours: null,
      holiday: null,
    });
    expect(week.days[1]).toEqual({
      date: '2026-12-08',
      hours: null,
      holiday: 'Inmaculada Concepción',
    });
    expect(week.days[5].hours).toMatchObject({
      opens: '09:00',
      closes: '14:00',
    });
    expect(week.stylists.map((s) => s.id)).toEqual([rosa]);
  });

  it('shows the blocks that concern the days shown, weekly ones with their times', async () => {
    const block = async (body: object) =>
      (
        await desk.agent
          .post('/api/blocks')
          .set(desk.csrf)
          .send(body)
          .expect(201)
      ).body.id as number;
    const training = await block({
      kind: 'once',
      stylistId: rosa,
      start: instant(TUESDAY, '12:00'),
      end: instant(TUESDAY, '13:30'),
      reason: 'Formación',
    });
    const lunch = await block({
      kind: 'weekly',
      stylistId: rosa,
      weekday: 2,
      startTime: '14:00',
      endTime: '15:00',
    });
    await block({
      kind: 'once',
      stylistId: rosa,
      start: instant('2026-12-02', '10:00'),
      end: instant('2026-12-02', '11:00'),
    });
    await block({
      kind: 'weekly',
      stylistId: rosa,
      weekday: 3,
      startTime: '09:00',
      endTime: '10:00',
    });
    const day = await agenda(`date=${TUESDAY}&view=day`);
    expect(day.stylists.find((s) => s.id === rosa)?.blocks).toEqual([
      {
        id: training,
        stylistId: rosa,
        kind: 'once',
        start: instant(TUESDAY, '12:00'),
        end: instant(TUESDAY, '13:30'),
        reason: 'Formación',
      },
      {
        id: lunch,
        stylistId: rosa,
        kind: 'weekly',
        weekday: 2,
        startTime: '14:00',
        endTime: '15:00',
        reason: null,
      },
    ]);
    const week = await agenda(`date=${TUESDAY}&view=week&stylist=${rosa}`);
    expect(week.stylists[0].blocks).toHaveLength(4);
  });

  it('refuses a wrong query with a Spanish reason per field', async () => {
    const refused = async (query: string) =>
      (await desk.agent.get(`/api/agenda?${query}`).expect(400)).body;
    expect(await refused('date=2026-12-01')).toEqual({
      error: 'invalid',
      message: 'Revisa los datos del formulario.',
      fields: { view: 'Elige la vista: día o semana.' },
    });
    expect((await refused('view=day&date=1-12-2026')).fields).toEqual({
      date: 'Escribe una fecha como 2026-12-09.',
    });
    expect((await refused('view=day&date=2026-02-30')).fields).toEqual({
      date: 'Esa fecha no existe.',
    });
    expect((await refused(`view=week&date=${TUESDAY}`)).fields).toEqual({
      stylist: 'Elige una estilista para ver su semana.',
    });
  });

  it('answers 401 without a session', async () => {
    await request(salon.t.app)
      .get(`/api/agenda?date=${TUESDAY}&view=day`)
      .expect(401);
  });
});
