// The pipeline benchmark's baseline, run as its own process like agent-worker: a bare BullMQ worker doing the least a turn
// must do (read the message from Postgres, write the reply row, POST it to Chatwoot), so the ratio prices the graph and the guarantees.
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import postgres from 'postgres';

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

interface BaselineJob {
  accountId: number;
  conversationId: number;
  messageId: number;
}

function main(): void {
  const chatwootUrl = env('CHATWOOT_BASE_URL');
  // The same pool size as the apps' (libs/db DEFAULT_POOL_SIZE) and the same worker concurrency.
  const sql = postgres(env('DATABASE_URL'), {
    max: 10,
    onnotice: () => undefined,
  });
  const redis = new Redis(env('REDIS_URL'), { maxRetriesPerRequest: null });
  const worker = new Worker<BaselineJob>(
    'baseline-turns',
    async (job) => {
      const { accountId, conversationId, messageId } = job.data;
      const [message] = await sql<[{ content: string | null }]>`
        select content from inbound_messages where chatwoot_message_id = ${messageId}`;
      const content = `Recibido: ${message?.content ?? ''}`;
      await sql`insert into bench_baseline_replies (message_id, content) values (${messageId}, ${content})`;
      const response = await fetch(
        `${chatwootUrl}/api/v1/accounts/${accountId}/conversations/${conversationId}/messages`,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            api_access_token: env('CHATWOOT_API_TOKEN'),
          },
          body: JSON.stringify({
            content,
            message_type: 'outgoing',
            private: false,
          }),
        },
      );
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`Chatwoot answered ${response.status}`);
    },
    {
      connection: redis,
      prefix: `{${env('QUEUE_PREFIX')}}`,
      concurrency: Number(env('WORKER_CONCURRENCY')),
    },
  );
  worker.on('error', (error) => console.error(error.message));
  worker.on('failed', (_job, error) => console.error(error.message));

  const stop = () => {
    void worker
      .close()
      .then(() => sql.end({ timeout: 5 }))
      .finally(() => {
        redis.disconnect();
        process.exit(0);
      });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main();
