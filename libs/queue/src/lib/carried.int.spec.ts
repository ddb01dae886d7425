// Carried messages against the real Redis: the index the sweeper reads holds a conversation exactly while it has messages waiting.
import { randomUUID } from 'node:crypto';
import { classifyWebhook, type InboundMessage } from '@atrevete/schema';
import { incomingMessageEvent } from '@atrevete/schema/testing';
import {
  enqueueCarriedMessage,
  listCarriedConversations,
  recordCarriedMessages,
} from './carried.js';
import { createRedisConnection } from './connection.js';
import { TURN_QUEUE, createQueue } from './queues.js';

const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

function message(messageId: number, conversationId: number): InboundMessage {
  const result = classifyWebhook(
    incomingMessageEvent({ messageId, conversationId, content: 'hola' }),
    { statuses: ['pending'] },
  );
  if (result.kind !== 'answer') throw new Error('fixture is not answerable');
  return result.message;
}

const key = (conversationId: number) => ({ accountId: 1, conversationId });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('carried messages', () => {
  const redis = createRedisConnection(REDIS_URL, 'worker');
  let prefix: string;
  let queue: ReturnType<typeof createQueue<typeof TURN_QUEUE.schema>>;

  beforeEach(() => {
    prefix = `test-${randomUUID()}`;
    queue = createQueue(TURN_QUEUE, redis, prefix);
  });

  afterEach(async () => {
    await queue.obliterate({ force: true });
    await queue.close();
    const keys = await redis.keys(`{${prefix}}:*`);
    if (keys.length > 0) await redis.del(...keys);
  });

  afterAll(() => redis.disconnect());

  /** What a turn records: ids in the order it recorded them. */
  async function recordAll(conversationId: number): Promise<number[]> {
    const recorded: number[] = [];
    await recordCarriedMessages(
      queue,
      redis,
      key(conversationId),
      async (carried) => void recorded.push(carried.messageId),
    );
    return recorded;
  }

  it('lists a conversation with carried messages once they have waited longer than the grace, oldest first', async () => {
    await enqueueCarriedMessage(queue, redis, message(2, 20), 60_000);
    await enqueueCarriedMessage(queue, redis, message(1, 20), 60_000);
    await sleep(20);
    await enqueueCarriedMessage(queue, redis, message(3, 21), 60_000);

    expect(await listCarriedConversations(queue, redis, 0, 100)).toEqual([
      key(20),
      key(21),
    ]);
    expect(await listCarriedConversations(queue, redis, 0, 1)).toEqual([
      key(20),
    ]);
    expect(await listCarriedConversations(queue, redis, 60_000, 100)).toEqual(
      [],
    );
  });

  it('forgets a conversation once its turn has recorded every carried message, in message order', async () => {
    await enqueueCarriedMessage(queue, redis, message(5, 22), 60_000);
    await enqueueCarriedMessage(queue, redis, message(4, 22), 60_000);

    expect(await recordAll(22)).toEqual([4, 5]);

    expect(await listCarriedConversations(queue, redis, 0, 100)).toEqual([]);
    expect(await recordAll(22)).toEqual([]);
  });

  it('keeps a conversation listed while a turn cannot record its messages (Postgres down)', async () => {
    await enqueueCarriedMessage(queue, redis, message(6, 23), 60_000);

    await expect(
      recordCarriedMessages(queue, redis, key(23), async () => {
        throw new Error('connect ECONNREFUSED');
      }),
    ).rejects.toThrow('ECONNREFUSED');

    expect(await listCarriedConversations(queue, redis, 0, 100)).toEqual([
      key(23),
    ]);
    expect(await recordAll(23)).toEqual([6]);
  });

  it('keeps a conversation listed when a message is carried while its turn records the earlier ones', async () => {
    await enqueueCarriedMessage(queue, redis, message(7, 24), 60_000);
    await sleep(50);

    await recordCarriedMessages(queue, redis, key(24), async () => {
      await enqueueCarriedMessage(queue, redis, message(8, 24), 60_000);
    });

    // Listed again, but only after a grace from now: that message's own turn is queued.
    expect(await listCarriedConversations(queue, redis, 40, 100)).toEqual([]);
    expect(await listCarriedConversations(queue, redis, 0, 100)).toEqual([
      key(24),
    ]);
    expect(await recordAll(24)).toEqual([8]);
    expect(await listCarriedConversations(queue, redis, 0, 100)).toEqual([]);
  });

  it('queues a turn for the conversation with each carried message', async () => {
    await enqueueCarriedMessage(queue, redis, message(9, 25), 60_000);

    const [job] = await queue.getDelayed();
    expect(job?.data).toEqual({ ...key(25), messages: [] });
  });
});
