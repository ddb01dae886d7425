// The console's HTTP contract for everyone: health, sign-in, sessions, CSRF and the login rate limit.
import { updateStaffAccount } from '@atrevete/db';
import request from 'supertest';
import {
  createConsoleTestApp,
  TEST_PASSWORD,
  type ConsoleTestApp,
} from './testing/console-test-app.js';

describe('console app', () => {
  let t: ConsoleTestApp;

  beforeEach(async () => {
    t = await createConsoleTestApp({
      settings: { loginLimit: { attempts: 3, windowMs: 60_000 } },
    });
  });
  afterEach(() => t.close());

  it('answers liveness and readiness with Postgres and Redis up', async () => {
    await request(t.app).get('/health/live').expect(200);
    const ready = await request(t.app).get('/health').expect(200);
    expect(ready.body.components).toEqual({
      postgres: { status: 'ok' },
      redis: { status: 'ok' },
    });
  });

  it.each([
    '/api/session',
    '/api/agenda?date=2026-12-09',
    '/api/settings',
    '/api/anything',
  ])('answers 401 to %s without a session', async (path) => {
    const response = await request(t.app).get(path).expect(401);
    expect(response.body).toEqual({
      error: 'unauthenticated',
      message: expect.stringContaining('sesión'),
    });
  });

  it('signs in with the right password: an httpOnly SameSite cookie, the person and a CSRF token', async () => {
    const response = await request(t.app)
      .post('/api/session/login')
      .send({ email: 'Recepcion@Salon.test ', password: TEST_PASSWORD })
      .expect(200);
    const cookie = response.headers['set-cookie'][0];
    expect(cookie).toMatch(/^atrevete_session=[\w-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toContain('Secure');
    expect(response.body.staff).toEqual({
      id: t.staff.id,
      email: 'recepcion@salon.test',
      name: 'Lucía Recepción',
      role: 'staff',
    });
    expect(response.body.csrfToken).toMatch(/^[\w-]{20,}$/);
    expect(response.body.chatwootUrl).toBe(
      'https://chatwoot.salon.test/app/accounts/1',
    );
  });

  it('marks the cookie Secure when the console is published over https', async () => {
    await t.close();
    t = await createConsoleTestApp({
      settings: { publicUrl: 'https://consola.salon.test' },
    });
    const response = await request(t.app)
      .post('/api/session/login')
      .send({ email: t.owner.email, password: TEST_PASSWORD })
      .expect(200);
    expect(response.headers['set-cookie'][0]).toContain('; Secure');
  });

  it('refuses a wrong password, an unknown email and a disabled account with the same message', async () => {
    await updateStaffAccount(t.database.db, t.staff.id, { active: false });
    const attempts = [
      { email: t.owner.email, password: 'no-es-esta' },
      { email: 'nadie@salon.test', password: TEST_PASSWORD },
      { email: t.staff.email, password: TEST_PASSWORD },
    ];
    for (const attempt of attempts) {
      const response = await request(t.app)
        .post('/api/session/login')
        .send(attempt)
        .expect(401);
      expect(response.body).toEqual({
        error: 'wrong_login',
        message: 'El correo o la contraseña no son correctos.',
      });
      expect(response.headers['set-cookie']).toBeUndefined();
    }
  });

  it('explains a malformed login per field and changes nothing', async () => {
    const response = await request(t.app)
      .post('/api/session/login')
      .send({ email: 'no es un correo', password: '' })
      .expect(400);
    expect(response.body.error).toBe('invalid');
    expect(response.body.fields).toEqual({
      email: 'Escribe un correo electrónico válido.',
      password: 'Escribe tu contraseña.',
    });
  });

  it('answers a body that is not JSON with a clear 400', async () => {
    const response = await request(t.app)
      .post('/api/session/login')
      .set('Content-Type', 'application/json')
      .send('{"email":')
      .expect(400);
    expect(response.body.message).toContain('JSON');
  });

  it('rate-limits failed logins per address and email, not successful ones', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      await request(t.app)
        .post('/api/session/login')
        .send({ email: t.owner.email, password: 'mala' })
        .expect(401);
    }
    const blocked = await request(t.app)
      .post('/api/session/login')
      .send({ email: t.owner.email, password: TEST_PASSWORD })
      .expect(429);
    expect(blocked.body.error).toBe('too_many_attempts');
    // A colleague at the same desk still gets in, as many times as needed.
    for (let attempt = 0; attempt < 5; attempt++) await t.signIn(t.staff);
  });

  it('needs the session CSRF token for every change, and signs out', async () => {
    const { agent, csrf } = await t.signIn(t.staff);
    await agent.get('/api/session').expect(200);
    const refused = await agent.post('/api/session/logout').expect(403);
    expect(refused.body.error).toBe('csrf');
    await agent
      .post('/api/session/logout')
      .set({ 'x-csrf-token': 'forged' })
      .expect(403);
    await agent.post('/api/session/logout').set(csrf).expect(204);
    await agent.get('/api/session').expect(401);
  });

  it('refuses a change sent from a page of another site', async () => {
    const { agent, csrf } = await t.signIn(t.staff);
    const response = await agent
      .post('/api/session/logout')
      .set(csrf)
      .set('Origin', 'https://evil.example')
      .expect(403);
    expect(response.body.error).toBe('csrf');
    await agent.get('/api/session').expect(200);
  });

  it('ends a session when it expires or the account is disabled', async () => {
    let now = new Date();
    await t.close();
    t = await createConsoleTestApp({ now: () => now });
    const { agent } = await t.signIn(t.staff);
    await agent.get('/api/session').expect(200);
    now = new Date(now.getTime() + 13 * 3600_000);
    await agent.get('/api/session').expect(401);

    now = new Date();
    const owner = await t.signIn(t.owner);
    await updateStaffAccount(t.database.db, t.owner.id, { active: false });
    await owner.agent.get('/api/session').expect(401);
  });
});
