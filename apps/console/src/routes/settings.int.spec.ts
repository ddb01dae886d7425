// The owner's salon settings, weekly hours and holidays: read, changed with an audit row each, bad input explained per field with nothing written.
import type {
  OpeningDayView,
  OpeningHoursRequest,
  SettingsResponse,
} from '@atrevete/console-api';
import request from 'supertest';
import {
  createConsoleTestApp,
  type ConsoleTestApp,
  type SignedIn,
} from '../testing/console-test-app.js';

const NOW = new Date('2026-12-01T09:00:00Z');

/** The demo week as the form sends it back. */
function demoWeek(): OpeningHoursRequest['days'] {
  return [1, 2, 3, 4, 5, 6, 7].map((weekday) =>
    weekday === 1 || weekday === 7
      ? { weekday, closed: true }
      : weekday === 6
        ? { weekday, closed: false, opensAt: '09:00', closesAt: '14:00' }
        : { weekday, closed: false, opensAt: '10:00', closesAt: '20:00' },
  );
}

describe('/api/settings', () => {
  let t: ConsoleTestApp;
  let owner: SignedIn;

  beforeEach(async () => {
    t = await createConsoleTestApp({ now: () => NOW });
    owner = await t.signIn(t.owner);
  });
  afterEach(() => t.close());

  const settings = async (): Promise<SettingsResponse> =>
    (await owner.agent.get('/api/settings').expect(200)).body;
  const audit = () =>
    t.database.sql<
      {
        staff_id: number;
        action: string;
        entity: string;
        before: unknown;
        after: unknown;
      }[]
    >`SELECT staff_id, action, entity, before, after FROM audit_log ORDER BY id`;

  it('shows the settings, the week Monday first with closed days, and the holidays from today on', async () => {
    const body = await settings();
    expect(body.salon).toEqual({
      name: 'Atrévete Peluquería',
      address: 'Calle de la Constitución 5, Madrid',
      phone: null,
      personaName: 'Maite',
      timeZone: 'Europe/Madrid',
      minNoticeMinutes: 120,
      maxDaysAhead: 60,
      maxFutureAppointments: 3,
      cancellationWindowHours: 24,
      confirmationOffsetMinutes: 1440,
      reminderOffsetMinutes: 120,
      unconfirmedAlertMinutes: 240,
      confirmationTemplate: 'confirmacion_cita',
      reminderTemplate: 'recordatorio_cita',
      templateLanguage: 'es',
    });
    expect(body.hours[0]).toEqual({
      weekday: 1,
      closed: true,
      opensAt: null,
      closesAt: null,
      breakStart: null,
      breakEnd: null,
    });
    expect(
      body.hours.map((d) => (d.closed ? '-' : `${d.opensAt}-${d.closesAt}`)),
    ).toEqual([
      '-',
      '10:00-20:00',
      '10:00-20:00',
      '10:00-20:00',
      '10:00-20:00',
      '09:00-14:00',
      '-',
    ]);
    const dates = body.holidays.map((h) => h.date);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((date) => date >= '2026-12-01')).toBe(true);
    expect(dates).toContain('2026-12-25');
  });

  it('is the owner’s: the staff get 403 and nobody without a session gets in', async () => {
    const staff = await t.signIn(t.staff);
    await staff.agent.get('/api/settings').expect(403);
    await staff.agent
      .put('/api/settings/hours')
      .set(staff.csrf)
      .send({ days: demoWeek() })
      .expect(403);
    await request(t.app).get('/api/settings').expect(401);
    expect(await audit()).toEqual([]);
  });

  it('changes the settings the bot uses, audited with before and after', async () => {
    const change = {
      ...(await settings()).salon,
      address: 'Calle Mayor 1, Madrid',
      phone: ' 910 000 000 ',
      minNoticeMinutes: 60,
      // No template outside the 24-hour window for the reminder: not sent there.
      reminderTemplate: '',
      unconfirmedAlertMinutes: 180,
    };
    const response = await owner.agent
      .put('/api/settings')
      .set(owner.csrf)
      .send(change)
      .expect(200);
    expect(response.body).toMatchObject({
      address: 'Calle Mayor 1, Madrid',
      phone: '910 000 000',
      minNoticeMinutes: 60,
      reminderTemplate: null,
      unconfirmedAlertMinutes: 180,
    });
    const [row] = await audit();
    expect(row).toMatchObject({
      staff_id: t.owner.id,
      action: 'settings.update',
      entity: 'settings',
      before: expect.objectContaining({
        address: 'Calle de la Constitución 5, Madrid',
        minNoticeMinutes: 120,
      }),
      after: expect.objectContaining({
        address: 'Calle Mayor 1, Madrid',
        minNoticeMinutes: 60,
      }),
    });
  });

  it('refuses settings that make no sense, per field, and writes nothing', async () => {
    const response = await owner.agent
      .put('/api/settings')
      .set(owner.csrf)
      .send({
        ...(await settings()).salon,
        address: ' ',
        maxDaysAhead: 0,
        reminderOffsetMinutes: 2000,
        confirmationTemplate: 'Confirmación Cita',
        templateLanguage: 'español',
      })
      .expect(400);
    expect(response.body.fields).toEqual({
      address: 'Escribe la dirección.',
      maxDaysAhead: 'Al menos 1 día.',
      confirmationTemplate:
        'Los nombres de plantilla de WhatsApp llevan minúsculas, números y "_".',
      templateLanguage:
        'Escribe el código de idioma de WhatsApp, por ejemplo es o es_ES.',
      reminderOffsetMinutes:
        'El recordatorio tiene que ir más cerca de la cita que la petición de confirmación.',
    });
    expect((await settings()).salon.address).toBe(
      'Calle de la Constitución 5, Madrid',
    );
    expect(await audit()).toEqual([]);
  });

  it('replaces the whole week at once: Monday opens with a break, Saturday closes', async () => {
    const week = demoWeek();
    week[0] = {
      weekday: 1,
      closed: false,
      opensAt: '09:30',
      closesAt: '19:00',
      breakStart: '14:00',
      breakEnd: '15:00',
    };
    week[5] = { weekday: 6, closed: true };
    const response = await owner.agent
      .put('/api/settings/hours')
      .set(owner.csrf)
      .send({ days: week })
      .expect(200);
    const hours: OpeningDayView[] = response.body.hours;
    expect(hours[0]).toEqual({
      weekday: 1,
      closed: false,
      opensAt: '09:30',
      closesAt: '19:00',
      breakStart: '14:00',
      breakEnd: '15:00',
    });
    expect(hours[5].closed).toBe(true);
    expect((await settings()).hours).toEqual(hours);
    const rows = await t.database
      .sql`SELECT weekday, opens_at, break_start FROM opening_hours ORDER BY weekday`;
    expect(rows.map((r) => r['weekday'])).toEqual([1, 2, 3, 4, 5]);
    const [row] = await audit();
    expect(row).toMatchObject({ action: 'hours.update', entity: 'hours' });
    expect(row.before).toHaveLength(5);
    expect(row.after).toEqual(
      expect.arrayContaining([
        {
          weekday: 1,
          opensAt: 570,
          closesAt: 1140,
          breakStart: 840,
          breakEnd: 900,
        },
      ]),
    );
  });

  it('explains impossible hours next to the day and field, and keeps the old week', async () => {
    const week = demoWeek();
    week[1] = {
      weekday: 2,
      closed: false,
      opensAt: '20:00',
      closesAt: '10:00',
    };
    week[2] = {
      weekday: 3,
      closed: false,
      opensAt: '10:00',
      closesAt: '20:00',
      breakStart: '09:00',
      breakEnd: '21:00',
    };
    week[3] = {
      weekday: 4,
      closed: false,
      opensAt: '10:00',
      closesAt: '25:00',
    };
    week[4] = {
      weekday: 5,
      closed: false,
      opensAt: '10:00',
      closesAt: '20:00',
      breakStart: '14:00',
    };
    const response = await owner.agent
      .put('/api/settings/hours')
      .set(owner.csrf)
      .send({ days: week })
      .expect(400);
    expect(response.body.fields).toEqual({
      'days.1.closesAt':
        'La hora de cierre tiene que ser posterior a la de apertura.',
      'days.2.breakStart': 'El descanso tiene que empezar después de abrir.',
      'days.2.breakEnd': 'El descanso tiene que acabar antes de cerrar.',
      'days.3.closesAt': 'Escribe la hora como HH:MM, por ejemplo 09:30.',
      'days.4.breakEnd': 'Escribe también el final del descanso.',
    });
    const missingDay = await owner.agent
      .put('/api/settings/hours')
      .set(owner.csrf)
      .send({ days: demoWeek().slice(1) })
      .expect(400);
    expect(missingDay.body.fields).toEqual({
      days: 'Envía los siete días de la semana.',
    });
    expect((await settings()).hours[1]).toMatchObject({
      opensAt: '10:00',
      closesAt: '20:00',
    });
    expect(await audit()).toEqual([]);
  });

  it('adds and removes a holiday, each audited; a repeated or past day is refused', async () => {
    const added = await owner.agent
      .post('/api/settings/holidays')
      .set(owner.csrf)
      .send({ date: '2026-12-24', name: ' Nochebuena ' })
      .expect(201);
    expect(added.body).toEqual({ date: '2026-12-24', name: 'Nochebuena' });
    expect((await settings()).holidays).toContainEqual({
      date: '2026-12-24',
      name: 'Nochebuena',
    });

    const again = await owner.agent
      .post('/api/settings/holidays')
      .set(owner.csrf)
      .send({ date: '2026-12-24', name: 'Otra vez' })
      .expect(409);
    expect(again.body).toEqual({
      error: 'holiday_exists',
      message: 'Ese día ya es festivo.',
    });
    const past = await owner.agent
      .post('/api/settings/holidays')
      .set(owner.csrf)
      .send({ date: '2026-11-30', name: 'Ayer' })
      .expect(400);
    expect(past.body.fields).toEqual({ date: 'Esa fecha ya ha pasado.' });
    const malformed = await owner.agent
      .post('/api/settings/holidays')
      .set(owner.csrf)
      .send({ date: '2026-02-30', name: '' })
      .expect(400);
    expect(malformed.body.fields).toEqual({
      date: 'Escribe una fecha válida.',
      name: 'Escribe el nombre del festivo.',
    });

    await owner.agent
      .delete('/api/settings/holidays/2026-12-24')
      .set(owner.csrf)
      .expect(204);
    await owner.agent
      .delete('/api/settings/holidays/2026-12-24')
      .set(owner.csrf)
      .expect(404);
    expect((await settings()).holidays.map((h) => h.date)).not.toContain(
      '2026-12-24',
    );
    expect(
      (await audit()).map((r) => [r.action, r.entity, r.before, r.after]),
    ).toEqual([
      [
        'holiday.create',
        'holiday',
        null,
        { date: '2026-12-24', name: 'Nochebuena' },
      ],
      [
        'holiday.remove',
        'holiday',
        { date: '2026-12-24', name: 'Nochebuena' },
        null,
      ],
    ]);
  });
});
