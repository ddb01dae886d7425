import { classifyWebhook, type InboundMessage } from '@atrevete/schema';
import { incomingMessageEvent } from '@atrevete/schema/testing';
import { createMigratedTestDatabase } from '../../testing.js';
import {
  LedgerQueueFullError,
  LedgerTimeoutError,
  createInboundRecorder,
} from './inbound-batcher.js';

function message(messageId: number): InboundMessage {
  const result = classifyWebhook(
    incomingMessageEvent({ messageId, content: `mensaje ${messageId}` }),
    {
      statuses: ['pending'],
    },
  );
  if (result.kind !== 'answer') throw new Error('fixture is not answerable');
  return result.message;
}

describe('the batching inbound recorder', () => {
  let database: Awaited<ReturnType<typeof createMigratedTestDatabase>>;
  beforeAll(async () => {
    database = await createMigratedTestDatabase();
  });
  afterAll(() => database.drop());

  it('records 500 concurrent messages once each, reporting duplicates in and across batches', async () => {
    const recorder = createInboundRecorder(database.db, {
      timeoutMs: 5000,
      maxBatch: 64,
      maxWaiting: 500,
    });
    const ids = Array.from({ length: 500 }, (_, i) => 1 + (i % 400)); // ids 1..100 twice
    const results = await Promise.all(
      ids.map((id) => recorder.record(message(id))),
    );
    expect(results.filter(Boolean)).toHaveLength(400);
    const seen = new Map<number, boolean[]>();
    ids.forEach((id, i) => seen.set(id, [...(seen.get(id) ?? []), results[i]]));
    for (const outcomes of seen.values())
      expect(outcomes.filter(Boolean)).toHaveLength(1);
    const [{ count }] =
      await database.sql`SELECT count(*)::int AS count FROM inbound_messages`;
    expect(count).toBe(400);
    expect(await recorder.record(message(1))).toBe(false);
  });

  it('fails every waiting request of a batch that Postgres refused, and recovers', async () => {
    const recorder = createInboundRecorder(database.db, { timeoutMs: 5000 });
    const broken = { ...message(9001), accountId: -1 } as InboundMessage;
    await database.sql`ALTER TABLE inbound_messages ADD CONSTRAINT test_positive_account CHECK (account_id >= 0)`;
    const outcomes = await Promise.allSettled([
      recorder.record(broken),
      recorder.record(message(9002)),
    ]);
    expect(outcomes[0].status).toBe('rejected');
    await database.sql`ALTER TABLE inbound_messages DROP CONSTRAINT test_positive_account`;
    expect(await recorder.record(message(9003))).toBe(true);
  });

  it('gives up on a batch that hangs, and the next batches go through', async () => {
    const recorder = createInboundRecorder(database.db, { timeoutMs: 300 });
    const locker = await database.sql.reserve();
    await locker`BEGIN`;
    await locker`LOCK TABLE inbound_messages IN ACCESS EXCLUSIVE MODE`;
    const hung = recorder.record(message(9100));
    await expect(hung).rejects.toThrow(/did not answer within 300 ms/);
    await locker`ROLLBACK`;
    locker.release();
    expect(await recorder.record(message(9101))).toBe(true);
  });

  it('refuses at once what cannot wait behind a hung batch, and records again once Postgres answers', async () => {
    const recorder = createInboundRecorder(database.db, {
      timeoutMs: 1000,
      maxBatch: 2,
      maxWaiting: 2,
    });
    const locker = await database.sql.reserve();
    await locker`BEGIN`;
    await locker`LOCK TABLE inbound_messages IN ACCESS EXCLUSIVE MODE`;
    // An idle recorder sends the first at once; the next two wait; the fourth finds the queue full.
    const accepted = [9200, 9201, 9202].map((id) =>
      recorder.record(message(id)),
    );
    for (const pending of accepted) pending.catch(() => undefined);
    const started = Date.now();
    await expect(recorder.record(message(9203))).rejects.toBeInstanceOf(
      LedgerQueueFullError,
    );
    expect(Date.now() - started).toBeLessThan(100);
    // The hung batch gives up; the waiting one goes through once the table is free.
    await expect(accepted[0]).rejects.toBeInstanceOf(LedgerTimeoutError);
    await locker`ROLLBACK`;
    locker.release();
    const outcomes = await Promise.allSettled(accepted);
    expect(outcomes.map((o) => o.status)).toEqual([
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    expect(await recorder.record(message(9203))).toBe(true);
  });
});
