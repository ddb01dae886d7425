// The outbox's marks on the real Postgres: an attempt whose outcome is unknown stays unconfirmed until its result or its echo says otherwise.
import type { Effect } from '@atrevete/schema';
import {
  createMigratedTestDatabase,
  type MigratedTestDatabase,
} from '../../testing.js';
import { outbox } from '../schema/index.js';
import {
  confirmEffectEcho,
  listPendingEffects,
  markEffectAttempted,
  markEffectSent,
  noteEffectError,
} from './outbox.js';

const key = { accountId: 1, conversationId: 42 };

describe('the outbox', () => {
  let database: MigratedTestDatabase;
  let nextTurn = 0;

  beforeAll(async () => {
    database = await createMigratedTestDatabase();
  });
  afterAll(() => database.drop());

  async function owe(
    { kind, ...payload }: Effect,
    conversationId = key.conversationId,
  ): Promise<number> {
    const [row] = await database.db
      .insert(outbox)
      .values({
        turnId: `turn-${++nextTurn}`,
        accountId: key.accountId,
        conversationId,
        kind,
        payload,
      })
      .returning({ id: outbox.id });
    return row.id;
  }
  const pending = async (conversationId: number) =>
    listPendingEffects(database.db, { ...key, conversationId });
  const row = async (id: number) =>
    (
      await database.sql`SELECT status, chatwoot_message_id::int AS "messageId", unconfirmed_since IS NOT NULL AS unconfirmed FROM outbox WHERE id = ${id}`
    )[0];

  it('keeps an attempt unconfirmed until its outcome is known, and says for how long by its own clock', async () => {
    const labels = await owe({ kind: 'add_labels', labels: ['vip'] }, 55);
    await markEffectAttempted(database.db, labels, { unconfirmed: false });
    await noteEffectError(database.db, labels, 'HTTP 504', 'unknown');
    expect(await row(labels)).toMatchObject({ unconfirmed: false });

    const id = await owe({ kind: 'message', content: 'hola' }, 50);
    expect((await pending(50))[0]).toMatchObject({ unconfirmedForMs: null });

    expect(
      await markEffectAttempted(database.db, id, { unconfirmed: true }),
    ).toBe(true);
    await database.sql`UPDATE outbox SET unconfirmed_since = now() - interval '3 seconds' WHERE id = ${id}`;
    const [waiting] = await pending(50);
    expect(waiting.attempts).toBe(1);
    expect(waiting.unconfirmedForMs).toBeGreaterThanOrEqual(3000);
    expect(waiting.unconfirmedForMs).toBeLessThan(60_000);

    // The call ended in a timeout: the message may have been created just now.
    await noteEffectError(database.db, id, 'timeout', 'unknown');
    const [restarted] = await pending(50);
    expect(restarted.unconfirmedForMs).toBeLessThan(3000);
    await noteEffectError(database.db, id, 'ECONNREFUSED', 'no');
    expect(await row(id)).toMatchObject({ unconfirmed: false });

    await markEffectAttempted(database.db, id, { unconfirmed: true });
    await markEffectSent(database.db, id, 900);
    expect(await row(id)).toEqual({
      status: 'sent',
      messageId: 900,
      unconfirmed: false,
    });
  });

  it('records a pending row sent when its echo comes back, and leaves a row already recorded as it is', async () => {
    const echoed = await owe({ kind: 'message', content: 'uno' }, 51);
    const sent = await owe({ kind: 'private_note', content: 'nota' }, 51);
    await markEffectAttempted(database.db, echoed, { unconfirmed: true });
    await markEffectSent(database.db, sent, 700);

    const echo = (outboxId: number, chatwootMessageId: number) =>
      confirmEffectEcho(database.db, {
        ...key,
        conversationId: 51,
        outboxId,
        chatwootMessageId,
      });
    expect(await echo(echoed, 701)).toBe('confirmed');
    expect(await echo(echoed, 702)).toBe('already_recorded');
    expect(await echo(sent, 703)).toBe('already_recorded');
    expect(await row(echoed)).toEqual({
      status: 'sent',
      messageId: 701,
      unconfirmed: false,
    });
    expect(await row(sent)).toMatchObject({ messageId: 700 });
    expect(await pending(51)).toEqual([]);
  });

  it('never lets an echo confirm a row of another conversation', async () => {
    const id = await owe({ kind: 'message', content: 'hola' }, 52);
    expect(
      await confirmEffectEcho(database.db, {
        ...key,
        conversationId: 53,
        outboxId: id,
        chatwootMessageId: 800,
      }),
    ).toBe('unknown_row');
    expect(await row(id)).toMatchObject({ status: 'pending' });
  });

  it('refuses to count an attempt of a row its echo already confirmed', async () => {
    const id = await owe({ kind: 'message', content: 'hola' }, 54);
    await confirmEffectEcho(database.db, {
      ...key,
      conversationId: 54,
      outboxId: id,
      chatwootMessageId: 801,
    });
    expect(
      await markEffectAttempted(database.db, id, { unconfirmed: true }),
    ).toBe(false);
    expect(await row(id)).toMatchObject({ status: 'sent', messageId: 801 });
  });
});
