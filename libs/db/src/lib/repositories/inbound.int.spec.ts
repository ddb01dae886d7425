import type { InboundMessage } from '@atrevete/schema';
import {
  createMigratedTestDatabase,
  ledgerMessage,
  type MigratedTestDatabase,
} from '../../testing.js';
import {
  listUnansweredMessages,
  markInboundAnswered,
  recordInboundMessage,
} from './inbound.js';

const message = (
  messageId: number,
  createdAt: string,
  overrides: Partial<InboundMessage> = {},
) => ledgerMessage(messageId, { createdAt, ...overrides });

describe('inbound message ledger', () => {
  let database: MigratedTestDatabase;

  beforeEach(async () => {
    database = await createMigratedTestDatabase();
  });

  afterEach(async () => {
    await database.drop();
  });

  it('records a message once and reports the second delivery as a duplicate', async () => {
    const hola = message(1001, '2026-11-26T10:00:00.000Z');

    await expect(recordInboundMessage(database.db, hola)).resolves.toEqual({
      recorded: true,
    });
    await expect(
      recordInboundMessage(database.db, { ...hola, content: 'otra cosa' }),
    ).resolves.toEqual({ recorded: false, reason: 'duplicate' });

    expect(
      await listUnansweredMessages(database.db, {
        accountId: 1,
        conversationId: 42,
      }),
    ).toEqual([hola]);
  });

  it('records a message delivered concurrently exactly once', async () => {
    const hola = message(1001, '2026-11-26T10:00:00.000Z');

    const results = await Promise.all(
      [1, 2, 3, 4].map(() => recordInboundMessage(database.db, hola)),
    );

    expect(results.filter((r) => r.recorded)).toHaveLength(1);
    expect(
      await listUnansweredMessages(database.db, {
        accountId: 1,
        conversationId: 42,
      }),
    ).toHaveLength(1);
  });

  it("lists a conversation's unanswered messages in the order they were sent", async () => {
    const burst = [
      message(2003, '2026-11-26T10:00:01.000Z', { content: 'para mañana' }),
      message(2001, '2026-11-26T10:00:00.000Z', { content: 'hola' }),
      message(2002, '2026-11-26T10:00:00.000Z', { content: 'quería cita' }),
      message(3001, '2026-11-26T09:00:00.000Z', { conversationId: 43 }),
    ];
    for (const m of burst) {
      await recordInboundMessage(database.db, m);
    }

    const pending = await listUnansweredMessages(database.db, {
      accountId: 1,
      conversationId: 42,
    });

    expect(pending.map((m) => m.content)).toEqual([
      'hola',
      'quería cita',
      'para mañana',
    ]);
  });

  it('keeps attachments and the time Chatwoot gave the message', async () => {
    const audio = message(4001, '2026-11-26T10:00:00.000Z', {
      content: null,
      contentType: 'text',
      attachments: [
        {
          fileType: 'audio',
          dataUrl: 'https://x/a.ogg',
          transcribedText: 'hola',
        },
      ],
    });
    await recordInboundMessage(database.db, audio);

    expect(
      await listUnansweredMessages(database.db, {
        accountId: 1,
        conversationId: 42,
      }),
    ).toEqual([audio]);
  });

  it('keeps the channel each message came on, and none for a message without one', async () => {
    const whatsapp = message(4101, '2026-11-26T10:00:00.000Z');
    const widget = message(4102, '2026-11-26T10:00:01.000Z', {
      conversationId: 43,
      channel: 'Channel::WebWidget',
    });
    const unknown = message(4103, '2026-11-26T10:00:02.000Z', {
      conversationId: 44,
      channel: null,
    });
    for (const m of [whatsapp, widget, unknown])
      await recordInboundMessage(database.db, m);

    const channelOf = async (conversationId: number) =>
      (
        await listUnansweredMessages(database.db, {
          accountId: 1,
          conversationId,
        })
      ).map((m) => m.channel);
    expect(await channelOf(42)).toEqual(['Channel::Whatsapp']);
    expect(await channelOf(43)).toEqual(['Channel::WebWidget']);
    expect(await channelOf(44)).toEqual([null]);
  });

  it('marks messages answered by a turn, once', async () => {
    for (const id of [5001, 5002, 5003]) {
      await recordInboundMessage(
        database.db,
        message(id, `2026-11-26T10:00:0${id - 5000}.000Z`),
      );
    }

    const answers = () =>
      database.sql<{ id: string; turn: string; at: Date }[]>`
        select chatwoot_message_id::text as id, turn_id as turn, answered_at as at
        from inbound_messages where answered_at is not null order by 1`;

    await markInboundAnswered(database.db, [5001, 5002], 'turn-a');
    const first = await answers();
    await markInboundAnswered(database.db, [5001, 5002], 'turn-a');
    await markInboundAnswered(database.db, [5002, 5003], 'turn-b');
    await markInboundAnswered(database.db, [], 'turn-c');

    expect(
      await listUnansweredMessages(database.db, {
        accountId: 1,
        conversationId: 42,
      }),
    ).toEqual([]);
    const all = await answers();
    expect(all.map(({ id, turn }) => ({ id, turn }))).toEqual([
      { id: '5001', turn: 'turn-a' },
      { id: '5002', turn: 'turn-a' },
      { id: '5003', turn: 'turn-b' },
    ]);
    expect(all.slice(0, 2)).toEqual(first);
  });

  it('rolls back with the transaction it runs in', async () => {
    await recordInboundMessage(
      database.db,
      message(6001, '2026-11-26T10:00:00.000Z'),
    );

    await expect(
      database.db.transaction(async (tx) => {
        await markInboundAnswered(tx, [6001], 'turn-x');
        throw new Error('the reply could not be stored');
      }),
    ).rejects.toThrow('the reply could not be stored');

    expect(
      await listUnansweredMessages(database.db, {
        accountId: 1,
        conversationId: 42,
      }),
    ).toHaveLength(1);
  });
});
