import * as store from '@atrevete/db';
import {
  createMigratedTestDatabase,
  ledgerMessage,
  type MigratedTestDatabase,
} from '@atrevete/db/testing';
import { createLogger } from '@atrevete/observability';
import { startRetention } from './retention.js';

const DAY_MS = 24 * 3600 * 1000;

const message = (messageId: number) =>
  ledgerMessage(messageId, { createdAt: '2026-08-01T10:00:00.000Z' });

describe('the retention job', () => {
  let database: MigratedTestDatabase;

  beforeEach(async () => {
    database = await createMigratedTestDatabase();
  });
  afterEach(() => database.drop());

  async function received(id: number, daysAgo: number, answered = true) {
    await store.recordInboundMessage(database.db, message(id));
    await database.sql`UPDATE inbound_messages
      SET received_at = ${new Date(Date.now() - daysAgo * DAY_MS).toISOString()}
      WHERE chatwoot_message_id = ${id}`;
    if (answered)
      await store.markInboundAnswered(database.db, [id], `turn-${id}`);
  }

  /** The ids of the rows that still hold a body or a phone number. */
  const kept = async () =>
    (
      await database.sql<{ id: number }[]>`
        SELECT chatwoot_message_id::int AS id FROM inbound_messages
         WHERE content IS NOT NULL OR sender_phone IS NOT NULL
         ORDER BY 1`
    ).map((r) => r.id);

  async function eventually(what: string, check: () => Promise<boolean>) {
    const deadline = Date.now() + 5000;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('erases a backlog in batches at start-up, then what expires later on its next pass, and stops', async () => {
    for (let id = 1; id <= 5; id++) await received(id, 100 + id);
    await received(6, 10);
    await received(7, 200, false);

    const retention = startRetention({
      db: database.db,
      retentionDays: 90,
      logger: createLogger({ name: 'test', level: 'silent' }),
      intervalMs: 200,
      batchSize: 2,
    });
    try {
      // Five rows in batches of two: one pass, three batches.
      await eventually('the backlog erased', async () => {
        const ids = await kept();
        return ids.length === 2;
      });
      // Recent, and unanswered: both keep what they hold.
      expect(await kept()).toEqual([6, 7]);

      await received(8, 95);
      await eventually(
        'the row that expired later erased',
        async () => !(await kept()).includes(8),
      );
    } finally {
      await retention.stop();
    }
    // Stopped: nothing erased any more.
    await received(9, 120);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await kept()).toEqual([6, 7, 9]);
  });
});
