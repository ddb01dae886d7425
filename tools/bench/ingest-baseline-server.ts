// The ingest benchmark's baseline, run as its own process like webhook-api: a bare Express 5 app that parses JSON and adds a BullMQ job.
import { once } from 'node:events';
import express from 'express';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';

const port = Number(process.env['PORT']);
const redisUrl = process.env['REDIS_URL'] ?? '';
const prefix = process.env['QUEUE_PREFIX'] ?? '';

async function main(): Promise<void> {
  // The same producer preset as webhook-api's (fail fast, no offline queue), nothing else.
  const redis = new Redis(redisUrl, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
  });
  await once(redis, 'ready');
  const queue = new Queue('baseline-turns', {
    connection: redis,
    prefix: `{${prefix}}`,
  });
  queue.on('error', (error) => console.error(error.message));

  const app = express();
  app.use(express.json({ limit: '1mb' }));
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.post('/webhooks/chatwoot', async (req, res) => {
    const body = req.body as { id: number; conversation: { id: number } };
    await queue.add('turn', {
      accountId: 1,
      conversationId: body.conversation.id,
      messageId: body.id,
    });
    res.json({ status: 'queued' });
  });
  const server = app.listen(port, '127.0.0.1');
  await once(server, 'listening');

  const stop = () => {
    server.close();
    server.closeAllConnections();
    void queue.close().finally(() => {
      redis.disconnect();
      process.exit(0);
    });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
