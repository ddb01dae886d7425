// Hand-offs on the real Postgres: written only by the commit that wins the fence, listed newest first with their customer, page by page.
import {
  createMigratedTestDatabase,
  ledgerMessage,
  type MigratedTestDatabase,
} from '../../testing.js';
import { customers } from '../schema/index.js';
import {
  isReturnedToBot,
  listHandoffs,
  recordHandoff,
  recordReturnToBot,
} from './handoffs.js';
import { recordInboundMessage } from './inbound.js';
import { claimTurn, commitTurn, type ClaimedTurn } from './turns.js';

const key = { accountId: 1, conversationId: 42 };

describe('hand-offs', () => {
  let database: MigratedTestDatabase;

  beforeEach(async () => {
    database = await createMigratedTestDatabase();
  });

  afterEach(async () => {
    await database.drop();
  });

  const commitHandingOff = (turn: ClaimedTurn, reason: string) =>
    commitTurn(database.db, {
      ...key,
      turnId: turn.turnId,
      attempt: turn.attempt,
      effects: [{ kind: 'message', content: 'Te paso con una persona.' }],
      status: 'committed',
      checkpointId: null,
      handoff: { contactId: 99, reason },
    });

  /** The conversation's turn, claimed: there is always one here (its message was just recorded). */
  const claim = async (conversationId = key.conversationId) => {
    const turn = await claimTurn(database.sql, {
      accountId: 1,
      conversationId,
    });
    if (!turn) throw new Error(`nothing to claim in ${conversationId}`);
    return turn;
  };

  const handoffRows = () =>
    database.sql`SELECT turn_id, account_id::int, conversation_id::int, contact_id::int, reason FROM handoffs`;

  it('records the hand-off of a committed turn once, and none for a superseded attempt', async () => {
    await recordInboundMessage(database.db, ledgerMessage(1));
    const stale = await claim();
    const live = await claim();

    expect(await commitHandingOff(stale, 'complaint')).toBe('superseded');
    expect(await handoffRows()).toEqual([]);

    expect(await commitHandingOff(live, 'asked')).toBe('committed');
    expect(await commitHandingOff(live, 'asked')).toBe('superseded');
    expect(await handoffRows()).toEqual([
      {
        turn_id: live.turnId,
        account_id: 1,
        conversation_id: 42,
        contact_id: 99,
        reason: 'asked',
      },
    ]);
  });

  it('records nothing for a turn committed without a hand-off', async () => {
    await recordInboundMessage(database.db, ledgerMessage(1));
    const turn = await claim();
    await commitTurn(database.db, {
      ...key,
      turnId: turn.turnId,
      attempt: turn.attempt,
      effects: [{ kind: 'message', content: 'hola' }],
      status: 'committed',
      checkpointId: null,
    });
    expect(await handoffRows()).toEqual([]);
  });

  it('lists hand-offs newest first with the customer of their contact, page after page', async () => {
    await database.db.insert(customers).values({
      chatwootContactId: 501,
      name: 'Laura Pérez',
      phone: '+34600111222',
    });
    // Five turns handed over in order; contact 501 is a known customer, 502 is not.
    for (let n = 1; n <= 5; n++) {
      const message = ledgerMessage(n, {
        conversationId: 100 + n,
        contactId: n % 2 === 1 ? 501 : 502,
      });
      await recordInboundMessage(database.db, message);
      const turn = await claim(100 + n);
      await recordHandoff(database.db, {
        turnId: turn.turnId,
        accountId: 1,
        conversationId: 100 + n,
        contactId: message.contactId,
        reason: n === 5 ? 'turn_failed' : 'asked',
      });
    }

    const first = await listHandoffs(database.db, { limit: 2 });
    expect(first.map((row) => row.conversationId)).toEqual([105, 104]);
    expect(first[0]).toMatchObject({
      reason: 'turn_failed',
      contactId: 501,
      customer: { name: 'Laura Pérez', phone: '+34600111222' },
    });
    expect(first[1].customer).toBeNull();

    const second = await listHandoffs(database.db, {
      limit: 2,
      before: first[1].cursor,
    });
    expect(second.map((row) => row.conversationId)).toEqual([103, 102]);
    const last = await listHandoffs(database.db, {
      limit: 2,
      before: second[1].cursor,
    });
    expect(last.map((row) => row.conversationId)).toEqual([101]);
  });

  it('knows when staff gave the conversation back, until the bot hands it over again', async () => {
    expect(await isReturnedToBot(database.db, key)).toBe(false);
    expect(await recordReturnToBot(database.db, key)).toBe(0);

    await recordInboundMessage(database.db, ledgerMessage(1));
    expect(await commitHandingOff(await claim(), 'asked')).toBe('committed');
    expect(await isReturnedToBot(database.db, key)).toBe(false);

    expect(await recordReturnToBot(database.db, key)).toBe(1);
    expect(await isReturnedToBot(database.db, key)).toBe(true);
    // Chatwoot may send the event twice: nothing more to give back.
    expect(await recordReturnToBot(database.db, key)).toBe(0);
    expect(
      await isReturnedToBot(database.db, { ...key, conversationId: 43 }),
    ).toBe(false);

    await recordInboundMessage(database.db, ledgerMessage(2));
    expect(await commitHandingOff(await claim(), 'complaint')).toBe(
      'committed',
    );
    expect(await isReturnedToBot(database.db, key)).toBe(false);
  });
});
