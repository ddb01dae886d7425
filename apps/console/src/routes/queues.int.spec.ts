// The queue dashboard behind the console's login: the owner sees it, the staff get 403, a visitor goes to the login; its changes only from the console itself.
import request from 'supertest';
import {
  createConsoleTestApp,
  type ConsoleTestApp,
  type SignedIn,
} from '../testing/console-test-app.js';

describe('/queues', () => {
  let t: ConsoleTestApp;
  let owner: SignedIn;

  beforeAll(async () => {
    t = await createConsoleTestApp();
    owner = await t.signIn(t.owner);
  });
  afterAll(() => t.close());

  const queue = () => t.deps.queues[0];

  it('shows the owner the dashboard, and its API lists the queues', async () => {
    const page = await owner.agent.get('/queues').expect(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.text).toContain('Colas del bot');
    // Its scripts load from under /queues (the page's <base>).
    const base = /<base href="([^"]+)"/.exec(page.text)?.[1];
    const script = /<script[^>]+src="([^"]+)"/.exec(page.text)?.[1];
    expect(base).toBe('/queues/');
    await owner.agent
      .get(new URL(script ?? '', `http://console${base}`).pathname)
      .expect(200);
    const api = await owner.agent.get('/queues/api/queues').expect(200);
    expect(api.body.queues.map((q: { name: string }) => q.name)).toEqual([
      queue().name,
    ]);
  });

  it('sends a visitor without a session to the login form, and back', async () => {
    const response = await request(t.app).get('/queues').expect(302);
    expect(response.headers['location']).toBe('/login?next=%2Fqueues');
    await request(t.app).get('/queues/api/queues').expect(401);
  });

  it('answers the staff with a Spanish 403 page', async () => {
    const staff = await t.signIn(t.staff);
    const page = await staff.agent.get('/queues').expect(403);
    expect(page.text).toContain('Sin permiso');
    await staff.agent.get('/queues/api/queues').expect(403);
    await staff.agent
      .put(`/queues/api/queues/${queue().name}/pause`)
      .set('Origin', 'http://127.0.0.1:8002')
      .expect(403);
    expect(await queue().isPaused()).toBe(false);
  });

  it('takes a change only from a page of the console itself', async () => {
    const path = `/queues/api/queues/${queue().name}/pause`;
    await owner.agent
      .put(path)
      .set('Origin', 'https://otro-sitio.example')
      .expect(403);
    await owner.agent.put(path).expect(403);
    expect(await queue().isPaused()).toBe(false);

    await owner.agent
      .put(path)
      .set('Referer', 'http://127.0.0.1:8002/queues')
      .expect(200);
    expect(await queue().isPaused()).toBe(true);
    await owner.agent
      .put(`/queues/api/queues/${queue().name}/resume`)
      .set('Origin', 'http://127.0.0.1:8002')
      .expect(200);
    expect(await queue().isPaused()).toBe(false);
  });
});
