// One isolated copy of the whole pipeline for a test: its own database, queue prefix and fake Chatwoot, the built apps as processes.
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import postgres from 'postgres';
import {
  signWebhook,
  startFakeChatwoot,
  type FakeChatwoot,
} from '@atrevete/chatwoot/testing';
import { createTestDatabase, type TestDatabase } from '@atrevete/db/testing';
import { incomingMessageEvent } from '@atrevete/schema/testing';
import {
  type AppProcess,
  appDist,
  freePort,
  startApp,
  terminate,
  waitForHealthy,
} from './processes.js';
import { deliveryReport, type DeliveryReport } from './delivery.js';
import { waitUntil } from './wait.js';

export const SHARED_REDIS_URL =
  process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const SECRET = 'e2e-webhook-secret';
export const ACCOUNT_ID = 1;

export interface PipelineOptions {
  /** Both apps use it; default the machine's Redis. */
  redisUrl?: string;
  /** What webhook-api gets as REDIS_URL (e.g. through a proxy); default `redisUrl`. */
  apiRedisUrl?: string;
  /** What webhook-api gets as DATABASE_URL (e.g. through a proxy); default the test database's URL. */
  apiDatabaseUrl?: (databaseUrl: string) => string;
  /** What every agent-worker gets as DATABASE_URL; default the test database's URL. */
  workerDatabaseUrl?: (databaseUrl: string) => string;
  /** Extra environment of webhook-api (e.g. TURN_DEBOUNCE_MS). */
  api?: Record<string, string>;
  /** Extra environment of every agent-worker (e.g. SWEEP_INTERVAL_MS). */
  worker?: Record<string, string>;
  /** The fake Chatwoot echoes the bot's messages to webhook-api, as Chatwoot does; default true. */
  echo?: boolean;
}

export interface Worker extends AppProcess {
  healthUrl: string;
  /** The sum of a Prometheus counter over all its labels, as this worker counted it. */
  counter(name: string): Promise<number>;
}

export interface Message {
  messageId: number;
  conversationId: number;
  content: string;
}

export interface WebhookAnswer {
  status: number;
  body: { status?: string; reason?: string; error?: string };
}

/** POSTs a webhook body to webhook-api signed the way Chatwoot signs it, and returns the answer. */
export async function deliverSigned(
  apiUrl: string,
  secret: string,
  body: object,
): Promise<WebhookAnswer> {
  const raw = JSON.stringify(body);
  const response = await fetch(`${apiUrl}/webhooks/chatwoot`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...signWebhook(secret, raw),
    },
    body: raw,
    signal: AbortSignal.timeout(10_000),
  });
  return {
    status: response.status,
    body: (await response.json()) as WebhookAnswer['body'],
  };
}

export interface InboundRow {
  messageId: number;
  conversationId: number;
  /** The turn that answered the message (null until its commit, even once a turn has claimed it). */
  turnId: string | null;
}

export interface OutboxRow {
  id: number;
  turnId: string;
  conversationId: number;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  chatwootMessageId: number | null;
  content: string;
}

export interface Health {
  status: number;
  body: {
    status?: string;
    components?: Record<string, { status: string; error?: string }>;
  };
}

export class Pipeline {
  readonly prefix = `e2e-${randomUUID()}`;
  readonly workers: Worker[] = [];
  api!: AppProcess;
  apiUrl = '';
  /** webhook-api's /metrics: a port of its own, not the webhook's. */
  apiMetricsUrl = '';
  private readonly sql;

  private constructor(
    readonly database: TestDatabase,
    readonly chatwoot: FakeChatwoot,
    private readonly options: PipelineOptions,
  ) {
    this.sql = postgres(database.url, { max: 2, onnotice: () => undefined });
  }

  /** A fresh database and fake Chatwoot; webhook-api started and healthy (it migrates and seeds the demo salon). */
  static async start(options: PipelineOptions = {}): Promise<Pipeline> {
    const database = await createTestDatabase();
    const chatwoot = await startFakeChatwoot();
    const pipeline = new Pipeline(database, chatwoot, options);
    try {
      await pipeline.startApi();
    } catch (error) {
      await pipeline.close();
      throw error;
    }
    return pipeline;
  }

  get redisUrl(): string {
    return this.options.redisUrl ?? SHARED_REDIS_URL;
  }

  private shared(): Record<string, string> {
    return {
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      REDIS_URL: this.redisUrl,
      QUEUE_PREFIX: this.prefix,
      CHATWOOT_ACCOUNT_ID: String(ACCOUNT_ID),
      SHUTDOWN_TIMEOUT_MS: '5000',
    };
  }

  private async startApi(): Promise<void> {
    const port = await freePort();
    const metricsPort = await freePort();
    this.apiUrl = `http://127.0.0.1:${port}`;
    this.apiMetricsUrl = `http://127.0.0.1:${metricsPort}/metrics`;
    this.api = startApp(appDist('webhook-api'), {
      ...this.shared(),
      REDIS_URL: this.options.apiRedisUrl ?? this.redisUrl,
      DATABASE_URL: (this.options.apiDatabaseUrl ?? ((url) => url))(
        this.database.url,
      ),
      PORT: String(port),
      METRICS_PORT: String(metricsPort),
      CHATWOOT_WEBHOOK_SECRET: SECRET,
      SEED_DEMO_SALON: 'true',
      ...this.options.api,
    });
    await waitForHealthy(`${this.apiUrl}/health`, this.api);
    if (this.options.echo ?? true)
      this.chatwoot.echoTo({
        webhookUrl: `${this.apiUrl}/webhooks/chatwoot`,
        secret: SECRET,
      });
  }

  /** Starts an agent-worker and waits until it is healthy. */
  async startWorker(env: Record<string, string> = {}): Promise<Worker> {
    const healthPort = await freePort();
    const app = startApp(appDist('agent-worker'), {
      ...this.shared(),
      DATABASE_URL: (this.options.workerDatabaseUrl ?? ((url) => url))(
        this.database.url,
      ),
      HEALTH_PORT: String(healthPort),
      CHATWOOT_BASE_URL: this.chatwoot.url,
      CHATWOOT_API_TOKEN: 'bot-token',
      // Confirmations and reminders only where a test asks for them.
      APPOINTMENT_MESSAGES_INTERVAL_MS: '0',
      ...this.options.worker,
      ...env,
    });
    const base = `http://127.0.0.1:${healthPort}`;
    const worker = {
      ...app,
      healthUrl: `${base}/health`,
      counter: (name: string) => readCounter(`${base}/metrics`, name),
    };
    this.workers.push(worker);
    await waitForHealthy(worker.healthUrl, worker);
    return worker;
  }

  /** The sum of a Prometheus counter over all its labels (or those matching `labels`), as webhook-api counted it. */
  apiCounter(name: string, labels = ''): Promise<number> {
    return readCounter(this.apiMetricsUrl, name, labels);
  }

  /** Delivers a webhook body the way Chatwoot does (signed) and returns webhook-api's answer. */
  deliver(body: object): Promise<WebhookAnswer> {
    return deliverSigned(this.apiUrl, SECRET, body);
  }

  /** A customer's WhatsApp message, as Chatwoot's `message_created` webhook. */
  send(message: Message): Promise<WebhookAnswer> {
    return this.deliver(
      incomingMessageEvent({ ...message, accountId: ACCOUNT_ID }),
    );
  }

  async apiHealth(): Promise<Health> {
    const response = await fetch(`${this.apiUrl}/health`, {
      signal: AbortSignal.timeout(5000),
    });
    return {
      status: response.status,
      body: (await response.json()) as Health['body'],
    };
  }

  /** The customer-visible replies Chatwoot received in one conversation, in order. */
  repliesTo(conversationId: number) {
    return this.chatwoot
      .replies()
      .filter((r) => r.conversationId === conversationId);
  }

  async inbound(): Promise<InboundRow[]> {
    return this.sql<InboundRow[]>`
      SELECT chatwoot_message_id::int AS "messageId",
             conversation_id::int AS "conversationId",
             CASE WHEN answered_at IS NOT NULL THEN turn_id END AS "turnId"
        FROM inbound_messages ORDER BY chatwoot_message_id`;
  }

  async outbox(): Promise<OutboxRow[]> {
    return this.sql<OutboxRow[]>`
      SELECT id::int AS id, turn_id AS "turnId",
             conversation_id::int AS "conversationId", status, attempts,
             chatwoot_message_id::int AS "chatwootMessageId",
             payload->>'content' AS content
        FROM outbox ORDER BY id`;
  }

  /** What the customers of these messages saw, against the whole ledger and outbox. */
  async report(messages: readonly Message[]): Promise<DeliveryReport> {
    return deliveryReport(
      messages,
      await this.inbound(),
      await this.outbox(),
      this.chatwoot.replies(),
    );
  }

  /** Where the first unanswered messages stand: in the ledger or not, claimed by which turn, its attempts and error. */
  private async stuck(ids: Set<number>): Promise<string> {
    const rows = await this.sql<
      Array<{
        id: number;
        turn: string | null;
        status: string | null;
        attempt: number | null;
        error: string | null;
      }>
    >`SELECT m.chatwoot_message_id::int AS id, m.turn_id AS turn, t.status::text AS status,
             t.attempt, t.last_error AS error
        FROM inbound_messages m LEFT JOIN turns t ON t.turn_id = m.turn_id
       WHERE m.chatwoot_message_id = ANY(${[...ids]}::bigint[]) AND m.answered_at IS NULL
       ORDER BY m.chatwoot_message_id LIMIT 5`;
    return `; unanswered: ${JSON.stringify(rows)}`;
  }

  /** Waits until the ledger has every message answered and the outbox has nothing pending. */
  async waitUntilAnswered(
    messages: readonly Message[],
    timeoutMs: number,
  ): Promise<void> {
    const ids = new Set(messages.map((m) => m.messageId));
    let progress = 'nothing read yet';
    await waitUntil(
      () => `${ids.size} messages answered and replied (${progress})`,
      async () => {
        // Ledger first: a turn commits its answered marks and its replies together, so an
        // outbox read after an answered ledger read sees the replies.
        const inbound = await this.inbound();
        const outbox = await this.outbox();
        const answered = inbound.filter(
          (r) => ids.has(r.messageId) && r.turnId !== null,
        ).length;
        const pending = outbox.filter((r) => r.status === 'pending').length;
        progress = `answered ${answered}, replies pending ${pending}`;
        if (answered < ids.size) progress += await this.stuck(ids);
        return answered === ids.size && pending === 0;
      },
      timeoutMs,
      200,
    );
  }

  /** Stops every process (SIGKILL after a bound), then removes the queue keys, the database and the fake Chatwoot. */
  async close(): Promise<void> {
    await Promise.all([
      terminate(this.api),
      ...this.workers.map((worker) => terminate(worker)),
    ]);
    await this.sql.end({ timeout: 1 }).catch(() => undefined);
    await this.chatwoot.close();
    await this.database.drop();
    await deleteKeys(this.redisUrl, this.prefix);
  }
}

/** Sums the samples of a Prometheus counter whose labels contain `labels` (e.g. `outcome="recorded"`). */
async function readCounter(
  metricsUrl: string,
  name: string,
  labels = '',
): Promise<number> {
  const text = await fetch(metricsUrl, {
    signal: AbortSignal.timeout(5000),
  }).then((r) => r.text());
  return text
    .split('\n')
    .filter(
      (line) =>
        (line.startsWith(`${name}{`) || line.startsWith(`${name} `)) &&
        line.includes(labels),
    )
    .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
}

/** Removes every key of the prefix: BullMQ's `{prefix}:…`, the locks and the checkpoints' `{prefix:…}`. */
export async function deleteKeys(
  redisUrl: string,
  prefix: string,
): Promise<void> {
  const redis = new Redis(redisUrl, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
    connectTimeout: 1000,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(
        cursor,
        'MATCH',
        `{${prefix}*`,
        'COUNT',
        1000,
      );
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } catch {
    // A test's own redis-server may be gone already; its keys went with it.
  } finally {
    redis.disconnect();
  }
}
