// /api/handoffs on the real Postgres: the conversations the bot gave to a person, newest first, with why, who and the Chatwoot link, 50 a page.
import { customers, handoffs, turns } from '@atrevete/db';
import request from 'supertest';
import {
  createConsoleTestApp,
  type ConsoleTestApp,
  type SignedIn,
} from '../testing/console-test-app.js';

describe('/api/handoffs', () => {
  let t: ConsoleTestApp;
  let desk: SignedIn;

  beforeEach(async () => {
    t = await createConsoleTestApp();
    desk = await t.signIn(t.staff);
  });
  afterEach(() => t.close());

  /** A turn of conversation `conversationId` that handed over `minutesAgo` minutes before 12:00. */
  const handOff = async (
    conversationId: number,
    reason: string,
    contactId: number | null,
    minutesAgo: number,
  ) => {
    const turnId = `turn-1-${conversationId}-${conversationId}`;
    await t.database.db.insert(turns).values({
      turnId,
      accountId: 1,
      conversationId,
      messageIds: [conversationId],
    });
    await t.database.db.insert(handoffs).values({
      turnId,
      accountId: 1,
      conversationId,
      contactId,
      reason,
      createdAt: new Date(
        Date.parse('2026-12-09T12:00:00Z') - minutesAgo * 60_000,
      ),
    });
  };

  it('answers 401 without a session', async () => {
    const response = await request(t.app).get('/api/handoffs').expect(401);
    expect(response.body.error).toBe('unauthenticated');
  });

  it('lists hand-offs newest first: when, why in Spanish, the customer if known, and the conversation in Chatwoot', async () => {
    const [laura] = await t.database.db
      .insert(customers)
      .values({
        name: 'Laura Pérez',
        phone: '+34600111222',
        chatwootContactId: 501,
      })
      .returning({ id: customers.id });
    await handOff(42, 'asked', 501, 30);
    await handOff(43, 'turn_failed', 777, 10);
    await handOff(44, 'complaint', null, 20);
    await handOff(45, 'a-reason-of-a-newer-bot', null, 40);

    const { body } = await desk.agent.get('/api/handoffs').expect(200);
    expect(body.nextCursor).toBeNull();
    expect(body.handoffs).toEqual([
      {
        turnId: 'turn-1-43-43',
        createdAt: '2026-12-09T11:50:00.000Z',
        reason: 'turn_failed',
        reasonText: 'El bot no pudo responder (error)',
        customer: null,
        chatwootConversationUrl:
          'https://chatwoot.salon.test/app/accounts/1/conversations/43',
      },
      expect.objectContaining({
        reason: 'complaint',
        reasonText: 'Queja de la clienta',
      }),
      {
        turnId: 'turn-1-42-42',
        createdAt: '2026-12-09T11:30:00.000Z',
        reason: 'asked',
        reasonText: 'La clienta pidió hablar con una persona',
        customer: { id: laura.id, name: 'Laura Pérez', phone: '+34600111222' },
        chatwootConversationUrl:
          'https://chatwoot.salon.test/app/accounts/1/conversations/42',
      },
      expect.objectContaining({
        reason: 'a-reason-of-a-newer-bot',
        reasonText: 'Traspaso a una persona',
      }),
    ]);
  });

  it('pages by 50 with a cursor, and refuses a cursor it did not give', async () => {
    for (let n = 0; n < 55; n++) await handOff(100 + n, 'asked', null, n);

    const first = (await desk.agent.get('/api/handoffs').expect(200)).body;
    expect(first.handoffs).toHaveLength(50);
    expect(first.handoffs[0].turnId).toBe('turn-1-100-100');
    expect(first.nextCursor).toEqual(expect.any(String));

    const second = (
      await desk.agent
        .get('/api/handoffs')
        .query({ before: first.nextCursor })
        .expect(200)
    ).body;
    expect(second.handoffs.map((h: { turnId: string }) => h.turnId)).toEqual([
      'turn-1-150-150',
      'turn-1-151-151',
      'turn-1-152-152',
      'turn-1-153-153',
      'turn-1-154-154',
    ]);
    expect(second.nextCursor).toBeNull();

    const refused = await desk.agent
      .get('/api/handoffs')
      .query({ before: 'no-es-un-cursor' })
      .expect(400);
    expect(refused.body.fields).toEqual({
      before: 'La página pedida no es válida.',
    });
  });

  it('gives no links when the console has no Chatwoot address', async () => {
    await t.close();
    t = await createConsoleTestApp({ settings: { chatwoot: null } });
    await handOff(42, 'asked', null, 5);
    const owner = await t.signIn(t.owner);
    const { body } = await owner.agent.get('/api/handoffs').expect(200);
    expect(body.handoffs).toHaveLength(1);
    expect(body.handoffs[0].chatwootConversationUrl).toBeNull();
  });
});
