import {
  createMigratedTestDatabase,
  ledgerMessage,
  type MigratedTestDatabase,
} from '../../testing.js';
import { markInboundAnswered, recordInboundMessage } from './inbound.js';
import { eraseExpiredMessageData } from './retention.js';

const DAY_MS = 24 * 3600 * 1000;

const message = (messageId: number) =>
  ledgerMessage(messageId, {
    content: `me llamo Laura, mensaje ${messageId}`,
    attachments: [
      {
        fileType: 'audio',
        dataUrl: 'https://chatwoot.example.com/audio.ogg',
        transcribedText: 'quería cita',
      },
    ],
    createdAt: '2026-08-01T10:00:00.000Z',
  });

interface LedgerRow {
  id: number;
  content: string | null;
  senderName: string | null;
  senderPhone: string | null;
  attachments: unknown;
  turnId: string | null;
  answered: boolean;
}

describe('ledger retention', () => {
  let database: MigratedTestDatabase;
  const now = new Date();

  beforeEach(async () => {
    database = await createMigratedTestDatabase();
  });

  afterEach(() => database.drop());

  /** Records a message received `daysAgo` days ago, answered by a turn or not. */
  async function received(id: number, daysAgo: number, answered: boolean) {
    await recordInboundMessage(database.db, message(id));
    await database.sql`UPDATE inbound_messages
      SET received_at = ${new Date(now.getTime() - daysAgo * DAY_MS).toISOString()}
      WHERE chatwoot_message_id = ${id}`;
    if (answered) await markInboundAnswered(database.db, [id], `turn-${id}`);
  }

  const ledger = () => database.sql<LedgerRow[]>`
    SELECT chatwoot_message_id::int AS id, content, sender_name AS "senderName",
           sender_phone AS "senderPhone", attachments, turn_id AS "turnId",
           answered_at IS NOT NULL AS answered
      FROM inbound_messages ORDER BY chatwoot_message_id`;

  const ninetyDaysAgo = () => new Date(now.getTime() - 90 * DAY_MS);

  it('erases the body, attachments, name and phone of answered messages older than the retention, keeping the row', async () => {
    await received(1, 120, true);
    await received(2, 91, true);
    await received(3, 120, false);
    await received(4, 30, true);

    expect(
      await eraseExpiredMessageData(database.db, {
        receivedBefore: ninetyDaysAgo(),
        limit: 100,
      }),
    ).toBe(2);

    const rows = await ledger();
    expect(rows.map((r) => r.id)).toEqual([1, 2, 3, 4]);
    for (const erased of rows.slice(0, 2)) {
      expect(erased).toEqual({
        id: erased.id,
        content: null,
        senderName: null,
        senderPhone: null,
        attachments: null,
        turnId: `turn-${erased.id}`,
        answered: true,
      });
    }
    // Still waiting for its answer: a turn needs what it says.
    expect(rows[2]).toMatchObject({
      content: 'me llamo Laura, mensaje 3',
      senderPhone: '+34600111222',
      answered: false,
    });
    // Answered, but within the retention.
    expect(rows[3]).toMatchObject({
      content: 'me llamo Laura, mensaje 4',
      senderName: 'Laura Pérez',
    });
  });

  it('works through a backlog in bounded batches, oldest first, and finds nothing left after', async () => {
    for (const [id, daysAgo] of [
      [10, 95],
      [11, 200],
      [12, 150],
    ])
      await received(id, daysAgo, true);
    const pass = () =>
      eraseExpiredMessageData(database.db, {
        receivedBefore: ninetyDaysAgo(),
        limit: 2,
      });

    expect(await pass()).toBe(2);
    const afterFirst = await ledger();
    expect(
      afterFirst.filter((r) => r.content === null).map((r) => r.id),
    ).toEqual([11, 12]);
    expect(await pass()).toBe(1);
    expect(await pass()).toBe(0);
    expect((await ledger()).every((r) => r.content === null)).toBe(true);
  });

  it('skips rows a running transaction holds instead of waiting for it', async () => {
    await received(20, 120, true);
    await received(21, 120, true);
    const holder = await database.sql.reserve();
    try {
      await holder`BEGIN`;
      await holder`SELECT 1 FROM inbound_messages WHERE chatwoot_message_id = 20 FOR UPDATE`;
      const started = Date.now();
      expect(
        await eraseExpiredMessageData(database.db, {
          receivedBefore: ninetyDaysAgo(),
          limit: 100,
        }),
      ).toBe(1);
      expect(Date.now() - started).toBeLessThan(1000);
      await holder`COMMIT`;
    } finally {
      holder.release();
    }
    expect(
      await eraseExpiredMessageData(database.db, {
        receivedBefore: ninetyDaysAgo(),
        limit: 100,
      }),
    ).toBe(1);
  });
});
