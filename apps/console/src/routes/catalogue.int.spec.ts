// The owner's price list: every staff member reads it, only the owner changes it, every change audited, bad input refused in Spanish with nothing written.
import type { CatalogueResponse, ServiceView } from '@atrevete/console-api';
import { serviceStylists } from '@atrevete/db';
import {
  createConsoleTestApp,
  type ConsoleTestApp,
  type SignedIn,
} from '../testing/console-test-app.js';

describe('/api/catalogue', () => {
  let t: ConsoleTestApp;
  let owner: SignedIn;

  beforeAll(async () => {
    t = await createConsoleTestApp();
    owner = await t.signIn(t.owner);
  });
  afterAll(() => t.close());

  async function catalogue(): Promise<CatalogueResponse> {
    return (await owner.agent.get('/api/catalogue').expect(200)).body;
  }
  const serviceNamed = async (name: string): Promise<ServiceView> => {
    const found = (await catalogue()).services.find((s) => s.name === name);
    if (!found) throw new Error(`no service ${name}`);
    return found;
  };
  const stylistId = async (name: string): Promise<number> => {
    const found = (await catalogue()).stylists.find((s) => s.name === name);
    if (!found) throw new Error(`no stylist ${name}`);
    return found.id;
  };
  const auditRows = (entity: string) =>
    t.database.sql<
      {
        staff_id: number | null;
        action: string;
        entity_id: string;
        before: unknown;
        after: unknown;
      }[]
    >`SELECT staff_id, action, entity_id, before, after FROM audit_log WHERE entity = ${entity} ORDER BY id`;
  const auditCount = async () =>
    (await t.database.sql`SELECT count(*)::int AS n FROM audit_log`)[0].n;

  it('lets any staff member read the services (with who does each) and the stylists', async () => {
    const staff = await t.signIn(t.staff);
    const body: CatalogueResponse = (
      await staff.agent.get('/api/catalogue').expect(200)
    ).body;
    expect(body.services).toHaveLength(17);
    expect(body.stylists.map((s) => s.name)).toEqual([
      'Víctor',
      'Ana',
      'Marta',
      'Ana María',
      'Pilar',
      'Rosa',
    ]);
    const tinte = body.services.find((s) => s.name === 'Tinte raíz');
    const hair = body.stylists
      .filter((s) => s.category === 'Peluquería')
      .map((s) => s.id);
    expect(tinte).toMatchObject({
      category: 'Peluquería',
      durationMinutes: 90,
      priceCents: 4000,
      aliases: ['tinte', 'color', 'retocar raíces'],
      active: true,
      stylistIds: hair,
    });
  });

  it('changes a price and writes who changed it, before and after, in the same change', async () => {
    const tinte = await serviceNamed('Tinte raíz');
    const response = await owner.agent
      .patch(`/api/catalogue/services/${tinte.id}`)
      .set(owner.csrf)
      .send({ priceCents: 4250 })
      .expect(200);
    expect(response.body).toMatchObject({ id: tinte.id, priceCents: 4250 });
    expect((await serviceNamed('Tinte raíz')).priceCents).toBe(4250);
    const [row] = (await auditRows('service')).filter(
      (r) => r.entity_id === String(tinte.id),
    );
    expect(row).toMatchObject({
      staff_id: t.owner.id,
      action: 'service.update',
      before: expect.objectContaining({ name: 'Tinte raíz', priceCents: 4000 }),
      after: expect.objectContaining({ name: 'Tinte raíz', priceCents: 4250 }),
    });
  });

  it('adds a service, narrowed to two stylists, and reads it back with them', async () => {
    const [ana, marta] = [await stylistId('Ana'), await stylistId('Marta')];
    const created = await owner.agent
      .post('/api/catalogue/services')
      .set(owner.csrf)
      .send({
        name: 'Ondas al agua',
        category: 'Peluquería',
        durationMinutes: 75,
        priceCents: 3050,
        aliases: ['ondas', ' Ondas ', ''],
        stylistIds: [marta, ana],
      })
      .expect(201);
    expect(created.body).toMatchObject({
      name: 'Ondas al agua',
      aliases: ['ondas'],
      active: true,
      stylistIds: [ana, marta],
    });
    const rows = await t.database.db.select().from(serviceStylists);
    expect(
      rows
        .filter((r) => r.serviceId === created.body.id)
        .map((r) => r.stylistId),
    ).toEqual([ana, marta]);
    const [audit] = (await auditRows('service')).filter(
      (r) => r.entity_id === String(created.body.id),
    );
    expect(audit).toMatchObject({
      action: 'service.create',
      before: null,
      after: expect.objectContaining({ stylistIds: [ana, marta] }),
    });
  });

  it('stores "every stylist of the category" as no narrowing, so a new stylist does it too', async () => {
    const hair = (await catalogue()).stylists
      .filter((s) => s.category === 'Peluquería' && s.active)
      .map((s) => s.id);
    const peinado = await serviceNamed('Peinado');
    await owner.agent
      .patch(`/api/catalogue/services/${peinado.id}`)
      .set(owner.csrf)
      .send({ stylistIds: hair })
      .expect(200);
    const rows = await t.database.db.select().from(serviceStylists);
    expect(rows.filter((r) => r.serviceId === peinado.id)).toEqual([]);
    const added = await owner.agent
      .post('/api/catalogue/stylists')
      .set(owner.csrf)
      .send({ name: 'Lola', category: 'Peluquería' })
      .expect(201);
    expect((await serviceNamed('Peinado')).stylistIds).toContain(added.body.id);
  });

  it('refuses a duplicate name with 409 and writes nothing', async () => {
    const before = await auditCount();
    const response = await owner.agent
      .post('/api/catalogue/services')
      .set(owner.csrf)
      .send({
        name: 'Mechas',
        category: 'Peluquería',
        durationMinutes: 60,
        priceCents: 100,
      })
      .expect(409);
    expect(response.body).toEqual({
      error: 'name_taken',
      message: 'Ya existe un servicio con ese nombre.',
    });
    const corte = await serviceNamed('Corte hombre');
    await owner.agent
      .patch(`/api/catalogue/services/${corte.id}`)
      .set(owner.csrf)
      .send({ name: 'Corte mujer' })
      .expect(409);
    expect((await serviceNamed('Corte hombre')).name).toBe('Corte hombre');
    expect(await auditCount()).toBe(before);
  });

  it('explains each wrong field in Spanish and changes nothing', async () => {
    const before = await auditCount();
    const mechas = await serviceNamed('Mechas');
    const response = await owner.agent
      .patch(`/api/catalogue/services/${mechas.id}`)
      .set(owner.csrf)
      .send({ durationMinutes: 62, priceCents: -100, category: 'Uñas' })
      .expect(400);
    expect(response.body).toEqual({
      error: 'invalid',
      message: 'Revisa los datos del formulario.',
      fields: {
        durationMinutes: 'La duración va de 5 en 5 minutos.',
        priceCents: 'El precio no puede ser negativo.',
        category: 'Elige una categoría: Peluquería o Estética.',
      },
    });
    const tooLong = await owner.agent
      .patch(`/api/catalogue/services/${mechas.id}`)
      .set(owner.csrf)
      .send({ durationMinutes: 605 })
      .expect(400);
    expect(tooLong.body.fields.durationMinutes).toContain('600');
    const rosa = await stylistId('Rosa');
    const otherCategory = await owner.agent
      .patch(`/api/catalogue/services/${mechas.id}`)
      .set(owner.csrf)
      .send({ stylistIds: [rosa] })
      .expect(400);
    expect(otherCategory.body.fields).toEqual({
      stylistIds: 'Elige solo estilistas de la categoría del servicio.',
    });
    await owner.agent
      .patch(`/api/catalogue/services/${mechas.id}`)
      .set(owner.csrf)
      .send({})
      .expect(400);
    expect(await serviceNamed('Mechas')).toEqual(mechas);
    expect(await auditCount()).toBe(before);
  });

  it('answers 404 for a service or stylist that does not exist', async () => {
    for (const path of [
      '/api/catalogue/services/99999',
      '/api/catalogue/services/abc',
      '/api/catalogue/stylists/99999',
    ]) {
      await owner.agent
        .patch(path)
        .set(owner.csrf)
        .send({ active: false })
        .expect(404);
    }
  });

  it('deactivates and renames a stylist, audited; a taken name is a 409', async () => {
    const victor = await stylistId('Víctor');
    const changed = await owner.agent
      .patch(`/api/catalogue/stylists/${victor}`)
      .set(owner.csrf)
      .send({ active: false, name: 'Víctor M.' })
      .expect(200);
    expect(changed.body).toEqual({
      id: victor,
      name: 'Víctor M.',
      category: 'Peluquería',
      active: false,
    });
    expect((await serviceNamed('Corte hombre')).stylistIds).not.toContain(
      victor,
    );
    const [row] = (await auditRows('stylist')).filter(
      (r) => r.entity_id === String(victor),
    );
    expect(row).toMatchObject({
      action: 'stylist.update',
      before: { name: 'Víctor', category: 'Peluquería', active: true },
      after: { name: 'Víctor M.', category: 'Peluquería', active: false },
    });
    const taken = await owner.agent
      .patch(`/api/catalogue/stylists/${victor}`)
      .set(owner.csrf)
      .send({ name: 'Ana' })
      .expect(409);
    expect(taken.body.message).toBe('Ya existe un estilista con ese nombre.');
  });

  it('keeps a stylist named in narrowed services in their category', async () => {
    const ana = await stylistId('Ana');
    const response = await owner.agent
      .patch(`/api/catalogue/stylists/${ana}`)
      .set(owner.csrf)
      .send({ category: 'Estética' })
      .expect(409);
    expect(response.body.error).toBe('stylist_in_services');
    expect(
      (await catalogue()).stylists.find((s) => s.id === ana)?.category,
    ).toBe('Peluquería');
  });

  it('resets who does a service when its category changes', async () => {
    const ondas = await serviceNamed('Ondas al agua');
    const rosa = await stylistId('Rosa');
    const moved = await owner.agent
      .patch(`/api/catalogue/services/${ondas.id}`)
      .set(owner.csrf)
      .send({ category: 'Estética' })
      .expect(200);
    expect(moved.body.stylistIds).toEqual([rosa]);
  });
});
