// The salon's own questions and answers as the owner edits them: read, added, changed, switched off, removed, each audited; bad input and a taken topic change nothing.
import type {
  AuditListResponse,
  SalonAnswersResponse,
  SalonAnswerView,
} from '@atrevete/console-api';
import { listActiveSalonAnswers } from '@atrevete/db';
import request from 'supertest';
import {
  createConsoleTestApp,
  type ConsoleTestApp,
  type SignedIn,
} from '../testing/console-test-app.js';

const PARKING_TOPIC = 'Aparcamiento';

describe('/api/settings/answers', () => {
  let t: ConsoleTestApp;
  let owner: SignedIn;

  beforeEach(async () => {
    t = await createConsoleTestApp();
    owner = await t.signIn(t.owner);
  });
  afterEach(() => t.close());

  const answers = async (): Promise<SalonAnswerView[]> => {
    const body: SalonAnswersResponse = (
      await owner.agent.get('/api/settings/answers').expect(200)
    ).body;
    return body.answers;
  };
  const answerOn = async (topic: string): Promise<SalonAnswerView> => {
    const found = (await answers()).find((entry) => entry.topic === topic);
    if (!found) throw new Error(`no answer on ${topic}`);
    return found;
  };
  const audit = () =>
    t.database.sql<
      {
        staff_id: number | null;
        action: string;
        entity_id: string;
        before: unknown;
        after: unknown;
      }[]
    >`SELECT staff_id, action, entity_id, before, after FROM audit_log WHERE entity = 'salon_answer' ORDER BY id`;
  const auditCount = async () =>
    (await t.database.sql`SELECT count(*)::int AS n FROM audit_log`)[0].n;

  it('lists the seeded answers in the order they were added', async () => {
    const list = await answers();
    expect(list.map((entry) => entry.topic)).toEqual([
      'Retrasos',
      'Cancelaciones',
      'Formas de pago',
      'Aparcamiento',
      'Accesibilidad',
      'Niños',
      'Tarjetas regalo',
      'Productos',
      'Wi-Fi y bebidas',
      'Recordatorios',
    ]);
    expect(list[2]).toMatchObject({
      topic: 'Formas de pago',
      active: true,
      answer: expect.stringContaining('Bizum'),
      phrasings: expect.arrayContaining(['bizum', 'tarjeta']),
    });
    expect(Number.isNaN(Date.parse(list[2].updatedAt))).toBe(false);
  });

  it('adds an answer, trimmed and with repeated phrasings kept once, and audits it', async () => {
    const created = await owner.agent
      .post('/api/settings/answers')
      .set(owner.csrf)
      .send({
        topic: ' Mascotas ',
        phrasings: [' perro ', 'Perro', 'mascota', 'puedo ir con mi perro'],
        answer: ' Sí, los perros pequeños son bienvenidos. ',
      })
      .expect(201);
    expect(created.body).toMatchObject({
      topic: 'Mascotas',
      phrasings: ['perro', 'mascota', 'puedo ir con mi perro'],
      answer: 'Sí, los perros pequeños son bienvenidos.',
      active: true,
    });
    expect((await answers()).at(-1)).toEqual(created.body);
    expect(await audit()).toEqual([
      {
        staff_id: t.owner.id,
        action: 'salon_answer.create',
        entity_id: String(created.body.id),
        before: null,
        after: {
          topic: 'Mascotas',
          phrasings: ['perro', 'mascota', 'puedo ir con mi perro'],
          answer: 'Sí, los perros pequeños son bienvenidos.',
          active: true,
        },
      },
    ]);
    const { entries }: AuditListResponse = (
      await owner.agent.get('/api/audit?entity=salon_answer').expect(200)
    ).body;
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actionText: 'Añadió una pregunta frecuente',
      subject: 'Mascotas',
    });
  });

  it('refuses a topic that is already taken with 409 and writes nothing', async () => {
    const before = await auditCount();
    const taken = await owner.agent
      .post('/api/settings/answers')
      .set(owner.csrf)
      .send({ topic: 'Retrasos', phrasings: ['tarde'], answer: 'Otra.' })
      .expect(409);
    expect(taken.body).toEqual({
      error: 'topic_taken',
      message: 'Ya existe una pregunta con ese tema.',
    });
    const parking = await answerOn(PARKING_TOPIC);
    const renamed = await owner.agent
      .patch(`/api/settings/answers/${parking.id}`)
      .set(owner.csrf)
      .send({ topic: 'Formas de pago' })
      .expect(409);
    expect(renamed.body.message).toBe('Ya existe una pregunta con ese tema.');
    expect(await answerOn(PARKING_TOPIC)).toEqual(parking);
    expect(await answers()).toHaveLength(10);
    expect(await auditCount()).toBe(before);
  });

  it('explains each wrong field in Spanish and changes nothing', async () => {
    const before = await answers();
    const response = await owner.agent
      .post('/api/settings/answers')
      .set(owner.csrf)
      .send({
        topic: '  ',
        phrasings: [],
        answer: 'x'.repeat(1001),
        active: 'sí',
      })
      .expect(400);
    expect(response.body).toEqual({
      error: 'invalid',
      message: 'Revisa los datos del formulario.',
      fields: {
        topic: 'Escribe el tema.',
        phrasings:
          'Escribe al menos una forma en que lo preguntan los clientes.',
        answer: 'La respuesta puede tener hasta 1000 caracteres.',
        active: 'Indica si está activa.',
      },
    });
    const parking = before.find((entry) => entry.topic === PARKING_TOPIC);
    if (!parking) throw new Error('no parking answer');
    const badPhrasings = await owner.agent
      .patch(`/api/settings/answers/${parking.id}`)
      .set(owner.csrf)
      .send({ phrasings: ['parking', ' ', 'p'.repeat(81)] })
      .expect(400);
    expect(badPhrasings.body.fields).toEqual({
      'phrasings.1': 'Hay una forma de preguntarlo vacía.',
      'phrasings.2':
        'Cada forma de preguntarlo puede tener hasta 80 caracteres.',
    });
    const tooMany = await owner.agent
      .patch(`/api/settings/answers/${parking.id}`)
      .set(owner.csrf)
      .send({ phrasings: Array.from({ length: 41 }, (_, n) => `forma ${n}`) })
      .expect(400);
    expect(tooMany.body.fields).toEqual({
      phrasings: 'Como mucho 40 formas de preguntarlo.',
    });
    const nothing = await owner.agent
      .patch(`/api/settings/answers/${parking.id}`)
      .set(owner.csrf)
      .send({})
      .expect(400);
    expect(nothing.body.fields).toEqual({ _: 'No hay nada que cambiar.' });
    expect(await answers()).toEqual(before);
    expect(await audit()).toEqual([]);
  });

  it('changes an answer and its phrasings, audited with before and after', async () => {
    const parking = await answerOn(PARKING_TOPIC);
    const changed = await owner.agent
      .patch(`/api/settings/answers/${parking.id}`)
      .set(owner.csrf)
      .send({
        answer: 'Hay un parking gratuito para clientes en la calle de atrás.',
        phrasings: ['aparcar', 'parking', 'coche'],
      })
      .expect(200);
    expect(changed.body).toMatchObject({
      id: parking.id,
      topic: PARKING_TOPIC,
      answer: 'Hay un parking gratuito para clientes en la calle de atrás.',
      phrasings: ['aparcar', 'parking', 'coche'],
      active: true,
    });
    expect(await answerOn(PARKING_TOPIC)).toEqual(changed.body);
    const [row] = await audit();
    expect(row).toMatchObject({
      staff_id: t.owner.id,
      action: 'salon_answer.update',
      entity_id: String(parking.id),
      before: expect.objectContaining({ answer: parking.answer }),
      after: expect.objectContaining({
        answer: 'Hay un parking gratuito para clientes en la calle de atrás.',
        phrasings: ['aparcar', 'parking', 'coche'],
      }),
    });
  });

  it('switches an answer off: the owner still sees it, the bot stops quoting it', async () => {
    const parking = await answerOn(PARKING_TOPIC);
    await owner.agent
      .patch(`/api/settings/answers/${parking.id}`)
      .set(owner.csrf)
      .send({ active: false })
      .expect(200);
    expect(await answerOn(PARKING_TOPIC)).toMatchObject({
      active: false,
      answer: parking.answer,
    });
    const quoted = await listActiveSalonAnswers(t.database.db);
    expect(quoted).toHaveLength(9);
    expect(quoted.map((entry) => entry.topic)).not.toContain(PARKING_TOPIC);
    expect((await audit()).map((entry) => entry.after)).toEqual([
      expect.objectContaining({ active: false }),
    ]);
  });

  it('removes an answer for good, keeping what it said in the audit log', async () => {
    const parking = await answerOn(PARKING_TOPIC);
    await owner.agent
      .delete(`/api/settings/answers/${parking.id}`)
      .set(owner.csrf)
      .expect(204);
    expect((await answers()).map((entry) => entry.topic)).not.toContain(
      PARKING_TOPIC,
    );
    await owner.agent
      .delete(`/api/settings/answers/${parking.id}`)
      .set(owner.csrf)
      .expect(404);
    expect(await audit()).toEqual([
      {
        staff_id: t.owner.id,
        action: 'salon_answer.delete',
        entity_id: String(parking.id),
        before: expect.objectContaining({
          topic: PARKING_TOPIC,
          answer: parking.answer,
        }),
        after: null,
      },
    ]);
  });

  it('answers 404 for an answer that does not exist', async () => {
    for (const path of [
      '/api/settings/answers/99999',
      '/api/settings/answers/abc',
    ]) {
      const response = await owner.agent
        .patch(path)
        .set(owner.csrf)
        .send({ active: false })
        .expect(404);
      expect(response.body).toEqual({
        error: 'not_found',
        message: 'Esa pregunta no existe.',
      });
      await owner.agent.delete(path).set(owner.csrf).expect(404);
    }
  });

  it('is the owner’s: the staff get 403, a change without the CSRF token 403, nobody without a session gets in', async () => {
    const parking = await answerOn(PARKING_TOPIC);
    const staff = await t.signIn(t.staff);
    const read = await staff.agent.get('/api/settings/answers').expect(403);
    expect(read.body.error).toBe('forbidden');
    await staff.agent
      .post('/api/settings/answers')
      .set(staff.csrf)
      .send({ topic: 'Mascotas', phrasings: ['perro'], answer: 'Sí.' })
      .expect(403);
    await staff.agent
      .patch(`/api/settings/answers/${parking.id}`)
      .set(staff.csrf)
      .send({ active: false })
      .expect(403);
    await staff.agent
      .delete(`/api/settings/answers/${parking.id}`)
      .set(staff.csrf)
      .expect(403);
    const forged = await owner.agent
      .delete(`/api/settings/answers/${parking.id}`)
      .expect(403);
    expect(forged.body.error).toBe('csrf');
    await request(t.app).get('/api/settings/answers').expect(401);
    expect(await answerOn(PARKING_TOPIC)).toEqual(parking);
    expect(await answers()).toHaveLength(10);
    expect(await audit()).toEqual([]);
  });
});
