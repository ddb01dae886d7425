// The owner reads the audit log: newest first, who and what in words, changed fields written as a person would, paged and filtered.
import type { AuditEntryView, AuditListResponse } from '@atrevete/console-api';
import { insertAuditEntry } from '@atrevete/db';
import {
  createConsoleTestApp,
  type ConsoleTestApp,
  type SignedIn,
} from '../testing/console-test-app.js';

describe('/api/audit', () => {
  let t: ConsoleTestApp;
  let owner: SignedIn;

  beforeEach(async () => {
    t = await createConsoleTestApp();
    owner = await t.signIn(t.owner);
  });
  afterEach(() => t.close());

  const read = async (query = ''): Promise<AuditListResponse> =>
    (await owner.agent.get(`/api/audit${query}`).expect(200)).body;
  const serviceId = async (name: string): Promise<number> => {
    const [row] = await t.database
      .sql`SELECT id FROM services WHERE name = ${name}`;
    return row['id'];
  };

  it('shows a price change with who made it, what it was about, and the prices in euros', async () => {
    await owner.agent
      .patch(`/api/catalogue/services/${await serviceId('Tinte raíz')}`)
      .set(owner.csrf)
      .send({ priceCents: 4250, aliases: ['tinte'] })
      .expect(200);
    const { entries, nextBefore } = await read();
    expect(nextBefore).toBeNull();
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry).toMatchObject({
      staffName: 'Marta Dueña',
      action: 'service.update',
      actionText: 'Cambió un servicio',
      entity: 'service',
      subject: 'Tinte raíz',
    });
    expect(entry.changes).toEqual([
      {
        field: 'priceCents',
        label: 'Precio',
        before: '40,00\u00a0€',
        after: '42,50\u00a0€',
      },
      {
        field: 'aliases',
        label: 'Otros nombres',
        before: 'tinte, color, retocar raíces',
        after: 'tinte',
      },
    ]);
  });

  it('writes the week, holidays and stylists in words', async () => {
    const ana = (
      await t.database.sql`SELECT id FROM stylists WHERE name = 'Ana'`
    )[0]['id'];
    await owner.agent
      .patch(`/api/catalogue/services/${await serviceId('Mechas')}`)
      .set(owner.csrf)
      .send({ stylistIds: [ana] })
      .expect(200);
    const week = [1, 2, 3, 4, 5, 6, 7].map((weekday) =>
      weekday === 2
        ? {
            weekday,
            closed: false,
            opensAt: '10:00',
            closesAt: '20:00',
            breakStart: '14:00',
            breakEnd: '15:00',
          }
        : { weekday, closed: true },
    );
    await owner.agent
      .put('/api/settings/hours')
      .set(owner.csrf)
      .send({ days: week })
      .expect(200);
    const [hours, mechas] = (await read()).entries;
    expect(hours.subject).toBe('Horario de la semana');
    expect(hours.changes).toEqual([
      {
        field: 'weekday2',
        label: 'Martes',
        before: '10:00–20:00',
        after: '10:00–20:00, descanso 14:00–15:00',
      },
      ...['Miércoles', 'Jueves', 'Viernes'].map((label, index) => ({
        field: `weekday${index + 3}`,
        label,
        before: '10:00–20:00',
        after: 'Cerrado',
      })),
      {
        field: 'weekday6',
        label: 'Sábado',
        before: '09:00–14:00',
        after: 'Cerrado',
      },
    ]);
    expect(mechas.changes).toEqual([
      {
        field: 'stylistIds',
        label: 'Estilistas',
        before: 'Todos los de su categoría',
        after: 'Ana',
      },
    ]);
  });

  it('names a change made outside the console as nobody, and pages 50 at a time, newest first', async () => {
    for (let n = 1; n <= 52; n++)
      await insertAuditEntry(t.database.db, {
        staffId: null,
        action: 'holiday.create',
        entity: 'holiday',
        entityId: `2027-01-${String((n % 28) + 1).padStart(2, '0')}`,
        before: null,
        after: { date: '2027-01-06', name: `Festivo ${n}` },
      });
    const first = await read();
    expect(first.entries).toHaveLength(50);
    expect(first.entries[0]).toMatchObject({
      staffName: null,
      actionText: 'Añadió un festivo',
      subject: '6 de enero de 2027 · Festivo 52',
    });
    expect(first.nextBefore).toBe(first.entries[49].id);
    const second = await read(`?before=${first.nextBefore}`);
    expect(second.entries.map((e: AuditEntryView) => e.subject)).toEqual([
      '6 de enero de 2027 · Festivo 2',
      '6 de enero de 2027 · Festivo 1',
    ]);
    expect(second.nextBefore).toBeNull();
  });

  it('filters by what changed, and refuses a malformed page', async () => {
    await owner.agent
      .post('/api/settings/holidays')
      .set(owner.csrf)
      .send({ date: '2099-12-24', name: 'Nochebuena' })
      .expect(201);
    await owner.agent
      .patch(`/api/catalogue/services/${await serviceId('Peinado')}`)
      .set(owner.csrf)
      .send({ active: false })
      .expect(200);
    const holidays = await read('?entity=holiday');
    expect(holidays.entries.map((e) => e.subject)).toEqual([
      '24 de diciembre de 2099 · Nochebuena',
    ]);
    expect((await read('?entity=')).entries).toHaveLength(2);
    const bad = await owner.agent.get('/api/audit?before=abc').expect(400);
    expect(bad.body.fields).toEqual({
      before: 'La página pedida no es válida.',
    });
  });
});
