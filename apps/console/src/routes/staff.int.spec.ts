// The owner manages the team's accounts: add (a generated password shown once), disable (signed out at once), reset a password, and never lose the last owner.
import type { NewStaffResponse, StaffView } from '@atrevete/console-api';
import request from 'supertest';
import {
  createConsoleTestApp,
  TEST_PASSWORD,
  type ConsoleTestApp,
  type SignedIn,
} from '../testing/console-test-app.js';

describe('/api/staff', () => {
  let t: ConsoleTestApp;
  let owner: SignedIn;

  beforeEach(async () => {
    t = await createConsoleTestApp();
    owner = await t.signIn(t.owner);
  });
  afterEach(() => t.close());

  const login = (email: string, password: string) =>
    request(t.app).post('/api/session/login').send({ email, password });
  const audit = () =>
    t.database.sql<
      {
        staff_id: number;
        action: string;
        entity_id: string;
        before: unknown;
        after: unknown;
      }[]
    >`SELECT staff_id, action, entity_id, before, after FROM audit_log WHERE entity = 'staff' ORDER BY id`;

  it('lists every account by name, without password hashes', async () => {
    const response = await owner.agent.get('/api/staff').expect(200);
    const staff: StaffView[] = response.body.staff;
    expect(staff.map((s) => [s.name, s.role, s.active])).toEqual([
      ['Lucía Recepción', 'staff', true],
      ['Marta Dueña', 'owner', true],
    ]);
    expect(JSON.stringify(response.body)).not.toContain('argon2');
  });

  it('adds an account with a generated password, shown once, that signs in', async () => {
    const response = await owner.agent
      .post('/api/staff')
      .set(owner.csrf)
      .send({ email: ' Ana@Salon.test ', name: 'Ana', role: 'staff' })
      .expect(201);
    const body: NewStaffResponse = response.body;
    expect(body.account).toMatchObject({
      email: 'ana@salon.test',
      name: 'Ana',
      role: 'staff',
      active: true,
    });
    expect(body.generatedPassword).toMatch(/^[\w-]{16}$/);
    await login('ana@salon.test', body.generatedPassword ?? '').expect(200);
    const [row] = await audit();
    expect(row).toMatchObject({
      staff_id: t.owner.id,
      action: 'staff.create',
      entity_id: String(body.account.id),
      before: null,
      after: {
        email: 'ana@salon.test',
        name: 'Ana',
        role: 'staff',
        active: true,
      },
    });
    expect(JSON.stringify(row)).not.toContain(body.generatedPassword);
  });

  it('adds an account with the password the owner chose, and returns no password', async () => {
    const response = await owner.agent
      .post('/api/staff')
      .set(owner.csrf)
      .send({
        email: 'pilar@salon.test',
        name: 'Pilar',
        role: 'owner',
        password: 'una-clave-larga',
      })
      .expect(201);
    expect(response.body.generatedPassword).toBeNull();
    await login('pilar@salon.test', 'una-clave-larga').expect(200);
  });

  it('refuses a taken email with 409 and a bad form per field, writing nothing', async () => {
    const taken = await owner.agent
      .post('/api/staff')
      .set(owner.csrf)
      .send({ email: 'RECEPCION@salon.test', name: 'Otra', role: 'staff' })
      .expect(409);
    expect(taken.body).toEqual({
      error: 'email_taken',
      message: 'Ya hay una cuenta con ese correo.',
    });
    const invalid = await owner.agent
      .post('/api/staff')
      .set(owner.csrf)
      .send({
        email: 'no-es-correo',
        name: ' ',
        role: 'jefa',
        password: 'corta',
      })
      .expect(400);
    expect(invalid.body.fields).toEqual({
      email: 'Escribe un correo electrónico válido.',
      name: 'Escribe el nombre.',
      role: 'Elige un rol: propietaria o personal.',
      password: 'La contraseña necesita al menos 10 caracteres.',
    });
    expect((await owner.agent.get('/api/staff')).body.staff).toHaveLength(2);
    expect(await audit()).toEqual([]);
  });

  it('disables an account: its open session ends at once and it cannot sign in; enabling lets it back', async () => {
    const colleague = await t.signIn(t.staff);
    await colleague.agent.get('/api/session').expect(200);
    const response = await owner.agent
      .patch(`/api/staff/${t.staff.id}`)
      .set(owner.csrf)
      .send({ active: false })
      .expect(200);
    expect(response.body).toMatchObject({ id: t.staff.id, active: false });
    await colleague.agent.get('/api/session').expect(401);
    await login(t.staff.email, TEST_PASSWORD).expect(401);

    await owner.agent
      .patch(`/api/staff/${t.staff.id}`)
      .set(owner.csrf)
      .send({ active: true })
      .expect(200);
    await login(t.staff.email, TEST_PASSWORD).expect(200);
    expect((await audit()).map((r) => [r.action, r.before, r.after])).toEqual([
      [
        'staff.update',
        expect.objectContaining({ active: true }),
        expect.objectContaining({ active: false }),
      ],
      [
        'staff.update',
        expect.objectContaining({ active: false }),
        expect.objectContaining({ active: true }),
      ],
    ]);
  });

  it('never leaves the salon without an active owner', async () => {
    for (const change of [{ active: false }, { role: 'staff' }]) {
      const response = await owner.agent
        .patch(`/api/staff/${t.owner.id}`)
        .set(owner.csrf)
        .send(change)
        .expect(409);
      expect(response.body).toEqual({
        error: 'last_owner',
        message:
          'Tiene que quedar al menos una propietaria activa: nombra antes a otra persona propietaria.',
      });
    }
    await owner.agent.get('/api/staff').expect(200);
    expect(await audit()).toEqual([]);

    // With a second owner, the first may step down.
    await owner.agent
      .patch(`/api/staff/${t.staff.id}`)
      .set(owner.csrf)
      .send({ role: 'owner' })
      .expect(200);
    await owner.agent
      .patch(`/api/staff/${t.owner.id}`)
      .set(owner.csrf)
      .send({ role: 'staff' })
      .expect(200);
    await owner.agent.get('/api/staff').expect(403);
  });

  it('lets two owners demoting each other at once leave one owner', async () => {
    const second = await t.signIn(t.staff);
    const agentOf = (id: number) => (id === t.owner.id ? owner : second);
    const activeOwners = async () =>
      (
        await t.database.sql<{ id: number }[]>`
          SELECT id FROM staff_accounts WHERE role = 'owner' AND active`
      ).map((row) => row.id);
    // A few rounds: the race is between two transactions, and one round may not overlap.
    for (let round = 0; round < 5; round++) {
      const [remaining] = await activeOwners();
      const other = remaining === t.owner.id ? t.staff.id : t.owner.id;
      const promoter = agentOf(remaining);
      await promoter.agent
        .patch(`/api/staff/${other}`)
        .set(promoter.csrf)
        .send({ role: 'owner' })
        .expect(200);
      const results = await Promise.all([
        owner.agent
          .patch(`/api/staff/${t.staff.id}`)
          .set(owner.csrf)
          .send({ role: 'staff' }),
        second.agent
          .patch(`/api/staff/${t.owner.id}`)
          .set(second.csrf)
          .send({ role: 'staff' }),
      ]);
      // The loser is refused as the last owner (409) or, when the winner committed first, as staff already (403).
      const [won, lost] = results.map((r) => r.status).sort();
      expect(won).toBe(200);
      expect([403, 409]).toContain(lost);
      expect(await activeOwners()).toHaveLength(1);
    }
  });

  it('resets a password: a new one shown once, the old one and the open sessions stop working', async () => {
    const colleague = await t.signIn(t.staff);
    const response = await owner.agent
      .post(`/api/staff/${t.staff.id}/reset-password`)
      .set(owner.csrf)
      .expect(200);
    expect(response.body.account.id).toBe(t.staff.id);
    const password: string = response.body.generatedPassword;
    expect(password).toMatch(/^[\w-]{16}$/);
    await colleague.agent.get('/api/session').expect(401);
    await login(t.staff.email, TEST_PASSWORD).expect(401);
    await login(t.staff.email, password).expect(200);
    const [row] = await audit();
    expect(row).toMatchObject({
      action: 'staff.reset_password',
      entity_id: String(t.staff.id),
    });
    expect(JSON.stringify(row)).not.toContain(password);
  });

  it('keeps the owner signed in here when resetting their own password', async () => {
    const elsewhere = await t.signIn(t.owner);
    await owner.agent
      .post(`/api/staff/${t.owner.id}/reset-password`)
      .set(owner.csrf)
      .expect(200);
    await owner.agent.get('/api/session').expect(200);
    await elsewhere.agent.get('/api/session').expect(401);
  });

  it('answers 404 for an account that does not exist', async () => {
    await owner.agent
      .patch('/api/staff/99999')
      .set(owner.csrf)
      .send({ name: 'X' })
      .expect(404);
    await owner.agent
      .post('/api/staff/99999/reset-password')
      .set(owner.csrf)
      .expect(404);
  });
});
